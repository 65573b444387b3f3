"""Music acts and stage names (issue 13): the name right after an act's noun (``band``, ``boyband``, ``grup
musik``) or a member's (``personel``, ``pentolan``) is the act's, an organisation; a one-word name right after a
performer's noun (``penyanyi``, ``pedangdut``: ``occupations.txt`` section solo) is a person. Invented names and
sentences, with model entities given."""
import pytest

from pipeline.extract.entities import knowledge
from tests.conftest import with_model_ents


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline()


@pytest.mark.parametrize("text,model,kept,dropped", [
    # the model reads an act as a person, or as one word in capitals it drops: the noun before makes it an act
    ("Lagu itu ditulis bersama personel Salju Biru, Joni Marsudi.", [("Salju Biru", "PER"), ("Joni Marsudi", "PER")],
     [("Salju Biru", "ORG"), ("Joni Marsudi", "PER")], [("Salju Biru", "PER")]),
    ("Kim Tae Sun, salah satu personel ZORVANE, hadir.", [("Kim Tae Sun", "PER"), ("ZORVANE", "PER")],
     [("ZORVANE", "ORG"), ("Kim Tae Sun", "PER")], []),
    ("Personel boyband KELVAR tiba di Jakarta pada Senin.", [("KELVAR", "ORG"), ("Jakarta", "LOC")],
     [("KELVAR", "ORG")], []),
    ("Ia adalah sahabat pentolan Gardamora dan Selvatone tersebut.",
     [("Gardamora", "PER"), ("Selvatone", "PER")], [("Gardamora", "ORG"), ("Selvatone", "ORG")], []),
    # the model found no name: the capitalised words after an act's noun, a genre word between
    ("Arya kini menjadi vokalis band hardrock Serigala Malam.", [], [("Serigala Malam", "ORG")], []),
    ("Malam itu band AC / DX tampil.", [], [("AC / DX", "ORG")], []),
    # negative: the members after a comma, a rank after personel, a place, a link word, a genre with a hyphen
    ("Dua personel, Budi Santoso dan Andi Wijaya, tiba.", [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")],
     [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")], []),
    ("Personel Brimob Bripda Agus Salimun terluka.", [("Agus Salimun", "PER")], [("Bripda Agus Salimun", "PER")],
     [("Bripda Agus Salimun", "ORG")]),
    ("Penampilan band asal Bandung itu memukau.", [("Bandung", "LOC")], [("Bandung", "LOC")], []),
    ("Ia bergabung dengan band pimpinan Joko Santoso.", [("Joko Santoso", "PER")], [("Joko Santoso", "PER")], []),
    ("Ia bergabung dengan sebuah band K - pop asal Seoul.", [("Seoul", "LOC")], [], [("K", "ORG")]),
    ("Hiburan marching band. Rombongan datang.", [], [], [("Rombongan", "ORG")]),
    ("Mereka berdiskusi di grup WhatsApp.", [("WhatsApp", "ORG")], [], [("WhatsApp", "ORG")]),
    # a model place right after the act's noun is a country or city far more often
    ("Ia penggemar boyband Korea lainnya.", [("Korea", "LOC")], [("Korea", "LOC")], [("Korea", "ORG")]),
    # a one-word person of the model after a performer's noun stays, a common word too
    ("Penyanyi Rendrago merilis album baru pekan ini.", [("Rendrago", "PER")], [("Rendrago", "PER")], []),
    ("Musisi Markelo direncanakan tampil di Sydney.", [("Markelo", "PER"), ("Sydney", "LOC")],
     [("Markelo", "PER")], []),
    ("Kali ini giliran pedangdut Sulastri yang menjadi sorotan.", [("Sulastri", "PER")], [("Sulastri", "PER")], []),
    ("Penyanyi Tulus merilis album. Menurut pernyataan pihak Tulus, album itu selesai.",
     [("Tulus", "PER")], [("Tulus", "PER")], []),
    # ... or before a performer's noun in apposition
    ("Ia menang berkat Sulastri, penyanyi asal Tegal yang tinggal di Paris.", [("Sulastri", "PER"), ("Tegal", "LOC")],
     [("Sulastri", "PER")], []),
    # negative: a word of places and organisations (where the performer works), no performer's noun
    ("Suaranya adalah milik sang aktor Hollywood.", [("Hollywood", "PER")], [], [("Hollywood", "PER")]),
    ("Kabar itu datang dari Rendrago kemarin.", [("Rendrago", "PER")], [], [("Rendrago", "PER")]),
    ("Kabar itu datang dari Rendrago, wartawan Tegal.", [("Rendrago", "PER")], [], [("Rendrago", "PER")]),
])
def test_music_acts_and_stage_names(nlp, text, model, kept, dropped):
    got = set(with_model_ents(nlp, text, model))
    assert set(kept) <= got and not set(dropped) & got, got


def test_the_lexicon_classes(nlp):
    kb = knowledge(nlp)
    assert {("band",), ("boyband",), ("grup", "musik")} <= kb.act_nouns and ("grup",) not in kb.act_nouns
    assert {("personel",), ("pentolan",)} <= kb.member_nouns
    assert {"penyanyi", "pedangdut", "rapper"} <= kb.solo_nouns
    assert not {"vokalis", "gitaris", "wartawan", "pelantun"} & kb.solo_nouns
