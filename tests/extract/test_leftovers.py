"""Web leftovers: site furniture lines are marked and their entities dropped."""
from __future__ import annotations

import pytest
import spacy

from pipeline.extract.leftovers import SPAN_KEY, leftover_lines


@pytest.mark.parametrize("line, is_leftover", [
    ("SCROLL TO CONTINUE WITH CONTENT", True),
    ("ADVERTISEMENT", True),
    ('Tonton juga video "Menko RHW Bicara Pembangunan Tol" di sini:', True),
    ("Simak juga Video 'Purwaka Janji Bakal Perbaiki Kebijakan':", True),
    ("Baca juga: Harga Beras Naik", True),
    ("[Gambas:Video 20detik]", True),
    ("Editor: Budi Santoso", True),
    # negatives: article sentences that merely contain the words
    ("Warga diminta membaca juga aturan baru itu.", False),
    ("Ia meminta publik menonton siaran langsung sidang.", False),
    ("Iklan rokok dilarang di dekat sekolah, kata Budi.", False),
    ("Menurut dia, scroll media sosial berlebihan berbahaya.", False),
])
def test_leftover_lines(line, is_leftover):
    text = f"Kalimat pertama.\n{line}\nKalimat terakhir."
    found = [text[s:e] for s, e in leftover_lines(text)]
    assert (found == [line]) is is_leftover


HEADLINE = "Wali Kota Rudi Hartanto Resmikan Pasar Baru di Sukamaju"


# (text between two article sentences, the lines of it that are furniture): a read-also cue links to
# headlines, on its own line after the colon or, when it stands alone, on the next lines (a site lists
# up to three); a line that ends with a stop is article text again
@pytest.mark.parametrize("middle, furniture", [
    (f"Baca Juga:\n{HEADLINE}", ["Baca Juga:", HEADLINE]),
    (f"Baca juga:\n\n{HEADLINE}", ["Baca juga:", HEADLINE]),  # paragraphs apart
    (f"BACA JUGA\n{HEADLINE}", ["BACA JUGA", HEADLINE]),
    ("Simak Juga:\nSiapa Pantas Gantikan Pelatih Budi Santoso?", ["Simak Juga:", "Siapa Pantas Gantikan Pelatih Budi Santoso?"]),
    (f"Lihat Juga -\n{HEADLINE}", ["Lihat Juga -", HEADLINE]),
    (f"[Baca juga:]\n{HEADLINE}", ["[Baca juga:]", HEADLINE]),
    (f"Baca juga: {HEADLINE}", [f"Baca juga: {HEADLINE}"]),  # the headline on the cue's line
    (f"(Baca Juga: {HEADLINE})", [f"(Baca Juga: {HEADLINE})"]),
    (f"(Baca: {HEADLINE})", [f"(Baca: {HEADLINE})"]),
    (f"SIMAK JUGA - {HEADLINE}", [f"SIMAK JUGA - {HEADLINE}"]),
    ("Baca Juga:\nAgus Salimin Tinjau Banjir\nSinta Dewi Raih Emas\nPasar Baru Dibuka Besok",
     ["Baca Juga:", "Agus Salimin Tinjau Banjir", "Sinta Dewi Raih Emas", "Pasar Baru Dibuka Besok"]),
    # negatives: at most three headlines; a sentence after a lone cue (the site dropped the headline) stays
    ("Baca Juga:\nAgus Salimin Tinjau Banjir\nSinta Dewi Raih Emas\nPasar Baru Dibuka Besok\nSubjudul Artikel Ini",
     ["Baca Juga:", "Agus Salimin Tinjau Banjir", "Sinta Dewi Raih Emas", "Pasar Baru Dibuka Besok"]),
    ("Baca juga:\nSetelah itu, giliran pemain tunggal putra, Budi Santoso dan Rudi Hartanto.", ["Baca juga:"]),
    ("Baca juga:\nAgus Salimin Tinjau Banjir\nMenurut Budi, pasar itu dibangun dua tahun.",
     ["Baca juga:", "Agus Salimin Tinjau Banjir"]),
    ('Baca juga:\n"Pasar itu dibangun dua tahun," kata Budi Santoso.', ["Baca juga:"]),
    ("Baca juga:\n" + " ".join(["kata"] * 26), ["Baca juga:"]),  # too long for a headline
    (f"Budi Santoso membaca juga:\n{HEADLINE}", []),  # the cue opens no line
    (f"Ia berkata, baca juga buku itu.\n{HEADLINE}", []),
])
def test_read_also_headlines(middle, furniture):
    text = f"Kalimat pertama.\n{middle}\nKalimat terakhir."
    assert [text[s:e] for s, e in leftover_lines(text)] == furniture


def test_component_drops_entities_inside_leftovers():
    import pipeline.extract.leftovers  # noqa: F401  (registers the factory)

    nlp = spacy.blank("id")
    nlp.add_pipe("web_leftovers")
    doc = nlp.make_doc("Budi hadir.\nSCROLL TO CONTINUE WITH CONTENT\nAni pulang.")
    text = doc.text
    doc.ents = [doc.char_span(text.index(word), text.index(word) + len(word), label=label)
                for word, label in (("Budi", "PER"), ("CONTINUE WITH", "LOC"), ("Ani", "PER"))]
    doc = nlp(doc)
    assert [e.text for e in doc.ents] == ["Budi", "Ani"]
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["SCROLL TO CONTINUE WITH CONTENT"]


@pytest.mark.parametrize("word, inside", [
    ("CONTINUE", True),   # inside the leftover line
    ("SCROLL TO", True),
    ("Budi", False),      # before it
    ("Ani", False),       # after it
    ("hadir.", False),    # ends just before the line
])
def test_inside_leftover(word, inside):
    from pipeline.extract.leftovers import inside_leftover

    nlp = spacy.blank("id")
    nlp.add_pipe("web_leftovers")
    text = "Budi hadir.\nSCROLL TO CONTINUE WITH CONTENT\nAni pulang."
    doc = nlp(text)
    start = text.index(word)
    assert inside_leftover(doc, start, start + len(word)) is inside


def test_work_grows_linearly(work_growth):
    """Every entity was compared with every leftover line: 15x the calls on a 10x longer text."""
    assert work_growth("web_leftovers") <= 12
