"""The held-out mention check's scoring (``pipeline.benchmarks.mentions``): invented texts."""
from __future__ import annotations

import pytest

from pipeline.benchmarks.mentions import build_items, compare, predicted


def test_build_items_joins_sentences_and_keeps_span_texts():
    sentences = [(["Budi", "Santosa", "ke", "Bandung", "."], [(0, 2, "PER"), (3, 4, "LOC")]),
                 (["PT", "Maju", "(", "Persero", ")", "rugi", "."], [(0, 5, "ORG")]),
                 (["Sari", "datang", "."], [(0, 1, "PER")])]
    items = build_items("x", sentences, group=2)
    assert [i["id"] for i in items] == ["x-0000", "x-0001"]
    assert items[0]["text"] == "Budi Santosa ke Bandung. PT Maju (Persero) rugi."
    assert items[0]["gold"] == {"PER": ["Budi Santosa"], "ORG": ["PT Maju (Persero)"], "LOC": ["Bandung"]}
    assert items[1]["gold"]["PER"] == ["Sari"]


def test_predicted_reads_names_mentions_aliases_and_skips_pronouns():
    record = {"people": [{"name": "Budi Santosa", "mentions": [{"text": "Budi"}, {"text": "ia"}, {"text": "Dia"}]}],
              "organizations": [{"name": "Badan Contoh", "aliases": ["BC"], "mentions": [{"text": "BC"}]}],
              "locations": ["Bandung"]}
    out = predicted(record)
    assert out == {"PER": ["Budi Santosa", "Budi"], "ORG": ["Badan Contoh", "BC", "BC"], "LOC": ["Bandung"]}


@pytest.mark.parametrize("gold,pred,tp,fn,fp,confusion,spurious", [
    ({"PER": ["Budi Santosa"], "ORG": [], "LOC": []}, {"PER": ["Dr. Budi Santosa"], "ORG": [], "LOC": []},
     {"PER": 1}, {}, {}, {}, {}),
    # a club read as a person: one ORG -> PER confusion, not spurious
    ({"PER": [], "ORG": ["Dorvana Utsk"], "LOC": []}, {"PER": ["Dorvana Utsk"], "ORG": [], "LOC": []},
     {}, {"ORG": 1}, {"PER": 1}, {("ORG", "PER"): 1}, {}),
    # a name nobody annotated: spurious; a missed place: none
    ({"PER": [], "ORG": [], "LOC": ["Kota Bandung"]}, {"PER": ["Logistik"], "ORG": [], "LOC": []},
     {}, {"LOC": 1}, {"PER": 1}, {("LOC", None): 1}, {"PER": 1}),
    # leading Kota aside, places match
    ({"PER": [], "ORG": [], "LOC": ["Kota Bandung"]}, {"PER": [], "ORG": [], "LOC": ["Bandung"]},
     {"LOC": 1}, {}, {}, {}, {}),
])
def test_compare(gold, pred, tp, fn, fp, confusion, spurious):
    result = {k: {key: n for key, n in v.items() if n} if k != "rows" else v for k, v in compare(gold, pred).items()}
    assert dict(result["tp"]) == tp and dict(result["fn"]) == fn and dict(result["fp"]) == fp
    assert dict(result["confusion"]) == confusion and dict(result["spurious"]) == spurious
