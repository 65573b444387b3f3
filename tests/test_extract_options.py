"""extract as a new user tries it: folders of other files, CSV columns, dates, reruns, run.json."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.cli import main

TEXT = "Camat Budi Santoso meninjau banjir di Bogor pada Senin (26/5). Warga diminta waspada."


def _extract(*argv: str) -> int:
    return main(["extract", *argv, "--ner-model", "none", "--no-progress"])


def test_folder_without_readable_files_names_them_and_fails(tmp_path: Path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rilis.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "foto.png").write_bytes(b"\x89PNG")
    assert _extract(str(folder), "--out", str(tmp_path / "out")) == 1
    err = capsys.readouterr().err
    assert "skipped 2 file(s)" in err and "rilis.xlsx" in err and "no document could be read" in err


def test_rerun_into_a_folder_with_records_needs_resume_or_overwrite(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert _extract(str(tmp_path / "a.txt"), "--out", str(out)) == 0
    before = (out / "records.jsonl").read_bytes()
    assert _extract(str(tmp_path / "a.txt"), "--out", str(out)) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert (out / "records.jsonl").read_bytes() == before
    assert _extract(str(tmp_path / "a.txt"), "--out", str(out), "--overwrite") == 0
    assert _extract(str(tmp_path / "a.txt"), "--out", str(out), "--resume", "--overwrite") == 2


def test_run_json_and_no_lock_left(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert _extract(str(source), "--out", str(out)) == 0
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["inputs"] == [{"path": str(source), "bytes": source.stat().st_size,
                              "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}]
    assert run["counts"] == {"records": 1, "errors": 0, "skipped": 0, "warnings": 0}
    assert run["settings"]["splitter"] == "rules" and run["package"]["name"] == "pipeline"
    assert run["started"] <= run["ended"] and "models" in run
    assert not (out / ".extract.lock").exists()


@pytest.mark.parametrize("argv, published, source", [
    ([], "2025-05-26", "first-date"),  # no date given: the first dated sentence, not the later one
    (["--published", "2025-06-02"], "2025-06-02", "input"),
])
def test_published_option(tmp_path: Path, argv, published, source):
    (tmp_path / "a.txt").write_text("Rapat digelar Senin (26/5/2025). Sidang lanjutan 3 Juni 2025.", encoding="utf-8")
    assert _extract(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), *argv) == 0
    record = json.loads((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8"))
    assert (record["published"], record["published_source"]) == (published, source)


def test_bad_published_is_a_usage_error(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert _extract(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--published", "26/5/2025") == 2


def test_csv_with_named_columns(tmp_path: Path):
    source = tmp_path / "berita.csv"
    source.write_text("id,judul,tanggal,isi_berita\n7,Banjir Surut di Bogor,10/20/2025 8:15,\"" + TEXT + "\"\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    assert _extract(str(source), "--out", str(out)) == 1  # no 'text' column: refused by name
    assert _extract(str(source), "--out", str(out), "--overwrite", "--text-column", "isi_berita",
                    "--date-column", "tanggal", "--title-column", "judul") == 0
    record = json.loads((out / "records.jsonl").read_text(encoding="utf-8"))
    assert (record["id"], record["published"]) == ("7", "2025-10-20")
    assert [p["name"] for p in record["people"]] == ["Budi Santoso"]
