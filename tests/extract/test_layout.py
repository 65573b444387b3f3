"""The flat view: line breaks inside a paragraph read as spaces, paragraph breaks stay (invented text)."""
from __future__ import annotations

import textwrap

import pytest
import spacy

from pipeline.extract.layout import flatten, soft_breaks
from pipeline.tokenizer import blank, customize, tokenize

PARAGRAPH = ("Kepala Dinas Pangan Kabupaten Contoh, Budi Santoso, mengatakan stok beras aman sampai akhir "
             "tahun. Ia meminta warga tidak membeli berlebihan menjelang hari raya. \"Kami pastikan harga tetap "
             "stabil di semua pasar,\" kata Budi di kantornya.")
SECOND = "Sementara itu, Camat Sukamaju, Rina Wulandari, menyebut distribusi berjalan lancar di desa."


@pytest.mark.parametrize("text, soft", [
    # hard-wrapped paragraphs: every break inside a paragraph is soft, the blank line stays
    (textwrap.fill(PARAGRAPH, 60) + "\n\n" + textwrap.fill(SECOND, 60), "inside"),
    (textwrap.fill(PARAGRAPH, 72) + "\n" + textwrap.fill(SECOND, 72), "inside"),
    # a headline longer than the wrap width, on a line of its own, does not set the width
    ("Pemerintah Kabupaten Contoh Salurkan Seratus Ton Beras Cadangan untuk Warga Terdampak Banjir\n\n"
     + textwrap.fill(PARAGRAPH, 60) + "\n\n" + textwrap.fill(SECOND, 60), "inside"),
    # negative: the same headline before paragraphs one per line
    ("Pemerintah Kabupaten Contoh Salurkan Seratus Ton Beras Cadangan untuk Warga Terdampak Banjir\n\n"
     + PARAGRAPH + "\n" + SECOND + "\n" + PARAGRAPH, []),
    # the quote rules read this flat view too (they once had a reader of their own)
    ("Kepala Dinas Kesehatan Kota Contoh, Rina Wulandari, yang\nmenjabat sejak tahun lalu, mengatakan stok vaksin "
     "cukup untuk\nseluruh puskesmas di kota itu sampai akhir tahun depan nanti.\n\nMenurut dia, distribusi "
     "vaksin dilakukan bertahap mulai pekan\ndepan oleh petugas dinas bersama aparat kelurahan setempat.", "inside"),
    # negative: list items between a lead and a quotation keep their lines
    ("Tersangka yakni:\n\n1. Budi Santoso, mantan kepala dinas;\n2. Rina Wulandari, pejabat pembuat komitmen;\n"
     "3. Andi Wijaya, pihak swasta.\n\n\"Kami tahan,\" kata Joni.", []),
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


@pytest.mark.parametrize("line_end", ["\n", " \n", "\r\n", "  \r\n"])
def test_names_and_quotes_cross_line_ends_and_offsets_point_into_the_input(nlp, line_end):
    import pipeline

    paragraphs = PARAGRAPH + "\n\n" + SECOND
    text = "\n\n".join(textwrap.fill(p, 45) for p in paragraphs.split("\n\n")).replace("\n", line_end)
    doc, plain = pipeline.process(nlp, text), pipeline.process(nlp, paragraphs)
    assert doc.text == text
    assert [p.name for p in doc._.people] == [p.name for p in plain._.people]
    assert [(q.text, q.speaker) for q in doc._.quotes] == [(q.text, q.speaker) for q in plain._.quotes]
    for person in doc._.people:
        for mention in person.mentions:
            assert " ".join(text[mention.start:mention.end].split()) == mention.text
    for quote in doc._.quotes:
        assert " ".join(text[quote.start:quote.end].split()) == " ".join(quote.text.split())
        assert text[quote.cue_start:quote.cue_end] == quote.cue
    for ent in doc.ents:
        assert " ".join(ent.text.split()) == " ".join(text[ent.start_char:ent.end_char].split())


def test_flat_view_maps_every_character_back():
    from pipeline.extract.layout import flat_view

    text = textwrap.fill(PARAGRAPH, 40).replace("\n", "  \r\n")
    flat, origin = flat_view(text)
    assert origin is not None and len(origin) == len(flat) + 1 and origin[-1] == len(text)
    assert flat.split() == text.split() and "  " not in flat
    assert all(flat[i] == text[origin[i]] for i in range(len(flat)) if not flat[i].isspace())


@pytest.fixture(scope="module")
def layout_only():
    nlp = blank()
    nlp.add_pipe("layout_flat")
    nlp.add_pipe("layout_restore")
    return nlp


@pytest.mark.parametrize("run", ['"' * 4_000, "<a" * 2_000, "-" * 4_000])
def test_a_long_run_in_a_wrapped_text_is_cut_into_pieces(layout_only, run):
    """The flat view and the restored Doc are tokenised as the first step is: a run of marks in pieces
    (one token each), not by spaCy's tokenizer alone, on which it takes quadratic time."""
    nlp = layout_only
    text = textwrap.fill(PARAGRAPH, 60) + "\n" + run + "\nakhir"
    flat = nlp.get_pipe("layout_flat")(tokenize(nlp, text))
    assert flat.text != text and len(flat) < len(run) // 16
    restored = nlp.get_pipe("layout_restore")(flat)
    assert restored.text == text and len(restored) < len(run) // 16
