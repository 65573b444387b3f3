"""Names in apposition to a person's noun (``pipeline.extract.apposed``): invented names and sentences;
the entities before the rule are given by hand, as the model would give them."""
from __future__ import annotations

import pytest

from pipeline.extract import apposed
from pipeline.extract.entities import knowledge
from pipeline.extract.person_types import lexicons
from tests.extract.test_person_types import _doc  # (text, names or (name, label) pairs in order)


def _added(nlp, text, ents):
    doc = _doc(nlp, text, ents)
    before = {e.text for e in doc.ents}
    got = apposed.apposed_names(doc, tuple(doc.ents), knowledge(nlp), lexicons())
    return [e.text for e in got if e.text not in before]


@pytest.mark.parametrize("text,ents,expected", [
    # after an occupation, a person noun or a kin noun and the comma
    ("Puisi itu dibacakan oleh penyair muda komunitas itu, Atikara.", [], ["Atikara"]),
    ("Kata salah seorang petani asal Karangjati, Agusto ditemui di sawah.", [("Karangjati", "LOC")], ["Agusto"]),
    ("Baru-baru ini, anak saya, Jaluri yang masih kecil, bertanya.", [], ["Jaluri"]),
    # not: a place chain, a list of people, after a speech verb, a place, a common word, capitals
    ("Seorang petani di Kecamatan Watang, Sidrapo, mengaku tenang.", [("Kecamatan Watang", "LOC")], []),
    ("Hadir penyanyi Budi Santoso, Rinaldo dan Dodi.", ["Budi Santoso"], []),
    ("Budi Santoso, Direktur Velmora mengatakan, Perpusi itu perlu.", ["Budi Santoso", ("Velmora", "ORG")], []),
    ("Ia bertemu petani dari desa itu, Bandung juga.", [], []),
    ("Pembacaan oleh penyair muda, Panitia acara.", [], []),
    ("Kata Kapolres Karangjati, AKBP Budi.", [("Karangjati", "LOC")], []),
])
def test_apposed_names(sentences_nlp, text, ents, expected):
    assert _added(sentences_nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents,expected", [
    ("Petugas menembak Hermano di bagian lengan saat menodong Isnawara dan bayinya.", [], ["Hermano", "Isnawara"]),
    ("Polisi meringkus Budiarto Sinaga, kemarin.", [], ["Budiarto Sinaga"]),
    # not: a place, an entity already there, a verb that takes places too, capitals
    ("Mereka menahan Bandung dari serangan.", [], []),
    ("Polisi menangkap Budi Santoso.", ["Budi Santoso"], []),
    ("Massa menyerang Velmoro kemarin.", [], []),
    ("Polisi menangkap DS kemarin.", [], []),
])
def test_object_names(sentences_nlp, text, ents, expected):
    doc = _doc(sentences_nlp, text, ents)
    before = {e.text for e in doc.ents}
    got = apposed.object_names(doc, tuple(doc.ents), knowledge(sentences_nlp), lexicons())
    assert [e.text for e in got if e.text not in before] == expected


@pytest.mark.parametrize("text,ents,expected", [
    ("Bayi bernama Karimo itu lahir di Irak.", [], ["Karimo"]),
    ("Polisi menangkap seorang pria bernama Sudarto Lemos kemarin.", [], ["Sudarto Lemos"]),
    ("Petani bernama Wagiyo mengaku rugi.", [], ["Wagiyo"]),
    # not: no human noun before it, a name already there, a place, across a comma
    ("Tim bernama Garudo menang.", [], []),
    ("Aplikasi bernama Velmora diluncurkan.", [], []),
    ("Seorang pria bernama Budi Santoso ditangkap.", ["Budi Santoso"], []),
    ("Seorang pria, yang kapalnya bernama Bandung, datang.", [], []),
    ("Dalam film itu, ia berperan menjadi seorang detektif bernama Julita.", [], []),
])
def test_named_names(sentences_nlp, text, ents, expected):
    doc = _doc(sentences_nlp, text, ents)
    before = {e.text for e in doc.ents}
    got = apposed.named_names(doc, tuple(doc.ents), knowledge(sentences_nlp), lexicons())
    assert [e.text for e in got if e.text not in before] == expected
