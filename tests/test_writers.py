"""Tests for the output writers (`pipeline.writers`) and the table schemas (`pipeline.records`)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.records import TABLE_SCHEMAS, TABLES, tables
from pipeline.writers import Journal, atomic_text, complete_lines_end, json_line, write_tables


def test_atomic_text_keeps_old_file_on_failure(tmp_path: Path):
    path = tmp_path / "out.jsonl"
    path.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_text(path) as handle:
            handle.write("half")
            raise RuntimeError("killed")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize("content, end", [
    (b"", 0),
    (b'{"a": 1}\n{"b": 2}\n', 18),
    (b'{"a": 1}\n{"b": ', 9),
    (b'{"a": 1}\n{"b": 2}', 9),
    (b'{"a": 1}\nnot json\n{"c": 3}\n', 9),
])
def test_complete_lines_end(tmp_path: Path, content, end):
    path = tmp_path / "x.part"
    path.write_bytes(content)
    assert complete_lines_end(path) == end


def test_journal_resume_cuts_torn_line(tmp_path: Path):
    final = tmp_path / "records.jsonl"
    journal = Journal(final)
    journal.append([{"id": "a"}, {"id": "b"}])
    journal.close()
    with journal.part.open("ab") as handle:
        handle.write(b'{"id": "c", "te')
    resumed = Journal(final, resume=True)
    assert [r["id"] for r in resumed.lines()] == ["a", "b"]
    resumed.append([{"id": "c"}])
    resumed.commit()
    assert not resumed.part.exists()
    assert [json.loads(line)["id"] for line in final.read_text().splitlines()] == ["a", "b", "c"]


def test_journal_resume_from_final_and_fresh_start(tmp_path: Path):
    final = tmp_path / "records.jsonl"
    final.write_text('{"id": "a"}\n')
    resumed = Journal(final, resume=True)
    assert [r["id"] for r in resumed.lines()] == ["a"] and final.exists()
    resumed.commit(keep=lambda r: r["id"] != "a")
    assert final.read_text() == ""
    fresh = Journal(final)
    assert list(fresh.lines()) == []


@pytest.mark.parametrize("records", [[], [{"id": "d1"}], [{"id": "d1", "people": [{"name": "A", "roles": []}]}]])
def test_tables_have_fixed_columns(tmp_path: Path, records):
    frames = tables(records)
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == list(TABLE_SCHEMAS[name])
    write_tables(iter(records), tmp_path, tables, TABLE_SCHEMAS, batch=1)
    for name in TABLES:
        assert list(pd.read_csv(tmp_path / f"{name}.csv").columns) == list(TABLE_SCHEMAS[name])
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.schema.names == list(TABLE_SCHEMAS[name])
    assert len(pd.read_parquet(tmp_path / "documents.parquet")) == len(records)
    assert not list(tmp_path.glob("*.part"))


def test_write_tables_in_batches_equals_whole(tmp_path: Path):
    records = [{"id": f"d{i}", "dates": [{"text": "2025", "value": "2025", "start": i, "end": i + 4}] * (i % 2)}
               for i in range(7)]
    write_tables(iter(records), tmp_path, tables, TABLE_SCHEMAS, batch=3)
    got = pd.read_parquet(tmp_path / "dates.parquet")
    want = tables(records)["dates"]
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True), check_dtype=False)


@pytest.mark.parametrize("text", ["a\x85b", "a\u2028b", "a\u2029b", "a\nb\r\x0bc\x1cd", "biasa é “kutip”"])
def test_json_line_is_one_line_for_any_splitter(text):
    line = json_line({"text": text})
    assert line.endswith("\n") and len(line.splitlines()) == 1
    assert json.loads(line)["text"] == text


@pytest.mark.parametrize("value, written", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+62 21 555", "'+62 21 555"),
    ("-1+1", "'-1+1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("Harga naik 5%", "Harga naik 5%"),
    ("a=b", "a=b"),
    ("", ""),
])
def test_formula_cells_escaped_in_csv_only(tmp_path: Path, value, written):
    from pipeline.writers import csv_safe, formula_safe

    assert formula_safe(value) == written
    frame = pd.DataFrame({"text": pd.Series([value, None], dtype="string"), "n": pd.Series([1, 2], dtype="Int64")})
    assert list(csv_safe(frame)["text"][:1]) == [written] and frame["text"][0] == value  # the frame itself is kept
    if "\r" in value:
        return  # a lone CR is not quoted by the csv module (lineterminator "\n"): not read back as one cell
    record = {"id": "d", "quotes": [{"text": value, "start": 0, "end": 1}]}
    write_tables([record], tmp_path, tables, TABLE_SCHEMAS)
    assert pd.read_csv(tmp_path / "quotes.csv", keep_default_na=False)["text"].tolist() == [written]
    assert pq.read_table(tmp_path / "quotes.parquet").column("text").to_pylist() == [value]


@pytest.mark.parametrize("resume", [False, True])
def test_journal_never_follows_a_planted_link(tmp_path: Path, resume):
    outside = tmp_path / "outside.txt"
    outside.write_text("precious\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl.part").symlink_to(outside)
    journal = Journal(out / "records.jsonl", resume=resume)
    journal.append([{"id": "a"}])
    journal.commit()
    assert outside.read_text() == "precious\n"
    assert (out / "records.jsonl").read_text() == '{"id": "a"}\n' and not (out / "records.jsonl").is_symlink()


def test_leftover_temporary_files_removed(tmp_path: Path):
    from pipeline.writers import remove_leftovers

    for name in (".quotes.csv.ab12_x9Z.part", ".records.jsonl.k2j3h4g5.part", "records.jsonl.part", "notes.part",
                 ".hidden"):
        (tmp_path / name).write_text("x")
    assert sorted(p.name for p in remove_leftovers(tmp_path)) == [".quotes.csv.ab12_x9Z.part",
                                                                  ".records.jsonl.k2j3h4g5.part"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden", "notes.part", "records.jsonl.part"]


def test_extract_starts_without_pandas():
    """``extract`` and its worker processes import pandas and pyarrow only where tables are written (about
    0.3 s of start-up and 100 MB resident that a worker never uses)."""
    import subprocess
    import sys

    code = "import sys, pipeline.batch, pipeline.guard; print(sorted({'pandas', 'pyarrow'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
