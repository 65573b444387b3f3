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
        ("Ia didampingi Susilo B. Yudhoyono hari itu.", ["Ia didampingi Susilo B. Yudhoyono hari itu."]),
        ("Direktur Agus D.W. Martowardojo hadir.", ["Direktur Agus D.W. Martowardojo hadir."]),
        ("Budi Santoso, S.H. M.H. mengatakan hal itu.", ["Budi Santoso, S.H. M.H. mengatakan hal itu."]),
        # a degree or list abbreviation can end a sentence
        ("Acara dibuka oleh Budi Santoso, M.Si. Ia lalu pergi.", ["Acara dibuka oleh Budi Santoso, M.Si.", "Ia lalu pergi."]),
        ("Ada beras, gula, dll. Semua dibagikan.", ["Ada beras, gula, dll.", "Semua dibagikan."]),
        ("Saham PT Bank Negara Indonesia Tbk. (BBNI) naik.", ["Saham PT Bank Negara Indonesia Tbk. (BBNI) naik."]),
        # abbreviations before names and numbers
        ("Gudang di Jl. Poros Malino No. 5 disegel.", ["Gudang di Jl. Poros Malino No. 5 disegel."]),
        ("Dana ditransfer a.n. Budi Santoso kemarin.", ["Dana ditransfer a.n. Budi Santoso kemarin."]),
        ("Ia bertemu Kol. Inf. Joko Widodo di markas.", ["Ia bertemu Kol. Inf. Joko Widodo di markas."]),
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
        # no split before a lower-case word or inside a number or domain
        ("Harga naik 2.5 persen. dan turun lagi.", ["Harga naik 2.5 persen. dan turun lagi."]),
        ("Kunjungi detik.com untuk berita.", ["Kunjungi detik.com untuk berita."]),
    ],
)
def test_split(nlp, text, expected):
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
