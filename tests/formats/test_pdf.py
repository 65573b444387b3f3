"""PDF reader: the tests typeset their own PDFs with fpdf2 (invented text)."""
from __future__ import annotations

import pytest

fpdf = pytest.importorskip("fpdf")

from pipeline.formats import read_document  # noqa: E402
from pipeline.readers import InputDocument, InputProblem, read_file  # noqa: E402

FIRST = ("Jakarta (3/4) - Kementerian Contoh menggelar rapat koordinasi nasional tentang pangan bersama "
         "pemerintah daerah di seluruh Indonesia pada Kamis pagi.")
SECOND = ("\"Kami memastikan stok aman sampai akhir tahun,\" kata Kepala Biro Humas Kementerian Contoh, "
          "Rina Wulandari, kepada wartawan.")


def _pdf(path, paragraphs, header="SIARAN PERS", numbers=True, indent=False, gap=3.0, pages=1):
    class Release(fpdf.FPDF):
        def header(self):
            if header:
                self.set_font("helvetica", size=8)
                self.cell(0, 6, header, align="R")
            self.ln(10)

        def footer(self):
            if numbers:
                self.set_y(-15)
                self.set_font("helvetica", size=8)
                self.cell(0, 10, f"Halaman {self.page_no()} dari {pages}", align="C")

    pdf = Release(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for k, paragraph in enumerate(paragraphs):
        if k and pages > 1 and k % (len(paragraphs) // pages) == 0:
            pdf.add_page()
        pdf.multi_cell(0, 5.5, ("        " if indent else "") + paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("kwargs", [
    {},                                   # header, page numbers, a blank gap between paragraphs
    {"header": None, "numbers": False},   # bare pages
    {"indent": True, "gap": 0.0},         # paragraphs marked by an indent only
])
def test_paragraphs_come_back_without_furniture(tmp_path, kwargs):
    text = read_document(_pdf(tmp_path / "a.pdf", [FIRST, SECOND], **kwargs))
    assert text == FIRST + "\n\n" + SECOND


def test_running_header_and_page_numbers_dropped_on_every_page(tmp_path):
    subjects = ["Bupati", "Camat", "Lurah", "Kepala dinas", "Sekretaris daerah", "Ketua panitia", "Warga", "Petani"]
    places = ["Sleman", "Bantul", "Kulon Progo", "Gunungkidul", "Magelang"]
    paragraphs = [f"{subjects[i % 8]} di {places[i % 5]} menyampaikan laporan ke-{i} tentang bantuan pangan."
                  for i in range(40)]
    text = read_document(_pdf(tmp_path / "long.pdf", paragraphs, pages=3))
    assert text.split("\n\n") == paragraphs
    assert "SIARAN PERS" not in text and "Halaman" not in text


def test_a_paragraph_wrapped_over_lines_is_one_line(tmp_path):
    long = " ".join([FIRST] * 4)
    text = read_document(_pdf(tmp_path / "wrap.pdf", [long, SECOND]))
    assert text.split("\n\n") == [long, SECOND]


def test_scanned_pdf_without_text_layer_is_refused_by_name(tmp_path):
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")  # a page with a picture of text, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    [item] = read_file(tmp_path / "scan.pdf")
    assert isinstance(item, InputProblem) and "scan.pdf" in item.source
    assert "without a text layer" in item.message and "OCR" in item.message


@pytest.mark.parametrize("content", [b"%PDF-1.4 broken", b"not a pdf at all"])
def test_damaged_pdf_is_a_problem_not_a_crash(tmp_path, content):
    (tmp_path / "bad.pdf").write_bytes(content)
    [item] = read_file(tmp_path / "bad.pdf")
    assert isinstance(item, InputProblem)


def test_read_file_gives_a_document(tmp_path):
    [item] = read_file(_pdf(tmp_path / "rilis.pdf", [FIRST, SECOND]))
    assert isinstance(item, InputDocument)
    assert (item.id, item.encoding) == ("rilis", "pdf")


def _line(page, y, text, x=72.0, size=11.0):
    from pipeline.formats.pdf import Line

    return Line(page, y, x, size, text)


@pytest.mark.parametrize("lines, expected", [
    # a hyphen at a line end before a lower-case word joins without a space
    ([_line(0, 700, "Bantuan diberikan kepada masing-"), _line(0, 686, "masing desa.")],
     ["Bantuan diberikan kepada masing-masing desa."]),
    # a paragraph that goes on over a page break (no sentence end before it)
    ([_line(0, 100, "Rapat dihadiri para camat dan"), _line(1, 760, "kepala desa se-kabupaten.")],
     ["Rapat dihadiri para camat dan kepala desa se-kabupaten."]),
    # a sentence end at the foot of a page, a capital at the top of the next: a new paragraph
    ([_line(0, 100, "Rapat selesai pukul 12.00."), _line(1, 760, "Sementara itu, warga menunggu.")],
     ["Rapat selesai pukul 12.00.", "Sementara itu, warga menunggu."]),
    # a wide gap ends a paragraph, the usual spacing does not
    ([_line(0, 700, "Baris satu"), _line(0, 686, "baris dua."), _line(0, 650, "Paragraf baru.")],
     ["Baris satu baris dua.", "Paragraf baru."]),
])
def test_paragraphs_from_lines(lines, expected):
    from pipeline.formats.pdf import paragraphs

    assert paragraphs(lines) == expected
