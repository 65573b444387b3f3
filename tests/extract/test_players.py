"""One-word players of a match report (``pipeline.extract.players``): invented names and sentences; the
entities before the rule are given by hand, as the model would give them."""
from __future__ import annotations

import pytest

from pipeline.extract import players
from pipeline.extract.entities import knowledge
from pipeline.extract.person_types import lexicons
from tests.extract.test_person_types import _doc  # (text, names or (name, label) pairs in order)

MATCH = "Pelatih klub itu puas dengan laga di stadion. Pemain dan kiper tampil baik. "  # (a sports report)


def _added(nlp, text, ents):
    doc = _doc(nlp, text, ents)
    before = {e.text for e in doc.ents}
    return [e.text for e in players.players(doc, knowledge(nlp), lexicons(), tuple(doc.ents))
            if e.text not in before]


@pytest.mark.parametrize("text,ents,expected", [
    # the passer, keeper or substitute of an action, one lower-case word between at most
    (MATCH + "Pada menit ke-26, gol lahir dari umpan Marvelo yang dituntaskan Budi Santoso.", ["Budi Santoso"],
     ["Marvelo"]),
    (MATCH + "Bola hasil umpan silang dari Ferdinhano disundul masuk.", [], ["Ferdinhano"]),
    (MATCH + "Tendangan itu masih ditepis Adriano.", [], ["Adriano"]),
    (MATCH + "Berkat penyelamatan gemilang Edersino, skor tetap imbang.", [], ["Edersino"]),
    (MATCH + "Ia lalu digantikan oleh Brahimo Dizas di babak kedua.", [], ["Brahimo Dizas"]),
    # no player: an entity already there, a place, a common word, a cue that takes a club, no sports report
    (MATCH + "Gol lahir dari umpan Budi Santoso.", ["Budi Santoso"], []),
    (MATCH + "Tim itu digantikan oleh Jakarta sebagai tuan rumah.", [], []),
    (MATCH + "Ia membobol gawang Velmora dua kali.", [], []),
    ("Rapat membahas umpan Marvelo untuk ternak warga.", [], []),
    # an athlete with the country in brackets; not a known place, nor a run that a capital runs into
    (MATCH + "Ia akan menjumpai Lin Dan (China) di babak kedua.", [("China", "LOC")], ["Lin Dan"]),
    (MATCH + "Ia mengalahkan Hu Yunto (Hong Kong) kemarin.", [("Hong Kong", "LOC")], ["Hu Yunto"]),
    (MATCH + "Laga digelar di Bandung (Indonesia) kemarin.", [("Indonesia", "LOC")], []),
    (MATCH + "Menurut Dan (Indonesia) itu benar.", [("Indonesia", "LOC")], []),
])
def test_players(sentences_nlp, text, ents, expected):
    assert _added(sentences_nlp, text, ents) == expected
