"""Location records (rules only, no model)."""
import pytest

from pipeline import extensions  # noqa: F401
from pipeline.extract import entities, locations, organizations, people, sentences  # noqa: F401
from pipeline.extract.locations import place_key


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline("locations")


def places(nlp, text):
    return [loc.name for loc in nlp(text)._.locations]


# (text, places that must be there, places that must not)
CASES = [
    ("Banjir melanda Kabupaten Aceh Utara dan Kecamatan Lhoksukon.", ["Kabupaten Aceh Utara", "Kecamatan Lhoksukon"],
     []),
    # one record per place, under its first form
    ("Warga Kota Tangerang dan Kabupaten Tangerang datang ke Tangerang.", ["Kota Tangerang"],
     ["Kabupaten Tangerang", "Tangerang"]),
    ("Sumatera Utara mencukupi. Dinas di Provinsi Sumatera Utara bekerja.", ["Sumatera Utara"],
     ["Provinsi Sumatera Utara"]),
    # venues named after an organisation are places; the organisation inside is not a place
    ("Rapat di Gedung Kemenko Polkam, Jl. Medan Merdeka Barat No. 15, Jakarta Pusat.",
     ["Gedung Kemenko Polkam", "Jl. Medan Merdeka Barat", "Jakarta Pusat"], ["Kemenko Polkam"]),
    ("Hujan di hulu Krueng Pase dan Krueng Keureuto.", ["Krueng Pase", "Krueng Keureuto"], []),
    ("Amar dibacakan di Ruang Sidang Kusumah Atmadja, Bandung.", ["Ruang Sidang Kusumah Atmadja", "Bandung"], []),
    ("Jalan menuju Gerbang Tol Sentul Selatan rusak.", ["Gerbang Tol Sentul Selatan"], ["Tol Sentul Selatan"]),
    # a place inside an organisation's name is not counted on its own
    ("Pemerintah Provinsi Jawa Barat membantu.", [], ["Jawa Barat"]),
    ("Kepala Dinas PUPR Kabupaten Bogor hadir.", [], ["Kabupaten Bogor"]),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_places(nlp, text, present, absent):
    found = places(nlp, text)
    for p in present:
        assert p in found, found
    for p in absent:
        assert p not in found, found


@pytest.mark.parametrize("text,key", [
    ("Kabupaten Tangerang", "tangerang"),
    ("Kota Tangerang", "tangerang"),
    ("Kab. Bogor", "bogor"),
    ("Kota", "kota"),
    ("Jawa Timur", "jawa timur"),
])
def test_place_key(text, key):
    assert place_key(text) == key


def test_offsets_point_back(nlp):
    text = "Banjir melanda Kabupaten Aceh Utara."
    loc = nlp(text)._.locations[0]
    m = loc.mentions[0]
    assert text[m.start:m.end] == loc.name
