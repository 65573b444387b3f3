"""The type decision for candidate persons (``pipeline.extract.person_types``): invented names and
sentences; every PER span is given by hand, as the NER model or the rules would give it."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import pipeline.nlp  # noqa: F401  (registers the components)
from pipeline.extract import person_types as pt
from pipeline.extract.entities import knowledge


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences")
    return nlp


def _doc(nlp, text: str, people: list, label: str = "PER"):
    """``text`` with each name of ``people`` (first occurrence of each, in order) as an entity; a
    ``(name, label)`` pair has a label of its own."""
    doc = nlp(text)
    spans, pos = [], 0
    for name in people:
        name, own = name if isinstance(name, tuple) else (name, label)
        start = text.index(name, pos)
        spans.append(doc.char_span(start, start + len(name), label=own))
        pos = start + len(name)
    doc.ents = spans
    return doc


def _retyped(nlp, text, people, label="PER"):
    doc = _doc(nlp, text, people, label)
    return [(e.text, e.label_) for e in pt.retype(doc, knowledge(nlp), pt.lexicons())]


@pytest.mark.parametrize("text,people,expected", [
    # a genre noun before the name or its list: an organisation
    ("Ia bermain untuk klub Dorvana Utsk musim ini.", ["Dorvana Utsk"], [("Dorvana Utsk", "ORG")]),
    # an outlet credited by the agent passive of the press (diberitakan, dilansir)
    ("Seperti diberitakan Velmora Harian, Budi Santoso menolak.", ["Velmora Harian", "Budi Santoso"],
     [("Velmora Harian", "ORG"), ("Budi Santoso", "PER")]),
    ("Kolektor memburu band-band rock seperti Velmora, Kastel Ungu, Rudrik hingga akhir tahun.",
     ["Kastel Ungu"], [("Kastel Ungu", "ORG")]),
    ("Ia menyanyikan lagu dari grup yang membesarkannya, Lintang Sore.", ["Lintang Sore"],
     [("Lintang Sore", "ORG")]),
    ("Hadir importir dari perusahaan Orvek Tanu, Belisa Marn, Kotra Vell, kemudian pengurus asosiasi.",
     ["Belisa Marn", "Kotra Vell"], [("Belisa Marn", "ORG"), ("Kotra Vell", "ORG")]),
    # in apposition, or as the last word of the name
    ("Keduanya bekerja sama dengan Zentrik, perusahaan percetakan terkemuka, di Jakarta.", ["Zentrik"],
     [("Zentrik", "ORG")]),
    ('"Kami optimistis," kata analis Marvendo Sekuritas, Lukas Aryanto.', ["Marvendo Sekuritas", "Lukas Aryanto"],
     [("Marvendo Sekuritas", "ORG"), ("Lukas Aryanto", "PER")]),
    # one sense per document: the same text elsewhere is the organisation too
    ("Penggemar klub Dorvana Utsk bersorak. Dorvana Utsk menang 2-0.", ["Dorvana Utsk", "Dorvana Utsk"],
     [("Dorvana Utsk", "ORG"), ("Dorvana Utsk", "ORG")]),
    # a month or a clause after the comma is no apposition of the name's own
    ("Ia debut pada ajang Lomba Balap Sirkam, November 1992.", ["Lomba Balap Sirkam"], []),
    ("Dikutip dari Warta Pelangi, Darmono mendapat pinjaman motor.", ["Warta Pelangi", "Darmono"],
     [("Warta Pelangi", "ORG"), ("Darmono", "PER")]),
    # a noun that takes a possessor types the names after it only through seperti / bernama
    ("Agenda unggulan seperti Tari Sewu Lampion, dan pawai budaya digelar.", ["Tari Sewu Lampion"], []),
    # products, events, titles: no entity (that mention only)
    ("Ada juga mobil Vorta Palisan di garasi itu.", ["Vorta Palisan"], []),
    ("Ia debut pada ajang Lomba Balap Sirkam tahun itu.", ["Lomba Balap Sirkam"], []),
    ("Pameran bertajuk Rudi Hartawan Kelas Hidup dibuka. Rudi Hartawan hadir.", ["Rudi Hartawan", "Rudi Hartawan"],
     [("Rudi Hartawan", "PER")]),
    # common words are no name
    ("Ketua Kelompok Kerja Pemilihan hadir.", ["Kelompok Kerja Pemilihan"], []),
    # a common noun heading the span is cut from a name with evidence of one (a DBpedia person-name word) ...
    ("Pengakuan Agus disampaikan kepada penyidik.", ["Pengakuan Agus"], [("Agus", "PER")]),
    # ... and without such evidence the phrase is no person (a letter or a work after a sentence's first word)
    ("Pengakuan Darmono disampaikan kepada penyidik.", ["Pengakuan Darmono"], []),
    ("Vitamin D baik untuk tulang.", ["Vitamin D"], []),
    # one common word alone, with no rank, age or longer name for it, is no name
    ("Spekulasi mengatakan, penyanyi itu hendak pensiun.", ["Spekulasi"], []),
    ("Rapat dihadiri menteri Kabinet Indonesia Maju kemarin.", ["Maju"], []),
    ("Aturan itu mengatur Gaji, Pensiun, dan Tunjangan pegawai.", ["Pensiun", "Tunjangan"], []),
    # a feast written in two words is no person
    ("Warga mudik menjelang Idul Fitri tahun ini.", ["Idul Fitri"], []),
    ("Peringatan Maulid Nabi Muhammad digelar di masjid.", ["Maulid Nabi Muhammad"], []),
    ("Pemudik berkumpul. Fitri Handayani mengatakan jalan macet.", ["Fitri Handayani"], [("Fitri Handayani", "PER")]),
    # negative: a rank or honorific, an age, a longer name of the text, capitals (initials)
    ("Hal itu disampaikan Pak Mawar kepada warga.", ["Mawar"], [("Mawar", "PER")]),
    ("Seorang warga, Mawar (45), kehilangan rumah.", ["Mawar"], [("Mawar", "PER")]),
    ("Rapat dihadiri Mawar Sutejo. Mawar mengatakan hal itu.", ["Mawar Sutejo", "Mawar"],
     [("Mawar Sutejo", "PER"), ("Mawar", "PER")]),
    ("Pelaku berinisial MAWAR ditangkap.", ["MAWAR"], [("MAWAR", "PER")]),
    # in a sports report, kubu / tim / skuad X name a club (one sense per document); elsewhere a person's camp
    ("Pelatih memuji pemain usai laga. Di kubu Dorvana, pelatih Budi kecewa. Dorvana kalah.", ["Dorvana", "Dorvana"],
     [("Dorvana", "ORG"), ("Dorvana", "ORG")]),
    ("Pelatih memuji pemain usai laga. Skuad Dorvana Utsk tiba di stadion.", ["Dorvana Utsk"],
     [("Dorvana Utsk", "ORG")]),
    ("Rapat koalisi digelar. Di kubu Darmono, juru bicara menolak.", ["Darmono"], [("Darmono", "PER")]),
    ("Pelatih memuji pemain usai laga. Skuad asuhan Darmono tiba di stadion.", ["Darmono"], [("Darmono", "PER")]),
    ("Pelatih memuji pemain usai laga. Kapten tim Darmono Utsk mencetak gol.", ["Darmono Utsk"],
     [("Darmono Utsk", "PER")]),
    ("Pelatih memuji pemain usai laga. Rekan satu tim Darmono mencetak gol.", ["Darmono"], [("Darmono", "PER")]),
    ("Pemain memuji pelatih Darmono Utsk usai laga. Dua gol tercipta untuk tim Darmono Utsk.",
     ["Darmono Utsk", "Darmono Utsk"], [("Darmono Utsk", "PER"), ("Darmono Utsk", "PER")]),
    ("Pemain memuji Rendi Darmono usai laga. Dua gol tercipta untuk tim Darmono.", ["Rendi Darmono", "Darmono"],
     [("Rendi Darmono", "PER"), ("Darmono", "PER")]),
    # a candidate typed an organisation whose head names a competition is none (a league, not a club)
    ("Pelatih memuji pemain usai laga. Di kubu Liga Dorvana, pelatih Budi kecewa. Liga Dorvana kalah.",
     ["Liga Dorvana", "Liga Dorvana"], []),
])
def test_typed(nlp, text, people, expected):
    assert _retyped(nlp, text, people) == expected


@pytest.mark.parametrize("text,people", [
    # negative cases: people stay people
    ("Ia bekerja di perusahaan milik Budi Santosa di Bandung.", ["Budi Santosa"]),
    ("Direktur perusahaan Sinar Jaya, Budi Santosa, mengatakan hal itu.", ["Budi Santosa"]),
    ("Direktur Utama perusahaan Sinar Jaya, Budi Santosa, M.Sc., mengatakan hal itu.", ["Budi Santosa"]),
    ("Menurut Dewi Lestiani, perusahaan menambah armada tahun ini.", ["Dewi Lestiani"]),
    ("Ia bermain untuk klub Arvin Sutedja, Pelita Utara, musim lalu.", ["Arvin Sutedja"]),  # the club is the apposition
    ("Kepala Dinas Pertanian, Rina Wulandari, dan Kepala BPS, Hadi Prakoso, hadir.", ["Rina Wulandari", "Hadi Prakoso"]),
    ("Pengusaha Hendra Kusuma menjadi saksi.", ["Hendra Kusuma"]),
    ("Bapak Temu Rahmadi hadir.", ["Temu Rahmadi"]),
    ("Putri Ayu Lestari mengatakan hal itu.", ["Putri Ayu Lestari"]),  # a name word, not a common word
    ("Ia menyanyikan lagu Rhoma Sutrisna di panggung.", ["Rhoma Sutrisna"]),  # the singer's song
    ("Agenda Darmono Sutejo padat pekan ini.", ["Darmono Sutejo"]),  # his agenda
    ("Hal itu disampaikan juru bicara maskapai, Darmono Sutejo, kepada wartawan.", ["Darmono Sutejo"]),
    ("Menurut surat kabar tersebut, Darmono Sutejo dihukum.", ["Darmono Sutejo"]),
    ("Pihak perusahaan lanjut Darmono Sutejo telah menyetujui.", ["Darmono Sutejo"]),
    ('Lucu sekali, " cuit akun Darmono Sutejo.', ["Darmono Sutejo"]),  # his account
    # the document writes the name as a person's elsewhere: one sense, the person's
    ('Ia keluar dari band yang membesarkan namanya, Arvin Sutedja. "Saya lega," kata Arvin Sutedja.',
     ["Arvin Sutedja", "Arvin Sutedja"]),
    ('Ia keluar dari band yang membesarkan namanya, Arvin Sutedja. "Saya lega," kata Arvin.',
     ["Arvin Sutedja", "Arvin"]),
    ("Tim Darmono Sutejo menang.", ["Darmono Sutejo"]),
])
def test_kept(nlp, text, people):
    assert _retyped(nlp, text, people) == [(p, "PER") for p in people]


@pytest.mark.parametrize("text,people,expected", [
    # a common noun heads the phrase: a thing, a place, a statement, no person
    ("Wisatawan menaiki Kapal Lorawang pada akhir pekan.", ["Kapal Lorawang"], []),
    ("Naskah Serat Wulangkara disimpan di museum.", ["Serat Wulangkara"], []),
    ("Polisi menyebarkan Imbauan Kamtibmas kepada warga.", ["Imbauan Kamtibmas"], []),
    ("Ia memotret Tebing Sorowangi dari udara.", ["Tebing Sorowangi"], []),
    # ... or a statement of a person: the name starts after the noun when the next word is a name
    ("Pernyataan Fajar itu memicu protes. Ia mengulanginya.", ["Pernyataan Fajar"], [("Fajar", "PER")]),
    ('Jenazah Darmono tiba sore hari. "Kami berduka," kata Darmono.', ["Jenazah Darmono", "Darmono"],
     [("Darmono", "PER"), ("Darmono", "PER")]),
    # negative: the document writes the name where only a person's name stands
    ('Ia bertemu Rindang Sasmito. "Kami siap," kata Rindang.', ["Rindang Sasmito", "Rindang"],
     [("Rindang Sasmito", "PER"), ("Rindang", "PER")]),
    ("Korban bernama Catur Wiyonggo, warga Cakung.", ["Catur Wiyonggo"], [("Catur Wiyonggo", "PER")]),
    ("Seorang warga, Taat Pranoto (45), melapor.", ["Taat Pranoto"], [("Taat Pranoto", "PER")]),
    ("Film itu dibintangi pemeran seperti Kaya Velmont, Arvin Sutedja, dan Dewi Lestiani.",
     ["Kaya Velmont", "Arvin Sutedja", "Dewi Lestiani"],
     [("Kaya Velmont", "PER"), ("Arvin Sutedja", "PER"), ("Dewi Lestiani", "PER")]),
    # negative: a short first word (a foreign given name or syllable), a title, a name opener
    ("Kepala dinas darurat, Pir Hossan Kovilan, tiba.", ["Pir Hossan Kovilan"], [("Pir Hossan Kovilan", "PER")]),
    ("Rapat dipimpin Lalu Hardiman kemarin.", ["Lalu Hardiman"], [("Lalu Hardiman", "PER")]),
    # every word common, one English: a product, work or event named in English
    ("Toko itu menjual Hair Dryer murah.", ["Hair Dryer"], []),
    ("Ia membintangi film Beautiful Creatures bersama kekasihnya.", ["Beautiful Creatures"], []),
    # its short forms go with it; a one-word person the text confirms stays
    ("Tim memakai Rescue Boat milik Basarnas. Boat itu rusak.", ["Rescue Boat", "Boat"], []),
    ('Tim memakai Rescue Boat itu. "Siap," kata Boat.', ["Rescue Boat", "Boat"], [("Boat", "PER")]),
    # negative: English words that are name words, or a person the text confirms
    ("Penyanyi Taylor Swift tampil.", ["Taylor Swift"], [("Taylor Swift", "PER")]),
    ("Saham perusahaan milik Silver Hawk naik.", ["Silver Hawk"], [("Silver Hawk", "PER")]),
    ("Lagu milik Luis Fonsa dan Silver Yankee itu dirilis.", ["Luis Fonsa", "Silver Yankee"],
     [("Luis Fonsa", "PER"), ("Silver Yankee", "PER")]),
    # a roman numeral is no initial that opens a name
    ("Proyek Tahap I selesai.", ["Tahap I"], []),
])
def test_common_noun_heads(nlp, text, people, expected):
    assert _retyped(nlp, text, people) == expected


@pytest.mark.parametrize("text,label,mention,expected", [
    # an organisation or place mention ending with a word the text writes alone as a person's
    ('Legenda basket NBA Darel Vontre memuji pemain muda itu. "Ia hebat," kata Vontre.', "LOC", "NBA Darel Vontre",
     [("Darel Vontre", "PER"), ("Vontre", "PER")]),
    ('Pujian datang dari Darel Vontre. "Ia hebat," kata Vontre.', "ORG", "Darel Vontre",
     [("Darel Vontre", "PER"), ("Vontre", "PER")]),
    # negative: the word is never confirmed as a person's, or an institutional word comes before it
    ("Legenda basket NBA Darel Vontre memuji pemain muda itu. Vontre tersenyum.", "LOC", "NBA Darel Vontre",
     [("NBA Darel Vontre", "LOC"), ("Vontre", "PER")]),
    ('Dana dari Bank Rakyat Sentosa cair. "Kami senang," kata Sentosa.', "ORG", "Bank Rakyat Sentosa",
     [("Bank Rakyat Sentosa", "ORG"), ("Sentosa", "PER")]),
])
def test_names_inside_other_mentions(nlp, text, label, mention, expected):
    doc = nlp(text)
    start = text.index(mention)
    short = expected[-1][0]
    at = text.rindex(short)
    doc.ents = [doc.char_span(start, start + len(mention), label=label), doc.char_span(at, at + len(short), label="PER")]
    assert [(e.text, e.label_) for e in pt.retype(doc, knowledge(nlp), pt.lexicons())] == expected


@pytest.mark.parametrize("text,people,expected", [
    # a candidate named like a regency, district or village (region_names.txt), never confirmed: a place
    ("Kasus terbanyak ada di Cibubur (116 kasus), Ciracas (112) dan Kebon Jeruk (103).",
     ["Cibubur", "Ciracas", "Kebon Jeruk"], [("Cibubur", "LOC"), ("Ciracas", "LOC"), ("Kebon Jeruk", "LOC")]),
    ("Banjir merendam Tersobo dan Pekunden sejak pagi.", ["Tersobo"], [("Tersobo", "LOC")]),
    # negative: the text writes it as a person's (speech cue, age, title), a longer person holds it,
    # or a DBpedia person-name word is in it (Wisnu is a village too: not in the list)
    ('"Air naik cepat," kata Tersobo kepada warga.', ["Tersobo"], [("Tersobo", "PER")]),
    ("Seorang warga, Tersobo (45), kehilangan rumah.", ["Tersobo"], [("Tersobo", "PER")]),
    ("Rapat dihadiri Darmono Tersobo. Tersobo tiba pukul 09.00.", ["Darmono Tersobo", "Tersobo"],
     [("Darmono Tersobo", "PER"), ("Tersobo", "PER")]),
    ("Banjir merendam rumah Wisnu sejak pagi.", ["Wisnu"], [("Wisnu", "PER")]),
    # a common word alone is refused first (Maju is a village too)
    ("Rapat dihadiri menteri Kabinet Indonesia Maju kemarin.", ["Maju"], []),
])
def test_regions_named_alone(nlp, text, people, expected):
    assert _retyped(nlp, text, people) == expected


@pytest.mark.parametrize("text,people,expected", [
    # every word names organisations, places or things and no person (thing_words.txt, common and
    # English words), and the text never writes it where only a person stands: no person
    ("Klub itu juara Liga Utama tahun lalu.", ["Liga Utama"], []),
    ("Rombongan singgah di Ngarot, Sinar Hilir, dan Kaliwon.", ["Ngarot", "Sinar Hilir", "Kaliwon"],
     [("Ngarot", "PER"), ("Kaliwon", "PER")]),
    ("Kawasan Dorvek meliputi Velmor Heights, Liga Springs, dan Tarnuk.", ["Liga Springs"], []),
    # negative: a sure person context at one mention (honorific that names no thing, speech cue, age),
    # a person-name word in it, or one word that only the gazetteers' place names hold (Urip)
    ("Rapat dihadiri Rejo Kidul kemarin.", ["Rejo Kidul"], []),
    ("Pesawat dipiloti Darmono dan kopilot H Rejo Kidul.", ["Darmono", "H Rejo Kidul"],
     [("Darmono", "PER"), ("H Rejo Kidul", "PER")]),
    ('Rejo Kidul hadir. "Kami siap," kata Rejo Kidul.', ["Rejo Kidul", "Rejo Kidul"],
     [("Rejo Kidul", "PER"), ("Rejo Kidul", "PER")]),
    # a person noun vouches written in small letters; capitalised it heads a title-cased phrase, and
    # sebagai follows things too
    ("Seorang warga Rejo Kidul mengeluh.", ["Rejo Kidul"], [("Rejo Kidul", "PER")]),
    ("Baca juga: Pengunjung Rejo Kidul Tembus 400 Ribu", ["Rejo Kidul"], []),
    ("Penyanyi itu merilis Rejo Kidul sebagai bagian dari album.", ["Rejo Kidul"], []),
    # one word of a longer name that stays is its short form (Liga is an English word too)
    ('Liga Tarnuk hadir. Liga pernah mengaku senang. "Siap," ujar Tarnuk.', ["Liga Tarnuk", "Liga", "Tarnuk"],
     [("Liga Tarnuk", "PER"), ("Liga", "PER"), ("Tarnuk", "PER")]),
    # a title, occupation or person noun phrase, a comma, then the names: its holders in apposition
    ("Ia bekerja dengan duo penulis lagu kenamaan Indonesia, Liga dan Tarnuk.", ["Liga", "Tarnuk"],
     [("Liga", "PER"), ("Tarnuk", "PER")]),
    ("Ia bekerja dengan duo asal Indonesia, Liga dan Tarnuk.", ["Liga", "Tarnuk"], [("Tarnuk", "PER")]),
    ("Lagu itu milik Luis Fonsa dan Mulyo Wetan.", ["Luis Fonsa", "Mulyo Wetan"],
     [("Luis Fonsa", "PER"), ("Mulyo Wetan", "PER")]),
    ("Wilayahnya meliputi Rejo Kidul, Mulyo Wetan, dan Tarnuk.", ["Rejo Kidul", "Mulyo Wetan", "Tarnuk"],
     [("Tarnuk", "PER")]),
    ("Setelah lulus, Urip menikah dengan Minuk.", ["Urip", "Minuk"], [("Urip", "PER"), ("Minuk", "PER")]),
    ("Rapat dihadiri Kencana Hilir kemarin.", ["Kencana Hilir"], [("Kencana Hilir", "PER")]),
    # a year alone in brackets after the name: a work or an event of that year; an age or a sure
    # context keeps the person
    ("Ia bermain dalam Velmor Tarnuk (2015) dan Rudra (2017).", ["Velmor Tarnuk", "Rudra"], []),
    ("Ia bermain bersama Velmor Tarnuk (45) tahun lalu.", ["Velmor Tarnuk"], [("Velmor Tarnuk", "PER")]),
    ('Velmor Tarnuk (2015) hadir. "Siap," kata Velmor Tarnuk.', ["Velmor Tarnuk", "Velmor Tarnuk"],
     [("Velmor Tarnuk", "PER"), ("Velmor Tarnuk", "PER")]),
    # a rank that is a word of things opens no sure person (Polisi Istimewa is a corps)
    ("Gedung itu asrama Barisan Polisi Istimewa (BPI).", ["Polisi Istimewa"], []),
    # a title's unit or region glued to the name (words of things before a given name): cut off
    ("Direktur Olahraga Lille Ramon Tavirez menolak.", ["Lille Ramon Tavirez"], [("Ramon Tavirez", "PER")]),
    ("Menurut Kepala Riset Securities Luis Darmawel, indeks naik.", ["Securities Luis Darmawel"],
     [("Luis Darmawel", "PER")]),
    # negative: after a comma or a lower-case word the first word is the given name (Windy is a word of
    # things too), and a prefix before a word that is no given name stays
    ("Kepala Biro Hukum, Windy Ramon Lubis, menyatakan siap.", ["Windy Ramon Lubis"], [("Windy Ramon Lubis", "PER")]),
    ("Hal itu disampaikan Lille Ramon Tavirez kemarin.", ["Lille Ramon Tavirez"], [("Lille Ramon Tavirez", "PER")]),
    ("Direktur Olahraga Lille Tavirez menolak.", ["Lille Tavirez"], [("Lille Tavirez", "PER")]),
    ("Direktur Olahraga Lille Ramon Tavirez menolak.", [("Olahraga Lille", "ORG"), ("Ramon Tavirez", "PER")],
     [("Olahraga Lille", "ORG"), ("Ramon Tavirez", "PER")]),
    ("Wisata Tarnuk Dorva ramai. Pengelola Tarnuk Dorva Lille Ramon Tavirez hadir.",
     [("Tarnuk Dorva", "LOC"), ("Lille Ramon Tavirez", "PER")], [("Tarnuk Dorva", "LOC"), ("Lille Ramon Tavirez", "PER")]),
    ('Manajer Cabang Windy Ramon Lubis hadir. "Siap," ujar Windy.', ["Windy Ramon Lubis", "Windy"],
     [("Windy Ramon Lubis", "PER"), ("Windy", "PER")]),
])
def test_thing_names(nlp, text, people, expected):
    assert _retyped(nlp, text, people) == expected


@pytest.mark.parametrize("text,spans,expected", [
    # one sense per document: a candidate person the text writes elsewhere as an organisation or a place
    ("Saham Velmora naik. Analis menilai Velmora tumbuh.", [("Velmora", "ORG"), ("Velmora", "PER")],
     [("Velmora", "ORG"), ("Velmora", "ORG")]),
    ("Pesta digelar di Tarnuk Dorva. Tarnuk Dorva penuh tamu.", [("Tarnuk Dorva", "LOC"), ("Tarnuk Dorva", "PER")],
     [("Tarnuk Dorva", "LOC"), ("Tarnuk Dorva", "LOC")]),
    # and the other way round: the surname of a sure person typed a place is the person
    ('"Siap," kata Velmor Tarnuk. Tarnuk tiba pagi.', [("Velmor Tarnuk", "PER"), ("Tarnuk", "LOC")],
     [("Velmor Tarnuk", "PER"), ("Tarnuk", "PER")]),
    # negative: a sure person keeps the name; a place the lexicons know stays a place
    ('Saham Velmora naik. "Siap," kata Velmora.', [("Velmora", "ORG"), ("Velmora", "PER")],
     [("Velmora", "ORG"), ("Velmora", "PER")]),
    ('"Siap," kata Budi Jakarta. Ia tiba di Jakarta.', [("Budi Jakarta", "PER"), ("Jakarta", "LOC")],
     [("Budi Jakarta", "PER"), ("Jakarta", "LOC")]),
])
def test_one_sense_per_document(nlp, text, spans, expected):
    assert _retyped(nlp, text, spans) == expected


@pytest.mark.parametrize("text,orgs,expected", [
    ("Kepala Desa Sukamaju, Darmono, mengaku bersyukur.", ["Darmono"], [("Darmono", "PER")]),
    ("Salah seorang warga, Sutiyem, mengaku menerima bantuan.", ["Sutiyem"], [("Sutiyem", "PER")]),
    ("Sutiyem (52) mengaku menerima bantuan.", ["Sutiyem"], [("Sutiyem", "PER")]),
    # negative cases: organisations stay organisations
    ("Film Bulan Baru (2009) diputar.", ["Bulan Baru"], [("Bulan Baru", "ORG")]),  # a year, no age
    ("Kepala Desa Sukamaju, Bank Makmur, dan warga hadir.", ["Bank Makmur"], [("Bank Makmur", "ORG")]),
    ("Kepala Desa Sukamaju, BUMDes, dan warga hadir.", ["BUMDes"], [("BUMDes", "ORG")]),
    ("Penyanyi itu bergabung dengan Velmora, grup asal Bandung.", ["Velmora"], [("Velmora", "ORG")]),
])
def test_organisations_introduced_as_people(nlp, text, orgs, expected):
    assert _retyped(nlp, text, orgs, label="ORG") == expected


@pytest.mark.parametrize("text,spans,expected", [
    # a naming word gives the person a second name: the model's organisation there is the person's
    ('Penyerang Marvin Tadeo Ruas, yang akrab disapa Tadi, mencetak gol. "Tadi bermain baik," kata pelatih.',
     [("Marvin Tadeo Ruas", "PER"), ("Tadi", "ORG")], [("Marvin Tadeo Ruas", "PER"), ("Tadi", "PER")]),
    ("Penyanyi Wulan Sekar Ayuni, yang lebih dikenal sebagai Sekar Wulan, hadir.",
     [("Wulan Sekar Ayuni", "PER"), ("Sekar Wulan", "ORG")], [("Wulan Sekar Ayuni", "PER"), ("Sekar Wulan", "PER")]),
    ("Produser Hendrawan Wiratama alias Bimo Gitar hadir.",
     [("Hendrawan Wiratama", "PER"), ("Bimo Gitar", "ORG")], [("Hendrawan Wiratama", "PER"), ("Bimo Gitar", "PER")]),
    # the nickname before "panggilan akrab" and a full name
    ("Di film itu, Lulu, panggilan akrab Lestari Anjani, berperan sebagai detektif.",
     [("Lulu", "ORG"), ("Lestari Anjani", "PER")], [("Lulu", "PER"), ("Lestari Anjani", "PER")]),
    # a name no entity holds after the naming word is the person's
    ("Penyerang Marvin Tadeo Ruas, yang akrab disapa Tadi, mencetak gol.",
     [("Marvin Tadeo Ruas", "PER")], [("Marvin Tadeo Ruas", "PER"), ("Tadi", "PER")]),
    # negative cases: a bracket or a plain "atau" after a person is no naming word; nor a place before one
    ("Anggota DPR Rangga Saputra (Gerindra) hadir.", [("Rangga Saputra", "PER"), ("Gerindra", "ORG")],
     [("Rangga Saputra", "PER"), ("Gerindra", "ORG")]),
    ("Bantuan datang dari Rangga Saputra atau Velmora.", [("Rangga Saputra", "PER"), ("Velmora", "ORG")],
     [("Rangga Saputra", "PER"), ("Velmora", "ORG")]),
    ("Kota Tarnuk, yang dikenal sebagai Kota Velmora, ramai.", [("Tarnuk", "LOC"), ("Kota Velmora", "ORG")],
     [("Tarnuk", "LOC"), ("Kota Velmora", "ORG")]),
    ("Penyanyi Wulan Sekar Ayuni, yang dikenal sebagai duta Bank Makmur, hadir.",
     [("Wulan Sekar Ayuni", "PER"), ("Bank Makmur", "ORG")], [("Wulan Sekar Ayuni", "PER"), ("Bank Makmur", "ORG")]),
])
def test_nicknames_given_by_a_naming_word_are_people(nlp, text, spans, expected):
    assert _retyped(nlp, text, spans) == expected


@pytest.mark.parametrize("text,spans,expected", [
    # a nickname the text gives to a thing or person named by a common noun only: no entity of its own
    ('Kemenangan itu penting bagi tim berjuluk "Rusa Tarnuk" musim ini.', ["Rusa Tarnuk"], []),
    ("Pemain berjuluk El Velmo itu memilih nomor 21.", ["El Velmo"], []),
    ("Pemain yang dijuluki sebagai Kilat Biru mencetak gol.", ["Kilat Biru"], []),
    # negative cases: a person before the cue owns the nickname (naming.nickname_at reads it); no cue
    ("Penyerang Marvin Tadeo Ruas, yang dijuluki Dedo, mencetak gol.", ["Marvin Tadeo Ruas", "Dedo"],
     [("Marvin Tadeo Ruas", "PER"), ("Dedo", "PER")]),
    ("Kemenangan itu penting bagi tim asuhan Rangga Saputra musim ini.", ["Rangga Saputra"],
     [("Rangga Saputra", "PER")]),
    # a work's title or a character of one after its noun: no person
    ("Ia mempromosikan film barunya Rangga Saputra di Jakarta.", ["Rangga Saputra"], []),
    ("Permen itu berbentuk tokoh animasi seperti Velmo Tarnuk dan Rusa Kastel.", ["Velmo Tarnuk", "Rusa Kastel"], []),
    # negative: the maker after the noun
    ("Ia menyanyikan lagu karya Rangga Saputra di panggung.", ["Rangga Saputra"], [("Rangga Saputra", "PER")]),
    # a character of a work right after its actor's noun or verb: no real person
    ("Pemeran Velma Tarnuk dalam film itu kini aktris termahal.", ["Velma Tarnuk"], []),
    ("Ia memerankan tokoh Rusa Kastel di serial itu.", ["Rusa Kastel"], []),
    ("Ia berperan sebagai Velma Tarnuk dalam film itu.", ["Velma Tarnuk"], []),
    # negative: the actor after a comma, or after a list word
    ("Pemeran Velma, Rangga Saputra, hadir di Jakarta.", ["Rangga Saputra"], [("Rangga Saputra", "PER")]),
    # a capitalised head of a facility or vehicle before the name: the venue (a place) or a vehicle (no entity)
    ("Laga itu digelar di GOR Tri Velmo, Tarnuk.", ["Tri Velmo"], [("GOR Tri Velmo", "LOC")]),
    ("Penumpang naik KA Rangga Ekspres dari Tarnuk.", ["Rangga Ekspres"], []),
    ("Kapal perang USS Rangga Saputra bertabrakan.", ["Rangga Saputra"], []),
    # negative: a lower-case word before the name; the head closing an English venue's name (its holder after it)
    ("Pesan itu dikirim ke ka Rangga Saputra kemarin.", ["Rangga Saputra"], [("Rangga Saputra", "PER")]),
    ("General Manager Velmora Hotel Rangga Saputra hadir.", ["Rangga Saputra"], [("Rangga Saputra", "PER")]),
    # the candidate's own head names an event or a product (thing_heads.tsv): no person
    ("Ia mantan pelatih tim Velmora Games 2011 itu.", ["Velmora Games"], []),
    ("Instagram meluncurkan format baru, Kastel Ads, pekan ini.", ["Kastel Ads"], []),
    # negative: a DBpedia person-name word in it (a name, or a person's programme)
    ("Hal itu disampaikan Hari Tarnuk kemarin.", ["Hari Tarnuk"], [("Hari Tarnuk", "PER")]),
    # a product after the brand verb: no entity
    ("Meriam bermerek Chang Velmo meledak saat latihan.", ["Chang Velmo"], []),
])
def test_nicknames_of_a_common_noun_are_no_entity(nlp, text, spans, expected):
    assert _retyped(nlp, text, spans) == expected


@pytest.mark.parametrize("text,spans,expected", [
    # initials spelling the bracketed acronym, with a word of things: an organisation (a place inside goes)
    ("Nelayan ditahan Agensi Penguatkuasaan Velmora Tarnuk (APVT) kemarin.",
     ["Agensi Penguatkuasaan Velmora", ("Tarnuk", "LOC")], [("Agensi Penguatkuasaan Velmora Tarnuk", "ORG")]),
    ("Kontrak diteken dengan Rangga Saputra Systems (RSS) pekan lalu.", ["Rangga Saputra Systems"],
     [("Rangga Saputra Systems", "ORG")]),
    # negative: a person with his initials; letters that spell no acronym
    ("Ketua Rangga Budi Saputra (RBS) hadir.", ["Rangga Budi Saputra"], [("Rangga Budi Saputra", "PER")]),
    ("Kontrak diteken dengan Rangga Saputra Systems (ABC) pekan lalu.", ["Rangga Saputra Systems"],
     [("Rangga Saputra Systems", "PER")]),
])
def test_initials_of_a_bracketed_acronym_make_an_organisation(nlp, text, spans, expected):
    assert _retyped(nlp, text, spans) == expected


@pytest.mark.parametrize("gazetteer,name,club", [
    # a DBpedia club named without its club abbreviation is an organisation (pt.club_cores)
    (["Velmora F.C."], "Velmora", True),
    (["FC Tarnuk Raya"], "Tarnuk Raya", True),
    (["Kastel Ungu AFC"], "Kastel Ungu", True),
    # negative cases: no abbreviation; a person-name word, a common word or a place left alone
    (["Velmora Records"], "Velmora", False),
    (["Budi F.C."], "Budi", False),
    (["Kelompok F.C."], "Kelompok", False),
    (["Bandung F.C."], "Bandung", False),
])
def test_club_cores(monkeypatch, gazetteer, name, club):
    monkeypatch.setattr(pt, "ordered", lambda _name: tuple(gazetteer))
    end = {"fc": "ORG", "f.c.": "ORG", "afc": "ORG", "records": "ORG"}
    assert (name in pt.club_cores(end)) == club


def test_a_club_core_typed_person_is_the_club(nlp, monkeypatch):
    lex = pt.TypeLexicons()
    monkeypatch.setattr(lex, "club_cores", frozenset({"Velmora"}))
    doc = _doc(nlp, "Pendukung Velmora bersorak. Velmora menang 2-0.", ["Velmora", "Velmora"])
    assert [(e.text, e.label_) for e in pt.retype(doc, knowledge(nlp), lex)] == [("Velmora", "ORG")] * 2
    doc = _doc(nlp, "Hal itu disampaikan Pak Velmora kepada warga.", ["Velmora"])  # a person's evidence wins
    assert [(e.text, e.label_) for e in pt.retype(doc, knowledge(nlp), lex)] == [("Velmora", "PER")]


@pytest.mark.parametrize("text,start,end,items", [
    ("seperti Velmora, Kastel Ungu, Rudrik hingga", 3, 5, (1, 1)),
    ("A Corp dan Budi Santosa datang", 3, 5, (1, 0)),  # dan joins two items
    ("Direktur Sinar Jaya, Budi Santosa, mengatakan", 4, 6, (0, 0)),  # a comma alone: apposition
    ("Kepala BPOM, Budi Santosa, M.Sc., Apt hadir", 3, 5, (0, 0)),  # degrees are no items
])
def test_list_around(nlp, text, start, end, items):
    doc = nlp(text)
    before, after = pt.list_around(doc, start, end)
    assert (len(before), len(after)) == items


@pytest.mark.parametrize("text,confirmed,sure", [
    ("Hal itu disampaikan Pak Velmora.", True, True),  # an honorific
    ("Hal itu, kata Velmora, benar.", True, True),  # a speech cue
    ("Hal itu dialami warga Velmora.", True, True),  # a person noun in small letters
    ("Hal itu dialami seorang bernama Velmora.", True, True),  # a naming word
    ("Hal itu disampaikan Direktur Velmora.", True, False),  # a title also takes an organisation
    ("Pengunjung Velmora bertambah.", True, False),  # a capitalised person noun heads a title-cased phrase
    ("Hal itu dialami warga seperti Velmora.", True, False),  # a naming word after a person noun
    # negative: prepositions
    ("Hal itu terjadi di Velmora.", False, False),
    ("Ia pergi ke Velmora.", False, False),
])
def test_person_before(nlp, text, confirmed, sure):
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == "Velmora")
    kb = knowledge(nlp)
    assert (pt._person_before(doc, k, kb), pt._person_before(doc, k, kb, sure=True)) == (confirmed, sure)


@pytest.mark.parametrize("word,common", [("kelompok", True), ("pemilihan", True), ("putri", False),
                                         ("budi", False), ("bintang", False)])
def test_common_words_leave_out_name_words(word, common):
    assert (word in pt.lexicons().common) == common


def test_component_in_default_pipeline():
    assert pipeline.nlp.load(ner_model="none").pipe_names.index("person_types") \
        == pipeline.nlp.load(ner_model="none").pipe_names.index("person_ruler") + 1


def test_spans_keep_their_offsets(nlp):
    doc = _doc(nlp, "Penggemar klub Dorvana Utsk bersorak.", ["Dorvana Utsk"])
    (ent,) = pt.retype(doc, knowledge(nlp), pt.lexicons())
    assert isinstance(ent, Span) and (ent.start_char, ent.end_char) == (15, 27)


def _run_calls(nlp, size: int) -> int:
    names = [f"Nama{i} Orang{i}" for i in range(size)]
    doc = _doc(nlp, "Perusahaan seperti " + ", ".join(names) + ".", names)
    calls = 0
    original = pt._run_start

    def counting(doc_, end):
        nonlocal calls
        calls += 1
        return original(doc_, end)

    pt._run_start = counting
    try:
        pt.retype(doc, knowledge(nlp), pt.lexicons())
    finally:
        pt._run_start = original
    return calls


def test_long_lists_stay_linear(nlp):
    """A list of names ten times longer costs at most twelve times the work (each name reads a
    bounded stretch of the list)."""
    assert _run_calls(nlp, 1000) <= 12 * _run_calls(nlp, 100)


@pytest.mark.parametrize("text,spans,expected", [
    # a company's legal form or an airline's, holding's or esports team's last word: an organisation
    ("Ia bekerja di Velmora Inc sejak lama.", ["Velmora Inc"], [("Velmora Inc", "ORG")]),
    ("Saham Kastrada Holdings naik.", ["Kastrada Holdings"], [("Kastrada Holdings", "ORG")]),
    ("Tim Rudrik Esports juara lagi.", ["Rudrik Esports"], [("Rudrik Esports", "ORG")]),
    ("Pesawat Lintara Airlines mendarat.", ["Lintara Airlines"], [("Lintara Airlines", "ORG")]),
    ("Dokter gigi dari Kerana Dental Clinic mengatakan itu.", ["Kerana Dental Clinic"], [("Kerana Dental Clinic", "ORG")]),
    ("Pebalap Velmora Racing Team menang.", ["Velmora Racing Team"], [("Velmora Racing Team", "ORG")]),
    # a title's unit between the title and its holder in apposition: the organisation
    ("Pelatih Kavanta Rolo, Marko Tellen, mengatakan timnya siap.", ["Kavanta Rolo", "Marko Tellen"],
     [("Kavanta Rolo", "ORG"), ("Marko Tellen", "PER")]),
    ("Manajer Borvani Rosa, Dirga Santoso, menyebut hal itu wajar.", ["Borvani Rosa", "Dirga Santoso"],
     [("Borvani Rosa", "ORG"), ("Dirga Santoso", "PER")]),
    # negative cases: a list of people after the title, a relative of the title's holder, a person
    # the text writes as a person's elsewhere
    ("Presiden Darmono Sutejo, Marko Tellen, dan Rina Wulandari hadir.", ["Darmono Sutejo", "Marko Tellen"],
     [("Darmono Sutejo", "PER"), ("Marko Tellen", "PER")]),
    ("Istri Presiden Darmono Sutejo, Rina Wulandari, mengatakan acara itu meriah.",
     ["Darmono Sutejo", "Rina Wulandari"], [("Darmono Sutejo", "PER"), ("Rina Wulandari", "PER")]),
    ('Pelatih Kavanta Rolo, Marko Tellen, mengatakan hal itu. "Kami siap," kata Kavanta Rolo.',
     ["Kavanta Rolo", "Marko Tellen", "Kavanta Rolo"],
     [("Kavanta Rolo", "PER"), ("Marko Tellen", "PER"), ("Kavanta Rolo", "PER")]),
    ("Pelatih Kavanta Rolo mengatakan timnya siap.", ["Kavanta Rolo"], [("Kavanta Rolo", "PER")]),
    ("Warta.com - Kapten Kavanta Rolo, Marko Tellen mengaku senang.", ["Kapten Kavanta Rolo", "Marko Tellen"],
     [("Kapten Kavanta Rolo", "PER"), ("Marko Tellen", "PER")]),  # a dash is no title
    ("Pebalap Kavanta Rolo, Marko Tellen, finis keempat.", ["Kavanta Rolo", "Marko Tellen"],
     [("Kavanta Rolo", "ORG"), ("Marko Tellen", "PER")]),  # an occupation takes its organisation too
    ("Pengacara Kavanta Rolo, Marko Tellen, mengatakan kliennya tak bersalah.", ["Kavanta Rolo", "Marko Tellen"],
     [("Kavanta Rolo", "PER"), ("Marko Tellen", "PER")]),  # a title held on X's behalf
    ("Staf Khusus Presiden Kavanta, Marko Tellen, mengatakan hal itu.", ["Kavanta", "Marko Tellen"],
     [("Kavanta", "PER"), ("Marko Tellen", "PER")]),  # two titles: X holds the inner one
    ("Pelatih Budi Rolo, Marko Tellen, mengatakan timnya siap.", ["Budi Rolo", "Marko Tellen"],
     [("Budi Rolo", "PER"), ("Marko Tellen", "PER")]),  # a DBpedia given name
    # a one-word candidate that opens a longer organisation of the text: its short form
    ("Velmora menambah kota baru. Data Velmora Movement terbuka.", ["Velmora", ("Velmora Movement", "ORG")],
     [("Velmora", "ORG"), ("Velmora Movement", "ORG")]),
    # ... not when a longer person holds it, or the text writes it as a person's
    ("Darmono Sutejo hadir. Darmono tiba di Darmono Group.", ["Darmono Sutejo", "Darmono", ("Darmono Group", "ORG")],
     [("Darmono Sutejo", "PER"), ("Darmono", "PER"), ("Darmono Group", "ORG")]),
    ('"Kami siap," kata Velmora. Ia memimpin Velmora Group.', ["Velmora", ("Velmora Group", "ORG")],
     [("Velmora", "PER"), ("Velmora Group", "ORG")]),
    ("Ia membantu Budi di Budi Kastrada Orkestra.", ["Budi", ("Budi Kastrada Orkestra", "ORG")],
     [("Budi", "PER"), ("Budi Kastrada Orkestra", "ORG")]),  # a given name: the orchestra is named after him
    # a common noun heading the span is cut from the name after it ...
    ("Pengakuan Agus mengejutkan.", ["Pengakuan Agus"], [("Agus", "PER")]),
    # ... unless the text writes the same words inside a sentence too: the first word is the name's
    ("Mitra Velmora menang. Pemain Mitra Velmora bersorak.", [("Mitra Velmora", "PER"), ("Mitra Velmora", "ORG")],
     [("Mitra Velmora", "ORG"), ("Mitra Velmora", "ORG")]),
    # one word with a capital inside: a company's, outlet's or band's name, even before a speech verb
    ("Hasil uji VelmoraLab menempatkan ponsel itu di atas.", ["VelmoraLab"], [("VelmoraLab", "ORG")]),
    ("KastraNews melaporkan, musim itu diunduh jutaan kali.", ["KastraNews"], [("KastraNews", "ORG")]),
    # negative cases: a surname particle opens it, a longer person holds it, an honorific precedes it
    ("Petarung itu, Conan McVelder, menang.", ["Conan McVelder"], [("Conan McVelder", "PER")]),
    ("Aktor Darmo DiRosa hadir. DiRosa tersenyum.", ["Darmo DiRosa", "DiRosa"],
     [("Darmo DiRosa", "PER"), ("DiRosa", "PER")]),
    ("Rudi VelmoraLab hadir. Kata VelmoraLab, acara itu meriah.", ["Rudi VelmoraLab", "VelmoraLab"],
     [("Rudi VelmoraLab", "PER"), ("VelmoraLab", "PER")]),
    ("Pak JoRudi datang ke kantor.", ["JoRudi"], [("JoRudi", "PER")]),
    ("Darmono Sutejo hadir.", ["Darmono Sutejo"], [("Darmono Sutejo", "PER")]),
])
def test_organisations_typed_as_people(nlp, text, spans, expected):
    assert _retyped(nlp, text, spans) == expected


@pytest.mark.parametrize("word,camel", [("DxOMark", True), ("TorrentFreak", True), ("McGregor", False),
                                        ("MacAskill", False), ("DiCaprio", False), ("LeBron", False),
                                        ("IBM", False), ("Budi", False), ("iPhone", False), ("TdS", False)])
def test_camel_name(word, camel):
    assert pt.camel_name(word, pt.lexicons()) is camel
