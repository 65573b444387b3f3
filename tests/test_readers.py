"""Tests for the input readers (`pipeline.readers`, `pipeline.html`)."""
from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest

from pipeline.formats.columns import Columns
from pipeline.html import html_to_text
from pipeline.readers import InputDocument, InputProblem, read_file, read_inputs, sniff_encoding

TEXT = "Menteri “Sri” berkata, café Jakarta — 26 Mei 2025."


def read(path: Path, **kwargs) -> list:
    """The documents and errors of ``path``, warnings left out."""
    return [i for i in read_file(path, **kwargs) if getattr(i, "level", "") != "warning"]


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("cp1252"), "cp1252"),
    ("Kota Malang, Jawa Timur \x81 é".encode("latin-1"), "latin-1"),
])
def test_sniff_encoding(data, encoding):
    assert sniff_encoding(data) == encoding


@pytest.mark.parametrize("name, data, expected", [
    ("a.txt", TEXT.encode("utf-8"), TEXT),
    ("b.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    ("c.txt", TEXT.encode("utf-16"), TEXT),
    ("d.txt", TEXT.encode("utf-16-le"), TEXT),
    ("e.txt", TEXT.encode("cp1252"), TEXT),
    ("f.html", f"<html><head><title>x</title><script>var a=1;</script></head><body><p>{TEXT}</p></body></html>"
     .encode("utf-8"), TEXT),
    ("g.htm", b"<!DOCTYPE html><div>Satu &amp; dua</div><div>tiga<br>empat</div><style>p{}</style>",
     "Satu & dua\n\ntiga\nempat"),
])
def test_read_text_files(tmp_path: Path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read(path)
    assert isinstance(item, InputDocument), item
    assert item.text == expected and item.id == Path(name).stem


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("nul.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary"),
    ("ctrl.txt", bytes(range(1, 9)) * 50, "binary"),
    ("empty.html", b"<html><script>x()</script></html>", "without visible text"),
    ("doc.pdf", b"%PDF-1.4", "not a readable PDF"),
    ("sheet.xlsx", b"PK\x03\x04", "unsupported file type .xlsx"),
    ("empty.jsonl", b"", "empty file"),
    ("nul.csv", b"id,text\x00\x00\x00", "binary"),
])
def test_refused_files(tmp_path: Path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read(path)
    assert isinstance(item, InputProblem) and message in item.message, item


def test_jsonl_lines(tmp_path: Path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + "\n".join([
        '{"id": "a", "text": "Satu\u2028dua", "published": "2025-05-26"}',
        "{not json",
        "",
        '["a", "b"]',
        '{"id": "b"}',
        '{"id": "c", "text": "   "}',
        '{"id": "d", "text": "Empat."}',
    ]).encode("utf-8"))
    items = read(path)
    assert [type(i).__name__ for i in items] == ["InputDocument", "InputProblem", "InputProblem", "InputProblem",
                                                 "InputProblem", "InputDocument"]
    assert items[0].text == "Satu\u2028dua" and items[0].published == "2025-05-26"
    assert items[1].source.endswith(":2") and "line 2 is not JSON" in items[1].message
    assert items[2].source.endswith(":4") and "not a JSON object" in items[2].message
    assert "needs an 'id' and a 'text'" in items[3].message
    assert "empty text" in items[4].message
    assert items[5].id == "d"


def test_csv_embedded_newlines_and_quoting(tmp_path: Path):
    path = tmp_path / "docs.csv"
    path.write_text('id,text,published\n'
                    '1,"Baris satu,\nbaris ""dua"".",2025-05-26\n'
                    '2,"abc"def,2025-05-26\n'
                    '3,Tanpa kutip,\n'
                    '4,terlalu,banyak,kolom\n'
                    '5,"Kutip ""ganjil"" di tengah",\n', encoding="utf-8", newline="")
    items = read(path)
    docs = {i.id: i for i in items if isinstance(i, InputDocument)}
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert docs["1"].text == 'Baris satu,\nbaris "dua".' and docs["1"].published == "2025-05-26"
    assert docs["3"].text == "Tanpa kutip" and docs["5"].text == 'Kutip "ganjil" di tengah'
    assert len(problems) == 2
    assert "line 4" in problems[0].message and "malformed CSV" in problems[0].message
    assert "line 6" in problems[1].message and "fields" in problems[1].message


@pytest.mark.parametrize("encoding, delimiter", [("utf-16", ","), ("cp1252", ";"), ("utf-8-sig", "\t")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding, delimiter):
    path = tmp_path / "docs.csv"
    path.write_bytes(f"id{delimiter}text\nx{delimiter}\"{TEXT}\"\n".encode(encoding))
    (item,) = read(path)
    assert isinstance(item, InputDocument) and item.id == "x" and item.text == TEXT


def test_csv_needs_columns(tmp_path: Path):
    path = tmp_path / "docs.csv"
    path.write_text("name,body\na,b\n", encoding="utf-8")
    (item,) = read_file(path)
    assert isinstance(item, InputProblem) and "no 'text' column" in item.message and "--text-column" in item.message
    (item,) = read_file(path, columns=Columns(text="body", id="nama", id_given=True))
    assert isinstance(item, InputProblem) and "no 'nama' column" in item.message


DETIK_LIKE = ("id,judul,tanggal,isi_berita\n"
              "7,Banjir Surut,10/20/2025 8:15,Warga kembali ke rumah.\n"
              "8,Jalan Dibuka,3/4/2025 10:00,Jalan kembali dibuka.\n")


@pytest.mark.parametrize("columns, expected", [
    (Columns(text="isi_berita", date="tanggal", title="judul"),
     [("7", "Banjir Surut\n\nWarga kembali ke rumah.", "2025-10-20"),
      ("8", "Jalan Dibuka\n\nJalan kembali dibuka.", "2025-03-04")]),
    (Columns(text="isi_berita", date="tanggal", date_order="dmy"),
     [("7", "Warga kembali ke rumah.", "2025-10-20"), ("8", "Jalan kembali dibuka.", "2025-04-03")]),
    (Columns(text="isi_berita", id="judul", id_given=True),
     [("Banjir Surut", "Warga kembali ke rumah.", None), ("Jalan Dibuka", "Jalan kembali dibuka.", None)]),
])
def test_csv_named_columns(tmp_path: Path, columns, expected):
    path = tmp_path / "berita.csv"
    path.write_text(DETIK_LIKE, encoding="utf-8")
    assert [(d.id, d.text, d.published) for d in read_file(path, columns=columns)] == expected


def test_csv_without_id_column_numbers_rows(tmp_path: Path):
    path = tmp_path / "berita.csv"
    path.write_text("text\nSatu.\nDua.\n", encoding="utf-8")
    assert [d.id for d in read_file(path)] == ["berita.csv:2", "berita.csv:3"]


def test_unreadable_date_is_a_problem_for_that_row(tmp_path: Path):
    path = tmp_path / "berita.csv"
    path.write_text("id,text,published\na,Satu.,kemarin\nb,Dua.,2025-05-26\n", encoding="utf-8")
    first, second = read_file(path)
    assert isinstance(first, InputProblem) and "kemarin" in first.message
    assert second.published == "2025-05-26"


@pytest.mark.parametrize("name, data", [
    ("long.txt", "kata " * 30),
    ("long.jsonl", '{"id": "x", "text": "' + "kata " * 30 + '"}\n'),
])
def test_size_limit(tmp_path: Path, name, data):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    (item,) = read(path, max_chars=100)
    assert isinstance(item, InputProblem) and item.stage == "size" and "over the limit of 100" in item.message


def test_read_inputs_order_and_missing(tmp_path: Path):
    (tmp_path / "b.txt").write_text("Dua.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    assert [getattr(i, "id", None) for i in items[:2]] == ["b", "a"]
    assert isinstance(items[2], InputProblem) and "no such file" in items[2].message


@pytest.mark.parametrize("markup, text", [
    ("<p>Satu</p><p>Dua</p>", "Satu\n\nDua"),
    ("<p>a&nbsp;&nbsp;b</p><!-- komentar -->", "a b"),
    ("<ul><li>x</li><li>y</li></ul><noscript>z</noscript>", "x\n\ny"),
    ("teks polos", "teks polos"),
])
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


# --- hostile and careless inputs (issue 18) ------------------------------------------------------

def jsonl_line(obj) -> bytes:
    return json.dumps(obj).encode("utf-8") + b"\n"


@pytest.mark.parametrize("line, kind, says", [
    (jsonl_line({"id": "bad\udc80id", "text": TEXT}), "error", "lone surrogate (U+DC80 at character 3)"),
    (jsonl_line({"id": "a", "text": "x\ud800y"}), "error", "its text has a lone surrogate"),
    (jsonl_line({"id": "a", "text": TEXT, "source": "s\udc80"}), "error", "its source has a lone surrogate"),
    (jsonl_line({"id": ["a"], "text": TEXT}), "error", "(list [\"a\"])"),
    (jsonl_line({"id": True, "text": TEXT}), "error", "(bool true)"),
    (b'{"id": NaN, "text": "x"}\n', "error", "(float NaN)"),
    (b'{"id": "a", "text": NaN}\n', "error", "(text: float)"),
    (jsonl_line({"id": "a", "text": TEXT, "source": ["x"]}), "error", "its 'source' is list"),
    (jsonl_line({"id": "a", "text": TEXT, "published": {"y": 1}}), "error", "column 'published'"),
    (b"[" * 5000 + b"]" * 5000 + b"\n", "error", "nested too deeply"),
    (b'{"id": "a", "text": "' + TEXT.encode() + b'", "source": NaN}\n', "warning", "'source' is NaN, read as missing"),
    # a lone surrogate quoted in the message of another problem (found by make fuzz): escaped
    (jsonl_line({"id": "bad\udc80id", "text": TEXT, "published": []}), "error", "document bad\\udc80id: column"),
])
def test_jsonl_values_are_checked(tmp_path: Path, line, kind, says):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(line + jsonl_line({"id": "next", "text": TEXT}))
    items = list(read_file(path))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.level for p in problems] == [kind] and says in problems[0].message, problems
    assert all(f"{p.source} {p.id} {p.message}".encode("utf-8") for p in problems)  # can be written
    assert items[-1].id == "next"  # the file goes on
    if kind == "warning":
        assert isinstance(items[1], InputDocument) and items[1].meta == {}


@pytest.mark.parametrize("obj, doc_id, meta", [
    ({"id": 42, "text": TEXT, "source": 7}, "42", {"source": "7"}),
    ({"id": "x", "text": TEXT, "title": "", "url": None}, "x", {}),
])
def test_jsonl_values_coerced(tmp_path: Path, obj, doc_id, meta):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(jsonl_line(obj))
    (item,) = read_file(path)
    assert isinstance(item, InputDocument) and item.id == doc_id and item.meta == meta


@pytest.mark.parametrize("data, text, offset, decision", [
    # a stray cp1252 quote in UTF-8 text: the quote is kept, the rest stays UTF-8
    ("Kata “Sri”: café".encode().replace("“".encode(), b"\x93"), "Kata “Sri”: café", 5, "read as UTF-8 with 1"),
    ("Kata café".encode("cp1252"), "Kata café", 8, "read as cp1252"),
])
def test_invalid_bytes_named_with_the_decision(tmp_path: Path, data, text, offset, decision):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    warning, doc = read_file(path)
    assert doc.text == text
    assert warning.level == "warning" and f"byte offset {offset} " in warning.message and decision in warning.message


def test_invalid_byte_after_the_first_mib_is_one_line_not_the_rest(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    lines = [jsonl_line({"id": f"d{i}", "text": "kata " * 2000}) for i in range(120)]
    bad = jsonl_line({"id": "late", "text": "caf\udce9 " + TEXT}).replace(b"\\udce9", b"\xe9")
    path.write_bytes(b"".join(lines) + bad + jsonl_line({"id": "last", "text": TEXT}))
    assert sum(map(len, lines)) > 1 << 20
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, InputDocument)]
    assert len(docs) == 122 and docs[-2].text == "café " + TEXT and docs[-1].id == "last"
    (warning,) = [i for i in items if isinstance(i, InputProblem)]
    assert warning.level == "warning" and warning.source.endswith(":121")
    offset = sum(map(len, lines)) + bad.index(b"\xe9")
    assert f"byte offset {offset} " in warning.message


def test_huge_line_refused_before_it_is_read_whole(tmp_path: Path):
    path = tmp_path / "huge.jsonl"
    path.write_bytes(b'{"id": "huge", "text": "' + b"a" * 5_000_000 + b'"}\n' + jsonl_line({"id": "after", "text": TEXT}))
    problem, doc = read_file(path, max_chars=1000)
    assert problem.stage == "size" and "refused without reading it" in problem.message and doc.id == "after"


def test_csv_unclosed_quote_is_named(tmp_path: Path):
    path = tmp_path / "docs.csv"
    path.write_text('id,text\nq1,"Teks satu\nq2,Teks dua"\nq3,"Baris\nlanjut, dengan koma"\n', encoding="utf-8")
    items = list(read_file(path))
    warnings = [i for i in items if isinstance(i, InputProblem)]
    assert [w.level for w in warnings] == ["warning"] and "line 3 looks like a record of its own" in warnings[0].message
    assert [i.id for i in items if isinstance(i, InputDocument)] == ["q1", "q3"]


def test_only_regular_files_are_read(tmp_path: Path):
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    for name, says in (("fifo.txt", "a FIFO"), ("zero.txt", "a character device")):
        (item,) = read_file(tmp_path / name)
        assert isinstance(item, InputProblem) and says in item.message and "only regular files" in item.message


def test_folders_name_what_they_cannot_read(tmp_path: Path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    scandir = os.scandir

    def refuse_locked(path="."):
        if str(path).endswith("locked"):  # root reads any folder: refuse one as a permission would
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    items = list(read_inputs([tmp_path]))
    said = {Path(i.source).name: i.message for i in items if isinstance(i, InputProblem)}
    assert [i.id for i in items if isinstance(i, InputDocument)] == ["doc"]
    assert "Permission denied" in said["locked"] and "dangling symbolic link" in said["dangling.txt"]
    assert "already read" in said["up"]


def test_duplicate_ids_refused_by_name(tmp_path: Path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"{TEXT} {folder}", encoding="utf-8")
    (tmp_path / "d.jsonl").write_bytes(jsonl_line({"id": "j", "text": TEXT}) + jsonl_line({"id": "j", "text": "x"}))
    items = list(read_inputs([tmp_path / "a", tmp_path / "b", tmp_path / "a" / "same.txt", tmp_path / "d.jsonl"]))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("InputDocument", "same"), ("InputProblem", "same"), ("InputProblem", "same"), ("InputDocument", "j"),
        ("InputProblem", "j")]
    assert all(i.stage == "duplicate" and "already used by" in i.message for i in items if isinstance(i, InputProblem))


def test_file_name_not_utf8(tmp_path: Path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/nama-\xff.txt"))
    path.write_text(TEXT, encoding="utf-8")
    warning, doc = read_inputs([tmp_path])
    assert warning.level == "warning" and "not UTF-8" in warning.message
    assert doc.id == "nama-\\xff" and doc.source.endswith("nama-\\xff.txt")
    json.dumps(doc.source, ensure_ascii=False).encode("utf-8")  # writable


def test_a_reader_that_raises_names_the_file(tmp_path: Path, monkeypatch):
    from pipeline import readers

    def broken(markup):
        raise AssertionError("parser bug")

    monkeypatch.setattr(readers, "html_to_text", broken)
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    problem, doc = read_inputs([tmp_path])
    assert "AssertionError: parser bug" in problem.message and doc.id == "b"


@pytest.mark.parametrize("markup, text", [
    ("<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title><body><p>Isi.</p>", "Isi."),
    ("<head><title>T</title><p>Isi dua.", "Isi dua."),
    ("<head><title>T</title>Isi tiga.", "Isi tiga."),
    ("<p>Awal.</p><iframe src=x><p>Sesudah.</p>", "Awal.\n\nSesudah."),
    ("<p>Awal.</p><iframe src=x>cadangan</iframe><p>Akhir.</p>", "Awal.\n\nAkhir."),
    ("<p>a</p><script>var x = '<p>';", "a"),
    ("<p>x < y</p>", "x < y"),
    ("a <!-- b", "a <!-- b"),
])
def test_html_unclosed_elements(markup, text):
    assert html_to_text(markup) == text


@pytest.mark.parametrize("markup", ["<a" * 100_000, "<a x='" * 20_000, "<!--" * 20_000, "<a x='>" * 20_000])
def test_html_stays_linear(markup):
    started = time.perf_counter()
    html_to_text(markup)
    assert time.perf_counter() - started < 5  # each took from 5 s to 78 s before
