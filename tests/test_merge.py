"""Cross-document merging of people and organisations (pipeline.merge)."""
import random

import pytest

from pipeline.merge import (
    OrgItem,
    PersonItem,
    initials,
    is_acronym,
    merge_organizations,
    merge_people,
    name_tokens,
    strip_name,
)


def _groups(items, clusters):
    """Each cluster as a frozenset of (doc_id, name)."""
    return {frozenset((items[i].doc_id, items[i].name) for i in c.members) for c in clusters}


def _together(items, clusters, a, b) -> bool:
    return any(a in g and b in g for g in _groups(items, clusters))


@pytest.mark.parametrize("name,stripped", [
    ("Dr. Budi Gunarso Salim, M.Kes.", "Budi Gunarso Salim"),
    ("Prof. Dr. Ir. H. Ali Ghufran Mukhlis", "Ali Ghufran Mukhlis"),
    ("Mayjen TNI Hendra Wicaksono Putra, S.Sos., M.Han.", "Hendra Wicaksono Putra"),
    ("Hj. Laila Nurhayati S.E.", "Laila Nurhayati"),
    ("Presiden Darmawan Suprapto", "Darmawan Suprapto"),
    ("Bapak", "Bapak"),  # a lone honorific is left alone, never emptied
    ("Sahara", "Sahara"),
])
def test_strip_name(name, stripped):
    assert strip_name(name) == stripped


@pytest.mark.parametrize("a,b", [
    ("Soedarmo", "Sudarmo"),  # old spelling
    ("Djoko Susilo", "Joko Susilo"),
    ("Ir. Bagus Hadiwinoto, M.Sc.", "bagus  hadiwinoto"),
])
def test_name_tokens_equal(a, b):
    assert name_tokens(a) == name_tokens(b)


# (items as (doc, name[, organisations]), pair that must be merged or None, pair that must not be merged or None)
DINKES = "org_dinas_kesehatan_kota_sukamaju"
PEOPLE = [
    # same person with and without honorifics and degrees, across documents
    ([("d1", "Dr. Budi Gunarso Salim, M.Kes."), ("d2", "Budi Gunarso Salim")],
     (("d1", "Dr. Budi Gunarso Salim, M.Kes."), ("d2", "Budi Gunarso Salim")), None),
    ([("d1", "Mayjen TNI Hendra Wicaksono Putra"), ("d2", "Hendra Wicaksono Putra, S.Sos.")],
     (("d1", "Mayjen TNI Hendra Wicaksono Putra"), ("d2", "Hendra Wicaksono Putra, S.Sos.")), None),
    # short name and full name within one document
    ([("d1", "Darmawan Suprapto"), ("d1", "Darmawan")], (("d1", "Darmawan"), ("d1", "Darmawan Suprapto")), None),
    ([("d1", "Andreas Yosef Pareda"), ("d1", "Yosef")], (("d1", "Yosef"), ("d1", "Andreas Yosef Pareda")), None),
    # a short name that two people of the document share stays apart
    ([("d1", "Budi Gunarso Salim"), ("d1", "Budi Prasetya"), ("d1", "Budi")],
     None, (("d1", "Budi"), ("d1", "Budi Prasetya"))),
    # a given name across documents, one full name holding it: merged only with a second piece of evidence
    ([("d1", "Galih Rakasiwi Raharja"), ("d2", "Galih")], None, (("d2", "Galih"), ("d1", "Galih Rakasiwi Raharja"))),
    ([("d1", "Galih Rakasiwi Raharja", (DINKES,)), ("d2", "Galih", (DINKES,))],
     (("d2", "Galih"), ("d1", "Galih Rakasiwi Raharja")), None),
    ([("d1", "Galih Rakasiwi Raharja", (DINKES,)), ("d2", "Galih", ("org_klub_sepak_bola",))], None,
     (("d2", "Galih"), ("d1", "Galih Rakasiwi Raharja"))),
    ([("d1", "Rachmat Kaharuddin"), ("d2", "Muhammad Rachmat Kaharuddin")], None,
     (("d1", "Rachmat Kaharuddin"), ("d2", "Muhammad Rachmat Kaharuddin"))),
    ([("d1", "Rachmat Kaharuddin", (DINKES,)), ("d2", "Muhammad Rachmat Kaharuddin", (DINKES, "org_lain"))],
     (("d1", "Rachmat Kaharuddin"), ("d2", "Muhammad Rachmat Kaharuddin")), None),
    # a middle name left out: the same evidence needed (the second name opener `Nur` may be another person's)
    ([("d1", "Siti Aisyah Wulan", ("org_pemkab",)), ("d2", "Siti Nur Aisyah Wulan", ("org_universitas",))], None,
     (("d1", "Siti Aisyah Wulan"), ("d2", "Siti Nur Aisyah Wulan"))),
    ([("d1", "Siti Aisyah Wulan", (DINKES,)), ("d2", "Siti Nur Aisyah Wulan", (DINKES,))],
     (("d1", "Siti Aisyah Wulan"), ("d2", "Siti Nur Aisyah Wulan")), None),
    # two given names or more that open the full name are more than a shared given name; one given name
    # after a name opener is not
    ([("d1", "Basuki Tjahaja"), ("d2", "Basuki Tjahaja Purnama")], (("d1", "Basuki Tjahaja"), ("d2", "Basuki Tjahaja Purnama")),
     None),
    ([("d1", "Muhammad Rizki"), ("d2", "Muhammad Rizki Pratama")], None,
     (("d1", "Muhammad Rizki"), ("d2", "Muhammad Rizki Pratama"))),
    ([("d1", "Basuki Tjahaja"), ("d2", "Basuki Tjahaja Purnama"), ("d3", "Basuki Tjahaja Wirawan")], None,
     (("d1", "Basuki Tjahaja"), ("d2", "Basuki Tjahaja Purnama"))),
    # co-named: two people of one document each a short form of one of two people of the other
    ([("d1", "Galih"), ("d1", "Rosalina"), ("d2", "Galih Rakasiwi Raharja"), ("d2", "Rosalina Dewi Kartika")],
     (("d1", "Rosalina"), ("d2", "Rosalina Dewi Kartika")), None),
    ([("d1", "Galih"), ("d1", "Rosalina"), ("d2", "Galih Rakasiwi Raharja"), ("d2", "Rosalina Dewi Kartika")],
     (("d1", "Galih"), ("d2", "Galih Rakasiwi Raharja")), None),
    # a full name both documents share is no evidence for a given name
    ([("d1", "Galih"), ("d1", "Hendra Kusuma Wijaya"), ("d2", "Galih Rakasiwi Raharja"), ("d2", "Hendra Kusuma Wijaya")],
     None, (("d1", "Galih"), ("d2", "Galih Rakasiwi Raharja"))),
    # nor do two short forms of documents the short names split between
    ([("d1", "Galih"), ("d2", "Rosalina"), ("d3", "Galih Rakasiwi Raharja"), ("d4", "Rosalina Dewi Kartika")],
     None, (("d1", "Galih"), ("d3", "Galih Rakasiwi Raharja"))),
    # a family name shared: never merged, not even with a shared organisation
    ([("d1", "Joko Susilo", ("org_pemprov",)), ("d2", "Rina Joko Susilo", ("org_pemprov",))], None,
     (("d1", "Joko Susilo"), ("d2", "Rina Joko Susilo"))),
    # middle initials: the one full name the initial writes, also in the old spelling
    ([("d1", "Budi S. Wibowo"), ("d2", "Budi Santoso Wibowo")], (("d1", "Budi S. Wibowo"), ("d2", "Budi Santoso Wibowo")),
     None),
    ([("d1", "Djoko R. Hartanto"), ("d2", "Joko Rahmat Hartanto")],
     (("d1", "Djoko R. Hartanto"), ("d2", "Joko Rahmat Hartanto")), None),
    ([("d1", "Budi R. Wibowo"), ("d2", "Budi Santoso Wibowo")], None, (("d1", "Budi R. Wibowo"), ("d2", "Budi Santoso Wibowo"))),
    ([("d1", "Budi S. Wibowo"), ("d2", "Budi Santoso Wibowo"), ("d3", "Budi Setiawan Wibowo")], None,
     (("d1", "Budi S. Wibowo"), ("d2", "Budi Santoso Wibowo"))),
    # single names: equal ones merge only with a shared organisation
    ([("d1", "Soenardi", (DINKES,)), ("d2", "Sunardi", (DINKES,))], (("d1", "Soenardi"), ("d2", "Sunardi")), None),
    ([("d1", "Soenardi", (DINKES,)), ("d2", "Sunardi", ("org_lain",))], None, (("d1", "Soenardi"), ("d2", "Sunardi"))),
    # two different people sharing a surname are never merged
    ([("d1", "Hartini Wulandari"), ("d2", "Retno Wulandari")], None,
     (("d1", "Hartini Wulandari"), ("d2", "Retno Wulandari"))),
    ([("d1", "Hartini Wulandari"), ("d2", "Retno Wulandari"), ("d3", "Wulandari")], None,
     (("d3", "Wulandari"), ("d1", "Hartini Wulandari"))),
    ([("d1", "Agus Hartanto Wiryono"), ("d2", "Wiryono")], None,
     (("d2", "Wiryono"), ("d1", "Agus Hartanto Wiryono"))),
    # nor two people sharing a given name, when a one-word name could be either
    ([("d1", "Budi Gunarso Salim"), ("d2", "Budi Prasetya"), ("d3", "Budi")], None,
     (("d3", "Budi"), ("d1", "Budi Gunarso Salim"))),
    ([("d1", "Budi Gunarso Salim"), ("d2", "Budi Prasetya")], None,
     (("d1", "Budi Gunarso Salim"), ("d2", "Budi Prasetya"))),
    # shared initials are never merged
    ([("d1", "A"), ("d2", "A")], None, (("d1", "A"), ("d2", "A"))),
    ([("d1", "AP"), ("d2", "AP")], None, (("d1", "AP"), ("d2", "AP"))),
    ([("d1", "A. Yani"), ("d2", "Ahmad Yani")], None, (("d1", "A. Yani"), ("d2", "Ahmad Yani"))),
    ([("d1", "M. Rachmat"), ("d2", "Muhammad Rachmat")], None, (("d1", "M. Rachmat"), ("d2", "Muhammad Rachmat"))),
    ([("d1", "Akmal Zuhdi"), ("d1", "A")], None, (("d1", "A"), ("d1", "Akmal Zuhdi"))),
    # a one-word name with nothing but another one-word name stays apart
    ([("d1", "Muslim"), ("d2", "Muslim")], None, (("d1", "Muslim"), ("d2", "Muslim"))),
    # a word that is part of a longer given name is not that name
    ([("d1", "Imam Mustakim"), ("d2", "Muslim")], None, (("d1", "Imam Mustakim"), ("d2", "Muslim"))),
]


@pytest.mark.parametrize("pairs,merged,apart", PEOPLE)
def test_merge_people(pairs, merged, apart):
    items = [PersonItem(*row) for row in pairs]
    clusters, log = merge_people(items)
    if merged:
        assert _together(items, clusters, *merged)
    if apart:
        assert not _together(items, clusters, *apart)
    assert sorted(i for c in clusters for i in c.members) == list(range(len(items)))
    assert all(e.entity_id for e in log)


def test_people_merge_log_names_rule_and_refusal():
    items = [PersonItem(d, n) for d, n in [("d1", "Budi Gunarso Salim"), ("d2", "Budi Prasetya"), ("d3", "Budi"),
                                           ("d4", "Budi Prasetya")]]
    _, log = merge_people(items)
    decisions = {(e.decision, e.rule, e.doc_id) for e in log}
    assert ("merged", "same-name", "d4") in decisions
    assert ("refused", "given-name", "d3") in decisions


def test_people_merge_log_says_why_a_given_name_stays_apart():
    items = [PersonItem("d1", "Galih Rakasiwi Raharja"), PersonItem("d2", "Galih"),
             PersonItem("d3", "Wulan Sari Dewi", (DINKES,)), PersonItem("d4", "Wulan", (DINKES,))]
    _, log = merge_people(items)
    by_doc = {e.doc_id: e for e in log}
    assert by_doc["d2"].decision == "refused" and "no shared organization" in by_doc["d2"].detail
    assert by_doc["d4"].decision == "merged" and by_doc["d4"].rule == "given-name"
    assert DINKES in by_doc["d4"].detail


def test_people_ids_are_stable_and_order_free():
    pairs = [("d1", "Darmawan Suprapto"), ("d2", "Darmawan"), ("d3", "Hartini Wulandari"), ("d4", "Retno Wulandari"),
             ("d4", "Retno"), ("d5", "AP"), ("d6", "AP"), ("d7", "Dr. Budi Gunarso Salim")]
    first = merge_people([PersonItem(d, n) for d, n in pairs])[0]
    shuffled = pairs[:]
    random.Random(7).shuffle(shuffled)
    second = merge_people([PersonItem(d, n) for d, n in shuffled])[0]
    assert [(c.id, c.name) for c in first] == [(c.id, c.name) for c in second]
    assert len({c.id for c in first}) == len(first)
    assert {c.name for c in first} >= {"Darmawan Suprapto", "Budi Gunarso Salim", "Retno Wulandari"}


@pytest.mark.parametrize("name,expected", [("BPS", True), ("DPR RI", True), ("Kemendagri", False),
                                           ("Badan Pusat Statistik", False), ("A", False)])
def test_is_acronym(name, expected):
    assert is_acronym(name) is expected


def test_initials_skip_function_words():
    assert initials("Pusat Pelaporan dan Analisis Transaksi Keuangan") == "PPATK"


# (organisation items as (doc, name, aliases), names that must end together, names that must stay apart)
ORGS = [
    ([("d1", "KPK", ()), ("d2", "Komisi Pemberantasan Korupsi", ())],
     ("KPK", "Komisi Pemberantasan Korupsi"), None),  # the lexicon
    ([("d1", "Kemendagri", ()), ("d2", "Kementerian Dalam Negeri", ())],
     ("Kemendagri", "Kementerian Dalam Negeri"), None),
    ([("d1", "Badan Pusat Statistik", ("BPS",)), ("d2", "BPS", ())], ("BPS", "Badan Pusat Statistik"), None),
    ([("d1", "PPATK", ()), ("d1", "Pusat Pelaporan dan Analisis Transaksi Keuangan", ()), ("d2", "PPATK", ())],
     ("PPATK", "Pusat Pelaporan dan Analisis Transaksi Keuangan"), None),  # initials of one name of the document
    ([("d1", "PKB", ()), ("d2", "Pemerintah Kabupaten Bekasi", ())],
     None, ("PKB", "Pemerintah Kabupaten Bekasi")),  # initials alone do not reach across documents
    ([("d1", "BP", ()), ("d1", "Badan Pangan", ()), ("d1", "Bank Papua", ())], None, ("BP", "Badan Pangan")),
    ([("d1", "IOM", ()), ("d2", "IOM Indonesia", ())], None, ("IOM", "IOM Indonesia")),
    # an alias that is the acronym of the parent body at the end of the name does not link
    ([("d1", "Komisi III Dewan Perwakilan Rakyat Republik Indonesia", ("DPR RI",)), ("d2", "DPR RI", ())],
     None, ("Komisi III Dewan Perwakilan Rakyat Republik Indonesia", "DPR RI")),
    ([("d1", "Komisi III Dewan Perwakilan Rakyat", ("DPR",)), ("d2", "DPR", ())],
     None, ("Komisi III Dewan Perwakilan Rakyat", "DPR")),
    ([("d1", "Polda Metro Jaya", ()), ("d2", "Polda Jawa Timur", ())], None, ("Polda Metro Jaya", "Polda Jawa Timur")),
]


@pytest.mark.parametrize("orgs,merged,apart", ORGS)
def test_merge_organizations(orgs, merged, apart):
    items = [OrgItem(d, n, a) for d, n, a in orgs]
    clusters, _ = merge_organizations(items)
    names = [set(c.names) for c in clusters]
    if merged:
        assert any(set(merged) <= n for n in names)
    if apart:
        assert not any(set(apart) <= n for n in names)


def test_organisation_canonical_name_is_the_expansion():
    items = [OrgItem("d1", "KPK"), OrgItem("d2", "KPK")]
    clusters, _ = merge_organizations(items)
    assert [c.name for c in clusters] == ["Komisi Pemberantasan Korupsi"]
    assert clusters[0].id.startswith("org_")
