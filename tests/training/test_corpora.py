"""Tests of the one NER converter (``pipeline.training.corpora``): labels, records-v1 spans, re-casing."""
import pytest

from pipeline.training.corpora import (
    LABEL_MAPS,
    SOURCES,
    Conventions,
    Recaser,
    bio_to_spans,
    convert_source,
    read_bio,
    sentence_key,
    silent_names,
    to_records_v1,
)

CONV = Conventions(honorifics=frozenset({"dr", "prof", "h", "kombes", "bapak"}),
                   title_words=frozenset({"kepala", "menteri", "direktur", "dewan"}),
                   org_words=frozenset({"dewan", "pusat"}), outside=frozenset({"senin", "anda"}),
                   institutions=frozenset({("sma",), ("universitas",), ("rumah", "sakit")}))


@pytest.mark.parametrize(
    "source, tags, spans",
    [
        ("idner", ["O", "O"], []),
        ("idner", ["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        ("idner", ["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        ("idner", ["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # I- without B- starts an entity
        ("idner", ["O", "I-LOC"], [(1, 2, "LOC")]),
        ("idner", ["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),
        ("nerui", ["B-PERSON", "I-PERSON", "B-ORGANIZATION"], [(0, 2, "PER"), (2, 3, "ORG")]),
        ("nergrit", ["B-PLACE", "O", "B-ORGANISATION"], [(0, 1, "LOC"), (2, 3, "ORG")]),
        ("nerugm", ["B-TIME", "I-TIME", "B-LOCATION"], [(2, 3, "LOC")]),  # TIME is no entity here
        ("nerugm", ["B-QUANTITY", "B-PERSON", "I-PERSON"], [(1, 3, "PER")]),
        ("nerp", ["B-PPL", "I-PPL", "O", "B-IND", "B-PLC"], [(0, 2, "PER"), (3, 4, "ORG"), (4, 5, "LOC")]),
        ("nerp", ["B-EVT", "I-EVT", "B-FNB"], []),
        ("nerp", ["I-EVT", "I-PPL"], [(1, 2, "PER")]),  # an I- after a dropped label starts an entity
        ("idner", [], []),
    ],
)
def test_bio_to_spans(source, tags, spans):
    assert bio_to_spans(tags, LABEL_MAPS[source]) == spans


@pytest.mark.parametrize(
    "source, tag",
    [("idner", "PER"), ("idner", "B-"), ("idner", "X-PER"), ("idner", "b-PER"),
     ("idner", "B-PERSON"),  # another set's label is an error, not silently O
     ("nergrit", "B-PER"), ("nerp", "B-MISC")],
)
def test_bio_to_spans_refuses_malformed_or_unknown_tags(source, tag):
    with pytest.raises(ValueError):
        bio_to_spans([tag], LABEL_MAPS[source])


def test_every_source_maps_to_the_three_labels():
    for source in SOURCES.values():
        assert set(source.labels.values()) - {None} == {"PER", "ORG", "LOC"}, source.name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anis PROPN B-PER\r\ndi ADP O\r\n\r\nJakarta PROPN B-LOC\r\n",
         [(["Anis", "di"], ["B-PER", "O"]), (["Jakarta"], ["B-LOC"])]),
        ("Federer\tB-PERSON\n,\tO\n\n\nReuters\tB-ORGANIZATION\n",
         [(["Federer", ","], ["B-PERSON", "O"]), (["Reuters"], ["B-ORGANIZATION"])]),
        ("kata\tO\nAnis\n", [(["kata", "Anis"], ["O", "O"])]),
        ("", []),
        ("\r\n\r\n", []),
    ],
)
def test_read_bio(text, expected):
    assert list(read_bio(text.splitlines(keepends=True))) == expected


@pytest.mark.parametrize(
    "words, spans, expected",
    [
        # honorifics, ranks, titles and degrees leave a person's name
        ("Dr. Budi Santoso , M.Si. hadir".split(), [(0, 5, "PER")], [(1, 3, "PER")]),
        ("Kombes Rina Wulandari datang".split(), [(0, 3, "PER")], [(1, 3, "PER")]),
        ("Menteri Tono Wirawan datang".split(), [(0, 3, "PER")], [(1, 3, "PER")]),
        ("Prof. Dr. H. Andi".split(), [(0, 4, "PER")], [(3, 4, "PER")]),
        ("Budi S.H. hadir".split(), [(0, 2, "PER")], [(0, 1, "PER")]),
        # a one-word name is never emptied, and a name that is no title stays whole
        ("Bapak datang".split(), [(0, 1, "PER")], [(0, 1, "PER")]),
        ("Sri Rahayu hadir".split(), [(0, 2, "PER")], [(0, 2, "PER")]),
        ("Sunan Kalijaga hadir".split(), [(0, 2, "PER")], [(0, 2, "PER")]),
        # institutions whole: the region after an ORG, the legal form in brackets
        ("DPRD Surabaya rapat".split(), [(0, 1, "ORG"), (1, 2, "LOC")], [(0, 2, "ORG")]),
        ("PT Contoh ( Persero ) Tbk".split(), [(0, 2, "ORG"), (3, 4, "ORG")], [(0, 5, "ORG")]),
        ("Kepala Pusat Data hadir".split(), [(0, 3, "ORG")], [(1, 3, "ORG")]),
        ("Dewan Pers hadir".split(), [(0, 2, "ORG")], [(0, 2, "ORG")]),  # an institution's head word stays
        # not merged: a place before an ORG, a place after a person, a gap between ORG and place
        ("Surabaya DPRD".split(), [(0, 1, "LOC"), (1, 2, "ORG")], [(0, 1, "LOC"), (1, 2, "ORG")]),
        ("Budi Surabaya".split(), [(0, 1, "PER"), (1, 2, "LOC")], [(0, 1, "PER"), (1, 2, "LOC")]),
        ("DPRD di Surabaya".split(), [(0, 1, "ORG"), (2, 3, "LOC")], [(0, 1, "ORG"), (2, 3, "LOC")]),
        ("PT Contoh ( PTC )".split(), [(0, 2, "ORG")], [(0, 2, "ORG")]),  # an acronym is no legal form
        # a lower-case kind of place in front is no part of the name; a capitalised one is
        ("di pulau Kemuning".split(), [(1, 3, "LOC")], [(2, 3, "LOC")]),
        ("ke desa Sukamaju Barat".split(), [(1, 4, "LOC")], [(2, 4, "LOC")]),
        ("di Pulau Kemuning".split(), [(1, 3, "LOC")], [(1, 3, "LOC")]),
        ("di gedung Wanaraja".split(), [(1, 3, "LOC")], [(1, 3, "LOC")]),  # a building: not a kind of place
        ("di kota".split(), [(1, 2, "LOC")], [(1, 2, "LOC")]),
        ("kota besar".split(), [(0, 2, "LOC")], [(0, 2, "LOC")]),  # no name follows
        # hospitals, schools, universities are organisations, whole with their region
        ("SMA Negeri 3 Wanaraja".split(), [(0, 4, "LOC")], [(0, 4, "ORG")]),
        ("Rumah Sakit Sehat Jaya".split(), [(0, 4, "LOC")], [(0, 4, "ORG")]),
        ("Universitas Kemuning Wanaraja".split(), [(0, 2, "LOC"), (2, 3, "LOC")], [(0, 3, "ORG")]),
        ("di universitas Kemuning".split(), [(1, 3, "LOC")], [(1, 3, "ORG")]),
        ("Rumah Kemuning".split(), [(0, 2, "LOC")], [(0, 2, "LOC")]),  # a house, not a hospital
        ("SMA".split(), [(0, 1, "LOC")], [(0, 1, "LOC")]),  # no name follows
        ("SMA Negeri 3".split(), [(0, 3, "ORG")], [(0, 3, "ORG")]),
    ],
)
def test_to_records_v1(words, spans, expected):
    assert to_records_v1(words, spans, CONV) == expected


def _recaser():
    r = Recaser()
    r.learn("Kata BHS di Jakarta kepada bank".split(), [(1, 2, "PER"), (3, 4, "LOC")])
    r.learn("Ia ke Bank Mandiri dan bank lain".split(), [(2, 4, "ORG")])
    r.learn("Hari itu Presiden datang".split())
    r.learn("Menurut presiden itu".split())
    r.learn("Ini Presiden Presiden presiden".split())
    return r


@pytest.mark.parametrize(
    "words, spans, expected",
    [
        ("kata bhs di jakarta".split(), [(1, 2, "PER"), (3, 4, "LOC")], "Kata BHS di Jakarta"),
        ("ke bank mandiri".split(), [(1, 3, "ORG")], "Ke Bank Mandiri"),
        ("uang bank itu".split(), [], "Uang bank itu"),  # outside an entity the common form
        ("oleh budiman hadi".split(), [(1, 3, "PER")], "Oleh Budiman Hadi"),  # unseen entity words
        ("kata presiden".split(), [], "Kata Presiden"),  # the majority form outside entities
        ("itu 17 ribu".split(), [], "Itu 17 ribu"),
        ([], [], ""),
    ],
)
def test_recaser(words, spans, expected):
    assert " ".join(_recaser().recase(words, spans)) == expected


def test_convert_source_excludes_and_recases():
    rows = [("kata bhs".split(), ["O", "B-PPL"]), ("tes satu".split(), ["O", "O"])]
    out = convert_source(SOURCES["nerp"], "train", rows, CONV, _recaser(),
                         exclude=frozenset({sentence_key(["Tes", "Satu"])}))
    assert out.sentences == [(["Kata", "BHS"], [(1, 2, "PER")])]
    assert out.dropped == {"excluded": 1}


def test_convert_source_refuses_a_lowercased_set_without_recaser():
    with pytest.raises(ValueError, match="lowercased"):
        convert_source(SOURCES["nerp"], "train", [(["a"], ["O"])], CONV)


@pytest.mark.parametrize(
    "words, spans, first, expected",
    [
        # capitalised words outside entities are missing; an entity, lower case words are not
        ("Kader PKX dan Partai Maju bertemu Budi".split(), [(6, 7, "PER")], "kader",
         [(1, 2, None), (3, 4, None), (4, 5, None)]),
        # the first word counts by its form were it not first
        ("Golkar menang".split(), [], "Golkar", [(0, 1, None)]),
        ("Kader menang".split(), [], "kader", []),
        # titles, honorifics, weekdays, stop words stay O
        ("Menteri dan Dr. Budi pada Senin kata Anda".split(), [(3, 4, "PER")], "menteri", []),
        ([], [], "", []),
    ],
)
def test_silent_names(words, spans, first, expected):
    assert silent_names(words, spans, CONV, first) == expected


def test_silent_names_keeps_what_the_source_tagged_outside():
    # NERP's EVT (mapped to no entity) says "Piala Dunia" is no name: it stays O
    words = "Timnas ke Piala Dunia".split()
    assert silent_names(words, [], CONV, "Timnas", frozenset({2, 3})) == [(0, 1, None)]


@pytest.mark.parametrize(
    "partial_missing, expected",
    [
        (False, [(["Kata", "BHS", "di", "Golkar"], [(1, 2, "PER")]), (["Ke", "piala", "Golkar"], [])]),
        (True, [(["Kata", "BHS", "di", "Golkar"], [(1, 2, "PER"), (3, 4, None)]), (["Ke", "piala", "Golkar"], [])]),
    ],
)
def test_convert_source_partial_scheme(partial_missing, expected):
    # NERP's IND has no parties: its O on a capitalised word is no evidence
    assert SOURCES["nerp"].partial and not SOURCES["idner"].partial
    recaser = _recaser()
    recaser.learn("Ia di Golkar".split(), [(2, 3, "ORG")])
    rows = [("kata bhs di golkar".split(), ["O", "B-PPL", "O", "O"]),
            ("ke piala golkar".split(), ["O", "B-EVT", "I-EVT"])]  # an event: O, not missing
    out = convert_source(SOURCES["nerp"], "train", rows, CONV, recaser, partial_missing=partial_missing)
    assert out.sentences == expected
    idner = convert_source(SOURCES["idner"], "train", [("Kata BHS di Golkar".split(), ["O", "B-PER", "O", "O"])],
                           CONV, partial_missing=partial_missing)
    assert idner.sentences == [(["Kata", "BHS", "di", "Golkar"], [(1, 2, "PER")])]
