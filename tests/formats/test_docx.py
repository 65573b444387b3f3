"""DOCX reader: the tests write their own Word files with python-docx (invented text)."""
from __future__ import annotations

import docx
import pytest

from pipeline.formats import read_document
from pipeline.readers import InputDocument, InputProblem, read_file

PARAGRAPHS = ["Jakarta (3/4) - Kementerian Contoh menggelar rapat koordinasi pangan.",
              "\"Stok aman sampai akhir tahun,\" kata Rina Wulandari."]


def _docx(path, paragraphs, header="SIARAN PERS", footer="Halaman 1", table=None, empty=1):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = footer
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
        for _ in range(empty):
            document.add_paragraph("")
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


@pytest.mark.parametrize("empty", [0, 1, 3])
def test_paragraphs_without_header_and_footer(tmp_path, empty):
    text = read_document(_docx(tmp_path / "a.docx", PARAGRAPHS, empty=empty))
    assert text == "\n\n".join(PARAGRAPHS)


def test_table_cells_are_paragraphs_in_order(tmp_path):
    text = read_document(_docx(tmp_path / "t.docx", PARAGRAPHS, table=[["Kontak", "Humas Contoh"]]))
    assert text.split("\n\n") == PARAGRAPHS + ["Kontak", "Humas Contoh"]


@pytest.mark.parametrize("content", [b"PK\x03\x04 broken zip", b"plain text, not a docx"])
def test_damaged_docx_is_a_problem_by_name(tmp_path, content):
    (tmp_path / "bad.docx").write_bytes(content)
    [item] = read_file(tmp_path / "bad.docx")
    assert isinstance(item, InputProblem) and item.source.endswith("bad.docx")


def test_empty_docx_is_refused(tmp_path):
    [item] = read_file(_docx(tmp_path / "kosong.docx", [], header="", footer=""))
    assert isinstance(item, InputProblem) and "no text" in item.message


def test_read_file_gives_a_document(tmp_path):
    [item] = read_file(_docx(tmp_path / "rilis.docx", PARAGRAPHS))
    assert isinstance(item, InputDocument) and (item.id, item.encoding) == ("rilis", "docx")
