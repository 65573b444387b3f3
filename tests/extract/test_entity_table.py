"""The document's entity table: Indonesian name rules, and people, roles and speakers read from it.

Names and sentences are invented.
"""
import pytest
import spacy

from pipeline.annotations import Entity, EntityMention, EntityTable
from pipeline.extract.entities import knowledge
from pipeline.extract.entity_table import build, holder_of, same_name, short_form_of, untitled

# (short, full, expected)
SHORT_FORMS = [
    ("Hartono", "Bayu Hartono", True),                    # surname
    ("Bayu", "Bayu Hartono Saputra", True),               # given name
    ("Bayu Hartono", "Bayu Hartono Saputra", True),       # given names
    ("Bayu Saputra", "Bayu Hartono Saputra", True),       # first and last name
    ("Bayu S.", "Bayu Hartono Saputra", True),            # an initial for a word
    ("Ahmad", "Ahmad bin Yusuf", True),                   # own name before the patronymic
    ("Yusuf", "Ahmad bin Yusuf", False),                  # the father's name
    ("Siti", "Siti binti Karim Lubis", True),
    ("Lubis", "Siti binti Karim Lubis", False),
    ("Hartono", "Hartono", False),                        # not shorter
    ("Budi Hartono", "Bayu Hartono", False),              # a shared family name, another given name
    ("Saputra Hartono", "Bayu Hartono Saputra", False),   # words out of order
    ("B. S.", "Bayu Santoso", False),                     # initials alone
    ("Soemardi", "Soenarto", False),                      # single names match only themselves
    ("Wulan", "Intan Permata", False),
    ("Sumarni", "Farida S. Kusumawardhani", False),       # a whole word against an initial only
    ("Farida S.", "Farida Sari Kusumawardhani", True),
    # old and new spellings of one word (oe/u, dj/j, tj/c, sj/sy, ch/kh, y/i)
    ("Prasetyo", "Prasetio Edi Marsudi", True),
    ("Suharto", "Soeharto Wibisono", True),
    ("Djarot", "Jarot Sulistyo", True),
    ("Cahyadi", "Tjahyadi Lukman", True),
    ("Prasetyo", "Prasetya Edi Marsudi", False),          # another vowel is another name
    ("Yuda", "Iuda Pratama", True),
    ("Ani", "Any Wibowo", False),                          # short words as written
]


@pytest.mark.parametrize("short,full,expected", SHORT_FORMS)
def test_short_form_of(short, full, expected):
    assert short_form_of(short, full) is expected


# (a, b, expected): two writings of one full name
SAME_NAMES = [
    ("Budi S. Wibowo", "Budi Santoso Wibowo", True),
    ("Budi Santoso Wibowo", "Budi S Wibowo", True),
    ("Budi Santoso Wibowo", "Budi Santoso Wibowo", True),
    ("B. S. Wibowo", "Budi Santoso Wibowo", True),
    ("B. S. W.", "B. S. W.", True),
    ("B. S. W.", "Budi Santoso Wibowo", False),           # no whole word in common
    ("Budi Santoso Wibowo", "Budi Sutrisno", False),
    ("Rina Wibowo", "Rudi Wibowo", False),
    ("Soeharto Wibisono", "Suharto Wibisono", True),
    ("Djoko Santoso", "Joko Santosa", False),
    # a doubled letter written single, a long word cut to its opening letters
    ("Harri Wibisono", "Hari Wibisono", True),
    ("Budi Hasanuddin", "Budi Hasanudin", True),
    ("Harri Tanusa", "Hari Tanusasmita", True),
    ("Budi Tanu", "Budi Tanusasmita", False),            # a cut of four letters: another name
    ("Budi Tanusasmi", "Budi Tanusasmita", False),       # two letters dropped: a spelling of its own
    ("Rina Wibowo", "Rinna Wibisono", False),
]


@pytest.mark.parametrize("a,b,expected", SAME_NAMES)
def test_same_name(a, b, expected):
    assert same_name(a, b) is expected


# a title of office a mention kept in front is no part of the person's name
UNTITLED = [
    ("Presiden Joko Widodo", "Joko Widodo"),
    ("Wakil Presiden Ma'ruf Amin", "Ma'ruf Amin"),
    ("Gubernur Rina Wulandari", "Rina Wulandari"),
    ("Presiden Jokowi", "Jokowi"),
    ("Presiden", ""),  # a title alone names no person of its own
    ("Wakil Presiden", ""),
    ("Joko Widodo", "Joko Widodo"),
    ("Agung Hari Setiyono", "Agung Hari Setiyono"),  # a title word later in a name stays ("Jaksa Agung")
    ("Rina Ketua", "Rina Ketua"),
    ("Presiden direktur", ""),
]


@pytest.mark.parametrize("name,expected", UNTITLED)
def test_untitled(name, expected):
    assert untitled(name, knowledge(spacy.blank("id"))) == expected


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline("entity_table", "organizations", "people", "quotes")


def _people(doc):
    return {p.name: p for p in doc._.people}


# (text, the people expected, each with the texts of their mentions)
GROUPS = [
    ("Kepala Dinas Kesehatan Kota Bogor Sri Wahyuni Lestari meninjau puskesmas. Lestari mengatakan stok obat aman. "
     "Sri lalu pulang.", {"Sri Wahyuni Lestari": ["Sri Wahyuni Lestari", "Lestari", "Sri"]}),
    # a shared family name: two people introduced apart stay two
    ("Gubernur Joko Susilo, bersama Ketua TP PKK Rina Joko Susilo, meninjau pasar.",
     {"Joko Susilo": ["Joko Susilo"], "Rina Joko Susilo": ["Rina Joko Susilo"]}),
    # a surname shared by two people goes to the one named last before it
    ("Kepala Dinas Pendidikan Kota Bogor Andi Wiradana membuka acara. Ketua DPRD Kota Bogor Sinta Wiradana hadir. "
     "Wiradana menyampaikan sambutan.",
     {"Andi Wiradana": ["Andi Wiradana"], "Sinta Wiradana": ["Sinta Wiradana", "Wiradana"]}),
    # a nickname after the words that introduce one is the person's; a name after "yang" alone is another
    ('Kepala Dinas Pariwisata Kota Bogor Bima Prasetya atau yang akrab disapa Bibim hadir. "Kami siap," kata Bibim.',
     {"Bima Prasetya": ["Bima Prasetya", "Bibim", "Bibim"]}),
    ('Kepala Dinas Pariwisata Kota Bogor, Rangga Saputra, yang biasa dipanggil Ucok, hadir. "Kami siap," kata Ucok.',
     {"Rangga Saputra": ["Rangga Saputra", "Ucok", "Ucok"]}),
    ('Kepala Dinas Pariwisata Kota Bogor, Rangga Saputra, yang mengundang Ucok, hadir. "Kami siap," kata Ucok.',
     {"Rangga Saputra": ["Rangga Saputra"], "Ucok": ["Ucok", "Ucok"]}),
    # two words after a plain "atau" that a form of address opens, after a full name; not after one name
    ('Kepala Dinas Pariwisata Kota Bogor Rangga Saputra atau Cak Ucok hadir. "Kami siap," kata Cak Ucok.',
     {"Rangga Saputra": ["Rangga Saputra", "Cak Ucok", "Cak Ucok"]}),
    ('Warga mendukung Bupati Rangga atau Cak Ucok. "Kami siap," kata Cak Ucok.',
     {"Rangga": ["Rangga"], "Cak Ucok": ["Cak Ucok", "Cak Ucok"]}),
    # the press's syllable nickname of a full name is the person's (one full name fits it);
    # a single name that only shares a start with one word of a full name is another person
    ("Wali Kota Bogor Darmo Wiyono hadir. Darmowi mengatakan anggaran cukup.",
     {"Darmo Wiyono": ["Darmo Wiyono", "Darmowi"]}),
    ("Wali Kota Bogor Setya Novandi hadir. Setnov mengatakan anggaran cukup.",
     {"Setya Novandi": ["Setya Novandi", "Setnov"]}),
    ("Wali Kota Bogor Darmo Wiyono hadir. Darmono mengatakan anggaran cukup.",
     {"Darmo Wiyono": ["Darmo Wiyono"], "Darmono": ["Darmono"]}),
    ("Wali Kota Bogor Darmo Wiyono hadir. Ketua DPRD Kota Bogor Darmo Wicaksana juga hadir. Darmowi mengatakan anggaran "
     "cukup.",
     {"Darmo Wiyono": ["Darmo Wiyono"], "Darmo Wicaksana": ["Darmo Wicaksana"], "Darmowi": ["Darmowi"]}),
    # three writings of one name (a doubled letter, a long word cut short) are one person, under the fullest
    ('Wali Kota Bogor Harry Tanusasmita hadir. "Kami siap," kata Hary Tanusa. "Anggaran cukup," kata Harry Tanusa.',
     {"Harry Tanusasmita": ["Harry Tanusasmita", "Hary Tanusa", "Harry Tanusa"]}),
    # a short form in the other spelling of a word is the person's; one spelt as written wins
    ("Ketua DPRD Kota Bogor Prasetio Edi Marsudi hadir. Prasetyo mengatakan anggaran cukup.",
     {"Prasetio Edi Marsudi": ["Prasetio Edi Marsudi", "Prasetyo"]}),
    ("Sekretaris Daerah Kota Bogor Djoko Santosa hadir. Bupati Joko Wiranto juga hadir. Djoko mengatakan anggaran "
     "cukup.", {"Djoko Santosa": ["Djoko Santosa", "Djoko"], "Joko Wiranto": ["Joko Wiranto"]}),
]


# a word capitalised only because it opens the sentence is no part of the name of a person
# introduced before; a given name (DBpedia) or a person introduced there stays whole.
# (text, PER mentions as tagged, the people expected)
SENTENCE_WORDS = [
    ("Kepala Dinas Perhubungan Kota Bogor Syafrin Liputo hadir. Diakui Syafrin, jalan itu padat.",
     ["Syafrin Liputo", "Diakui Syafrin"], ["Syafrin Liputo"]),
    ("Kepala Dinas Kesehatan Kota Bogor Dewi Hartono hadir. Bayu Hartono mengatakan stok obat aman.",
     ["Dewi Hartono", "Bayu Hartono"], ["Dewi Hartono", "Bayu Hartono"]),
    ("Diakui Syafrin, jalan itu padat. Kepala Dinas Perhubungan Kota Bogor Syafrin Liputo hadir.",
     ["Diakui Syafrin", "Syafrin Liputo"], ["Diakui Syafrin", "Syafrin Liputo"]),
    ("Kemarin Syafrin Liputo hadir. Jalan itu, kata Diakui Syafrin, padat.",  # not at a sentence start
     ["Syafrin Liputo", "Diakui Syafrin"], ["Syafrin Liputo", "Diakui Syafrin"]),
]


# the words of the organisation a mention took before the name, when another mention of the person opens
# with a later word: dropped when they hold a common or institutional word and no word of a person name;
# a rare given name before the name the text uses, a surname used alone, a DBpedia given name stay.
# (text, PER mentions as tagged, the people expected)
NAMES_AS_USED = [
    ("Koordinator Nasional Pantau Rawa Tirtan Abasi hadir. Tirtan menambahkan, lahan itu basah.",
     ["Pantau Rawa Tirtan Abasi", "Tirtan"], ["Tirtan Abasi"]),
    ("Direktur Eksekutif Institute for Energy Services Reform Tirtan Abasi hadir. Tirtan Abasi menambahkan, siap.",
     ["Energy Services Reform Tirtan Abasi", "Tirtan Abasi"], ["Tirtan Abasi"]),
    ("Wakil Ketua DPR Lurfi Dasco Amadi hadir. Dasco menambahkan, rapat ditunda.",
     ["Lurfi Dasco Amadi", "Dasco"], ["Lurfi Dasco Amadi"]),
    ("Koordinator Nasional Pantau Rawa Tirtan Abasi hadir. Abasi menambahkan, lahan itu basah.",
     ["Pantau Rawa Tirtan Abasi", "Abasi"], ["Pantau Rawa Tirtan Abasi"]),
    ("Kepala Pusat Penerangan Kejaksaan Agung Hari Setiyadi hadir. Hari menambahkan, berkas lengkap.",
     ["Agung Hari Setiyadi", "Hari"], ["Agung Hari Setiyadi"]),
    ("Ketua Yayasan Masjid Raya Kiagus Ahmad Sarnadi hadir. Ahmad menambahkan, jamaah dibatasi.",
     ["Kiagus Ahmad Sarnadi", "Ahmad"], ["Kiagus Ahmad Sarnadi"]),
]

# a name that writes words of another as their initials is the same person, under the name spelt out
INITIALISMS = [
    ("Gubernur Sultan Hamengku Buwono X hadir. Menurut Sultan HB X, demo itu dirancang.",
     ["Sultan Hamengku Buwono X", "Sultan HB X"], ["Sultan Hamengku Buwono X"]),
    ("Gubernur Sultan Hamid Bakri X hadir. Menurut Sultan HB Y, demo itu dirancang.",
     ["Sultan Hamid Bakri X", "Sultan HB Y"], ["Sultan Hamid Bakri X", "Sultan HB Y"]),
]

# the press's short forms of a name introduced before: its initials, or the opening letters of one of its
# words when they are no given name of their own (DBpedia: "Budi" is one); one full name must fit
SHORT_NICKNAMES = [
    ("Wakil Presiden Yusuf Kalbar hadir. YK mengatakan anggaran cukup.", ["Yusuf Kalbar", "YK"], ["Yusuf Kalbar"]),
    ("Tersangka HS ditangkap. Kapolres Hendra Setiawan memimpin. HS mengaku menyesal.",
     ["HS", "Hendra Setiawan", "HS"], ["HS", "Hendra Setiawan"]),
    ("Wali Kota Yusuf Kalbar hadir. Ketua DPRD Yanti Kartika hadir. YK mengatakan anggaran cukup.",
     ["Yusuf Kalbar", "Yanti Kartika", "YK"], ["Yusuf Kalbar", "Yanti Kartika", "YK"]),
    ("Wali Kota Bogor Trisna Rismawati hadir. Risma mengatakan anggaran cukup.",
     ["Trisna Rismawati", "Risma"], ["Trisna Rismawati"]),
    ("Wali Kota Bogor Budiman Sudarsono hadir. Budi mengatakan anggaran cukup.",
     ["Budiman Sudarsono", "Budi"], ["Budiman Sudarsono", "Budi"]),
    ("Risma mengatakan anggaran cukup. Wali Kota Bogor Trisna Rismawati hadir.",
     ["Risma", "Trisna Rismawati"], ["Risma", "Trisna Rismawati"]),
    # a stage name or nickname after the naming words of the press is the person's (two words at most)
    ("Aktris Wulan Sekar Ayuni, yang lebih dikenal sebagai Sekar Wulan, hadir.",
     ["Wulan Sekar Ayuni", "Sekar Wulan"], ["Wulan Sekar Ayuni"]),
    ("Penyanyi Laras Pertiwi Anggun, yang dikenal dengan nama panggung Laras Biru, hadir.",
     ["Laras Pertiwi Anggun", "Laras Biru"], ["Laras Pertiwi Anggun"]),
    ("Pengusaha Ramdani Saputra atau yang lebih dikenal dengan Haji Dodo hadir.",
     ["Ramdani Saputra", "Haji Dodo"], ["Ramdani Saputra"]),
    # a verb of performing under a name ("manggung/tampil dengan nama (panggung) Y") names a stage name too
    ("Rapper Dodi Saputra, yang manggung dengan nama Dodi Kie, hadir.",
     ["Dodi Saputra", "Dodi Kie"], ["Dodi Saputra"]),
    ("Penyanyi Wulan Rahayu, yang tampil dengan nama panggung Lala Moon, hadir.",
     ["Wulan Rahayu", "Lala Moon"], ["Wulan Rahayu"]),
    ("Penyanyi Wulan Rahayu tampil dengan Lala Moon.",
     ["Wulan Rahayu", "Lala Moon"], ["Wulan Rahayu", "Lala Moon"]),
    # an epithet opening its sentence ("Pembalap berusia 19 tahun yang akrab disapa Y itu") stands for the
    # person named before it: Y is that person's nickname; not after an object ("bersama pemuda yang ...")
    ("Pembalap muda Lalu Hendra Saputra finis ketiga. Pembalap berusia 19 tahun yang akrab disapa Put itu "
     "membela tim lokal.", ["Lalu Hendra Saputra", "Put"], ["Lalu Hendra Saputra"]),
    ("Pembalap muda Lalu Hendra Saputra finis ketiga. Ia datang bersama pemuda yang akrab disapa Put.",
     ["Lalu Hendra Saputra", "Put"], ["Lalu Hendra Saputra", "Put"]),
    # a short form of a nickname given so is the person's, when no other name of the text holds it
    ("Produser Hendrawan Wiratama alias Bimo Gitar hadir. Menurut Bimo, album itu selesai.",
     ["Hendrawan Wiratama", "Bimo Gitar", "Bimo"], ["Hendrawan Wiratama"]),
    ("Produser Hendrawan Wiratama alias Bimo Gitar hadir bersama Bimo Santoso. Menurut Bimo, album itu selesai.",
     ["Hendrawan Wiratama", "Bimo Gitar", "Bimo Santoso", "Bimo"], ["Hendrawan Wiratama", "Bimo Santoso"]),
    # a chain of aliases names one person
    ("Tersangka Joni Prasetyo alias Abu Salman alias Kucing ditangkap.",
     ["Joni Prasetyo", "Abu Salman", "Kucing"], ["Joni Prasetyo"]),
    # negative: a person after "dikenal sebagai" and a common noun is another person
    ("Gubernur Andi Wijaya, yang dikenal sebagai sahabat Budi Santoso, hadir.",
     ["Andi Wijaya", "Budi Santoso"], ["Andi Wijaya", "Budi Santoso"]),
    # "X, yang bernama asli Y": the name before is the nickname of the full name after
    ("Penyanyi Ratu Senja, yang bernama asli Ratna Dewi Lestari, hadir.",
     ["Ratu Senja", "Ratna Dewi Lestari"], ["Ratna Dewi Lestari"]),
    ("Penyanyi Ratu Senja, yang bernyanyi bersama Ratna Dewi Lestari, hadir.",
     ["Ratu Senja", "Ratna Dewi Lestari"], ["Ratu Senja", "Ratna Dewi Lestari"]),
    # "X, sapaan (akrab) Y": the one word before is the nickname of the full name after
    ("Pelatih itu hadir. Teco, sapaan akrab Stefanus Cugara, mengatakan tim siap.",
     ["Teco", "Stefanus Cugara"], ["Stefanus Cugara"]),
    ("Pelatih itu hadir. Teco, mantan pemain Stefanus Cugara, mengatakan tim siap.",
     ["Teco", "Stefanus Cugara"], ["Teco", "Stefanus Cugara"]),
]


@pytest.mark.parametrize("text,mentions,expected", SENTENCE_WORDS + NAMES_AS_USED + INITIALISMS + SHORT_NICKNAMES)
def test_names_as_the_text_uses_them(nlp, text, mentions, expected):
    doc = nlp(text)
    at = [text.find(mentions[0])] + [text.rfind(m) for m in mentions[1:]]  # the later mentions after the first
    doc.ents = [doc.char_span(a, a + len(m), label="PER") for a, m in zip(at, mentions)]
    assert [p.name for p in build(doc).people()] == expected


@pytest.mark.parametrize("text,expected", GROUPS)
def test_people_are_grouped_by_name_rules(nlp, text, expected):
    found = _people(nlp(text))
    assert {name: [m.text for m in p.mentions] for name, p in found.items()} == expected


def test_list_of_office_holders_gives_each_their_own_title(nlp):
    doc = nlp("Rapat dihadiri Menteri Pertanian Bayu Hartono Saputra, Menteri Perdagangan Rudi Santoso Wijaya, "
              "dan Kepala Badan Pangan Nasional Andi Prakoso.")
    roles = {name: [r.title for r in p.roles] for name, p in _people(doc).items()}
    assert roles == {"Bayu Hartono Saputra": ["Menteri Pertanian"], "Rudi Santoso Wijaya": ["Menteri Perdagangan"],
                     "Andi Prakoso": ["Kepala"]}


def test_apposition_after_the_name_still_gives_the_title(nlp):
    doc = nlp("Budi Santoso, Kepala Dinas Perhubungan Kota Serang, mengatakan jalan itu ditutup.")
    assert [r.title for r in _people(doc)["Budi Santoso"].roles] == ["Kepala"]


# (text, the quote's cue, its speaker)
SPEAKERS = [
    # the fullest name of the person, from a shared-word mention
    ('Gubernur Joko Susilo, bersama Ketua TP PKK Rina Joko Susilo, meninjau pasar. "Harga stabil," kata Joko Susilo.',
     "kata", "Joko Susilo"),
    # a bare title as subject: the one person the text gave it
    ('Gubernur Joko Susilo meninjau pasar. Gubernur menyampaikan bahwa pasokan beras cukup untuk tiga bulan.',
     "menyampaikan", "Joko Susilo"),
    ('Kepala Dinas Kesehatan Kota Bogor Sri Wahyuni Lestari meninjau puskesmas. Kepala Dinas menegaskan bahwa '
     'vaksin tersedia di semua puskesmas kota.', "menegaskan", "Sri Wahyuni Lestari"),
    # a title that is an object, not the subject, does not speak
    ('Gubernur Joko Susilo meninjau pasar. Sekretaris Daerah Andi Prakoso, yang mendampingi Gubernur, menambahkan '
     'bahwa anggaran pasar sudah diusulkan ke pemerintah pusat.', "menambahkan", "Andi Prakoso"),
    # a bare title with one holder speaks, after a cue too, and as an abbreviation of the holder's role
    ('Bupati Garut Rudi Gunawan hadir. Bupati mengatakan jalan rusak segera diperbaiki tahun ini.', "mengatakan",
     "Rudi Gunawan"),
    ('Bupati Garut Rudi Gunawan hadir bersama Kepala Dinas PUPR Ade Sugianto. "Jalan rusak segera diperbaiki tahun '
     'ini," kata Bupati.', "kata", "Rudi Gunawan"),
    ('Menteri Sosial Tri Wulandari datang. Mensos mengatakan bantuan segera disalurkan kepada warga terdampak.',
     "mengatakan", "Tri Wulandari"),
]


@pytest.mark.parametrize("text,cue,speaker", SPEAKERS)
def test_speakers_come_from_the_table(nlp, text, cue, speaker):
    doc = nlp(text)
    found = [q.speaker for q in doc._.quotes if q.cue == cue]
    assert found == [speaker]
    names = {e.name for e in doc._.entities.entities}
    assert all(q.speaker in names for q in doc._.quotes if q.speaker)


def test_pronouns_and_titles_are_mentions_of_the_table(nlp):
    doc = nlp('Gubernur Joko Susilo meninjau pasar. "Harga stabil," ujarnya. Gubernur menyampaikan bahwa pasokan beras '
              'cukup untuk tiga bulan.')
    person = next(e for e in doc._.entities.people() if e.name == "Joko Susilo")
    assert [(m.text, m.kind) for m in person.mentions] == [("Joko Susilo", "name"), ("nya", "pronoun"),
                                                           ("Gubernur", "title")]
    assert [m.text for m in _people(doc)["Joko Susilo"].mentions] == ["Joko Susilo"]  # people: names only
    assert doc._.entities.to_dict()["entities"][0]["mentions"][0]["start"] == doc.text.index("Joko")


def test_initials_in_brackets_are_the_persons(nlp):
    doc = nlp("Ketua Umum Partai Maju, Rudi Santoso Wijaya (RSW), hadir. Menurut RSW, koalisi tetap solid sampai akhir.")
    person = next(e for e in doc._.entities.people() if e.name == "Rudi Santoso Wijaya")
    assert [(m.text, m.kind) for m in person.mentions if m.kind == "initials"] == [("RSW", "initials")] * 2
    assert [q.speaker for q in doc._.quotes] == ["Rudi Santoso Wijaya"]


def test_without_person_mentions_the_quote_rules_add_the_speaker(rules_pipeline):
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences")
    nlp.add_pipe("quotes")
    doc = nlp('"Kami siap membantu warga," kata Budi.')
    assert [q.speaker for q in doc._.quotes] == ["Budi"]
    assert [(e.label, e.name) for e in doc._.entities.entities] == [("PER", "Budi")]


def test_multi_paragraph_quote_takes_the_speaker_at_its_end(nlp):
    text = ('Menteri Pertanian Bayu Hartono Saputra meninjau gudang.\n"Stok beras aman sampai akhir tahun," kata Bayu.\n'
            'Sementara itu, Direktur Utama Perum Bulog Rudi Santoso Wijaya mengapresiasi langkah itu.\n'
            '"Kami akan terus mengawasi distribusi beras ke semua daerah.\n'
            '"Pengawasan dilakukan bersama pemerintah daerah dan aparat keamanan.\n'
            '"Semua pihak harus ikut menjaga harga," ujarnya.')
    speakers = [q.speaker for q in nlp(text)._.quotes if q.kind == "direct"]
    assert speakers == ["Bayu Hartono Saputra"] + ["Rudi Santoso Wijaya"] * 3


def test_table_lookup_by_position():
    table = EntityTable([Entity(0, "ORG", "Badan Pangan Nasional", [EntityMention("Badan Pangan Nasional", 0, 21)]),
                         Entity(1, "PER", "Andi Prakoso", [EntityMention("Andi Prakoso", 30, 42),
                                                           EntityMention("Andi", 60, 64, "short")])])
    assert table.at(31, 33).name == "Andi Prakoso"
    assert table.at(0, 5, "ORG").name == "Badan Pangan Nasional"
    assert table.at(0, 5, "PER") is None
    assert table.at(22, 29) is None
    table.add_mention(table.entities[1], EntityMention("ia", 70, 72, "pronoun"))
    table.add_mention(table.entities[1], EntityMention("ia", 70, 72, "pronoun"))  # once
    assert table.at(70, 71).name == "Andi Prakoso"
    assert len(table.entities[1].mentions) == 3


def test_holder_of_needs_one_holder_named_before():
    a = Entity(0, "PER", "Joko Susilo", [EntityMention("Joko Susilo", 10, 21)])
    b = Entity(1, "PER", "Sinta Lestari", [EntityMention("Sinta Lestari", 50, 63)])
    from pipeline.annotations import Role

    a.roles = [Role("Gubernur", None, 0, 21)]
    b.roles = [Role("Menteri Sosial", None, 40, 63)]
    assert holder_of("Gubernur", [a, b], 100) is a
    assert holder_of("Mensos", [a, b], 100) is b
    assert holder_of("Mensos", [a, b], 30) is None          # named after
    assert holder_of("Bupati", [a, b], 100) is None


@pytest.mark.parametrize("org,names,expected", [
    # written with its acronym in brackets: the table's form without it
    ("Dewan Kota (DK) Sukamaju", ["Dewan Kota Sukamaju", "DK"], "Dewan Kota Sukamaju"),
    # a name of the table stays as written; an org the table does not know too
    ("Dewan Kota (DK) Sukamaju", ["Dewan Kota (DK) Sukamaju", "DK"], "Dewan Kota (DK) Sukamaju"),
    ("Yayasan Sukamaju (YS)", ["Yayasan Lain"], "Yayasan Sukamaju (YS)"),
])
def test_role_org_takes_the_table_name(org, names, expected):
    from pipeline.annotations import Role
    from pipeline.extract.entity_table import _role_org_names

    person = Entity(1, "PER", "Budi Santoso", roles=[Role("Ketua", org, 0, 10)])
    _role_org_names("", [person], [Entity(0, "ORG", names[0], aliases=names[1:])])
    assert person.roles[0].org == expected


@pytest.mark.parametrize("text,org,names,expected", [
    # cut at the acronym in brackets: goes on to the table's name after it
    ("Ketua Dewan Kota (DK) Sukamaju Raya Budi Santoso datang.", "Dewan Kota",
     ["Dewan Kota Sukamaju Raya", "DK Sukamaju Raya"], "Dewan Kota Sukamaju Raya"),
    ("Ketua Dewan Kota (DK) Sukamaju Raya Budi Santoso datang.", "Dewan Kota",
     ["Dewan Kota Lain", "DK Sukamaju Raya"], "DK Sukamaju Raya"),
    # an acronym with a digit in brackets (a national body's regional office: corpus/README)
    ("Ketua Lembaga Pengawas Pangan (LP2) Provinsi Jawa Tengah, Budi Santoso, hadir.", "Lembaga Pengawas Pangan",
     ["Lembaga Pengawas Pangan Provinsi Jawa Tengah", "LP2"], "Lembaga Pengawas Pangan Provinsi Jawa Tengah"),
    # a unit's number after the bracket
    ("Komandan Komando Resor (Korem) 123/Sukamaju, Budi Santoso, datang.", "Komando Resor", ["Korem"],
     "Komando Resor 123/Sukamaju"),
    # no bracket after it, or a plain word after the bracket: as it was
    ("Ketua Dewan Kota Budi Santoso datang.", "Dewan Kota", ["Dewan Kota Sukamaju"], "Dewan Kota"),
    ("Ketua Dewan Kota (DK) Budi Santoso datang.", "Dewan Kota", ["Dewan Kota Sukamaju"], "Dewan Kota"),
])
def test_role_org_goes_on_after_its_bracket(text, org, names, expected):
    from pipeline.annotations import Role
    from pipeline.extract.entity_table import _role_org_names

    person = Entity(1, "PER", "Budi Santoso", roles=[Role("Ketua", org, 0, text.index("Budi"))])
    _role_org_names(text, [person], [Entity(0, "ORG", names[0], aliases=names[1:])])
    assert person.roles[0].org == expected


@pytest.mark.parametrize("title,names,expected", [
    ("Kepala Bidang Angkutan Dinas Kota Sukamaju", ["Dinas Kota Sukamaju"], ("Kepala Bidang Angkutan", "Dinas Kota Sukamaju")),
    ("Manajer Pemasaran Sukamaju Jaya", ["Sukamaju Jaya"], ("Manajer Pemasaran", "Sukamaju Jaya")),
    # one title word left, a tail that is no name of the table, a lower-case tail: as it was
    ("Ketua Sukamaju Jaya", ["Sukamaju Jaya"], ("Ketua Sukamaju Jaya", None)),
    ("Manajer Pemasaran Sukamaju Raya", ["Sukamaju Jaya"], ("Manajer Pemasaran Sukamaju Raya", None)),
    ("Manajer Pemasaran sukamaju", ["sukamaju"], ("Manajer Pemasaran sukamaju", None)),
])
def test_title_gives_up_its_table_org(title, names, expected):
    from pipeline.annotations import Role
    from pipeline.extract.entity_table import _role_org_names

    person = Entity(1, "PER", "Budi Santoso", roles=[Role(title, None, 0, 10)])
    _role_org_names("", [person], [Entity(0, "ORG", names[0], aliases=names[1:])])
    assert (person.roles[0].title, person.roles[0].org) == expected


@pytest.mark.parametrize("text,title,org,names,expected", [
    # a unit that exists only inside the title goes to the title; the parent is the org
    ("Kepala Pusat Gempa Sukamaju BMKS, Budi Santoso, datang.", "Kepala", "Pusat Gempa Sukamaju BMKS", ["BMKS"],
     ("Kepala Pusat Gempa Sukamaju", "BMKS")),
    # a board acronym, one word or a legal form before the body stays in the org
    ("Ketua DPS Partai Sukamaju, Budi Santoso, datang.", "Ketua", "DPS Partai Sukamaju", ["Partai Sukamaju"],
     ("Ketua", "DPS Partai Sukamaju")),
    ("Direktur Kredit Pusat Bank Sukamaju, Budi Santoso, datang.", "Direktur Kredit", "Pusat Bank Sukamaju",
     ["Bank Sukamaju"], ("Direktur Kredit", "Pusat Bank Sukamaju")),
    ("Pemimpin Perum Pangan Sukamaju, Budi Santoso, datang.", "Pemimpin", "Perum Pangan Sukamaju", ["Pangan Sukamaju"],
     ("Pemimpin", "Perum Pangan Sukamaju")),
    # an org the table names, or one no part of which the table names: as it was
    ("Kepala Pusat Gempa BMKS, Budi Santoso, datang.", "Kepala", "Pusat Gempa BMKS", ["Pusat Gempa BMKS", "BMKS"],
     ("Kepala", "Pusat Gempa BMKS")),
    ("Kepala Pusat Gempa BMKS, Budi Santoso, datang.", "Kepala", "Pusat Gempa BMKS", ["Badan Lain"],
     ("Kepala", "Pusat Gempa BMKS")),
])
def test_unit_inside_title_goes_to_title(text, title, org, names, expected):
    from pipeline.annotations import Role
    from pipeline.extract.entity_table import _role_org_names

    person = Entity(1, "PER", "Budi Santoso", roles=[Role(title, org, 0, text.index("Budi"))])
    _role_org_names(text, [person], [Entity(0, "ORG", names[0], aliases=names[1:])])
    assert (person.roles[0].title, person.roles[0].org) == expected


@pytest.mark.parametrize("text,title,names,expected", [
    ("Konsul Jenderal RI di Sukamaju, Budi Santoso, mengatakan.", "Konsul Jenderal RI",
     ["Konsulat Jenderal Republik Indonesia Sukamaju"], "Konsulat Jenderal Republik Indonesia Sukamaju"),
    ("Duta Besar RI untuk Negeri Sukamaju Budi Santoso mengatakan.", "Duta Besar RI",
     ["KBRI Negeri Sukamaju"], "KBRI Negeri Sukamaju"),
    # the table does not name the mission there, or no place after the title: no org
    ("Konsul Jenderal RI di Sukamaju, Budi Santoso, mengatakan.", "Konsul Jenderal RI", ["KJRI Lain"], None),
    ("Konsul Jenderal RI Budi Santoso mengatakan.", "Konsul Jenderal RI", ["KJRI Sukamaju"], None),
    # no head of a mission
    ("Ketua RI di Sukamaju, Budi Santoso, mengatakan.", "Ketua RI", ["KJRI Sukamaju"], None),
])
def test_head_of_mission_points_to_the_mission(text, title, names, expected):
    from pipeline.annotations import Role
    from pipeline.extract.entity_table import _role_org_names

    person = Entity(1, "PER", "Budi Santoso", roles=[Role(title, None, 0, text.index("Budi"))])
    _role_org_names(text, [person], [Entity(0, "ORG", names[0], aliases=names[1:])])
    assert person.roles[0].org == expected


@pytest.mark.parametrize("text,wanted,expected", [
    ("Pelaku menyerahkan diri ke Polsek Sukamaju. Kapolsek Sukamaju Budi datang.", "Polsek Sukamaju", True),
    ("Pelaku menyerahkan diri ke Polsek Sukamaju Barat, lalu pulang.", "Polsek Sukamaju Barat", True),
    # only inside a venue's name, or inside a longer word: none
    ("Ia dibawa ke Markas Polsek Sukamaju. Kapolsek Sukamaju Budi datang.", "Polsek Sukamaju", False),
    ("Ia dibawa ke Mapolsek Sukamaju. Kapolsek Sukamaju Budi datang.", "Polsek Sukamaju", False),
    ("Kapolsek Sukamaju Budi datang.", "Polsek Sukamaju", False),
])
def test_fused_unit_written_in_text(nlp, text, wanted, expected):
    from pipeline.extract.entities import knowledge
    from pipeline.extract.people import _units_written

    assert (wanted in _units_written(text, knowledge(nlp))) is expected
