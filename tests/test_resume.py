"""A run killed half-way and resumed gives the records of an uninterrupted run (`extract --resume`)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
PRESS = ROOT / "corpus" / "press"


def write_inputs(path: Path, n: int = 60) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PRESS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"doc-{i:03d}", "text": texts[i % len(texts)]}) + "\n")
            if i == 7:
                handle.write("{not json\n")


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def extract_argv(source: Path, out: Path, *extra: str) -> list[str]:
    return ["extract", str(source), "--out", str(out), "--ner-model", "none", "--chunk-size", "2", "--no-progress",
            *extra]


def test_killed_run_resumes_to_the_same_result(tmp_path: Path):
    source = tmp_path / "docs.jsonl"
    write_inputs(source)
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    assert main(extract_argv(source, whole)) == 1  # the bad line

    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", *extract_argv(source, broken)], env=env, cwd=ROOT,
                                stderr=stderr)
    part = broken / "records.jsonl.part"
    deadline = time.monotonic() + 25
    while count_lines(part) < 6 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail(f"the run ended before it could be killed: {log.read_text()[-2000:]}")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = count_lines(part)
    assert 6 <= done < 60
    assert not (broken / "records.jsonl").exists()  # final names only ever hold whole files
    with part.open("ab") as handle:  # a line torn by the kill
        handle.write(b'{"id": "doc-0')

    assert main(extract_argv(source, broken, "--resume")) == 1
    assert (broken / "records.jsonl").read_bytes() == (whole / "records.jsonl").read_bytes()
    assert (broken / "errors.jsonl").read_bytes() == (whole / "errors.jsonl").read_bytes()
    for name in ("documents.csv", "quotes.parquet"):
        assert (broken / name).read_bytes() == (whole / name).read_bytes()
    assert not list(broken.glob("*.part"))


def test_resume_skips_done_and_redoes_changed(tmp_path: Path, capsys):
    source = tmp_path / "docs.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Camat Budi Santoso hadir di Bogor. {i}"}) + "\n"
                              for i in range(4)), encoding="utf-8")
    out = tmp_path / "out"
    assert main(extract_argv(source, out)) == 0
    first = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    capsys.readouterr()
    assert main(extract_argv(source, out, "--resume")) == 0
    assert "0 documents extracted, 4 already done" in capsys.readouterr().err
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == first
    lines = source.read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({"id": "d1", "text": "Camat Budi Santoso hadir di Depok."})
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(extract_argv(source, out, "--resume")) == 0
    assert "1 documents extracted, 3 already done" in capsys.readouterr().err
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["d0", "d2", "d3", "d1"]
    assert "Depok" in json.dumps(records[-1])


def test_resume_refuses_other_settings(tmp_path: Path):
    source = tmp_path / "docs.jsonl"
    source.write_text(json.dumps({"id": "d0", "text": "Camat Budi Santoso hadir di Bogor."}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(extract_argv(source, out)) == 0
    assert main(extract_argv(source, out, "--resume", "--max-chars", "500")) == 2
    assert main(extract_argv(source, out, "--resume", "--splitter", "sentencizer")) == 2
    assert main(extract_argv(source, out, "--resume")) == 0
