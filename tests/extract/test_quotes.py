"""Quotation shapes, speakers and unbalanced marks (``pipeline.extract.quotes``).

A blank Indonesian pipeline with the rule components (no statistical model) is enough:
speakers come from the person rules or from capitalised names next to the cue.
"""
from __future__ import annotations

import pytest
import spacy

from pipeline import extensions  # noqa: F401
from pipeline.extract import quotes as Q


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences", first=True)
    nlp.add_pipe("quotes")
    return nlp


def run(nlp, text):
    doc = nlp.make_doc(text)
    doc._.people = []
    doc._.organizations = []
    return nlp(doc)._.quotes


# (text, expected [(kind, quote text start, speaker)] in order; speaker "?" = not checked)
CASES = [
    # direct, cue after
    ('"Kami siap membantu warga," kata Budi.', [("direct", "Kami siap membantu", "Budi")]),
    ('“Kami siap membantu warga,” ujar Budi.', [("direct", "Kami siap membantu", "Budi")]),
    ('"Kami siap membantu warga," tutur Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," ucap Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," jelas Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," tegas Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," ungkap Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," tambah Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," imbuh Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," sebut Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," papar Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," terang Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," lanjut Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," pungkas Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Kami siap membantu warga," beber Budi.', [("direct", "Kami siap", "Budi")]),
    ('"Apakah kami siap membantu warga?" tanya Budi.', [("direct", "Apakah kami", "Budi")]),
    # -nya cues and pronouns resolve to the last speaker or subject
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," ujarnya.', [("direct", "Kami siap", "Budi Santoso")]),
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," katanya.', [("direct", "Kami siap", "Budi Santoso")]),
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," tuturnya.', [("direct", "Kami", "Budi Santoso")]),
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," pungkasnya.', [("direct", "Kami", "Budi Santoso")]),
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," kata dia.', [("direct", "Kami", "Budi Santoso")]),
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," ujar beliau.', [("direct", "Kami", "Budi Santoso")]),
    # a continuation cue goes on with the last speaker; another -nya cue takes the subject named since
    ('Budi Santoso hadir. "Kami siap," kata Budi. Andi Wijaya lalu menyambut tamu. "Semua lancar," lanjutnya.',
     [("direct", "Kami siap", "Budi Santoso"), ("direct", "Semua lancar", "Budi Santoso")]),
    ('Budi Santoso hadir. "Kami siap," kata Budi. Andi Wijaya lalu menyambut tamu. "Semua lancar," ujarnya.',
     [("direct", "Kami siap", "Budi Santoso"), ("direct", "Semua lancar", "Andi Wijaya")]),
    # a name inside the quotation is not the speaker
    ('Budi Santoso hadir. "Saya sudah bicara dengan Andi Wijaya soal itu," ujarnya.',
     [("direct", "Saya sudah", "Budi Santoso")]),
    # a short name takes the fullest form of the document
    ('Budi Santoso hadir di lokasi. "Kami siap membantu warga," kata Budi.', [("direct", "Kami", "Budi Santoso")]),
    # cue before the quotation
    ('Budi mengatakan, "Kami siap membantu warga."', [("direct", "Kami siap", "Budi")]),
    ('Budi menegaskan: "Kami siap membantu warga."', [("direct", "Kami siap", "Budi")]),
    ('Budi: "Kami siap membantu warga."', [("direct", "Kami siap", "Budi")]),
    # interrupted quotation: two quotes, one speaker
    ('"Kami siap membantu," kata Budi. "Bantuan datang besok pagi."',
     [("direct", "Kami siap", "Budi"), ("direct", "Bantuan datang", "Budi")]),
    # several sentences in one quotation
    ('"Kami siap. Bantuan datang besok. Warga tenang saja," kata Budi.', [("direct", "Kami siap. Bantuan", "Budi")]),
    # a paragraph that opens without closing, continued in the next paragraph
    ('"Kami siap membantu warga di sini.\n"Bantuan datang besok pagi," kata Budi.',
     [("direct", "Kami siap", "Budi"), ("direct", "Bantuan datang", "Budi")]),
    # a quoted paragraph without cue continues the previous speaker
    ('"Kami siap membantu warga," kata Budi.\n"Bantuan datang besok pagi dari pusat."',
     [("direct", "Kami siap", "Budi"), ("direct", "Bantuan datang", "Budi")]),
    # nested single quotes stay inside
    ('"Warga bilang \'tolong kami\' kepada petugas," kata Budi.', [("direct", "Warga bilang 'tolong kami'", "Budi")]),
    # Kompas style: the same closing glyph opens and closes
    ('”Kami siap membantu warga,” kata Budi.', [("direct", "Kami siap", "Budi")]),
    # indirect quotations
    ('Budi mengatakan, warga sudah mendapat bantuan sejak pagi.', [("indirect", "warga sudah", "Budi")]),
    ('Budi menegaskan bahwa warga sudah mendapat bantuan sejak pagi.', [("indirect", "warga sudah", "Budi")]),
    ('Budi mengatakan warga sudah mendapat bantuan sejak pagi.', [("indirect", "warga sudah", "Budi")]),
    ('Menurut Budi, warga sudah mendapat bantuan sejak pagi.', [("indirect", "warga sudah", "Budi")]),
    ('Budi Santoso hadir. Menurutnya, warga sudah mendapat bantuan sejak pagi.',
     [("indirect", "warga sudah", "Budi Santoso")]),
    ('Budi Santoso hadir. Ia menjelaskan, warga sudah mendapat bantuan sejak pagi.',
     [("indirect", "warga sudah", "Budi Santoso")]),
    ('Budi meminta agar warga tetap tenang menghadapi banjir.', [("indirect", "warga tetap", "Budi")]),
    ('Budi berharap agar warga tetap tenang menghadapi banjir.', [("indirect", "warga tetap", "Budi")]),
    # an agentless passive has no speaker
    ('Dalam surat itu disebutkan bahwa warga wajib melapor kepada petugas.', []),
    # negatives: noun phrases after speech verbs, scare quotes, titles, terms
    ('Budi menyampaikan apresiasi terhadap kerja keras petugas di lapangan.', []),
    ('Budi mengungkapkan alasan pembangunan jembatan itu tertunda lama.', []),
    ('Budi menyatakan minat Pakistan untuk berinvestasi di sana.', []),
    ('Ia menekankan pentingnya sinergi lintas sektor dalam menjawab tantangan migrasi.', []),
    ('Budi menyebut harga beras di pasar sudah turun sejak pekan lalu.', [("indirect", "harga beras", "Budi")]),
    ('Program "Jumat Berkah" digelar di masjid.', []),
    ('Tonton juga video "Budi Singgung Tata Ruang di Depan Warga" di sini.', []),
    ('Warga menyebut jalan itu sebagai "jalan maut" sejak lama.', []),
    ('Ia membaca buku berjudul "Laskar Pelangi" di perpustakaan sekolah.', []),
    ('Istilah "serangan fajar" kerap muncul menjelang pemilu.', []),
    ('Budi datang ke lokasi bersama istrinya.', []),
    ('Budi mengatakan hal itu kepada wartawan.', []),
    ('Saat menyampaikan sambutan, Budi tersenyum lebar kepada warga.', []),
    # the speaker's name is the fullest form of the text, without rank, title or organisation
    ('Rapat dipimpin Deputi Kemenko Polkam, Mayjen TNI Gilang Wicaksono Putra, S.Sos. '
     '"Kami siap membantu warga," kata Gilang.', [("direct", "Kami siap", "Gilang Wicaksono Putra")]),
    # after a cue, a title phrase ends with the name
    ('"Kami siap membantu warga," kata Kepala Dinas Sosial Kota Medan Budi Santoso.',
     [("direct", "Kami siap", "Budi Santoso")]),
    # a document or an unnamed source speaks: no speaker
    ('Ia membaca pasal itu. "Peserta wajib membayar iuran setiap bulan," bunyi pasal 42 ayat (3).',
     [("direct", "Peserta wajib", None)]),
    # "meminta X melakukan Y" reports a request; "meminta maaf" does not
    ('Budi Santoso hadir. Ia meminta seluruh kontraktor bekerja sesuai spesifikasi teknis.',
     [("indirect", "seluruh kontraktor", "Budi Santoso")]),
    ('Budi Santoso hadir. Ia meminta maaf kepada warga atas keterlambatan itu.', []),
    # a quoted term inside reported content stays in it
    ('Budi Santoso hadir. Ia mengungkapkan, selama ini masih ditemukan praktik "paket bundling" di kios pupuk.',
     [("indirect", 'selama ini masih ditemukan praktik "paket bundling" di kios', "Budi Santoso")]),
    # a noun that opens a clause with its own verb: reported speech
    ('Budi Santoso menyebut temuan audit di sejumlah daerah menunjukkan pola yang berulang.',
     [("indirect", "temuan audit", "Budi Santoso")]),
    # a -nya cue: the most recent subject outside quotation marks, not an earlier one
    ('Budi Santoso hadir. Kepala Dinas Kesehatan Rudi Hartono mengatakan, bantuan segera datang ke desa. '
     '"Kami siap membantu warga," ujarnya.',
     [("indirect", "bantuan segera", "Rudi Hartono"), ("direct", "Kami siap", "Rudi Hartono")]),
    # ... the subject after an apposition between commas ("X, dihubungi kemarin, mengatakan")
    ('Budi Santoso hadir. Kepala Dinas Kesehatan Rudi Hartono, dihubungi kemarin, mengatakan, vaksinasi tetap '
     'berjalan selama puasa. "Tidak ada yang berbeda," katanya.',
     [("indirect", "vaksinasi tetap", "Rudi Hartono"), ("direct", "Tidak ada", "Rudi Hartono")]),
    # ... the name after "Menurut <title>", at the place where it stands
    ('Budi Santoso hadir. Menurut Kepala Dinas Kesehatan Eti Suryani, jumlah gang hijau terus bertambah. '
     '"Ini potensi yang luar biasa," katanya.',
     [("indirect", "jumlah gang", "Eti Suryani"), ("direct", "Ini potensi", "Eti Suryani")]),
    # ... the agent of a passive speech verb ("Hal itu disampaikan X")
    ('Budi Santoso hadir. Hal itu disampaikan Kepala Dinas Kesehatan dr Widji Hartono di Banyuwangi. '
     '"Yang terdaftar sudah divaksin semua," ujarnya.', [("direct", "Yang terdaftar", "Widji Hartono")]),
    # ... the name that closes a title phrase, not a word with a digit in it ("Covid-19")
    ('Ketua Satgas Covid-19 Doni Monardo menambahkan, rumah sakit sudah siap menerima pasien. '
     '"Kami terus menambah tempat tidur," katanya.',
     [("indirect", "rumah sakit", "Doni Monardo"), ("direct", "Kami terus", "Doni Monardo")]),
    # a short name after the cue that no entity covers takes the fullest form of the text
    ('Kepala Bidang Humas Polda Sulbar Komisaris Besar Ferry Wuisan hadir di sana. Budi Santoso juga hadir. '
     '"Kasus ini masih diselidiki," kata Ferry.', [("direct", "Kasus ini", "Ferry Wuisan")]),
    # a pronoun after the cue
    ('Budi Santoso hadir. Ia mengatakan, "Pak, ada banjir di gudang itu!"', [("direct", "Pak, ada", "Budi Santoso")]),
    # a short quotation with its cue is a quotation, not a term
    ('"Kami siap bantu" kata Budi.', [("direct", "Kami siap bantu", "Budi")]),
    # terms: a few quoted words that the sentence goes on after, or a quoted title after a title cue
    ('Budi mengatakan, "kota kembang" tersebut kembali dipadati wisatawan.',
     [("indirect", '"kota kembang" tersebut', "Budi")]),
    ('Dalam khotbah yang bertema "Idul Fitri Momentum Berbagi", Budi menyampaikan, Idul Fitri ialah saat '
     'untuk saling memaafkan.', [("indirect", "Idul Fitri ialah", "Budi")]),
    ('Pemerintah menggelar gerakan "Bangga Buatan Indonesia" di sejumlah kota besar.', []),
    ('Hama itu dikenal petani sebagai "wereng cokelat" karena warnanya.', []),
    # unbalanced marks: recover, never crash
    ('"Kami siap membantu warga, kata Budi.', [("direct", "Kami siap", "?")]),
    ('Kami siap membantu warga," kata Budi.', []),
    ('"', []),
    ('""', []),
    ('"Kami "siap" membantu warga," kata Budi.', "?"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quotation_shapes(nlp, text, expected):
    found = run(nlp, text)
    if expected == "?":
        return  # only: no exception
    assert len(found) == len(expected), [(q.kind, q.text, q.speaker) for q in found]
    for quote, (kind, start, speaker) in zip(found, expected):
        assert quote.kind == kind
        assert quote.text.startswith(start)
        if speaker != "?":
            assert quote.speaker == speaker
        assert text[quote.start:quote.end] == quote.text
        assert quote.rule


# a cue between commas inside its sentence reports the clause after it (the words before stay out)
INTERPOSED = [
    ("Rudi Hartanto hadir di lokasi. Semua proyek itu, katanya, dibiayai dari kas desa tanpa pinjaman.",
     "dibiayai dari kas desa tanpa pinjaman", "Rudi Hartanto"),
    ("Sebagian pengembang, kata Rudi Hartanto, bahkan menghilang setelah menerima uang muka.",
     "bahkan menghilang setelah menerima uang muka", "Rudi Hartanto"),
    ("Rudi Hartanto hadir di lokasi. Bila terbukti, kata dia, izin usaha itu akan dicabut.",
     "izin usaha itu akan dicabut", "Rudi Hartanto"),
    ("Rudi Hartanto hadir di lokasi. Hal ini, dinilainya, tidak sebanding dengan kapasitas desa.",
     "tidak sebanding dengan kapasitas desa", "Rudi Hartanto"),
    # negative: an adjunct after the cue and its speaker, too few words, a long opening, no cue
    ("Rudi Hartanto hadir di lokasi. Semua beres, kata Rudi, di kantor desa pada Senin pagi.", None, None),
    ("Rudi Hartanto hadir di lokasi. Proyek itu, katanya, selesai.", None, None),
    ("Rudi Hartanto hadir. Warga tiga desa di kaki gunung yang terdampak banjir bandang pekan lalu sejak "
     "pagi, katanya, masih menunggu bantuan logistik dari kabupaten.", None, None),
    ("Proyek itu, kata demi kata, dibaca ulang oleh panitia lelang.", None, None),
    # one comma in the sentence: no cue between commas (the other comma stands in the sentence before)
    ("Rudi Hartanto hadir di lokasi, kemarin. Semua proyek itu katanya, dibiayai dari kas desa tanpa pinjaman.",
     None, None),
]


@pytest.mark.parametrize("text,content,speaker", INTERPOSED)
def test_interposed_cue(nlp, text, content, speaker):
    found = [q for q in run(nlp, text) if q.rule == "interposed-cue"]
    if content is None:
        assert found == [], [(q.text, q.speaker) for q in found]
        return
    (quote,) = found
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", content, speaker)
    assert text[quote.start:quote.end] == quote.text


def test_offsets_and_cue(nlp):
    text = 'Budi Santoso hadir. "Kami siap membantu warga," ujarnya.'
    (quote,) = run(nlp, text)
    assert text[quote.cue_start:quote.cue_end] == "ujarnya" == quote.cue
    assert text[quote.speaker_start:quote.speaker_end] == "Budi Santoso"
    assert quote.to_record() == {"text": "Kami siap membantu warga", "speaker": "Budi Santoso", "kind": "direct",
                                 "cue": "ujarnya"}


# (capitalised run, the name in it or None)
NAME_PARTS = [
    ("Mayjen TNI Gilang Wicaksono Putra", "Gilang Wicaksono Putra"),
    ("Bank OCBC NISP Ratna Kusumadewi", "Ratna Kusumadewi"),
    ("Kapolresta Denpasar Kombes Pol I Gede Putu Arsana", "I Gede Putu Arsana"),
    ("Direktur Jenderal Penanganan Fakir Miskin Kementerian Sosial Asep Rudi Hermawan", "Asep Rudi Hermawan"),
    ("Komisaris Besar Ferry Wuisan", "Ferry Wuisan"),
    ("Ketua Satgas Covid-19 Doni Monardo", "Doni Monardo"),
    ("Komunitas B2W Toto Sunarto", "Toto Sunarto"),
    ("Menurut Dewi", "Dewi"),
    ("Budi Santoso", "Budi Santoso"),
    # after a title or organisation head, a spelling of Muhammad two words on, with a word after it, opens the name
    ("Universitas Lambung Mangkurat Muhammad Hanafi Rais", "Muhammad Hanafi Rais"),
    ("Fakultas Hukum Universitas Tanjung Pura Mochamad Rizal", "Mochamad Rizal"),
    ("Gubernur Gorontalo Fadil Muhammad", "Fadil Muhammad"),          # the last word: the name's own
    ("Ketua Yayasan Budi Muhammad Yusuf", "Budi Muhammad Yusuf"),     # one word before it: the name's own
    ("Lambung Mangkurat Muhammad Hanafi", "Lambung Mangkurat Muhammad Hanafi"),  # no title or head before it
    ("Kepala Dinas Tanaman Pangan", None),
    ("Kementerian Sosial", None),
    ("Menurut", None),
]


@pytest.mark.parametrize("run,name", NAME_PARTS)
def test_name_part(run, name):
    part = Q.name_part(run, 0, len(run), Q.lexicon())
    assert (run[part[0]:part[1]] if part else None) == name


@pytest.mark.parametrize("before,run,name", [
    # the same run after a phrase that goes on into it, after a full stop and after nothing
    ("Ketua Umum Partai Maju dan ", "Jaya Budi Santoso", "Budi Santoso"),
    ("", "Jaya Budi Santoso", "Jaya Budi Santoso"),
    ("Program WCS untuk ", "Kalimantan Budi Santoso", "Budi Santoso"),
    ("", "Kalimantan Budi Santoso", "Kalimantan Budi Santoso"),
    ("Lulusan S.Sos.", "Budi Santoso", "Santoso"),
    ("Lulusan S.Sos. ", "Budi Santoso", "Budi Santoso"),
    ("Sekretaris Daerah Bali ", "I Gede Putu Arsana", "I Gede Putu Arsana"),
])
def test_name_part_is_kept_for_its_run_and_context(before, run, name):
    lex = Q.lexicon()
    text = before + run + " hadir."
    lo, hi = len(before), len(before) + len(run)
    Q._NAME_PARTS.clear()
    fresh = Q.name_part(text, lo, hi, lex)
    for other in ("", "Ketua Umum Partai Maju dan ", "Program WCS untuk ", "Lulusan S.Sos.", "Lulusan S.Sos. "):
        Q.name_part(other + run + " x", len(other), len(other) + len(run), lex)  # the run in other contexts first
    kept = Q.name_part(text, lo, hi, lex)
    in_title = bool(Q._PHRASE_GOES_ON.search(text, max(0, lo - 40), lo))
    assert kept == fresh == tuple(lo + k for k in Q._name_part(run, in_title, text[lo - 1:lo] == ".", lex))
    assert text[kept[0]:kept[1]] == name


@pytest.mark.parametrize("text,speaker,public", [
    # the press introduces private persons with an age in brackets
    ('Rina (42), warga Bekasi, mengeluhkan harga beras. "Harga beras naik terus," kata Rina.', "Rina", False),
    ('Rina Wati (42 tahun) datang ke pasar. "Harga beras naik terus," kata Rina.', "Rina Wati", False),
    ('Kepala Dinas Sosial Budi Santoso hadir. "Kami siap membantu warga," kata Budi.', "Budi Santoso", True),
    # an age given to someone else does not make the speaker private
    ('Rina (42) datang. Kepala Dinas Sosial Budi Santoso hadir. "Kami siap membantu," kata Budi.', "Budi Santoso", True),
    # a speaker described without a name is a private person; no speaker otherwise is unknown
    ('"Sepi sekali hari ini," kata sopir yang belum punya SIM itu.', None, False),
    ('"Sepi sekali hari ini," ujar seorang ibu.', None, False),
    # a description ending with a demonstrative is the one talked about, still described: private
    ('Rina Wati berdagang di pasar. "Sepi sekali hari ini," kata pedagang berusia 40 tahun itu.', "Rina Wati", False),
    ('Hal itu tertulis di sana. "Semua wajib membayar iuran," demikian dikatakan.', None, None),
])
def test_speaker_public(nlp, text, speaker, public):
    (quote,) = [q for q in run(nlp, text) if q.kind == "direct"]
    assert quote.speaker == speaker
    assert Q.speaker_is_public(quote, text) is public


@pytest.mark.parametrize("word,expected", [
    ("disampaikan", True), ("dikatakan", True), ("dijelaskan", True), ("ditegaskan", True),
    ("dibangun", False), ("diperiksa", False), ("dia", False), ("mengatakan", False),
])
def test_passive_speech(word, expected):
    assert Q._passive_speech(word, Q.lexicon()) is expected


def tagged(nlp, text, ents, find):
    """The document of ``text`` with the entities ``ents`` ((text, label), found by ``find``) tagged."""
    doc = nlp.make_doc(text)
    doc._.people = []
    doc._.organizations = []
    doc = nlp(doc)
    doc.ents = [doc.char_span(find(t), find(t) + len(t), label=label) for t, label in ents]
    doc._.entities = None  # the table is built again from these entities
    return doc


# -nya cues (who counts as the most recent subject) and the name after a cue; entities: (text, label) to tag
SUBJECTS = [
    # a name before an apposition between commas and its verb is a subject
    ('Alamsyah Nasution hadir. Pada diskusi kemarin Rusdan, yang juga hadir sebagai pembicara, menyetujui usulan '
     'tersebut. "Kami amati memang rentan," katanya.', [], "Rusdan"),
    ('Alamsyah Nasution hadir. Pada diskusi kemarin Rusdan, yang juga hadir sebagai pembicara, sakit. '
     '"Kami amati memang rentan," katanya.', [], "Alamsyah Nasution"),
    # a name that opens its clause before a description between commas speaks, however long the description
    # ("Dedy, Kepala Regu B dari Pos X, Kota Y, menuturkan"); a list of names does not open a description
    ('Markus Wenas hadir. Dedy, Kepala Regu B dari Pos Pemadam Sektor II, Kota Baru, menuturkan, selang tidak '
     'mengalirkan air. "Kami mencari air sampai ke luar gedung," ucapnya.', [("Markus Wenas", "PER")], "Dedy"),
    ('Markus Wenas hadir. Dedy, warga yang rumahnya terbakar, menuturkan, selang tidak mengalirkan air. '
     '"Kami mencari air sampai ke luar gedung," ucapnya.', [("Markus Wenas", "PER")], "Dedy"),
    ('Markus Wenas mengatakan air habis. Dedy, Rina, dan Yosef pun datang membawa ember. '
     '"Kami mencari air sampai ke luar gedung," ucapnya.', [("Markus Wenas", "PER")], "Markus Wenas"),
    # a name that an organisation entity ran into stands for "-nya" once it has spoken ("Menurut ... X,"); the
    # organisation itself does not
    ('Rahmat Wijaya hadir. Menurut Guru Besar Fakultas Ekonomi Universitas Lambung Mangkurat Muhammad Hanafi '
     'Rais, daerah harus menyiapkan transformasi ekonomi. "Industri harus disiapkan," ujarnya.',
     [("Rahmat Wijaya", "PER"), ("Fakultas Ekonomi Universitas Lambung Mangkurat Muhammad Hanafi Rais", "ORG")],
     "Muhammad Hanafi Rais"),
    ('Rahmat Wijaya hadir. Menurut Universitas Lambung Mangkurat, daerah harus menyiapkan transformasi ekonomi. '
     '"Industri harus disiapkan," ujarnya.', [("Rahmat Wijaya", "PER"), ("Universitas Lambung Mangkurat", "ORG")],
     "Rahmat Wijaya"),
    # the name after a title's organisation ("dari Universitas X") speaks; an object of "dari" does not
    ('Pengamat politik dari Universitas Bengkulu Rudi Cahyono menilai, paslon itu membuat sejarah baru. '
     '"Ada strategi politik yang menyentuh publik," katanya.', [], "Rudi Cahyono"),
    ('Budi Santoso hadir. Bantuan dari Gubernur Jawa Barat Ridwan Kamaludin diterima warga. "Kami siap membantu," '
     'ujarnya.', [], "Budi Santoso"),
    # "X dari ORG mengatakan": the name before the organisation speaks
    ('Rivaldi dari PT House of Bamboo mengatakan, pesanan kursi bambu turun hingga 35 persen. '
     '"Peningkatannya bisa 100 persen," katanya.', [("PT House of Bamboo", "ORG")], "Rivaldi"),
    # the agent of a passive is a subject; the object of "oleh" is not
    ('Budi Santoso hadir. Acara itu dihadiri William Santoso, tokoh kuliner Indonesia. "Paduan ini beda dengan '
     'yang tradisional," ujarnya.', [], "William Santoso"),
    ('Budi Santoso hadir. Rumah itu dibangun oleh Andi Wijaya. "Kami siap membantu," ujarnya.', [], "Budi Santoso"),
    # "pada" and "untuk" inside a title before its organisation; "untuk X" outside a title is an object
    ('Budi Santoso hadir. Peneliti pada Lembaga Studi HAM Sulteng Moh Arfani menyatakan, pengejaran itu tidak '
     'serius. "Ini kesempatan untuk mengejar mereka," katanya.', [], "Moh Arfani"),
    ('Budi Santoso hadir. Bantuan untuk Gubernur Jawa Barat Ridwan Kamaludin tiba kemarin. "Kami siap membantu," '
     'ujarnya.', [], "Budi Santoso"),
    # "untuk" closes a title's organisation: the place after it is no part of the name
    ('Rahmad Hidayat hadir. Koordinator Program WCS untuk Kalimantan Peter Brauner mengatakan, karantina berlangsung '
     'dua bulan. "Sampel dikirim ke laboratorium," katanya.', [("Peter Brauner", "PER"), ("Rahmad Hidayat", "PER")],
     "Peter Brauner"),
    # a word of stance reports like a speech verb; another predicate does not
    ('Theresia Wulandari hadir. Pembina Komunitas Ride to School (R2S) Toto Sunarto yakin, pandemi akan membuat '
     'masyarakat lebih peduli. "Bersepeda merupakan pilihan yang menarik," katanya.',
     [("Toto Sunarto", "PER"), ("Theresia Wulandari", "PER"), ("Komunitas Ride to School", "ORG")], "Toto Sunarto"),
    ('Theresia Wulandari hadir. Kemarin pembina Komunitas Ride to School (R2S) Toto Sunarto sakit. "Bersepeda '
     'merupakan pilihan yang menarik," katanya.',
     [("Toto Sunarto", "PER"), ("Theresia Wulandari", "PER"), ("Komunitas Ride to School", "ORG")], "Theresia Wulandari"),
    # the person a sentence introduces with "adalah"; not a possessor ("rumah X")
    ('Ridwan Kamaludin hadir. Salah satunya ialah Ketua Perkumpulan Ahli Gizi Masyarakat Indonesia Hasbullah '
     'Rahmani. "Rekreasi bisa dilakukan kapan saja," ujarnya.', [("Hasbullah Rahmani", "PER"),
                                                                  ("Ridwan Kamaludin", "PER")], "Hasbullah Rahmani"),
    ('Ridwan Kamaludin hadir. Salah satu korban dibawa ke rumah Hasbullah Rahmani. "Rekreasi bisa dilakukan kapan '
     'saja," ujarnya.', [("Hasbullah Rahmani", "PER"), ("Ridwan Kamaludin", "PER")], "Ridwan Kamaludin"),
    # a name after a kin noun is a possessor ("istri X" speaks, not X)
    ('Budi Santoso hadir. Kemarin istri Andi Wijaya menyambut tamu. "Kami siap membantu warga," ujarnya.',
     [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")], "Budi Santoso"),
    ('Budi Santoso hadir. Andi Wijaya lalu menyambut tamu. "Kami siap membantu warga," ujarnya.',
     [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")], "Andi Wijaya"),
    # an item of an enumeration without a verb is no subject; a name alone after the comma is
    ('Budi Santoso hadir. Hadir pula dalam acara itu, importir dari Kopi Nusa, Rudi Hartanto, Sinar Gida, Ipek Gida. '
     '"Kami siap membantu," ujarnya.', [("Budi Santoso", "PER"), ("Rudi Hartanto", "PER")], "Budi Santoso"),
    ('Budi Santoso hadir. Hadir pula dalam acara itu, importir dari Kopi Nusa, Rudi Hartanto. '
     '"Kami siap membantu," ujarnya.', [("Budi Santoso", "PER"), ("Rudi Hartanto", "PER")], "Rudi Hartanto"),
    # a title written alone has no short form in brackets: the bracket abbreviates the decree
    ('Gubernur Anies Wibowo hadir. Teguh Santoso menilai aturan itu terlambat. Setidaknya regulasi berupa Keputusan '
     'Gubernur (Kepgub) harus segera terbit. "Kepgub itu mengatur daftar penerima," katanya.', [("Anies Wibowo", "PER"), ("Teguh Santoso", "PER"),
                                                               ("Kepgub", "LOC")], "Teguh Santoso"),
    # one-word items, and the last item after ", dan", without a verb; a last item before its verb speaks
    ('Wiwik Wulandari memaparkan jadwal. Kereta berhenti di Stasiun Klaten, Ceper, Gawir, Purwodadi, dan Solo Balapan. '
     '"Tadinya kereta hanya berhenti di tujuh stasiun," katanya.', [("Wiwik Wulandari", "PER"), ("Gawir", "PER")],
     "Wiwik Wulandari"),
    ('Gatot Harianto memaparkan realisasi anggaran. Realisasi di Yahukimo 28 persen, Pegunungan Bintang 50 persen, dan '
     'Boven Digul 41 persen. "Kondisi ini memprihatinkan," katanya.', [("Gatot Harianto", "PER"), ("Boven Digul", "PER")],
     "Gatot Harianto"),
    ('Budi Santoso hadir. Usai rapat, Rina Kartika, Dewi Lestari, dan Andi Wijaya mengatakan siap membantu. '
     '"Kami siap," ujarnya.', [("Budi Santoso", "PER"), ("Rina Kartika", "PER"), ("Dewi Lestari", "PER"),
                               ("Andi Wijaya", "PER")], "Andi Wijaya"),
    # the name after a cue: a passive cue, a title with its organisation after "dari", a lower-case title,
    # a name that closes the title phrase (inside an organisation entity); no name, no speaker
    ('"Kami sudah menyiapkan surat permohonan," ditambahkan Tony Wirawan.', [], "Tony Wirawan"),
    ('"Ada 900 relawan yang akan diperiksa," kata anggota Tim Peneliti NafasKu dari UGM, Sinta Nurhadi, seusai '
     'bertemu Gubernur.', [], "Sinta Nurhadi"),
    ('"Ada 900 relawan yang akan diperiksa," kata peneliti senior Urbanika, Suryono Hartanto, di Jakarta.',
     [("Urbanika", "ORG")], "Suryono Hartanto"),
    ('"Pandemi berdampak masif terhadap perekonomian," ujar Kepala DPMPTSP Provinsi Kaltara Yanto, Rabu (29/7/2020).',
     [("DPMPTSP Provinsi Kaltara Yanto", "ORG")], "Yanto"),
    ('"Pandemi berdampak masif terhadap perekonomian," ujar Kepala DPMPTSP Provinsi Kaltara, Rabu (29/7/2020).',
     [("DPMPTSP Provinsi Kaltara", "ORG")], None),
    ('"Ada 900 relawan yang akan diperiksa," kata dokter dari Jakarta.', [], None),
    # an acronym in brackets or a dot inside a word does not end the title phrase before the name
    ('"Kami menolak usulan itu," kata Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri) '
     'Akbar Maulana, Kamis (7/5/2020).', [("Akbar Maulana", "PER")], "Akbar Maulana"),
    ('"Pasar kita tumbuh," kata Head of Startupkita.co Erwin Saputra.', [("Erwin Saputra", "PER")], "Erwin Saputra"),
    ('"Jumlahnya melebihi 500 orang," kata Ketua Ikatan Dokter Nusantara (IDN), kemarin.', [], None),
    # a name that a place entity swallowed after the place's own words still speaks
    ('"Pandemi berdampak masif," ujar Kepala Dinas Provinsi Kalbar Hendra, Rabu (29/7/2020).',
     [("Provinsi Kalbar Hendra", "LOC")], "Hendra"),
    # the words of a place or organisation entity before the name are no part of it; the name
    # words after the entity are
    ('"Empat kereta anjlok," kata Manajer Humas PT KAI Daop 8 Surabaya Suprapto.',
     [("PT KAI", "ORG"), ("Surabaya", "LOC"), ("Suprapto", "PER")], "Suprapto"),
    ('"Stok aman," kata Kepala Seksi Pelayanan Kota Bogor Rina Wulandari.',
     [("Kota Bogor", "LOC"), ("Wulandari", "PER")], "Rina Wulandari"),
    ('"Stok aman," kata Kepala Bagian Umum Rina Wulandari.', [("Wulandari", "PER")], "Rina Wulandari"),
    # the object of an active speech or request verb is no subject ("mengajak X", "meminta X")
    ('Shinta Lestari tiba di taman bersama anaknya. Untuk pertama kalinya mereka mengajak Rudi Hartanto ke luar '
     'negeri. "Seru sekali," ungkapnya.', [("Shinta Lestari", "PER"), ("Rudi Hartanto", "PER")], "Shinta Lestari"),
    ('Shinta Lestari tiba di taman bersama anaknya. Untuk pertama kalinya Rudi Hartanto mengajak warga ke luar '
     'negeri. "Seru sekali," ungkapnya.', [("Shinta Lestari", "PER"), ("Rudi Hartanto", "PER")], "Rudi Hartanto"),
    # a name between a common noun and a demonstrative completes the noun: the phrase names the one talked about
    ('Rudi Hartanto datang ke pesta itu. Namun, bintang film Cahaya Senja itu menambahkan, ia tidak lama. '
     '"Saya harus pulang," ujarnya.', [("Rudi Hartanto", "PER"), ("Cahaya Senja", "PER")], "Rudi Hartanto"),
    ('Rudi Hartanto datang ke pesta itu. Namun, Cahaya Senja menambahkan, ia tidak lama. '
     '"Saya harus pulang," ujarnya.', [("Rudi Hartanto", "PER"), ("Cahaya Senja", "PER")], "Cahaya Senja"),
    # the subject of a copula describes someone talked about; the speaker before goes on
    ('Rudi Hartanto menjelaskan, tersangka diduga meminta komisi. Andi Wijaya merupakan direktur perusahaan itu. '
     '"Uangnya diserahkan bertahap," ujarnya.', [("Rudi Hartanto", "PER"), ("Andi Wijaya", "PER")], "Rudi Hartanto"),
    ('Rudi Hartanto menjelaskan, tersangka diduga meminta komisi. Andi Wijaya lalu membantah tuduhan itu. '
     '"Uangnya diserahkan bertahap," ujarnya.', [("Rudi Hartanto", "PER"), ("Andi Wijaya", "PER")], "Andi Wijaya"),
    # two people joined by "dan" are a plural subject: "-nya" goes back to the one before
    ('Shinta Lestari membawa pengasuh. Tapi Rudi dan Dewi tetap memilih ibunya. "Mereka rebutan," katanya.',
     [("Shinta Lestari", "PER"), ("Rudi", "PER"), ("Dewi", "PER")], "Shinta Lestari"),
    ('Shinta Lestari membawa pengasuh. Tapi Rudi tetap memilih ibunya. "Mereka rebutan," katanya.',
     [("Shinta Lestari", "PER"), ("Rudi", "PER")], "Rudi"),
    # the titled names listed after a preposition are its objects, titles and all; a name before its verb speaks
    ('Presiden Joko Santoso meninjau pasar. Ia datang bersama Menteri Sosial Juliana Putri, Menteri Kesehatan Budi '
     'Hartono, serta Wali Kota Andi Wijaya. "Bantuan sudah diterima," tuturnya.',
     [("Joko Santoso", "PER"), ("Juliana Putri", "PER"), ("Budi Hartono", "PER"), ("Andi Wijaya", "PER")],
     "Joko Santoso"),
    ('Presiden Joko Santoso meninjau pasar. Ia datang bersama Menteri Sosial Juliana Putri. Menteri Kesehatan Budi '
     'Hartono, yang juga hadir, menilai harga stabil. "Bantuan sudah diterima," tuturnya.',
     [("Joko Santoso", "PER"), ("Juliana Putri", "PER"), ("Budi Hartono", "PER")], "Budi Hartono"),
    # the outlet of a dateline reports and does not speak; an outlet in the text may
    ('Kabarnusa - Komite Olahraga Daerah menyatakan, "Kami siap membantu atlet."',
     [("Kabarnusa", "ORG"), ("Komite Olahraga Daerah", "ORG")], "Komite Olahraga Daerah"),
    ('Kabarnusa menyatakan, "Kami siap membantu atlet."', [("Kabarnusa", "ORG")], "Kabarnusa"),
]


@pytest.mark.parametrize("text,ents,speaker", SUBJECTS)
def test_speakers_in_context(nlp, text, ents, speaker):
    found = [q for q in Q.quotes(tagged(nlp, text, ents, text.find)) if q.kind == "direct"]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize("text,speakers", [
    # a quotation left open whose next paragraph is narration does not go on into the next quotation
    ('Budi Santoso mengecam penangkapan itu. "Dia tidak melakukan kejahatan apa pun.\n\nKelompok warga menyebut '
     'penangkapan itu berlebihan.\n\n"Warga takut bersuara," kata Rina Wulandari.', ["Budi Santoso", "Rina Wulandari"]),
    # the next paragraph opens with a quotation mark: the same quotation goes on, its cue at the end
    ('Budi Santoso hadir.\n\n"Kami sudah bekerja keras sejak pagi tadi.\n\n"Semua warga sudah dievakuasi," kata '
     'Rina Wulandari.',
     ["Rina Wulandari", "Rina Wulandari"]),
])
def test_open_quotation_and_the_next_paragraph(nlp, text, speakers):
    ents = [(n, "PER") for n in ("Budi Santoso", "Rina Wulandari")]
    found = [q for q in Q.quotes(tagged(nlp, text, ents, text.find)) if q.kind == "direct"]
    assert [q.speaker for q in found] == speakers


# the subject of a reported-speech verb; entities: (text, label) to tag; the speaker of the last indirect quote
REPORTED_SUBJECTS = [
    # after an adjunct that a preposition opens, a description that a demonstrative closes is the subject: the
    # one talked about, not a name of the adjunct or of the description's modifiers
    ('"Saya didoakan," ujar Dedi Mulyana. Mengenai partai yang menyokong Dedi Mulyana - Ahmad Sulaiman, mantan '
     'artis yang dulu memerankan Si Kabayan ini mengaku komunikasi dengan pimpinan partai sudah dibangun.',
     [("Dedi Mulyana", "PER"), ("Ahmad Sulaiman", "PER")], "Dedi Mulyana"),
    ('Ratna Dewi hadir. Dalam acara itu, Budi Santoso, kepala dinas tersebut mengatakan vaksin untuk seluruh '
     'warga sudah tersedia di semua puskesmas.', [("Ratna Dewi", "PER"), ("Budi Santoso", "PER")], "Budi Santoso"),
    ('Ratna Dewi hadir. Mengenai usul Budi Santoso, Yosef Tamba mengatakan vaksin untuk seluruh warga sudah '
     'tersedia di semua puskesmas.', [("Ratna Dewi", "PER"), ("Budi Santoso", "PER"), ("Yosef Tamba", "PER")],
     "Yosef Tamba"),
    # the medium after "melalui", "lewat" or "via" does not speak
    ('Direktorat siber melalui Twitter menyatakan bahwa penyidik masih memeriksa tersangka sejak kemarin.',
     [("Twitter", "ORG")], None),
    ('Melalui kuasa hukumnya, Budi Santoso menyatakan bahwa ia tidak pernah menerima uang dari siapa pun.',
     [("Budi Santoso", "PER")], "Budi Santoso"),
]


@pytest.mark.parametrize("text,ents,speaker", REPORTED_SUBJECTS)
def test_reported_speech_subjects(nlp, text, ents, speaker):
    found = [q for q in Q.quotes(tagged(nlp, text, ents, text.find)) if q.kind == "indirect"]
    assert found and found[-1].speaker == speaker


# names that an organisation or place entity, or a capitalised run, holds with other words; (text, entities
# to tag: a one-word person mention is the last occurrence, speaker)
ENTITY_RUNS = [
    # an organisation entity that ran into the name: the name starts at the word the text gives the person,
    # with a name opener before it; an entity that opens with a name opener is the name itself; the name
    # does not go back over a word that is no name
    ('"Lahan gambut tidak cocok," kata Guru Besar Universitas Pelita Harapan Tirtan Rondonuwu. Tirtan menambahkan, '
     'lahan itu basah.', [("Universitas Pelita Harapan Tirtan Rondonuwu", "ORG"), ("Tirtan", "PER")],
     "Tirtan Rondonuwu"),
    ('Direktur RSUD Sukamaju Sri Lestiani Wulan datang. "Vaksin cukup," ungkap Lestiani.',
     [("RSUD Sukamaju Sri Lestiani Wulan", "ORG"), ("Lestiani", "PER")], "Sri Lestiani Wulan"),
    ('Kepala Dinas Kota Bogor Sri Lestiani Wulan datang. "Vaksin cukup," ungkap Wulan.',
     [("Sri Lestiani Wulan", "LOC"), ("Wulan", "PER")], "Sri Lestiani Wulan"),
    ('"Ekspor tumbuh," ujar Kepala Ekonom Riset Bank Nusa BNS Tamrin Baig. Direktur Riset Rudi Hartanto hadir.',
     [("Ekonom Riset Bank Nusa BNS Tamrin Baig", "ORG"), ("Riset Rudi Hartanto", "PER")], "Tamrin Baig"),
    # a name that is also a place word, next to its cue
    ('Direktur RSUD Sukamaju Sri Indah Wulan datang. "Vaksin cukup," ungkap Indah.',
     [("RSUD Sukamaju Sri Indah Wulan", "ORG"), ("Indah", "PER")], "Sri Indah Wulan"),
    # a form read from a capitalised run that adds the sentence's first word to a name of the table
    ('Aksi Rudi Butar Butar berunjuk rasa kemarin. Rudi Butar Butar hadir. "Saya tidak bisa datang," kata Rudi.',
     [("Rudi Butar Butar", "PER")], "Rudi Butar Butar"),
]


@pytest.mark.parametrize("text,ents,speaker", ENTITY_RUNS)
def test_names_inside_entity_runs(nlp, text, ents, speaker):
    doc = tagged(nlp, text, ents, lambda t: text.rfind(t) if " " not in t else text.find(t))
    assert [q.speaker for q in Q.quotes(doc) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("org,speaker", [
    # an organisation that holds a word the text gives a person ran into the name: the name starts there
    ("Badan Riset Nasional Bambang PS", "Bambang PS Subroto"),
    ("Badan Riset Nasional", "Bambang PS Subroto"),
])
def test_organisation_running_into_a_name(nlp, org, speaker):
    text = '"Pesawat ini ditunggu," ujar Kepala Badan Riset Nasional Bambang PS Subroto. Bambang menambahkan, siap.'
    ents = [(org, "ORG"), ("Subroto", "PER"), ("Bambang", "PER")]
    doc = tagged(nlp, text, ents, lambda t: text.rfind(t) if t == "Bambang" else text.find(t))
    assert [q.speaker for q in Q.quotes(doc) if q.kind == "direct"] == [speaker]


# reported speech: (text, entities to tag, [(content start, speaker)]); negative cases give []
REPORTED = [
    # "mengaku" reports a predicate without its subject; not inside a relative clause
    ("Rina Kartika hadir. Rina Kartika mengaku sempat kehilangan fokus di gim kedua.", [("Rina Kartika", "PER")],
     [("sempat kehilangan fokus", "Rina Kartika")]),
    ("Seorang pria yang mengaku dekat dengan penyanyi itu datang ke lokasi kemarin.", [], []),
    # a place (opening with a place head) before the verb is no speaker; the name in apposition is
    ("Seorang nasabah, Sumarni, warga Kecamatan Sukamaju, mengaku menyimpan tabungan sebesar Rp45 juta di sana.",
     [("Kecamatan Sukamaju", "LOC")], [("menyimpan tabungan", "Sumarni")]),
    # "menurut data ORG": the institution speaks; data without an institution is a source
    ("Menurut data Badan Pusat Statistik, inflasi tahunan pada Oktober tercatat 2,1 persen.",
     [("Badan Pusat Statistik", "ORG")], [("inflasi tahunan", "Badan Pusat Statistik")]),
    ("Menurut data yang dihimpun, inflasi tahunan pada Oktober tercatat 2,1 persen.", [], []),
    # a speech noun with an auxiliary after it is the subject of the reported clause
    ("Dinas Kesehatan Jawa Barat memastikan dukungan logistik vaksin untuk warga telah dikirim ke Garut.",
     [("Dinas Kesehatan Jawa Barat", "ORG")], [("dukungan logistik", "Dinas Kesehatan Jawa Barat")]),
    ("Rina Kartika mengungkapkan alasan dirinya tidak hadir dalam rapat itu.", [("Rina Kartika", "PER")], []),
    # a demonstrative closes the subject of a reported clause; existential "ada" opens one
    ("Hugo Santoso hadir. Dia mengatakan keluhan-keluhan itu disampaikan oleh kantor wilayah setempat.",
     [("Hugo Santoso", "PER")], [("keluhan-keluhan itu", "Hugo Santoso")]),
    ("Hugo Santoso menyampaikan pesan itu kepada para peserta rapat.", [("Hugo Santoso", "PER")], []),
    ("Hugo Santoso menduga ada dalang di balik kasus tersebut.", [("Hugo Santoso", "PER")],
     [("ada dalang", "Hugo Santoso")]),
    # "menurutnya" inside a sentence without commas reports what follows it
    ("Hugo Santoso hadir. Sistem itu menurutnya akan menopang pertumbuhan ekonomi nasional.",
     [("Hugo Santoso", "PER")], [("akan menopang", "Hugo Santoso")]),
    # a request after an object without a verb follows "agar"; an object with its verb is reported whole
    ("Hugo Santoso mengingatkan pemerintah daerah agar kembali pada esensi pembangunan.", [("Hugo Santoso", "PER")],
     [("kembali pada esensi", "Hugo Santoso")]),
    ("Hugo Santoso meminta pemerintah memperketat pengawasan agar pengusaha taat tidak kalah.",
     [("Hugo Santoso", "PER")], [("pemerintah memperketat", "Hugo Santoso")]),
    # the head word of the one organisation named with it speaks for it; a head word of none does not
    ("Polda Metro Jaya melarang takbir keliling. Polda mengimbau agar takbir digelar di lingkungan masing-masing.",
     [("Polda Metro Jaya", "ORG")], [("takbir digelar", "Polda Metro Jaya")]),
    ("Polda Metro Jaya melarang takbir keliling. Dinas mengimbau agar takbir digelar di lingkungan masing-masing.",
     [("Polda Metro Jaya", "ORG")], [("takbir digelar", None)]),
    # a short form that spells the first words of the one organisation named speaks for it; of another, not
    ("Dinas Kesehatan Kota Bogor mencatat 120 kasus. Dinkes mengimbau agar warga membersihkan bak air setiap pekan.",
     [("Dinas Kesehatan Kota Bogor", "ORG")], [("warga membersihkan", "Dinas Kesehatan Kota Bogor")]),
    ("Dinas Pendidikan Kota Bogor menutup sekolah. Dinkes mengimbau agar warga membersihkan bak air setiap pekan.",
     [("Dinas Pendidikan Kota Bogor", "ORG")], [("warga membersihkan", None)]),
    # the closing formula of a statement names the institution that gave it
    ("Warga yang dirugikan diminta segera melapor ke polisi, demikian keterangan resmi Badan Perlindungan Konsumen.",
     [("Badan Perlindungan Konsumen", "ORG")], [("Warga yang dirugikan", "Badan Perlindungan Konsumen")]),
    ("Warga yang dirugikan diminta segera melapor ke polisi, demikian keterangan yang dihimpun di lapangan.", [], []),
    ("Rina Kartika menyampaikan apresiasi kepada warga yang telah membantu.", [("Rina Kartika", "PER")], []),
    # a request whose object and verb "untuk" joins is reported, object and all; "untuk" before a noun is not
    ("Rina Kartika mengimbau warga yang mudik untuk memperhatikan kondisi fisik selama perjalanan.",
     [("Rina Kartika", "PER")], [("warga yang mudik untuk memperhatikan", "Rina Kartika")]),
    ("Rina Kartika meminta maaf untuk kesalahan timnya dalam pertandingan kemarin sore.",
     [("Rina Kartika", "PER")], []),
    ("Rina Kartika berupaya mengajak lebih banyak anak muda untuk bergabung dengan kelompok itu.",
     [("Rina Kartika", "PER")], []),
    ("Rina Kartika memang meminta panitia untuk mengosongkan jadwal pada hari itu.",
     [("Rina Kartika", "PER")], [("panitia untuk mengosongkan", "Rina Kartika")]),
    # content before a short cue: the speaker's name, then an adjunct of the cue; a long description is none
    ("Wisatawan dapat mengambil cuti dua hari untuk berlibur lima hari, kata Jelajahku dalam siaran persnya, "
     "Senin (14/8).", [("Jelajahku", "ORG")], [("Wisatawan dapat", "Jelajahku")]),
    ("Wisatawan dapat mengambil cuti dua hari untuk berlibur lima hari, kata banyak pemilik toko oleh-oleh khas "
     "Bali asal Denpasar itu.", [], []),
    # "dan" between the capitalised words of a title is no preposition before the name
    ("Koordinator Divisi Hukum dan Monitoring Lembaga Pantau Anggaran (LPA) Rudi Hartanto menyarankan pemerintah "
     "membentuk unit khusus.", [("Lembaga Pantau Anggaran", "ORG"), ("Rudi Hartanto", "PER")],
     [("pemerintah membentuk", "Rudi Hartanto")]),
    ("Budi Santoso dan Rudi Hartanto menyarankan pemerintah membentuk unit khusus.",
     [("Budi Santoso", "PER"), ("Rudi Hartanto", "PER")], [("pemerintah membentuk", "Budi Santoso")]),
]


@pytest.mark.parametrize("text,ents,expected", REPORTED)
def test_reported_speech(nlp, text, ents, expected):
    found = [(q.text, q.speaker) for q in Q.quotes(tagged(nlp, text, ents, text.rfind)) if q.kind == "indirect"]
    assert len(found) == len(expected), found
    for (content, speaker), (start, want) in zip(found, expected):
        assert content.startswith(start) and speaker == want


@pytest.mark.parametrize("mention,speaker", [
    # a person mention fused with another name: the person whose name shares no word with it is not meant
    ("Zulkifli Kepala Humas Polda Yusran Yunan", "Yusran Yunan"),
    # a mention that shares a word with the person stands for them
    ("Yusran Yunan", "Yusran Yunan"),
])
def test_mention_names_the_person_it_shares_words_with(nlp, mention, speaker):
    from pipeline.annotations import Entity, EntityMention, EntityTable

    text = ('Penangkapan Zulkifli Kepala Humas Polda Yusran Yunan menegaskan, tidak ada surat panggilan bagi Zulkifli. '
            '"Tidak ada lagi pemanggilan," katanya.')
    at, end = text.find(mention), text.find(" menegaskan")
    doc = nlp.make_doc(text)
    doc._.people = []
    doc._.organizations = []
    doc = nlp(doc)
    doc.ents = [doc.char_span(at, end, label="PER")]
    doc._.entities = EntityTable([Entity(0, "PER", "Zulkifli Basyir", [EntityMention(mention, at, end)]),
                                  Entity(1, "PER", "Yusran Yunan", [EntityMention("Yusran Yunan", text.find("Yusran"), end)])])
    assert [q.speaker for q in Q.quotes(doc)] == [speaker, speaker]


@pytest.mark.parametrize("text,speaker", [
    ('Sementara itu, istri Andi Wijaya mengatakan, suaminya belum pulang sejak kemarin.', None),
    ('Sementara itu, Andi Wijaya mengatakan, suaminya belum pulang sejak kemarin.', "Andi Wijaya"),
])
def test_possessor_does_not_speak(nlp, text, speaker):
    doc = nlp.make_doc(text)
    doc._.people = []
    doc._.organizations = []
    doc = nlp(doc)
    doc.ents = [doc.char_span(text.find("Andi Wijaya"), text.find("Andi Wijaya") + 11, label="PER")]
    doc._.entities = None  # the table is built again from these entities
    assert [q.speaker for q in Q.quotes(doc)] == [speaker]


def test_pronoun_skips_institutions(nlp):
    text = ('Budi Santoso menjelaskan bahwa stok beras aman sampai akhir tahun. BPOM meminta agar warga tidak '
            'panik membeli beras di pasar. Ia menambahkan, harga beras akan turun pekan depan.')
    doc = nlp.make_doc(text)
    doc._.people = []
    doc._.organizations = []
    doc = nlp(doc)
    doc.ents = [doc.char_span(text.find("BPOM"), text.find("BPOM") + 4, label="ORG")]
    doc._.entities = None  # the table is built again from these entities
    found = list(Q.quotes(doc))
    assert [q.speaker for q in found if q.cue == "menambahkan"] == ["Budi Santoso"]


@pytest.mark.parametrize("text", ['"a"b"c"d', '“”“”', '" , " ,', "”" * 50, '"x\n\n"y'])
def test_quoted_spans_never_raise(text):
    for span in Q.quoted_spans(text):
        assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("abbr,title,expected", [
    ("mensos", "menteri sosial", True),
    ("kasintel", "kasi intel kejaksaan negeri", True),
    ("menkeu", "menteri sosial", False),
    ("kapolda", "kepala dinas", False),
    ("kakanwil", "kepala kantor wilayah imigrasi", True),   # "ka", the short form of "kepala"
    ("kakanwil", "ketua kantor wilayah imigrasi", False),
])
def test_title_abbreviations(abbr, title, expected):
    assert Q._abbreviates(abbr, title.split()) is expected


@pytest.mark.parametrize("text,expected", [
    # a hard-wrapped quotation: line breaks inside it, its closing mark lines later
    ('Ia berkata.\n"Kami sudah siap sejak pagi\nuntuk membantu warga yang\nterdampak banjir," kata Budi.',
     ["Kami sudah siap sejak pagi\nuntuk membantu warga yang\nterdampak banjir"]),
    # a new line that opens a quotation ends the one left open
    ('"Kami sudah siap sejak pagi\n"Warga terdampak dibantu," kata Budi.',
     ["Kami sudah siap sejak pagi", "Warga terdampak dibantu"]),
    # a blank line ends it
    ('"Kami sudah siap sejak pagi\n\nwarga terdampak dibantu," kata Budi.', ["Kami sudah siap sejak pagi"]),
])
def test_wrapped_quotations(text, expected):
    assert [text[s.start:s.end] for s in Q.quoted_spans(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a closing mark written with a space before it, glued to the speech cue after it (text re-joined
    # from tokens): it closes the quotation, the cue follows it
    ('"Jalan itu sudah lama rusak. Kami menunggu, "kata Rina di Bogor.', ["Jalan itu sudah lama rusak. Kami menunggu"]),
    ('"Kami tidak akan mundur, "tandasnya.', ["Kami tidak akan mundur"]),
    ('"Semua siap. "ujar Yosef Tamba.', ["Semua siap."]),
    ('"Kami siap, "katanya saja lelah," ujar Rina.', ["Kami siap"]),  # a cue word first: read as closing
    # not a cue after the mark, or no quotation open: a mark that opens
    ('"Kami siap, "warga juga siap," kata Rina.', ["Kami siap", "warga juga siap"]),
    ('Ia berkata, "kata itu tidak pantas," ujar Rina.', ["kata itu tidak pantas"]),
])
def test_spaced_closing_mark(text, expected):
    assert [text[s.start:s.end] for s in Q.quoted_spans(text)] == expected


@pytest.mark.parametrize("text,pos,expected", [
    ("Sesumbar Rudi Soal Penutupan Pasar\n\nIsi berita.", 9, True),
    ("Rudi Santoso mengatakan pasar akan ditutup pekan depan.\nLalu.", 0, False),
    ("Kata Rudi: Pasar Ditutup Besok.", 5, False),   # a final stop: a sentence
])
def test_headline_lines(text, pos, expected):
    assert Q._in_headline(text, pos) is expected


@pytest.fixture(scope="module")
def nlp_furniture():
    """The rule components with ``web_leftovers`` before the quotes, as in the pipeline."""
    nlp = spacy.blank("id")
    for name in ("id_sentences", "institution_ruler", "person_ruler", "web_leftovers", "quotes"):
        nlp.add_pipe(name)
    return nlp


LEAD = "Hendra Wiratama meninjau terminal itu.\n\n"
# (text after the lead, the quotations as (start of text, speaker)): a headline a read-also cue links to is
# page furniture: its quotation is none of the article's, its names speak for nobody of the article
FURNITURE = [
    ('Baca juga:\n"Kami Tidak Akan Mundur," Kata Bupati Agus Salimin\n\n"Terminal siap dipakai," kata Hendra.',
     [("Terminal siap", "Hendra Wiratama")]),
    ('"Kami tidak akan mundur," kata Bupati Agus Salimin.\n\n"Terminal siap dipakai," kata Hendra.',
     [("Kami tidak", "Agus Salimin"), ("Terminal siap", "Hendra Wiratama")]),  # the same words as article text
    ("Baca juga: Rudi Hartanto: Sekolah Harus Dibangun\n\n"
     '"Terminal siap dipakai," ungkap pria tersebut.', [("Terminal siap", "Hendra Wiratama")]),
    ("Simak Juga:\nRudi Hartanto: Sekolah Harus Dibangun\n\n"
     "Adik dari Hendra ini pun mengaku, terminal siap dipakai pekan depan.", [("terminal siap", "Hendra Wiratama")]),
    ("Rudi Hartanto datang ke sekolah itu.\n\n"
     '"Terminal siap dipakai," ungkap pria tersebut.', [("Terminal siap", "Rudi Hartanto")]),
]


@pytest.mark.parametrize("text,expected", FURNITURE)
def test_no_quotation_or_speaker_from_page_furniture(nlp_furniture, text, expected):
    doc = nlp_furniture.make_doc(LEAD + text)
    doc._.people = []
    doc._.organizations = []
    found = nlp_furniture(doc)._.quotes
    assert [(q.text[:len(start)], q.speaker) for q, (start, _) in zip(found, expected)] == expected
    assert len(found) == len(expected)


# speakers the press names by a short form of a person introduced before, by a reflexive subject, by an
# organisation after a prepositional one, or after an abbreviated honorific; (text, entities to tag: a
# one-word mention is its last occurrence, the speakers of the quotes in order)
SHORT_SPEAKERS = [
    # initials of one person named before ("JK" for "Jusuf Kalla"), tagged or only a capitalised word
    ('Wakil Presiden Yusuf Kalbar hadir. "Anggaran cukup," kata YK.', [("Yusuf Kalbar", "PER"), ("YK", "PER")],
     ["Yusuf Kalbar"]),
    ('Wakil Presiden Yusuf Kalbar hadir.\n\nYK mengatakan, anggaran itu cukup untuk setahun.',
     [("Yusuf Kalbar", "PER")], ["Yusuf Kalbar"]),
    # two people fit the initials: none is chosen
    ('Wali Kota Yusuf Kalbar hadir. Ketua DPRD Yanti Kartika hadir. "Anggaran cukup," kata YK.',
     [("Yusuf Kalbar", "PER"), ("Yanti Kartika", "PER"), ("YK", "PER")], ["YK"]),
    # the opening letters of a word of one person ("Sandi" for "Sandiaga"), not a given name of its own
    ('Wakil Gubernur Sandiaga Wibisono meninjau lokasi.\n\nSandi menyebut, konsep penataan masih dibahas.',
     [("Sandiaga Wibisono", "PER")], ["Sandiaga Wibisono"]),
    ('Wakil Gubernur Sandiaga Wibisono meninjau lokasi. "Konsep masih dibahas," kata Sandi.',
     [("Sandiaga Wibisono", "PER")], ["Sandiaga Wibisono"]),
    # a reflexive that opens its clause is its subject; inside the clause it is an object
    ('Menteri Pertahanan Rudi Santoso datang ke Bogor.\n\nDirinya pun mengklaim sudah memiliki cara mengatasi '
     'masalah tersebut.', [("Rudi Santoso", "PER")], ["Rudi Santoso"]),
    ('Menteri Pertahanan Rudi Santoso datang ke Bogor.\n\nAndi Wijaya menyebut dirinya sudah memiliki cara '
     'mengatasi masalah tersebut.', [("Rudi Santoso", "PER"), ("Andi Wijaya", "PER")], ["Andi Wijaya"]),
    # the organisation right before the verb speaks, not the object of a preposition before it
    ('Setelah larangan itu dicabut oleh Mahkamah Agung (MA), Polda Metro Jaya mengusulkan agar Pemprov DKI '
     'mengeluarkan peraturan baru.', [("Mahkamah Agung", "ORG"), ("Polda Metro Jaya", "ORG"),
                                      ("Pemprov DKI", "ORG")], ["Polda Metro Jaya"]),
    ('Namun surat dari Kementerian Sosial menyatakan bahwa bantuan itu sudah disalurkan ke semua desa.',
     [("Kementerian Sosial", "ORG")], [None]),
    # the side of an institution ("pihak rumah sakit") speaks for the one such institution named before;
    # the institution a source comes from ("Studi dari X") speaks
    ('Korban dirawat di RSUP Harapan Kita. Polisi memeriksa saksi.\n\nPihak rumah sakit menyebut kondisi '
     'korban berangsur stabil setelah operasi.', [("RSUP Harapan Kita", "ORG")], ["RSUP Harapan Kita"]),
    ('Korban dirawat di RSUP Harapan Kita lalu dirujuk ke RSUD Sukamaju.\n\nPihak rumah sakit menyebut kondisi '
     'korban berangsur stabil setelah operasi.', [("RSUP Harapan Kita", "ORG"), ("RSUD Sukamaju", "ORG")], [None]),
    ('Studi dari Pusat Kajian Media Nusantara pada Desember 2016 menyebutkan, kecanduan media sosial membuat orang '
     'mudah depresi.', [("Pusat Kajian Media Nusantara", "ORG")], ["Pusat Kajian Media Nusantara"]),
    # a quotation without a cue whose speaker the next sentence or paragraph names by a passive speech verb
    ('Bupati Ade Suryani membuka acara.\n\n"Kami ingin semua warga mendapat layanan yang sama."\n\nHal itu '
     'disampaikan Kepala Dinas Kesehatan Mike Kaltarina saat ditemui, Senin.',
     [("Ade Suryani", "PER"), ("Mike Kaltarina", "PER")], ["Mike Kaltarina"]),
    ('Bupati Ade Suryani membuka acara.\n\n"Kami ingin semua warga mendapat layanan yang sama."\n\nHal itu '
     'terjadi saat Kepala Dinas Kesehatan Mike Kaltarina hadir, Senin.',
     [("Ade Suryani", "PER"), ("Mike Kaltarina", "PER")], ["Ade Suryani"]),
    # the agent of a passive is a subject for "-nya" (also in a relative clause: "seperti yang dilakukan X")
    ('Bupati Ade Suryani membuka acara. Acara itu dihadiri Camat Rudi Hartono. "Kami siap membantu," ujarnya.',
     [("Ade Suryani", "PER"), ("Rudi Hartono", "PER")], ["Rudi Hartono"]),
    # a name after an abbreviated honorific or degree in the cue's region
    ('"Aturan itu tidak betul," kata Ny. Isah, warga Cilodong.', [("Isah", "PER")], ["Isah"]),
    ('"Aturan itu tidak betul," kata Dr. Rina Wulandari, dosen Universitas Nusa.', [("Rina Wulandari", "PER")],
     ["Rina Wulandari"]),
    ('"Aturan itu tidak betul," ujar Prof. Rina Wulandari.', [("Rina Wulandari", "PER")], ["Rina Wulandari"]),
]


@pytest.mark.parametrize("text,ents,speakers", SHORT_SPEAKERS)
def test_short_forms_reflexives_and_honorifics(nlp, text, ents, speakers):
    doc = tagged(nlp, text, ents, lambda t: text.rfind(t) if " " not in t else text.find(t))
    assert [q.speaker for q in Q.quotes(doc)] == speakers


@pytest.mark.parametrize("text,aged", [
    ("Rina (42), warga Bekasi, datang.", [{"Rina"}]),
    ("Kata Budi Santoso (60 tahun) dan Andi Saputra Jaya Kusuma (7).", [{"Kata", "Budi", "Santoso"}, {"Andi", "Saputra", "Jaya", "Kusuma"}]),
    # negative: no age in brackets (a date, a number of four digits, an acronym)
    ("Senin (12/5) Rina datang.", []),
    ("Rina (2025) datang ke Dinas Sosial (Dinsos).", []),
    ("rina (42) datang.", []),
])
def test_aged_names(text, aged):
    assert [set(words) for words in Q.aged_names(text)] == aged
    assert Q.aged_names(text) == [frozenset(m.group(1).split()) for m in Q._AGED_NAME.finditer(text)]


# speakers across sentences (issue #14): the name an apposition describes, a source phrase before a report,
# a description with a relative clause after a cue, a quotation without a cue after another's statement;
# (text, entities to tag, speakers of all quotations in order)
ACROSS_SENTENCES = [
    # an apposition that describes the name before it (lower-case or a title) may hold other names: the
    # described name speaks; an apposition that opens with a name gives the speaker (the first is a possessor)
    ('Pasangan Rina Wulan - Hendra Kusuma melapor. Agus Salim, sekretaris tim kampanye Rina - Hendra, mengaku '
     'belum ada dana dari pihak ketiga. Dana itu berupa barang.\n\n"Masih pakai dana terbatas," katanya.',
     [("Rina Wulan", "PER"), ("Hendra Kusuma", "PER"), ("Agus Salim", "PER"), ("Rina", "PER"), ("Hendra", "PER")],
     ["Agus Salim", "Agus Salim"]),
    ('Budi Santoso, Kepala Dinas Pendidikan Kota Sukamaju Rina, mengatakan, sekolah dibuka pekan depan.',
     [("Budi Santoso", "PER"), ("Rina", "PER")], ["Budi Santoso"]),
    ('Kasus itu ditangani polisi. Kuasa hukum Sahara, Moh Zakki, mengatakan, kliennya akan hadir dalam pemeriksaan. '
     '"Kami siap hadir," katanya.', [("Sahara", "PER"), ("Moh Zakki", "PER")], ["Moh Zakki", "Moh Zakki"]),
    # the source of a report ("Berdasarkan keterangan ... X, ...") is whom a later "-nya" cue goes back to;
    # a report with no named source is not
    ('Camat Budi Santoso mengatakan, warga mulai membersihkan rumah. Berdasarkan keterangan tertulis yang '
     'disampaikan prakirawan Stasiun Klimatologi Bogor Rina Wulandari, banjir dipicu hujan lebat.\n\n'
     '"Awan hujan konvektif terus tumbuh," ujarnya.',
     [("Budi Santoso", "PER"), ("Rina Wulandari", "PER")], ["Budi Santoso", "Rina Wulandari", "Rina Wulandari"]),
    ('Camat Budi Santoso mengatakan, warga mulai membersihkan rumah. Berdasarkan laporan tersebut, banjir dipicu '
     'hujan lebat.\n\n"Awan hujan konvektif terus tumbuh," ujarnya.',
     [("Budi Santoso", "PER")], ["Budi Santoso", "Budi Santoso"]),
    ('Camat Budi Santoso mengatakan, warga mulai membersihkan rumah. Berdasarkan laporan warga kepada Rina '
     'Wulandari dan petugas, banjir dipicu hujan lebat.\n\n"Awan hujan konvektif terus tumbuh," ujarnya.',
     [("Budi Santoso", "PER"), ("Rina Wulandari", "PER")], ["Budi Santoso", "Budi Santoso"]),
    # a noun with a relative clause that a demonstrative closes, after the cue: the one talked about, whatever
    # names the clause holds; an unnamed source described without a demonstrative is no one
    ('Kiper Arga Saputra tampil gemilang. "Kami bermain bagus," ucap Arga.\n\n"Laga berikutnya lebih berat," '
     'tambah pemain yang kini memperkuat Persija Jakarta itu.', [("Arga Saputra", "PER"), ("Arga", "PER")],
     ["Arga Saputra", "Arga Saputra"]),
    ('Kiper Arga Saputra tampil gemilang. "Kami bermain bagus," ucap Arga.\n\n"Laga berikutnya lebih berat," '
     'kata seorang suporter yang datang dari Bogor itu.', [("Arga Saputra", "PER"), ("Arga", "PER")],
     ["Arga Saputra", None]),
    ('Kiper Arga Saputra tampil gemilang. "Kami bermain bagus," ucap Arga.\n\n"Laga berikutnya lebih berat," '
     'kata kiper asal Desa Sukamaju, Kecamatan Cibalong, tersebut.', [("Arga Saputra", "PER"), ("Arga", "PER")],
     ["Arga Saputra", "Arga Saputra"]),
    ('Kiper Arga Saputra tampil gemilang. "Kami bermain bagus," ucap Arga.\n\n"Laga berikutnya lebih berat," '
     'kata orang yang mengaku dekat dengan kiper itu.', [("Arga Saputra", "PER"), ("Arga", "PER")],
     ["Arga Saputra", None]),
    ('Kiper Arga Saputra tampil gemilang. "Kami bermain bagus," ucap Arga.\n\n"Laga berikutnya lebih berat," '
     'bunyi spanduk yang dipasang suporter.', [("Arga Saputra", "PER"), ("Arga", "PER")], ["Arga Saputra", None]),
    # a quotation without a cue after someone else's reported statement goes on with that statement
    ('"Makin susah dapat penumpang," ujar Rachmat Adin.\n\nPengamat transportasi Ellen Tangkudung mengatakan, '
     'dinas belum menjelaskan batas penumpang.\n\n"Semestinya dinas menjabarkan kapasitas maksimal."',
     [("Rachmat Adin", "PER"), ("Ellen Tangkudung", "PER")], ["Rachmat Adin", "Ellen Tangkudung", "Ellen Tangkudung"]),
    ('"Makin susah dapat penumpang," ujar Rachmat Adin.\n\nKepadatan penumpang terjadi pada jam sibuk.\n\n'
     '"Semestinya dinas menjabarkan kapasitas maksimal."', [("Rachmat Adin", "PER")],
     ["Rachmat Adin", "Rachmat Adin"]),
    # a text that names no one: a -nya cue goes to the institution opening the sentence before, not to a
    # capitalised common word; with a person named, the person
    ('Akses menuju jembatan ditutup mulai hari ini.\n\nPemkot Sukamaju meminta maaf kepada masyarakat atas '
     'ketidaknyamanan.\n\n"Mohon maaf atas ketidaknyamanan selama pekerjaan berlangsung," imbuhnya.',
     [("Pemkot Sukamaju", "ORG")], ["Pemkot Sukamaju"]),
    ('Kepala Dinas Rudi Hartono mengatakan, perbaikan jembatan selesai pekan depan. Pemkot Sukamaju meminta maaf '
     'kepada masyarakat.\n\n"Mohon maaf atas ketidaknyamanan selama pekerjaan berlangsung," imbuhnya.',
     [("Rudi Hartono", "PER"), ("Pemkot Sukamaju", "ORG")], ["Rudi Hartono", "Rudi Hartono"]),
]


@pytest.mark.parametrize("text,ents,speakers", ACROSS_SENTENCES)
def test_speakers_across_sentences(nlp, text, ents, speakers):
    doc = tagged(nlp, text, ents, lambda t: text.rfind(t) if " " not in t else text.find(t))
    assert [q.speaker for q in Q.quotes(doc)] == speakers


# a short name that the text writes right before the whole name of one person of the table (whose first
# names an organisation's name took) is that person, renamed with it in front, in every quotation;
# (text, entities to tag, speakers)
WRITTEN_BEFORE = [
    ('Dekan Fakultas Hukum Universitas Nusa Raya Flora Pricilia Kalalo mengatakan, aturan itu mendorong '
     'pemerataan usaha. Menurut Flora, kemudahan itu menciptakan stabilitas.',
     [("Universitas Nusa Raya Flora", "ORG"), ("Pricilia Kalalo", "PER")],
     ["Flora Pricilia Kalalo", "Flora Pricilia Kalalo"]),
    # two people the word could open, or a name already of four words: no renaming
    ('Kepala Dinas Nusa Budi Santoso mengatakan, jalan itu akan diperbaiki tahun ini. Ketua Tim Raya Budi Hartono '
     'mengatakan, dana perbaikan sudah tersedia. Menurut Budi, pekerjaan selesai bulan depan.',
     [("Dinas Nusa Budi", "ORG"), ("Santoso", "PER"), ("Tim Raya Budi", "ORG"), ("Hartono", "PER")],
     ["Santoso", "Hartono", "Budi"]),
    ('Direktur PT Nusa Raya Flora Pricilia Anggun Sari Kalalo mengatakan, pabrik itu akan dibuka tahun ini. '
     'Menurut Flora, pabrik menyerap 200 pekerja.', [("PT Nusa Raya Flora", "ORG"),
                                                     ("Pricilia Anggun Sari Kalalo", "PER")],
     ["Pricilia Anggun Sari Kalalo", "Flora"]),
]


@pytest.mark.parametrize("text,ents,speakers", WRITTEN_BEFORE)
def test_short_name_written_before_a_table_name(nlp, text, ents, speakers):
    doc = tagged(nlp, text, ents, text.find)
    assert [q.speaker for q in Q.quotes(doc)] == speakers


@pytest.mark.parametrize("text,name,elsewhere,expected", [
    ("Dekan Universitas Nusa Flora Pricilia Kalalo hadir. Menurut Flora, ...", "Flora", None, "Pricilia Kalalo"),
    # a word that a place or an organisation holds elsewhere is not a first name
    ("Wali Kota Sukamaju Pricilia Kalalo hadir. Dinas Kesehatan Sukamaju mencatat ...", "Sukamaju",
     (58, 66), None),
    # a title or other non-name word, or a name the person's name does not follow, is none
    ("Wali Kota Pricilia Kalalo hadir.", "Kota", None, None),
    ("Flora hadir. Pricilia Kalalo juga hadir.", "Flora", None, None),
])
def test_written_after(text, name, elsewhere, expected):
    from pipeline.annotations import Entity, EntityMention, EntityTable
    person = Entity(0, "PER", "Pricilia Kalalo")
    person.mentions.append(EntityMention("Pricilia Kalalo", text.find("Pricilia"), text.find("Pricilia") + 15, "name"))
    people = Q._TablePeople(EntityTable([person]))
    def other(s, e):
        return elsewhere is not None and elsewhere[0] <= s and e <= elsewhere[1]

    found = people.written_after(name, text, other)
    assert (found.name if found else None) == expected


# reported speech the genre writes short or after a sentence-opening cue (issue #14); (text, entities,
# expected [(content start, speaker)]) of the indirect quotations
REPORTED_SHORT = [
    # a clause of three words with its predicate second, or after "bahwa"; not a conjunction's phrase
    ("Istri korban, Nurhayati Alam, berharap pelaku dihukum setimpal.", [("Nurhayati Alam", "PER")],
     [("pelaku dihukum setimpal", "Nurhayati Alam")]),
    ("Terdakwa Budi Santoso bersikap sopan serta mengakui dan menyesali perbuatannya.", [("Budi Santoso", "PER")], []),
    ("Selama berharap, ia bekerja serabutan di pasar.", [], []),
    # a speech noun with a demonstrative after a comma is the subject of the reported clause
    ("Djarot Santoso menerangkan, imbauan itu untuk mengantisipasi efek negatif tawuran.",
     [("Djarot Santoso", "PER")], [("imbauan itu", "Djarot Santoso")]),
    ("Djarot Santoso menyampaikan imbauan itu kepada para remaja di masjid.", [("Djarot Santoso", "PER")], []),
    # "memandang" reports speech after a comma or "bahwa" only
    ("Sebab Edi Santoso memandang, tarif kereta bandara semestinya kompetitif dengan moda lain.",
     [("Edi Santoso", "PER")], [("tarif kereta", "Edi Santoso")]),
    ("Sebagian warga memandang sebelah mata dengan menduga bahwa mereka digerakkan pihak lain.", [], []),
    # a continuation cue opening the sentence before a comma: the last speaker goes on; "Katanya," and
    # "Jelasnya," (hearsay, a summing up) report nothing there
    ("Anggota DPRD Bestari Barus menegaskan, perda itu akan segera terbit. Sambungnya, staf ahli sangat "
     "dibutuhkan untuk menunjang kinerja.", [("Bestari Barus", "PER")],
     [("perda itu", "Bestari Barus"), ("staf ahli", "Bestari Barus")]),
    ("Anggota DPRD Bestari Barus hadir. Katanya, staf ahli sangat dibutuhkan untuk menunjang kinerja.",
     [("Bestari Barus", "PER")], []),
    # a source phrase opening the sentence reports the clause after it when a named person or organisation
    # closes it before the comma; an unnamed source or a name followed by more words reports nothing
    ("Berdasar penjelasan dari laman Pemerintah Kabupaten Sukamaju, pendaftaran dibuka sampai tanggal 28.",
     [("Pemerintah Kabupaten Sukamaju", "ORG")], [("pendaftaran dibuka", "Pemerintah Kabupaten Sukamaju")]),
    ("Berdasarkan keterangan tertulis yang disampaikan prakirawan BMKG Rina Wulandari, banjir dipicu hujan lebat.",
     [("BMKG", "ORG"), ("Rina Wulandari", "PER")], [("banjir dipicu", "Rina Wulandari")]),
    ("Berdasarkan laporan keuangan perusahaan, pendapatan usahanya tembus Rp 1,3 triliun.", [], []),
    ("Berdasarkan laporan BPS tahun lalu, pendapatan warga naik tiga persen.", [("BPS", "ORG")], []),
    # who gathered or received the information, the outlet of the dateline, a list of names: no source
    ("Berdasarkan informasi yang dihimpun Tim Pemantau Pasar, harga cabai naik tiga kali lipat.",
     [("Tim Pemantau Pasar", "ORG")], []),
    ("SUKAMAJU, WARTANUSA — Jalan ditutup.\n\nBerdasarkan catatan Wartanusa, kecelakaan serupa pernah terjadi di "
     "sana.", [("WARTANUSA", "ORG"), ("Wartanusa", "ORG")], []),
    ("Mengutip siaran pers dari Biro Pers, Media, dan Informasi Sekretariat Presiden, acara berlangsung lancar.",
     [("Biro Pers", "ORG")], []),
]


@pytest.mark.parametrize("text,ents,expected", REPORTED_SHORT)
def test_short_and_opening_reported_speech(nlp, text, ents, expected):
    test_reported_speech(nlp, text, ents, expected)


@pytest.mark.parametrize("forms, widest", [
    # two widest forms of one length: both kept, in text order, so the speaker read is the same in every run
    ([(10, "Putri Lestari"), (50, "Hantu Lestari"), (90, "Lestari")], ["Putri Lestari", "Hantu Lestari"]),
    ([(10, "Hantu Lestari"), (50, "Putri Lestari"), (90, "Lestari")], ["Hantu Lestari", "Putri Lestari"]),
    # a form inside a wider one is no widest form
    ([(10, "Lestari"), (50, "Dewi Lestari"), (90, "Lestari")], ["Dewi Lestari"]),
])
def test_fullest_forms_keep_text_order(forms, widest):
    from pipeline.extract.quotes import _Names

    names = object.__new__(_Names)
    names.forms_by_word = {}
    for pf in forms:
        for w in set(pf[1].split()):
            names.forms_by_word.setdefault(w, []).append(pf)
    names.form_words = sorted(names.forms_by_word)
    names._table_names = set()
    holding, found = names._fullest_forms("Lestari")
    assert holding == sorted(forms)
    assert found == widest


# a passive of a reporting verb that opens the sentence before a comma reports the clause after it: no speaker,
# or the agent named between verb and comma; a passive after its subject, a source ("Dikutip dari") or an
# unnamed phrase before the comma reports nothing
REPORTED_PASSIVE = [
    ("Tarif tol naik pekan ini. Dijelaskan lebih lanjut, tarif terendah adalah Rp 10.000.", [],
     [("tarif terendah", None)]),
    ("Toko itu sudah tutup. Diberitakan sebelumnya, penyerangan terhadap sopir itu terjadi saat unjuk rasa.", [],
     [("penyerangan terhadap", None)]),
    ("Dijelaskan Rina Wulandari, hutan yang berada di tanah vulkanik tersebut unik dan cantik.",
     [("Rina Wulandari", "PER")], [("hutan yang", "Rina Wulandari")]),
    ("Dikutip dari Harian Sukamaju, pembangunan jalan itu molor tiga bulan.", [("Harian Sukamaju", "ORG")], []),
    ("Disebut dalam laporan itu, pembangunan jalan molor tiga bulan.", [], []),
    ("Diungkapkan oleh Rina Wulandari, persiapan lelang kapal itu sudah berlangsung dengan baik.",
     [("Rina Wulandari", "PER")], [("persiapan lelang", "Rina Wulandari")]),
    ("Diungkapkan oleh warga, jalan itu rusak sejak tahun lalu.", [], []),
    ("Taman Buku Sukamaju disebut bisa menjadi pengganti toko itu.", [], []),
]


# "meminta X <predicate>": a negated predicate and an object listed with commas before its verb are reported;
# a refusal before the speech verb ("enggan", "tak mau", "menolak") reports nothing; a clause without its
# subject may open with an auxiliary ("mengatakan perlu ...")
REPORTED_REQUESTS = [
    ("Bupati Sukamaju Rudi Hartono meminta warga tidak kembali ke rumah yang retak sebelum diperiksa petugas.",
     [("Rudi Hartono", "PER")], [("warga tidak kembali", "Rudi Hartono")]),
    ("Camat Budi Santoso meminta para lurah, kepala desa, dan tokoh agama membantu meyakinkan orang tua.",
     [("Budi Santoso", "PER")], [("para lurah", "Budi Santoso")]),
    ("Budi Santoso meminta maaf kepada warga, tokoh agama, dan pedagang pasar.", [("Budi Santoso", "PER")], []),
    ("Namun Rina Wulandari masih enggan menyebutkan pasangan mana yang diduga melanggar aturan.",
     [("Rina Wulandari", "PER")], []),
    ("Rina Wulandari tak mau memastikan kapan lembaga itu akan menyampaikan hasilnya kepada publik.",
     [("Rina Wulandari", "PER")], []),
    ("Rina Wulandari menolak menjelaskan berapa besar uang yang diterima pejabat itu.", [("Rina Wulandari", "PER")],
     []),
    ("Namun Budi Santoso mengatakan perlu penelitian lebih lanjut soal penyakit itu.", [("Budi Santoso", "PER")],
     [("perlu penelitian", "Budi Santoso")]),
]


# general speech verbs of the press (quote_verbs.txt, session 13): a clause after them is reported, a noun
# phrase is not
REPORTED_VERBS_13 = [
    ("Utusan khusus Rina Wulandari menyerukan agar komunitas internasional menghentikan perang itu.",
     [("Rina Wulandari", "PER")], [("komunitas internasional", "Rina Wulandari")]),
    ("Pengamat otomotif Budi Santoso mencontohkan, untuk model yang laris tentu harga jual kembalinya lebih baik.",
     [("Budi Santoso", "PER")], [("untuk model", "Budi Santoso")]),
    ("Teguh Pratama mengeklaim waktu melaut para nelayan berkurang rata-rata 20 persen.", [("Teguh Pratama", "PER")],
     [("waktu melaut", "Teguh Pratama")]),
    ("Budi Santoso mengharapkan para importir dapat menjalin hubungan dengan produsen kopi.",
     [("Budi Santoso", "PER")], [("para importir", "Budi Santoso")]),
    ("Budi Santoso mencontohkan kasus di Sukamaju.", [("Budi Santoso", "PER")], []),
    ("Diharapkan, warga dapat memahami fungsi alat keselamatan itu.", [], []),
    # a denial whose content is a predicate without its subject, opened by a verb; a noun phrase is no content
    ("Ketua DPRD Budi Santoso membantah menunjuk pengusaha Agus Wibowo sebagai orang kepercayaannya.",
     [("Budi Santoso", "PER"), ("Agus Wibowo", "PER")], [("menunjuk pengusaha", "Budi Santoso")]),
    ("Ketua DPRD Budi Santoso membantah tuduhan jaksa dalam sidang kemarin.", [("Budi Santoso", "PER")], []),
    # a noun of what was said or asked before its modifiers is an object, not a clause
    ("Penyanyi Rina Wulandari menjawab dugaan tersebut ketika diwawancara oleh majalah musik itu.",
     [("Rina Wulandari", "PER")], []),
    ("Rina Wulandari mengatakan dugaan korupsi itu masih diselidiki oleh kejaksaan.", [("Rina Wulandari", "PER")],
     [("dugaan korupsi", "Rina Wulandari")]),
    # after "mengatakan" a bare complement without an affixed verb is a clause; not a speech noun or an adjunct
    ("Direktur Utama Agus Wibowo mengatakan sekitar 18.000 penonton hadir selama tiga hari.", [("Agus Wibowo", "PER")],
     [("sekitar 18.000", "Agus Wibowo")]),
    ("Agus Wibowo mengatakan hal itu kepada wartawan di Sukamaju.", [("Agus Wibowo", "PER")], []),
    ("Agus Wibowo mengatakan kepada wartawan di Sukamaju kemarin sore.", [("Agus Wibowo", "PER")], []),
    # a question word right after a speech verb that asks nothing opens a topic, not a claim
    ("Menteri Agus Wibowo kemudian mencontohkan mengapa pemerintahan lama dapat bertahan selama 32 tahun.",
     [("Agus Wibowo", "PER")], []),
    ("Rina Wulandari menyampaikan bagaimana ponsel ini diracik agar ringan dan tipis.", [("Rina Wulandari", "PER")], []),
    ("Hakim Budi Santoso menanyakan apakah terdakwa pernah datang ke rumahnya.", [("Budi Santoso", "PER")],
     [("apakah terdakwa", "Budi Santoso")]),
    # "mengajak X (untuk) <verb>" and "berjanji" + clause report (convention of session 14); an invitation of
    # a noun phrase alone, a promise of a thing, an adjective or a bare verb phrase after "berjanji" do not
    ("Budi Santoso mengajak rekan-rekannya untuk kembali fokus mempersiapkan diri menjelang laga perdana.",
     [("Budi Santoso", "PER")], [("rekan-rekannya untuk kembali", "Budi Santoso")]),
    ("Untuk itu, Budi Santoso mengajak masyarakat agar bisa membentengi diri dari berita bohong.",
     [("Budi Santoso", "PER")], [("bisa membentengi", "Budi Santoso")]),
    ("Budi Santoso mengajak istri dan anaknya ke pantai pada akhir pekan itu.", [("Budi Santoso", "PER")], []),
    ("Kapolri Agus Wibowo berjanji akan memperbaiki komunikasi dengan lembaga itu.", [("Agus Wibowo", "PER")],
     [("akan memperbaiki komunikasi", "Agus Wibowo")]),
    ("Agus Wibowo berjanji penutupan tempat hiburan itu bakal dimasukkan dalam program kerjanya.",
     [("Agus Wibowo", "PER")], [("penutupan tempat hiburan", "Agus Wibowo")]),
    ("Agus Wibowo berjanji untuk menuntaskan pembangunan jembatan di desa itu.", [("Agus Wibowo", "PER")],
     [("menuntaskan pembangunan", "Agus Wibowo")]),
    ("Agus Wibowo berjanji setia kepada rakyat dan negara kesatuan.", [("Agus Wibowo", "PER")], []),
    ("Agus Wibowo berjanji kepada warga di Desa Sukamaju tersebut.", [("Agus Wibowo", "PER")], []),
    ("Bupati Rina Wulandari berjanji menaikkan insentif dokter spesialis menjadi Rp25 juta per bulan.",
     [("Rina Wulandari", "PER")], [("menaikkan insentif", "Rina Wulandari")]),
    # "mengajak" asks only before "untuk"/"agar" + verb: taking someone along, or a plan to invite, is no appeal
    ("Budi Santoso mengajak anak-anaknya berlibur ke pantai Kuta pada akhir pekan ini.", [("Budi Santoso", "PER")],
     []),
    ("Budi Santoso ingin mengajak investor untuk membangun pabrik di daerah itu.", [("Budi Santoso", "PER")], []),
    # a threat reports "(akan) <verb>"; a threat of a thing, or a comma after the verb's adjunct, does not
    ("Ketua serikat pekerja Rina Wulandari mengancam akan mogok kerja bila upah tidak naik.",
     [("Rina Wulandari", "PER")], [("akan mogok kerja", "Rina Wulandari")]),
    ("Penyerang Rina Wulandari mengancam gawang lawan sejak menit pertama pertandingan.", [("Rina Wulandari", "PER")],
     []),
    ("Tim tamu konsisten mengancam lewat serangan balik cepat, terutama melalui pergerakan kedua sayapnya.", [], []),
    ("Namun perusahaan itu menjanjikan kemampuan kamera yang cukup baik untuk foto swafoto.", [], []),
]


# "menurut" + a title or occupation in small letters + its holder's name: the holder speaks; a small-letter
# noun phrase that no name follows, or a name that opens a clause of its own, gives no such speaker
REPORTED_MENURUT_TITLED = [
    ("Sementara itu, menurut pengamat pangan, Anton Wibowo, fenomena La Nina belum pasti merugikan petani.",
     [("Anton Wibowo", "PER")], [("fenomena La Nina", "Anton Wibowo")]),
    ("Alokasi selama 60 hari, menurut ketua Pansus DPRD Agus Saputra, di antaranya untuk rapat Rp 582 juta.",
     [("Agus Saputra", "PER")], [("di antaranya", "Agus Saputra")]),
    ("Menurut aturan yang berlaku di Sukamaju, setiap warga wajib membayar pajak.", [], []),
    # a capitalised title, its comma, the holder's name and a comma: the content starts after the name
    ("Menurut Gubernur Sulawesi Selatan, Agus Wibowo, perusahaan itu mengeksploitasi sumber daya alam di sana.",
     [("Agus Wibowo", "PER")], [("perusahaan itu", "Agus Wibowo")]),
    # a name inside the title phrase that goes on after it is no holder (an epithet whose brackets _MENURUT_EPITHET
    # does not read gives no quote; one closed plainly refers back)
    ('"Kami akan cari solusi," kata arkeolog Sari Lestari. Menurut dosen Universitas Sukamaju (Unsuk) ini, sudah '
     'banyak bukti sejarah di lokasi tersebut.', [("Sari Lestari", "PER"), ("Unsuk", "PER")], []),
    ("Penyanyi Rina Wulandari menjawab dugaan itu. Menurut pelantun Bintang Senja tersebut, album barunya sepenuhnya "
     "tentang dia.", [("Rina Wulandari", "PER"), ("Bintang Senja", "PER")], [("album barunya", "Rina Wulandari")]),
]


@pytest.mark.parametrize("text,ents,expected",
                         REPORTED_PASSIVE + REPORTED_REQUESTS + REPORTED_VERBS_13 + REPORTED_MENURUT_TITLED)
def test_reported_speech_session_13(nlp, text, ents, expected):
    test_reported_speech(nlp, text, ents, expected)


# speakers (session 13): an epithet closed by a demonstrative and "lagi" refers back; a small-letter title that
# a demonstrative closes too. (Session 13's abbreviated title inside an apposition, "Plt.", and its small-letter
# title without a holder as someone unnamed were taken back in session 14: tune only, no held-out support.)
SPEAKERS_13 = [
    ('Pengusaha Agus Wibowo bercerita soal masa lalunya. "Kemudian saya sadar semua terjadi seperti ini," '
     'imbuh pria terkaya di kota ini lagi.', [("Agus Wibowo", "PER")], ["Agus Wibowo"]),
    ('Anggota DPRD Budi Santoso hadir di lokasi. "Kami telah diberitahu tentang suara aneh itu," kata politikus '
     'itu.', [("Budi Santoso", "PER")], ["Budi Santoso"]),
]


SPEAKERS_13 += [
    # a proper name after a fronted participle clause speaks; a name after ", dan" opens its own clause, and a
    # verb after ", dan" keeps the clause's subject; a speech verb after a short cue and a comma goes on with the
    # quotation's speaker
    ("Organisasi pecinta hewan Sahabat Satwa melakukan investigasi. Melihat penyiksaan tersebut, SATWANESIA "
     "mengimbau pemerintah untuk membuat aturan yang melarang mutilasi hewan.", [], ["SATWANESIA"]),
    ("Pelatih Agus Wibowo bicara soal tur. Tur itu diwarnai derby Sukamaju antara Persikmaju dan Persijati pada 20 "
     "Juli, dan Wibowo mengaku sudah tidak sabar lagi memainkannya.", [("Agus Wibowo", "PER"), ("Wibowo", "PER")],
     ["Agus Wibowo"]),
    ("Anggota DPD Rina Wulandari mengucapkan terima kasih atas keberhasilan itu, dan berharap agar pemerintah pusat "
     "lebih melibatkan masyarakat.", [("Rina Wulandari", "PER")], ["Rina Wulandari"]),
    ('Deputi Gubernur Budi Santoso hadir. "Inflasi beras di Sukamaju telah mencapai 29 persen," katanya, menambahkan '
     'selain Sukamaju, Karangjati juga mencatatkan inflasi beras tinggi.', [("Budi Santoso", "PER")],
     ["Budi Santoso", "Budi Santoso"]),
]


SPEAKERS_13 += [
    # "menurutnya" is no verb: the name before it in the sentence before is no subject
    ("Sebelumnya Agus Wibowo mangkir. Budi Santoso saat itu mengatakan, penyidik belum mendapat konfirmasi dari kuasa "
     "hukum Agus terkait mangkirnya Agus. Bahkan, menurutnya, kuasa hukum pun tidak mengetahui keberadaan Agus saat itu.",
     [("Agus Wibowo", "PER"), ("Budi Santoso", "PER"), ("Agus", "PER")], ["Budi Santoso", "Budi Santoso"]),
]


SPEAKERS_13 += [
    # a quotation left open at the end of the text goes on with the one talked about before it
    ('Atase Pers Agus Wibowo hadir di Sukamaju.\n\nMenurut Agus dana kemitraan itu sejak 2011 sekitar 600 ribu euro.'
     '\n\n"Dana tersebut diberikan pada lembaga itu kemudian diteruskan ke kantor perwakilannya.',
     [("Agus Wibowo", "PER"), ("Agus", "PER")], ["Agus Wibowo", "Agus Wibowo"]),
]


@pytest.mark.parametrize("text,ents,speakers", SPEAKERS_13)
def test_speakers_session_13(nlp, text, ents, speakers):
    found = [q.speaker for q in Q.quotes(tagged(nlp, text, ents, text.rfind))]
    assert found == speakers, found


# a weak mention (a capitalised word no person entity covers) that an earlier cue made a speaker is a person:
# a "-nya" cue after it does not fall back to the institution that opens an earlier sentence (session 14)
@pytest.mark.parametrize("name,pos,spoken", [("Ekhel", 20, True), ("Ekhel", 10, False), ("Ekhel", 5, False),
                                             ("Belanjaku", 20, False)])
def test_has_spoken(name, pos, spoken):
    resolver = Q._Resolver.__new__(Q._Resolver)
    resolver.events = [(10, "Ekhel", 5, 10)]
    assert resolver.has_spoken(name, pos) is spoken


# speakers (session 14): a title phrase after a cue that a demonstrative closes is an epithet of the one talked
# about (a capitalised word of its organisation is no holder; a person named in it, or a phrase without the
# demonstrative, names one); people listed after a copula are no antecedent of "-nya"
SPEAKERS_14 = [
    ('Profesor Budi Santoso hadir di acara itu. "Kami akan segera memperbaiki jalan itu," kata Guru Besar Fakultas '
     'Teknik Universitas Sukamaju itu.', [("Budi Santoso", "PER"), ("Universitas Sukamaju", "ORG")], ["Budi Santoso"]),
    ('Profesor Budi Santoso hadir di acara itu. "Kami akan segera memperbaiki jalan itu," kata Guru Besar Fakultas '
     'Bahasa dan Seni Unsuk itu.', [("Budi Santoso", "PER")], ["Budi Santoso"]),
    ('Profesor Budi Santoso hadir di acara itu. "Kami akan segera memperbaiki jalan itu," kata Kepala Dinas '
     'Pekerjaan Umum Sukamaju Agus Wibowo.', [("Budi Santoso", "PER"), ("Agus Wibowo", "PER")], ["Agus Wibowo"]),
    # the people a sentence lists after its copula are plural: no antecedent of "-nya", the speaker before goes on
    ('Kapolda Budi Santoso mengatakan para pelaku sudah ditangkap. Keempat orang yang diamankan tersebut adalah '
     'Agus Wibowo alias Agus; Rudi Hartanto; Dimas Saputra alias Ali; dan Yusuf Lubis. "Kelompok ini bermain '
     'keruh," ujarnya.', [("Budi Santoso", "PER"), ("Agus Wibowo", "PER"), ("Rudi Hartanto", "PER"),
                         ("Dimas Saputra", "PER"), ("Yusuf Lubis", "PER")], ["Budi Santoso", "Budi Santoso"]),
    ('Kapolda Budi Santoso mengatakan para pelaku sudah ditangkap. Salah satu tersangka adalah Agus Wibowo. '
     '"Saya tidak tahu apa-apa," ujarnya.', [("Budi Santoso", "PER"), ("Agus Wibowo", "PER")],
     ["Budi Santoso", "Agus Wibowo"]),
]


@pytest.mark.parametrize("text,ents,speakers", SPEAKERS_14)
def test_speakers_session_14(nlp, text, ents, speakers):
    test_speakers_session_13(nlp, text, ents, speakers)
