"""Person, title and organisation shapes of Indonesian press text (rules only, no model)."""
import pytest
import spacy

from pipeline import extensions  # noqa: F401
from pipeline.extract import entities, locations, organizations, people  # noqa: F401
from pipeline.extract.people import canonical_name


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    for name in ("institution_ruler", "person_ruler", "organizations", "people", "locations"):
        nlp.add_pipe(name)
    return nlp


def roles(nlp, text):
    doc = nlp(text)
    return {p.name: [(r.title, r.org) for r in p.roles] for p in doc._.people}


# (text, person, title, org); person None: nobody may be found
SHAPES = [
    ("Ketua KPK Setyo Budiyanto mengatakan hal itu.", "Setyo Budiyanto", "Ketua", "KPK"),
    ("Menteri Keuangan Purbaya Yudhi Sadewa hadir.", "Purbaya Yudhi Sadewa", "Menteri Keuangan", None),
    ("Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa hadir.", "Purbaya Yudhi Sadewa", "Menteri Keuangan (Menkeu)", None),
    ("Kapolda Metro Jaya Irjen Pol Asep Edi Suheri menjelaskan.", "Asep Edi Suheri", "Kapolda Metro Jaya", None),
    ("Asisten Deputi Koordinasi Tata Kelola Keimigrasian, Achmad Bramantyo, hadir.", "Achmad Bramantyo",
     "Asisten Deputi Koordinasi Tata Kelola Keimigrasian", None),
    ("Direktur Hak Asasi Manusia dan Kemanusiaan Kementerian Luar Negeri, Indah Nuria Savitri.",
     "Indah Nuria Savitri", "Direktur Hak Asasi Manusia dan Kemanusiaan", "Kementerian Luar Negeri"),
    ("Wakil Ketua Komisi XIII DPR RI Andreas Hugo Pareira menilai langkah itu tepat.", "Andreas Hugo Pareira",
     "Wakil Ketua", "Komisi XIII DPR RI"),
    ("Bupati Majalengka Eman Suherman meninjau lokasi.", "Eman Suherman", "Bupati Majalengka", None),
    ("Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi.", "Dedi Mulyadi", "Gubernur Jawa Barat", None),
    ("Kakanwil Kemenkum Aceh Meurah Budiman membuka acara.", "Meurah Budiman", "Kakanwil", "Kemenkum Aceh"),
    ("Dirjen Imigrasi Yuldi Yusman meninjau bandara.", "Yuldi Yusman", "Dirjen Imigrasi", None),
    ("Menko Polhukam Budi Gunawan menggelar rapat.", "Budi Gunawan", "Menko Polhukam", None),
    ("Wamenlu Arrmanatha Nasir bertemu delegasi.", "Arrmanatha Nasir", "Wamenlu", None),
    ("Kasi Intel Kejari Kuantan Singingi Soenardi mengatakan itu.", "Soenardi", "Kasi Intel", "Kejari Kuantan Singingi"),
    ("Plt Kepala BNPB Suharyanto meninjau banjir.", "Suharyanto", "Plt Kepala", "BNPB"),
    ("Mantan Ketua DPRD Riau Johar Firdaus ditahan.", "Johar Firdaus", "Mantan Ketua", "DPRD Riau"),
    ("Presiden Prabowo Subianto melantik menteri.", "Prabowo Subianto", "Presiden", None),
    ("Wakil Presiden Gibran Rakabuming Raka berkunjung.", "Gibran Rakabuming Raka", "Wakil Presiden", None),
    ("Kepala Badan Gizi Nasional Dadan Hindayana berbicara.", "Dadan Hindayana", "Kepala", "Badan Gizi Nasional"),
    ("Direktur Utama BPJS Kesehatan Ali Ghufron Mukti menjelaskan.", "Ali Ghufron Mukti", "Direktur Utama",
     "BPJS Kesehatan"),
    ("Kasat Lantas Polres Serang AKP Fery Oktaviari Pratama mengimbau warga.", "Fery Oktaviari Pratama",
     "Kasat Lantas", "Polres Serang"),
    ("Wakil Ketua DPRD Jawa Timur Deni Wicaksono menyebut hal itu.", "Deni Wicaksono", "Wakil Ketua",
     "DPRD Jawa Timur"),
    ("Kepala Misi IOM Indonesia, Jeffrey Labovitz, berbicara.", "Jeffrey Labovitz", "Kepala Misi", "IOM Indonesia"),
    ("Juru Bicara KPK Budi Prasetyo menjelaskan.", "Budi Prasetyo", "Juru Bicara", "KPK"),
    ("kata juru bicara KPK Budi Prasetyo kepada wartawan.", "Budi Prasetyo", "juru bicara", "KPK"),
    ("Gubernur BI Perry Warjiyo menyampaikan hasil rapat.", "Perry Warjiyo", "Gubernur", "BI"),
    ("Sekjen Kemenkeu Heru Pambudi hadir.", "Heru Pambudi", "Sekjen", "Kemenkeu"),
    ("Kapolres Serang AKBP Condro Sasongko memimpin apel.", "Condro Sasongko", "Kapolres Serang", None),
    ("Kapolri Jenderal Listyo Sigit Prabowo memimpin apel.", "Listyo Sigit Prabowo", "Kapolri", None),
    ("Pangdam Jaya Mayjen Deddy Suryadi memimpin apel.", "Deddy Suryadi", "Pangdam Jaya", None),
    ("Rektor Universitas Riau, Sri Indarti, menyambut mahasiswa.", "Sri Indarti", "Rektor", "Universitas Riau"),
    ("Budi Santoso, Kepala Dinas Perhubungan Kota Serang, mengatakan itu.", "Budi Santoso", "Kepala",
     "Dinas Perhubungan Kota Serang"),
    ("Siti Rahma selaku Ketua Panitia mengatakan itu.", "Siti Rahma", "Ketua Panitia", None),
    ("Andi Pratama yang juga Anggota DPRD Riau mengatakan itu.", "Andi Pratama", "Anggota", "DPRD Riau"),
    ("Acara itu diwakili oleh Direktur Jenderal Pajak, Bimo Wijayanto.", "Bimo Wijayanto",
     "Direktur Jenderal Pajak", None),
    ("Rapat itu dipimpin oleh Ketua Komisi III DPR RI, Habiburokhman.", "Habiburokhman", "Ketua", "Komisi III DPR RI"),
    ("Deputi Gubernur Senior BI Destry Damayanti hadir.", "Destry Damayanti", "Deputi Gubernur Senior", "BI"),
    ("Kadis Pendidikan Jabar Wahyu Mijaya hadir.", "Wahyu Mijaya", "Kadis Pendidikan Jabar", None),
    ("Duta Besar Pakistan untuk Indonesia hadir.", None, None, None),
    # negatives: a title with no person, a title followed by an organisation that is not its own
    ("Ketua KPK mengatakan penyidikan berlanjut.", None, None, None),
    ("Menteri Keuangan menyampaikan laporan kepada DPR.", None, None, None),
    ("Kepala Dinas Kesehatan Kota Bandung belum berkomentar.", None, None, None),
    ("Gubernur Jawa Barat meminta warga waspada.", None, None, None),
]


@pytest.mark.parametrize("text,person,title,org", SHAPES)
def test_title_shapes(nlp, text, person, title, org):
    found = roles(nlp, text)
    if person is None:
        assert not any(r for r in found.values()) or not found
        return
    assert person in found, found
    assert (title, org) in found[person], found


def test_two_people_in_one_apposition(nlp):
    found = roles(nlp, "Menteri Keuangan Purbaya Yudhi Sadewa dan Gubernur BI Perry Warjiyo hadir.")
    assert ("Menteri Keuangan", None) in found["Purbaya Yudhi Sadewa"]
    assert found["Perry Warjiyo"] == [("Gubernur", "BI")]


def test_short_name_joins_full_name(nlp):
    doc = nlp("Menteri Keuangan Purbaya Yudhi Sadewa hadir. Purbaya mengatakan itu.")
    assert [p.name for p in doc._.people] == ["Purbaya Yudhi Sadewa"]
    assert len(doc._.people[0].mentions) == 2


def test_nickname_in_brackets(nlp):
    doc = nlp("Presiden ke-7 Joko Widodo (Jokowi) hadir. Jokowi mengatakan itu.")
    assert [p.name for p in doc._.people] == ["Joko Widodo"]


@pytest.mark.parametrize("text,name", [
    ("Irjen Pol. Asep Edi Suheri", "Asep Edi Suheri"),
    ("Prof. Dr. Ahmad Yani, S.H., M.Si.", "Ahmad Yani"),
    ("Bapak Purbaya", "Purbaya"),
    ("Purbaya", "Purbaya"),
])
def test_canonical_name(text, name):
    assert canonical_name(text) == name


def test_role_offsets_point_back(nlp):
    text = "Ketua KPK Setyo Budiyanto mengatakan hal itu."
    doc = nlp(text)
    role = doc._.people[0].roles[0]
    assert text[role.start:role.end] == "Ketua KPK Setyo Budiyanto"
