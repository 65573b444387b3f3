"""The type of an organisation candidate by its head noun (``thing_heads.tsv``), and the DBpedia
organisation names (``org_gazetteer.txt``); invented sentences, with model entities given."""
import pytest

from pipeline.extract import entities
from pipeline.extract.entities import knowledge
from tests.conftest import with_model_ents


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline()


@pytest.mark.parametrize("name,kind", [
    ("Festival Musik Tepian Danau", "event"),
    ("Piala Walikota Sumberjaya", "event"),
    ("Program Rumah Layak Huni", "programme"),
    ("Kartu Warga Sejahtera", "programme"),
    ("Undang-Undang Perlindungan Nelayan", "law"),
    ("Peraturan Daerah Nomor 4", "law"),
    ("Petunjuk Teknis Penyaluran", "document"),
    ("Aplikasi Lapor Cepat", "product"),
    ("Stadion Tirta Mulia", "facility"),
    ("Bandar Udara Raja Kelana", "facility"),
    ("Sumberjaya Badminton Masters", "event"),  # English: head-final
    ("Nusantara Music Awards", "event"),
    # negative: organisation heads, names, English names with an organisation head, lower case
    ("Kementerian Pemuda", None),
    ("Persatuan Nelayan Tepian", None),
    ("Gerakan Pemuda Tepian", None),
    ("Green Harbour", None),
    ("University of Sumberjaya Open", None),
    ("festival musik", None),
    ("Nusantara Awards", "event"),
    ("Tarnuk Heritage Day", "event"),  # English: head-final
    ("Level IV", "status"),
    ("Sumberjaya Play Store", "product"),  # English: head-final
    ("Kalvora Social Ads", "product"),
    ("Kontak Sumberjaya 157", "product"),
    ("Alat Pelindung Velmora", "product"),
    ("Gardu Tol Tarnuk", "product"),
    ("Berita Resmi Velmora", "document"),
    ("Velmoraliga", "event"),  # a league compounded with its head
    ("PETA", None),  # a common word in capitals is an acronym, no head noun
    ("Liga", "event"),
])
def test_thing_kind(nlp, name, kind):
    doc = nlp.make_doc(name)
    assert entities.thing_kind(doc[:], knowledge(nlp)) == kind


@pytest.mark.parametrize("name,kind", [
    # a person candidate (person_types.thing_headed_name) is read without the two organisation conditions
    ("festival musik", "event"),  # the first word in small letters
    ("University of Sumberjaya Open", "event"),  # an organisation head among the words
    ("Festival Musik Tepian Danau", "event"),
    ("Nusantara Music Awards", "event"),
    ("Kementerian Pemuda", None),
    ("Green Harbour", None),
])
def test_thing_kind_of_a_person_candidate(nlp, name, kind):
    doc = nlp.make_doc(name)
    assert entities.thing_kind(doc[:], knowledge(nlp), organisation=False) == kind


@pytest.mark.parametrize("noun,work", [
    ("film", True), ("lagu", True), ("album", True), ("komik", True),
    # genre_nouns.tsv class programme / event, an organisation's noun, a noun of no listing
    ("program", False), ("acara", False), ("agenda", False), ("tim", False), ("klub", False),
])
def test_work_nouns_are_the_class_work(nlp, noun, work):
    assert (noun in knowledge(nlp).work_nouns) is work


@pytest.mark.parametrize("text,model,kept,dropped", [
    # events, programmes, laws, documents named like organisations: no entity
    ("Warga menonton Festival Musik Tepian Danau di alun-alun.", [("Festival Musik Tepian Danau", "ORG")], [],
     [("Festival Musik Tepian Danau", "ORG")]),
    ("Dinas menyalurkan Program Rumah Layak Huni (PRLH) kepada warga. PRLH diberikan tiap tahun.",
     [("Program Rumah Layak Huni", "ORG"), ("PRLH", "ORG")], [],
     [("Program Rumah Layak Huni", "ORG"), ("PRLH", "ORG")]),
    ("DPR mengesahkan Undang-Undang Perlindungan Nelayan kemarin.",
     [("Undang-Undang Perlindungan Nelayan", "ORG")], [], [("Undang-Undang Perlindungan Nelayan", "ORG")]),
    ("Atlet itu menjuarai Sumberjaya Badminton Masters pekan lalu.", [("Sumberjaya Badminton Masters", "ORG")],
     [], [("Sumberjaya Badminton Masters", "ORG")]),
    # an organisation inside the name of an event is the organisation
    ("Rapat Paripurna DPRD Kabupaten Sumberjaya digelar.", [("Rapat Paripurna DPRD Kabupaten Sumberjaya", "ORG")],
     [("DPRD Kabupaten Sumberjaya", "ORG")], [("Rapat Paripurna DPRD Kabupaten Sumberjaya", "ORG")]),
    # a facility is a place, also with an organisation's name inside
    ("Pertandingan digelar di Stadion Tirta Mulia sore ini.", [("Stadion Tirta Mulia", "ORG")],
     [("Stadion Tirta Mulia", "LOC")], [("Stadion Tirta Mulia", "ORG")]),
    # a noun before names the thing: an exhibition, a tournament
    ("Galeri itu membuka pameran bertajuk Sumber Cahaya Abadi pekan ini.", [("Sumber Cahaya Abadi", "ORG")], [],
     [("Sumber Cahaya Abadi", "ORG")]),
    ("Ia menjuarai ajang Tirta Mulia Open tahun lalu.", [("Tirta Mulia Open", "ORG")], [],
     [("Tirta Mulia Open", "ORG")]),
    # a noun before whose complement is its instance: an app, a console line, an index, a programme, a title;
    # a verb whose object is an event or programme; the product's other models (its first two words)
    ("Warga mendaftar lewat aplikasi Lapor Warga Mobile.", [("Lapor Warga Mobile", "ORG")], [],
     [("Lapor Warga Mobile", "ORG")]),
    ("Ia membeli konsol Zentro One Baru. Zentro One S lebih murah.",
     [("Zentro One Baru", "ORG"), ("Zentro One S", "ORG")], [], [("Zentro One Baru", "ORG"), ("Zentro One S", "ORG")]),
    ("Sementara itu indeks Kalvora Times menguat.", [("Kalvora Times", "ORG")], [], [("Kalvora Times", "ORG")]),
    ("Buku itu bersampul merah dengan judul Senja Kala Raya.", [("Senja Kala Raya", "ORG")], [],
     [("Senja Kala Raya", "ORG")]),
    ("Dinas akan menggelar Outbreak Response Drive (ORD) mulai Senin.",
     [("Outbreak Response Drive", "ORG"), ("ORD", "ORG")], [], [("Outbreak Response Drive", "ORG"), ("ORD", "ORG")]),
    ("Warga memeriksa izin lewat aplikasi BPOM Mobile.", [("BPOM Mobile", "ORG")], [], [("BPOM Mobile", "ORG")]),
    ("Warga dapat melapor melalui Contact Center Halo BPOM 1500533.", [("Contact Center Halo BPOM", "ORG")],
     [("BPOM", "ORG")], [("Contact Center Halo BPOM", "ORG")]),
    # every mention of a name that follows such a noun once (one sense per document)
    ("Gubernur meluncurkan program kartu OK Zentrip. Namun biaya OK Zentrip hanya Rp 5.000.",
     [("OK Zentrip", "ORG")], [], [("OK Zentrip", "ORG")]),
    # ... but the organisation inside is the organisation, and an acronym with its region is the owner
    ("Begini cara daftar program REHAB BPJS Kesehatan.", [("REHAB BPJS Kesehatan", "ORG")],
     [("BPJS Kesehatan", "ORG")], [("REHAB BPJS Kesehatan", "ORG")]),
    ("Penanggung jawab program KMP Indonesia hadir.", [("KMP Indonesia", "ORG")], [("KMP Indonesia", "ORG")], []),
    ("Nasabah memakai aplikasi Bank Sumberjaya setiap hari.", [("Bank Sumberjaya", "ORG")],
     [("Bank Sumberjaya", "ORG")], []),
    ("Mengutip laman Kalvora Padel Federation, olahraga itu lahir di Meksiko.", [("Kalvora Padel Federation", "ORG")],
     [("Kalvora Padel Federation", "ORG")], []),
    ("Ia bicara seperti dilansir dari laman Kalvora Post, Minggu.", [("Kalvora Post", "ORG")],
     [("Kalvora Post", "ORG")], []),
    # an organisation stops before a word of the distributive se- (across the region)
    ("Stok beras di gudang Bulog se-Sulselbar mencapai 400 ton.", [("Bulog se-Sulselbar", "ORG")],
     [("Bulog", "ORG")], [("Bulog se-Sulselbar", "ORG")]),
    # the object of a launch (a nominalised meluncurkan): a product
    ("Ia berbicara seusai peluncuran Velmo Cooper Tarnuk di Jakarta.", [("Velmo Cooper Tarnuk", "ORG")], [],
     [("Velmo Cooper Tarnuk", "ORG")]),
    # a service, feature, version, car or motorbike named after its noun (a naming word may stand between),
    # and a name right before a version word: a product
    ("Toko kecil bisa memakai layanan Velmo Kirim Cepat.", [("Velmo Kirim Cepat", "ORG")], [],
     [("Velmo Kirim Cepat", "ORG")]),
    ("Ponsel itu punya fitur seperti Tarnuk Assistant.", [("Tarnuk Assistant", "ORG")], [],
     [("Tarnuk Assistant", "ORG")]),
    ("Ia mengendarai mobil Velmo Sedana putih.", [("Velmo Sedana", "ORG")], [], [("Velmo Sedana", "ORG")]),
    ("Fitur itu aktif bila memasang Zentrochat versi terbaru.", [("Zentrochat", "ORG")], [],
     [("Zentrochat", "ORG")]),
    ("Remaja itu bermain game Tarnuk Legends setiap malam.", [("Tarnuk Legends", "ORG")], [],
     [("Tarnuk Legends", "ORG")]),
    ("Ia menonton serial The Velmo Dead semalaman.", [("The Velmo Dead", "ORG")], [], [("The Velmo Dead", "ORG")]),
    ("Toko itu menjual produk Zentro Glow Serum.", [("Zentro Glow Serum", "ORG")], [],
     [("Zentro Glow Serum", "ORG")]),
    ("Ia menonton film Tarnuk Solo di bioskop.", [("Tarnuk Solo", "ORG")], [], [("Tarnuk Solo", "ORG")]),
    ("Foto diambil dengan kamera Velmo Snap Mini.", [("Velmo Snap Mini", "ORG")], [], [("Velmo Snap Mini", "ORG")]),
    # negative: an organisation's head, a known body or an acronym before a version word; a body owning the car
    ("Data BPS versi terbaru dirilis.", [("BPS", "ORG")], [("BPS", "ORG")], []),
    ("Nasabah memakai layanan Bank Sumberjaya setiap hari.", [("Bank Sumberjaya", "ORG")],
     [("Bank Sumberjaya", "ORG")], []),
    ("Ia naik mobil Kementerian Pemuda ke lokasi.", [("Kementerian Pemuda", "ORG")],
     [("Kementerian Pemuda", "ORG")], []),
    ("Warga membeli produk Bank Sumberjaya itu.", [("Bank Sumberjaya", "ORG")], [("Bank Sumberjaya", "ORG")], []),
    # a work's title after its noun, when the grammar fills the maker's slot or marks the title
    ("Ia mempromosikan film barunya The Velmo Account di Jakarta.", [("The Velmo Account", "ORG")], [],
     [("The Velmo Account", "ORG")]),
    ('Ia bekerja di film thriller seperti "The Tarnuk Connection" dulu.', [("The Tarnuk Connection", "ORG")], [],
     [("The Tarnuk Connection", "ORG")]),
    ('Band itu merilis album "Kastel Ungu Records" pekan lalu.', [("Kastel Ungu Records", "ORG")], [],
     [("Kastel Ungu Records", "ORG")]),
    # negative: the maker after the noun (its possessor), or named by a word of agency
    ("Ia membintangi film Velmora Pictures tahun lalu.", [("Velmora Pictures", "ORG")],
     [("Velmora Pictures", "ORG")], []),
    ("Ia menyukai lagu karya Kastel Ungu Records itu.", [("Kastel Ungu Records", "ORG")],
     [("Kastel Ungu Records", "ORG")], []),
    ("Acara itu dihadiri banyak pihak, termasuk Bank Sumberjaya.", [("Bank Sumberjaya", "ORG")],
     [("Bank Sumberjaya", "ORG")], []),
    # a region noun in small letters before the name: the region, a place
    ("Seorang pria terluka di kota Tarnuk dalam bentrokan itu.", [("Tarnuk", "ORG")], [("Tarnuk", "LOC")],
     [("Tarnuk", "ORG")]),
    # negative: an organisation's head or an acronym after the noun
    ("Ia bekerja di kota Bank Velmora sejak lama.", [("Bank Velmora", "ORG")], [("Bank Velmora", "ORG")], []),
    # a nickname given to a thing named by a common noun only: no organisation of its own
    ("Klub dengan julukan Naga Tarnuk menang.", [("Naga Tarnuk", "ORG")], [], [("Naga Tarnuk", "ORG")]),
    ('Pemain berjuluk "El Velmo" itu memilih nomor 21.', [("El Velmo", "ORG")], [], [("El Velmo", "ORG")]),
    # negative: a nickname given to a named club stays for its short forms
    ("Velmora FC yang berjuluk Naga Tarnuk menang.", [("Velmora FC", "ORG"), ("Naga Tarnuk", "ORG")],
     [("Velmora FC", "ORG")], []),
    # negative: a noun before says it is an organisation (a company named after a thing)
    ("Ia bekerja di perusahaan Kapal Tirta sejak 2010.", [("Kapal Tirta", "ORG")], [("Kapal Tirta", "ORG")], []),
    # negative: organisations keep their type
    ("Kementerian Pemuda membuka pendaftaran.", [("Kementerian Pemuda", "ORG")], [("Kementerian Pemuda", "ORG")], []),
    ("Pemain Arsenalia FC berlatih.", [("Arsenalia FC", "ORG")], [("Arsenalia FC", "ORG")], []),
])
def test_org_candidates_typed_by_head(nlp, text, model, kept, dropped):
    found = with_model_ents(nlp, text, model)
    for item in kept:
        assert item in found
    for item in dropped:
        assert item not in found


@pytest.fixture()
def invented_gazetteer(nlp, monkeypatch):
    """``org_gazetteer.txt`` replaced by invented names for one test."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("ORG", [nlp.make_doc(n) for n in ("Zentrovia", "Kalvora United", "Mokara", "Santoso")])
    monkeypatch.setattr(knowledge(nlp), "org_gazetteer", matcher)


@pytest.mark.parametrize("text,found,not_found", [
    # every mention of a whole name, a sentence's first word too
    ("Saham Zentrovia naik. Zentrovia membuka pabrik baru.", ["Zentrovia", "Zentrovia"], []),
    ("Pemain Kalvora United berlatih sore ini.", ["Kalvora United"], []),
    # negative: inside a longer capitalised name, a word the text writes in small letters, a headline
    ("Gerai Zentrovia Kopi dibuka di sini.", [], ["Zentrovia"]),
    ("Ia minum mokara panas. Mokara tampil malam ini.", [], ["Mokara"]),
])
def test_gazetteer_orgs(nlp, invented_gazetteer, text, found, not_found):
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    spans = [s.text for s in entities.gazetteer_orgs(doc, knowledge(nlp))]
    assert spans == found
    for name in not_found:
        assert name not in spans


@pytest.mark.parametrize("names,kept", [
    (["Zentrovia", "Kalvora United"], ["Zentrovia", "Kalvora United"]),
    (["Universitas Kalvora", "Piala Kalvora", "Liga Kalvora"], []),  # heads: rules and the type step decide
    (["Mangga", "Kalvora", "BNX", "Kalvoraliga"], []),  # common word, person-name word, short acronym, league
    (["Kalvora Jaya"], []),  # also a DBpedia person name
    (["Tim Kopi", "SMA Kalvora 3", "Zentrovia, Jl. Mawar"], []),  # all common words, digit, address
])
def test_gazetteer_generation_filters(names, kept):
    from pipeline.training.org_gazetteer import keep

    assert keep(names, openers={"Universitas"}, things={"piala", "liga"}, people={"Kalvora Jaya"},
                places=set(), common={"mangga", "tim", "kopi"}, name_words={"Kalvora"}) == kept


def test_gazetteer_name_that_is_a_persons_word(nlp, invented_gazetteer):
    doc = nlp("Menurut Bupati Budi Santoso, jalan itu rusak. Santoso meninjau lokasi.")
    assert "Budi Santoso" in [e.text for e in doc.ents if e.label_ == "PER"]
    assert "Santoso" not in [s.text for s in entities.gazetteer_orgs(doc, knowledge(nlp))]


@pytest.mark.parametrize("text,model,org", [
    # a company officer's title before the company and its holder, no comma: the company
    ("CEO Velmora Bayu Tarnuk menceritakan rencana itu.", [("Bayu Tarnuk", "PER")], "Velmora"),
    ("Hal itu dikatakan pendiri KastelSoft Rangga Saputra di Bandung.", [("Rangga Saputra", "PER")], "KastelSoft"),
    ("Presiden Direktur Tarnuk Velmo Rangga Saputra hadir.", [("Rangga Saputra", "PER")], "Tarnuk Velmo"),
    # negative: the title's field (a common word), a place, no person after, a lower-case title of no company
    ("Direktur Operasional Rangga Saputra hadir.", [("Rangga Saputra", "PER")], None),
    ("Direktur Bandung Rangga Saputra hadir.", [("Rangga Saputra", "PER")], None),
    ("CEO Velmora menceritakan rencana itu.", [], None),
    ("Ketua Velmora Rangga Saputra hadir.", [("Rangga Saputra", "PER")], None),
    ("Direktur Utama Joko Rangga Saputra hadir.", [("Rangga Saputra", "PER")], None),  # a given name left out
])
def test_company_named_by_its_officers_title(nlp, text, model, org):
    found = with_model_ents(nlp, text, model)
    orgs = [t for t, label in found if label == "ORG"]
    assert orgs == ([org] if org else [])


SPORT = "Pelatih klub itu memuji pemain dan kiper timnya seusai laga. "


@pytest.mark.parametrize("text,model,kept,dropped", [
    # in a sports report, a name opening with a definite article is a club's nickname (an alias): no organisation
    (SPORT + "Velmora FC menang. Los Tarnukos kini memimpin klasemen.", [("Velmora FC", "ORG"), ("Los Tarnukos", "ORG")],
     [("Velmora FC", "ORG")], [("Los Tarnukos", "ORG")]),
    (SPORT + "El Velmo menang dua gol.", [("El Velmo", "ORG")], [], [("El Velmo", "ORG")]),
    (SPORT + "Si Naga Tarnuk tampil buruk.", [("Si Naga Tarnuk", "ORG")], [], [("Si Naga Tarnuk", "ORG")]),
    (SPORT + "The Tarnukers kalah di kandang.", [("The Tarnukers", "ORG")], [], [("The Tarnukers", "ORG")]),
    # negative: no sports report, a place after the article, a club's last word, English The + no plural, outlets
    ("Warga kota itu bangga. Los Tarnukos membuka toko.", [("Los Tarnukos", "ORG")], [("Los Tarnukos", "ORG")], []),
    (SPORT + "Los Angeles Velmos menang.", [("Los Angeles Velmos", "ORG")], [("Los Angeles Velmos", "ORG")], []),
    (SPORT + "El Velmo FC menang.", [("El Velmo FC", "ORG")], [("El Velmo FC", "ORG")], []),
    (SPORT + "Menurut The Velmora Herald, ia pindah.", [("The Velmora Herald", "ORG")],
     [("The Velmora Herald", "ORG")], []),
    (SPORT + "Ia pindah, tulis The Guardian.", [("The Guardian", "ORG")], [("The Guardian", "ORG")], []),
    # a club of a league (klub + the league's name): the league is no organisation
    (SPORT + "Pihak klub Velmoraliga itu memamerkan foto.", [("Velmoraliga", "ORG")], [], [("Velmoraliga", "ORG")]),
    (SPORT + "Ia pindah ke klub Tarnuk Premier League.", [("Tarnuk Premier League", "ORG")], [],
     [("Tarnuk Premier League", "ORG")]),
    # negative: a club named after the noun keeps its type
    (SPORT + "Ia pindah ke klub Velmora Raya.", [("Velmora Raya", "ORG")], [("Velmora Raya", "ORG")], []),
])
def test_club_nickname_with_an_article(nlp, text, model, kept, dropped):
    test_org_candidates_typed_by_head(nlp, text, model, kept, dropped)


@pytest.mark.parametrize("text,model,kept,dropped", [
    # a club named by its place and a club's last word: one organisation, not the place
    ("Pemain Sumba United berlatih di Kupang.", [("Sumba", "LOC")], [("Sumba United", "ORG")], [("Sumba", "LOC")]),
    ("Laga Ternate FC melawan tim tamu ditunda.", [], [("Ternate FC", "ORG")], []),
    # negative: a capitalised word before the place (a longer name), no club word, a club word in small letters
    ("Saham Bank Jawa Timur Tbk naik.", [], [], [("Jawa Timur Tbk", "ORG")]),
    ("Warga Sumba menonton laga itu.", [], [], [("Sumba United", "ORG")]),
    ("Tim dari Sumba united dalam doa.", [], [], [("Sumba united", "ORG")]),
    # in a sports report a club's opening abbreviation before its place names the club
    (SPORT + "AS Ternate menang dua gol.", [("Ternate", "LOC")], [("AS Ternate", "ORG")], [("Ternate", "LOC")]),
    # negative: AS (Amerika Serikat) before a place outside a sports report
    ("Kedutaan AS Ternate dibuka.", [], [], [("AS Ternate", "ORG")]),
])
def test_club_named_by_its_place(nlp, text, model, kept, dropped):
    test_org_candidates_typed_by_head(nlp, text, model, kept, dropped)


@pytest.mark.parametrize("text,model,kept,dropped", [
    # a name after its class noun and the words that narrow the class
    ("Hal itu membuat organisasi pecinta hewan VELMA melakukan investigasi.", [], [("VELMA", "ORG")], []),
    ("Rumor menyebut organisasi lingkungan hidup Tarnukpeace memasang sonar.", [("Tarnukpeace", "PER")],
     [("Tarnukpeace", "ORG")], [("Tarnukpeace", "PER")]),
    ("Data dari perusahaan riset pasar Velmodata, Senin, menunjukkan hal itu.", [], [("Velmodata", "ORG")], []),
    # negative: a function word, a verb or an owner's word among them; a demonstrative, bernama or a list after;
    # a league, a religion, a legal form, a place, common words; a topic's noun
    ("Ia masuk organisasi yang dipimpin Budi Santoso sejak lama.", [], [], [("Budi Santoso", "ORG")]),
    ("Dana ditransfer ke perusahaan milik Tarnuk Velmo kemarin.", [], [], [("Tarnuk Velmo", "ORG")]),
    ("Ia pindah ke klub Tarnuk tersebut musim lalu.", [], [], [("Tarnuk", "ORG")]),
    ("Startup VR bernama Velmo dibeli.", [], [], [("VR", "ORG")]),
    ("Ia bermain untuk kesebelasan Liga Tarnuk kemarin.", [], [], [("Liga Tarnuk", "ORG")]),
    ("Rencana demonstrasi ormas Islam digelar pekan depan.", [], [], [("Islam", "ORG")]),
    ("Sebagai perusahaan Tbk, pihaknya terbuka.", [], [], [("Tbk", "ORG")]),
    ("Ia dari komunitas pecinta Android kota itu.", [], [], [("Android", "ORG")]),
    ("Kebutuhan harian vitamin B6 terpenuhi.", [], [], [("B6", "ORG")]),
    ("Ia bergabung dengan band rock Q - pop itu.", [], [], [("Q", "ORG")]),
])
def test_names_after_their_class_noun(nlp, text, model, kept, dropped):
    test_org_candidates_typed_by_head(nlp, text, model, kept, dropped)
