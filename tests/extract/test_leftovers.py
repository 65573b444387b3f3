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
