"""Initials with an age in brackets (``pipeline.extract.initials``): invented sentences; the entities
before the rule are given by hand, as the model would give them."""
from __future__ import annotations

import pytest

from pipeline.extract import initials
from tests.extract.test_person_types import _doc  # (text, names or (name, label) pairs in order)


def _typed(nlp, text, ents):
    doc = _doc(nlp, text, ents)
    return [(e.text, e.label_) for e in initials.aged_initials(doc, tuple(doc.ents))]


@pytest.mark.parametrize("text,ents,expected", [
    ("Pemuda asal Karangjati, DS (20) tepergok polisi.", [("Karangjati", "LOC")],
     [("Karangjati", "LOC"), ("DS", "PER")]),
    ("Polisi menangkap RKW (34 tahun), warga setempat.", [], [("RKW", "PER")]),
    ("Korban AS (45) tewas di lokasi.", [("AS", "LOC")], [("AS", "PER")]),
    ("Tersangka D.S. (19) ditahan.", [], [("D.S.", "PER")]),
    ("Kedua pemuda ZUL, 20 tahun, dan HA, 18 tahun, ditahan.", [], [("ZUL", "PER"), ("HA", "PER")]),
    ("Pelaku berinisial RK, 34 tahun.", [], [("RK", "PER")]),
    # a count after a name, a year; a comma age without its unit or going on (``3 tahun lalu``)
    ("Tim AS, 3 tahun lalu, menang.", [("AS", "LOC")], [("AS", "LOC")]),
    ("Data BPS, 12, 14.", [("BPS", "ORG")], [("BPS", "ORG")]),
    # an acronym without an age, a longer entity: left alone
    ("Ia tampil di Piala FA (1) dan Liga (12).", [], []),
    ("Dana dari BPJS (2019) cair.", [("BPJS", "ORG")], [("BPJS", "ORG")]),
    ("Kantor BPJS Kesehatan (12) tutup.", [("BPJS Kesehatan", "ORG")], [("BPJS Kesehatan", "ORG")]),
])
def test_aged_initials(sentences_nlp, text, ents, expected):
    assert _typed(sentences_nlp, text, ents) == expected
