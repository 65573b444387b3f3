"""Tests for the rule-based sentence splitter (`id_sentences`)."""
from __future__ import annotations

import pytest
import spacy

from pipeline.extract import sentences  # noqa: F401  (registers the component)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences")
    return nlp


def split(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    return [" ".join(s.text.split()) for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    "text,expected",
    [
        # titles with dots: no split after them before a name
        ("Dr. Budi Santoso hadir. Ia datang.", ["Dr. Budi Santoso hadir.", "Ia datang."]),
        ("Rektor Prof. Dr. Ir. Siti Aminah membuka acara.", ["Rektor Prof. Dr. Ir. Siti Aminah membuka acara."]),
        ("Hadir H. Ahmad dan Hj. Fatimah di sana.", ["Hadir H. Ahmad dan Hj. Fatimah di sana."]),
        ("Kepala Dinas, Budi, S.H., M.Si., mengatakan hal itu.", ["Kepala Dinas, Budi, S.H., M.Si., mengatakan hal itu."]),
        ("Ia didampingi Susilo B. Wiryono hari itu.", ["Ia didampingi Susilo B. Wiryono hari itu."]),
        ("Direktur Agus D.W. Martowardojo hadir.", ["Direktur Agus D.W. Martowardojo hadir."]),
        ("Budi Santoso, S.H. M.H. mengatakan hal itu.", ["Budi Santoso, S.H. M.H. mengatakan hal itu."]),
        # a degree or list abbreviation can end a sentence
        ("Acara dibuka oleh Budi Santoso, M.Si. Ia lalu pergi.", ["Acara dibuka oleh Budi Santoso, M.Si.", "Ia lalu pergi."]),
        ("Ada beras, gula, dll. Semua dibagikan.", ["Ada beras, gula, dll.", "Semua dibagikan."]),
        # a profession's title before a name never ends a sentence; among the degrees after a name it may
        ("Kepala Ruang Ns. Wening Pramesti hadir.", ["Kepala Ruang Ns. Wening Pramesti hadir."]),
        ("Kepala Farmasi apt. Ratri Anindya hadir.", ["Kepala Farmasi apt. Ratri Anindya hadir."]),
        ("Hadir Wening Pramesti, S.Kep., Ns. Ia perawat.", ["Hadir Wening Pramesti, S.Kep., Ns.", "Ia perawat."]),
        ("Saham PT Bank Negara Indonesia Tbk. (BBNI) naik.", ["Saham PT Bank Negara Indonesia Tbk. (BBNI) naik."]),
        # abbreviations before names and numbers
        ("Gudang di Jl. Poros Malino No. 5 disegel.", ["Gudang di Jl. Poros Malino No. 5 disegel."]),
        ("Dana ditransfer a.n. Budi Santoso kemarin.", ["Dana ditransfer a.n. Budi Santoso kemarin."]),
        ("Ia bertemu Kol. Inf. Joko Wardoyo di markas.", ["Ia bertemu Kol. Inf. Joko Wardoyo di markas."]),
        ("Investigator KNKT, Capt. Rudi Hartanto, mengatakan itu.", ["Investigator KNKT, Capt. Rudi Hartanto, mengatakan itu."]),
        # an acting-office abbreviation before a title, as a sentence's first word or inside it
        ("Ia pulang. Plt. Kepala Dinas Rudi Hartanto hadir.", ["Ia pulang.", "Plt. Kepala Dinas Rudi Hartanto hadir."]),
        ("Pj. Wali Kota Rudi Hartanto hadir.", ["Pj. Wali Kota Rudi Hartanto hadir."]),
        ("Acara dibuka Pjs. Bupati Rudi Hartanto. Ia datang.", ["Acara dibuka Pjs. Bupati Rudi Hartanto.", "Ia datang."]),
        ("Ia diangkat menjadi Plh. Kepala Dinas itu.", ["Ia diangkat menjadi Plh. Kepala Dinas itu."]),
        ("Pasien dirawat di RS. Santo Borromeus.", ["Pasien dirawat di RS. Santo Borromeus."]),
        # a sentence-final acronym or number still ends a sentence
        ("Laporan itu dikirim ke BPOM. Ia menunggu jawaban.", ["Laporan itu dikirim ke BPOM.", "Ia menunggu jawaban."]),
        ("Kasus itu terjadi pada 2025. Polisi masih menyelidiki.", ["Kasus itu terjadi pada 2025.", "Polisi masih menyelidiki."]),
        ("Hal itu disampaikan Senin (26/5). Ia menambahkan.", ["Hal itu disampaikan Senin (26/5).", "Ia menambahkan."]),
        # datelines stay with the first sentence
        ("Tangerang, 26 Mei 2025 — Kantor Imigrasi menahan WNA. Ia ditahan.",
         ["Tangerang, 26 Mei 2025 — Kantor Imigrasi menahan WNA.", "Ia ditahan."]),
        ("Banda Aceh (14/05/2025) – Kodam membantu warga. Bantuan tiba.",
         ["Banda Aceh (14/05/2025) – Kodam membantu warga.", "Bantuan tiba."]),
        ("JAKARTA, KOMPAS.com - Presiden membuka rapat. Rapat berlangsung lama.",
         ["JAKARTA, KOMPAS.com - Presiden membuka rapat.", "Rapat berlangsung lama."]),
        # quotations: a quote glued to the stop closes, one after a space opens
        ("“Kami menyita barang. Kami menelusuri pemasoknya. Hukum harus tegas,” kata Nurul.",
         ["“Kami menyita barang.", "Kami menelusuri pemasoknya.", "Hukum harus tegas,” kata Nurul."]),
        ('Ia berkata, "Kami siap." Lalu ia pergi.', ['Ia berkata, "Kami siap."', "Lalu ia pergi."]),
        ('Data sudah dikirim," katanya. "Kami menunggu.', ['Data sudah dikirim," katanya.', '"Kami menunggu.']),
        ('"Apa benar?" tanya Budi.', ['"Apa benar?" tanya Budi.']),
        ("Merdeka! Teriak mereka bersama.", ["Merdeka!", "Teriak mereka bersama."]),
        # numbered items inside a line: no split after the number, one after the item
        ("Syaratnya: 1. Membawa KTP. 2. Mengisi formulir.", ["Syaratnya: 1. Membawa KTP.", "2. Mengisi formulir."]),
        ("Jumlah korban mencapai 12. Tim masih mencari.", ["Jumlah korban mencapai 12.", "Tim masih mencari."]),
        # no split inside a number or domain
        ("Kunjungi detik.com untuk berita.", ["Kunjungi detik.com untuk berita."]),
    ],
)
def test_split(nlp, text, expected):
    assert split(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # company forms, `Th.`, `Ph. D.` before what they name: no split
        ("Ia bekerja di PT. Kereta Api Indonesia sejak lama.", ["Ia bekerja di PT. Kereta Api Indonesia sejak lama."]),
        ("Proyek itu dikerjakan CV. Maju Jaya dari Demak.", ["Proyek itu dikerjakan CV. Maju Jaya dari Demak."]),
        ("Buku itu terbit Th. 2009 di Bandung.", ["Buku itu terbit Th. 2009 di Bandung."]),
        ("Ia memperoleh gelar Ph. D. dalam ilmu politik.", ["Ia memperoleh gelar Ph. D. dalam ilmu politik."]),
        # a company suffix ends a sentence unless a bracket follows
        ("Gas dijual melalui Medco Energy US LLC. (Medco US) milik perseroan.",
         ["Gas dijual melalui Medco Energy US LLC. (Medco US) milik perseroan."]),
        ("Gas dijual melalui Medco Energy US LLC. Harganya naik.",
         ["Gas dijual melalui Medco Energy US LLC.", "Harganya naik."]),
        # a dot inside brackets that close before the next stop
        ("Bandar udara Sultan Syarif Kasim II (SSK. II) Pekanbaru dibangun lama.",
         ["Bandar udara Sultan Syarif Kasim II (SSK. II) Pekanbaru dibangun lama."]),
        # ... also before a lower-case word, which otherwise restarts a sentence
        ("Data itu (sumber laporan tahunan. lihat lampiran) menunjukkan kenaikan. Harga naik.",
         ["Data itu (sumber laporan tahunan. lihat lampiran) menunjukkan kenaikan.", "Harga naik."]),
        ("Nubuat itu dikutip (Yes. 53). Ia lalu menjelaskannya.", ["Nubuat itu dikutip (Yes. 53).", "Ia lalu menjelaskannya."]),
        ("Honje hutan (E. hemisphaerica (Bl.) RM Smith) rasanya serupa.",
         ["Honje hutan (E. hemisphaerica (Bl.) RM Smith) rasanya serupa."]),
        ("Ia datang (pagi hari). Budi pergi.", ["Ia datang (pagi hari).", "Budi pergi."]),
        ("Ia datang (pagi hari. Budi pergi sore.", ["Ia datang (pagi hari.", "Budi pergi sore."]),
        # a number, version or verse reference broken by a space
        ("Kini CityVille mempunyai 2.904. 678 pengikut.", ["Kini CityVille mempunyai 2.904. 678 pengikut."]),
        ("Jumlahnya mencapai 2.904. Ia puas.", ["Jumlahnya mencapai 2.904.", "Ia puas."]),
        ("Pada 2005 muncul Symbian OS v9. 1 dengan keamanan baru.", ["Pada 2005 muncul Symbian OS v9. 1 dengan keamanan baru."]),
        ("Acara itu disiarkan TV9. Ia menontonnya.", ["Acara itu disiarkan TV9.", "Ia menontonnya."]),
        ("Ayat itu (lihat Kor. 14: 27) sering dikutip.", ["Ayat itu (lihat Kor. 14: 27) sering dikutip."]),
        ("Ayat itu ditulis di Yoh. 3:16 dan terkenal.", ["Ayat itu ditulis di Yoh. 3:16 dan terkenal."]),
        ("Ia pindah ke Jakarta. 14: 27 menjadi skor akhir.", ["Ia pindah ke Jakarta.", "14: 27 menjadi skor akhir."]),
        # a roman numeral after a part of the year ends a sentence; an initial does not
        ("PDB naik dibanding kuartal I. Dengan itu target tercapai.",
         ["PDB naik dibanding kuartal I.", "Dengan itu target tercapai."]),
        ("Acara dibuka oleh I. Gusti Ngurah pagi ini.", ["Acara dibuka oleh I. Gusti Ngurah pagi ini."]),
        # a headline without a final stop before a capitalised closed-class word
        ("Bank Mandiri cetak laba baru Di sektor riil, kredit tumbuh.",
         ["Bank Mandiri cetak laba baru", "Di sektor riil, kredit tumbuh."]),
        ("Saham Jepang ditutup melemah Namun indeks Asia naik.", ["Saham Jepang ditutup melemah", "Namun indeks Asia naik."]),
        ("ANZ membeli 29,02% saham di tahun 1999 Dikatakannya, upaya itu berhasil.",
         ["ANZ membeli 29,02% saham di tahun 1999", "Dikatakannya, upaya itu berhasil."]),
        ("Ia menyanyikan lagu Di Bawah Lindungan Kaabah.", ["Ia menyanyikan lagu Di Bawah Lindungan Kaabah."]),
        ("Novel berjudul Di Tepi Sungai itu laris.", ["Novel berjudul Di Tepi Sungai itu laris."]),
        ("Ia dilantik sebagai menteri Dalam Negeri kemarin.", ["Ia dilantik sebagai menteri Dalam Negeri kemarin."]),
        ("Tapi bisakah Anda hidup tanpa cinta?", ["Tapi bisakah Anda hidup tanpa cinta?"]),
        ("Kantor Kementerian Di Jakarta dibuka.", ["Kantor Kementerian Di Jakarta dibuka."]),
        ("Dana disalurkan kepada 19.264 siswa Pada Satuan Pendidikan Keagamaan.",
         ["Dana disalurkan kepada 19.264 siswa Pada Satuan Pendidikan Keagamaan."]),
        ("Kasus tersebut bermula Pada 2023 di Jakarta.", ["Kasus tersebut bermula Pada 2023 di Jakarta."]),
        ("Penonton memperoleh tiket menonton Bahkan Voli 3 secara eksklusif.",
         ["Penonton memperoleh tiket menonton Bahkan Voli 3 secara eksklusif."]),
        # a speech tag after a quotation, then a new quotation without a stop between
        ('"Pajak tumbuh 20,8 persen," katanya menjelaskan "Faktor risiko itu kecil," ujarnya.',
         ['"Pajak tumbuh 20,8 persen," katanya menjelaskan', '"Faktor risiko itu kecil," ujarnya.']),
        ('Lagu itu dikenal sebagai "Di jalan kehidupan," ataupun "Di jalan aku bertemu."',
         ['Lagu itu dikenal sebagai "Di jalan kehidupan," ataupun "Di jalan aku bertemu."']),
        ('Kapal itu dinamai "Ironside" oleh awaknya.', ['Kapal itu dinamai "Ironside" oleh awaknya.']),
        # a quotation with its speech tag after a word without a stop opens a sentence
        ('Modal diperkuat sesuai langkah yang kita lakukan "Lagi pula nilainya kecil," katanya.',
         ["Modal diperkuat sesuai langkah yang kita lakukan", '"Lagi pula nilainya kecil," katanya.']),
        ('Pria itu mengatakan "Saya tidak ingin difilmkan," katanya.', ['Pria itu mengatakan "Saya tidak ingin difilmkan," katanya.']),
        ('Lagu berjudul "Cinta Lama," kata Budi, laris.', ['Lagu berjudul "Cinta Lama," kata Budi, laris.']),
        ('Warga menjulukinya "Si Raja Jalanan" sejak lama.', ['Warga menjulukinya "Si Raja Jalanan" sejak lama.']),
        # a stop before a lower-case word: the capital was left out
        ("Ia lahir di Batavia pada 1879. atau nama kecilnya Eisei.", ["Ia lahir di Batavia pada 1879.", "atau nama kecilnya Eisei."]),
        ("Harga naik 2.5 persen. dan turun lagi.", ["Harga naik 2.5 persen.", "dan turun lagi."]),
        ("Apakah Alya akan sadar dari komanya? naskah itu berakhir.", ["Apakah Alya akan sadar dari komanya?", "naskah itu berakhir."]),
        ("Beritanya dimuat di Goal. com kemarin.", ["Beritanya dimuat di Goal. com kemarin."]),
        ("Ada beras, gula, dll. yang dibagikan.", ["Ada beras, gula, dll. yang dibagikan."]),
        ("Budi Santoso, M.H. menyampaikan hal itu.", ["Budi Santoso, M.H. menyampaikan hal itu."]),
        ("Ia sdh. pergi ke pasar.", ["Ia sdh. pergi ke pasar."]),
        ("Ia membeli sayur lain. juga buah.", ["Ia membeli sayur lain.", "juga buah."]),
        ("Istilah itu dari bahasa Inggris (Ingg. scale) dan Latin.", ["Istilah itu dari bahasa Inggris (Ingg. scale) dan Latin."]),
        ("Menimbang: a. Bahwa dinas sudah ada;\nb. bahwa perlu diatur.", ["Menimbang: a. Bahwa dinas sudah ada;", "b. bahwa perlu diatur."]),
        ("Ia bertanya... dan diam.", ["Ia bertanya... dan diam."]),
        ('"Apa benar?" tanya Budi.', ['"Apa benar?" tanya Budi.']),
        ("Syaratnya:\na. telah berusia 17 tahun;\nb. membayar biaya.",
         ["Syaratnya:", "a. telah berusia 17 tahun;", "b. membayar biaya."]),
    ],
)
def test_split_rules(nlp, text, expected):
    assert split(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # headline, blank line, paragraph
        ("BPOM Sita Kosmetik Ilegal\n\nJakarta (28/5) – BPOM menyita kosmetik.",
         ["BPOM Sita Kosmetik Ilegal", "Jakarta (28/5) – BPOM menyita kosmetik."]),
        # a paragraph wrapped by hand stays one sentence
        ("Badan Pengawas Obat dan Makanan menyita kosmetik yang mengandung\nbahan berbahaya di Makassar. Ia datang.",
         ["Badan Pengawas Obat dan Makanan menyita kosmetik yang mengandung bahan berbahaya di Makassar.", "Ia datang."]),
        ("Kepala Dinas Kesehatan Provinsi Jawa Timur yang baru dilantik, Budi\nSantoso, mengatakan hal itu kepada wartawan.",
         ["Kepala Dinas Kesehatan Provinsi Jawa Timur yang baru dilantik, Budi Santoso, mengatakan hal itu kepada wartawan."]),
        # numbered and bulleted lists: one item a sentence, no split after the number
        ("Syaratnya sebagai berikut:\n1. Membawa KTP.\n2. Mengisi formulir",
         ["Syaratnya sebagai berikut:", "1. Membawa KTP.", "2. Mengisi formulir"]),
        ("Barang yang disita:\n- kosmetik\n- obat", ["Barang yang disita:", "- kosmetik", "- obat"]),
        # a number glued to the name it numbers is a list mark too; a decimal is not
        ("Tersangka:\n1.Andi Saputra, Direktur PT Maju\n2.Rina Wulandari, Komisaris",
         ["Tersangka:", "1.Andi Saputra, Direktur PT Maju", "2.Rina Wulandari, Komisaris"]),
        ("Inflasi Kota Sukamaju pada bulan Mei naik menjadi\n2.5 persen dibanding bulan lalu.",
         ["Inflasi Kota Sukamaju pada bulan Mei naik menjadi 2.5 persen dibanding bulan lalu."]),
        # web leftovers on their own short line
        ("Presiden meresmikan bendungan itu pada hari Senin bersama para menteri kabinet.\nBaca juga: Bendungan Baru\nIa berharap banyak.",
         ["Presiden meresmikan bendungan itu pada hari Senin bersama para menteri kabinet.", "Baca juga: Bendungan Baru",
          "Ia berharap banyak."]),
    ],
)
def test_lines(nlp, text, expected):
    assert split(nlp, text) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Halo", "Dr.", "Ia datang.  \n"])
def test_edges(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    if len(doc):
        assert doc[0].is_sent_start
        assert all(t.is_sent_start is not None for t in doc)


def test_every_token_marked_and_offsets_kept(nlp):
    text = "Dr. Budi hadir. “Kami siap,” katanya.\n\nIa pergi."
    doc = nlp(text)
    assert doc.text == text
    assert [t.is_sent_start for t in doc].count(True) == 3
    assert "".join(s.text_with_ws for s in doc.sents) == text
