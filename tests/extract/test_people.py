"""Person, title and organisation shapes of Indonesian press text (rules only, no model)."""
import pytest

from pipeline import extensions  # noqa: F401
from pipeline.extract import entities, locations, organizations, people, sentences  # noqa: F401
from pipeline.extract.people import canonical_name


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline("organizations", "people", "locations")


def roles(nlp, text):
    doc = nlp(text)
    return {p.name: [(r.title, r.org) for r in p.roles] for p in doc._.people}


# (text, person, title, org); person None: nobody may be found
SHAPES = [
    ("Ketua KPK Setyo Budiyanto mengatakan hal itu.", "Setyo Budiyanto", "Ketua", "KPK"),
    ("Menteri Keuangan Purwaka Yudha Sadewo hadir.", "Purwaka Yudha Sadewo", "Menteri Keuangan", None),
    ("Menteri Keuangan (Menkeu) Purwaka Yudha Sadewo hadir.", "Purwaka Yudha Sadewo", "Menteri Keuangan (Menkeu)", None),
    ("Kapolda Metro Jaya Irjen Pol Asep Edi Suheri menjelaskan.", "Asep Edi Suheri", "Kapolda Metro Jaya", None),
    ("Asisten Deputi Koordinasi Tata Kelola Keimigrasian, Achmad Bramantyo, hadir.", "Achmad Bramantyo",
     "Asisten Deputi Koordinasi Tata Kelola Keimigrasian", None),
    ("Direktur Hak Asasi Manusia dan Kemanusiaan Kementerian Luar Negeri, Indah Nuria Savitri.",
     "Indah Nuria Savitri", "Direktur Hak Asasi Manusia dan Kemanusiaan", "Kementerian Luar Negeri"),
    ("Wakil Ketua Komisi XIII DPR RI Andreas Yosef Pareda menilai langkah itu tepat.", "Andreas Yosef Pareda",
     "Wakil Ketua", "Komisi XIII DPR RI"),
    ("Bupati Majalengka Eman Suherman meninjau lokasi.", "Eman Suherman", "Bupati Majalengka", None),
    ("Gubernur Jawa Barat Dedi Mulyono meninjau lokasi.", "Dedi Mulyono", "Gubernur Jawa Barat", None),
    ("Kakanwil Kemenkum Aceh Meurah Budiman membuka acara.", "Meurah Budiman", "Kakanwil", "Kemenkum Aceh"),
    ("Dirjen Imigrasi Yuldi Yusman meninjau bandara.", "Yuldi Yusman", "Dirjen Imigrasi", None),
    ("Menko Polhukam Budi Gunawan menggelar rapat.", "Budi Gunawan", "Menko Polhukam", None),
    ("Wamenlu Arrmanatha Nasir bertemu delegasi.", "Arrmanatha Nasir", "Wamenlu", None),
    ("Kasi Intel Kejari Kuantan Singingi Soemardi mengatakan itu.", "Soemardi", "Kasi Intel", "Kejari Kuantan Singingi"),
    ("Plt Kepala BNPB Suharyanto meninjau banjir.", "Suharyanto", "Plt Kepala", "BNPB"),
    # a unit's head or a team (Tim) between two titles is part of the title phrase before the name
    ("Ketua Tim Pakar Gugus Tugas Percepatan Penanganan Covid-19 Rudi Hartanto mengatakan hal itu.", "Rudi Hartanto",
     "Ketua Tim Pakar", "Gugus Tugas Percepatan Penanganan Covid-19"),
    ("Ketua Tim Pakar Universitas Gadjah Mada, Rudi Hartanto, mengatakan hal itu.", "Rudi Hartanto", "Ketua Tim Pakar",
     "Universitas Gadjah Mada"),
    # an acting-office modifier with its short form in brackets; two titles of one holder (sekaligus, /, dan)
    ("Pejabat Sementara (Pjs) Bupati Minahasa Utara Rudi Hartanto meninjau lokasi banjir.", "Rudi Hartanto",
     "Pejabat Sementara (Pjs) Bupati Minahasa Utara", None),
    ("Rudi Hartanto, Ketua DPRD Kota Malang sekaligus Ketua DPC Partai Maju, mengatakan hal itu.", "Rudi Hartanto",
     "Ketua", "DPC Partai Maju"),
    ("Menteri Riset dan Teknologi/Kepala Badan Riset dan Inovasi Nasional Rudi Hartanto mengatakan hal itu.",
     "Rudi Hartanto", "Menteri Riset dan Teknologi", None),
    ("Peneliti dan pengajar Universitas Brawijaya, Rudi Hartanto, mengatakan hal itu.", "Rudi Hartanto", "Peneliti",
     "Universitas Brawijaya"),
    ("Wali Kota sekaligus Ketua Satuan Tugas Covid-19 Rudi Hartanto mengatakan hal itu.", "Rudi Hartanto", "Wali Kota",
     None),
    # after the name and its degrees, the title runs over its unit's words to the organisation after them
    ("dr. Rina Wulandari, Sp.A, Kepala Instalasi Anak RSUD Kota Bekasi mengatakan pasien sudah pulang.",
     "Rina Wulandari", "Kepala Instalasi Anak", "RSUD Kota Bekasi"),
    ("Andi Wibisono, S.Kom., M.T., Kepala Bidang Aplikasi Informatika Dinas Kominfo Kota Malang, menjelaskan hal itu.",
     "Andi Wibisono", "Kepala Bidang Aplikasi Informatika", "Dinas Kominfo Kota Malang"),
    ("drg. Siti Rahmawati, M.Kes, Kepala Dinas Kesehatan Kabupaten Bogor, menjelaskan hal itu.", "Siti Rahmawati",
     "Kepala", "Dinas Kesehatan Kabupaten Bogor"),
    # ... not over lower-case words (an adjunct), and an occupation's workplace is read as before
    ("Siti Rahmawati, Kepala Bidang yang baru di Dinas Kesehatan Kota Malang, menjelaskan hal itu.", "Siti Rahmawati",
     "Kepala Bidang", None),
    ("Siti Rahmawati, dokter anak RSUD Kota Bekasi, menjelaskan hal itu.", "Siti Rahmawati", "dokter anak",
     "RSUD Kota Bekasi"),
    # acting-office modifiers written with their abbreviation dot, before and after the name
    ("Plt. Kepala Dinas Pendidikan Kota Bandung Rudi Hartanto hadir.", "Rudi Hartanto", "Plt. Kepala",
     "Dinas Pendidikan Kota Bandung"),
    ("Pj. Wali Kota Bandung Rudi Hartanto membuka acara.", "Rudi Hartanto", "Pj. Wali Kota Bandung", None),
    ("Pjs. Bupati Garut, Rudi Hartanto, hadir.", "Rudi Hartanto", "Pjs. Bupati Garut", None),
    ("Mantan Ketua DPRD Riau Johar Firdaus ditahan.", "Johar Firdaus", "Mantan Ketua", "DPRD Riau"),
    ("Presiden Darmawan Suprapto melantik menteri.", "Darmawan Suprapto", "Presiden", None),
    ("Pemimpin Korea Utara (Korut) Kim Sun Ho meninjau latihan itu.", "Kim Sun Ho", "Pemimpin Korea Utara (Korut)",
     None),
    ("Wakil Presiden Galih Rakasiwi Raharja berkunjung.", "Galih Rakasiwi Raharja", "Wakil Presiden", None),
    ("Kepala Badan Gizi Nasional Dadan Hindayana berbicara.", "Dadan Hindayana", "Kepala", "Badan Gizi Nasional"),
    ("Direktur Utama BPJS Kesehatan Ali Ghufran Mukhlis menjelaskan.", "Ali Ghufran Mukhlis", "Direktur Utama",
     "BPJS Kesehatan"),
    ("Kasat Lantas Polres Serang AKP Fery Oktavian Prasetya mengimbau warga.", "Fery Oktavian Prasetya",
     "Kasat Lantas", "Polres Serang"),
    ("Wakil Ketua DPRD Jawa Timur Deni Wirasena menyebut hal itu.", "Deni Wirasena", "Wakil Ketua",
     "DPRD Jawa Timur"),
    ("Kepala Misi IOM Indonesia, Jeffrey Labovitz, berbicara.", "Jeffrey Labovitz", "Kepala Misi", "IOM Indonesia"),
    ("Juru Bicara KPK Budi Prasetya menjelaskan.", "Budi Prasetya", "Juru Bicara", "KPK"),
    ("kata juru bicara KPK Budi Prasetya kepada wartawan.", "Budi Prasetya", "juru bicara", "KPK"),
    ("Gubernur BI Perry Warsito menyampaikan hasil rapat.", "Perry Warsito", "Gubernur", "BI"),
    ("Sekjen Kemenkeu Heru Pambudi hadir.", "Heru Pambudi", "Sekjen", "Kemenkeu"),
    ("Kapolres Serang AKBP Condro Sasongko memimpin apel.", "Condro Sasongko", "Kapolres Serang", None),
    ("Kapolri Jenderal Lukito Sigit Darmaji memimpin apel.", "Lukito Sigit Darmaji", "Kapolri", None),
    ("Pangdam Jaya Mayjen Deddy Suryadi memimpin apel.", "Deddy Suryadi", "Pangdam Jaya", None),
    ("Rektor Universitas Riau, Sri Indarti, menyambut mahasiswa.", "Sri Indarti", "Rektor", "Universitas Riau"),
    ("Budi Santoso, Kepala Dinas Perhubungan Kota Serang, mengatakan itu.", "Budi Santoso", "Kepala",
     "Dinas Perhubungan Kota Serang"),
    ("Siti Rahma selaku Ketua Panitia mengatakan itu.", "Siti Rahma", "Ketua Panitia", None),
    ("Andi Pratama yang juga Anggota DPRD Riau mengatakan itu.", "Andi Pratama", "Anggota", "DPRD Riau"),
    ("Acara itu diwakili oleh Direktur Jenderal Pajak, Bimo Wirayudha.", "Bimo Wirayudha",
     "Direktur Jenderal Pajak", None),
    ("Rapat itu dipimpin oleh Ketua Komisi III DPR RI, Habiburokhman.", "Habiburokhman", "Ketua", "Komisi III DPR RI"),
    ("Deputi Gubernur Senior BI Destry Damayanti hadir.", "Destry Damayanti", "Deputi Gubernur Senior", "BI"),
    ("Kadis Pendidikan Jabar Wahyu Mijaya hadir.", "Wahyu Mijaya", "Kadis Pendidikan Jabar", None),
    ("Panglima TNI Jenderal Agus Sunaryanto memimpin upacara.", "Agus Sunaryanto", "Panglima", "TNI"),
    ("Pangdam Iskandar Muda Mayjen TNI Teuku Rizal Hasballah meninjau lokasi.", "Teuku Rizal Hasballah",
     "Pangdam Iskandar Muda", None),
    # a fused title points to its unit as the text names it elsewhere
    ("Kajari Garut, Hendro Saputra, mengatakan itu. Kejaksaan Negeri Garut (Kejari Garut) menuntut.",
     "Hendro Saputra", "Kajari Garut", "Kejaksaan Negeri Garut"),
    ("Kapolda Metro Jaya Irjen Pol Budi Santoso mengatakan itu. Polda Metro Jaya menangkap pelaku.",
     "Budi Santoso", "Kapolda Metro Jaya", "Polda Metro Jaya"),
    ("Kapolresta Denpasar Kombes Pol I Gede Putu Arsana mengatakan itu.", "I Gede Putu Arsana",
     "Kapolresta Denpasar", None),
    ("Kasatlantas Polresta Denpasar, Kompol Ni Luh Putu Ayu Lestari, menjelaskan.", "Ni Luh Putu Ayu Lestari",
     "Kasatlantas", "Polresta Denpasar"),
    # a tail of unknown capitalised words closed by a comma, an organisation or a place
    ("Hal itu disampaikan Dirjen Prasarana dan Sarana Pertanian Kementan, Ir. Ahmad Yusri Harahap, kemarin.",
     "Ahmad Yusri Harahap", "Dirjen Prasarana dan Sarana Pertanian", "Kementan"),
    ("Kepala Pusat Riset Tanaman Pangan BRIN, Dr. Bambang Irawan Santoso, hadir.", "Bambang Irawan Santoso",
     "Kepala Pusat Riset Tanaman Pangan", "BRIN"),
    ("Camat Parung, Euis Komalasari, mengatakan warga menunggu.", "Euis Komalasari", "Camat Parung", None),
    ("Kebijakan Bupati Kuantan Singingi saat itu, Sukardis, dipersoalkan.", "Sukardis", "Bupati Kuantan Singingi",
     None),
    ("Mantan Ketua DPRD Kuantan Singingi, Riau Muslim akhirnya ditahan.", "Muslim", "Mantan Ketua",
     "DPRD Kuantan Singingi"),
    # proxies: the lawyer of X is the name after the comma
    ("Terpisah kuasa hukum Sahara, Moh Zaini, mengatakan pihaknya fokus.", "Moh Zaini", "kuasa hukum", None),
    ("Sementara itu, penasihat hukum terdakwa, Yudi Permana, menyatakan pikir-pikir.", "Yudi Permana",
     "penasihat hukum terdakwa", None),
    # NAME, mantan TITLE / NAME, anggota ORG / NAME, S.H., yang juga TITLE / ORG diwakili oleh TITLE, NAME
    ("Vonis dijatuhkan kepada Dadang Suherman, mantan Kepala Desa Sukamaju.", "Dadang Suherman",
     "mantan Kepala Desa Sukamaju", None),
    ("Siti Maryam Lubis, anggota Komisi III DPR RI dari Fraksi PKB, menyoroti perkara.", "Siti Maryam Lubis",
     "anggota", "Komisi III DPR RI"),
    ("Kepala Dinas Pertanian Kota Medan, Ir. Marulitua Sihombing, M.Si., yang juga Ketua Komisi Pengawasan Pupuk "
     "dan Pestisida (KP3) Provinsi Sumatera Utara, mengatakan itu.", "Marulitua Sihombing", "Ketua",
     "Komisi Pengawasan Pupuk dan Pestisida Provinsi Sumatera Utara"),  # (the regional office: corpus/README)
    ("Dalam rapat itu, Kementerian Perhubungan diwakili oleh Direktur Lalu Lintas Jalan, Dr. Rini Handayani.",
     "Rini Handayani", "Direktur Lalu Lintas Jalan", "Kementerian Perhubungan"),
    ("Duta Besar Pakistan untuk Indonesia hadir.", None, None, None),
    # negatives: a title with no person, a title followed by an organisation that is not its own
    ("Ketua KPK mengatakan penyidikan berlanjut.", None, None, None),
    ("Menteri Keuangan menyampaikan laporan kepada DPR.", None, None, None),
    ("Kepala Dinas Kesehatan Kota Bandung belum berkomentar.", None, None, None),
    ("Gubernur Jawa Barat meminta warga waspada.", None, None, None),
    ("Mantan Kades Divonis Lima Tahun Penjara dalam Perkara Korupsi\n\nBandung - Hakim memutus perkara.",
     None, None, None),
]


def test_client_of_proxy_has_no_role(nlp):
    found = roles(nlp, "Terpisah kuasa hukum Sahara, Moh Zaini, mengatakan pihaknya fokus.")
    assert found.get("Sahara", []) == []


def test_roles_of_outside_pipeline(nlp):
    doc = nlp("Ketua KPK Setyo Budiyanto mengatakan hal itu.")
    ent = [e for e in doc.ents if e.label_ == "PER"][0]
    assert [(r.title, r.org) for r in people.roles_of(doc, ent)] == [("Ketua", "KPK")]
    assert people._nlp_of(doc) is people._nlp_of(doc)


@pytest.mark.parametrize("text,person,title,org", SHAPES)
def test_title_shapes(nlp, text, person, title, org):
    found = roles(nlp, text)
    if person is None:
        assert not any(r for r in found.values()) or not found
        return
    assert person in found, found
    assert (title, org) in found[person], found


def test_two_people_in_one_apposition(nlp):
    found = roles(nlp, "Menteri Keuangan Purwaka Yudha Sadewo dan Gubernur BI Perry Warsito hadir.")
    assert ("Menteri Keuangan", None) in found["Purwaka Yudha Sadewo"]
    assert found["Perry Warsito"] == [("Gubernur", "BI")]


def test_short_name_joins_full_name(nlp):
    doc = nlp("Menteri Keuangan Purwaka Yudha Sadewo hadir. Purwaka mengatakan itu.")
    assert [p.name for p in doc._.people] == ["Purwaka Yudha Sadewo"]
    assert len(doc._.people[0].mentions) == 2


def test_nickname_in_brackets(nlp):
    doc = nlp("Presiden ke-7 Joko Wardoyo (Jowar) hadir. Jowar mengatakan itu.")
    assert [p.name for p in doc._.people] == ["Joko Wardoyo"]


@pytest.mark.parametrize("text,name", [
    ("Irjen Pol. Asep Edi Suheri", "Asep Edi Suheri"),
    ("Prof. Dr. Ahmad Yani, S.H., M.Si.", "Ahmad Yani"),
    ("Bapak Purwaka", "Purwaka"),
    ("Purwaka", "Purwaka"),
    # the grade and the service written after a rank are the rank's
    ("Laksamana Muda Rudi Hartanto", "Rudi Hartanto"),
    ("Inspektur Polisi Satu Rudi Hartanto", "Rudi Hartanto"),
    ("Letnan Dua Rudi Hartanto", "Rudi Hartanto"),
    ("Kolonel Laut Rudi Hartanto", "Rudi Hartanto"),
    ("Laksamana Pertama Maritim Rudi Hartanto", "Rudi Hartanto"),
    # ... not without a graded rank before them
    ("Muda Hartanto", "Muda Hartanto"),
    ("Bapak Satu Hartanto", "Satu Hartanto"),
])
def test_canonical_name(text, name):
    assert canonical_name(text) == name


@pytest.mark.parametrize("word,before,before_rank,goes_on", [
    ("muda", "laksamana", True, True),  # a grade after a graded rank
    ("satu", "polisi", True, True),
    ("laut", "kolonel", True, True),  # a service after a rank
    ("maritim", "pertama", True, True),
    ("muda", "kolonel", True, False),  # a rank that takes no grade
    ("satu", "bapak", False, False),
    ("laut", "bapak", False, False),  # a service after no rank
    ("hartanto", "laksamana", True, False),  # a name's word
])
def test_rank_goes_on(word, before, before_rank, goes_on):
    assert entities.rank_goes_on(word, before, before_rank) is goes_on


def test_role_offsets_point_back(nlp):
    text = "Ketua KPK Setyo Budiyanto mengatakan hal itu."
    doc = nlp(text)
    role = doc._.people[0].roles[0]
    assert text[role.start:role.end] == "Ketua KPK Setyo Budiyanto"


# The role grammar on given mentions (the names and organisations are marked, so that the table
# tests the apposition rules, not the mention layer): (text, PER mentions, ORG mentions, person,
# expected roles as (title, org), in order). An empty list: the person holds no role.
MARKED = [
    # occupations before a name, with lower-case complements
    ("Film garapan sutradara Laksmi Wardhani itu tayang.", ["Laksmi Wardhani"], [], "Laksmi Wardhani",
     [("sutradara", None)]),
    ("Film itu dibintangi aktris senior Ratna Kirana Dewi.", ["Ratna Kirana Dewi"], [], "Ratna Kirana Dewi",
     [("aktris senior", None)]),
    ("Hal itu ditanyakan anggota majelis hakim Ansori Syarifudin kepada saksi.", ["Ansori Syarifudin"], [],
     "Ansori Syarifudin", [("anggota majelis hakim", None)]),
    # a place adjunct is no part of the title
    ("Seorang pedagang di Pasar Cibeber, Cianjur, Sarmin Wijaya, mengatakan harga naik.", ["Sarmin Wijaya"], [],
     "Sarmin Wijaya", [("pedagang", None)]),
    ("Konsul Jenderal RI di Istanbul, Turki, Herman Sudarto, mengatakan itu.", ["Herman Sudarto"], [],
     "Herman Sudarto", [("Konsul Jenderal RI", None)]),
    # a list of names shares the occupation before it, or the one in brackets after it
    ("Bahkan penyanyi lokal Teguh Prasetya dan Wulan Anggraini masih diburu.", ["Teguh Prasetya", "Wulan Anggraini"],
     [], "Wulan Anggraini", [("penyanyi lokal", None)]),
    ("Pasangan ganda putra Rendi Pratama/Yoga Saputra harus puas.", ["Rendi Pratama", "Yoga Saputra"], [],
     "Yoga Saputra", [("ganda putra", None)]),
    ("Tim: 1. Dimas Ardiansyah (tunggal putra) 2. Fajar Nugroho dan Reza Ramadhan (ganda putra).",
     ["Dimas Ardiansyah", "Fajar Nugroho", "Reza Ramadhan"], [], "Fajar Nugroho", [("ganda putra", None)]),
    ("Tim: 1. Dimas Ardiansyah (tunggal putra) 2. Fajar Nugroho.", ["Dimas Ardiansyah", "Fajar Nugroho"], [],
     "Dimas Ardiansyah", [("tunggal putra", None)]),
    # a list of office holders: a title without its organisation takes the one of the holder before
    # it with the same title, or the one that introduces the list
    ("Rapat dipimpin Ketua DPRD Sukamaju, Agus Permadi, didampingi Wakil Ketua DPRD Rina Kusuma, Wakil Ketua "
     "Dodi Kurnia, dan Wakil Ketua Hj. Nani Suhaeni.", ["Agus Permadi", "Rina Kusuma", "Dodi Kurnia",
                                                        "Nani Suhaeni"], ["DPRD Sukamaju", "DPRD"],
     "Nani Suhaeni", [("Wakil Ketua", "DPRD")]),
    ("Muswil menetapkan pengurus DPW PKB Sukamaju, yaitu Ketua Dewan Syura KH Abdul Rahman, Sekretaris "
     "Hasan Basri dan Bendahara Nur Aini.", ["Abdul Rahman", "Hasan Basri", "Nur Aini"], ["PKB Sukamaju"],
     "Hasan Basri", [("Sekretaris", "DPW PKB Sukamaju")]),
    # negative: another title in the list, no organisation introducing it
    ("Rapat dipimpin Wakil Ketua DPRD Rina Kusuma, Sekretaris Dodi Kurnia, dan Wakil Ketua Nani Suhaeni.",
     ["Rina Kusuma", "Dodi Kurnia", "Nani Suhaeni"], ["DPRD"], "Dodi Kurnia", [("Sekretaris", None)]),
    ("Hadir dalam acara itu Ketua Panitia Agus Permadi, Sekretaris Dodi Kurnia, dan Bendahara Nani Suhaeni.",
     ["Agus Permadi", "Dodi Kurnia", "Nani Suhaeni"], [], "Nani Suhaeni", [("Bendahara", None)]),
    # the acronym of the organisation in brackets, a selaku clause, the service and corps after a rank
    ("Pengamat politik Universitas Sukamaju (Unsuka), Laras Wulandari, menilai hal itu.", ["Laras Wulandari"],
     ["Universitas Sukamaju", "Unsuka"], "Laras Wulandari", [("Pengamat politik", "Universitas Sukamaju")]),
    ("Direktur PT Nada Kreasi Sejati selaku promotor, Hartono Gunawan, mengatakan tiket habis.",
     ["Hartono Gunawan"], ["PT Nada Kreasi Sejati"], "Hartono Gunawan", [("Direktur", "PT Nada Kreasi Sejati")]),
    ("Komandan Lanal Sukamaju, Kolonel Laut (P) Bambang Irawan, mengatakan kapal ditahan.", ["Bambang Irawan"],
     ["Lanal Sukamaju"], "Bambang Irawan", [("Komandan", "Lanal Sukamaju")]),
    # a unit inside its parent, after a title of office, stays in the title; after a lower-case
    # occupation it is the workplace; a rank after the organisation opens the holder's name
    ("Kepala Departemen Pelindungan Konsumen OJK, Windy Lestari, mengatakan aduan naik.", ["Windy Lestari"],
     ["Departemen Pelindungan Konsumen OJK"], "Windy Lestari", [("Kepala Departemen Pelindungan Konsumen", "OJK")]),
    ("Menurut dosen Departemen Agronomi Fakultas Pertanian UGM, Siti Rahayu, sorgum tahan kering.", ["Siti Rahayu"],
     ["Departemen Agronomi Fakultas Pertanian UGM"], "Siti Rahayu",
     [("dosen", "Departemen Agronomi Fakultas Pertanian UGM")]),
    ("Kepala Divisi Humas Polri Irjen Sandi Pratama mengatakan hal itu.", ["Sandi Pratama"], ["Polri"],
     "Sandi Pratama", [("Kepala Divisi Humas", "Polri")]),
    # an office before a suspect named by initials; an occupation there describes, no role
    ("KPK menetapkan Kepala Dinas Kesehatan Kabupaten Garut berinisial HRS sebagai tersangka.",
     ["HRS"], ["Dinas Kesehatan Kabupaten Garut"], "HRS", [("Kepala", "Dinas Kesehatan Kabupaten Garut")]),
    ("Dua pemilik usaha berinisial HS dan RM ditetapkan sebagai tersangka.", ["HS", "RM"], [], "HS", []),
    # negative: a selaku clause after no title keeps its own occupation; sebagai opening the sentence
    ("Sebagai koreografer tari, Jamal Kusuma selalu ingin bercerita.", ["Jamal Kusuma"], [], "Jamal Kusuma",
     [("koreografer tari", None)]),
    ("Warga Desa Sukamaju selaku pemilik lahan, Hartono Gunawan, mengatakan ia setuju.", ["Hartono Gunawan"], [],
     "Hartono Gunawan", [("pemilik lahan", None)]),
    # the organisation is the proper-noun tail of the title phrase
    ("Pelatih tunggal putri PBSI, Herman Susilo, menilai timnya matang.", ["Herman Susilo"], [], "Herman Susilo",
     [("Pelatih tunggal putri", "PBSI")]),
    ("Kepala BNNP Jambi, Brigjen Pol Agus Wibisono, menyebut hal itu.", ["Agus Wibisono"], [], "Agus Wibisono",
     [("Kepala", "BNNP Jambi")]),
    ("Dari kubu tamu, pelatih Sukamaju United, Marco Bellini, menyatakan timnya siap.", ["Marco Bellini"], [],
     "Marco Bellini", [("pelatih", "Sukamaju United")]),
    ("Produser Layar Sutra Pictures, Yosef Hartanto, mengatakan capaian itu.", ["Yosef Hartanto"], [],
     "Yosef Hartanto", [("Produser", "Layar Sutra Pictures")]),
    ("Muswil dibuka oleh Wakil Ketua Umum DPP PKB, Ahmad Sulaiman.", ["Ahmad Sulaiman"], ["PKB"], "Ahmad Sulaiman",
     [("Wakil Ketua Umum", "DPP PKB")]),
    ("Kepala Dinas Pangan, Hortikultura, dan Perkebunan Provinsi Sukamaju, Andi Rahman, hadir.", ["Andi Rahman"],
     ["Dinas Pangan"], "Andi Rahman", [("Kepala", "Dinas Pangan, Hortikultura, dan Perkebunan Provinsi Sukamaju")]),
    ("Direktur Imunisasi Kemenkes, Lestari Wulandari, mengatakan vaksin cukup. Kemenkes menambah stok.",
     ["Lestari Wulandari"], ["Imunisasi Kemenkes", "Kemenkes"], "Lestari Wulandari",
     [("Direktur Imunisasi", "Kemenkes")]),
    ("Ketua Dewan Pembina Rakyat (DPR) Sukamaju Budi Hartono hadir. Dewan Pembina Rakyat Sukamaju menerima tamu.",
     ["Budi Hartono"], ["Dewan Pembina Rakyat (DPR) Sukamaju", "Dewan Pembina Rakyat Sukamaju"], "Budi Hartono",
     [("Ketua", "Dewan Pembina Rakyat (DPR) Sukamaju")]),
    # honorifics, degrees and corps between the title and the name
    ("Direktur RSUD Sukamaju, dr. Ratna Sari Dewi, Sp.A., menyebut rumah sakit siap.", ["Ratna Sari Dewi"], [],
     "Ratna Sari Dewi", [("Direktur", "RSUD Sukamaju")]),
    ("Komandan Skadron Udara 21, Letkol Pnb Andreas Tambunan, mengatakan bantuan tiba.", ["Andreas Tambunan"], [],
     "Andreas Tambunan", [("Komandan Skadron Udara 21", None)]),
    # an enumeration of fields inside a title
    ("Menteri Pendidikan Tinggi, Sains, dan Teknologi, Hadi Santoso, berharap banyak.", ["Hadi Santoso"], [],
     "Hadi Santoso", [("Menteri Pendidikan Tinggi, Sains, dan Teknologi", None)]),
    # an organisation read as a name before the apposed holder; a region taken into the name
    ("Pelatih kepala Garuda Muda, Tomas Adebayo, mengatakan timnya siap.", ["Garuda Muda", "Tomas Adebayo"], [],
     "Tomas Adebayo", [("Pelatih kepala", "Garuda Muda")]),
    ("Pelatih kepala Garuda Muda, Tomas Adebayo, mengatakan timnya siap.", ["Garuda Muda", "Tomas Adebayo"], [],
     "Garuda Muda", []),
    ("Pemimpin Wilayah Perum Pangan Sulteng Andi Rahmat Yusuf mengatakan stok aman. Pangan Sulteng menyerap gabah.",
     ["Sulteng Andi Rahmat Yusuf"], ["Perum Pangan", "Pangan Sulteng"], "Andi Rahmat Yusuf",
     [("Pemimpin Wilayah", "Perum Pangan Sulteng")]),
    # after the name: an occupation with its complements, copulas
    ("Wulan Sari Dewi, siswi kelas XII SMA Negeri 2 Bandung, meraih medali emas.", ["Wulan Sari Dewi"], [],
     "Wulan Sari Dewi", [("siswi kelas XII", "SMA Negeri 2 Bandung")]),
    ("Kelas itu didampingi Jeremy Dalton, seniman asal Inggris yang pernah menang.", ["Jeremy Dalton"], [],
     "Jeremy Dalton", [("seniman", None)]),
    ("Mereka mengutip Hendra Gunawan, agen Rolando, yakin pemain itu bertahan.", ["Hendra Gunawan", "Rolando"], [],
     "Hendra Gunawan", [("agen", None)]),
    ("AW merupakan Direktur PT Sinar Jaya Abadi, sedangkan MN orang kepercayaannya.", ["AW", "MN"],
     ["PT Sinar Jaya Abadi"], "AW", [("Direktur", "PT Sinar Jaya Abadi")]),
    # an organisation after dari is the title's; the age in brackets aside
    ("Pengamat politik dari Universitas Sukamaju, Budi Santoso, menilai hal itu.", ["Budi Santoso"],
     ["Universitas Sukamaju"], "Budi Santoso", [("Pengamat politik", "Universitas Sukamaju")]),
    ("Wakil Ketua Komisi III DPR dari Fraksi PDIP, Budi Santoso, menilai hal itu.", ["Budi Santoso"],
     ["Komisi III DPR", "Fraksi PDIP"], "Budi Santoso", [("Wakil Ketua", "Komisi III DPR")]),
    ("Sutrisno Hadi (52), pedagang asal Klaten, mengaku rugi.", ["Sutrisno Hadi"], [], "Sutrisno Hadi",
     [("pedagang", None)]),
    ("Budi Santoso (45) ditangkap polisi.", ["Budi Santoso"], [], "Budi Santoso", []),
    # a list of people each with an occupation before the name: no one takes the next one's
    ("Band itu dibentuk Ayu bersama gitaris Bimo Satria, pemain bas Citra Lestari, dan penabuh drum Doni Saputra.",
     ["Ayu", "Bimo Satria", "Citra Lestari", "Doni Saputra"], [], "Bimo Satria", [("gitaris", None)]),
    ("Band itu dibentuk Ayu bersama gitaris Bimo Satria, pemain bas Citra Lestari, dan penabuh drum Doni Saputra.",
     ["Ayu", "Bimo Satria", "Citra Lestari", "Doni Saputra"], [], "Citra Lestari", [("pemain bas", None)]),
    # negatives: the person a possessive, an addressee, a relation; status nouns; nouns that are no occupation
    ("Mereka mengutip Hendra Gunawan, agen Rolando, yakin pemain itu bertahan.", ["Hendra Gunawan", "Rolando"], [],
     "Rolando", []),
    ("Di kubu Satria Muda, pelatih Wahyu Nasution mengaku bangga.", ["Satria Muda", "Wahyu Nasution"], [],
     "Satria Muda", []),
    ("Kepada wartawan, Rahmat Hidayat mengatakan hal itu.", ["Rahmat Hidayat"], [], "Rahmat Hidayat", []),
    ("Seorang orang tua calon siswa asal Kota Bekasi, Lina Kartika, mengaku begadang.", ["Lina Kartika"], [],
     "Lina Kartika", []),
    ("Aktivis mahasiswa asal Riau, Khairul Anwar, ditahan polisi.", ["Khairul Anwar"], [], "Khairul Anwar", []),
    ("Budi Santoso, warga setempat, mengatakan banjir datang malam hari.", ["Budi Santoso"], [], "Budi Santoso", []),
    ("Mereka bertemu pendukung Joko Susanto di alun-alun.", ["Joko Susanto"], [], "Joko Susanto", []),
    ("Kata pelatih itu mengatakan bahwa Budi Santoso cedera.", ["Budi Santoso"], [], "Budi Santoso", []),
    ("Ia berduet dengan Skip Harley, penyanyi asal Jamaika yang juga cucu penyanyi lain.", ["Skip Harley", "Jamaika"],
     [], "Jamaika", []),
    ("Promotor itu pernah membawa penyanyi sekelas Justin Sieber ke Jakarta.", ["Justin Sieber"], [], "Justin Sieber",
     []),
    ("Kongres Muslimat Nahdlatul Ulama di Asrama Haji Pondok Kelapa ditutup.", ["Pondok Kelapa"], [], "Pondok Kelapa",
     []),
    ("Kata ketua umum Persikota Benhur Mano, kiper andalannya tersebut masih ingin bertahan.", ["Benhur Mano"], [],
     "Benhur Mano", [("ketua umum", "Persikota")]),
    # an occupation keeps no country, nor a possessive
    ("Petenis tunggal putri Jepang, Nami Osada, keluar sebagai juara.", ["Nami Osada"], [],
     "Nami Osada", [("Petenis tunggal putri", None)]),
    ("Pelatih Persikota menegaskan striker andalannya Boaz Solisa siap tampil.", ["Boaz Solisa"], [], "Boaz Solisa",
     [("striker", None)]),
    ("Menteri Keuangan Sri Hartati, Budi Gunawan, dan Ani Lestari hadir.", ["Sri Hartati", "Budi Gunawan",
                                                                          "Ani Lestari"], [], "Budi Gunawan", []),
    # TITLE ORG NAME without a comma: the organisation may hold words that are no institution words
    # (a disease, a programme, a brand), an acronym in brackets and a region after it
    ("Juru bicara Satuan Tugas Penanganan Covid - 19 Kabupaten Sukamaju Rahmat Hidayat mengatakan itu.",
     ["Rahmat Hidayat"], ["Satuan Tugas Penanganan"], "Rahmat Hidayat",
     [("Juru bicara", "Satuan Tugas Penanganan Covid - 19 Kabupaten Sukamaju")]),
    ("Ketua Umum Paguyuban Nelayan Pesisir Selatan (PNPS) Jatim Sukardi Wibowo mengatakan itu.", ["Sukardi Wibowo"],
     [], "Sukardi Wibowo", [("Ketua Umum", "Paguyuban Nelayan Pesisir Selatan (PNPS) Jatim")]),
    ("Menteri Hukum dan Hak Asasi Manusia Bagus Hartanto hadir dalam sidang.", ["Bagus Hartanto"], [],
     "Bagus Hartanto", [("Menteri Hukum dan Hak Asasi Manusia", None)]),
    # a word that no field of an office holds (a company's name) is the organisation after the title
    ("Direktur Utama Sinarmaju Hendra Wijaya meresmikan pabrik itu.", ["Hendra Wijaya"], [], "Hendra Wijaya",
     [("Direktur Utama", "Sinarmaju")]),
    ("Direktur Operasional Sinarmaju Hendra Wijaya meresmikan pabrik itu.", ["Hendra Wijaya"], [], "Hendra Wijaya",
     [("Direktur Operasional", "Sinarmaju")]),
    # ... but a region after a head of region stays in the title, so does the name of a unit after its
    # head (Dewan Syura), and a verb ends the phrase
    ("Ketua Dewan Syura Rahmat Hidayat membuka musyawarah.", ["Rahmat Hidayat"], [], "Rahmat Hidayat",
     [("Ketua Dewan Syura", None)]),
    ("Bupati Muna Rusdi Emba meninjau lokasi banjir.", ["Rusdi Emba"], [], "Rusdi Emba", [("Bupati Muna", None)]),
    ("Ketua KPU bertemu Rudi Hartono di kantornya.", ["Rudi Hartono"], [], "Rudi Hartono", []),
    ("Ketua KPU Sukamaju dan Rudi Hartono hadir dalam rapat itu.", ["Rudi Hartono"], ["KPU Sukamaju"], "Rudi Hartono",
     []),
    ("Ketua Satgas Pangan Sukamaju Boga Rasa dan Rudi Hartono hadir.", ["Rudi Hartono"], ["Satgas Pangan Sukamaju"],
     "Rudi Hartono", []),
    # acting offices written with a two-word modifier keep it and the region of the office
    ("Pejabat Sementara Gubernur Sulawesi Tenggara Andi Rahman meninjau gudang logistik.", ["Andi Rahman"], [],
     "Andi Rahman", [("Pejabat Sementara Gubernur Sulawesi Tenggara", None)]),
    ("Pelaksana Harian Kepala Dinas Sosial Sukamaju Rina Wati meninjau lokasi.", ["Rina Wati"],
     ["Dinas Sosial Sukamaju"], "Rina Wati", [("Pelaksana Harian Kepala", "Dinas Sosial Sukamaju")]),
    ("Sementara Gubernur Sulawesi Tenggara Andi Rahman meninjau gudang logistik.", ["Andi Rahman"], [],
     "Andi Rahman", [("Gubernur Sulawesi Tenggara", None)]),
    # scholars and experts before the name, with their field and workplace
    ("Pakar hukum tata negara, Wulan Kartika, menilai putusan itu tepat.", ["Wulan Kartika"], [], "Wulan Kartika",
     [("Pakar hukum tata negara", None)]),
    ("Pengajar sosiologi Universitas Sukamaju (Unsuka), Dedi Firmansyah, mengapresiasi langkah itu.",
     ["Dedi Firmansyah"], ["Universitas Sukamaju", "Unsuka"], "Dedi Firmansyah",
     [("Pengajar sosiologi", "Universitas Sukamaju")]),
    # a company officer's title without its company is the one company the document names
    ("PT Sinar Maju Abadi Tbk (SMA) menggelar rapat. Direktur Keuangan Bonifasius Tarigan mengatakan laba naik.",
     ["Bonifasius Tarigan"], ["PT Sinar Maju Abadi Tbk", "SMA"], "Bonifasius Tarigan",
     [("Direktur Keuangan", "PT Sinar Maju Abadi Tbk")]),
    ("Susunan direksi PT Sinar Maju: Bonifasius Tarigan, Direktur Operasi, dan lainnya.", ["Bonifasius Tarigan"],
     ["PT Sinar Maju"], "Bonifasius Tarigan", [("Direktur Operasi", "PT Sinar Maju")]),
    # ... not with two companies, nor for an office of another body
    ("PT Sinar Maju dan PT Bumi Raya bekerja sama. Direktur Keuangan Bonifasius Tarigan mengatakan laba naik.",
     ["Bonifasius Tarigan"], ["PT Sinar Maju", "PT Bumi Raya"], "Bonifasius Tarigan", [("Direktur Keuangan", None)]),
    ("PT Sinar Maju diperiksa. Direktur Jenderal Pajak Bonifasius Tarigan mengatakan itu.", ["Bonifasius Tarigan"],
     ["PT Sinar Maju"], "Bonifasius Tarigan", [("Direktur Jenderal Pajak", None)]),
    ("PT Sinar Maju diperiksa. Kepala Bagian Umum Bonifasius Tarigan mengatakan itu.", ["Bonifasius Tarigan"],
     ["PT Sinar Maju"], "Bonifasius Tarigan", [("Kepala Bagian Umum", None)]),
    # a title that ends with a word of rank (Jenderal) is the title, not the rank of the name
    ("Sekretaris Jenderal Forum Petani Lestari Susanti Rahayu mengatakan itu.", ["Susanti Rahayu"],
     ["Forum Petani Lestari"], "Susanti Rahayu", [("Sekretaris Jenderal", "Forum Petani Lestari")]),
    # a list of office holders goes on after a relation noun: each title is its holder's
    ("Hadir Wakil Bupati Rudi Hartono, pengusaha tambang Beni Saputra, putri Bupati Sukamaju Darsono, Wulan "
     "Darsono, dan lainnya.", ["Rudi Hartono", "Beni Saputra", "Darsono", "Wulan Darsono"], [], "Beni Saputra",
     [("pengusaha tambang", None)]),
    ("Hadir Wakil Bupati Rudi Hartono, pengusaha tambang Beni Saputra, putri Bupati Sukamaju Darsono, Wulan "
     "Darsono, dan lainnya.", ["Rudi Hartono", "Beni Saputra", "Darsono", "Wulan Darsono"], [], "Rudi Hartono",
     [("Wakil Bupati", None)]),
    # ... and the daughter is no holder of her father's title
    ("Putri Gubernur Sukamaju Darsono, Wulan Kirana, hadir.", ["Darsono", "Wulan Kirana"], [], "Wulan Kirana", []),
    # ... but an apposition closed by a verb gives the occupation to the first name (X, agen Y, yakin)
    ("Hendra Gunawan, agen Rian Pratama, yakin kliennya bertahan.", ["Hendra Gunawan", "Rian Pratama"], [],
     "Hendra Gunawan", [("agen", None)]),
    # acting-office modifiers written with their abbreviation dot after the name
    ("Rudi Hartanto, Plh. Kepala Dinas Pendidikan Kota Bandung, hadir.", ["Rudi Hartanto"],
     ["Dinas Pendidikan Kota Bandung"], "Rudi Hartanto", [("Plh. Kepala", "Dinas Pendidikan Kota Bandung")]),
    ("Rudi Hartanto selaku Pj. Ketua Umum Persatuan Guru Nusantara hadir.", ["Rudi Hartanto"],
     ["Persatuan Guru Nusantara"], "Rudi Hartanto", [("Pj. Ketua Umum", "Persatuan Guru Nusantara")]),
    # an organisation mention opened by a unit of its parent: the unit is the office's, the parent its organisation
    ("Kepala Satuan Lalu Lintas Polres Sleman AKP Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"],
     ["Satuan Lalu Lintas Polres Sleman"], "Rudi Hartanto", [("Kepala Satuan Lalu Lintas", "Polres Sleman")]),
    ("Rudi Hartanto, Kepala Seksi Kedaruratan BPBD Jabar, mengatakan itu.", ["Rudi Hartanto"],
     ["Seksi Kedaruratan BPBD Jabar"], "Rudi Hartanto", [("Kepala Seksi Kedaruratan", "BPBD Jabar")]),
    ("Kepala Departemen Epidemiologi Fakultas Kesehatan Universitas Sukamaju Rudi Hartanto mengatakan itu.",
     ["Rudi Hartanto"], ["Departemen Epidemiologi Fakultas Kesehatan Universitas Sukamaju"], "Rudi Hartanto",
     [("Kepala Departemen Epidemiologi", "Fakultas Kesehatan Universitas Sukamaju")]),
    ("Kepala Biro Humas, Hukum dan Kerja Sama BKN Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"],
     ["Biro Humas, Hukum dan Kerja Sama BKN"], "Rudi Hartanto", [("Kepala Biro Humas, Hukum dan Kerja Sama", "BKN")]),
    ("Rudi Hartanto, Kepala Divisi Pemasaran PT Maju Jaya, mengatakan itu.", ["Rudi Hartanto"], ["PT Maju Jaya"],
     "Rudi Hartanto", [("Kepala Divisi Pemasaran", "PT Maju Jaya")]),
    ("Rudi Hartanto selaku Kepala Satuan Reserse Kriminal Polres Garut mengatakan itu.", ["Rudi Hartanto"],
     ["Polres Garut"], "Rudi Hartanto", [("Kepala Satuan Reserse Kriminal", "Polres Garut")]),
    ("Ketua Departemen Hukum dan HAM Dewan Pimpinan Pusat Partai Maju Rudi Hartanto mengatakan itu.",
     ["Rudi Hartanto"], ["Departemen Hukum dan HAM Dewan Pimpinan Pusat Partai Maju"], "Rudi Hartanto",
     [("Ketua Departemen Hukum dan HAM", "Dewan Pimpinan Pusat Partai Maju")]),
    # ... not a unit with no parent named in it, not an occupation's workplace, not a body of its own
    ("Kepala Satuan Polisi Pamong Praja Kota Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"],
     ["Satuan Polisi Pamong Praja Kota Sukamaju"], "Rudi Hartanto",
     [("Kepala", "Satuan Polisi Pamong Praja Kota Sukamaju")]),
    ("Rudi Hartanto, dosen Departemen Agronomi Fakultas Pertanian UGM, mengatakan itu.", ["Rudi Hartanto"],
     ["Departemen Agronomi Fakultas Pertanian UGM"], "Rudi Hartanto",
     [("dosen", "Departemen Agronomi Fakultas Pertanian UGM")]),
    ("Wakil Ketua Komisi III DPR Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Komisi III DPR"],
     "Rudi Hartanto", [("Wakil Ketua", "Komisi III DPR")]),
    # capitalised words up to the close of an apposition after the name stay in its title
    ("Hadir pula Rudi Hartanto, Ketua Kelompok Kerja Pemilihan, dalam acara itu.", ["Rudi Hartanto"], [],
     "Rudi Hartanto", [("Ketua Kelompok Kerja Pemilihan", None)]),
    ("Para tersangka: 1. Rudi Hartanto, Ketua Kelompok Kerja Pengadaan; dan 2. Andi Wijaya.",
     ["Rudi Hartanto", "Andi Wijaya"], [], "Rudi Hartanto", [("Ketua Kelompok Kerja Pengadaan", None)]),
    # ... not when the apposition goes on in lower case, nor when a name follows the title
    ("Rudi Hartanto, Ketua Kelompok Kerja Pemilihan tahun ini, hadir.", ["Rudi Hartanto"], [],
     "Rudi Hartanto", [("Ketua", None)]),
    ("Hadir Rudi Hartanto, Ketua RT Budi Santoso, dan Camat Andi Wijaya.", ["Rudi Hartanto", "Budi Santoso",
     "Andi Wijaya"], [], "Rudi Hartanto", []),
    ("Tersangkanya Rudi Hartanto, Direktur Data dan Informasi Kemendagri, Andi Wijaya dan Budi Santoso.",
     ["Rudi Hartanto", "Andi Wijaya", "Budi Santoso"], ["Kemendagri"], "Andi Wijaya",
     [("Direktur Data dan Informasi", "Kemendagri")]),
    ("Menteri ESDM Rudi Hartanto, Menteri Perdagangan Andi Wijaya, hadir.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Rudi Hartanto", [("Menteri ESDM", None)]),
    # a name read where the organisation of a title in a closed apposition stands is that organisation
    ("Rudi Hartanto, Direktur Eksekutif Lokataru, mengatakan itu.", ["Rudi Hartanto", "Lokataru"], [],
     "Rudi Hartanto", [("Direktur Eksekutif", "Lokataru")]),
    ("Rudi Hartanto, Direktur Eksekutif Lokataru, mengatakan itu.", ["Rudi Hartanto", "Lokataru"], [],
     "Lokataru", []),
    # ... not a person with a given name, not a list, not a title held for a client
    ("Rudi Hartanto, Ketua RT Budi Santoso, mengatakan itu.", ["Rudi Hartanto", "Budi Santoso"], [],
     "Rudi Hartanto", []),
    ("Rudi Hartanto, Direktur Eksekutif Lokataru, dan Andi Wijaya hadir.", ["Rudi Hartanto", "Lokataru",
     "Andi Wijaya"], [], "Rudi Hartanto", []),
    ("Rudi Hartanto, kuasa hukum Tarigan, mengatakan itu.", ["Rudi Hartanto", "Tarigan"], [], "Rudi Hartanto",
     [("kuasa hukum", None)]),
    # ... and so is a name read between a title of office and the holder's full name
    ("General Manager Santika Hotel Indra Mulyadi mengatakan itu.", ["Santika", "Indra Mulyadi"], [],
     "Indra Mulyadi", [("General Manager", "Santika Hotel")]),
    ("General Manager Santika Hotel Indra Mulyadi mengatakan itu.", ["Santika", "Indra Mulyadi"], [],
     "Santika", []),
    ("Kepala Humas Daop 1 Eva Chairunisa mengatakan itu.", ["Daop", "Eva Chairunisa"], [], "Eva Chairunisa",
     [("Kepala Humas", "Daop 1")]),
    # ... not a name with a given name in it, not after an occupation, not a one-word holder
    ("Ketua RT Budi Santoso Andi Wijaya mengatakan itu.", ["Budi Santoso", "Andi Wijaya"], [], "Andi Wijaya", []),
    ("pelatih Santika Hotel Indra Mulyadi mengatakan itu.", ["Santika", "Indra Mulyadi"], [], "Indra Mulyadi", []),
    ("General Manager Santika Hotel Mulyadi mengatakan itu.", ["Santika", "Mulyadi"], [], "Mulyadi", []),
    # envoys
    ("Pemerintah mengusir diplomat asal Sukamaju, Rudi Hartanto, kemarin.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("diplomat", None)]),
    ("Kata Rudi Hartanto, utusan khusus presiden, kemarin.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("utusan khusus presiden", None)]),
    ("Ia mengirim utusan ke Jakarta untuk menemui Rudi Hartanto.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Rudi Hartanto, spesialis kimia di Badan Antariksa, menyebutkan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("spesialis kimia", None)]),
    # a time adjunct (saat itu, saat ini) after the title before the comma is no part of it
    ("Jabatan itu kosong apabila Sekjen KPK saat ini, Rudi Hartanto, pensiun.", ["Rudi Hartanto"], ["KPK"],
     "Rudi Hartanto", [("Sekjen", "KPK")]),
    ("Saat ini, Rudi Hartanto hadir.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # a purpose adjunct between the title and the comma is no part of the title
    ("Manajer tim untuk Piala Sudirman, Lestari Handayani, menyebut itu.", ["Lestari Handayani"], [],
     "Lestari Handayani", [("Manajer tim", None)]),
    ("Juru Bicara Pemerintah Provinsi Sukamaju untuk Penanganan Covid-19, Berti Murtini, mengatakan itu.",
     ["Berti Murtini"], ["Pemerintah Provinsi Sukamaju"], "Berti Murtini",
     [("Juru Bicara", "Pemerintah Provinsi Sukamaju")]),
    ("Koordinator Relawan Sukamaju bagi Korban Banjir, Berti Murtini, mengatakan itu.", ["Berti Murtini"],
     ["Relawan Sukamaju"], "Berti Murtini", [("Koordinator", "Relawan Sukamaju")]),
    ("Pasangan calon gubernur dan wakil gubernur untuk Pilkada Sukamaju, Rudi Hartanto dan Lestari Handayani, datang.",
     ["Rudi Hartanto", "Lestari Handayani"], [], "Rudi Hartanto", []),
    # ... not when no title stands before it, nor when a person is its object
    ("Hadiah untuk Piala Sudirman, Lestari Handayani, menyebut itu.", ["Lestari Handayani"], [],
     "Lestari Handayani", []),
    ("Pesan Ketua RT untuk Andi Pratama, Lestari Handayani, menyebut itu.", ["Andi Pratama", "Lestari Handayani"],
     [], "Lestari Handayani", []),
    # a title held for a person the text introduced: someone else's (manajer X, sekretaris X, agen X)
    ("Penyanyi Laras Ayuning tampil. \"Belum tahu,\" ungkap Tomi Hadi, manajer Laras saat dihubungi.",
     ["Laras Ayuning", "Tomi Hadi", "Laras"], [], "Tomi Hadi", [("manajer", None)]),
    ("Penyanyi Laras Ayuning tampil. \"Belum tahu,\" ungkap Tomi Hadi, manajer Laras saat dihubungi.",
     ["Laras Ayuning", "Tomi Hadi", "Laras"], [], "Laras Ayuning", [("Penyanyi", None)]),
    ("Hakim Ruslan Effendi ditahan. Penyidik memeriksa sekretaris Ruslan Effendi sebagai saksi.",
     ["Ruslan Effendi", "Ruslan Effendi"], [], "Ruslan Effendi", [("Hakim", None)]),
    # ... not at the person's first mention, nor a title of their own office
    ("Penyidik memeriksa sekretaris Ruslan Effendi sebagai saksi.", ["Ruslan Effendi"], [], "Ruslan Effendi",
     [("sekretaris", None)]),
    ("Pemain Yoga Pradana cedera. Pelatih Yoga Pradana belum tahu.", ["Yoga Pradana", "Yoga Pradana"], [],
     "Yoga Pradana", [("Pemain", None), ("Pelatih", None)]),
    # after the name: menjabat (sebagai), yang juga menjadi, sebelumnya/kini, a bracket then yang juga
    ("Budi Lestanto menjabat sebagai Ketua Umum Persatuan Guru Nusantara.", ["Budi Lestanto"],
     ["Persatuan Guru Nusantara"], "Budi Lestanto", [("Ketua Umum", "Persatuan Guru Nusantara")]),
    ("Andi Wirawan, yang juga menjadi Ketua Komisi IV DPRD Sukamaju, hadir.", ["Andi Wirawan"],
     ["Komisi IV DPRD Sukamaju"], "Andi Wirawan", [("Ketua", "Komisi IV DPRD Sukamaju")]),
    ("Perusahaan itu menunjuk Rama Aditya, sebelumnya Managing Director Kliknesia, sebagai pemimpin.",
     ["Rama Aditya"], ["Kliknesia"], "Rama Aditya", [("Managing Director", "Kliknesia")]),
    ("Ada juga Dewi Larasati (CTO), yang juga adalah Founder Pasarku.", ["Dewi Larasati"], ["Pasarku"],
     "Dewi Larasati", [("CTO", None), ("Founder", "Pasarku")]),
    ("Budi Lestanto menjadi pemain terbaik laga itu.", ["Budi Lestanto"], [], "Budi Lestanto", []),
    # nouns that only look like verbs stay in a complement; a verb ends the phrase
    ("Hal itu disampaikan praktisi digital forensik Rudi Alamsyah di Jakarta.", ["Rudi Alamsyah"], [],
     "Rudi Alamsyah", [("praktisi digital forensik", None)]),
    ("Setelah hakim membacakan vonis, Rudi Alamsyah keluar ruangan.", ["Rudi Alamsyah"], [], "Rudi Alamsyah", []),
    # English function words and an age class inside the organisation of the title
    ("Hal itu disampaikan Pembina Komunitas Ride to Work (R2W) Tono Sugiarto di Jakarta.", ["Tono Sugiarto"], [],
     "Tono Sugiarto", [("Pembina", "Komunitas Ride to Work (R2W)")]),
    ("\"Kami siap,\" kata Pelatih tim nasional Sukamaju U-22, Luis Marino, kemarin.", ["Luis Marino"], [],
     "Luis Marino", [("Pelatih tim nasional", "Sukamaju U-22")]),
    # the title's own initialism in brackets is no organisation; Profesor is an honorific
    ("Hal itu disampaikan Chief Communication Officer (CCO) Gani Undarsa di Jakarta.", ["Gani Undarsa"], [],
     "Gani Undarsa", [("Chief Communication Officer (CCO)", None)]),
    ("Oleh karena itu ahli kesehatan Profesor Philip Tarno mengimbau warga.", ["Philip Tarno"], [], "Philip Tarno",
     [("ahli kesehatan", None)]),
    ("Hal itu diungkap Perdana Menteri Benyamin Netan di Yerusalem.", ["Benyamin Netan"], [], "Benyamin Netan",
     [("Perdana Menteri", None)]),
    # epithets that refer back to the person named last
    ("Pajak itu membuat Cristian Ronaldi murka. Penyerang 32 tahun itu bahkan mengancam pergi.", ["Cristian Ronaldi"],
     [], "Cristian Ronaldi", [("Penyerang", None)]),
    ("Pelatih Rudi Hartono memasukkan Michael Esono. Gelandang asal Ghana itu menebar ancaman.",
     ["Rudi Hartono", "Michael Esono"], [], "Michael Esono", [("Gelandang", None)]),
    ("Arsen Wenggo menolak berkomentar. Menurut pelatih asal Prancis ini, kompetisi masih panjang.", ["Arsen Wenggo"],
     [], "Arsen Wenggo", [("pelatih", None)]),
    ("Raka Pradipta mengaku tenang. \"Bola seharusnya ke Marko,\" ujar pemain berusia 24 tahun itu.",
     ["Raka Pradipta", "Marko"], [], "Raka Pradipta", [("pemain", None)]),
    # ... not a plural, not the object of another speaker's clause
    ("Rudi Hartono dan Beni Saputra berlatih. Kedua pemain itu siap.", ["Rudi Hartono", "Beni Saputra"], [],
     "Beni Saputra", []),
    ("Rudi Hartono mengatakan petugas tersebut datang terlambat.", ["Rudi Hartono"], [], "Rudi Hartono", []),
    # ... nor a phrase that goes on after the demonstrative's noun
    ("Rudi Hartono datang. Pemain itu sendiri tidak hadir.", ["Rudi Hartono"], [], "Rudi Hartono", [("Pemain", None)]),
    # ... after a fronted sentence adverbial and its comma
    ("Dimas Saputro mencetak dua gol. Selain itu, penyerang asal Brasil ini juga memberi assist.", ["Dimas Saputro"],
     [], "Dimas Saputro", [("penyerang", None)]),
    ("Dimas Saputro tidak dipanggil. Di samping itu, mantan pemain Persija itu kecewa.", ["Dimas Saputro"],
     ["Persija"], "Dimas Saputro", [("mantan pemain", "Persija")]),
    # ... but not after an adverbial that names a speaker or holds the noun phrase itself
    ("Dimas Saputro datang. Menurut dia, pemain itu tidak layak.", ["Dimas Saputro"], [], "Dimas Saputro", []),
    ("Dimas Saputro datang. Bagi pelatih itu, pemain itu tidak layak.", ["Dimas Saputro"], [], "Dimas Saputro", []),
    ("Dimas Saputro datang. Pada Minggu 12 Mei, pemain itu tidak hadir.", ["Dimas Saputro"], [], "Dimas Saputro", []),
    # ... and after a contrastive conjunction that opens a main clause after a comma
    ("Dimas Saputro lahir pada 1979. Meski nomor itu identik dengan Dimas, namun pebalap asal Italia itu menolak.",
     ["Dimas Saputro", "Dimas"], [], "Dimas Saputro", [("pebalap", None)]),
    ("Rudi Hartono datang terlambat, tetapi gelandang asal Ghana itu tetap bermain.", ["Rudi Hartono"], [],
     "Rudi Hartono", [("gelandang", None)]),
    ("Rudi Hartono datang terlambat, sedangkan penyerang asal Brasil itu sudah hadir.", ["Rudi Hartono"], [],
     "Rudi Hartono", [("penyerang", None)]),
    # ... not a plural, not without the comma, not after a conjunction of cause or addition
    ("Rudi Hartono datang terlambat, tetapi para pemain itu tetap bermain.", ["Rudi Hartono"], [], "Rudi Hartono", []),
    ("Rudi Hartono datang terlambat karena pemain itu tersesat.", ["Rudi Hartono"], [], "Rudi Hartono", []),
    ("Rudi Hartono datang terlambat dan pemain itu marah.", ["Rudi Hartono"], [], "Rudi Hartono", []),
    ("Rudi Hartono datang terlambat namun pemain itu marah.", ["Rudi Hartono"], [], "Rudi Hartono", []),
    # ... and as the subject of a clause a named speaker reports: the person talked about, not the speaker
    ("Pajak itu membuat Dimas Saputro murka. Luis Campana yakin kapten Timnas Portugal itu hanya butuh waktu.",
     ["Dimas Saputro", "Luis Campana"], ["Timnas Portugal"], "Dimas Saputro", [("kapten", "Timnas Portugal")]),
    ("Dimas Saputro cedera. Pelatih Andi Wijaya mengatakan bahwa penyerang asal Brasil itu butuh istirahat.",
     ["Dimas Saputro", "Andi Wijaya"], [], "Dimas Saputro", [("penyerang", None)]),
    ("Dimas Saputro cedera. Pelatih Andi Wijaya mengatakan bahwa penyerang asal Brasil itu butuh istirahat.",
     ["Dimas Saputro", "Andi Wijaya"], [], "Andi Wijaya", [("Pelatih", None)]),
    # ... not a bare noun there, not without a named speaker, not the speaker alone
    ("Polisi menangkap Dimas Saputro. Kapolsek Andi Wijaya mengatakan petugas tersebut sudah bekerja.",
     ["Dimas Saputro", "Andi Wijaya"], [], "Dimas Saputro", []),
    ("Dimas Saputro cedera. Ia mengatakan penyerang asal Brasil itu butuh istirahat.", ["Dimas Saputro"], [],
     "Dimas Saputro", []),
    ("Andi Wijaya mengatakan penyerang asal Brasil itu butuh istirahat.", ["Andi Wijaya"], [], "Andi Wijaya", []),
    # a person noun with a relative clause that holds a title (pria yang juga TITLE itu): the topic, the
    # person named first in the sentence before, not the one named last
    ("Politikus Partai Maju, Rudi Hartanto, menilai Andi Wijaya harus mundur. Pria yang juga Wakil Ketua Komisi "
     "III DPR itu menilai dari sudut hukum.", ["Rudi Hartanto", "Andi Wijaya"], ["Partai Maju", "Komisi III DPR"],
     "Rudi Hartanto", [("Politikus", "Partai Maju"), ("Wakil Ketua", "Komisi III DPR")]),
    ("Rudi Hartanto meninjau banjir. \"Bantuan datang,\" kata pria yang juga Ketua Partai Maju itu.", ["Rudi Hartanto"],
     ["Partai Maju"], "Rudi Hartanto", [("Ketua", "Partai Maju")]),
    # ... not a relative clause without a title, not when its own sentence names someone before it
    ("Rudi Hartanto meninjau banjir. Pria yang mengenakan kemeja itu mengatakan bantuan datang.", ["Rudi Hartanto"],
     [], "Rudi Hartanto", []),
    ("Rudi Hartanto meninjau banjir. Menurut Andi Wijaya, pria yang juga Ketua Partai Maju itu datang.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Partai Maju"], "Rudi Hartanto", []),
    # a predicate after the name: partitives and time adjuncts before the title
    ("Wulan Sari adalah salah satu penyidik senior KPK yang menangani kasus itu.", ["Wulan Sari"], ["KPK"],
     "Wulan Sari", [("penyidik senior", "KPK")]),
    ("Wulan Sari merupakan seorang pengusaha batik.", ["Wulan Sari"], [], "Wulan Sari", [("pengusaha batik", None)]),
    ("Akhirnya Wulan Sari yang saat itu menjabat sebagai Bendahara Partai Sejahtera menolak.", ["Wulan Sari"],
     ["Partai Sejahtera"], "Wulan Sari", [("Bendahara", "Partai Sejahtera")]),
    # candidates and deputies by their abbreviations; Calon before a title; Asisten as a head
    ("Cabup Sukamaju Ahmad Fauzan mengatakan hal itu.", ["Ahmad Fauzan"], [], "Ahmad Fauzan", [("Cabup Sukamaju", None)]),
    ("Wakasat Reskrim Polres Sukamaju AKP Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Polres Sukamaju"],
     "Rudi Hartanto", [("Wakasat Reskrim", "Polres Sukamaju")]),
    ("Calon Wakil Gubernur Jawa Tengah, Rudi Hartanto, berkampanye.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Calon Wakil Gubernur Jawa Tengah", None)]),
    ("Orang tua calon siswa, Rudi Hartanto, mengeluh.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Ia didampingi Asisten Tindak Pidana Khusus Rudi Hartanto di Jayapura.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Asisten Tindak Pidana Khusus", None)]),
    ("Hal itu dikatakan Asisten Deputi Bidang Hukum Rudi Hartanto.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Asisten Deputi Bidang Hukum", None)]),
    # an organisation the mention layer left untagged, named by the grammar of the title phrase: a head
    # that opens an organisation's own name, an English name with a function word or an organisation noun
    ("Ketua Umum Perhimpunan Petani Kopi Sumatera Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [],
     "Rudi Hartanto", [("Ketua Umum", "Perhimpunan Petani Kopi Sumatera")]),
    ("Direktur Eksekutif Indonesia for Fair Trade Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [],
     "Rudi Hartanto", [("Direktur Eksekutif", "Indonesia for Fair Trade")]),
    ("Ketua Lombok Hotel Association Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Ketua", "Lombok Hotel Association")]),
    # ... not a unit inside a title, nor a field, nor a region
    ("Ketua Dewan Syura Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Ketua Dewan Syura", None)]),
    ("Kepala Bidang Humas Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Kepala Bidang Humas", None)]),
    # the national team in lower case, and the side a fronted `Di kubu ORG,` names, are an occupation's organisation
    ("Ia dipilih pelatih timnas Indonesia Alfredo Riedel untuk Piala AFF.", ["Alfredo Riedel"], [], "Alfredo Riedel",
     [("pelatih", "timnas Indonesia")]),
    ("Pelatih timnas Budi Santosa memuji lawannya.", ["Budi Santosa"], [], "Budi Santosa", [("Pelatih timnas", None)]),
    ("Di kubu Satria Jaya, pelatih Wahyu Hidayat mengaku bangga.", ["Wahyu Hidayat"], ["Satria Jaya"],
     "Wahyu Hidayat", [("pelatih", "Satria Jaya")]),
    ("Di kubu lawan, pelatih Wahyu Hidayat mengaku bangga.", ["Wahyu Hidayat"], [], "Wahyu Hidayat",
     [("pelatih", None)]),
    # an English company title after the name: its field words before the head
    ("Hal itu kata Yulia Hartawan, senior marketing manajer Skyscanda.", ["Yulia Hartawan"], ["Skyscanda"],
     "Yulia Hartawan", [("senior marketing manajer", "Skyscanda")]),
    ("Budi Santosa, Regional General Manager Southeast Asia Epsona, mengatakan itu.", ["Budi Santosa"], ["Epsona"],
     "Budi Santosa", [("Regional General Manager Southeast Asia", "Epsona")]),
    ("Budi Santosa, anak penyanyi Rhoma, mengatakan itu.", ["Budi Santosa", "Rhoma"], [], "Budi Santosa", []),
    # a personal assistant of someone introduced before works for them (Asisten is also a modifier)
    ("Kiai Said Rahman sehat. Asisten pribadi Said, Sofwan Erlangga, mengatakan itu.", ["Said Rahman", "Said",
     "Sofwan Erlangga"], [], "Said Rahman", []),
    # a pronoun subject with a title as predicate, in the next sentence
    ("Anton Wibisono hadir dalam acara itu. Ia adalah Ketua Umum Persatuan Petani Kopi.", ["Anton Wibisono"],
     ["Persatuan Petani Kopi"], "Anton Wibisono", [("Ketua Umum", "Persatuan Petani Kopi")]),
    ("Anton Wibisono datang terlambat. Dia kini menjabat sebagai Direktur PT Maju Jaya.", ["Anton Wibisono"],
     ["PT Maju Jaya"], "Anton Wibisono", [("Direktur", "PT Maju Jaya")]),
    # ... not someone else's title, nor a description closed by a demonstrative, nor a pronoun inside a sentence
    ("Anton Wibisono bertemu Rini. Ia adalah asisten Budi Santoso.", ["Anton Wibisono", "Budi Santoso"], [],
     "Anton Wibisono", []),
    ("Anton Wibisono datang terlambat. Ia adalah pelatih tim itu.", ["Anton Wibisono"], [], "Anton Wibisono", []),
    ("Anton Wibisono datang karena ia adalah pelatih.", ["Anton Wibisono"], [], "Anton Wibisono", []),
    # the first of two titles joined by sekaligus before the name; not a surname before dan, not two holders
    ("Ketua DPRD Kota Malang sekaligus Ketua DPC Partai Maju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"],
     ["DPRD Kota Malang", "DPC Partai Maju"], "Rudi Hartanto", [("Ketua", "DPC Partai Maju"), ("Ketua", "DPRD Kota Malang")]),
    ("Acara dihadiri Kepala Biro Umum Andi Wijaya Hakim dan Direktur PT Maju Jaya Rudi Hartanto.",
     ["Andi Wijaya", "Rudi Hartanto"], ["PT Maju Jaya"], "Rudi Hartanto", [("Direktur", "PT Maju Jaya")]),
    ("Wali Kota Malang dan Kepala Dinas Pendidikan Rudi Hartanto hadir.", ["Rudi Hartanto"], ["Dinas Pendidikan"],
     "Rudi Hartanto", [("Kepala", "Dinas Pendidikan")]),
    # an English title with its field (of ...) before the company read as a name, closed by commas
    ("Regional Head of Operations Tokoku, Rudi Hartanto, mengatakan itu.", ["Tokoku", "Rudi Hartanto"], [],
     "Rudi Hartanto", [("Head of Operations", "Tokoku")]),
    ("Rudi Hartanto, Head of Corporate Communications Tokoku, mengatakan itu.", ["Rudi Hartanto", "Tokoku"], [],
     "Rudi Hartanto", [("Head of Corporate Communications", "Tokoku")]),
    ("Rudi Hartanto, Head of Corporate Communications Tokoku, mengatakan itu.", ["Rudi Hartanto", "Tokoku"], [],
     "Tokoku", []),
    # a list item NAME - TITLE; not a pair of names, not a dateline before a title and its holder
    ("Susunan panitia:\n\n1. Rudi Hartanto - Ketua Panitia\n2. Andi Wijaya - Sekretaris\n", ["Rudi Hartanto",
     "Andi Wijaya"], [], "Andi Wijaya", [("Sekretaris", None)]),
    ("Rudi Hartanto - Andi Wijaya menang dua gim langsung.", ["Rudi Hartanto", "Andi Wijaya"], [], "Rudi Hartanto", []),
    ("Rudi Hartanto - Kepala Dinas Pendidikan Andi Wijaya mengatakan itu.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Rudi Hartanto", []),
    # the members listed after a plural-quantified occupation share it (termasuk, yakni, seperti, antara lain)
    ("Sejumlah pebalap juga menjadi klien perusahaan itu, termasuk Rudi Hartanto, Andi Wijaya, dan Joko Susilo.",
     ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo"], [], "Andi Wijaya", [("pebalap", None)]),
    ("Acara itu menghadirkan beberapa penyanyi, yakni Rudi Hartanto dan Andi Wijaya.", ["Rudi Hartanto", "Andi Wijaya"],
     [], "Andi Wijaya", [("penyanyi", None)]),
    # ... not a status noun, not over another person between the set and the list
    ("Sejumlah warga, termasuk Rudi Hartanto, menolak rencana itu.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Beberapa pemain bertemu Andi Wijaya, termasuk Rudi Hartanto.", ["Andi Wijaya", "Rudi Hartanto"], [],
     "Rudi Hartanto", []),
    # a relative clause on the pronoun, and a fronted capacity (sebagai, selaku) before the pronoun subject
    ("Anton Wibisono hadir di lokasi. Ia yang juga Ketua Persatuan Petani Kopi mengatakan itu.", ["Anton Wibisono"],
     ["Persatuan Petani Kopi"], "Anton Wibisono", [("Ketua", "Persatuan Petani Kopi")]),
    ("Anton Wibisono hadir. Sebagai Direktur PT Maju Jaya, ia mengatakan laba naik.", ["Anton Wibisono"],
     ["PT Maju Jaya"], "Anton Wibisono", [("Direktur", "PT Maju Jaya")]),
    ("Anton Wibisono hadir. Selaku Ketua Panitia, dia mengatakan acara lancar.", ["Anton Wibisono"], [],
     "Anton Wibisono", [("Ketua Panitia", None)]),
    # ... not a status noun, not when a name stands between, not a capacity of someone else named after the comma
    ("Anton Wibisono hadir. Sebagai warga, ia mengaku kecewa.", ["Anton Wibisono"], [], "Anton Wibisono", []),
    ("Anton Wibisono hadir. Sebagai Ketua Panitia, Budi Santoso mengatakan itu.", ["Anton Wibisono", "Budi Santoso"],
     [], "Anton Wibisono", []),
    # an office after its modifier, after kepada: the name after the comma holds it; an occupation there is the addressee
    ("Hakim menjatuhkan pidana kepada mantan Kepala Dinas Pendidikan Kabupaten Sukamaju, Rudi Hartanto, selama "
     "empat tahun.", ["Rudi Hartanto"], ["Dinas Pendidikan Kabupaten Sukamaju"], "Rudi Hartanto",
     [("mantan Kepala", "Dinas Pendidikan Kabupaten Sukamaju")]),
    ("Kepada mantan wartawan, Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # a list of office holders each introduced by a title: the title after a holder's comma is the next
    # holder's, over the unit's numerals and slash, the next holder's rank, or a comma
    ("Ia disambut Bupati Sukamaju Rudi Hartanto, Dandim 0611 / Sukamaju Letkol Inf Andi Wijaya, dan Kapolres "
     "Sukamaju AKBP Joko Susilo.", ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo"], [], "Rudi Hartanto",
     [("Bupati Sukamaju", None)]),
    ("Ia disambut Bupati Sukamaju Rudi Hartanto, Kepala Polres Sukamaju Komisaris Besar Andi Wijaya, dan warga.",
     ["Rudi Hartanto", "Komisaris Besar Andi Wijaya"], ["Polres Sukamaju"], "Rudi Hartanto", [("Bupati Sukamaju", None)]),
    ("Klub itu mengincar bek Persija, Rudi Hartanto, gelandang Persib, Andi Wijaya, dan kiper PSM, Joko Susilo.",
     ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo"], ["Persija", "Persib", "PSM"], "Rudi Hartanto",
     [("bek", "Persija")]),
    ("Klub itu mengincar bek Persija, Rudi Hartanto, gelandang Persib, Andi Wijaya, dan kiper PSM, Joko Susilo.",
     ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo"], ["Persija", "Persib", "PSM"], "Andi Wijaya",
     [("gelandang", "Persib")]),
    # adjectives of tenure right after an occupation's head belong to it (baru, lama, sementara)
    ("Pemain baru Persija, Rudi Hartanto, belum bisa bermain.", ["Rudi Hartanto"], ["Persija"], "Rudi Hartanto",
     [("Pemain baru", "Persija")]),
    ("Posisi itu kosong sejak CEO lama, Rudi Hartanto, mundur.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("CEO lama", None)]),
    ("Rudi Hartanto, pelatih sementara Persija, mengatakan timnya siap.", ["Rudi Hartanto"], ["Persija"],
     "Rudi Hartanto", [("pelatih sementara", "Persija")]),
    # ... negative: not when a content word follows, the phrase describing someone else
    ("Sekjen baru Persija pengganti Rudi Hartanto harus berpengalaman.", ["Rudi Hartanto"], ["Persija"],
     "Rudi Hartanto", []),
    ("Bayi itu menjadi anggota baru keluarga Rudi Hartanto.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # a capacity verb and sebagai/menjadi after the name: the title is the name's
    ("Rudi Hartanto dipercaya sebagai Ketua Panitia acara itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Ketua Panitia", None)]),
    ("Rudi Hartanto kini bertugas sebagai pelatih kiper Persija.", ["Rudi Hartanto"], ["Persija"], "Rudi Hartanto",
     [("pelatih kiper", "Persija")]),
    ("Rudi Hartanto resmi terpilih menjadi Ketua Umum Persatuan Guru Nusantara.", ["Rudi Hartanto"],
     ["Persatuan Guru Nusantara"], "Rudi Hartanto", [("Ketua Umum", "Persatuan Guru Nusantara")]),
    # two titles joined by dan after the name share the organisation after the second
    ("Rudi Hartanto, pendiri dan CEO PT Maju Jaya, mengatakan itu.", ["Rudi Hartanto"], ["PT Maju Jaya"],
     "Rudi Hartanto", [("pendiri", "PT Maju Jaya"), ("CEO", "PT Maju Jaya")]),
    # ... negative: not a status noun, not when a name follows the second title (a list of people)
    ("Rudi Hartanto, pelatih dan warga Sukamaju, hadir.", ["Rudi Hartanto"], [], "Rudi Hartanto", [("pelatih", None)]),
    ("Ia mundur di hadapan Rudi Hartanto, pemain dan Direktur PT Maju Jaya, Andi Wijaya.",
     ["Rudi Hartanto", "Andi Wijaya"], ["PT Maju Jaya"], "Rudi Hartanto", [("pemain", None)]),
    # pentolan: the leading figure of a band or movement (KBBI)
    ("Di tempat yang sama pentolan Suara Senja, Rudi Hartanto, berharap konser berjalan lancar.", ["Rudi Hartanto"],
     ["Suara Senja"], "Rudi Hartanto", [("pentolan", "Suara Senja")]),
    # ... negative: an actor's character, a status, an award
    ("Rudi Hartanto berperan sebagai dokter dalam film itu.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Rudi Hartanto ditetapkan sebagai tersangka oleh polisi.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Rudi Hartanto terpilih sebagai atlet yang paling dicintai anak-anak.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     []),
    # ... negative: not after the organisation, where sementara is a conjunction
    ("Ia menemui pelatih Persija sementara Rudi Hartanto menunggu.", ["Rudi Hartanto"], ["Persija"],
     "Rudi Hartanto", []),
    # an occupation after pada/kepada before a name followed by a comma is an apposition of a list, no addressee
    ("Klub itu tertarik pada bek Persija, Rudi Hartanto, dan gelandang Persib, Andi Wijaya.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Persija", "Persib"], "Rudi Hartanto", [("bek", "Persija")]),
    # ... negative: a holder named without a title before keeps the title after the comma
    ("Rapat dihadiri Rudi Hartanto, Kepala Dinas Pendidikan Sukamaju, Andi Wijaya, dan warga.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Dinas Pendidikan Sukamaju"], "Rudi Hartanto",
     [("Kepala", "Dinas Pendidikan Sukamaju")]),
    # two offices of one holder before the name joined by selaku or a relative clause (yang juga, yang menjabat
    # sebagai): both are the name's; after the name, selaku goes on to the second office
    ("Komandan Kodim 0611/Sukamaju selaku Dansatgas TMMD, Letkol Inf Rudi Hartanto, menyebut hal itu.",
     ["Rudi Hartanto"], ["Kodim 0611/Sukamaju", "TMMD"], "Rudi Hartanto",
     [("Dansatgas", "TMMD"), ("Komandan", "Kodim 0611/Sukamaju")]),
    ("Ketua DPC Partai Maju yang menjabat sebagai Wakil Ketua DPRD Sukamaju, Rina Kusuma, menilai itu.",
     ["Rina Kusuma"], ["DPC Partai Maju", "DPRD Sukamaju"], "Rina Kusuma",
     [("Wakil Ketua", "DPRD Sukamaju"), ("Ketua", "DPC Partai Maju")]),
    ("Ketua Umum Partai Maju yang juga Wakil Ketua DPR, Rina Kusuma, menilai itu.", ["Rina Kusuma"],
     ["Partai Maju", "DPR"], "Rina Kusuma", [("Wakil Ketua", "DPR"), ("Ketua Umum", "Partai Maju")]),
    ("Rina Kusuma, Direktur PT Maju Jaya selaku Ketua Panitia, menilai itu.", ["Rina Kusuma"], ["PT Maju Jaya"],
     "Rina Kusuma", [("Direktur", "PT Maju Jaya"), ("Ketua Panitia", None)]),
    # ... negative: a relative clause that is no office (the occupation keeps its own shape)
    ("Pemain yang juga dipanggil ke timnas, Rina Kusuma, menilai itu.", ["Rina Kusuma"], [], "Rina Kusuma",
     [("Pemain", None)]),
    # NAME, selaku / sebagai TITLE: the capacity after the comma is the name's, not the next name's (the client)
    ("Rudi Hartanto, selaku kuasa hukum Andi Wijaya, menjawab.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Rudi Hartanto", [("kuasa hukum", None)]),
    ("Rudi Hartanto, selaku kuasa hukum Andi Wijaya, menjawab.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Andi Wijaya", []),
    ("Rudi Hartanto, sebagai Ketua Panitia, mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Ketua Panitia", None)]),
    ("Rudi Hartanto, sebagai warga, mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # NAME, sang TITLE: the personal article opens the apposition
    ("Lagu itu dibawakan Rudi Hartanto, sang vokalis.", ["Rudi Hartanto"], [], "Rudi Hartanto", [("vokalis", None)]),
    ("Rudi Hartanto, sang pelatih Persija, mengatakan itu.", ["Rudi Hartanto"], ["Persija"], "Rudi Hartanto",
     [("pelatih", "Persija")]),
    # ... negative: a relation after sang is no role
    ("Rudi Hartanto, sang suami, datang.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # the members after seperti share an occupation phrase with adjectives, its organisation or its place,
    # also when it opens the sentence
    ("Sementara itu, pemain penting Persija seperti Rudi Hartanto dan Andi Wijaya sudah kembali.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Persija"], "Rudi Hartanto", [("pemain penting", "Persija")]),
    ("Penyanyi senior seperti Rudi Hartanto dan Andi Wijaya tampil.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Andi Wijaya", [("Penyanyi senior", None)]),
    # ... negative: a comparison, a clause after the occupation, one name
    ("Ia bermain bagus seperti Rudi Hartanto dan Andi Wijaya.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Rudi Hartanto", []),
    ("Ada artis utama yang masih sama seperti Rina Kusuma dan Dewi Lestari.", ["Rina Kusuma", "Dewi Lestari"], [],
     "Rina Kusuma", []),
    ("Pemain seperti Rudi Hartanto jarang ada.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # NAME, TITLE dari/di ORG: the body the holder is from or works at is the title's organisation (as before the name)
    ("Rudi Hartanto, pengamat ekonomi dari Lembaga Kajian Nusantara, mengatakan itu.", ["Rudi Hartanto"],
     ["Lembaga Kajian Nusantara"], "Rudi Hartanto", [("pengamat ekonomi", "Lembaga Kajian Nusantara")]),
    ("Rudi Hartanto, dosen di Universitas Sukamaju, mengatakan itu.", ["Rudi Hartanto"], ["Universitas Sukamaju"],
     "Rudi Hartanto", [("dosen", "Universitas Sukamaju")]),
    # ... negative: not after the title's own organisation
    ("Rudi Hartanto, Ketua Umum Partai Maju dari Fraksi Karya, mengatakan itu.", ["Rudi Hartanto"],
     ["Partai Maju", "Fraksi Karya"], "Rudi Hartanto", [("Ketua Umum", "Partai Maju")]),
    # an ordinal numeral after the title ranks its holders (pertama, kedua, kelima: stop words elsewhere)
    ("Presiden kelima Rina Kusuma hadir.", ["Rina Kusuma"], [], "Rina Kusuma", [("Presiden kelima", None)]),
    ("Wakil Presiden kedua Rudi Hartanto hadir.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Wakil Presiden kedua", None)]),
    # ... negative: no title before the ordinal
    ("Istri kedua Rudi Hartanto datang.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    # TITLE ORG (NAME): the name the writer puts in brackets after a title (in quotations) holds it
    ("Tanya saja ke Ketua Umum Persatuan Catur (Rudi Hartanto).", ["Rudi Hartanto"], ["Persatuan Catur"],
     "Rudi Hartanto", [("Ketua Umum", "Persatuan Catur")]),
    # ... negative: no title before the bracket, two names in it
    ("Ia disambut warga (Rudi Hartanto) kemarin.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Kedua orang tuanya (Rudi Hartanto dan Rina Kusuma) hadir.", ["Rudi Hartanto", "Rina Kusuma"], [],
     "Rudi Hartanto", []),
]


@pytest.mark.parametrize("text,per,org,person,expected", MARKED)
def test_role_grammar(marked_roles, text, per, org, person, expected):
    found = marked_roles(text, per, org)
    assert found[person] == expected, found


@pytest.mark.parametrize("word,verb", [
    ("dibuat", True), ("diminta", True), ("dibacakan", True), ("bermain", True), ("berusia", True),
    ("mengatakan", True), ("membacakan", True), ("mengesampingkan", True), ("menulis", True), ("memakai", True),
    ("memperkuat", True), ("melihat", True), ("menyebut", True),
    ("digital", False), ("dinas", False), ("direksi", False), ("media", False), ("medis", False),
    ("menteri", False), ("mental", False), ("mesin", False), ("pemain", False), ("hukum", False),
])
def test_verb_like(word, verb):
    from pipeline.extract.people import _verb_like

    assert _verb_like(word) is verb


# A place written after a title of office and opened by the head of a staffed facility (office_places.txt)
# is the unit the title heads: (text, PER, LOC mentions, person, expected roles)
OFFICE_PLACES = [
    ("Kepala Kantor Perwakilan Bank Sentral Provinsi Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"],
     ["Kantor Perwakilan Bank Sentral Provinsi Sukamaju"], "Rudi Hartanto",
     [("Kepala", "Kantor Perwakilan Bank Sentral Provinsi Sukamaju")]),
    ("Kepala Bandara Sukamaju Raya Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Bandara Sukamaju Raya"],
     "Rudi Hartanto", [("Kepala", "Bandara Sukamaju Raya")]),
    ("Deputi Kepala Kantor Pos Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Kantor Pos Sukamaju"],
     "Rudi Hartanto", [("Deputi Kepala", "Kantor Pos Sukamaju")]),
    # after the field words of a unit; the name goes on after the office's acronym in brackets
    ("Kepala Seksi Pengawasan Kantor Cabang Dinas (KCD) Wilayah I Kabupaten Sukamaju Rudi Hartanto hadir.",
     ["Rudi Hartanto"], ["Kantor Cabang Dinas", "Kabupaten Sukamaju"], "Rudi Hartanto",
     [("Kepala Seksi Pengawasan", "Kantor Cabang Dinas (KCD) Wilayah I Kabupaten Sukamaju")]),
    # negative: a region or country after the title, a head that is no staffed facility, a name before the place
    ("Presiden Republik Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Republik Sukamaju"],
     "Rudi Hartanto", [("Presiden Republik Sukamaju", None)]),
    ("Kepala Desa Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Desa Sukamaju"],
     "Rudi Hartanto", [("Kepala Desa Sukamaju", None)]),
    ("Kepala Gedung Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Gedung Sukamaju"],
     "Rudi Hartanto", [("Kepala Gedung Sukamaju", None)]),
    # ... nor after an occupation (a workplace, not an office the title heads)
    ("Dokter Puskesmas Sukamaju Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Puskesmas Sukamaju"],
     "Rudi Hartanto", [("Dokter", None)]),
]


@pytest.mark.parametrize("text,per,loc,person,expected", OFFICE_PLACES)
def test_office_place_is_the_org(marked_roles, text, per, loc, person, expected):
    found = marked_roles(text, per, [], loc)
    assert found[person] == expected, found


# The name right after a title of office, with no organisation mention, may end with its country or city
# (Direktur Utama X Indonesia): (text, PER, LOC mentions, person, expected roles)
COMPANY_PLACE = [
    ("Direktur Utama Kopikita Indonesia Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Direktur Utama", "Kopikita Indonesia")]),
    ("Founder Tehku Jakarta Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], ["Jakarta"], "Rudi Hartanto",
     [("Founder", "Tehku Jakarta")]),
    # negative: only a country after the title, a field of the office before the place, a unit's words first
    ("Perdana Menteri Jepang Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Perdana Menteri Jepang", None)]),
    ("Menteri Luar Negeri Jepang Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"], [], "Rudi Hartanto",
     [("Menteri Luar Negeri Jepang", None)]),
    ("Ketua Kelompok Konservasi Penyu Kopikita Jakarta Rudi Hartanto mengatakan itu.", ["Rudi Hartanto"],
     ["Jakarta"], "Rudi Hartanto", [("Ketua Kelompok Konservasi Penyu Kopikita Jakarta", None)]),
]


@pytest.mark.parametrize("text,per,loc,person,expected", COMPANY_PLACE)
def test_name_after_title_ends_with_place(marked_roles, text, per, loc, person, expected):
    found = marked_roles(text, per, [], loc)
    assert found[person] == expected, found


@pytest.mark.parametrize("text,person,title,org", [
    # a rank spelt out with its grade (and service) between the title and the name opens no name
    ("Kepala Unit Reserse Kriminal Polres Sukamaju Inspektur Polisi Satu Rudi Hartanto mengatakan itu.",
     "Rudi Hartanto", "Kepala Unit Reserse Kriminal Polres Sukamaju", None),
    ("Direktur Badan Maritim Negeri Sukamaju, Laksamana Pertama Maritim Mohd Rudi bin Hartanto, mengatakan itu.",
     "Mohd Rudi bin Hartanto", "Direktur", "Badan Maritim Negeri Sukamaju"),
])
def test_rank_grade_before_name(nlp, text, person, title, org):
    found = roles(nlp, text)
    assert (title, org) in found.get(person, []), found


# The field of a Direktur Jenderal or Deputi inside the institution after it stays in the title: its short
# form when the text names it nowhere else, a numeral, a field and institution read as two mentions;
# (text, PER, ORG mentions, person, expected roles)
FIELD_OF_OFFICE = [
    ("Plt. Direktur Jenderal ABKA Kementerian Perindustrian, Rudi Hartanto, hadir.", ["Rudi Hartanto"],
     ["Kementerian Perindustrian"], "Rudi Hartanto", [("Plt. Direktur Jenderal ABKA", "Kementerian Perindustrian")]),
    ("Deputi IV Kementerian Perindustrian Rudi Hartanto hadir.", ["Rudi Hartanto"], ["Kementerian Perindustrian"],
     "Rudi Hartanto", [("Deputi IV", "Kementerian Perindustrian")]),
    ("Siswi kelas XII SMA Negeri 9 Sukamaju, Rina Kartika, juara.", ["Rina Kartika"], ["SMA Negeri 9 Sukamaju"],
     "Rina Kartika", [("Siswi kelas XII", "SMA Negeri 9 Sukamaju")]),
    ("Direktur Jenderal Perhubungan Udara Kemenhub Rudi Hartanto hadir.", ["Rudi Hartanto"],
     ["Perhubungan Udara", "Kemenhub"], "Rudi Hartanto", [("Direktur Jenderal Perhubungan Udara", "Kemenhub")]),
    # negative: the short form named elsewhere is an organisation of the text, a board is the body's
    ("Ditjen ABKA berbenah. Direktur Jenderal ABKA Kementerian Perindustrian Rudi Hartanto hadir.",
     ["Rudi Hartanto"], ["Ditjen ABKA", "Kementerian Perindustrian"], "Rudi Hartanto",
     [("Direktur Jenderal", "ABKA Kementerian Perindustrian")]),
    ("Sekretaris Jenderal DPP Partai Sukamaju Rudi Hartanto hadir.", ["Rudi Hartanto"], ["Partai Sukamaju"],
     "Rudi Hartanto", [("Sekretaris Jenderal", "DPP Partai Sukamaju")]),
]


@pytest.mark.parametrize("text,per,org,person,expected", FIELD_OF_OFFICE)
def test_field_of_office_stays_in_title(marked_roles, text, per, org, person, expected):
    found = marked_roles(text, per, org)
    assert found[person] == expected, found


# a title of a set (a quantifier before it: duo, dua, kedua, para, tiga; masing-masing after it) over a list of
# names gives each name the title and its organisation; a singular title before a list joined by commas is the
# first name's
TITLE_OVER_LIST = [
    ("Posisi teratas ditempati duo pebalap Velmora Racing, Rudi Hartanto dan Andi Wijaya.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Velmora Racing"], "Andi Wijaya", [("pebalap", "Velmora Racing")]),
    ("Posisi teratas ditempati duo pebalap Velmora Racing, Rudi Hartanto dan Andi Wijaya.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Velmora Racing"], "Rudi Hartanto", [("pebalap", "Velmora Racing")]),
    ("Rapat itu dihadiri para menteri, Rudi Hartanto dan Andi Wijaya.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Andi Wijaya", [("menteri", None)]),
    ("Tiga pemain Persik Sukamaju, Rudi Hartanto, Andi Wijaya dan Joko Susilo, absen.",
     ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo"], ["Persik Sukamaju"], "Andi Wijaya",
     [("pemain", "Persik Sukamaju")]),
    ("Tiga pemain Persik Sukamaju, Rudi Hartanto, Andi Wijaya, dan Joko Susilo, absen.",
     ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo"], ["Persik Sukamaju"], "Joko Susilo",
     [("pemain", "Persik Sukamaju")]),
    # a bracket of origin between the names
    ("Dua pebalap Velmora Racing, Rudi Hartanto (Prancis) dan Andi Wijaya (Indonesia), gagal meraih poin.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Velmora Racing"], "Andi Wijaya", [("pebalap", "Velmora Racing")]),
    # the set in apposition after the list
    ("Laga itu dihadiri Rudi Hartanto dan Andi Wijaya, dua pemain Persik Sukamaju.", ["Rudi Hartanto", "Andi Wijaya"],
     ["Persik Sukamaju"], "Rudi Hartanto", [("pemain", "Persik Sukamaju")]),
    ("Laga itu dihadiri Rudi Hartanto dan Andi Wijaya, dua pemain Persik Sukamaju.", ["Rudi Hartanto", "Andi Wijaya"],
     ["Persik Sukamaju"], "Andi Wijaya", [("pemain", "Persik Sukamaju")]),
    # an occupation phrase closed by the intro of a list of two names or more
    ("Sementara itu, pemain Persik Sukamaju seperti Rudi Hartanto dan Andi Wijaya sudah kembali.",
     ["Rudi Hartanto", "Andi Wijaya"], ["Persik Sukamaju"], "Rudi Hartanto", [("pemain", "Persik Sukamaju")]),
    # a quantified set as the subject of adalah, its members the predicate
    ("Kedua pemain Persik Sukamaju itu adalah Rudi Hartanto dan Andi Wijaya.", ["Rudi Hartanto", "Andi Wijaya"],
     ["Persik Sukamaju"], "Andi Wijaya", [("pemain", "Persik Sukamaju")]),
    # ... not without the quantifier, not a quantified set of another phrase before a comma
    ("Pemain terbaik musim ini adalah Rudi Hartanto dan Andi Wijaya.", ["Rudi Hartanto", "Andi Wijaya"], [],
     "Andi Wijaya", []),
    ("Selain dua pemain ini, pelatih lain yang masuk daftar adalah Rudi Hartanto dan Andi Wijaya.",
     ["Rudi Hartanto", "Andi Wijaya"], [], "Andi Wijaya", []),
    # ... not one name (a comparison), not a singular occupation over a list of commas, nor over ``, dan`` after
    # another person's apposition, not the title in brackets of the pair before
    ("Ia ingin menjadi pemain seperti Rudi Hartanto.", ["Rudi Hartanto"], [], "Rudi Hartanto", []),
    ("Latihan diikuti kiper Rudi Hartanto, Andi Wijaya, Joko Susilo, dan Budi Santoso.",
     ["Rudi Hartanto", "Andi Wijaya", "Joko Susilo", "Budi Santoso"], [], "Andi Wijaya", []),
    ("Hadir Budi Santoso, ahli hukum Rudi Hartanto, dan Andi Wijaya.", ["Budi Santoso", "Rudi Hartanto",
     "Andi Wijaya"], [], "Andi Wijaya", []),
    ("Gelar diraih Budi Santoso/Joko Susilo (ganda putra) dan Rudi Hartanto/Andi Wijaya (ganda campuran).",
     ["Budi Santoso", "Joko Susilo", "Rudi Hartanto", "Andi Wijaya"], [], "Rudi Hartanto", [("ganda campuran", None)]),
]


@pytest.mark.parametrize("text,per,org,person,expected", TITLE_OVER_LIST)
def test_title_of_a_set_over_a_list(marked_roles, text, per, org, person, expected):
    found = marked_roles(text, per, org)
    assert found[person] == expected, found


def test_set_place_before_member_list(marked_roles):
    """The place after a set's occupation (its nationality) is no part of the phrase the list shares."""
    found = marked_roles("Ia memasang aktris Sukamaju seperti Rina Kusuma dan Dewi Lestari.",
                         ["Rina Kusuma", "Dewi Lestari"], [], ["Sukamaju"])
    assert found["Dewi Lestari"] == [("aktris", None)], found


@pytest.mark.parametrize("text,per,org,loc,person,expected", [
    # an origin adjunct (asal, kelahiran + a place) between the title phrase and the comma before the name
    ("Pelatih kepala Persija asal Belanda, Rudi Hartanto, mengatakan itu.", ["Rudi Hartanto"], ["Persija"],
     ["Belanda"], "Rudi Hartanto", [("Pelatih kepala", "Persija")]),
    # ... also when the organisation was read as a name: the holder is the name after the comma
    ("Pelatih kepala Sukamaju Esports asal Filipina, Rudi Hartanto, mengatakan itu.",
     ["Sukamaju Esports", "Rudi Hartanto"], [], ["Filipina"], "Rudi Hartanto", [("Pelatih kepala", "Sukamaju Esports")]),
    ("Pelatih kepala Sukamaju Esports asal Filipina, Rudi Hartanto, mengatakan itu.",
     ["Sukamaju Esports", "Rudi Hartanto"], [], ["Filipina"], "Sukamaju Esports", []),
    # a chain of places after an occupation, commas between, is no part of it
    ("Petani Desa Sukamaju, Kecamatan Cibeber, Rudi Hartanto, mengaku senang.", ["Rudi Hartanto"], [],
     ["Desa Sukamaju", "Kecamatan Cibeber"], "Rudi Hartanto", [("Petani", None)]),
    # ... negative: a status noun before the origin gives no role, nor an origin after no organisation
    ("Aktivis mahasiswa asal Riau, Rudi Hartanto, jadi tersangka.", ["Rudi Hartanto"], [], ["Riau"],
     "Rudi Hartanto", []),
    ("Ia menemui warga asal Belanda, Rudi Hartanto, kemarin.", ["Rudi Hartanto"], [], ["Belanda"], "Rudi Hartanto", []),
])
def test_origin_and_places_before_the_name(marked_roles, text, per, org, loc, person, expected):
    found = marked_roles(text, per, org, loc)
    assert found[person] == expected, found
