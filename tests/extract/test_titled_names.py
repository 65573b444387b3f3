"""Names between academic or professional titles and degrees (pipeline.extract.titled_names; invented text)."""
import pytest

from pipeline import extensions  # noqa: F401
from pipeline.extract import entities, locations, organizations, people, sentences  # noqa: F401
from pipeline.extract.titled_names import degrees_end, titled_names


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline("organizations", "people", "locations")


@pytest.fixture(scope="module")
def blank(rules_pipeline):
    return rules_pipeline()


# (text after a name, the degrees read after it; "" for none)
DEGREES = [
    (", M.Kes., mengatakan", ", M.Kes."),
    (", Sp.A mengatakan", ", Sp.A"),
    (", Sp.PD-KGEH menyarankan", ", Sp.PD-KGEH"),
    (", Sp.JP(K), FIHA, menyebut", ", Sp.JP(K), FIHA"),
    (", Sp.B(K)Onk., Ph.D. hadir", ", Sp.B(K)Onk., Ph.D."),
    (", S.H., M.H., mengatakan", ", S.H., M.H."),
    (", S.Ag., M.Pd.I., Kepala", ", S.Ag., M.Pd.I."),
    (", MARS, mengatakan", ", MARS"),
    (", M.K.M. menambahkan", ", M.K.M."),
    (", Sp.THT-KL, mengingatkan", ", Sp.THT-KL"),
    (", A.Md.Kep. bertugas", ", A.Md.Kep."),
    (" S.Tr.Kes. bertugas", " S.Tr.Kes."),  # a dotted shape also without a comma
    # no degree
    (", M. Yusuf dan Rudi", ""),  # an initial and a name
    (", SE, dan MA", ""),  # two capitals alone: initials as likely
    (", Sumatera Utara", ""),
    (" MARS mengatakan", ""),  # a listed form without its comma
    (", Spanyol", ""),
    (" M.H. Thamrin", ""),  # initials before a name (Jalan M.H. Thamrin)
]


@pytest.mark.parametrize("after,degrees", DEGREES)
def test_degrees_after_a_name(blank, after, degrees):
    doc = blank("Budi Wiratmoko" + after)
    end = degrees_end(doc, 2)
    assert doc[2:end].text == degrees.strip() if degrees else end == 2


# (text, the names read between titles and degrees)
TITLED = [
    ("Kepala Dinas Kesehatan Kota Wonoasri, dr. Laras Kinanti, M.Kes., mengatakan kasus naik.", ["Laras Kinanti"]),
    ("Direktur RSUD Wonoasri dr. Gita Paramesti Lubis, Sp.A mengatakan pasien pulang.", ["Gita Paramesti Lubis"]),
    ("Rektor Universitas Wonoasri Prof. Dr. Ir. Bagas Wicaksana, M.Sc. membuka acara.", ["Bagas Wicaksana"]),
    ("Penghargaan diberikan kepada Dr. (H.C.) Harjo Sumantri atas jasanya.", ["Harjo Sumantri"]),
    ("Kepala Instalasi Farmasi apt. Ratri Anindya, S.Farm. mengatakan stok cukup.", ["Ratri Anindya"]),
    ("Kepala Ruang Ns. Wening Pramesti, S.Kep. mengatakan perawat siaga.", ["Wening Pramesti"]),
    ("Kuasa hukum terdakwa, Danang Wisesa, S.H., M.H., mengatakan kliennya tidak bersalah.", ["Danang Wisesa"]),
    ("Rapat dipimpin Kepala BPBD Wonoasri, Ir. H. Sarwono Adi, M.M.", ["Sarwono Adi"]),
    # no name: a hospital named after a doctor, a degree without a name, a title alone
    ("Pasien dirujuk ke RSUD dr. Sukardi Wiryo di Wonoasri.", []),
    ("Ia meraih gelar S.H. dari Universitas Wonoasri.", []),
    ("Para dokter spesialis hadir, termasuk Sp.A dan Sp.OG.", []),
    ("Ia tinggal di Jalan M.H. Thamrin Nomor 5.", []),
    ("Ia dirawat di RSUP Nasional Dr. Cipto Mangunkusumo.", []),
    # a title in capitals or small letters, or one that is not before a name (each token's text is read once)
    ("Sambutan disampaikan PROF. Bagas Wicaksana di aula utama.", ["Bagas Wicaksana"]),
    ("Ia bertemu prof Laras Kinanti kemarin.", ["Laras Kinanti"]),
    ("Gelar prof diraih setelah lama mengajar.", []),
    ("Ia menulis surat untuk Dr", []),
    ("Warga Desa Wonoasri, Sumatera Utara, hadir, Kepala Desa juga.", []),
]


@pytest.mark.parametrize("text,names", TITLED)
def test_titled_names(blank, text, names):
    doc = blank(text)
    kb = entities.knowledge(blank)
    assert [doc[t.name_start:t.name_end].text for t in titled_names(doc, kb)] == names


# (text, the people of the document and the role of the first); a place after an administrative head and the
# degrees stay out of the names; the organisation ends before the titles
PEOPLE = [
    ("Kepala Dinas Kesehatan Kota Wonoasri, dr. Laras Kinanti, M.Kes., mengatakan kasus naik.",
     {"Laras Kinanti": [("Kepala", "Dinas Kesehatan Kota Wonoasri")]}),
    ("Kepala Dinas Kesehatan Kota Pagar Watu, dr. Laras Kinanti, mengatakan kasus naik.",
     {"Laras Kinanti": [("Kepala", "Dinas Kesehatan Kota Pagar Watu")]}),
    ("Direktur RSUD Wonoasri dr. Gita Paramesti Lubis, Sp.A mengatakan pasien pulang.",
     {"Gita Paramesti Lubis": [("Direktur", "RSUD Wonoasri")]}),
    ("Kepala Ruang Ns. Wening Pramesti, S.Kep. mengatakan perawat siaga.",
     {"Wening Pramesti": [("Kepala Ruang", None)]}),
    ("Kepala Instalasi Farmasi apt. Ratri Anindya, S.Farm. mengatakan stok cukup.",
     {"Ratri Anindya": [("Kepala Instalasi Farmasi", None)]}),
    ("Rapat dipimpin Kepala BPBD Wonoasri, Ir. H. Sarwono Adi, M.M.",
     {"Sarwono Adi": [("Kepala", "BPBD Wonoasri")]}),
    ("Hal itu disampaikan Dr. H. Yahya Mustofa, S.Ag., M.Pd.I., Kepala Kantor Kemenag Wonoasri.",
     {"Yahya Mustofa": [("Kepala", "Kantor Kemenag Wonoasri")]}),  # (the office a title heads: its organisation)
    ("Menurut dr. Aryo Baskoro, Sp.JP(K), FIHA, penyakit jantung bisa dicegah.", {"Aryo Baskoro": []}),
    # the degrees are sure, where the name starts is the title rules' to read (a region after a fused title)
    ("Kajari Wonoasri Andi Pratama, S.H., M.H. menyerahkan barang bukti.",
     {"Andi Pratama": [("Kajari Wonoasri", None)]}),
    ("Dandim 0732/Wonoasri Letkol Inf Budi Prasetyo, S.E., M.Han., meninjau lokasi.",
     {"Budi Prasetyo": [("Dandim 0732/Wonoasri", None)]}),
    # no person
    ("Pasien dirujuk ke RSUD dr. Sukardi Wiryo di Wonoasri.", {}),
]


@pytest.mark.parametrize("text,expected", PEOPLE)
def test_people_between_titles_and_degrees(nlp, text, expected):
    doc = nlp(text)
    got = {p.name: [(r.title, r.org) for r in p.roles] for p in doc._.people}
    assert got == expected
