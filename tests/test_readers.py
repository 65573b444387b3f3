"""Tests for the input readers (`pipeline.readers`, `pipeline.html`)."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

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
    ("doc.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
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
    (item,) = read(path)
    assert isinstance(item, InputProblem) and "'id' and 'text' columns" in item.message


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
