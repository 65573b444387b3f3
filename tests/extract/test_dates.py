"""Tests for the date component (`pipeline.extract.dates`): expressions, anchors, flags."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pipeline import extensions  # noqa: F401
from pipeline.extract.dates import FLAG_MISMATCH, FLAG_YEAR_FIXED, date_mentions

A = "2025-05-27"  # a Tuesday
DEC = "2025-12-30"
JAN = "2026-01-03"


def values(text: str, anchor: str) -> list[str]:
    return [m.value for m in date_mentions(text, dt.date.fromisoformat(anchor))]


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        # full dates
        ("digelar 26 Mei 2025 di Jakarta", A, ["2025-05-26"]),
        ("Selasa, 27 Mei 2025", A, ["2025-05-27"]),
        ("pada Selasa (27 Mei 2025)", A, ["2025-05-27"]),
        ("Selasa (27/5/2025)", A, ["2025-05-27"]),
        ("Banda Aceh (14/05/2025) – Kodam", A, ["2025-05-14"]),
        ("tanggal 14-05-2025", A, ["2025-05-14"]),
        ("pada 2025-05-14 pukul 10.00", A, ["2025-05-14"]),
        ("1 Agt 2025", A, ["2025-08-01"]),
        ("3 Okt 2024", A, ["2024-10-03"]),
        ("5 Nop 2024", A, ["2024-11-05"]),
        ("9 Des. 2024", A, ["2024-12-09"]),
        ("17 Agustus 1945", A, ["1945-08-17"]),
        ("Jum'at (23/5/2025)", A, ["2025-05-23"]),
        # partial dates: the year nearest the anchor
        ("Senin (26/5)", A, ["2025-05-26"]),
        ("Jakarta (28/5) – BPOM", A, ["2025-05-28"]),
        ("ditangkap 29 Agustus", "2025-09-04", ["2025-08-29"]),
        ("Senin (29/12)", JAN, ["2025-12-29"]),
        ("Jumat (2/1)", DEC, ["2026-01-02"]),
        ("28 Desember lalu", JAN, ["2025-12-28"]),
        ("Rabu (28/5)", A, ["2025-05-28"]),
        # month and year
        ("Mei 2025", A, ["2025-05"]),
        ("akhir Juni 2025", A, ["2025-06"]),
        ("bulan Mei tahun 2025", A, ["2025-05"]),
        ("Agt 2025", A, ["2025-08"]),
        ("Mei tahun lalu", A, ["2024-05"]),
        ("bulan Desember", A, ["2024-12"]),
        ("Agustus lalu", A, ["2024-08"]),
        ("Juni mendatang", A, ["2025-06"]),
        ("rampung Sebelum Agustus", A, ["2025-08"]),
        # years used as dates
        ("pada 2024", A, ["2024"]),
        ("sejak 2019 lalu", A, ["2019"]),
        ("hingga 2030", A, ["2030"]),
        ("pada tahun 2024", A, ["2024"]),
        ("akhir 2025", A, ["2025"]),
        ("Tahun Anggaran 2013", A, ["2013"]),
        ("2019 silam", A, ["2019"]),
        ("pada 2024 dan 2025", A, ["2024", "2025"]),
        # relative expressions
        ("hari ini", A, ["2025-05-27"]),
        ("Hari ini", A, ["2025-05-27"]),
        ("kemarin", A, ["2025-05-26"]),
        ("besok", A, ["2025-05-28"]),
        ("lusa", A, ["2025-05-29"]),
        ("tadi malam", A, ["2025-05-26"]),
        ("tadi pagi", A, ["2025-05-27"]),
        ("siang atau sore ini", A, ["2025-05-27"]),
        ("tahun ini", A, ["2025"]),
        ("tahun lalu", A, ["2024"]),
        ("tahun depan", A, ["2026"]),
        ("akhir tahun lalu", A, ["2024"]),
        ("hingga akhir tahun.", A, ["2025"]),
        ("bulan lalu", A, ["2025-04"]),
        ("bulan lalu", "2025-01-10", ["2024-12"]),
        ("Senin lalu", A, ["2025-05-26"]),
        ("Selasa lalu", A, ["2025-05-20"]),
        ("Jumat depan", A, ["2025-05-30"]),
        ("Jumat pekan lalu", A, ["2025-05-23"]),
        ("dua hari lalu", A, ["2025-05-25"]),
        ("3 tahun lalu", A, ["2022"]),
        # ranges
        ("26–27 Mei 2025", A, ["2025-05-26/2025-05-27"]),
        ("19 Oktober 2025 hingga 8 Desember 2025", A, ["2025-10-19/2025-12-08"]),
        ("30 Desember hingga 2 Januari 2026", A, ["2025-12-30/2026-01-02"]),
        ("periode Juli s.d 28 September 2025", A, ["2025-07/2025-09-28"]),
        ("periode Juli s. d 28 September 2025", A, ["2025-07/2025-09-28"]),
        ("periode Juli s. d. 28 September 2025", A, ["2025-07/2025-09-28"]),
        ("periode 2010-2015", A, ["2010/2015"]),
        ("Tahun Sidang 2025-2026", A, ["2025/2026"]),
        ("sejak 2019 hingga 2024", A, ["2019/2024"]),
        ("Januari hingga April 2025", A, ["2025-01/2025-04"]),
        ("tahun ajaran 2024/2025", A, ["2024/2025"]),
        ("triwulan I 2025", A, []),  # quarters are not calendar dates
        ("semester II 2024", A, []),
        ("Senin-Selasa (26-27/5)", A, ["2025-05-26/2025-05-27"]),
        ("sejak tahun 2013 sampai 2022", A, ["2013/2022"]),
        ("dari 2024 hingga Februari 2025", A, ["2024/2025-02"]),
        ("pada Februari 2024 hingga 2025", A, ["2024-02/2025"]),
        ("mulai 1 Januari 2024 hingga Maret 2025", A, ["2024-01-01/2025-03"]),
        ("antara 2015 dan 2019", A, ["2015/2019"]),
        ("antara tahun 2015 hingga tahun 2019", A, ["2015/2019"]),
        # open ends: the range ends at the anchor
        ("dari tahun 2007 sampai dengan sekarang", A, ["2007/2025-05-27"]),
        ("sejak 2019 hingga kini", A, ["2019/2025-05-27"]),
        ("Januari 2020 sampai saat ini", A, ["2020-01/2025-05-27"]),
        ("sejak 2020 hingga hari ini", A, ["2020/2025-05-27"]),
        ("sejak 2019, kini", A, ["2019"]),
        # decades, weeks, day names without a date, a day of the month
        ("bangunan tahun 1920-an", A, ["1920/1929"]),
        ("era 90-an", A, ["1990/1999"]),
        ("tahun 1960 hingga 2000-an", A, ["1960/2009"]),
        ("80-an sampai 2012", A, ["1980/2012"]),
        ("sejak 1990-an hingga kini", A, ["1990/2025-05-27"]),
        ("Minggu lalu kami rapat", A, ["2025-05-19/2025-05-25"]),  # opening a sentence: last week
        ("ia datang Minggu lalu", A, ["2025-05-25"]),  # inside a sentence: last Sunday
        ("rapat pekan depan", A, ["2025-06-02/2025-06-08"]),
        ("pekan ini", A, ["2025-05-26/2025-06-01"]),
        ("pada Senin ia datang", A, ["2025-05-26"]),
        ("hari Selasa ia datang", A, ["2025-05-27"]),
        ("Kamis malam polisi tiba", A, ["2025-05-22"]),
        ("acara akan digelar pada Sabtu", A, ["2025-05-31"]),
        ("pada (Selasa, 27/5), investor", A, ["2025-05-27"]),
        ("takbir tanggal 30, malam tanggal 31", A, ["2025-05-30", "2025-05-31"]),
        ("tanggal 2 ia pulang", A, ["2025-06-02"]),
        ("tanggal 24 Mei", A, ["2025-05-24"]),
        ("cuti pada tanggal 30 dan 31 Mei", A, ["2025-05-30", "2025-05-31"]),
        ("Budi Santoso, Senin, mengatakan", A, ["2025-05-26"]),
        ("di Pengadilan Tipikor Jakarta, Jumat.", A, ["2025-05-23"]),
        ("penjualan sepanjang 2024, turun dibandingkan tahun sebelumnya", A, ["2024", "2023"]),
        ("naik dibandingkan tahun sebelumnya", A, ["2024"]),
        ("konsisten dengan tahun-tahun sebelumnya", A, []),
        ("ketimbang semester I tahun sebelumnya", A, []),
        ("setiap Minggu pagi warga bergotong royong", A, []),
        ("pada PON XX tahun 2021", A, []),
        ("menjelang Rapat Dewan Gubernur Oktober 2017 Bank Indonesia", A, []),
        ("pada akhir bulan itu ia pindah", A, []),
        ("pada akhir bulan ia pindah", A, ["2025-05"]),
        ("panen berlangsung November hingga Desember", "2025-10-14", ["2025-11/2025-12"]),
        ("Desember hingga Februari", "2025-10-14", ["2025-12/2026-02"]),
        # lists of months sharing one year
        ("pada September, Oktober, November di 2020", A, ["2020-09/2020-11"]),
        ("pada Maret dan April 2025", A, ["2025-03", "2025-04"]),
        ("Januari, Maret, dan Mei 2024", A, ["2024-01", "2024-03", "2024-05"]),
        ("pada November di 2020", A, ["2020-11"]),
        # bare years after a noun; budget and wage years
        ("di Lampung tahun 2021", A, ["2021"]),
        ("di Kabupaten Contoh tahun 2024", A, ["2024"]),
        ("Penetapan UMP Tahun 2026", A, ["2026"]),
        ("bersumber dari APBN 2026", A, ["2026"]),
        ("RAPBN 2026 disahkan", A, ["2026"]),
        ("dana APBD-P 2025", A, ["2025"]),
        # negatives: names, laws, quantities, clock times, durations, fractions
        ("Pilpres 2019", A, []),
        ("Pemilu 2024 lalu", A, []),
        ("UU Nomor 1 Tahun 2024", A, []),
        ("Perpres 12 Tahun 2025", A, []),
        ("dalam Rapat Koordinasi Inflasi Daerah tahun 2025, yang", A, []),
        ("Visi Indonesia Emas 2045", A, []),
        ("hingga 2000 orang", A, []),
        ("sebanyak 2025 peserta", A, []),
        ("pada 2.024 unit", A, []),
        ("pukul 19.00 WIB", A, []),
        ("selama 3 hari", A, []),
        ("dalam 3 tahun terakhir", A, []),
        ("selama 24 jam", A, []),
        ("rasio (1/2) itu", A, []),
        ("PP 28/2024", A, []),
        ("di Jalan 17 Agustus", A, []),
        ("Universitas 17 Agustus 1945", A, []),
        ("Setiap Senin ia datang", A, []),  # every Monday: no one date
        ("Senin ia datang", A, []),  # a bare day name with no cue before and no day part after
        ("dibuka sampai tanggal 28 bulan berjalan", A, []),  # any month
        ("setiap tanggal 28 gaji dibayar", A, []),
        ("sekitar 80-an orang", A, []),  # an approximate number, not a decade
        ("tahun 2000-an orang", A, []),
        ("Juni Hartono hadir", A, []),
        ("31 Februari 2025", A, []),
        # letters case-blind matching reads as ASCII (long s, dotless i, Kelvin sign) give the lexicon's value
        ("digelar 5 \u017feptember 2024", A, ["2024-09-05"]),
        ("sejak 12 Me\u0131 2023", A, ["2023-05-12"]),
    ],
)
def test_values(text, anchor, expected):
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    "text,expected_text",
    [
        ("29 Agustus lalu.", "29 Agustus"),
        ("ditangkap 28 Agustus.", "28 Agustus"),
        ("pada 2004 ia", "2004"),  # the preposition is not part of the mention
        ("Selasa (27/5/2025) lalu", "Selasa (27/5/2025)"),
    ],
)
def test_extent(text, expected_text):
    assert [m.text for m in date_mentions(text, dt.date(2025, 9, 4))] == [expected_text]


def test_each_distinct_text_and_value_once():
    found = list(date_mentions("Senin (26/5) rapat. Senin (26/5) lagi. Pada 26 Mei 2025 juga.", dt.date(2025, 5, 27)))
    assert [(m.text, m.value) for m in found] == [("Senin (26/5)", "2025-05-26"), ("26 Mei 2025", "2025-05-26")]


@pytest.mark.parametrize(
    "text,anchor,value,flags",
    [
        ("Senin (20/10/2026)", "2025-10-20", "2025-10-20", [FLAG_MISMATCH, FLAG_YEAR_FIXED]),  # a typed year, the day name fits the anchor's
        ("Senin (21/10/2025)", "2025-10-20", "2025-10-21", [FLAG_MISMATCH]),  # no nearby year fits: trust the numbers
        ("Rabu (28/5)", "2025-05-27", "2025-05-28", []),
        ("Selasa (28/5)", "2025-05-27", "2025-05-28", [FLAG_MISMATCH]),  # no year a year away for a day name
        ("Rabu (1/1)", "2025-07-02", "2025-01-01", []),  # two years half a year away: the day name picks
        ("Kamis (1/1)", "2025-07-02", "2026-01-01", []),
    ],
)
def test_weekday_rule(text, anchor, value, flags):
    (mention,) = date_mentions(text, dt.date.fromisoformat(anchor))
    assert (mention.value, mention.flags) == (value, flags)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("id")
    nlp.add_pipe("dates")
    return nlp


def _doc(nlp, text, published=None):
    from pipeline.nlp import make_doc

    return nlp(make_doc(nlp, text, published=published))


@pytest.mark.parametrize(
    "text,published,anchor,source",
    [
        ("Judul\n\nTangerang, 26 Mei 2025 — Isi. Pada 1 Juni 2025 lagi.", None, "2025-05-26", "dateline"),
        ("Banda Aceh (14/05/2025) – Isi berita 20 Mei 2025.", None, "2025-05-14", "dateline"),
        ("Jakarta, Senin (26/5/2025) - Isi.", None, "2025-05-26", "dateline"),
        ("Jakarta (28/5) – Operasi pada 19–23 Mei 2025.", None, "2025-05-28", "dateline"),
        ("JAKARTA – Rapat Selasa (27/5/2025) dan 3 Juni 2025.", None, "2025-05-27", "first-date"),
        ("Rapat digelar Jumat (29/8/2025). Sidang lanjutan pada 3 September 2025.", None, "2025-08-29", "first-date"),
        ("Sidang lanjutan 3 September 2025.", "2025-08-29", "2025-08-29", "input"),
        ("Tangerang, 26 Mei 2025 — Isi.", "2025-05-30", "2025-05-30", "input"),
        ("Tanpa tanggal sama sekali.", None, None, None),
    ],
)
def test_anchor(blank, text, published, anchor, source):
    doc = _doc(blank, text, published)
    assert (doc._.published, doc._.published_source) == (anchor, source)


def test_component_offsets_and_spans(blank):
    text = "Jakarta, Senin (26/5/2025) - Rapat digelar kemarin dan tahun lalu."
    doc = _doc(blank, text)
    assert doc.text == text
    assert [(m.text, m.value) for m in doc._.dates] == [
        ("Senin (26/5/2025)", "2025-05-26"), ("kemarin", "2025-05-25"), ("tahun lalu", "2024")]
    assert all(text[m.start:m.end] == m.text for m in doc._.dates)
    assert [s.text for s in doc.spans["dates"]] == ["Senin (26/5/2025)", "kemarin", "tahun lalu"]


@pytest.mark.parametrize("text, expected", [
    ("Jakarta, Senin (26/5/2025) - Rapat digelar.\nBaca juga: Banjir Rendam Kota Contoh 12 November 2024\nIa hadir.",
     ["Senin (26/5/2025)"]),
    ("Jakarta, Senin (26/5/2025) - Rapat digelar.\n[Baca Juga: Harga Naik Sejak Januari 2024]\nIa hadir.",
     ["Senin (26/5/2025)"]),
    ("Jakarta, Senin (26/5/2025) - Rapat digelar.\n(Foto: Dok. Humas, 20 Mei 2025)\nIa hadir 20 Mei 2025.",
     ["Senin (26/5/2025)", "20 Mei 2025"]),
    ("Jakarta, Senin (26/5/2025) - Ia membaca juga laporan 12 November 2024.", ["Senin (26/5/2025)", "12 November 2024"]),
])
def test_no_dates_from_page_furniture(text, expected):
    nlp = spacy.blank("id")
    nlp.add_pipe("web_leftovers")
    nlp.add_pipe("dates")
    doc = _doc(nlp, text)
    assert [m.text for m in doc._.dates] == expected


# every gated rule, its gate word present and absent (each text invented)
GATED = [
    "rapat 26–27 Mei 2025 dan 3 hingga 5 juni", "Januari-Maret 2025, Juli sampai September", "Senin-Selasa (26-27/5)",
    "Selasa (27/5/2025), Rabu 28/5, (Kamis, 29/5), tanggal 14-05-2025", "Jumat (14/04/201\nlalu",
    "periode 2010-2015, musim 2017/18, antara 2015 dan 2019", "2024 hingga Maret 2025", "pada 2025-05-14 pukul 10",
    "triwulan I 2025", "Mei 2025, pada Mei tahun 2024", "sejak 2019 lalu, tahun 2025 mendatang", "era 1990-an, 80an",
    "dua hari yang lalu, 3 tahun lagi", "Maret tahun lalu, bulan Juni tahun depan",
    # negative: the pattern's word is missing from the window
    "rapat 26 27 Mei", "Januari Maret", "Rp 5 juta untuk 12 desa", "nomor 12 dan 15", "dua hari itu", "Maret ini",
]


@pytest.mark.parametrize("text", GATED)
def test_gates_change_no_hit(text, monkeypatch):
    import dataclasses

    from pipeline.extract import dates

    anchor = dt.date.fromisoformat(A)
    gated = [vars(h) for h in dates._hits(text, anchor, keep_partial=True)]
    lex = dates.lexicon()
    open_lex = dataclasses.replace(lex, patterns=[(r, k, p, pre, ()) for r, k, p, pre, _ in lex.patterns])
    monkeypatch.setattr(dates, "lexicon", lambda: open_lex)
    assert [vars(h) for h in dates._hits(text, anchor, keep_partial=True)] == gated
    for rule, _, pattern, _, gates in lex.patterns:
        for m in pattern.finditer(text):
            assert all(g.search(m.group(0)) for g in gates), (rule, m.group(0))


def test_dates_work_grows_linearly():
    """Each date was tested against every stretch of page furniture (``Baca juga: ...``), which a long text
    joining many articles has in every block: the stretches are looked up by position."""
    from tests.conftest import growth

    nlp = spacy.blank("id")
    for name in ("id_sentences", "web_leftovers", "dates"):
        nlp.add_pipe(name)
    assert growth(nlp, "dates", paragraphs=10, factor=10) <= 12  # (main before: 22.6x)


@pytest.mark.parametrize("skip,kept", [
    ((), ["Senin (26/5)", "12 November 2024"]),
    (((0, 12),), ["12 November 2024"]),  # the first date inside a stretch
    (((5, 20), (30, 31)), ["12 November 2024"]),  # a stretch over the first date's end
    (((30, 31), (0, 3)), ["12 November 2024"]),  # stretches in any order, one over the first date's start
    (((12, 30),), ["Senin (26/5)", "12 November 2024"]),  # a stretch between the dates
    (((12, 60),), ["Senin (26/5)"]),
])
def test_dates_in_page_furniture_are_left_out(skip, kept):
    text = "Senin (26/5) rapat digelar, lalu pada 12 November 2024 ditutup."
    assert [m.text for m in date_mentions(text, dt.date(2025, 5, 26), skip)] == kept
