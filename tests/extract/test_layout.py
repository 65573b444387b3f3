"""The flat view: line breaks inside a paragraph read as spaces, paragraph breaks stay (invented text)."""
from __future__ import annotations

import textwrap

import pytest
import spacy

from pipeline.extract.layout import flatten, soft_breaks
from pipeline.tokenizer import customize

PARAGRAPH = ("Kepala Dinas Pangan Kabupaten Contoh, Budi Santoso, mengatakan stok beras aman sampai akhir "
             "tahun. Ia meminta warga tidak membeli berlebihan menjelang hari raya. \"Kami pastikan harga tetap "
             "stabil di semua pasar,\" kata Budi di kantornya.")
SECOND = "Sementara itu, Camat Sukamaju, Rina Wulandari, menyebut distribusi berjalan lancar di desa."


@pytest.mark.parametrize("text, soft", [
    # hard-wrapped paragraphs: every break inside a paragraph is soft, the blank line stays
    (textwrap.fill(PARAGRAPH, 60) + "\n\n" + textwrap.fill(SECOND, 60), "inside"),
    (textwrap.fill(PARAGRAPH, 72) + "\n" + textwrap.fill(SECOND, 72), "inside"),
    # one sentence per line, paragraphs by blank lines
    ("Kalimat pertama di sini.\nKalimat kedua di sana.\nKalimat ketiga juga.\n\nKalimat keempat.\nKalimat kelima.",
     [24, 47, 86]),
    # a sentence wrapped before a lower-case word
    ("Kepala Dinas Pangan Kabupaten Contoh, Budi Santoso, mengatakan stok aman\nsampai akhir tahun.", [72]),
    # negative: the same break before a capital (a new line of its own)
    ("Kepala Dinas Pangan Kabupaten Contoh, Budi Santoso, mengatakan stok aman\nSampai akhir tahun.", []),
    # negative: paragraphs one per line stay as they are
    (PARAGRAPH + "\n" + SECOND + "\n" + PARAGRAPH, []),
    # negative: a headline and a dateline keep their line
    ("Pemkab Contoh Salurkan Beras\nJakarta (3/4) - " + PARAGRAPH + "\n" + SECOND, []),
    # negative: list items keep their line
    ("Bantuan yang disalurkan:\n1. beras sepuluh ton\n2. minyak goreng\n- gula pasir", []),
    # negative: an indented line opens a paragraph
    (textwrap.fill(PARAGRAPH, 60) + "\n    " + SECOND, "inside-first"),
])
def test_soft_breaks(text, soft):
    breaks = soft_breaks(text)
    if soft == "inside":
        hard = [i for i, ch in enumerate(text) if ch == "\n" and i not in breaks]
        assert breaks and all(text[i - 1] != "\n" and text[i + 1] != "\n" for i in breaks)
        assert len(hard) <= text.count("\n\n") * 2 + 1  # only paragraph ends stay
    elif soft == "inside-first":
        assert breaks and max(breaks) < text.index("\n    ")
    else:
        assert breaks == soft


@pytest.mark.parametrize("text, flat", [
    ("Satu.\r\nDua.", "Satu. \nDua."),
    ("Satu.\rDua.", "Satu.\nDua."),
    ("tanpa baris baru", "tanpa baris baru"),
])
def test_flatten_line_ends(text, flat):
    assert flatten(text) == flat


def test_flat_view_keeps_length_and_words():
    text = textwrap.fill(PARAGRAPH, 60) + "\n\n" + textwrap.fill(SECOND, 60)
    flat = flatten(text)
    assert len(flat) == len(text) and flat.split() == text.split()
    assert flat.count("\n") == 2


@pytest.fixture(scope="module")
def layout_nlp():
    nlp = customize(spacy.blank("id"))
    nlp.add_pipe("layout_flat")
    nlp.add_pipe("id_sentences")
    nlp.add_pipe("layout_restore")
    return nlp


def test_doc_text_is_the_input_and_sentences_cross_lines(layout_nlp):
    text = textwrap.fill(PARAGRAPH, 50)
    doc = layout_nlp(text)
    assert doc.text == text
    assert [" ".join(s.text.split()) for s in doc.sents] == [
        "Kepala Dinas Pangan Kabupaten Contoh, Budi Santoso, mengatakan stok beras aman sampai akhir tahun.",
        "Ia meminta warga tidak membeli berlebihan menjelang hari raya.",
        "\"Kami pastikan harga tetap stabil di semua pasar,\" kata Budi di kantornya."]
