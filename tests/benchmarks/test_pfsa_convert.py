"""PFSA-ID BILOU -> records-v1 gold on a tiny inline sample (``pipeline.benchmarks.pfsa``)."""
from __future__ import annotations

import pytest

from pipeline.benchmarks import pfsa

# a Kompas dateline and a tagged person, as PFSA-ID opens its documents
DATELINE = """JAKARTA\tO
,\tO
KOMPAS\tO
—\tO
"""
BUDI = """Ketua\tB-ROLE
RT\tL-ROLE
Budi\tB-PERSON
Santoso\tL-PERSON
hadir\tO
.\tO
"""

SAMPLE = DATELINE + BUDI + """
”\tB-STATEMENT
Kami\tI-STATEMENT
siap\tI-STATEMENT
membantu\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Budi\tU-PERSONCOREF
.\tO

”\tB-STATEMENT
Bantuan\tI-STATEMENT
datang\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
ujarnya\tU-CUECOREF
.\tO

BANDUNG\tO
,\tO
KOMPAS\tO
—\tO
Hujan\tO
turun\tO
.\tO
"""


@pytest.fixture(scope="module")
def docs():
    return list(pfsa.read_bilou(SAMPLE.splitlines(keepends=True)))


def test_documents_split_at_dateline(docs):
    assert len(docs) == 2
    assert [t.text for t in docs[1].tokens[:3]] == ["BANDUNG", ",", "KOMPAS"]


def test_detokenise_alternates_quotes(docs):
    text, offsets = pfsa.detokenise(docs[0].tokens)
    assert text.startswith("JAKARTA, KOMPAS — Ketua RT Budi Santoso hadir.")
    assert "”Kami siap membantu,” kata Budi." in text
    assert all(text[s:e] == t.text for (s, e), t in zip(offsets, docs[0].tokens))


@pytest.mark.parametrize("labels,spans", [
    (["B-X", "I-X", "L-X", "O"], [(0, 3, "X")]),
    (["U-X", "U-Y"], [(0, 1, "X"), (1, 2, "Y")]),
    (["B-X", "I-X", "O", "U-Y"], [(0, 2, "X"), (3, 4, "Y")]),  # a span broken before its L
    (["O", "O"], []),
])
def test_bilou_spans(labels, spans):
    assert pfsa.bilou_spans(labels) == spans


def test_gold_quotes_and_speakers(docs):
    gold = pfsa.to_gold(docs[0], "d0")
    assert [q["text"] for q in gold["quotes"]] == ["Kami siap membantu,", "Bantuan datang,"]
    assert [q["speaker"] for q in gold["quotes"]] == ["Budi Santoso", "Budi Santoso"]
    assert [q["cue"] for q in gold["quotes"]] == ["kata", "ujarnya"]
    assert gold["people"] == [{"name": "Budi Santoso", "roles": []}]
    assert pfsa.to_gold(docs[1], "d1")["quotes"] == []


def test_public_only_keeps_quotes_without_speaker():
    pred = {"d": {"quotes": [{"text": "a", "speaker_public": True}, {"text": "b", "speaker_public": False},
                             {"text": "c", "speaker_public": None}]}}
    assert [q["text"] for q in pfsa.public_only(pred)["d"]["quotes"]] == ["a", "c"]


def test_score_counts_direct_quotes():
    gold = [{"id": "d", "quotes": [{"text": "Kami siap membantu", "speaker": "Budi Santoso"}]}]
    pred = {"d": {"quotes": [{"text": "Kami siap membantu", "speaker": "Budi Santoso", "kind": "direct"},
                             {"text": "lain sama sekali", "speaker": None, "kind": "direct"},
                             {"text": "Kami siap membantu", "speaker": None, "kind": "indirect"}]}}
    result = pfsa.score(gold, pred)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 0)
    assert result["speaker_accuracy"] == 1.0
    assert result["errors"] == []


def test_score_lists_wrong_speakers():
    gold = [{"id": "d", "quotes": [{"text": "Kami siap membantu", "speaker": "Budi Santoso", "named": True,
                                    "cue": "kata"}]}]
    pred = {"d": {"quotes": [{"text": "Kami siap membantu", "speaker": "Santoso", "kind": "direct"}]}}
    result = pfsa.score(gold, pred)
    assert result["named_accuracy"] == 0.0
    assert result["errors"] == [("d", True, "Santoso", "Budi Santoso", "kata", "Kami siap membantu")]


CORE = DATELINE + """Presiden\tU-ROLE
Joko\tB-PERSON
Wardoyo\tL-PERSON
hadir\tO
.\tO

Menteri\tB-ROLE
Pertahanan\tL-ROLE
Darmawan\tB-PERSON
Suprapto\tL-PERSON
juga\tO
hadir\tO
.\tO

”\tB-STATEMENT
Kita\tI-STATEMENT
siap\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
ujar\tU-CUE
Presiden\tU-PERSONCOREF
.\tO

”\tB-STATEMENT
Kami\tI-STATEMENT
juga\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Kalani\tU-PERSONCOREF
.\tO

”\tB-STATEMENT
Ini\tI-STATEMENT
penting\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
katanya\tU-CUECOREF
.\tO
"""


def test_coreferent_speakers():
    (doc,) = pfsa.read_bilou(CORE.splitlines(keepends=True))
    gold = pfsa.to_gold(doc, "d")
    # a title resolves through the ROLE before a PERSON; a name that no PERSON holds is unknown
    # (not the last person named); a -nya cue takes who the last name stands for
    assert [q["speaker"] for q in gold["quotes"]] == ["Joko Wardoyo", None, None]


@pytest.mark.parametrize("name,clean", [
    ("Letjen TNI (Purn) Suharjo", "Suharjo"),
    ("dokter Rina Hapsari", "Rina Hapsari"),
    ("Komisaris Besar Yusran Yunan", "Yusran Yunan"),
    ("Sari Wulandari", "Sari Wulandari"),
    ("Laut dokter gigi M Fauzan", "M Fauzan"),
    ("Abu Bakar bin Ahmad", "Abu Bakar bin Ahmad"),
])
def test_clean_name(name, clean):
    assert pfsa._clean_name(name) == clean


PRONOUN = DATELINE + BUDI + """
Ia\tU-PERSONCOREF
menambahkan\tO
hal\tO
itu\tO
.\tO

”\tB-STATEMENT
Kami\tI-STATEMENT
siap\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
dia\tU-PERSONCOREF
.\tO

”\tB-STATEMENT
Bantuan\tI-STATEMENT
datang\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
ujarnya\tU-CUECOREF
.\tO

Camat\tO
Karto\tO
menambahkan\tO
,\tO
warga\tO
tenang\tO
.\tO

”\tB-STATEMENT
Aman\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
ujarnya\tU-CUECOREF
.\tO
"""


def test_pronouns_and_untagged_speakers():
    (doc,) = pfsa.read_bilou(PRONOUN.splitlines(keepends=True))
    gold = pfsa.to_gold(doc, "d")
    # "kata dia" and a -nya cue after "Ia" stand for the last name before them; an untagged name
    # that speaks in between ("Karto menambahkan") makes the speaker unknown
    assert [q["speaker"] for q in gold["quotes"]] == ["Budi Santoso", "Budi Santoso", None]
    # the older conversion (``untagged=False``) gives the last tagged name instead
    old = pfsa.to_gold(doc, "d", untagged=False)
    assert [q["speaker"] for q in old["quotes"]] == ["Budi Santoso", "Budi Santoso", "Budi Santoso"]


@pytest.mark.parametrize("tokens,text", [
    # a mark after a comma and before a lower-case word closes, whatever the alternation says
    ([("kata", "O"), ("Budi", "O"), (",", "O"), ("”", "O"), ("ujar", "O"), ("Ani", "O")], "kata Budi,” ujar Ani"),
    ([("Ia", "O"), ("menyebut", "O"), ("”", "O"), ("jalan", "O"), ("maut", "O"), ("”", "O"), ("itu", "O")],
     "Ia menyebut ”jalan maut” itu"),
])
def test_detokenise_marks(tokens, text):
    assert pfsa.detokenise([pfsa.Token(t, label) for t, label in tokens])[0] == text
