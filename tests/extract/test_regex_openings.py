"""The first-letter lookahead (:func:`pipeline.lang.opening`) put before a word alternation finds
exactly what the alternation alone finds: same spans, same groups, on invented sentences that hold
the words, hold them in other case, inside longer words, or not at all."""
import re

import pytest

from pipeline.extract import quotes
from pipeline.lang import opening, words

TEXTS = [
    "“Kami siap bekerja,” kata Budi Santoso di Jakarta, Senin.",
    "Menurutnya, rencana itu belum matang, ujarnya kepada wartawan.",
    "MENURUT Ketua Panitia Sari Wulandari, acara berjalan lancar. Ia MENGATAKAN semua siap.",
    "Dia menjelaskan bahwa katanya harga naik; ucapnya lirih, tuturnya pelan.",
    "Sekretaris desa mengungkapkan, menegaskan, dan menambahkan hal yang sama.",
    # negative rows: the words only inside longer words, or none of them
    "Pengatakan, berkatalah, kataku-kataku, ujarannya dan bertutur kata-kata indah.",
    "Harga cabai naik 20 persen di pasar tradisional pekan ini.",
    "",
    "12345 !!! ??? ... -- “”",
]


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The same pattern without its first-letter lookahead."""
    return re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern.pattern, count=1), pattern.flags)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["cue_word", "verb_word"])
def test_quote_cue_patterns_match_as_without_the_lookahead(name, text):
    pattern = getattr(quotes.lexicon(), name)
    assert "(?=[" in pattern.pattern
    plain = _plain(pattern)
    assert plain.pattern != pattern.pattern
    got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("forms, flags, text, expected", [
    (["kata", "ujar", "Menurut"], 0, "ia kata lalu ujar, Menurut dia", ["kata", "ujar", "Menurut"]),
    (["kata", "ujar"], re.I, "KATA Ujar kata", ["KATA", "Ujar", "kata"]),
    (["kata", "ujar"], 0, "KATA Ujar", []),  # case-sensitive: the lookahead reads case as the words do
    (["kata", "ujar"], 0, "berkata mengujarkan", []),  # inside longer words: no match either way
    (["kata", ""], 0, "kata", ["kata"]),  # an empty form gives no letter
])
def test_opening_changes_no_match(forms, flags, text, expected):
    alternation = "|".join(re.escape(f) for f in forms if f)
    gated = re.compile(rf"\b{opening(forms)}(?:{alternation})\b", flags)
    plain = re.compile(rf"\b(?:{alternation})\b", flags)
    assert [m.group() for m in gated.finditer(text)] == [m.group() for m in plain.finditer(text)] == expected


def test_opening_holds_every_first_letter_of_the_speech_verbs():
    verbs = words("speech_verbs.txt")
    letters = re.fullmatch(r"\(\?=\[(.*)\]\)", opening(verbs)).group(1)
    assert all(re.match(f"[{letters}]", v) for v in verbs)


DATE_TEXTS = [
    "Rapat digelar pada 12 April 2025 di Bandung dan berlanjut 3-5 Mei.",
    "Sidang ditunda hingga Senin, 7 juli 2025, kata hakim.",
    "Lebaran jatuh pada 1 Syawal 1447 H, sedangkan 10 Zulhijah 1446 Hijriah sudah lewat.",
    "Pameran berlangsung 20 hingga 23 Oktober di Jakarta.",
    "Pada 5 Agt. 2024 dan 17 Agustus 2024 upacara digelar.",
    # negative rows: numbers with no month after them, a month far from a number, no number at all
    "Sebanyak 12 orang hadir dan 40 persen warga setuju pada April lalu.",
    "Harga naik 3 persen; Syawal nanti mudik dimulai, 2025 jadi tahun sibuk.",
    "Tidak ada tanggal di kalimat ini.",
    "Skor akhir 2-1 untuk tim tamu, 15 menit sebelum 90 menit habis.",
]


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_date_gates_change_no_hit(monkeypatch, text):
    """The day-and-month gates of day-month-year, day-range and hijri only skip windows where the
    pattern has no match: the hits are those of the patterns tried in every window."""
    import dataclasses
    import datetime as dt

    from pipeline.extract import dates

    lex = dates.lexicon()
    gated = {rule for rule, _, _, _, gates in lex.patterns if any(g.pattern.startswith(r"\d\s+") for g in gates)}
    assert gated == {"day-month-year", "day-range", "hijri"}
    anchor = dt.date(2025, 6, 2)
    got = dates._hits(text, anchor, keep_partial=True)
    plain = dataclasses.replace(lex, patterns=[(r, k, p, pre, dates._GATES.get(r, ())) for r, k, p, pre, _ in lex.patterns])
    monkeypatch.setattr(dates, "lexicon", lambda: plain)
    assert [vars(h) for h in got] == [vars(h) for h in dates._hits(text, anchor, keep_partial=True)]


SENTENCE_TEXTS = [
    "Warga sudah lama menunggu Menurutnya, jalan itu rusak parah.",
    "Harga naik 5%  Sementara itu stok aman.",
    "Rapat berjalan lancar \"Kami siap,\" ujar ketua.",
    "Ia berkata 12 \u201cTidak ada masalah,\u201d katanya.",
    "Kata Ketua Menurutnya, jalan rusak.",  # (the regex reads the letter before; the rule reads the word)
    # negative rows: a new line or a stop before, a capitalised word after the opener, no space before a quote
    "Warga menunggu\nMenurutnya, jalan rusak.",
    "Selesai. Sementara itu stok aman.",
    "Kegiatan digelar Pada Satuan Pendidikan Dasar.",
    "tidak ada \"kutipan\" di sini",
    "",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_patterns_match_as_with_the_lookbehind_first(text):
    from pipeline.extract import sentences

    openers = "|".join(sorted(words("sentence_openers.txt"), key=len, reverse=True))
    old = {
        "OPENER": re.compile(r"(?<=[a-z\d%])[^\S\n]+(?:" + openers + r")(?=,|[^\S\n]+[a-z])"),
        "QUOTE_OPEN": re.compile(r"(?<=[a-z\d%])[^\S\n]+(?=[\"“][A-Z])"),
    }
    for name, pattern in old.items():
        assert [m.span() for m in getattr(sentences, name).finditer(text)] == [m.span() for m in pattern.finditer(text)]


LED_TEXTS = DATE_TEXTS + [
    "Jakarta, Senin (12/5/2025) - Rapat dimulai Jumat pagi dan Sabtu pekan depan, kata ketua.",
    "Kamis, 3/4 lalu, dan (Rabu, 9/4/2025) serta Minggu, (14/04/201\nberikutnya.",
    "Sejak 2019 hingga 2023, lalu 2024-2025 dan 2020-Maret 2021; iso 2025-06-02, musim 2017/18.",
    "Pada tanggal 17 dan TGL. 5 warga berkumpul; TANGGAL 9 juga. Kemarin, BESOK, lusa, tahun lalu.",
    "Pekan lalu, MINGGU DEPAN, kuartal II 2025, awal triwulan ketiga 2024, akhir Desember tahun lalu.",
    "Pada april 2025 dan SEPT. 2024 serta bulan Maret tahun depan harga naik.",
    # negative rows: the words inside longer words, day names in lower case, digits that are no year
    "Persenin, kamisnya, sabtuan, berpekan-pekan, setahunan, 1234 dan 3000 orang, 21000 unit.",
    "senin, selasa dan rabu libur; minggunya sepi; tanggalan baru; tglx 5.",
]
# the characters a case-blind pattern reads as a letter: the Kelvin sign, long s, dotless i (searched
# only: dates._read looks the words up in its lexicons as written, which hold no such spelling)
FOLDED_TEXT = "Pe\u212aan lalu, \u017fepekan yang lalu, tahun lalu, m\u0131nggu ini, \u017feptember 2024."


def _led_patterns():
    from pipeline.extract import dates

    return [(rule, p) for rule, _, p, _, _ in dates.lexicon().patterns if isinstance(p, dates._Led)]


def test_date_patterns_are_led():
    rules = {rule for rule, _ in _led_patterns()}
    assert {"year", "numeric", "weekday", "relative", "month-year", "day-of-month"} <= rules


@pytest.mark.parametrize("text", [*LED_TEXTS, FOLDED_TEXT])
def test_led_date_patterns_search_as_plain(text):
    """A pattern searched from its lead's matches (dates._Led) finds what its own search finds, from
    every start and up to every end (the windows dates._hits searches in)."""
    cuts = sorted({0, len(text), *range(0, len(text), 7)})
    for rule, led in _led_patterns():
        for pos in cuts:
            for end in (len(text), *[c for c in cuts if c > pos][:3]):
                a, b = led.search(text, pos, end), led.pattern.search(text, pos, end)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (rule, pos, end)


@pytest.mark.parametrize("text", LED_TEXTS)
def test_led_date_patterns_change_no_hit(monkeypatch, text):
    import dataclasses
    import datetime as dt

    from pipeline.extract import dates

    lex = dates.lexicon()
    anchor = dt.date(2025, 6, 2)
    got = dates._hits(text, anchor, keep_partial=True)
    plain = dataclasses.replace(lex, patterns=[(r, k, p.pattern if isinstance(p, dates._Led) else p, pre, g) for r, k, p, pre, g in lex.patterns])
    monkeypatch.setattr(dates, "lexicon", lambda: plain)
    assert [vars(h) for h in got] == [vars(h) for h in dates._hits(text, anchor, keep_partial=True)]


@pytest.mark.parametrize("forms, text, expected", [
    (["pekan", "minggu"], "Pekan ini, MINGGU lalu, pekan", [0, 11, 24]),
    (["pekan", "minggu"], "Pe\u212aan \u017fini", [0]),  # the Kelvin sign is a k case aside (no form has ſ)
    (["sept", "q"], "\u017fept Q1 qq", [0, 5, 8]),  # long s is an s; a one-letter form
    (["ini"], "\u0130n\u0131 ini", [0, 4]),  # dotted and dotless I read as i
    # negative rows: inside a word, another word of the same letters, none
    (["pekan", "minggu"], "berpekan, seminggu, pekat, mingguan", [27]),  # "mingguan": the lead has no end boundary
    (["pekan"], "", []),
])
def test_lead_any_case(forms, text, expected):
    from pipeline.extract import dates

    lead = re.compile(dates._lead_any_case(forms))
    assert [m.start() for m in lead.finditer(text)] == expected
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + ")", re.IGNORECASE)
    assert {m.start() for m in plain.finditer(text)} <= set(expected)  # the lead is where the forms are


def test_the_case_folds_onto_ascii_letters_are_all_known():
    from pipeline.extract import dates

    letter = re.compile("(?i)[a-z]").fullmatch
    folded = {chr(x) for x in range(128, 0x110000) if letter(chr(x))}
    assert folded == set(dates._FOLDED_ONTO_ASCII)
