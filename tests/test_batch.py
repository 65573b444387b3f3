"""Tests for the ``extract`` command (`pipeline.batch`, `pipeline.engines`), rules only (``--ner-model none``)."""
from __future__ import annotations

import codecs
import json
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from spacy.language import Language

from pipeline import batch
from pipeline.cli import main
from pipeline.records import TABLE_SCHEMAS, TABLES

PRESS = Path(__file__).resolve().parents[1] / "corpus" / "press"
ARTICLE = ("Jakarta, 26 Mei 2025 — Menteri Keuangan Sri Rahayu Indraswari mengatakan anggaran naik. "
           "“Kami siap,” ujar Sri Rahayu di Gedung DPR, Senin (26/5).")


@Language.component("test_boom")
def boom_component(doc):
    if "MELEDAK" in doc.text:
        raise RuntimeError("boom in a component")
    return doc


@pytest.fixture
def booming(load_adds):
    """Pipelines that raise on any document containing MELEDAK (loaded fresh, not from the worker cache)."""
    load_adds("test_boom")


def make_inputs(folder: Path) -> tuple[set[str], set[str]]:
    """A folder of good and bad inputs: (ids of the good documents, names of the bad inputs)."""
    folder.mkdir()
    good, bad = set(), set()

    def put(name, data: bytes, doc_id=None, is_good=True):
        (folder / name).write_bytes(data)
        (good if is_good else bad).add(doc_id or Path(name).stem if is_good else name)

    put("utf8.txt", ARTICLE.encode("utf-8"))
    put("utf8-bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    put("utf16.txt", ARTICLE.encode("utf-16"))
    put("utf16le.txt", ARTICLE.encode("utf-16-le"))
    put("cp1252.txt", ARTICLE.encode("cp1252"))
    put("latin1.txt", "Kota Malang, Jawa Timur — café. Camat Budi Santoso hadir.".replace("—", "-").encode("latin-1"))
    put("crlf.txt", ARTICLE.replace(". ", ".\r\n").encode("utf-8"))
    put("page.html", f"<html><head><style>p{{}}</style></head><body><p>{ARTICLE}</p><script>x()</script>"
                     "</body></html>".encode("utf-8"))
    put("page2.htm", f"<!DOCTYPE html><div>{ARTICLE.replace('&', '&amp;')}</div>".encode("cp1252"))
    for path in sorted(PRESS.glob("*.txt"))[:6]:
        put(f"press-{path.name}", path.read_bytes())
    put("empty.txt", b"", is_good=False)
    put("blank.txt", b" \n\t\n", is_good=False)
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, is_good=False)
    put("control.txt", bytes(range(1, 9)) * 40, is_good=False)
    put("empty.html", b"<html><script>x()</script></html>", is_good=False)
    put("too-long.txt", ("kata " * 5000).encode("utf-8"), is_good=False)
    put("boom.txt", f"{ARTICLE} MELEDAK".encode("utf-8"), is_good=False)
    lines = [json.dumps({"id": "j1", "text": ARTICLE, "published": "2025-05-26"}), "{not json",
             json.dumps({"id": "j2", "text": ARTICLE + " Lagi."}), json.dumps(["array"]),
             json.dumps({"id": "j3"}), json.dumps({"id": "j4", "text": ARTICLE + " MELEDAK"})]
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good |= {"j1", "j2"}
    bad |= {"docs.jsonl:2", "docs.jsonl:4", "docs.jsonl:5", "j4"}
    (folder / "docs.csv").write_text(
        'id,text,published\n'
        f'c1,"{ARTICLE}\nParagraf ""dua"".",2025-05-26\n'
        'c2,"abc"def,\n'
        f'c3,"{ARTICLE}",\n'
        'c4,too,many,fields\n', encoding="utf-8", newline="")
    good |= {"c1", "c3"}
    bad |= {"docs.csv:4", "docs.csv:6"}  # c1 takes lines 2-3
    put("utf32.txt", ARTICLE.encode("utf-32"))
    put("semicolon.csv", f'id;text\ns1;"{ARTICLE}"\n'.encode("cp1252"), doc_id="s1")
    put("torn-utf16.txt", ARTICLE.encode("utf-16")[:-1], is_good=False)
    put("markup-only.htm", b"<html><head><title>t</title></head><body><img src=x></body></html>", is_good=False)
    put("nocols.csv", b"name,body\na,b\n", is_good=False)
    put("empty.jsonl", b"", is_good=False)
    return good, bad


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_outputs_whole(out: Path) -> None:
    """No .part left, every output under its final name complete and readable."""
    assert not [p.name for p in out.rglob("*.part")]
    for path in out.glob("*.jsonl"):
        read_jsonl(path)
    for name in TABLES:
        assert list(pd.read_csv(out / f"{name}.csv").columns) == list(TABLE_SCHEMAS[name])
        assert list(pd.read_parquet(out / f"{name}.parquet").columns) == list(TABLE_SCHEMAS[name])


def test_robustness_folder(tmp_path: Path, booming, capsys):
    good, bad = make_inputs(tmp_path / "in")
    assert len(list((tmp_path / "in").iterdir())) >= 30 and len(good) + len(bad) >= 36
    out = tmp_path / "out"
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    status = main(["extract", str(tmp_path / "in"), str(tmp_path / "missing.txt"), str(tmp_path / "x.pdf"),
                   "--out", str(out), "--ner-model", "none", "--max-chars", "20000", "--no-progress"])
    assert status == 1
    records = read_jsonl(out / "records.jsonl")
    errors = read_jsonl(out / "errors.jsonl")
    assert {r["id"] for r in records} == good
    assert len(records) == len(good)
    named = {Path(e["file"]).name for e in errors} | {e["id"] for e in errors if e["id"]}
    assert bad <= named, bad - named
    assert "missing.txt" in named and "x.pdf" in named
    assert all(set(e) - {"level"} == {"id", "file", "stage", "message"} and e["message"] for e in errors)
    assert {Path(e["file"]).name for e in errors if e.get("level") == "warning"} == {
        "cp1252.txt", "latin1.txt", "page2.htm", "semicolon.csv:2"}
    stages = {e["id"]: e["stage"] for e in errors if e["id"]}
    assert stages["boom"] == stages["j4"] == "test_boom" and stages["too-long"] == "size"
    assert "line 2 is not JSON" in next(e["message"] for e in errors if e["file"].endswith("docs.jsonl:2"))
    by_id = {r["id"]: r for r in records}
    assert by_id["cp1252"]["text_sha256"] == by_id["utf8"]["text_sha256"] == by_id["utf16"]["text_sha256"]
    assert by_id["j1"]["published"] == "2025-05-26"
    assert_outputs_whole(out)
    documents = pd.read_csv(out / "documents.csv")
    assert list(documents["doc_id"]) == [r["id"] for r in records]
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["--workers", "0"],
    ["--scheduler", "tcp://localhost:8786"],
    ["--max-chars", "0"],
    ["--splitter", "nope"],
    ["--engine", "dask", "--doc-timeout", "2"],  # no budget there: refused, never ignored
    ["--doc-timeout", "-1"],
])
def test_usage_errors(tmp_path: Path, argv):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        status = main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), *argv])
    except SystemExit as exc:  # argparse
        status = exc.code
    assert status == 2


def test_all_good_exits_zero_and_empty_tables(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--ner-model", "none",
                 "--no-progress"]) == 0
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""
    assert_outputs_whole(tmp_path / "out")


def test_workers_give_the_same_records(tmp_path: Path):
    source = tmp_path / "docs.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for i, path in enumerate(sorted(PRESS.glob("*.txt"))[:8]):
            handle.write(json.dumps({"id": f"p{i}", "text": path.read_text(encoding="utf-8")}) + "\n")
        handle.write("{bad\n")
    outs = []
    for workers, timeout in ((1, "2"), (2, "2"), (1, "0"), (2, "0")):  # --doc-timeout 0: in this process, or workers
        out = tmp_path / f"out{workers}-{timeout}"
        status = main(["extract", str(source), "--out", str(out), "--ner-model", "none", "--workers", str(workers),
                       "--doc-timeout", timeout, "--chunk-size", "2", "--no-progress"])
        assert status == 1
        outs.append(out)
    for out in outs[1:]:
        assert (outs[0] / "records.jsonl").read_bytes() == (out / "records.jsonl").read_bytes()
        assert (outs[0] / "errors.jsonl").read_bytes() == (out / "errors.jsonl").read_bytes()
    assert [r["id"] for r in read_jsonl(outs[1] / "records.jsonl")] == [f"p{i}" for i in range(8)]


# --- hostile and careless input (issue 18) -------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
# two bracketed short forms of one office: their order once came from a set (hash seed)
ALIASES = ("Kepala Kepolisian Resor Kota (Polresta) Denpasar Kombes Budi Santoso hadir. Kapolres Kepolisian Resor "
           "Kota (Polres) Denpasar juga hadir. Badan Reserse Kriminal (Bareskrim) Polri dan Badan Reserse (Barse) "
           "Polri menyelidiki.")


def test_outputs_do_not_depend_on_the_hash_seed(tmp_path: Path):
    import os
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "aliases.txt").write_text(ALIASES, encoding="utf-8")
    (tmp_path / "in" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "OMP_NUM_THREADS": "1"}
        subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / "in"), "--out", str(out),
                        "--ner-model", "none", "--no-progress"], env=env, cwd=ROOT, check=True, capture_output=True)
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir() if p.name != "run.json")
    assert "quotes.csv" in names and names == sorted(p.name for p in outs[1].iterdir() if p.name != "run.json")
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


@pytest.mark.parametrize("out", ["file/out", "/proc/no-such-folder/out"])
def test_unwritable_out_is_a_usage_error(tmp_path: Path, capsys, out):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = tmp_path / out if not out.startswith("/") else Path(out)
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(target), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --out") and "cannot be written" in err and "Traceback" not in err


def test_out_links_file_names_and_leftovers(tmp_path: Path, capsys):
    """Planted links in --out are not followed, a file name cannot forge a line on stderr, leftovers go."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "evil\nerror: forged.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    victims = {name: tmp_path / f"victim-{name}" for name in (".extract.lock", "records.jsonl.part", "errors.jsonl")}
    for name, victim in victims.items():
        victim.write_text("precious\n", encoding="utf-8")
        (out / name).symlink_to(victim)
    (out / ".quotes.csv.abcd1234.part").write_text("left by a killed run", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--ner-model", "none", "--no-progress",
                 "--overwrite"]) == 1
    assert all(victim.read_text(encoding="utf-8") == "precious\n" for victim in victims.values())
    assert [r["id"] for r in read_jsonl(out / "records.jsonl")] == ["a"]
    assert not (out / ".quotes.csv.abcd1234.part").exists()
    err = capsys.readouterr().err
    assert not [line for line in err.splitlines() if line.startswith("error: forged")]
    assert "evil\\nerror: forged.txt: read: empty file" in err


def test_sigterm_does_not_wait_for_a_slow_document(tmp_path: Path):
    import os
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "docs.jsonl"
    # slow by its size, not by a quadratic component (those were made linear): about 990,000
    # characters, under the default --max-chars, several seconds of rules on any machine
    slow = (ARTICLE + "\n") * (990_000 // (len(ARTICLE) + 1))
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": text}) + "\n"
                              for i, text in enumerate([ARTICLE, slow, ARTICLE])), encoding="utf-8")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(source), "--out", str(tmp_path / "out"),
                             "--ner-model", "none", "--no-progress", "--doc-timeout", "1000"], env=env, cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    part = tmp_path / "out" / "records.jsonl.part"
    deadline = time.monotonic() + 120
    while not (part.exists() and part.read_text(encoding="utf-8")) and time.monotonic() < deadline:
        time.sleep(0.1)
    if proc.poll() is not None:
        pytest.skip("the slow document was not slow")  # a machine fast enough to end it before the first poll
    assert len(part.read_text(encoding="utf-8").splitlines()) == 1  # written while the slow one runs
    proc.send_signal(signal.SIGTERM)
    started = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and time.monotonic() - started < 5, err
    assert "Traceback" not in err and "--resume" in err


class _Lines:
    """A journal that keeps what is appended."""

    def __init__(self):
        self.lines = []

    def append(self, lines):
        self.lines += list(lines)


def _outcome(k: int, bad: bool):
    return SimpleNamespace(record=None if bad else {"id": f"d{k}"},
                           error={"id": f"d{k}", "file": f"d{k}.txt", "stage": "read", "message": "bad"} if bad else None)


def _warning(at: int) -> dict:
    return {"id": "w", "file": "w.txt", "stage": "read", "message": "odd byte", "level": "warning", batch.WARNING_AT: at}


@pytest.mark.parametrize("ahead", [True, False], ids=["reader-ran-ahead", "reader-just-in-time"])
@pytest.mark.parametrize("flush_every", [1, 2, 100])
def test_errors_are_in_input_order_however_far_the_reader_ran(ahead, flush_every):
    """A reader's warning before document 2 is written after document 0's error and before document 2's,
    whether the reader read it before the first outcome or just before document 2's."""
    warnings = [_warning(2)] if ahead else []

    def outcomes():
        for k, bad in enumerate([True, False, True]):
            if k == 2 and not ahead:
                warnings.append(_warning(2))
            yield _outcome(k, bad)

    records, errors = _Lines(), _Lines()
    batch._write(outcomes(), records, errors, {"records": 0, "errors": 0}, warnings, flush_every=flush_every)
    assert [(e["id"], e.get("level")) for e in errors.lines] == [("d0", None), ("w", "warning"), ("d2", None)]
    assert all(batch.WARNING_AT not in e for e in errors.lines)
    assert [r["id"] for r in records.lines] == ["d1"]
