"""End to end: the CLI as other tools call it, checked against gold records."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import score
from tests.conftest import ROOT


def run_cli(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_help_lists_every_command():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("extract", "evaluate", "sentences", "fetch-assets"):
        assert command in result.stdout


def test_seed_press_release(tmp_path, shared):
    out = tmp_path / "seed"
    result = run_cli("extract", str(shared / "examples" / "seed-press-release.txt"), "--out", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    pred = read_jsonl(out / "records.jsonl")
    gold = read_jsonl(shared / "examples" / "seed.gold.jsonl")
    scores = score(gold, pred)
    assert scores["people"]["f1"] == 1.0
    assert scores["quotes+speaker"]["f1"] >= 0.66
    # offsets point back to the text
    text = (shared / "examples" / "seed-press-release.txt").read_text(encoding="utf-8")
    for quote in pred[0]["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    for date in pred[0]["dates"]:
        assert text[date["start"]:date["end"]] == date["text"]


def test_corpus_against_gold(tmp_path):
    out = tmp_path / "corpus"
    result = run_cli("extract", "corpus/press", "--out", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    pred = read_jsonl(out / "records.jsonl")
    gold = read_jsonl(ROOT / "corpus" / "gold.jsonl")
    assert [r["id"] for r in pred] == sorted(g["id"] for g in gold)
    scores = score(gold, pred)
    for field in ("people", "organizations", "dates", "quotes"):
        assert scores[field]["f1"] >= 0.6, (field, scores[field])
    for table in ("documents", "people", "organizations", "locations", "dates", "quotes"):
        assert (out / f"{table}.csv").exists() and (out / f"{table}.parquet").exists()
    # the JSON scores of the evaluate command equal the library's
    result = run_cli("evaluate", "--gold", "corpus/gold.jsonl", "--pred", str(out / "records.jsonl"), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(scores))


def test_bad_input_is_named_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("Jakarta, 26 Mei 2025 — Menteri Keuangan Sri Rahayu hadir.\n", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "in" / "latin.txt").write_bytes("Caf\xe9 di Jakarta".encode("latin-1"))
    out = tmp_path / "out"
    result = run_cli("extract", str(tmp_path / "in"), "--out", str(out), "--no-progress")
    assert result.returncode == 1
    for name in ("empty.txt", "binary.txt"):
        assert name in result.stderr
    # a legacy 8-bit file is detected and decoded, not lost
    assert sorted(r["id"] for r in read_jsonl(out / "records.jsonl")) == ["good", "latin"]
    errors = read_jsonl(out / "errors.jsonl")
    assert sorted(Path(e["file"]).name for e in errors if e.get("level") != "warning") == ["binary.txt", "empty.txt"]
    assert [(Path(e["file"]).name, e["level"]) for e in errors if "read as cp1252" in e["message"]] == [
        ("latin.txt", "warning")]


@pytest.mark.parametrize("text", ["", "\n", "Tanpa tanda baca sama sekali", "“Kutipan tanpa penutup, kata dia."])
def test_api_keeps_the_text(nlp, text):
    import pipeline

    doc = pipeline.process(nlp, text, doc_id="x")
    assert doc.text == text
    record = pipeline.to_records(doc)
    assert record["id"] == "x"
