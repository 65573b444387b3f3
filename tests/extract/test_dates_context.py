"""Tests for the date component on shapes met in unseen text (issue 16): the context of a date decides
its year, whether it is one, and where its mention starts. Invented sentences only."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import date_mentions

MAY = "2025-05-19"  # a Monday
SEP = "2025-09-04"
OCT = "2026-10-08"
MAR = "2026-03-19"


def found(text: str, anchor: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in date_mentions(text, dt.date.fromisoformat(anchor))]


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        # a day without a year: the nearest, but the anchor's year when it is at most a month further
        ("Konser di Bandung tepatnya 23 November.", MAY, [("23 November", "2025-11-23")]),
        ("Pameran dibuka 20 Desember.", "2025-06-20", [("20 Desember", "2025-12-20")]),
        ("Pameran dibuka 20 Desember.", "2025-05-10", [("20 Desember", "2024-12-20")]),
        ("Lomba itu digelar 28 Desember.", "2026-01-05", [("28 Desember", "2025-12-28")]),
        ("Panen raya pada 2 Januari.", "2025-12-20", [("2 Januari", "2026-01-02")]),
        ("Harga naik pada bulan Februari.", "2025-10-03", [("bulan Februari", "2026-02")]),
        ("Harga naik pada bulan Februari.", "2025-08-03", [("bulan Februari", "2025-02")]),
        ("Gaji baru berlaku mulai Januari.", "2025-11-21", [("Januari", "2026-01")]),
        # sejak: the last such month or day, never the next one
        ("Uang diserahkan bertahap sejak Maret.", OCT, [("Maret", "2026-03")]),
        ("Ia dirawat sejak 3 Juli.", "2026-01-10", [("3 Juli", "2025-07-03")]),
        ("Jalan ditutup sejak Oktober.", OCT, [("Oktober", "2026-10")]),
        ("Aturan itu akan berlaku sejak 1 Januari.", "2025-12-20", [("1 Januari", "2026-01-01")]),
        # "ini" after a month: the anchor's year
        ("Kelas dibuka pada akhir Februari ini.", "2016-10-03", [("akhir Februari ini", "2016-02")]),
        # a future marker: the next such month
        ("Gedung itu akan diresmikan pada Maret.", OCT, [("Maret", "2027-03")]),
        # two days without a year joined in a range share the year read for the first
        ("serangan sejak Minggu (24/8) hingga Senin (25/8) ini", "2014-08-26",
         [("Minggu (24/8) hingga Senin (25/8)", "2014-08-24/2014-08-25")]),
        ("sejak 8 Juli hingga 2 Agustus", "2016-06-15", [("8 Juli hingga 2 Agustus", "2015-07-08/2015-08-02")]),
        # a day name still decides between two years
        ("Rapat digelar Senin (26/5).", MAY, [("Senin (26/5)", "2025-05-26")]),
    ],
)
def test_year_of_a_date_without_year(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        # the preposition is not part of the mention, so one date said twice is one expression
        ("Ia tampil sejak 1996. Pada 1996 pula ia juara.", MAY, [("1996", "1996")]),
        ("Rapat digelar pada Selasa. Hasilnya diumumkan Selasa, kata dia.", "2017-10-17",
         [("Selasa", "2017-10-17")]),
        ("persaingan makin ketat menjelang tahun 2029", MAY, [("tahun 2029", "2029")]),
        ("Kelas dibuka mulai Senin (8/9).", SEP, [("Senin (8/9)", "2025-09-08")]),
        # "tahun" and edge words stay: they are part of the expression
        ("pada tahun 2020 dan akhir 2021", MAY, [("tahun 2020", "2020"), ("akhir 2021", "2021")]),
        # ranges keep both ends, the preposition before them left out
        ("sejak 2013 hingga 2022", MAY, [("2013 hingga 2022", "2013/2022")]),
        ("sejak Januari hingga 3 September 2025 tercatat 900 kasus", SEP,
         [("Januari hingga 3 September 2025", "2025-01/2025-09-03")]),
        ("mulai November hingga 10 Februari 2026", "2026-02-20",
         [("November hingga 10 Februari 2026", "2025-11/2026-02-10")]),
    ],
)
def test_mention_extent_and_ranges(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        # years after a measure noun or a comparison word, lists included; the mention is the year
        ("perkiraan inflasi 2017 rendah serta inflasi 2018 dan 2019 stabil", "2017-10-17",
         [("2017", "2017"), ("2018", "2018"), ("2019", "2019")]),
        ("Produksi turun 4 persen dibandingkan 2016.", "2017-08-11", [("2016", "2016")]),
        ("Stok masih mencukupi untuk 2017.", "2017-08-11", [("2017", "2017")]),
        ("Kita harus kembali ke 1992.", "2017-02-17", [("1992", "1992")]),
        ("Ia juara pada musim 1979.", "2017-02-17", [("1979", "1979")]),
        ("Nilai ekspor 2024-2025 naik.", "2025-06-18", [("2024-2025", "2024/2025")]),
        ("inflasi tahun 2017 rendah", "2017-10-17", [("tahun 2017", "2017")]),
        # an edge of a season of two years: its first or second year; a longer span stays a range
        ("terdegradasi pada pengujung 2015-2016", "2017-06-12", [("pengujung 2015-2016", "2016")]),
        ("sejak awal 2015/2016 ia bermain", "2017-06-12", [("awal 2015/2016", "2015")]),
        ("pada pertengahan 2015-2016", "2017-06-12", [("pertengahan 2015-2016", "2015/2016")]),
        ("hingga akhir 2015-2018", "2017-06-12", [("akhir 2015-2018", "2015/2018")]),
        # budget and wage nouns, with one qualifying word before the year
        ("diusulkan dalam APBD Perubahan 2026 bersama DPRD", "2026-06-10", [("APBD Perubahan 2026", "2026")]),
        ("UMP Sumbar 2026 naik 6,5 persen", "2025-11-21", [("UMP Sumbar 2026", "2026")]),
        ("pendaftaran beasiswa tahap 2 tahun 2026 dibuka", "2026-07-01", [("tahun 2026", "2026")]),
        # a relative year after a name is still a date; after a part of a year it is that part's comparison
        ("bonus peraih emas tahun ini naik", "2024-09-05", [("tahun ini", "2024")]),
        ("Mantan atlet yang pensiun tahun lalu itu kini melatih.", "2017-07-03", [("tahun lalu", "2016")]),
        # consecutive months in a list without a year
        ("Tur itu singgah di Australia pada November dan Desember.", MAY, [("November dan Desember", "2025-11/2025-12")]),
        # "kemarin" in formal speech, or in casual narration outside the quotation, is the day before
        ('"Pemain itu sedikit cedera kemarin," ujar pelatih.', OCT, [("kemarin", "2026-10-07")]),
        ('Ia tiba kemarin. "Seru banget," katanya.', OCT, [("kemarin", "2026-10-07")]),
        ('“Kami tiba kemarin,” ujarnya. “Seru banget.”', OCT, [("kemarin", "2026-10-07")]),
        ("Harga naik bulan ini dan tahun ini.", OCT, [("bulan ini", "2026-10"), ("tahun ini", "2026")]),
        # a short month name keeps its year when "lalu" follows
        ("Pasar itu ditutup pada Mei 2017 lalu.", "2017-08-11", [("Mei 2017", "2017-05")]),
        ("Ia lulus 2015 lalu.", "2017-08-11", [("2015 lalu", "2015")]),
        ("Ia pindah dua tahun lalu.", "2017-08-11", [("dua tahun lalu", "2015")]),
        # a relative day glossed by the date in brackets after it
        ('"Sejak tiba kemarin (Rabu, 12/4) ia dirawat," katanya.', "2017-04-16",
         [("kemarin", "2017-04-12"), ("(Rabu, 12/4)", "2017-04-12")]),
        # a dated cue cut at the end of its line in the source
        ("kata Emerson di Jakarta, Jumat (14/04/201\n\nIa menambahkan", "2017-04-16",
         [("Jumat (14/04/201", "2017-04-14")]),
        # "kemarin" right after a date marks the past, like "lalu"; after a full stop it is a date
        ("pada Minggu (21/5/2017) kemarin", "2017-05-24", [("Minggu (21/5/2017)", "2017-05-21")]),
        ("pada Maret 2017 kemarin", "2017-05-24", [("Maret 2017", "2017-03")]),
        ("Senin (22/5). Kemarin ia pulang.", "2017-05-24", [("Senin (22/5)", "2017-05-22"), ("Kemarin", "2017-05-23")]),
        # days of the Islamic calendar
        ("menetapkan 1 Syawal 1447 Hijriah dalam sidang isbat", MAR, [("1 Syawal 1447 Hijriah", "2026-03-20")]),
        ("puasa dimulai 1 Ramadan 1446 H", MAR, [("1 Ramadan 1446 H", "2025-03-01")]),
        ("Idul Adha jatuh pada 10 Zulhijah.", MAR, [("10 Zulhijah", "2026-05-27")]),
    ],
)
def test_dates_found_in_context(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text,anchor",
    [
        # a day of the month in a recurring or instructional context is a rule of the calendar
        ("Pendaftaran dibuka sampai tanggal 28 bulan berjalan. Khusus Februari, hanya hingga tanggal 27 saja.", OCT),
        ("Iuran dibayar setiap tanggal 10. Bila terlambat, denda berlaku sejak tanggal 11.", OCT),
        ("Gaji dibayar tiap tanggal 25, dan lembur dihitung sampai tanggal 20.", OCT),
        # a number before a law's year, a quantity after a comparison word, a year inside a name
        ("sesuai UU 12 Tahun 2011 tentang pembentukan peraturan", OCT),
        ("naik dibandingkan 2000 orang pada periode lalu", OCT),
        ("bantuan untuk 1500 keluarga", OCT),
        ("Naik dari 1.500 ke 2000 unit.", OCT),
        ("Pada Pilpres 2019 ia menjadi juru kampanye", OCT),
        ("Soal pilpres besok, saya belum memutuskan", OCT),
        ("laba semester I tahun lalu", OCT),
        # months not in a row, without a cue, and a name
        ("Australia kebagian Maret dan Juni.", MAY),
        ("Juni dan Agustus tampil di panggung", MAY),
        ("Tiket dijual 12 Rajabsyah", MAR),
        ("kode Jumat (14/04/201 lalu diganti", MAR),  # not at a line end: not a cut date
        # a bare "kemarin" in casual speech is "the other day"
        ('"Iya kemarin habis mudik. Seru banget, tapi capek," ujar Rina.', OCT),
        ('"Kemarin tuh kita keliling Bali," katanya.', OCT),
        # a count before "hari/bulan ini" makes a span of time, not a date
        ("Pemerintahan itu berjalan selama hampir tiga bulan ini.", OCT),
        ("Mereka berharap dibebaskan dalam beberapa hari ini.", OCT),
        ("Harga naik 2 bulan ini.", OCT),
        ("Gedung itu dibangun beberapa tahun lalu.", OCT),
        # akhir bulan itu points back to a month named earlier
        ("Di akhir bulan itu ia pindah ke Eropa.", MAY),
    ],
)
def test_not_dates_in_context(text, anchor):
    assert found(text, anchor) == []


def test_recurring_context_ends_with_the_paragraph():
    text = "Iuran dibayar setiap tanggal 10.\n\nPembayaran terakhir diterima pada tanggal 3."
    assert found(text, "2026-10-08") == [("tanggal 3", "2026-10-03")]


# Shapes read off unlabelled news (IndoSum dev.01-dev.04, PFSA-ID; issue 16, second pass): each row an
# invented sentence of the shape, with its anchor.
AUG = "2017-08-16"  # a Wednesday


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        # a range may end at a relative date: the end is read against the anchor
        ("Ia melatih klub itu sejak 2013 hingga tahun lalu.", AUG, [("2013 hingga tahun lalu", "2013/2016")]),
        ("Ia bekerja di sana dari 2010 sampai tahun ini.", AUG, [("2010 sampai tahun ini", "2010/2017")]),
        ("Harga naik sejak Maret 2016 hingga bulan lalu.", AUG, [("Maret 2016 hingga bulan lalu", "2016-03/2017-07")]),
        # ... but not when that end comes before the start
        ("Kasus turun dari 2019 hingga akhir tahun lalu.", AUG, [("akhir tahun lalu", "2016")]),
        # a month range takes a relative year or "tahun YYYY" after it
        ("Inflasi Januari-September tahun ini rendah.", AUG, [("Januari-September tahun ini", "2017-01/2017-09")]),
        ("Harga naik pada Januari hingga September tahun lalu.", AUG,
         [("Januari hingga September tahun lalu", "2016-01/2016-09")]),
        ("Gim itu dirilis September hingga November tahun 2017.", AUG,
         [("September hingga November tahun 2017", "2017-09/2017-11")]),
        # a month opening a range to a full date
        ("Masa kerja panitia (Juli - 28 September 2017) diperpanjang.", AUG,
         [("Juli - 28 September 2017", "2017-07/2017-09-28")]),
        # an edge word after the link, and two years with edges, make one range
        ("Ia tampil di televisi sejak tahun 1990-an hingga awal 2000-an.", AUG,
         [("tahun 1990-an hingga awal 2000-an", "1990/2009")]),
        ("Warga kelahiran periode 1980 hingga awal 2000-an jadi sasaran.", AUG,
         [("periode 1980 hingga awal 2000-an", "1980/2009")]),
        ("Proyek itu berjalan sejak akhir 2015 hingga awal 2017.", AUG, [("akhir 2015 hingga awal 2017", "2015/2017")]),
        # a list of years goes on after a range
        ("Ia melatih pada 1987 hingga 1991, 2009, dan 2011 hingga 2013.", AUG,
         [("1987 hingga 1991", "1987/1991"), ("2009", "2009"), ("2011 hingga 2013", "2011/2013")]),
        # seasons of two years: the second written short, or spaced around the slash
        ("Ia direkrut untuk musim 2017/18.", AUG, [("2017/18", "2017/2018")]),
        ("Ia mencetak 25 gol sepanjang musim 2015 / 2016.", AUG, [("2015 / 2016", "2015/2016")]),
        # a season of the year before a year, like "musim 1979"; the mention is the year
        ("Ia dibeli pada musim panas 2014 dengan kontrak lima tahun.", AUG, [("2014", "2014")]),
        # "per" before a month name: as of that month
        ("Pertumbuhan kredit per Juni mencapai 8 persen.", AUG, [("Juni", "2017-06")]),
        # the start or middle of this month is already past: "awal November lalu" said in late November
        ("Pada awal November lalu ia menegaskan sikapnya.", "2016-11-16", [("awal November lalu", "2016-11")]),
        ("Pada November lalu ia menegaskan sikapnya.", "2016-11-16", [("November lalu", "2015-11")]),
        ("Keputusan akan keluar pertengahan Juli.", "2017-07-06", [("pertengahan Juli", "2017-07")]),
        # a range of day names fixed by a relative week
        ("Pameran berlangsung Senin-Jumat pekan depan.", AUG, [("Senin-Jumat pekan depan", "2017-08-21/2017-08-25")]),
        # "lalu" after a year at the start of a sentence or after a common noun: the year is a date
        ("Sekitar 2010 silam, banyak kafe dibuka.", AUG, [("2010 silam", "2010")]),
        ("Kompetisi 2016 lalu itu berat.", AUG, [("2016 lalu", "2016")]),
        # a regulation number written with a colon or letters is not a date either
        ("Aturan itu tertuang dalam Perma nomor: 02 tahun 2012 tentang batas nilai.", AUG, []),
        ("Sesuai Permenhub nomor PM.26 Tahun 2017 tentang angkutan sewa.", AUG, []),
    ],
)
def test_shapes_of_unlabelled_news(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text,anchor",
    [
        # durations, ages and vague counts are not dates
        ("Rencana itu difinalisasi selama tiga pekan mendatang.", AUG),
        ("Ia sudah bekerja selama 3 tahun di sana.", AUG),
        ("Pria berusia 45 tahun itu ditangkap.", AUG),
        ("Dalam dua tahun terakhir kasusnya naik.", AUG),
        ("Gim itu dirilis beberapa minggu lalu.", AUG),
        ("Tim akan diumumkan dalam beberapa pekan mendatang.", AUG),
        # a decimal count is not its last digits
        ("Masa jabatannya tinggal 2,5 tahun lagi.", AUG),
        # numbers with a thousands dot or a decimal comma, and a police report number
        ("Jumlah pesertanya 2.024 orang.", AUG),
        ("Harga naik 2,017 persen.", AUG),
        ("Laporan polisi bernomor LP/634/VII/2017/Bareskrim itu diproses.", AUG),
        # a year after a regulation's "tahun ... tentang", and a season that is not two consecutive years
        ("Peraturan nomor: 7 tahun 2016 tentang tarif berlaku.", AUG),
        ("Nomor berkas 2017/19 sudah diproses.", AUG),
        # "lalu"/"mendatang" after the year of a named event does not make the year a date
        ("Ia tampil apik di ajang Piala Merdeka 2016 lalu.", AUG),
        ("Ia maju pada Pilgub Sumbar 2018 mendatang.", AUG),
        # the start of a month of the Islamic calendar is not the start of this month
        ("Pembagian takjil dimulai pada awal bulan Ramadhan.", AUG),
    ],
)
def test_not_dates_of_unlabelled_news(text, anchor):
    assert found(text, anchor) == []
