"""Names written like a person's that are no person (``pipeline.extract.named_things``): invented
names and sentences; the entities before the rule are given by hand, as the model would give them."""
from __future__ import annotations

import pytest

from pipeline.extract import named_things
from pipeline.extract.entities import knowledge
from pipeline.extract.person_types import lexicons
from tests.extract.test_person_types import _doc  # (text, names or (name, label) pairs in order)


def _kept(nlp, text, ents):
    doc = _doc(nlp, text, ents)
    return [(e.text, e.label_) for e in named_things.named_things(doc, tuple(doc.ents), knowledge(nlp), lexicons())]


@pytest.mark.parametrize("text,ents,expected", [
    # a nickname with a foreign article: no person; a Balinese name with I is one
    ("Gaya bermain Die Velmoren tak cocok untuknya.", ["Die Velmoren"], []),
    ("Peluang emas didapat I Sorvanelli lewat Budi Santoso.", ["I Sorvanelli", "Budi Santoso"],
     [("Budi Santoso", "PER")]),
    ("Kiper I Made Wirawan tampil gemilang.", ["I Made Wirawan"], [("I Made Wirawan", "PER")]),
    ("Los Corvanos kalah dari Budi Santoso.", ["Los Corvanos", "Budi Santoso"], [("Budi Santoso", "PER")]),
    # the end of an English X and Y name: one organisation with the organisation before it, else nothing
    ("Mereka mengalahkan Velmora and Kastel Ungu dua gol.", [("Velmora", "ORG"), "Kastel Ungu"],
     [("Velmora and Kastel Ungu", "ORG")]),
    ("Produk Sorvan & Rudrik laris.", ["Rudrik"], []),
    # two people joined by dan stay two people
    ("Budi Santoso dan Rina Wibowo hadir.", ["Budi Santoso", "Rina Wibowo"],
     [("Budi Santoso", "PER"), ("Rina Wibowo", "PER")]),
    # colours after a colour noun, alone or listed
    ("Mobil itu tersedia dalam 3 warna yang berbeda, Arktik Putih, Mokka Beku dan Hitam Fajar.",
     ["Arktik Putih", "Mokka Beku", "Hitam Fajar"], []),
    ("Ada 5 pilihan warnanya yaitu Salju Mutiara, Perak Terang, dan Biru Dalam.",
     ["Salju Mutiara", "Perak Terang", "Biru Dalam"], []),
    ("Varian tertinggi hanya berwarna Merah Velmora.", ["Merah Velmora"], []),
    # a person after a colour's clause and its comma, or after a new sentence, stays
    ("Mobil pelaku berwarna hitam, Budi Santoso mengatakan.", ["Budi Santoso"], [("Budi Santoso", "PER")]),
    ("Pilih warna yang kamu suka. Budi Santoso, Rina Wibowo dan Dodi Kusuma setuju.",
     ["Budi Santoso", "Rina Wibowo", "Dodi Kusuma"],
     [("Budi Santoso", "PER"), ("Rina Wibowo", "PER"), ("Dodi Kusuma", "PER")]),
    # a name the text writes after di / ke and never where only a person's stands: a place
    ("Ia tak akan kembali ke Velmora Arena musim depan. Velmora Arena penuh.", ["Velmora Arena", "Velmora Arena"],
     [("Velmora Arena", "LOC"), ("Velmora Arena", "LOC")]),
    # not a person's short form, nor a person the text confirms elsewhere
    ("Bola seharusnya ke Marcus, kata Marcus Wibowo.", ["Marcus", "Marcus Wibowo"],
     [("Marcus", "PER"), ("Marcus Wibowo", "PER")]),
    ("Keputusan bukan di saya, di Pak Sorvan.", ["Pak Sorvan"], [("Pak Sorvan", "PER")]),
    ("Surat itu dikirim ke Sorvan. Hal itu dibenarkan Pak Sorvan.", ["Sorvan", "Sorvan"],
     [("Sorvan", "PER"), ("Sorvan", "PER")]),
])
def test_named_things(sentences_nlp, text, ents, expected):
    assert _kept(sentences_nlp, text, ents) == expected


@pytest.mark.parametrize("before", ["Hadir dalam rapat", "Mobil itu tersedia dalam warna"])
def test_work_grows_linearly_on_a_long_list(nlp, before):
    """A list of names 10 times longer costs at most 12 times the calls (each name walked back over the
    others to a colour noun was quadratic: 8,000 names took 35 CPU-s)."""
    from tests.conftest import count_calls

    calls = []
    for n in (100, 1000):
        names = [f"Budi Santoso{k}" for k in range(n)]
        doc = _doc(nlp, f"{before} " + ", ".join(names) + ".", names)
        calls.append(count_calls(named_things.named_things, doc, tuple(doc.ents), knowledge(nlp), lexicons()))
    assert calls[1] / calls[0] <= 12


@pytest.mark.parametrize("text,ents,expected", [
    # a results table: the team's column after the name, a mark no name holds
    ("Velmora Racing unggul. Budi Santoso juara.\n1. Budi Santoso Velmora Racing 1 menit\n2. Rino Wirawan Garuda + 0,2",
     ["Budi Santoso", "Budi Santoso Velmora Racing", "Rino Wirawan Garuda +"],
     ["Budi Santoso", "Budi Santoso", "Rino Wirawan Garuda"]),
    ("1. Andi Lemos Garuda Tim + 1,2\n2. Dodi Karto Garuda Tim + 1,5",
     ["Andi Lemos Garuda Tim +", "Dodi Karto Garuda Tim +"], ["Andi Lemos", "Dodi Karto"]),
    # names of three words stay: the first two never alone, a family name two people share in prose
    ("Juan Carlo del Torro menang. Bagi del Torro, itu cukup.", ["Juan Carlo del Torro", "del Torro"],
     ["Juan Carlo del Torro", "del Torro"]),
    ("Budi Santoso Wijaya dan Rina Dewi Wijaya hadir.", ["Budi Santoso Wijaya", "Rina Dewi Wijaya"],
     ["Budi Santoso Wijaya", "Rina Dewi Wijaya"]),
    # a known place after the name (no word of a person's name): cut; a place that names people too: kept
    ("Bek kiri Andi Lemos Jerman cedera.", ["Andi Lemos Jerman"], ["Andi Lemos"]),
    # an initial or a slash glued to a word is no mark that ends the name; a shared family name after another name
    ("Karya Philo S. Rosenbor dan Kenas Adi Harjo/ Rino Wirawan.", ["Philo S. Rosenbor", "Kenas Adi Harjo/ Rino Wirawan"],
     ["Philo S. Rosenbor", "Kenas Adi Harjo/ Rino Wirawan"]),
    ("Anak kami Btara Langit Anando lahir. Btara Langit lahir sehat. Kakaknya Btari Embun Anando.",
     ["Btara Langit Anando", "Btara Langit"], ["Btara Langit Anando", "Btara Langit"]),
    ("Ia memuji Rina Wulan Paris.", ["Rina Wulan Paris"], ["Rina Wulan Paris"]),
])
def test_team_tails(sentences_nlp, text, ents, expected):
    from pipeline.extract.entities import team_tails
    doc = _doc(sentences_nlp, text, ents)
    tails = team_tails(doc, tuple(doc.ents), frozenset({"Jerman", "Paris"}), frozenset({"Paris"}))
    assert [doc[e.start:tails.get(e.start, e.end)].text for e in doc.ents] == expected


@pytest.mark.parametrize("text,ents,expected", [
    ("Menurut Project Manager PT Velmora, Budi Santoso, proyek selesai.", ["Project Manager", "Budi Santoso"],
     ["Budi Santoso"]),
    ("Hal itu dikatakan Country Director Rina Wulandari.", ["Country Director", "Rina Wulandari"], ["Rina Wulandari"]),
    # a name whose last word is no title head, a head in small letters
    ("Budi Manangger datang bersama Rina director.", ["Budi Manangger", "Rina"], ["Budi Manangger", "Rina"]),
])
def test_english_title_is_no_person(nlp, text, ents, expected):
    doc = _doc(nlp, text, ents)
    got = named_things.named_things(doc, tuple(doc.ents), knowledge(nlp), lexicons())
    assert [e.text for e in got if e.label_ == "PER"] == expected


SPORTS = "Dalam laga itu, pemain tengah mencetak gol lewat tendangan penalti di menit akhir pertandingan. "


@pytest.mark.parametrize("text,ents,expected", [
    (SPORTS + "Laskar Budi Santoso kalah. Singo Kerto menekan.", ["Laskar Budi Santoso", "Singo Kerto"], []),
    (SPORTS + "Gol dicetak Rina Wulandari.", ["Rina Wulandari"], ["Rina Wulandari"]),
    # outside a sports report, one word alone: left alone
    ("Laskar Budi Santoso berdemo di depan kantor itu.", ["Laskar Budi Santoso"], ["Laskar Budi Santoso"]),
    (SPORTS + "Singo datang.", ["Singo"], ["Singo"]),
])
def test_team_nickname_is_no_person(nlp, text, ents, expected):
    doc = _doc(nlp, text, ents)
    got = named_things.named_things(doc, tuple(doc.ents), knowledge(nlp), lexicons())
    assert [e.text for e in got if e.label_ == "PER"] == expected
