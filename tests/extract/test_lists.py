"""Coordinated lists of names (``pipeline.extract.lists``): invented names and sentences; the
entities before the list rule are given by hand, as the NER model and the other rules would give them."""
from __future__ import annotations

import pytest
import spacy

import pipeline.nlp  # noqa: F401  (registers the components)
from pipeline.extract import lists
from pipeline.extract.entities import knowledge
from pipeline.extract.person_types import lexicons
from tests.conftest import count_lines, invented_word
from tests.extract.test_person_types import _doc  # (text, (name, label) pairs found in order)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences")
    return nlp


def _typed(nlp, text, ents):
    doc = _doc(nlp, text, ents)
    return sorted((e.text, e.label_) for e in lists.list_types(doc, knowledge(nlp), lexicons(), tuple(doc.ents)))


@pytest.mark.parametrize("text,ents,expected", [
    # the typed siblings agree: the odd item and the dropped ones take their type
    ("Mitra mereka adalah Velmora Tani, Kastel Ungu, Rudrik Niaga, Sorvan, dan Lintar Pangan.",
     [("Velmora Tani", "ORG"), ("Kastel Ungu", "PER"), ("Rudrik Niaga", "ORG"), ("Lintar Pangan", "ORG")],
     [("Kastel Ungu", "ORG"), ("Lintar Pangan", "ORG"), ("Rudrik Niaga", "ORG"), ("Sorvan", "ORG"),
      ("Velmora Tani", "ORG")]),
    # a class noun before the list: acronyms and one-word items are organisations there
    ("Dua stasiun televisi nasional, KTVX dan Rona TV, ikut terdampak.", [],
     [("KTVX", "ORG"), ("Rona TV", "ORG")]),
    # a genre noun the list is predicated of
    ("Nama-nama seperti Qorvi, Lumbra, dan Sintek tercatat sebagai startup binaan.", [("Lumbra", "PER")],
     [("Lumbra", "ORG"), ("Qorvi", "ORG"), ("Sintek", "ORG")]),
    # villages after an administrative head: places, a gazetteer name added, a model person retyped
    ("Kerusakan tersebar di Kecamatan Sukamaju, Karangjati, Wonoasri, dan Tanjungsari.",
     [("Kecamatan Sukamaju", "LOC"), ("Karangjati", "PER"), ("Tanjungsari", "ORG")],
     [("Karangjati", "LOC"), ("Kecamatan Sukamaju", "LOC"), ("Tanjungsari", "LOC"), ("Wonoasri", "LOC")]),
    # a line-up: numbered players, one read as an organisation, one missing
    ("Tim Garuda: 1 - Budi Santoso; 4 - Rina Wibowo, 5 - Dodi Kusuma, 8 - Teguh, 10 - Sari Lestari.",
     [("Budi Santoso", "PER"), ("Rina Wibowo", "PER"), ("Dodi Kusuma", "ORG"), ("Sari Lestari", "PER")],
     [("Budi Santoso", "PER"), ("Dodi Kusuma", "PER"), ("Rina Wibowo", "PER"), ("Sari Lestari", "PER"),
      ("Teguh", "PER")]),
])
def test_items_take_the_type_of_their_list(nlp, text, ents, expected):
    assert _typed(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # commas alone chain appositions: a person after places keeps being a person
    ("Seorang pedagang di Pasar Sukamaju, Karangjati, Budi Santoso, mengatakan harga naik.",
     [("Pasar Sukamaju", "LOC"), ("Karangjati", "LOC"), ("Budi Santoso", "PER")]),
    # a mixed list: no type holds more items than the others together
    ("Hadir Budi Santoso, Velmora Tani, Karangjati, dan Kastel Ungu.",
     [("Budi Santoso", "PER"), ("Velmora Tani", "ORG"), ("Karangjati", "LOC"), ("Kastel Ungu", "PER")]),
    # a person noun takes organisations too: no list of people
    ("Ia bertemu pengurus DPD dan DPC Partai Lintar.", [("DPD", "ORG"), ("DPC Partai Lintar", "ORG")]),
    # sure contexts hold their own type: an institution head, an acronym
    ("Mereka adalah Budi Santoso, Rina Wibowo, dan Yayasan Kastel Ungu.",
     [("Budi Santoso", "PER"), ("Rina Wibowo", "PER"), ("Yayasan Kastel Ungu", "ORG")]),
    # the complement of an occupation that names a set, before the comma of the list in apposition: its
    # organisation, no member (duo pebalap X, A dan B)
    ("Posisi teratas ditempati duo pebalap Velmora, Budi Santoso dan Rina Wibowo.",
     [("Velmora", "ORG"), ("Budi Santoso", "PER"), ("Rina Wibowo", "PER")]),
    ("Kedua pemain Sorvan, Budi Santoso dan Rina Wibowo, absen.",
     [("Sorvan", "ORG"), ("Budi Santoso", "PER"), ("Rina Wibowo", "PER")]),
    # a run glued to a title is its unit, no item; the month of the calendar is no name
    ("Menjelang bulan Ramadhan, Velmora Tani dan Rudrik Niaga menggelar bazar.",
     [("Velmora Tani", "ORG"), ("Rudrik Niaga", "ORG")]),
    # an address is one name whatever its commas
    ("Kantornya di Jl. Melati, Kel. Karangjati, Kec. Wonoasri dan Kota Sukamaju.",
     [("Jl. Melati", "LOC"), ("Kota Sukamaju", "LOC")]),
    # a Title-Case headline: its capitals mark no names
    ("Velmora Tani, Rudrik Niaga dan Sorvan Bersaing Ketat Rebut Pasar\n\nPersaingan makin ketat tahun ini.",
     [("Velmora Tani", "ORG"), ("Rudrik Niaga", "ORG")]),
    # features and works named in English: the model's types there say nothing
    ("Fitur barunya antara lain Join Codes, Smart Templates, Class Notes dan Decimal Grading.",
     [("Join Codes", "LOC"), ("Smart Templates", "LOC"), ("Decimal Grading", "PER")]),
])
def test_lists_left_alone(nlp, text, ents):
    assert _typed(nlp, text, ents) == sorted(ents)


def test_a_multiword_organisation_is_not_made_a_person(nlp):
    text = "Trio Kastel Ungu, Budi Santoso, Rina Wibowo, dan Dodi Kusuma, meraih perunggu."
    ents = [("Trio Kastel Ungu", "ORG"), ("Budi Santoso", "PER"), ("Rina Wibowo", "PER"), ("Dodi Kusuma", "PER")]
    assert ("Trio Kastel Ungu", "ORG") in _typed(nlp, text, ents)


def _list_work(nlp, names: int) -> int:
    """Lines run by :func:`lists.list_types` on one sentence listing ``names`` one-word names."""
    text = "Mitra mereka adalah " + ", ".join(invented_word(k) for k in range(names)) + ", dan Velmora Tani."
    doc = _doc(nlp, text, [(invented_word(0), "ORG"), (invented_word(1), "ORG")])
    kb, lex = knowledge(nlp), lexicons()
    return count_lines(lists.list_types, doc, kb, lex, tuple(doc.ents))


def test_a_long_list_grows_linearly(nlp):
    """A hostile document listing a thousand names: each token is read once (no walk back over the list)."""
    _list_work(nlp, 3)
    small, large = _list_work(nlp, 100), _list_work(nlp, 1000)
    assert small > 500
    assert large <= 12 * small, (small, large)


@pytest.mark.parametrize("text,expected", [
    # a formation line-up: a keeper, the lines closed by semicolons, substitutes with their minute
    ("Garuda Muda (4-3-3): Kartolo; Sembiring, Van Rudan, Lemos (Tarigan 68'), Wirawan; Sorvan, Dirgo, "
     "Pelinka; Ardanu, Budi Santoso (Rinaldo 81’), Qorvi.",
     ["Kartolo", "Sembiring", "Van Rudan", "Lemos", "Tarigan", "Wirawan", "Sorvan", "Dirgo", "Pelinka",
      "Ardanu", "Budi Santoso", "Rinaldo", "Qorvi"]),
    ("Velmora: Kartolo; Sembiring, Lemos, Wirawan, Dirgo; Sorvan, Pelinka (Ardanu 91 '); Qorvi.",
     ["Kartolo", "Sembiring", "Lemos", "Wirawan", "Dirgo", "Sorvan", "Pelinka", "Ardanu", "Qorvi"]),
    # no line-up: too few players, no semicolon, a clause among the items, a title-case sentence
    ("Velmora: Kartolo; Sembiring, Lemos.", []),
    ("Hadir: Kartolo, Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi.", []),
    ("Catatan: Kartolo datang terlambat; Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi.", []),
    ("Pemain Sembiring; Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi, Ardanu.", []),
])
def test_formation_lineups(text, expected):
    assert [text[s:e] for s, e in lists.formation_lineups(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a line-up with commas alone: a team's side, its substitutes, a side whose head the text lost
    ("Velmora: Kartolo, Sembiring, Van Rudan, Lemos, Wirawan, Sorvan (Tarigan 68 '), Dirgo, Qorvi.",
     ["Kartolo", "Sembiring", "Van Rudan", "Lemos", "Wirawan", "Sorvan", "Tarigan", "Dirgo", "Qorvi"]),
    ("Kartolo, Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi",
     ["Kartolo", "Sembiring", "Lemos", "Wirawan", "Dirgo", "Sorvan", "Pelinka", "Qorvi"]),
    ("Cadangan: Kartolo, Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Budi Santoso. (abc)",
     ["Kartolo", "Sembiring", "Lemos", "Wirawan", "Dirgo", "Sorvan", "Budi Santoso"]),
    # not: too few names, a clause or a long name among them, semicolons (the formation rule's)
    ("Velmora: Kartolo, Sembiring, Lemos, Wirawan, Dirgo, Sorvan.", []),
    ("Kartolo datang, Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi.", []),
    ("Persatuan Sepak Bola Velmora Raya, Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi.", []),
    ("Velmora: Kartolo; Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka (Ardanu 91 '); Qorvi.", []),
])
def test_comma_lineups(text, expected):
    assert [text[s:e] for s, e in lists.comma_lineups(text)] == expected


def test_comma_lineups_only_in_sports_reports_and_without_places(nlp):
    from pipeline.extract.entities import knowledge
    kb = knowledge(nlp)
    line = "\nVelmora: Kartolo, Sembiring, Lemos, Wirawan, Dirgo, Sorvan, Pelinka, Qorvi."
    sports = "Dalam laga itu, pemain tengah mencetak gol lewat tendangan penalti di menit akhir pertandingan." + line
    doc = _doc(nlp, sports, [])
    got = [e.text for e in lists.lineup_people(doc, tuple(doc.ents), kb)]
    assert got == ["Kartolo", "Sembiring", "Lemos", "Wirawan", "Dirgo", "Sorvan", "Pelinka", "Qorvi"]
    doc = _doc(nlp, "Rapat digelar di balai desa." + line, [])
    assert list(lists.lineup_people(doc, tuple(doc.ents), kb)) == []
    cities = sports + "\nTuan rumah: Jakarta, Bandung, Kartolo, Sembiring, Lemos, Wirawan, Dirgo."
    doc = _doc(nlp, cities, [])
    assert "Bandung" not in [e.text for e in lists.lineup_people(doc, tuple(doc.ents), kb)]


def test_lineup_players_become_people(nlp):
    text = "Velmora: Kartolo; Sembiring, Lemos, Wirawan, Dirgo; Sorvan, Pelinka (Ardanu 91'); Qorvi."
    doc = _doc(nlp, text, [("Velmora", "ORG"), ("Lemos", "LOC"), ("Sorvan", "ORG"), ("Qorvi", "PER")])
    got = sorted((e.text, e.label_) for e in lists.lineup_people(doc, tuple(doc.ents)))
    assert got == sorted([("Velmora", "ORG")] + [(w, "PER") for w in (
        "Kartolo", "Sembiring", "Lemos", "Wirawan", "Dirgo", "Sorvan", "Pelinka", "Ardanu", "Qorvi")])


@pytest.mark.parametrize("text,ents,expected", [
    # a list of people: its untyped one-word names are people too
    ("Trio bek yang digalang Ferdinhano, Budi Santoso dan Rina Wibowo tampil apik.", ["Budi Santoso", "Rina Wibowo"],
     ["Ferdinhano"]),
    ("Pameran menampilkan karya perupa seperti Nasirano, Budi Santoso, Rina Wibowo, dan Melodira.",
     ["Budi Santoso", "Rina Wibowo"], ["Nasirano", "Melodira"]),
    # not: one person only, a typed organisation among them, a common word, a known place
    ("Hadir Ferdinhano dan Budi Santoso.", ["Budi Santoso"], []),
    ("Hadir Ferdinhano, Budi Santoso, dan Velmora Tani.", ["Budi Santoso", ("Velmora Tani", "ORG")], []),
    ("Hadir Budi Santoso, Rina Wibowo, dan Panitia.", ["Budi Santoso", "Rina Wibowo"], []),
    ("Hadir Budi Santoso, Rina Wibowo, dan Bandung.", ["Budi Santoso", "Rina Wibowo"], []),
])
def test_listed_people(nlp, text, ents, expected):
    doc = _doc(nlp, text, ents)
    before = {e.text for e in doc.ents}
    got = lists.listed_people(doc, knowledge(nlp), lexicons(), tuple(doc.ents))
    assert [e.text for e in got if e.text not in before] == expected
