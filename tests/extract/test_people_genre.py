"""People in shapes of the press genre (issue 13, session 9; invented text): a name with a goal's minute or its
occupation in brackets, a sentence opening with a name and its occupation, a nickname quoted inside a name, the
short form of an organisation in brackets, ``Abah`` before a name."""
import pytest

import pipeline


@pytest.fixture(scope="module")
def full():
    return pipeline.load()


def people(nlp, text):
    return sorted(p.name for p in nlp(text)._.people)


# (text, the people of the document)
SHAPES = [
    # a goal's minute in brackets after the name, stoppage time too
    ("Tuan rumah menang berkat gol Severin Mortensby (50’) dan Aldo Venturi (90+2').",
     ["Aldo Venturi", "Severin Mortensby"]),
    # an occupation alone in brackets, in a list
    ("Pemain yang dipanggil:\n1. Wiranti Kusumadewi (tunggal putri)\n2. Galang Permadi (tunggal putra)",
     ["Galang Permadi", "Wiranti Kusumadewi"]),
    # a sentence that opens with a name and its occupation
    ("Thawat Sirichai, desainer asal Thailand, membuka peragaan busana itu.", ["Thawat Sirichai"]),
    # a nickname quoted inside the name
    ('Pemain asing Garuda, Dennis "Flash" Holloway, dinobatkan sebagai pemain terbaik.', ["Dennis Holloway"]),
    ("Penyerang Garuda, Dennis “Flash” Holloway, mencetak dua gol.", ["Dennis Holloway"]),
    # no nickname: a quotation after a name, a quoted word with spaces inside the marks
    ('Kata Dennis "Kami siap" kepada wartawan.', []),
    ('Pemain Dennis " Flash " Holloway hadir.', []),
    # Abah before a short form of a name the text gives in full
    ('Bupati Wonoasri Sugeng Prasetyo Wibisono meninjau tanggul. "Kita bangun yang permanen," ujar bupati yang '
     'akrab disapa Abah Sugeng itu.', ["Sugeng Prasetyo Wibisono"]),
    # English forms of address before a name are honorifics: "Coach X" is X, a short form of the full name
    ('Pelatih kepala Garuda, Teguh Nugroho, memimpin latihan. "Kami percaya Coach Teguh," kata Hendra Kusuma.',
     ["Hendra Kusuma", "Teguh Nugroho"]),
    ("Mr. Budi Santoso membuka rapat bersama Sir Dodi Wibowo.", ["Budi Santoso", "Dodi Wibowo"]),
    # "MS" after a name is a degree (no honorific "ms"): the name keeps its words before it
    ("Ketua Ikatan Dokter Karito, dr Wirasena MS, membuka rapat.", ["Wirasena"]),
    # TITLE ORG NAME with no comma: the organisation written alone elsewhere ends before the holder's name
    ("Pesawat PT Karito Aviasi mendarat. CEO PT Karito Aviasi Budi Santoso mengatakan perusahaan siap.",
     ["Budi Santoso"]),
    ("Pesawat PT Karito Aviasi mendarat. CEO PT Karito Aviasi Wirasena Jaya mengatakan, jadwal aman.",
     ["Wirasena Jaya"]),
    # no holder: the organisation is never written without the words after it
    ("Ketua Yayasan Karito Budi Mulia mengatakan sekolah dibuka.", []),
    # one word between a title's unit and the comma before the full name ends the unit
    ("Ketua Panitia Muktamar, Abdul Gafur Lubis, mengatakan persiapan rampung.", ["Abdul Gafur Lubis"]),
    ("Camat Parungsari, Euis Komalawati, mengatakan warga menunggu.", ["Euis Komalawati"]),
    # no person: the short form of an organisation in brackets, later alone; an age or a number in brackets
    ('Ia meminta Direktorat Jenderal Bina Praja Daerah (Dirjen Bipra) meninjau aturan itu. "Kami tunggu Dirjen '
     'Bipra," ujarnya.', []),
    ('Ia meminta Direktorat Jenderal Tata Ruang Daerah (Ditjen Tarung Da) meninjau aturan itu. "Kami tunggu '
     'Ditjen Tarung Da," ujarnya.', []),
    ("Harga naik di Pasar Wonoasri (2025) dan Pasar Karangjati.", []),
    ("Skor akhir 3-2 (babak pertama 1-1).", []),
]


@pytest.mark.parametrize("text,expected", SHAPES)
def test_people_in_genre_shapes(full, text, expected):
    assert people(full, text) == expected


@pytest.fixture(scope="module")
def rules(rules_pipeline):
    return rules_pipeline("organizations", "people", "locations")


@pytest.mark.parametrize("text,expected", [
    ("Tuan rumah menang berkat gol Severin Mortensby (50’) dan Aldo Venturi (90+2').",
     ["Aldo Venturi", "Severin Mortensby"]),
    ("Pemain yang dipanggil:\n1. Wiranti Kusumadewi (tunggal putri)\n2. Galang Permadi (tunggal putra)",
     ["Galang Permadi", "Wiranti Kusumadewi"]),
    ('Ia meminta Direktorat Jenderal Tata Ruang Daerah (Ditjen Tarung Da) meninjau aturan itu. "Kami tunggu '
     'Ditjen Tarung Da," ujarnya.', []),
    ("Harga naik di Pasar Wonoasri (2025) dan Pasar Karangjati.", []),
])
def test_bracket_after_a_name_without_the_model(rules, text, expected):
    assert people(rules, text) == expected


@pytest.mark.parametrize("words,people,joined", [
    # a given name of one word right before a person opens the name
    ("kata Menteri Budi Gunadi Sadikin hari ini", [(2, 3), (3, 5)], ["Budi Gunadi Sadikin"]),
    # any other word typed a person there stays apart (an organisation or a place before the name)
    ("kata Ketua Hipmi Akbar Himawan hari ini", [(2, 3), (3, 5)], ["Hipmi", "Akbar Himawan"]),
    # a comma between them: two people
    ("kata Budi , Gunadi Sadikin hari ini", [(1, 2), (3, 5)], ["Budi", "Gunadi Sadikin"]),
])
def test_one_given_name_before_a_person_opens_it(rules, words, people, joined):
    from spacy.tokens import Doc, Span

    from pipeline.extract.entities import _join_adjacent_people, knowledge

    doc = Doc(rules.vocab, words=words.split())
    ents = tuple(Span(doc, a, b, label="PER") for a, b in people)
    assert [e.text for e in _join_adjacent_people(doc, knowledge(rules), ents)] == joined
