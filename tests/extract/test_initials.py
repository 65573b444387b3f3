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


class _Counted:
    """An entity as ``aged_initials`` reads one (start, end, label, length), counting the comparisons made
    with it: taking one out of a list with ``list.remove`` compares it with the entities before it."""

    compared = 0

    def __init__(self, start: int, end: int, label: str):
        self.start, self.end, self.label_ = start, end, label

    def __len__(self) -> int:
        return self.end - self.start

    def __eq__(self, other) -> bool:
        _Counted.compared += 1
        return self is other

    __hash__ = object.__hash__


def _initials_work(nlp, blocks: int) -> tuple[int, list]:
    """Comparisons between entities on a text of ``blocks`` reports, each an organisation named before a
    suspect's initials that the model took for a place (``Polres ... AB (23)``)."""
    doc = nlp("".join("Polres Kota Serang menahan AB (23) di Cilegon. Warga melapor ke Polsek Ciwandan.\n"
                      for _ in range(blocks)))
    ents = []
    for k, token in enumerate(doc):
        if token.text in {"Polres", "Polsek"}:
            ents.append(_Counted(k, k + (3 if token.text == "Polres" else 2), "ORG"))
        elif token.text == "AB":
            ents.append(_Counted(k, k + 1, "LOC"))
    _Counted.compared = 0
    out = initials.aged_initials(doc, tuple(ents))
    return _Counted.compared, [(doc[e.start:e.end].text, e.label_) for e in out]


def test_aged_initials_grow_linearly(sentences_nlp):
    """Each person replacing an entity took it out of the list of every entity (``list.remove``): the
    document's entities times its persons, about 0.1 CPU-s on the bench's 1,000,000-character document."""
    small, found = _initials_work(sentences_nlp, 20)
    large, _ = _initials_work(sentences_nlp, 200)
    assert found[:3] == [("Polres Kota Serang", "ORG"), ("AB", "PER"), ("Polsek Ciwandan", "ORG")]
    assert sum(label == "PER" for _, label in found) == 20
    assert large <= 12 * max(small, 1), (small, large)
