"""Organisation records and their aliases (rules only, no model)."""
import re

import pytest

from pipeline import extensions  # noqa: F401
from pipeline.extract import entities, locations, organizations, people, sentences  # noqa: F401
from pipeline.extract.organizations import _fewer_words, _name_keys, _suffix_spelt, abbreviates, compound_abbreviates
from tests.conftest import with_model_ents


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline("organizations")


def orgs(nlp, text):
    return {o.name: sorted(o.aliases) for o in nlp(text)._.organizations}


# (text, name, aliases that must all be there)
RECORDS = [
    ("Badan Nasional Penanggulangan Bencana (BNPB) mengirim bantuan. BNPB juga hadir.",
     "Badan Nasional Penanggulangan Bencana", ["BNPB"]),
    ("KPK (Komisi Pemberantasan Korupsi) menggelar rapat.", "Komisi Pemberantasan Korupsi", ["KPK"]),
    # the acronym of a whole regional unit inside its name: the name without the bracket
    ("Kepolisian Resor Kota (Polresta) Denpasar menggelar operasi. Polresta Denpasar mengimbau warga.",
     "Kepolisian Resor Kota Denpasar", ["Polresta Denpasar"]),
    ("Pemerintah Kota (Pemkot) Denpasar hadir. Pemkot, katanya, mengevaluasi izin. Pemkot Denpasar menolak.",
     "Pemerintah Kota Denpasar", ["Pemkot", "Pemkot Denpasar"]),
    # the region goes on through its own short form in brackets
    ("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Tangerang Selatan (Tangsel) Budi Santoso hadir.",
     "Badan Penanggulangan Bencana Daerah Kota Tangerang Selatan", []),
    # an acronym inside a name that is not regional stays as written
    ("Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan membayar klaim. BPJS Kesehatan menunggak.",
     "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan", ["BPJS", "BPJS Kesehatan"]),
    # the rest of the name after its bracketed short form, when the text writes the short form with it
    # again or the body is regional; the short form alone is an alias where the text uses it alone
    ("Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jawa Barat bersidang. Ketua DPRD Jawa Barat, "
     "Asep Sunarya, hadir. Wakil Ketua DPRD Rini Andayani membuka rapat. DPRD Jabar menyetujui.",
     "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Barat", ["DPRD", "DPRD Jabar", "DPRD Jawa Barat"]),
    ("Pemkab Targetkan 3 Juta Wisatawan\n\nPemerintah Kabupaten (Pemkab) Sleman meluncurkan festival.",
     "Pemerintah Kabupaten Sleman", ["Pemkab"]),
    # the acronym the bracket introduced, when the text never goes on with it as SHORT REST
    ("Balai Konservasi Sumber Daya Alam (BKSDA) Kalimantan Selatan melepas dua ekor orangutan.",
     "Balai Konservasi Sumber Daya Alam Kalimantan Selatan", ["BKSDA"]),
    ("Dinas Kesehatan (Dinkes) Kota Sukamaju mencatat 40 kasus. Kepala Dinkes Kota Sukamaju, Rudi Hartawan, "
     "mengatakan Dinkes menambah petugas.", "Dinas Kesehatan Kota Sukamaju", ["Dinkes", "Dinkes Kota Sukamaju"]),
    ("Badan Pengawas Pemilu (Bawaslu) RI mencatat temuan. Ketua Bawaslu RI, Tono Haryanto, hadir.",
     "Badan Pengawas Pemilu RI", ["Bawaslu RI"]),
    # the acronym spells the body at the end of the name
    ("Komisi III Dewan Perwakilan Rakyat Republik Indonesia (DPR RI) rapat. Ketua Komisi III DPR RI hadir.",
     "Komisi III Dewan Perwakilan Rakyat Republik Indonesia", ["Komisi III DPR RI"]),
    ("Komisi III Dewan Perwakilan Rakyat Republik Indonesia (DPR RI) menggelar rapat.",
     "Dewan Perwakilan Rakyat Republik Indonesia", ["DPR RI"]),
    # short opening words spelt out, class designations, legal forms
    ("Sidang di PN Bandung. Pengadilan Negeri Bandung memutus perkara.", "Pengadilan Negeri Bandung",
     ["PN Bandung"]),
    ("Komando Daerah Militer Iskandar Muda (Kodam IM) bersiaga. Prajurit Kodam Iskandar Muda dikerahkan.",
     "Komando Daerah Militer Iskandar Muda", ["Kodam IM", "Kodam Iskandar Muda"]),
    ("Kantor Imigrasi Kelas I TPI Tangerang memeriksa. Kantor Imigrasi Tangerang menolak.",
     "Kantor Imigrasi Kelas I TPI Tangerang", ["Kantor Imigrasi Tangerang"]),
    ("PT PLN (Persero) menyambung listrik. PLN juga membantu.", "PT PLN (Persero)", ["PLN"]),
    ("Bupati meminta PT Jasa Marga (Persero) Tbk memperbaiki jalan.", "PT Jasa Marga (Persero) Tbk", []),
    ("Pemerintah Provinsi Jawa Timur (Pemprov Jatim) bergerak.", "Pemerintah Provinsi Jawa Timur", ["Pemprov Jatim"]),
    # a short form made of the name's syllables; a company's own acronym after its legal form
    ("Kepala Pusat Layanan Nasional (Puslaynas) hadir. Puslaynas mencatat data.", "Pusat Layanan Nasional",
     ["Puslaynas"]),
    ("Ekonom Institute for Trade and Finance Studies (Intrafis), Rina Dewi, menilai harga naik.",
     "Institute for Trade and Finance Studies", ["Intrafis"]),
    ("OJK mencabut izin PT Bank Perkreditan Sejahtera Abadi (BPSA) kemarin.",
     "PT Bank Perkreditan Sejahtera Abadi", ["BPSA"]),
    # a national body named in full is also called by its head word alone
    ("Anggaran Kejaksaan Republik Indonesia naik. Sepanjang 2025 Kejaksaan telah menangani 612 perkara.",
     "Kejaksaan Republik Indonesia", ["Kejaksaan"]),
    # a regional unit named with its short form in brackets before its place: the full name with the
    # place (records-v1: the fullest form; corpus/README), the short form with the place its alias
    ("Kepala Balai Pelaksanaan Jalan Nasional (BPJN) Aceh hadir. Kementerian PU melalui BPJN Aceh bekerja.",
     "Balai Pelaksanaan Jalan Nasional Aceh", ["BPJN Aceh"]),
    # the short form spells the whole name before it (initials or syllables) and a region follows with no
    # comma: the region is the unit's, whatever the head (corpus/README: the name without the bracket)
    ("Ketua Asosiasi Peternak Lebah Indonesia (APLI) Jawa Tengah, Budi Santoso, hadir. APLI menolak impor.",
     "Asosiasi Peternak Lebah Indonesia Jawa Tengah", ["APLI"]),
    ("Pemerintah Kota (Pemko) Binjai menyiapkan dana. Pemko Binjai menambah petugas.",
     "Pemerintah Kota Binjai", ["Pemko Binjai"]),
    ("Kepala Bagian Humas Pimpinan Pemerintah Kota (Pemko) Binjai, Rudi Hartawan, hadir.",
     "Pemerintah Kota Binjai", []),
    ("Kepala Bidang Peternakan Dinas Pertanian (Distan) Sleman, Tono Haryanto, hadir.",
     "Dinas Pertanian Sleman", []),
    # the same SHORT REST with the province written short: the short form is not written alone
    ("IPPI Jabar Gelar Rapat\n\nIkatan Pedagang Pasar Indonesia (IPPI) Jawa Barat menggelar rapat.",
     "Ikatan Pedagang Pasar Indonesia Jawa Barat", ["IPPI Jabar"]),
    # any body's branch named by a region of the gazetteers after its bracket (the bracketed acronym an alias)
    ("Ketua Ikatan Pedagang Sayur Nusantara (IPSN) Jawa Timur, Budi Santoso, hadir.",
     "Ikatan Pedagang Sayur Nusantara Jawa Timur", ["IPSN"]),
    # a body's acronym joined by a hyphen to its parent's, which the name writes whole
    ("Ketua Ikatan Pemuda Peduli Lingkungan KSPN (IPPL-KSPN) Budi Santoso hadir.",
     "Ikatan Pemuda Peduli Lingkungan KSPN", ["IPPL-KSPN"]),
    ("Ketua Ikatan Pemuda Peduli Lingkungan KSPN (IPPL - KSPN) Budi Santoso hadir.",
     "Ikatan Pemuda Peduli Lingkungan KSPN", ["IPPL - KSPN"]),
    # the head word its long form opens with (after the legal form), written before the short form
    ("PT Bank Sentosa Jaya (BSJ) menyalurkan kredit. Nasabah Bank BSJ bertambah.", "PT Bank Sentosa Jaya",
     ["BSJ", "Bank BSJ"]),
    ("Partai Karya Nusantara (PKN) menggelar rapat. Kader Partai PKN hadir.", "Partai Karya Nusantara",
     ["PKN", "Partai PKN"]),
]


@pytest.mark.parametrize("text,name,aliases", RECORDS)
def test_records(nlp, text, name, aliases):
    found = orgs(nlp, text)
    assert name in found, found
    assert set(aliases) <= set(found[name]), found


# (text, a form that must not be an alias of any record)
NOT_ALIASES = [
    ("Bupati meminta PT Jasa Marga (Persero) Tbk memperbaiki jalan.", "Persero"),
    ("Kementerian Pekerjaan Umum (PU) membangun jalan.", "Pekerjaan Umum"),
    ("Pondok Pesantren (Ponpes) Al Khoziny menerima santri.", "Ponpes"),
    ("Perkara ditangani kejaksaan tinggi dan kejaksaan negeri. Kejaksaan Agung memantau.", "kejaksaan"),
    ("Polresta dan Pemkot Denpasar Perketat Pengawasan\n\nKepolisian Resor Kota (Polresta) Denpasar bergerak.",
     "Polresta"),
    # a short form inside the name is no alias unless the text uses it alone (Disbudpar), nor a form
    # the text never writes (Pemkab Sukamaju)
    ("Dinas Kebudayaan dan Pariwisata (Disbudpar) Sukamaju mencatat kunjungan. Kepala Disbudpar Sukamaju, "
     "Tono Haryanto, hadir.", "Disbudpar"),
    ("Pemerintah Kabupaten (Pemkab) Sukamaju meluncurkan festival.", "Pemkab Sukamaju"),
    ("Pemerintah Kabupaten (Pemkab) Sleman meluncurkan festival. Kepala Pemkab Sleman hadir.", "Pemkab"),
    # the acronym of the body a unit belongs to, written alone, is no alias of the unit
    ("Dewan Perwakilan Wilayah Federasi Serikat Pekerja Logam Nusantara (FSPLN) Jawa Timur rapat. "
     "Anggota FSPLN di Jawa Timur hadir.", "FSPLN"),
    ("IPPI Jabar Gelar Rapat\n\nIkatan Pedagang Pasar Indonesia (IPPI) Jawa Barat menggelar rapat.", "IPPI"),
    # DKI Jakarta written whole is no use of its short form DKI
    ("Ketua Dewan Perwakilan Rakyat Daerah (DPRD) DKI Jakarta hadir. Staf DPRD DKI Jakarta menolak.", "DPRD DKI"),
    # syllables that do not come from two of the name's words define nothing
    ("Rapat Pusat Layanan Nasional (Sulawesi) dibuka.", "Sulawesi"),
    ("Kepala Pusat Layanan Nasional (Pusat) hadir.", "Pusat"),
    # a facility after the bracket is no region of the body (Bandara X: where its unit works)
    ("Petugas Ikatan Pedagang Sayur Nusantara (IPSN) Bandara Wonoraja Sukamaju memeriksa tas.",
     "Ikatan Pedagang Sayur Nusantara Bandara Wonoraja Sukamaju"),
    # hyphenated capitals that do not spell the name (a product code) define nothing
    ("Ketua Ikatan Pemuda Peduli Lingkungan KSPN (GSX-RR) hadir.", "GSX-RR"),
    # another head before the short form names a unit of the body, no alias of it
    ("Partai Karya Nusantara (PKN) menggelar rapat. Fraksi PKN menolak.", "Fraksi PKN"),
]


@pytest.mark.parametrize("text,form", NOT_ALIASES)
def test_not_aliases(nlp, text, form):
    found = orgs(nlp, text)
    assert not any(form in aliases for aliases in found.values()), found


# a national body's bracketed acronym followed by a region (corpus/README "Annotation conventions", 2026-12-05):
# one organisation, the regional office, named without the bracket; the national body is a second organisation
# only where the text names it on its own (its long form alone, or with RI / Pusat)
# (text, {name of each record: aliases that must be there})
REGIONAL_OFFICES = [
    ("Komisi Pemilihan Umum (KPU) Kabupaten Sukamaju menetapkan jadwal. Ketua KPU Sukamaju, Budi Santoso, hadir.",
     {"Komisi Pemilihan Umum Kabupaten Sukamaju": ["KPU Sukamaju"]}),
    ("Kepala Badan Arsip Nusantara (BAN) Provinsi Jawa Tengah, Rina Lestari, membuka pameran.",
     {"Badan Arsip Nusantara Provinsi Jawa Tengah": []}),
    ("Data Badan Statistik Nusantara (BSN) Provinsi Jawa Timur dirilis. Kepala BSN Provinsi Jawa Timur hadir.",
     {"Badan Statistik Nusantara Provinsi Jawa Timur": ["BSN Provinsi Jawa Timur"]}),
    ("Lembaga Pengawas Pangan (LP2) Kota Semarang memeriksa pasar. LP2 menemukan daging busuk.",
     {"Lembaga Pengawas Pangan Kota Semarang": ["LP2"]}),
    # and the national body named on its own elsewhere: two
    ("Komisi Pemilihan Umum (KPU) Kabupaten Sukamaju menetapkan jadwal sesuai yang ditetapkan KPU RI. "
     "KPU Sukamaju siap.", {"Komisi Pemilihan Umum Kabupaten Sukamaju": ["KPU Sukamaju"], "KPU RI": []}),
    ("Badan Arsip Nusantara (BAN) Kabupaten Sukamaju membuka pameran. Pameran itu didukung Badan Arsip "
     "Nusantara di Jakarta.", {"Badan Arsip Nusantara Kabupaten Sukamaju": ["BAN"], "Badan Arsip Nusantara": []}),
    ("Lembaga Pengawas Pangan (LP2) Kota Semarang memeriksa pasar. Kepala LP2 Pusat, Budi Santoso, memuji "
     "langkah itu.", {"Lembaga Pengawas Pangan Kota Semarang": ["LP2"], "LP2 Pusat": []}),
    # a regional body (Dinas, Kepolisian Resor Kota): its name alone is the same office, as before
    ("Dinas Perikanan (Diskan) Kota Sukamaju mencatat panen. Dinas Perikanan menambah petugas.",
     {"Dinas Perikanan Kota Sukamaju": ["Diskan", "Dinas Perikanan"]}),
    ("Kepolisian Resor Kota (Polresta) Denpasar menggelar operasi. Polresta Denpasar mengimbau warga.",
     {"Kepolisian Resor Kota Denpasar": ["Polresta Denpasar"]}),
    # the national body's own RI after its bracket is no region
    ("Badan Pengawas Arsip (Bawasar) RI mencatat temuan. Staf ahli Bawasar RI, Budi Santoso, hadir.",
     {"Badan Pengawas Arsip RI": ["Bawasar RI"]}),
    # a country after an international body's bracket: its country office, two as in the seed (IOM, IOM Indonesia)
    ("International Organization for Food Aid (IOFA) Indonesia menggelar rapat. Kepala Misi IOFA Indonesia, "
     "Budi Santoso, hadir. Mitra IOFA datang.",
     {"International Organization for Food Aid": ["IOFA"], "IOFA Indonesia": []}),
    # a university is housed in its city: no regional office
    ("Dosen Universitas Sukamaju Raya (USR) Semarang, Budi Santoso, meneliti.", {"Universitas Sukamaju Raya": ["USR"]}),
]


@pytest.mark.parametrize("text,records", REGIONAL_OFFICES)
def test_regional_offices(nlp, text, records):
    found = orgs(nlp, text)
    assert set(found) == set(records), found
    for name, aliases in records.items():
        assert set(aliases) <= set(found[name]), found


@pytest.mark.parametrize("long,short,suffix", [
    ("Komisi III Dewan Perwakilan Rakyat Republik Indonesia", "DPR RI", "Dewan Perwakilan Rakyat Republik Indonesia"),
    ("Kementerian Pekerjaan Umum", "PU", None),
    ("Badan Nasional Penanggulangan Bencana", "BNPB", None),
    # a one-word short form of syllables spelling the name at the end
    ("Fakultas Teknik Universitas Sukamaju Raya", "Unsura", "Universitas Sukamaju Raya"),
    ("Direktorat Pengamanan Lembaga Sandi Wilayah", "Lemsawil", "Lembaga Sandi Wilayah"),
    # not when it spells the whole name, nor a name that is no body's (no head opens the rest)
    ("Badan Keamanan Laut", "Bakamla", None),
    ("Komite Penanganan Wabah dan Pemulihan Ekonomi", "Pemek", None),
    ("Partai Gerakan Sukamaju Raya", "Gersura", None),
])
def test_suffix_spelt(long, short, suffix):
    assert _suffix_spelt(long, short) == suffix


@pytest.mark.parametrize("a,b,same", [
    ("PN Bandung", "Pengadilan Negeri Bandung", True),
    ("Pemkot Denpasar", "Pemerintah Kota Denpasar", True),
    ("Kantor Imigrasi Tangerang", "Kantor Imigrasi Kelas I TPI Tangerang", True),
    ("PLN", "PT PLN (Persero)", True),
    ("PN Bandung", "Pengadilan Negeri Garut", False),
    ("Kejaksaan", "Kejaksaan Republik Indonesia", True),
    ("Kementerian Keuangan", "Kementerian Koordinator Bidang Perekonomian", False),
    ("DPRD Jawa Tengah", "DPRD Provinsi Jawa Tengah", True),
    ("Dinas Kesehatan Kota Bandung", "Dinas Kesehatan Kabupaten Bandung", False),  # two bodies
    ("Dinas Kesehatan Bandung", "Dinas Kesehatan Kota Bandung", False),
    ("DPRD Wonoraja", "Dewan Perwakilan Rakyat Daerah Wonoraja", True),  # a regional body's short head
    ("BPBD Wonoraja", "Badan Penanggulangan Bencana Daerah Sukamaju", False),
    # a unit's short form inside the name or opening it (org_head_short.tsv)
    ("Perum Sukamaju Divre Wonoraja", "Perum Sukamaju Divisi Regional Wonoraja", True),
    ("SRN Daop 3 Madiun", "SRN Daerah Operasi 3 Madiun", True),
    ("Lanal Wonoraja", "Pangkalan TNI Angkatan Laut Wonoraja", True),
    ("Perum Sukamaju Divre Wonoraja", "Perum Sukamaju Divre Sukamaju", False),
    # a party's name without its class word
    ("Fraksi Partai Sukamaju", "Fraksi Sukamaju", True),
    ("DPP Partai Sukamaju", "DPP Sukamaju", True),
    ("Partai Persatuan Sukamaju", "Persatuan Sukamaju", False),
    ("Fraksi Partai Sukamaju", "Fraksi Wonoraja", False),
    # a club or company named after its city first, without it; not a place of two words, nor one word left
    ("Surabaya Garuda Perkasa", "Garuda Perkasa", True),
    ("Madiun bjb Sentosa", "bjb Sentosa", True),
    ("Jakarta Timur Perkasa", "Timur Perkasa", False),
    ("Jawa Tengah Sejahtera Abadi", "Tengah Sejahtera Abadi", False),
    ("Surabaya Garuda", "Garuda", False),
])
def test_name_keys(a, b, same):
    assert bool(_name_keys(a) & _name_keys(b)) is same


@pytest.mark.parametrize("short,long,spelt", [
    ("Kemendagri", "Kementerian Dalam Negeri", True),
    ("Disnakertrans Sumbar", "Dinas Tenaga Kerja dan Transmigrasi Sumatera Barat", True),
    ("Disbudpar", "Dinas Kebudayaan dan Pariwisata", True),
    ("BUMDes", "Badan Usaha Milik Desa", True),
    ("Dirjen Otda", "Direktorat Jendral Otonomi Daerah", True),
    ("KONI Jabar", "Komite Olahraga Nasional Indonesia Jawa Barat", True),
    ("BPSA", "PT Bank Perkreditan Sejahtera Abadi", True),
    # negative: letters no word gives, a word left out, vowels-only gaps, a word of its own
    ("Sulawesi", "Pusat Layanan Nasional", False),
    ("Pusat", "Pusat Layanan Nasional", False),
    ("Garuda", "Tim Nasional Indonesia", False),
    ("Basarnas", "Badan Nasional Pencarian dan Pertolongan", False),
    ("Xbox One S", "Xbox One Refurbished", False),
    ("Persija", "Persib Bandung", False),
])
def test_abbreviates(short, long, spelt):
    assert abbreviates(short, long) is spelt


def test_legal_form_and_acronym_join_the_company(rules_pipeline):
    nlp = rules_pipeline("entity_table", "organizations")
    doc = nlp("PT Sarana Tirta Nusantara Tbk (STN) membagikan dividen. Direktur PT STN mengatakan laba naik. "
              "Saham STN naik.")
    orgs = {o.name: o.aliases for o in doc._.organizations}
    assert "PT STN" not in orgs
    assert any("PT STN" in aliases and "STN" in aliases for aliases in orgs.values()), orgs


@pytest.mark.parametrize("short,long,spelt", [
    ("BPR Sinar Abadi", "PT Bank Perekonomian Rakyat Sinar Abadi", True),
    ("Dinas Sosial P2KB Wonoraja", "Dinas Sosial Pengendalian Penduduk dan Keluarga Berencana Wonoraja", True),
    ("DPC PKS Jateng", "Dewan Pengurus Cabang Partai Keadilan Sejahtera Jawa Tengah", True),
    ("Perum Damri Kanwil Sulselbar", "Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", True),
    ("Damri Sulselbar", "Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", True),
    ("RSUD Wonoraja", "Rumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja", True),
    ("Perum Perkis", "Perusahaan Umum Percetakan Kertas Indonesia Sejahtera", True),
    ("SMAN 3 Wonoraja", "SMA Negeri 3 Wonoraja", True),
    ("Dinkes Wonoraja", "Dinas Kesehatan Kabupaten Wonoraja", True),
    # a legal form both write, then the acronym of the rest of the name
    ("PT SBJ", "PT Sinar Bumi Jaya", True),
    ("PT SBJ", "PT Sinar Bumi Jaya (Persero) Tbk", True),
    # negative: no word abbreviates, a word of the run, opening words left out, a common word, letters
    # no word's initial gives, a word left over
    ("Bank Indonesia", "Bank Rakyat Indonesia", False),
    ("DKI Jakarta", "Dewan Perwakilan Rakyat Daerah DKI Jakarta", False),
    ("PKS Jateng", "Dewan Pengurus Cabang Partai Keadilan Sejahtera Jawa Tengah", False),
    ("Provinsi Jawa Barat", "Pemerintah Provinsi Jawa Barat", False),
    ("Kanwil Sulselbar", "Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", False),
    ("RSUD Wonoraja Kekurangan", "Rumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja", False),
    ("KPK RI", "Komisi Pemberantasan Korupsi", False),
    ("Dinkes", "Dinas Kesehatan Kabupaten Wonoraja", False),
    ("PT SBA", "PT Sinar Bumi Jaya", False),
    ("PT Sinar", "PT Sinar Bumi Jaya", False),
])
def test_compound_abbreviates(short, long, spelt):
    assert compound_abbreviates(short, long) is spelt


def _grouped(nlp, text, names):
    """The organisations :func:`organizations.group` makes of ``text`` whose ORG mentions are ``names``
    (found in order, each after the one before)."""
    return _labelled(nlp, text, [(n, "ORG") for n in names])


# (text, ORG mentions, name, aliases it must have; None: the first mention stays its own organisation)
GROUPS = [
    # a company with and without its legal form
    ("PT Bank Contoh Sejahtera membuka cabang. Bank Contoh Sejahtera juga hadir.",
     ["PT Bank Contoh Sejahtera", "Bank Contoh Sejahtera"], "PT Bank Contoh Sejahtera", ["Bank Contoh Sejahtera"]),
    # an outlet and its website
    ("Jakarta, Warta Contoh -- Dalam rilis yang diterima WartaContoh.com, harga naik.",
     ["Warta Contoh", "WartaContoh.com"], "Warta Contoh", ["WartaContoh.com"]),
    # a one-word name that opens or closes exactly one longer name
    ("Newtown United menang. Newtown kini di puncak.", ["Newtown United", "Newtown"], "Newtown United",
     ["Newtown"]),
    ("Laga lawan Manchester Town berat. Town masih jauh.", ["Manchester Town", "Town"], "Manchester Town",
     ["Town"]),
    # a company's one-word name after its legal form, when no other name opens or closes with the word
    ("Mitra itu PT Sinarjaya Prima Wonoraja. Petugas Sinarjaya kini seratus ribu.",
     ["PT Sinarjaya Prima Wonoraja", "Sinarjaya"], "PT Sinarjaya Prima Wonoraja", ["Sinarjaya"]),
    ("Sinarjaya Wonoraja dan PT Sinarjaya Ban Wonoraja teken kontrak. Produk Sinarjaya laris.",
     ["Sinarjaya Wonoraja", "PT Sinarjaya Ban Wonoraja", "Sinarjaya"], "Sinarjaya Wonoraja", ["Sinarjaya"]),
    ("PT Sinarjaya Prima Wonoraja dan PT Sinarjaya Ban Wonoraja teken kontrak. Produk Sinarjaya laris.",
     ["PT Sinarjaya Prima Wonoraja", "PT Sinarjaya Ban Wonoraja", "Sinarjaya"], "Sinarjaya", None),
    # a short form of syllables with or without the region, and in brackets of two words
    ("Kepala Dinas Tenaga Kerja dan Transmigrasi Sumatera Barat hadir. Disnakertrans Sumbar membuka posko.",
     ["Dinas Tenaga Kerja dan Transmigrasi Sumatera Barat", "Disnakertrans Sumbar"],
     "Dinas Tenaga Kerja dan Transmigrasi Sumatera Barat", ["Disnakertrans Sumbar"]),
    ("Kepala Dinas Kesehatan Kabupaten Sleman hadir. Dinkes menambah petugas.",
     ["Dinas Kesehatan Kabupaten Sleman", "Dinkes"], "Dinas Kesehatan Kabupaten Sleman", ["Dinkes"]),
    ("Direktorat Jenderal Otonomi Daerah (Dirjen Otda) meninjau aturan.",
     ["Direktorat Jenderal Otonomi Daerah"], "Direktorat Jenderal Otonomi Daerah", ["Dirjen Otda"]),
    # a bracketed short form that spells the mention with the unit words beside it names the whole
    ("Pengurus Pusat Persatuan Catur Seluruh Indonesia (PP PCSI) mengumumkan tim.",
     ["Persatuan Catur Seluruh Indonesia", "PP PCSI"], "Pengurus Pusat Persatuan Catur Seluruh Indonesia",
     ["PP PCSI"]),
    ("TNI Angkatan Udara (TNI AU) mengirim pesawat.", ["TNI", "TNI AU"], "TNI Angkatan Udara", ["TNI AU"]),
    # an acronym inside the name of a regional body: the name without the bracket
    ("Rumah Sakit Umum Daerah (RSUD) dr. Sutomo Wijaya kekurangan dokter. Direktur RSUD dr. Sutomo Wijaya hadir.",
     ["Rumah Sakit Umum Daerah (RSUD) dr. Sutomo Wijaya", "RSUD dr. Sutomo Wijaya"],
     "Rumah Sakit Umum Daerah dr. Sutomo Wijaya", ["RSUD dr. Sutomo Wijaya"]),
    # a province's body with and without Provinsi
    ("DPRD Provinsi Jawa Tengah bersidang. Ketua DPRD Jawa Tengah hadir.",
     ["DPRD Provinsi Jawa Tengah", "DPRD Jawa Tengah"], "DPRD Provinsi Jawa Tengah", ["DPRD Jawa Tengah"]),
    # short forms the mention layer left untagged: syllables, and an acronym of the words' initials
    ("Kepala Dinas Kesehatan Kabupaten Sleman hadir. Ia menambahkan, Dinkes akan menggelar vaksinasi.",
     ["Dinas Kesehatan Kabupaten Sleman"], "Dinas Kesehatan Kabupaten Sleman", ["Dinkes"]),
    ("Ketua Himpunan Pemandu Wisata Nusantara hadir. Menurutnya, HPWN mengajak warga.",
     ["Himpunan Pemandu Wisata Nusantara"], "Himpunan Pemandu Wisata Nusantara", ["HPWN"]),
    # short forms of two words or more that abbreviate the name word by word: a mention, a mention with
    # the place after it, untagged words (a headline), a bracket spelling only the region is none
    ("PT Bank Perekonomian Rakyat Sinar Abadi ditutup. Nasabah BPR Sinar Abadi antre.",
     ["PT Bank Perekonomian Rakyat Sinar Abadi", "BPR Sinar Abadi"], "PT Bank Perekonomian Rakyat Sinar Abadi",
     ["BPR Sinar Abadi"]),
    ("RSUD Wonoraja Butuh Dokter\n\nRumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja kekurangan dokter.",
     ["Rumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja"], "Rumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja",
     ["RSUD Wonoraja"]),
    ("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat (Sulselbar) menambah bus. Kepala Perum "
     "Damri Sulselbar hadir.", ["Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", "Sulselbar",
                                "Perum Damri"],
     "Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", ["Perum Damri Sulselbar"]),
    ("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat (Kanwil Sulselbar) menambah bus. Pemimpin "
     "Perum Damri Kanwil Sulselbar Andi Wijaya hadir.",
     ["Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", "Kanwil Sulselbar", "Perum Damri"],
     "Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", ["Kanwil Sulselbar",
                                                                        "Perum Damri Kanwil Sulselbar"]),
    # a short head written alone after the one name it opens; a headline's name glued to its verb
    ("Polda Sukamaju melarang konvoi. Polda mengimbau warga tetap di rumah.", ["Polda Sukamaju"], "Polda Sukamaju",
     ["Polda"]),
    ("Warga melapor ke Pemkot. Pemerintah Kota Wonoraja lalu menjawab.", ["Pemerintah Kota Wonoraja"],
     "Pemerintah Kota Wonoraja", None),
    ("Polda Sukamaju dan Polda Wonoraja bekerja sama. Polda mengimbau warga.", ["Polda Sukamaju", "Polda Wonoraja"],
     "Polda Sukamaju", None),
    ("RSUD Wonoraja Kekurangan Dokter\n\nRumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja kekurangan dokter.",
     ["RSUD Wonoraja Kekurangan", "Rumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja"],
     "Rumah Sakit Umum Daerah dr. Sutomo Wijaya Wonoraja", ["RSUD Wonoraja"]),
    # an English name without its article; not when the text writes it only with it
    ("The Rajawali Fans datang. Sebagian Rajawali Fans menunggu.", ["The Rajawali Fans"], "The Rajawali Fans",
     ["Rajawali Fans"]),
    ("The Rajawali Fans datang. Ketua The Rajawali Fans menunggu.", ["The Rajawali Fans", "The Rajawali Fans"],
     "The Rajawali Fans", None),
    # a bracketed short form whose long form the mention layer left untagged (Schwartz-Hearst): the
    # shortest run before the bracket that it abbreviates; none when no run does
    ("Kinerja Perusahaan Umum Percetakan Kertas Indonesia Sejahtera (Perum Perkis) naik.", ["Perum Perkis"],
     "Perusahaan Umum Percetakan Kertas Indonesia Sejahtera", ["Perum Perkis"]),
    ("Kepala Lembaga Kajian Pangan (LKP) hadir.", ["LKP"], "Lembaga Kajian Pangan", ["LKP"]),
    ("Warga Desa Sukamaju (Wonoraja) hadir.", ["Wonoraja"], "Wonoraja", None),
    # a short form that spells two names goes to the one the text named before it
    ("Kepala Dinas Kesehatan Kabupaten Sleman hadir. Ia menambahkan, Dinkes akan menggelar vaksinasi. "
     "Dinas Kesehatan Provinsi Jawa Barat mengirim vaksin.",
     ["Dinas Kesehatan Kabupaten Sleman", "Dinas Kesehatan Provinsi Jawa Barat"], "Dinas Kesehatan Kabupaten Sleman",
     ["Dinkes"]),
    ("Dinas Kesehatan Provinsi Jawa Barat mengirim vaksin. Dinkes akan menggelar vaksinasi. "
     "Kepala Dinas Kesehatan Kabupaten Sleman hadir.",
     ["Dinas Kesehatan Provinsi Jawa Barat", "Dinas Kesehatan Kabupaten Sleman"],
     "Dinas Kesehatan Provinsi Jawa Barat", ["Dinkes"]),
    # a nickname tied to the organisation by julukan / berjuluk on one side and the name on the other
    ("Cedera membuatnya absen ketika Elang Biru -julukan Persikota- melawat ke Sukamaju.", ["Persikota"],
     "Persikota", ["Elang Biru"]),
    ("Kemenangan Laskar Bambu (julukan Persiwangi) disambut suporter.", ["Persiwangi"], "Persiwangi",
     ["Laskar Bambu"]),
    ("Persiwangi, yang berjuluk Laskar Bambu, menang.", ["Persiwangi"], "Persiwangi", ["Laskar Bambu"]),
    ("Persiwangi menang. Tim berjuluk Laskar Bambu itu kini di puncak.", ["Persiwangi"], "Persiwangi", None),
    # a regional body's short head written alone after the one name it opens (the regional bodies of
    # org_head_short.tsv: BPBD, DPRD, RSUD, ...)
    ("BPBD Wonoraja mengirim tim. BPBD juga menyiapkan tenda.", ["BPBD Wonoraja", "BPBD"], "BPBD Wonoraja",
     ["BPBD"]),
    ("BPBD Wonoraja dan BPBD Sukamaju hadir. BPBD menyiapkan tenda.", ["BPBD Wonoraja", "BPBD Sukamaju", "BPBD"],
     "BPBD", None),
    # a known acronym written alone and after the first word of its own long form (institutions.tsv:
    # Partai Hati Nurani Rakyat, Hanura); not after another word (a unit of it)
    ("Partai Hanura menggelar rapat. Hanura menargetkan sepuluh kursi.", ["Partai Hanura", "Hanura"],
     "Partai Hanura", ["Hanura"]),
    ("Fraksi Hanura menolak usul itu. Hanura belum bersikap.", ["Fraksi Hanura", "Hanura"], "Hanura", None),
    # a one-word name clipped from another one-word name, maybe with its last vowel changed; not a cut
    # of one or two letters, a compound, or a word before an English one
    ("Valdorena menang. Valdo kini di puncak klasemen.", ["Valdorena", "Valdo"], "Valdorena", ["Valdo"]),
    ("Bercelano menang. Berca kini di puncak klasemen.", ["Bercelano", "Berca"], "Bercelano", ["Berca"]),
    ("Persibu menjamu Persibua. Persibu menang.", ["Persibu", "Persibua"], "Persibu", None),
    ("Sukaria meluncurkan SukariaPay. Sukaria juga membuka Sukariablog.", ["Sukaria", "SukariaPay", "Sukaria",
                                                                            "Sukariablog"], "Sukaria", None),
    # ... and inside a name of several words, its last word clipped; not when two names could be clipped so
    ("Barat Valdorena Albion memecat pelatih. Musim ini Barat Valdo terpuruk.", ["Barat Valdorena Albion",
                                                                                 "Barat Valdo"],
     "Barat Valdorena Albion", ["Barat Valdo"]),
    ("Barat Valdorena menang. Barat Valdomira kalah. Barat Valdo diam.",
     ["Barat Valdorena", "Barat Valdomira", "Barat Valdo"], "Barat Valdo", None),
    # two bodies that differ by their number are two (a Roman numeral is a class only after Kelas)
    ("Anggota Komisi III DPR hadir. Sementara Komisi II DPR menolak.", ["Komisi III DPR", "Komisi II DPR"],
     "Komisi II DPR", None),
    ("Kantor Imigrasi Kelas I TPI Wonoraja memeriksa. Kantor Imigrasi Wonoraja menolak.",
     ["Kantor Imigrasi Kelas I TPI Wonoraja", "Kantor Imigrasi Wonoraja"], "Kantor Imigrasi Kelas I TPI Wonoraja",
     ["Kantor Imigrasi Wonoraja"]),
    # a one-word name that closes a longer name a head opens with a word between is the body, not its unit's
    # short form; a head and the word alone is the name (Universitas X = X)
    ("Ketua Ikatan Pelajar Sukamajuiyah hadir. Sukamajuiyah menolak.", ["Ikatan Pelajar Sukamajuiyah", "Sukamajuiyah"],
     "Sukamajuiyah", None),
    ("Rektor Universitas Wonoraja hadir. Wonoraja menolak.", ["Universitas Wonoraja", "Wonoraja"],
     "Universitas Wonoraja", ["Wonoraja"]),
    # a title is no short form of the body it heads
    ("Kepala Kepolisian Wonoraja (Kapolri) Budi Santoso hadir.", ["Kepolisian Wonoraja", "Kapolri"],
     "Kepolisian Wonoraja", None),
    # two capitals written twice or more: the initials of one two-word name in title case with no head
    ("Wonoraja United menang lagi. Kini WU di puncak. Pelatih WU memuji pemain.", ["Wonoraja United"],
     "Wonoraja United", ["WU"]),
    ("Wonoraja United menang lagi. Kini WU di puncak.", ["Wonoraja United"], "Wonoraja United", None),
    ("Kementerian Kelautan hadir. Warga membawa KK. Petugas memeriksa KK.", ["Kementerian Kelautan"],
     "Kementerian Kelautan", None),
    # SF (LF) only when the bracket spells the short form out; a short form's first definition stands
    # unless only a later one spells it (the mention layer cut the later long form)
    ("Badan Cuaca Nasional (BCN) mencatat gempa. Guncangan terasa pada skala II SIG - BCN (IV MMI).",
     ["Badan Cuaca Nasional", "BCN", "BCN", "IV MMI"], "Badan Cuaca Nasional", ["BCN"]),
    ("Partai Tani (Partai Hijau Makmur) berdiri.", ["Partai Tani", "Partai Hijau Makmur"],
     "Partai Tani", None),
    ("Sukamaju Digital Economy Corporation (SDEC) hadir. Wakil dari Sukamaju Digital Economy Corporation (SDEC) "
     "bicara.", ["Sukamaju Digital Economy Corporation", "SDEC", "Economy Corporation", "SDEC"],
     "Sukamaju Digital Economy Corporation", ["SDEC"]),
    # no alias that is the name in other letters or with a stop
    ("Demikian dilaporkan Kabar Kita. Kabar Kita juga menulis.", ["Kabar Kita.", "Kabar Kita"], "Kabar Kita.", None),
    # negative cases: a known institution, a head word, two longer names that hold the word
    ("TNI Manunggal Membangun Desa (TMMD) dimulai.", ["TNI", "TMMD"], "TNI", None),
    ("Kementerian Keuangan mencatat. Warga membawa KK dan KTP.", ["Kementerian Keuangan"],
     "Kementerian Keuangan", None),
    ("Asosiasi Pengusaha Ritel Indonesia mencatat penjualan April naik.", ["Asosiasi Pengusaha Ritel Indonesia"],
     "Asosiasi Pengusaha Ritel Indonesia", None),
    ("Badan Pangan Daerah Sukamaju hadir. Kepala bidang, Dia Bapeda, menjawab.", ["Badan Pangan Daerah Sukamaju"],
     "Badan Pangan Daerah Sukamaju", None),
    ("Kementerian Kesehatan hadir. Kata Ketua tim, stok cukup.", ["Kementerian Kesehatan"], "Kementerian Kesehatan",
     None),
    ("Dinas Kesehatan Kabupaten Sleman dan Dinas Kesehatan Provinsi Jawa Barat hadir. Dinkes menambah petugas.",
     ["Dinas Kesehatan Kabupaten Sleman", "Dinas Kesehatan Provinsi Jawa Barat", "Dinkes"], "Dinkes", None),
    ("Penyidik Bareskrim Polri bekerja. Polri menahan tersangka.", ["Bareskrim Polri", "Polri"], "Polri", None),
    ("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat (Sulselbar) menambah bus.",
     ["Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", "Sulselbar"],
     "Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", None),
    ("Perum Damri menambah bus. Perum Damri Kantor Wilayah Jawa Barat juga.",
     ["Perum Damri", "Perum Damri Kantor Wilayah Jawa Barat"], "Perum Damri", None),
    ("Direktorat Jenderal Imigrasi Wonoraja hadir. Dirjen Imigrasi, dalam keterangannya, menyebut.",
     ["Direktorat Jenderal Imigrasi Wonoraja"], "Direktorat Jenderal Imigrasi Wonoraja", None),
    ("Pemerintah Desa Sukamaju membangun jalan. (Dok. Pemdes Sukamaju)", ["Pemerintah Desa Sukamaju"],
     "Pemerintah Desa Sukamaju", None),
    ("Laga Persibo Bandung dan Persibo Jaya. Persibo menang.", ["Persibo Bandung", "Persibo Jaya", "Persibo"],
     "Persibo", None),
    # the legal form and the company's acronym
    ("PT Sinar Bumi Jaya membuka pabrik. Direktur PT SBJ hadir.", ["PT Sinar Bumi Jaya", "PT SBJ"],
     "PT Sinar Bumi Jaya", ["PT SBJ"]),
    # an acronym of the long name is written whole: DPR takes no letters of DPRD (Daerah) and Provinsi
    ("Dana berlaku di pemilu DPR dan di pemilu DPRD Provinsi. Anggota DPRD Provinsi hadir.",
     ["DPR", "DPRD Provinsi", "DPRD Provinsi"], "DPR", None),
    ("Rapat KPU dan KPUD Purwakarta digelar.", ["KPU", "KPUD Purwakarta"], "KPU", None),
    # but may leave out its last letters (SMA of SMAN: SMA Negeri)
    ("Siswa SMAN 3 Sukamaju berprestasi. Kepala SMA 3 Sukamaju hadir.", ["SMAN 3 Sukamaju", "SMA 3 Sukamaju"],
     "SMAN 3 Sukamaju", ["SMA 3 Sukamaju"]),
    # the lexicon's acronym of another body is no syllable short form (BRI: Bank Rakyat Indonesia), its own
    # long form written otherwise is (Bawaslu: Badan Pengawas Pemilihan Umum)
    ("Badan Pengawas Pemilu menegur peserta. Bawaslu mencatat pelanggaran.", ["Badan Pengawas Pemilu", "Bawaslu"],
     "Badan Pengawas Pemilu", ["Bawaslu"]),
    ("Kredit sindikasi diberikan Bank Mandiri dan BRI.", ["Bank Mandiri", "BRI"], "BRI", None),
    ("Dana dari Bank Indonesia dan BNI cair.", ["Bank Indonesia", "BNI"], "BNI", None),
    # but its own long form, with a region after it, is (Kemenag of Kementerian Agama Kota X)
    ("Kantor Kementerian Agama Kota Singkawang hadir. Kemenag menyiapkan petugas.",
     ["Kementerian Agama Kota Singkawang", "Kemenag"], "Kementerian Agama Kota Singkawang", ["Kemenag"]),
    # not the parent of its branch in a country (README: IOM and IOM Indonesia are two)
    ("Jakarta, WKN Indonesia -- Trump berkata seperti dilansir WKN.", ["WKN Indonesia", "WKN"], "WKN", None),
    # DKI is the short form of DKI Jakarta (Pemprov DKI = Pemerintah Provinsi DKI Jakarta)
    ("Pemerintah Provinsi DKI Jakarta menutup jalan. Pemprov DKI menambah petugas.",
     ["Pemerintah Provinsi DKI Jakarta", "Pemprov DKI"], "Pemerintah Provinsi DKI Jakarta", ["Pemprov DKI"]),
    ("Kepala Dinas Perhubungan DKI Jakarta hadir. Dishub DKI menambah petugas.",
     ["Dinas Perhubungan DKI Jakarta", "Dishub DKI"], "Dinas Perhubungan DKI Jakarta", ["Dishub DKI"]),
]


@pytest.mark.parametrize("text,names,name,aliases", GROUPS)
def test_groups(nlp, text, names, name, aliases):
    found = _grouped(nlp, text, names)
    if aliases is None:
        assert name in found and not found[name], found
    else:
        assert name in found and set(aliases) <= set(found[name]), found


SPELT_NAMES = ["Kementerian Dalam Negeri", "Dinas Kesehatan Kabupaten Garut", "Badan Usaha Milik Desa",
               "Dinas Tenaga Kerja dan Transmigrasi Sumatera Barat", "Pusat Layanan Nasional", "Kopi Sejahtera"]


@pytest.mark.parametrize("short", ["Kemendagri", "Dinkes", "BUMDes", "Disnakertrans Sumbar", "Sulawesi", "KS",
                                   "Kemenkes", "Zeta", ""])
def test_spelt_names_index_agrees_with_abbreviates(short):
    """The index of long names finds the same names as trying every one."""
    from pipeline.extract.organizations import _SpeltNames, _without_region

    places = {"Garut", "Sumatera Barat"}
    every = {full for full in SPELT_NAMES if len(full) > len(short)
             and any(abbreviates(short, form) for form in _without_region(full, places))}
    assert _SpeltNames(SPELT_NAMES, places).spelt_by(short) == every


@pytest.mark.parametrize("text,form,used", [
    ("Kepala Dinkes Garut hadir.", "Dinkes Garut", True),
    ("Kepala Dinkes Garut hadir.", "Dinkes", True),
    ("Kepala Dinkes_Garut hadir.", "Dinkes", False),   # an underscore is a word character
    ("Kepala DinkesGarut hadir.", "Dinkes", False),
    ("Dinkes", "Dinkes", True),                        # at both ends of the text
    ("(Dinkes)", "Dinkes", True),
    ("Kepala Dinas Kesehatan hadir.", "Dinkes", False),
    ("Pemkabé Banyuwangi, Pemkab Banyuwangi", "Pemkab Banyuwangi", True),  # the second occurrence counts
    ("Pemkabé Banyuwangi", "Pemkab", False),            # é is a word character
    ("Kepala Dinkes\n  Garut", "Dinkes  Garut", False),  # the text is flat before: the caller flattens it
])
def test_uses_whole_words(text, form, used):
    import re

    from pipeline.extract.organizations import _uses

    assert _uses(text, form) is used
    assert (re.search(r"(?<!\w)" + re.escape(" ".join(form.split())) + r"(?!\w)", text) is not None) is used


def _labelled(nlp, text, mentions):
    """The organisations :func:`organizations.group` makes of ``text`` whose entities are ``mentions``
    ((text, label) pairs, found in order, each after the one before)."""
    doc = nlp.make_doc(text)
    spans, pos = [], 0
    for n, label in mentions:
        start = text.index(n, pos)
        spans.append(doc.char_span(start, start + len(n), label=label))
        pos = start + len(n)
    doc.ents = spans
    return {o.name: sorted(o.aliases) for o in organizations.group(doc)}


UNIT_OF_BODY = ("Ketua Dewan Pimpinan Daerah (DPD) Partai Sukamaju Raya (PSR) Jawa Timur, Budi Santoso, hadir. "
                "DPD PSR Jatim menargetkan 20 kursi. PSR Jatim yakin menang.")
UNIT_OF_BODY_ORGS = ["Dewan Pimpinan Daerah", "DPD", "Partai Sukamaju Raya", "PSR", "DPD PSR Jatim", "PSR Jatim"]

# (text, entities, name, aliases it must have, names that must not be there)
BRANCH = [("Ikatan Pedagang Sayur Nusantara", "ORG"), ("IPSN", "ORG"), ("Mamasa", "LOC"), ("Budi Santoso", "PER")]
LABELLED = [
    # any body's branch named by a region of the gazetteers after its bracket (a regency: Mamasa)
    ("Ketua Ikatan Pedagang Sayur Nusantara (IPSN) Mamasa, Budi Santoso, hadir.", BRANCH,
     "Ikatan Pedagang Sayur Nusantara Mamasa", ["IPSN"], ["Ikatan Pedagang Sayur Nusantara"]),
    # not a university housed in its city, nor after a bracket that does not spell the name
    ("Dosen Universitas Pedagang Sayur (UPS) Mamasa, Budi Santoso, meneliti.",
     [("Universitas Pedagang Sayur", "ORG"), ("UPS", "ORG"), ("Mamasa", "LOC"), ("Budi Santoso", "PER")],
     "Universitas Pedagang Sayur", ["UPS"], ["Universitas Pedagang Sayur Mamasa"]),
    ("Ketua Ikatan Pedagang Sayur Nusantara (Sayur) Mamasa, Budi Santoso, hadir.",
     [("Ikatan Pedagang Sayur Nusantara", "ORG"), ("Mamasa", "LOC"), ("Budi Santoso", "PER")],
     None, [], ["Ikatan Pedagang Sayur Nusantara Mamasa"]),
    # a unit of a body named with the body's short form in brackets: one name through the inner bracket,
    # the unit's short form with the body's and the body's with the region its aliases; the body keeps its own
    (UNIT_OF_BODY, [(n, "ORG") for n in UNIT_OF_BODY_ORGS], "Dewan Pimpinan Daerah Partai Sukamaju Raya Jawa Timur",
     ["DPD PSR Jatim", "PSR Jatim"], ["Partai Sukamaju Raya Jawa Timur", "Dewan Pimpinan Daerah"]),
    (UNIT_OF_BODY, [(n, "ORG") for n in UNIT_OF_BODY_ORGS], "Partai Sukamaju Raya", ["PSR"], []),
    ("Dewan Pimpinan Pusat (DPP) Partai Sukamaju Raya (PSR) menggelar rapat. Sekjen DPP PSR, Budi Santoso, hadir.",
     [(n, "ORG") for n in ["Dewan Pimpinan Pusat", "DPP", "Partai Sukamaju Raya", "PSR", "DPP PSR"]],
     "Dewan Pimpinan Pusat Partai Sukamaju Raya", ["DPP PSR"], ["Dewan Pimpinan Pusat"]),
    # not when the text never writes the unit's short form with the body's
    ("Dewan Pimpinan Daerah (DPD) Partai Sukamaju Raya (PSR) Jawa Timur bersidang. PSR menargetkan 20 kursi.",
     [(n, "ORG") for n in ["Dewan Pimpinan Daerah", "DPD", "Partai Sukamaju Raya", "PSR", "PSR"]],
     "Dewan Pimpinan Daerah", ["DPD"], ["Dewan Pimpinan Daerah Partai Sukamaju Raya Jawa Timur"]),
    # an institution inside its building's name, when a short form of the text spells it; a building
    # alone, or one with no institution head, makes no organisation
    ("Wali Kota menyambangi Kantor Kementerian Sukamaju Raya di Wonoraja. Ia meminta kejelasan sikap Kemensura.",
     [("Kantor Kementerian Sukamaju Raya", "LOC"), ("Wonoraja", "LOC"), ("Kemensura", "ORG")],
     "Kementerian Sukamaju Raya", ["Kemensura"], ["Kemensura"]),
    ("Wali Kota menyambangi Kantor Kementerian Sukamaju Raya di Wonoraja. Ia meminta kejelasan soal dana.",
     [("Kantor Kementerian Sukamaju Raya", "LOC"), ("Wonoraja", "LOC")], None, [], ["Kementerian Sukamaju Raya"]),
    ("Rapat di Gedung Sukamaju Raya dihadiri Kementerian Pangan. Sumber Kemenpang menyebut stok cukup.",
     [("Gedung Sukamaju Raya", "LOC"), ("Kementerian Pangan", "ORG"), ("Kemenpang", "ORG")],
     "Kementerian Pangan", ["Kemenpang"], ["Sukamaju Raya"]),
    # a body's short form written alone names its central board when the text names the body no other
    # way; not a regional board's
    ("Pengurus Pusat Persatuan Catur Seluruh Indonesia (PP PCSI) mengumumkan tim. PCSI juga menggandeng sponsor.",
     [("Persatuan Catur Seluruh Indonesia", "ORG"), ("PP PCSI", "ORG")],
     "Pengurus Pusat Persatuan Catur Seluruh Indonesia", ["PP PCSI", "PCSI"], ["PCSI"]),
    ("Dewan Pengurus Wilayah Persatuan Catur Seluruh Indonesia (DPW PCSI) rapat. PCSI juga menggandeng sponsor.",
     [("Persatuan Catur Seluruh Indonesia", "ORG"), ("DPW PCSI", "ORG"), ("PCSI", "ORG")],
     "Dewan Pengurus Wilayah Persatuan Catur Seluruh Indonesia", ["DPW PCSI"], []),
    # a mention cut before the end of the name its bracketed short form spells (a place among the words
    # left out); not a known institution followed by its programme, nor a name with no institution head
    ("Hal itu disoroti Federasi Serikat Guru Nusantara (FSGN) pekan lalu.",
     [("Federasi Serikat", "ORG"), ("Nusantara", "LOC"), ("FSGN", "ORG")], "Federasi Serikat Guru Nusantara",
     ["FSGN"], ["Federasi Serikat"]),
    ("OJK bersama Satuan Tugas Penertiban Usaha Keuangan Ilegal (Satgas PUSAKI) memblokir 1.140 entitas.",
     [("OJK", "ORG"), ("Satuan Tugas Penertiban Usaha Keuangan", "ORG"), ("Satgas PUSAKI", "ORG")],
     "Satuan Tugas Penertiban Usaha Keuangan Ilegal", ["Satgas PUSAKI"], ["Satgas PUSAKI"]),
    ("OJK bersama Satuan Tugas Penertiban Usaha Keuangan Ilegal (Satgas KILAT) memblokir 1.140 entitas.",
     [("OJK", "ORG"), ("Satuan Tugas Penertiban Usaha Keuangan", "ORG"), ("Satgas KILAT", "ORG")],
     None, [], ["Satuan Tugas Penertiban Usaha Keuangan Ilegal"]),
    # ... or the end of the name another short form of the text spells word by word; not without one
    ("Kepala Dinas Kesehatan Pengendalian Penduduk dan Keluarga Berencana Wonoraja hadir. Data Dinas Kesehatan "
     "P2KB Wonoraja mencatat 40 kasus.", [("Dinas Kesehatan Pengendalian Penduduk dan Keluarga", "ORG"),
                                          ("Wonoraja", "LOC"), ("Dinas Kesehatan P2KB Wonoraja", "ORG")],
     "Dinas Kesehatan Pengendalian Penduduk dan Keluarga Berencana Wonoraja", ["Dinas Kesehatan P2KB Wonoraja"],
     ["Dinas Kesehatan Pengendalian Penduduk dan Keluarga"]),
    ("Kepala Dinas Kesehatan Pengendalian Penduduk dan Keluarga Berencana Wonoraja hadir. Data Dinas Kesehatan "
     "Wonoraja mencatat 40 kasus.", [("Dinas Kesehatan Pengendalian Penduduk dan Keluarga", "ORG"),
                                     ("Wonoraja", "LOC"), ("Dinas Kesehatan Wonoraja", "ORG")],
     None, [], ["Dinas Kesehatan Pengendalian Penduduk dan Keluarga Berencana Wonoraja"]),
    ("Program TNI Manunggal Membangun Desa (TMMD) dimulai.", [("TNI", "ORG"), ("TMMD", "ORG")], None, [],
     ["TNI Manunggal Membangun Desa"]),
    ("Lelang memakai Sistem Pengadaan Secara Elektronik (SPSE) milik pemerintah.",
     [("Sistem Pengadaan", "ORG"), ("SPSE", "ORG")], None, [], ["Sistem Pengadaan Secara Elektronik"]),
    # a company's name opened after its legal form; not its parent's office
    ("PT Sinar Ritel Sejahtera Tbk menutup gerai. Sinar Ritel akan fokus ke toko kecil.",
     [("PT Sinar Ritel Sejahtera Tbk", "ORG"), ("Sinar Ritel", "ORG")], "PT Sinar Ritel Sejahtera Tbk",
     ["Sinar Ritel"], ["Sinar Ritel"]),
    ("PT Sinar Ritel Kantor Wilayah Jawa Barat menutup gerai. Sinar Ritel akan fokus ke toko kecil.",
     [("PT Sinar Ritel Kantor Wilayah Jawa Barat", "ORG"), ("Sinar Ritel", "ORG")], "Sinar Ritel", [], []),
    # a name written only inside a regional office's name is none of the body's: the body goes by the form
    # the text gives it; not when the text writes the name on its own too
    ("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat (Kanwil Sulselbar) menambah bus. Pemimpin "
     "Perum Damri Kanwil Sulselbar hadir. Ia berharap Damri menambah armada.",
     [("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", "ORG"), ("Kanwil Sulselbar", "ORG"),
      ("Perum Damri", "ORG"), ("Kanwil Sulselbar", "ORG"), ("Damri", "ORG")], "Damri", [], ["Perum Damri"]),
    ("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat (Kanwil Sulselbar) menambah bus. Pemimpin "
     "Perum Damri Kanwil Sulselbar hadir. Ia berharap Perum Damri menambah armada. Damri siap.",
     [("Perum Damri Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", "ORG"), ("Kanwil Sulselbar", "ORG"),
      ("Perum Damri", "ORG"), ("Kanwil Sulselbar", "ORG"), ("Perum Damri", "ORG"), ("Damri", "ORG")],
     "Perum Damri", ["Damri"], ["Damri"]),
    # a bracket after a mention that names something else: a model or code, the title or unit the words
    # before the mention open, a unit named with the organisation's own short form at its end
    ("Marc Marquez ESP Tim Balap Sukamaju (RC213V) 1 m 28.386s.", [("Tim Balap Sukamaju", "ORG")],
     "Tim Balap Sukamaju", [], []),
    ("Presiden menunjuk Yuyu sebagai Kepala Staf Angkatan Laut (KSAL).", [("Angkatan Laut", "ORG")],
     "Angkatan Laut", [], []),
    ("Panitia Khusus Hak Angket terhadap Komisi Pengawas Pangan (Pansus Angket KPP) rapat. KPP hadir.",
     [("Komisi Pengawas Pangan", "ORG"), ("Pansus Angket KPP", "ORG"), ("KPP", "ORG")],
     "Pansus Angket KPP", [], []),
    ("Komisi Pengawas Pangan Nasional (KPPN) rapat.", [("Komisi Pengawas Pangan Nasional", "ORG")],
     "Komisi Pengawas Pangan Nasional", ["KPPN"], []),
    # a short form of several words that writes the name's first word whole gives the next words' initials
    ("Fraksi PBN Pejuang menolak. Anggota Fraksi PAN hadir.",
     [("Fraksi PBN Pejuang", "ORG"), ("Fraksi PAN", "ORG")], "Fraksi PBN Pejuang", [], []),
    ("Laga West Bromwich melawan Sukamaju berakhir imbang. West Brom kini di posisi delapan.",
     [("West Bromwich", "ORG"), ("Sukamaju", "ORG"), ("West Brom", "ORG")], "West Bromwich", ["West Brom"], []),
    ("Polres Ogan Komering Ulu Sumatera Selatan bergerak. Kapolres OKU hadir. Polres OKU menahan dua orang.",
     [("Polres Ogan Komering Ulu Sumatera Selatan", "ORG"), ("Polres OKU", "ORG")],
     "Polres Ogan Komering Ulu Sumatera Selatan", ["Polres OKU"], []),
    # an outlet written before its website in brackets, in lower case or not
    ("\"Saya senang,\" ungkap Rina kepada kabarkita (kabarkita.com) di rumahnya.", [("kabarkita.com", "ORG")],
     "kabarkita", ["kabarkita.com"], ["kabarkita.com"]),
    ("Hal itu disampaikan Budi kepada Warta Contoh (WartaContoh.com), Senin.", [("WartaContoh.com", "ORG")],
     "Warta Contoh", ["WartaContoh.com"], []),
    ("Hal itu disampaikan kepada Budi Santoso (kabarkita.com), Senin.", [("kabarkita.com", "ORG")],
     "kabarkita.com", [], ["Budi Santoso"]),
    # a bracket the mention layer left untagged, long form and short form, the short form a mention elsewhere
    ("Pendanaan dipimpin Modal Sukamaju Nusantara (MSN). Bank Wonoraja ikut. MSN menilai pasar tumbuh.",
     [("Bank Wonoraja", "ORG"), ("MSN", "ORG")], "Modal Sukamaju Nusantara", ["MSN"], ["MSN"]),
    # negative: the short form spells only the end of the capitalised run; no mention of the short form
    ("Laporan Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS) terbit. Bank Wonoraja ikut. "
     "KontraS menilai kasus itu berat.", [("Bank Wonoraja", "ORG"), ("KontraS", "ORG")], "KontraS", [],
     ["Korban Tindak Kekerasan"]),
    ("Para Pegawai Negeri Sipil (PNS) hadir. Bank Wonoraja ikut.", [("Bank Wonoraja", "ORG")], "Bank Wonoraja", [],
     ["Pegawai Negeri Sipil"]),
    # a short form a bracket defines with a cue; not a common noun
    ("Perjanjian diteken PT Sarana Energi Nusantara (untuk selanjutnya disingkat \"SEN\") dan PT Bumi Jaya.",
     [("PT Sarana Energi Nusantara", "ORG"), ("PT Bumi Jaya", "ORG")], "PT Sarana Energi Nusantara", ["SEN"], []),
    ("Kerja sama dengan Lembaga Kajian Pangan Wonoraja (selanjutnya disebut Kapangwo) dimulai.",
     [("Lembaga Kajian Pangan Wonoraja", "ORG")], "Lembaga Kajian Pangan Wonoraja", ["Kapangwo"], []),
    ("PT Sarana Energi Nusantara (selanjutnya disebut \"Perseroan\") membagikan dividen.",
     [("PT Sarana Energi Nusantara", "ORG")], "PT Sarana Energi Nusantara", [], []),
    ("PT Sarana Energi Nusantara (disebut-sebut Bintang) membagikan dividen.",
     [("PT Sarana Energi Nusantara", "ORG")], "PT Sarana Energi Nusantara", [], []),
]


@pytest.mark.parametrize("text,mentions,name,aliases,absent", LABELLED)
def test_labelled(nlp, text, mentions, name, aliases, absent):
    found = _labelled(nlp, text, mentions)
    if name is not None:
        assert name in found and set(aliases) <= set(found[name]), found
        if not aliases:
            assert not found[name], found
    assert not set(absent) & set(found), found


# (text, mentions, the organisation, its short form, joined) of short forms the lexicons tie to a name
SHORT_FORMS = [
    # a lexicon acronym whose long form, its legal form aside, is a name of the text (PT Telkom Indonesia
    # (Persero) Tbk: Telkom Indonesia)
    ("Telkom Indonesia meluncurkan satelit baru. Telkom juga menyewa dua transponder.",
     [("Telkom Indonesia", "ORG"), ("Telkom", "ORG")], "Telkom Indonesia", "Telkom", True),
    # a state body's short form alone and one regional office written with its level: the office
    ("Kemenag Kota Madiun menggelar rukyat. Kemenag juga menyiapkan petugas.",
     [("Kemenag Kota Madiun", "ORG"), ("Kemenag", "ORG")], "Kemenag Kota Madiun", "Kemenag", True),
    ("Perum Bulog Divre Wonoraja menyalurkan beras. Bulog menyiapkan gudang.",
     [("Perum Bulog Divre Wonoraja", "ORG"), ("Bulog", "ORG")], "Perum Bulog Divre Wonoraja", "Bulog", True),
    # negative: the national body named itself, the office written with a bare place, a party's branch
    ("Kementerian Agama dan Kemenag Kota Madiun menggelar rukyat. Kemenag juga menyiapkan petugas.",
     [("Kementerian Agama", "ORG"), ("Kemenag Kota Madiun", "ORG"), ("Kemenag", "ORG")],
     "Kemenag Kota Madiun", "Kemenag", False),
    ("Perum Bulog dan Perum Bulog Divre Wonoraja menyalurkan beras. Bulog menyiapkan gudang.",
     [("Perum Bulog", "ORG"), ("Perum Bulog Divre Wonoraja", "ORG"), ("Bulog", "ORG")],
     "Perum Bulog Divre Wonoraja", "Bulog", False),
    ("KPU Madiun menetapkan calon. Calon terdaftar di KPU.", [("KPU Madiun", "ORG"), ("KPU", "ORG")],
     "KPU Madiun", "KPU", False),
    ("PKB Kota Madiun menggelar rapat. PKB menargetkan kursi.", [("PKB Kota Madiun", "ORG"), ("PKB", "ORG")],
     "PKB Kota Madiun", "PKB", False),
    # a unit's short form with its number and place after a mention of the company's short form
    ("PT Sarana Rel Nusantara (Persero) Daerah Operasi 3 Madiun menambah kereta. Manajer SRN Daop 3 Madiun "
     "mengatakan tiket habis.", [("PT Sarana Rel Nusantara (Persero) Daerah Operasi 3 Madiun", "ORG"), ("SRN", "ORG")],
     "PT Sarana Rel Nusantara (Persero) Daerah Operasi 3 Madiun", "SRN Daop 3 Madiun", True),
    # a company's name without its legal form, whole or its opening words, outside every mention: in a title-case
    # headline before its verb, elsewhere before a lower-case word
    ("Sarana Tirta Mandiri Tutup 18 Gerai\nJakarta - PT Sarana Tirta Mandiri Tbk menutup gerai.",
     [("PT Sarana Tirta Mandiri Tbk", "ORG")], "PT Sarana Tirta Mandiri Tbk", "Sarana Tirta Mandiri", True),
    ("Sarana Tirta Tutup 18 Gerai\nJakarta - PT Sarana Tirta Mandiri Tbk menutup gerai.",
     [("PT Sarana Tirta Mandiri Tbk", "ORG")], "PT Sarana Tirta Mandiri Tbk", "Sarana Tirta", True),
    ("PT Sarana Tirta Mandiri Tbk menutup gerai. Sarana Tirta menjual aset.",
     [("PT Sarana Tirta Mandiri Tbk", "ORG")], "PT Sarana Tirta Mandiri Tbk", "Sarana Tirta", True),
    # negative: another capitalised word after it, a form two companies open, one word only
    ("PT Sarana Tirta Mandiri Tbk menutup gerai. Sarana Tirta Group menjual aset.",
     [("PT Sarana Tirta Mandiri Tbk", "ORG")], "PT Sarana Tirta Mandiri Tbk", "Sarana Tirta", False),
    ("PT Sarana Tirta Mandiri Tbk dan PT Sarana Tirta Abadi menutup gerai. Sarana Tirta menjual aset.",
     [("PT Sarana Tirta Mandiri Tbk", "ORG"), ("PT Sarana Tirta Abadi", "ORG")], "PT Sarana Tirta Mandiri Tbk",
     "Sarana Tirta", False),
    ("PT Sarana Tirta Mandiri Tbk menutup gerai. Sarana menjual aset.",
     [("PT Sarana Tirta Mandiri Tbk", "ORG")], "PT Sarana Tirta Mandiri Tbk", "Sarana", False),
    # a one-word name that opens one longer name in other capitals, or closes it once the text's short names of
    # it are joined (Man X of Manchester X)
    ("Jakarta (WARTAKITA News) - Hal itu dilaporkan Wartakita.", [("WARTAKITA News", "ORG"), ("Wartakita", "ORG")],
     "WARTAKITA News", "Wartakita", True),
    ("Kontrak dengan Rovingham Rangers habis. Ia bergabung dengan Rov Rangers pada 2013. Saat ini Rangers menawar.",
     [("Rovingham Rangers", "ORG"), ("Rov Rangers", "ORG"), ("Rangers", "ORG")], "Rovingham Rangers", "Rangers", True),
    # a short head of a mission abroad written alone: the one mission of the text
    ("KBRI Wonoraja memulangkan dua WNI. KBRI juga mendampingi keluarga.", [("KBRI Wonoraja", "ORG"), ("KBRI", "ORG")],
     "KBRI Wonoraja", "KBRI", True),
    # a club without its city
    ("Surabaya Garuda Perkasa menang. Pelatih Garuda Perkasa memuji pemain.",
     [("Surabaya Garuda Perkasa", "ORG"), ("Garuda Perkasa", "ORG")], "Surabaya Garuda Perkasa", "Garuda Perkasa", True),
    # a name of two words or more written with words of the one longer name left out, its first word kept
    ("Sarana Edukasi Group membuka cabang. Sarana Group juga menambah kelas.",
     [("Sarana Edukasi Group", "ORG"), ("Sarana Group", "ORG")], "Sarana Edukasi Group", "Sarana Group", True),
    ("Kedutaan Besar Kerajaan Wonoraja membuka beasiswa. Kedutaan Besar Wonoraja menerima 20 pelamar.",
     [("Kedutaan Besar Kerajaan Wonoraja", "ORG"), ("Kedutaan Besar Wonoraja", "ORG")],
     "Kedutaan Besar Kerajaan Wonoraja", "Kedutaan Besar Wonoraja", True),
    # negative: two longer names, a body of its own left out (a party's fraction)
    ("Sarana Edukasi Group dan Sarana Energi Group membuka cabang. Sarana Group juga menambah kelas.",
     [("Sarana Edukasi Group", "ORG"), ("Sarana Energi Group", "ORG"), ("Sarana Group", "ORG")],
     "Sarana Edukasi Group", "Sarana Group", False),
    ("Fraksi PBN DPRD Wonoraja menolak. Rapat Fraksi DPRD Wonoraja berlanjut.",
     [("Fraksi PBN DPRD Wonoraja", "ORG"), ("Fraksi DPRD Wonoraja", "ORG")],
     "Fraksi PBN DPRD Wonoraja", "Fraksi DPRD Wonoraja", False),
    # a short form in a headline set in capitals
    ("PEMKAB WONORAJA GELAR FESTIVAL KOPI\n\nPemerintah Kabupaten Wonoraja menggelar festival.",
     [("Pemerintah Kabupaten Wonoraja", "ORG")], "Pemerintah Kabupaten Wonoraja", "PEMKAB WONORAJA", True),
    ("WARGA SAMBUT KEDUBES SUKAMAJU RAYA\n\nKedutaan Besar Sukamaju Raya membuka pameran.",
     [("Kedutaan Besar Sukamaju Raya", "ORG")], "Kedutaan Besar Sukamaju Raya", "KEDUBES SUKAMAJU RAYA", True),
    # negative: the name itself in capitals, a headline in title case
    ("PEMERINTAH KABUPATEN WONORAJA GELAR FESTIVAL\n\nPemerintah Kabupaten Wonoraja menggelar festival.",
     [("Pemerintah Kabupaten Wonoraja", "ORG")], "Pemerintah Kabupaten Wonoraja", "PEMERINTAH KABUPATEN WONORAJA",
     False),
    ("Warga Sambut Festival Kopi Wonoraja\n\nPemerintah Kabupaten Wonoraja menggelar festival.",
     [("Pemerintah Kabupaten Wonoraja", "ORG")], "Pemerintah Kabupaten Wonoraja", "PEMKAB WONORAJA", False),
]


@pytest.mark.parametrize("text,mentions,name,form,joined", SHORT_FORMS)
def test_short_forms(nlp, text, mentions, name, form, joined):
    found = _labelled(nlp, text, mentions)
    assert (form in found.get(name, [])) is joined, found


@pytest.mark.parametrize("names,joined", [
    (["Sarana Group", "Sarana Edukasi Group"], {"Sarana Group": "Sarana Edukasi Group"}),
    (["Perum Logistik Wonoraja", "Perum Logistik Kanwil Wonoraja"],
     {"Perum Logistik Wonoraja": "Perum Logistik Kanwil Wonoraja"}),
    # negative: a national body before the place of its regional office, one word, another first word
    (["Badan Statistik Nasional", "Badan Statistik Nasional Provinsi Jawa Barat"], {}),
    (["Sarana", "Sarana Edukasi Group"], {}),
    (["Edukasi Group", "Sarana Edukasi Group"], {}),
])
def test_fewer_words(names, joined):
    alias_of: dict = {}
    _fewer_words(names, alias_of, lambda name: alias_of.get(name, name), {"Jawa Barat"}, {})
    assert alias_of == joined


@pytest.mark.parametrize("names,joined", [
    # a name the lexicon knows is that body, no short form of a longer name (two parties)
    (["Partai Wonoraja", "Partai Nasional Wonoraja"], {}),
    # negative: a name the lexicon does not know is the short form
    (["Partai Sukamaju", "Partai Nasional Sukamaju"], {"Partai Sukamaju": "Partai Nasional Sukamaju"}),
])
def test_fewer_words_leaves_lexicon_names(monkeypatch, names, joined):
    monkeypatch.setattr(organizations, "_known_names", lambda: frozenset({"Partai Wonoraja"}))
    alias_of: dict = {}
    _fewer_words(names, alias_of, lambda name: alias_of.get(name, name), set(), {})
    assert alias_of == joined


LABELLED_REGIONAL_BOARD = ("Dewan Pengurus Wilayah Persatuan Catur Seluruh Indonesia (DPW PCSI) rapat. "
                           "PCSI juga menggandeng sponsor.")


SPORT = "Pelatih Deportivo Wonoraja memuji pemain usai laga. Dua gol tercipta. "
CLUB_CITIES = [
    # a city written alone for the club named after it, in a sports report
    (SPORT + "Wonoraja menang tipis.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], True),
    (SPORT + "Bek itu bertahan bersama Wonoraja.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], True),
    # negative: a locative word before it, no sports report, a country, two clubs of the city, the city
    # inside the club's name the mention layer cut, a name opened by an institution head
    (SPORT + "Para pemain pulang ke Wonoraja.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    ("Deportivo Wonoraja membuka toko. Wonoraja ramai.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    ("Pelatih Deportivo Thailand memuji pemain usai laga. Dua gol tercipta. Thailand menang.",
     [("Deportivo Thailand", "ORG"), ("Thailand", "LOC")], False),
    (SPORT + "Atletico Wonoraja kalah. Wonoraja menang.",
     [("Deportivo Wonoraja", "ORG"), ("Atletico Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    (SPORT + "Deportivo Wonoraja menang.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    ("Pelatih Universitas Wonoraja memuji pemain usai laga. Dua gol tercipta. Wonoraja menang.",
     [("Universitas Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    (SPORT + "Suporter Maung Wonoraja bernyanyi.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    (SPORT + "Rival sekota, 1860 Wonoraja, kalah.", [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC")], False),
    ("Wonoraja, Warta Kota - Pelatih Deportivo Wonoraja memuji pemain usai laga. Dua gol tercipta.",
     [("Wonoraja", "LOC"), ("Deportivo Wonoraja", "ORG")], False),
    # nor a city the text names as a city (kota X) or inside a longer place (X Timur)
    (SPORT + "Warga kota Wonoraja berduka. Bek itu dekat dengan Wonoraja.",
     [("Deportivo Wonoraja", "ORG"), ("Wonoraja", "LOC"), ("Wonoraja", "LOC")], False),
    (SPORT + "Ledakan terjadi di Wonoraja Timur. Bek itu dekat dengan Wonoraja.",
     [("Deportivo Wonoraja", "ORG"), ("Wonoraja Timur", "LOC"), ("Wonoraja", "LOC")], False),
]


@pytest.mark.parametrize("text,mentions,joined", CLUB_CITIES)
def test_club_cities(nlp, text, mentions, joined):
    found = _labelled(nlp, text, mentions)
    club = next(n for n, label in mentions if label == "ORG")
    assert ("Wonoraja" in found[club] or "Thailand" in found[club]) is joined, found


# (text, ORG mentions, the club, its one-word short form written outside every mention, joined)
ROVINGHAM = "Pelatih Rovingham Athletic memuji pemain usai laga. Dua gol tercipta. "
CLUB_WORDS = [
    (ROVINGHAM + "Pemain kubu Rovingham menolak tawaran itu.", ["Rovingham Athletic"], "Rovingham Athletic",
     "Rovingham", True),
    (ROVINGHAM + "Lalu gawang Athletic dibobol dua kali.", ["Rovingham Athletic"], "Rovingham Athletic", "Athletic", True),
    # negative: no sports report, a league, a word a person's name may hold (a person taken for an
    # organisation), two names it may stand for, a word opening its sentence
    ("Rovingham Athletic membuka toko. Pemilik kubu Rovingham menolak tawaran itu.", ["Rovingham Athletic"],
     "Rovingham Athletic", "Rovingham", False),
    ("Pelatih Liga Rovingham memuji pemain usai laga. Dua gol tercipta. Klasemen sementara Liga tetap.",
     ["Liga Rovingham"], "Liga Rovingham", "Liga", False),
    ("Pelatih memuji Budi Santoso usai laga. Dua gol tercipta. Bintang itu, Budi, kembali.", ["Budi Santoso"],
     "Budi Santoso", "Budi", False),
    (ROVINGHAM + "Eastfield Athletic kalah. Lalu gawang Athletic dibobol.", ["Rovingham Athletic", "Eastfield Athletic"],
     "Rovingham Athletic", "Athletic", False),
    # (nor a name of three words, which a mention may have run into a player's name, nor one of two words
    # a person's name may hold)
    ("Pelatih Rovingham Athletic Wirawan memuji pemain usai laga. Dua gol tercipta. Tembakan pemain itu, "
     "Wirawan, melambung.", ["Rovingham Athletic Wirawan"], "Rovingham Athletic Wirawan", "Wirawan", False),
    ("Pelatih memuji Budi Santoso usai laga. Dua gol tercipta. Lalu tembakan Santoso melambung.",
     ["Budi Santoso"], "Budi Santoso", "Santoso", False),
]


@pytest.mark.parametrize("text,names,club,form,joined", CLUB_WORDS)
def test_club_words(nlp, text, names, club, form, joined):
    found = _grouped(nlp, text, names)
    assert (form in found[club]) is joined, found


def test_regional_board_is_not_its_body(nlp):
    found = _labelled(nlp, LABELLED_REGIONAL_BOARD, [("Persatuan Catur Seluruh Indonesia", "ORG"),
                                                     ("DPW PCSI", "ORG"), ("PCSI", "ORG")])
    assert "PCSI" not in found["Dewan Pengurus Wilayah Persatuan Catur Seluruh Indonesia"], found



FIRST_PARAGRAPH = ("Jakarta, Warta Contoh - Kementerian Pemuda dan Olahraga (Kemenpora) ingin memindahkan pengelolaan "
                   "sekolah.\n\nRapat digelar di Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan "
                   "(Kemenko PMK).")


def test_first_paragraph_is_no_headline(nlp):
    """A first line that is a paragraph is no headline: no verb glued to a name there to cut off (not
    Kementerian Pemuda, a short form of Kemenko PMK)."""
    found = _labelled(nlp, FIRST_PARAGRAPH, [
        ("Warta Contoh", "ORG"), ("Kementerian Pemuda dan Olahraga", "ORG"), ("Kemenpora", "ORG"),
        ("Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "ORG"), ("Kemenko PMK", "ORG")])
    assert found["Kementerian Pemuda dan Olahraga"] == ["Kemenpora"], found
    assert "Kementerian Pemuda" not in found["Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"]


WHOLE_TEXT = ("Dinas Kesehatan Kota Wonoasri (Dinkes) dan PT Sarana Tirta (Persero) hadir. Dinkesnya tutup; "
              "kata Dinkes_2 dan Dinkes. Sékolah Dinas Kesehatan2 dan Dinas  Kesehatan, Dinas Kesehatan.")


@pytest.mark.parametrize("form", ["Dinkes", "Dinas Kesehatan", "(Persero)", "Persero", "Sarana Tirta (Persero)",
                                  "Sékolah", "kolah", "Dinkes.", "Kota", "(Dinkes)", "tutup;", "Kesehatan2"])
@pytest.mark.parametrize("long", [False, True])
def test_whole_word_offsets(form, long):
    """Where a text writes a form as whole words: the same offsets found by a scan (short texts) as by the
    index of a long text's words, and as a regex with word boundaries on both sides finds them."""
    from pipeline.extract.organizations import LONG_TEXT, _whole_at

    text = WHOLE_TEXT + (" lalu." * (LONG_TEXT // 6 + 1) if long else "")
    expected = [m.start() for m in re.finditer(rf"(?<!\w)(?={re.escape(form)}(?!\w))", text)]
    assert list(_whole_at(text, form)) == expected
    assert expected or form in ("kolah", "Kesehatan2")  # (the table has forms that the text writes)


@pytest.mark.parametrize("text", [
    "Dinas Kesehatan", "Dinas  Kesehatan", " Dinas Kesehatan", "Dinas Kesehatan ", "Dinas\nKesehatan",
    "Dinas\tKesehatan", "Dinas\u00a0Kesehatan", "Dinas\u2009Kesehatan", "Dinas\u3000Kesehatan", "Dinas\u2028Kesehatan",
    "Dinas \r\n Kesehatan", "", " ", "PT Bank Contoh (Persero) Tbk.", "Dinas\u200bKesehatan",
])
def test_flat_gives_what_the_white_space_pattern_gives(text):
    """_flat returns a name written with single spaces as it is (the common case, no substitution run)."""
    assert organizations._flat(text) == organizations.SPACE.sub(" ", text).strip()


# (text, a name that must not be a record's): a bracket inside a name that does not join the region after it
NOT_JOINED = [
    # a university is housed in its city: the city is no part of its name
    ("Dosen Universitas Sukamaju Raya (USR) Semarang, Budi Santoso, meneliti.", "Universitas Sukamaju Raya Semarang"),
    # a bracket that spells nothing of the name before it
    ("Ketua Paguyuban Seni Tari Nusantara (Tari) Bandung, Budi Santoso, hadir.",
     "Paguyuban Seni Tari Nusantara Bandung"),
    # a bracket followed by no region: the words after it are the holder's name or a day
    ("Ketua Badan Arsip Nusantara (BAN) Rina Lestari membuka pameran.", "Badan Arsip Nusantara Rina Lestari"),
    ("Badan Arsip Nusantara (BAN) Senin lalu membuka pameran.", "Badan Arsip Nusantara Senin"),
]


@pytest.mark.parametrize("text,name", NOT_JOINED)
def test_bracket_not_joined(nlp, text, name):
    assert name not in orgs(nlp, text)


@pytest.mark.parametrize("text,model,unit", [
    # a short form the text defines in brackets opens the unit after an occupation: no holder's name in it
    ("Kepala Bidang Peternakan Dinas Pertanian (Distan) DIY Sutarno di Bantul. Tim dipimpin dokter hewan "
     "Distan DIY menyatakan hewan sehat.", [("DIY Sutarno", "LOC"), ("Bantul", "LOC")], "Distan DIY"),
])
def test_defined_short_form_holds_no_holder(nlp, text, model, unit):
    found = with_model_ents(nlp, text, model)
    assert (unit, "ORG") in found, found
    assert not any(label == "PER" and words_.startswith(unit.split()[0]) for words_, label in found), found
