"""Calendar expressions normalised to ISO 8601 (component ``dates``).

``date_mentions(text, anchor)`` yields :class:`DateMention` items, each
distinct (text, value) once, with ``value`` as ``YYYY-MM-DD``, ``YYYY-MM``,
``YYYY`` or a range ``start/end``. Shapes: ``26 Mei 2025``, ``Selasa, 27 Mei
2025``, ``Senin (26/5)``, ``(14/05/2025)``, ``Mei 2025``, ``bulan Mei``,
``pada 2024``, ``Tahun Anggaran 2013``, ``APBN 2026``, ``APBD Perubahan 2026``, ``UMP Sumbar 2026``
(budget and wage years), ``inflasi 2018 dan 2019``, ``dibandingkan 2016`` (measures and comparisons),
``di Lampung tahun 2021``, ``2019 silam``, ``1 Syawal 1447 H`` (the tabular Islamic calendar), ``kemarin``, ``tadi malam``, ``tahun lalu``, ``Senin lalu``, ``dua hari
lalu``, and ranges (``26-27 Mei 2025``, ``19 Oktober 2025 hingga 8 Desember 2025``, ``periode
2010-2015``, ``antara 2015 dan 2019``, ``Mei-Juni 2025``, ``2024 hingga Februari 2025``, seasons
``2017/18``, ``Januari-September tahun ini``, ``Juli - 28 September 2017``, ``1990-an hingga awal
2000-an``, ``Senin-Jumat pekan depan``, open ranges to the anchor ``tahun 2007 sampai sekarang``,
ranges to a relative date ``sejak 2013 hingga tahun lalu``, consecutive months with one year
``September, Oktober, November di 2020``, and without a year ``November dan Desember``). A preposition read with a date
(``pada``, ``sejak``, ``menjelang``) is left out of the mention, so that the same date said twice is
one expression; ``tahun`` and edge words (``akhir 2025``) stay. The lexicons are data files in ``pipeline/lang/data`` (``months.tsv``,
``weekdays.tsv``, ``hijri_months.tsv``, ``date_*.tsv``, ``date_open_ends.txt``,
``date_prepositions.txt``, ``year_*.txt``, ``past_words.txt``, ``future_words.txt``,
``day_name_words.txt``, ``number_units.txt``, ``dayparts.txt``).

Not dates: a year inside a name (``Pilpres 2019``, ``Rapat Koordinasi Inflasi Daerah tahun 2025``,
``UU Nomor 1 Tahun 2024``, ``Jalan 17 Agustus``), a four-digit quantity (``hingga 2000
orang``), clock times and durations (no pattern reads them), dates inside page furniture
(``Baca juga: ...``; the component skips ``doc.spans["web_leftovers"]``). Nor a part of a year
(``triwulan I 2025``, ``semester II``): it is matched so that its year is not
read on its own, and then dropped (issue 6: quarters are not dates). Nor a day of the month in a
recurring rule (``setiap tanggal 28``, and in the same paragraph after ``tanggal 28 bulan berjalan``
a bare ``hingga tanggal 27``), nor a relative day after a name (``pilpres besok``), nor a span
counted back from now (``selama tiga bulan ini``, ``dalam beberapa hari ini``) or forward (``selama
tiga pekan mendatang``), a vague count (``beberapa pekan lalu``), the year of a regulation
(``nomor: 02 tahun 2012 tentang ...``), or of a named event even with ``lalu`` (``Piala AFF 2016 lalu``).

Rules of resolution:

* A date without a year (``Senin (26/5)``, ``29 Agustus``) takes the year,
  among the anchor's year and the years either side, that puts it nearest the
  anchor, the anchor's year winning when it is at most a month further (``23 November`` in
  a 19 May article is this November); when a day name is given and two years lie within
  about half a year of the anchor, the one where the day name fits wins (else
  ``weekday-mismatch``). ``lalu``/``mendatang`` after it restrict to the past/future, and so
  do ``sejak`` before it (the last one: ``sejak Maret`` in October) and a future marker
  (``akan``) before it, unless both are there. A month without a year is the nearest
  (``Februari ini``: the anchor's year). Two ends of a range without years share the first
  one's year; a month opening a range to a full date takes the end's year
  (``Januari hingga 3 September 2025``).
* A relative day glossed by a bracketed date takes it: ``kemarin (Rabu, 12/4)`` in a
  quotation reported days later. A bare ``kemarin`` inside a casual quotation (a colloquial
  particle in it: ``banget``, ``sih``, ``nggak``) is "the other day", not a date.
* A day name that contradicts an explicit date (``Senin (20/10/2026)``, a
  Tuesday): when the same day and month carries that day name in the anchor's
  year or the year either side, the typed year is taken as a typo and that year
  is used (flags ``weekday-mismatch``, ``year-corrected``); else the numbers are
  trusted (flag ``weekday-mismatch``).
* ``Senin lalu`` is the last Monday before the anchor, ``Senin depan`` the
  next one after it; ``Jumat pekan lalu`` the Friday of the week before.

The anchor of a document is ``doc._.published`` when the input gives it, else
the dateline's date (``Tangerang, 26 Mei 2025 —``, ``Banda Aceh (14/05/2025)
–``, ``Jakarta, Senin (26/5/2025)``), else the first full date of the text (the first dated
sentence, which reports the event or statement released; never the latest date, which is
often a later hearing or deadline); ``doc._.published_source`` says which (``input``,
``dateline``, ``first-date``).
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import DateMention
from ..extensions import text_of
from ..lang import opening, ordered, table
from .leftovers import SPAN_KEY as LEFTOVERS

YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"
DECADE_END = r"\s*-?\s*an\b"  # 1990-an, 80an: a decade
DASH = r"[-–—]"
RANGE_LINK = rf"(?:\s*{DASH}\s*|\s*s\.\s?d\.?\s*|\s*s/d\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d|sd)\s+)"
FLAG_MISMATCH = "weekday-mismatch"
FLAG_YEAR_FIXED = "year-corrected"
FLAG_NO_ANCHOR = "no-anchor"
# a day without a year is the one nearest the anchor, but the anchor's year wins when its date is at
# most this many days further away: near half a year either way the press means this year's
# ("23 November" in a 19 May article is this November, not the one 177 days before)
OWN_YEAR_MARGIN_DAYS = 30


def _alternation(forms) -> str:
    """A regex alternation of the distinct forms, longest first, any white space between words."""
    forms = {f for f in forms if f}
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


def _capitalised(forms) -> str:
    """A regex group of the forms with their first letter upper case, longest first."""
    return "(?:" + "|".join(f[0].upper() + re.escape(f[1:]) for f in sorted(forms, key=len, reverse=True)) + ")"


# the characters other than its two cases that an IGNORECASE pattern reads as an ASCII letter (Unicode
# simple case folding: dotted and dotless I, long s, the Kelvin sign; the whole of Unicode checked in a test)
_FOLD_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLDED_ONTO_ASCII = "".join(_FOLD_TO_ASCII)


def _lead_any_case(forms) -> str:
    """A lead (:class:`_Led`) for a pattern that opens with ``\\b`` and an alternation of ``forms`` read case
    aside: a class of the characters their first letters are read as, no word character before it (the
    boundary: the forms begin with a letter), then, case aside, the rest of a form that begins with the
    letter just read (a lookbehind on it): it matches where one of the forms does, after a boundary."""
    tails: dict[str, set] = {}
    for form in forms:
        if form:
            tails.setdefault(form[0].lower(), set()).add(form[1:])
    chars = set()
    for letter in tails:
        same = re.compile("(?i)" + re.escape(letter)).fullmatch
        chars |= {c for c in (letter, letter.upper(), *_FOLDED_ONTO_ASCII) if same(c)}
    rests = "|".join(rf"(?<={re.escape(letter)})(?:{_alternation(rest)}{'|' if '' in rest else ''})"
                     for letter, rest in sorted(tails.items()))
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + r"](?<!\w\w)(?i:" + rests + ")"


class _Led:
    """A pattern searched from the places its lead matches: the same matches as ``pattern.search``.

    Most date patterns open with a lookbehind or a word boundary, before which the regex engine has no
    first character to skip to: it tries the whole pattern at every position of a window. The lead is a
    regex whose match at a position is needed for the pattern's there (the year, the day name or the
    word the pattern's matches begin with) and which opens with a character or a set of them, so that
    its search skips ahead in C; the pattern is then tried only where the lead matched, in text order,
    with the bounds and the look-behind context of a plain search: the first match is the plain search's.
    """

    __slots__ = ("pattern", "lead")

    def __init__(self, pattern: re.Pattern, lead: re.Pattern):
        self.pattern, self.lead = pattern, lead

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        lead, match = self.lead.search, self.pattern.match
        while (found := lead(text, pos, endpos)) is not None:
            start = found.start()
            if (hit := match(text, start, endpos)) is not None:
                return hit
            pos = start + 1
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        return self.pattern.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self.pattern.finditer(text, pos, endpos)


@dataclass
class _Lexicon:
    months: dict
    weekdays: dict
    relative: dict
    directions: dict
    numbers: dict
    periods: dict
    ordinals: dict
    patterns: list
    seeds: dict
    name_before: re.Pattern
    law_number: re.Pattern
    day_name_before: re.Pattern
    bare_ok: re.Pattern
    year_more: re.Pattern
    day_more: re.Pattern
    unit_after: re.Pattern
    pair_link: re.Pattern
    open_end: re.Pattern
    month_chain: re.Pattern
    place_heads: frozenset
    month_before: re.Pattern
    decade_link: re.Pattern
    previous_year_words: frozenset
    future_before: re.Pattern
    past_before: re.Pattern
    preposition: re.Pattern
    hijri_months: dict
    colloquial: re.Pattern
    count_before: re.Pattern
    edge_sides: dict


_SPACES = re.compile(r"\s+")
# rare patterns tried only in windows that hold a word they need (the seed windows are wide)
# (every link of RANGE_LINK: `s.d`, `s. d`, `sd`, `s/d`, dashes, `hingga`, `sampai`)
_RANGE_GATE = re.compile(r"[-–—]|hingga|sampai|s\.?\s?d|s/d", re.IGNORECASE)
_YEAR_GATE = re.compile(YEAR)
_DAY_MONTH_GATE = re.compile(r"\d\s*[/-]\s*\d")  # the day and month of every numeric pattern: 12/4, 12-04
# the words a pattern cannot match without, each found in the window before the pattern is tried there (a
# gate is a part of every match of its patterns, case aside: a window without it holds no match); one
# search of a gate serves every pattern it gates in a window. A pattern's own search tries every position
# of the window, a literal gate skips to its first character: 1.8 -> 1.2 s of dates on 1,000 news articles
_GATES = {
    "month-day-range": (_RANGE_GATE,),
    "day-range": (_RANGE_GATE,),
    "month-range": (_RANGE_GATE,),
    "numeric-day-range": (_DAY_MONTH_GATE,),
    "numeric": (_DAY_MONTH_GATE,),
    "year-range": (_YEAR_GATE,),
    "year-month-range": (_RANGE_GATE, _YEAR_GATE),
    "iso": (_YEAR_GATE,),
    "quarter": (_YEAR_GATE,),
    "month-year": (_YEAR_GATE,),
    "year": (_YEAR_GATE,),
    "decade": (re.compile(r"0\s*-?\s*an", re.IGNORECASE),),  # (DECADE_END after the decade's last digit)
    "relative-count": (re.compile(r"(?:hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?:lalu|silam|mendatang|lagi)",
                                  re.IGNORECASE),),
    "month-relative-year": (re.compile("tahun", re.IGNORECASE),),  # (every relative year: `tahun lalu`, `tahun depan`)
}


_FOLD_TABLE = str.maketrans(_FOLD_TO_ASCII)  # ``(?i)`` matches ``ſeptember``: its key is ``september``


def _norm(form: str) -> str:
    """The lexicon key of a form: lower case as the case-blind patterns read it, curly apostrophe
    straightened, spaces collapsed."""
    return _SPACES.sub(" ", form.translate(_FOLD_TABLE).lower().replace("’", "'"))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The lexicons and compiled patterns, built once."""
    months = {_norm(r["form"]): int(r["month"]) for r in table("months.tsv")}
    hijri_months = {_norm(r["form"]): int(r["month"]) for r in table("hijri_months.tsv")}
    weekdays = {_norm(r["form"]): int(r["weekday"]) for r in table("weekdays.tsv")}
    relative = {_norm(r["form"]): (r["unit"], int(r["offset"])) for r in table("date_relative.tsv")}
    directions = {_norm(r["form"]): int(r["direction"]) for r in table("date_directions.tsv")}
    numbers = {_norm(r["form"]): int(r["value"]) for r in table("date_numbers.tsv")}

    mon = rf"(?:{_alternation(months)})"
    # a full month name alone (no day, no year) must be capitalised and not an abbreviation
    full_months = [_norm(r["form"]) for r in table("months.tsv") if r.get("abbreviation") != "yes"]
    mon_cap = _capitalised(full_months)
    wd = _capitalised(weekdays)
    direction = rf"(?:{_alternation(directions)})"
    num = rf"(?:\d{{1,2}}|{_alternation(numbers)}|se)"
    # "selama tiga bulan ini", "dalam beberapa hari ini": a count before "bulan ini" makes a span, not a
    # date; "beberapa tahun lalu" is vague ("dua tahun lalu" is read whole by relative-count)
    count_before = re.compile(rf"\b(?:\d{{1,3}}|beberapa|sekian|{_alternation(numbers)})\s+$", re.IGNORECASE)
    dayparts = _alternation(ordered("dayparts.txt"))
    triggers = ordered("year_triggers.txt")
    budget = _alternation(ordered("year_budget_words.txt"))
    # a budget or wage noun may take one qualifying word before its year: APBD Perubahan 2026, UMP Sumbar 2026
    trig = rf"{_alternation(triggers + ordered('year_period_words.txt'))}|(?:{budget})(?:\s+(?-i:[A-Z])[\w-]*)?"
    # the same words before a month name alone, less those naming a kind of year
    mtrig = _alternation(t for t in triggers if not re.match(r"(?i)(tahun|ta$|periode|di$)", t))
    edge_sides = {_norm(r["form"]): r["side"] for r in table("date_edges.tsv")}
    edges = tuple(edge_sides)
    edge = _alternation(edges)
    periods = {_norm(r["form"]): int(r["months"]) for r in table("date_periods.tsv")}
    ordinals = {_norm(r["form"]): int(r["value"]) for r in table("date_ordinals.tsv")}
    year_rel = _alternation(f for f, (unit, _) in relative.items() if unit == "year" and f.startswith("tahun "))
    edge_rel = {f for f in relative if f.split(" ", 1)[0] in edges}
    stop = rf"(?!\s+(?:{direction}|ini|sebelumnya|anggaran|ajaran|akademik|sidang|buku|fiskal|pelajaran|tahun|\d|(?i:{_alternation(hijri_months)})\b))"
    rel = "|".join([_alternation(f for f in relative if f not in edge_rel),
                    rf"(?:{_alternation(edge_rel)}){stop}"])
    after = _alternation(ordered("year_after_words.txt"))
    wd_pre = rf"(?:(?P<wd>{wd})(?:\s*,\s*|\s+)(?:(?:tanggal|tgl\.?)\s+)?)"
    d = r"(?P<d>[0-3]?\d)"
    y_opt = rf"(?:\s*,?\s+(?P<y>{YEAR})\b)?"
    # leads (_Led): what the matches of a pattern begin with, a character set first
    year_lead, wd_lead = YEAR, wd[3:-1]  # (a year; a day name, capitalised: the flat alternation)
    wd_or_day = "[" + "".join(sorted({f[0].upper() for f in weekdays})) + r"\d]"

    specs = [
        # ranges first: they take precedence over their parts
        ("day-range", rf"(?<![\d/.,])(?P<d1>[0-3]?\d){RANGE_LINK}(?P<d2>[0-3]?\d)\s+(?P<m>{mon})(?:\.(?=\s*\d))?(?![a-z]){y_opt}"),
        ("numeric-day-range", rf"\(\s*(?P<d1>[0-3]?\d)\s*{DASH}\s*(?P<d2>[0-3]?\d)\s*/\s*(?P<mn>[01]?\d)(?:\s*/\s*(?P<y>{YEAR}))?\s*\)"),
        ("month-range", rf"\b(?P<m1>{mon_cap}){RANGE_LINK}(?P<m2>{mon_cap})(?:\s+(?:(?i:tahun)\s+)?(?P<y>{YEAR})\b|\s+(?P<rel>(?i:{year_rel}))\b"
                         rf"|(?![\w-]|\s+\d))"),
        # a month opening a range to a full date: "Juli-28 September 2017", "Januari hingga 3 September 2025"
        ("month-day-range", rf"\b(?<!\d\s)(?P<m1>{mon_cap}){RANGE_LINK}(?P<d>[0-3]?\d)\s+(?P<m>{mon})\s+(?P<y>{YEAR})\b"),
        # consecutive months listed without a year: "November dan Desember", "Juni, Juli, dan Agustus"
        ("month-list", rf"\b(?P<list>{mon_cap}(?:\s*,\s*{mon_cap})*\s*,?\s+(?:dan|serta)\s+{mon_cap})\b(?![\w-]|\s*[-–—]|\s+(?:(?i:di|pada|tahun)\s+)?\d)"),
        # the second year may be written short in a season ("musim 2017/18"), or said relatively
        # ("sejak 2013 hingga tahun lalu", "dari 2010 sampai akhir tahun ini")
        ("year-range", rf"(?<![\d.,/-])(?P<y1>{YEAR})(?:(?:{RANGE_LINK}|\s*/\s*)(?P<y2>{YEAR})\b(?![.,]\d|/|{DECADE_END})"
                       rf"|\s*/\s*(?P<y2s>\d\d)\b(?![.,/]\d|\s*/)|{RANGE_LINK}(?:(?:{edge})\s+)?(?P<rel>{year_rel})\b)", year_lead),
        ("year-range", rf"\b(?i:antara)\s+(?i:tahun\s+)?(?P<y1>{YEAR})\s+(?i:dan|hingga|sampai(?:\s+dengan)?)\s+(?i:tahun\s+)?(?P<y2>{YEAR})\b(?![.,]\d|/)"),
        ("year-month-range", rf"(?<![\d.,/-])(?P<y1>{YEAR}){RANGE_LINK}(?:(?i:bulan)\s+)?(?P<m>{mon_cap})\s+(?:tahun\s+)?(?P<y2>{YEAR})\b", year_lead),
        ("decade", rf"(?<![\d.,/])(?:(?P<era>(?i:tahun|era|dekade|medio)\s+))?(?P<dec>(?:19|20)\d0|[1-9]0){DECADE_END}"),
        # full and partial dates
        ("day-month-year", rf"\b{wd_pre}?(?P<paren>\(\s*)?(?<![\d.,/]){d}\s+(?P<m>{mon})(?:\.(?=\s*\d))?(?![a-z]){y_opt}(?(paren)\s*\))(?:(?=\s+(?P<dir>{direction})\b))?"),
        ("numeric", rf"(?:\b(?P<wd>{wd})\s*,?\s*)?\(\s*{d}\s*/\s*(?P<mn>[01]?\d)(?:\s*/\s*(?P<y>{YEAR}|\d{{2}}))?\s*\)", wd_lead + r"|\("),
        ("numeric", rf"(?:\b(?P<wd>{wd})\s*,?\s*)?(?<![\d/.,-]){d}\s*(?P<sep>[/-])\s*(?P<mn>[01]?\d)\s*(?P=sep)\s*(?P<y>{YEAR})(?![\d/])", wd_or_day),
        ("numeric", rf"\b(?P<wd>{wd})\s*,?\s+{d}\s*/\s*(?P<mn>[01]?\d)(?![\d/])", wd_lead),
        ("numeric", rf"\(\s*(?P<wd>{wd})\s*,?\s*{d}\s*/\s*(?P<mn>[01]?\d)(?:\s*/\s*(?P<y>{YEAR}|\d{{2}}))?\s*\)"),
        # a dateline cut at the end of its line in the source ("Jumat (14/04/201" then a new paragraph):
        # day and month with the day name, the year read from the anchor
        ("numeric", rf"\b(?P<wd>{wd})\s*,?\s*\(\s*{d}\s*/\s*(?P<mn>[01]?\d)\s*/\s*\d{{1,3}}(?=[ \t]*(?:\n|$))", wd_lead),
        ("day-of-month", rf"\b(?i:tanggal|tgl\.?)\s+{d}\b(?!\s*[/.-]\s*\d)(?!\s+(?:{mon})\b)"
                         rf"(?!\s*(?:,|(?i:dan|atau|hingga|sampai|s/d))\s*\d)(?!\s+(?i:bulan\s+berjalan|setiap|tiap))", "[tT](?i:anggal|gl)"),
        # a day of the Islamic calendar: "1 Syawal 1447 H", "10 Zulhijah 1446 Hijriah", "1 Ramadan"
        ("hijri", rf"(?<![\d.,/])(?P<d>[0-3]?\d)\s+(?P<hm>{_alternation(hijri_months)})\b(?:\s+(?P<hy>1[3-5]\d\d)\b"
                  rf"(?:\s*(?:H\b\.?|Hijriah\b|Hijriyah\b))?)?"),
        ("iso", rf"(?<![\d/.-])(?P<y>{YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", year_lead),
        ("quarter", rf"\b(?:(?:{edge})\s+)?(?P<part>{_alternation(periods)})\s*(?P<ord>{_alternation(ordinals)})\b\s*(?:tahun\s+)?(?P<y>{YEAR})\b",
         _lead_any_case([*edges, *periods])),
        ("month-relative-year", rf"\b(?:(?:{edge})\s+)?(?:bulan\s+)?(?P<m>{mon_cap})\s+(?P<rel>{year_rel})\b",
         _lead_any_case([*edges, "bulan", *full_months])),
        ("month-year", rf"\b(?P<m>{mon})\.?\s+(?:(?:di|pada)\s+)?(?:tahun\s+)?(?P<y>{YEAR})\b", _lead_any_case(months)),
        ("month", rf"\b(?:(?i:(?:{mtrig})\s+)?(?i:bulan)\s+(?P<m>{mon_cap})\b(?:\s+(?P<dir>{direction}|ini)\b)?"
                  rf"|(?i:{mtrig})\s+(?P<m2>{mon_cap})\b(?:\s+(?P<dir2>{direction}|ini)\b)?"
                  rf"|(?<!\d)(?<!\d\s)(?P<m3>{mon_cap})\s+(?P<dir3>{direction})\b)(?![-–—]|\s+\d)"),
        ("weekday-relative", rf"\b(?P<wd>{wd})\s+(?:(?P<week>pekan|minggu)\s+)?(?P<dir>{direction})\b", wd_lead),
        ("week", rf"\b(?P<week>pekan|minggu)\s+(?P<dir>ini|{direction})\b", _lead_any_case(["pekan", "minggu"])),
        ("weekday", rf"\b(?P<wd>{wd})\b(?!\s*[,(]?\s*\d)(?!\s+(?i:pekan|minggu|{direction})\b)(?:\s+(?P<part>(?i:{dayparts})))?", wd_lead),
        ("relative-count", rf"\b(?<!\d[.,])(?P<n>{num})\s*(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?P<dir>lalu|silam|mendatang|lagi)\b"),
        ("relative", rf"\b{opening(relative)}(?P<rel>{rel})\b", _lead_any_case(relative)),
        ("year", rf"(?<![\d.,])(?<=\s)(?P<y>{YEAR})\b(?![.,]\d|\s*{DASH}\s*\d|/\d|{DECADE_END})", year_lead),
        ("year", rf"(?<![\d.,/])(?P<y>{YEAR})\s+(?P<after>{after})\b", year_lead),
    ]
    prefixes = {
        "numeric-day-range": (rf"(?P<wd>{wd})\s*{DASH}\s*{wd}\s*$", False, 0),
        "weekday-relative": (rf"\b(?P<wd1>{wd}){RANGE_LINK}$", False, 0),  # "Senin-Jumat pekan depan"
        "year-range": (rf"\b(?P<trig>{trig})(?:\s+tahun)?\s+$", False, re.IGNORECASE),
        "month-year": (rf"\b(?:(?:{edge})\s+)?(?:bulan\s+)?$", False, re.IGNORECASE),
        "relative": (rf"\b(?:(?:{dayparts})\s+(?:atau|dan|hingga|sampai)\s+|(?:{edge})\s+)$", False, re.IGNORECASE),
        "year": (rf"\b(?P<trig>{trig})(?:\s+tahun)?\s+$", True, re.IGNORECASE),
        "weekday": (r"\b(?P<cue>pada|hari|sejak|hingga|sampai|mulai|semenjak|jelang|menjelang)\s+$", False, re.IGNORECASE),
    }
    flags = re.IGNORECASE
    # a day and its month (`12 April`, `1 Syawal`) in every match of these patterns, searched once per window
    # before them (as _GATES): a digit opens the gate, where its search skips ahead, while the patterns
    # (a word boundary or a lookbehind first) were tried at every position of every window around a number
    # (dates._hits on 1,000 news articles: 0.033 + 0.031 + 0.030 s of pattern search -> 0.008 + 0.008 s of gates)
    day_month = re.compile(rf"\d\s+{opening(months)}(?:{_alternation(months)})", re.IGNORECASE)
    gates = {
        "day-month-year": (day_month,),
        "day-range": (day_month, _RANGE_GATE),
        "hijri": (re.compile(rf"\d\s+{opening(hijri_months)}(?:{_alternation(hijri_months)})", re.IGNORECASE),),
    }
    patterns = []
    seen_year = False
    for rule, source, *lead in specs:
        case = 0 if rule in ("month", "month-range", "month-list", "weekday-relative", "weekday") else flags
        if rule in ("day-month-year", "numeric", "month-day-range"):
            case = 0  # weekdays capitalised; month alternation below is case-insensitive on its own
            source = source.replace(f"(?P<m>{mon})", f"(?P<m>(?i:{mon[3:-1]}))")
        kind = "name" if rule in ("month", "month-range", "month-list", "month-day-range") else "words" if rule in _WORD_RULES else "digits"
        prefix = prefixes.get(rule) if not (rule == "year" and seen_year) else None
        seen_year = seen_year or rule == "year"
        if prefix is not None:
            prefix = (re.compile(prefix[0], prefix[2]), prefix[1])
        pattern = re.compile(source, case)
        if lead:
            pattern = _Led(pattern, re.compile(lead[0]))
        patterns.append((rule, kind, pattern, prefix, gates.get(rule, _GATES.get(rule, ()))))
    # cheap seeds: a pattern is tried only in windows around its seeds
    last_words = {f.split(" ")[-1] for f in relative} | {f.split(" ")[-1] for f in directions}
    last_words |= {"lalu", "silam", "mendatang", "lagi", "ini", "tahun"} | set(weekdays)
    seeds = {
        "digits": re.compile(r"[0-9]+"),
        "words": re.compile(rf"(?i:\b{opening(last_words)}(?:{_alternation(last_words)})\b)"),
        "name": re.compile(mon_cap),
    }

    names = _alternation(ordered("year_name_words.txt"))
    name_before = re.compile(
        rf"(?:\b(?:{names})|(?:Nomor|Nomer|No\.?)\s*:?\s*[A-Z]*[.-]?\d+[A-Za-z]?|{_PART_OF_YEAR})\s*$",
        re.IGNORECASE,
    )
    # "UU 12 Tahun 2011", "Perpres 5 tahun 2025": a capitalised (law) word and its number; not "tahap 2 tahun 2026"
    law_number = re.compile(r"\b[A-Z][\w.-]*\s+\d+[A-Za-z]?\s*$")
    day_names = _alternation(ordered("day_name_words.txt"))
    day_name_before = re.compile(rf"(?<![\w.])(?:{day_names})\s*$", re.IGNORECASE)
    bare_ok = re.compile(rf"(?:\b[A-Z][\w.-]*|\b(?i:{dayparts}|ini|kemarin|pada|tanggal|tgl\.?|sejak|hingga|sampai|mulai))\s*,?\s*$")
    year_more = re.compile(rf"(?:\s*,\s*(?:dan\s+|atau\s+|serta\s+)?|\s+(?:dan|atau|serta)\s+)(?P<y>{YEAR})\b(?![.,]\d|\s*{DASH}\s*\d|/\d)", re.IGNORECASE)
    day_more = re.compile(r"(?<![\d.,/])(?P<d>[0-3]?\d)(?:\s*,\s*(?:dan\s+|atau\s+)?|\s+(?:dan|atau|serta)\s+)$", re.IGNORECASE)
    units = _alternation(ordered("number_units.txt"))
    unit_after = re.compile(rf"\s*(?:{units})(?![\w])", re.IGNORECASE)
    pair_link = re.compile(rf"^{RANGE_LINK}(?:(?:{edge})\s+)?$", re.IGNORECASE)
    open_end = re.compile(rf"{RANGE_LINK}(?:{_alternation(ordered('date_open_ends.txt'))})\b", re.IGNORECASE)
    # months listed before the month that carries the year: "September, Oktober, November di 2020"
    month_chain = re.compile(rf"(?:\b{mon_cap}(?:\s*,\s*(?:dan\s+|serta\s+|atau\s+)?|\s+(?:dan|serta|atau)\s+))+$")
    place_heads = frozenset(_norm(w) for w in ordered("place_heads.txt"))
    month_before = re.compile(rf"\b(?:{mon})\.?\s+$", re.IGNORECASE)
    decade_link = re.compile(rf"{RANGE_LINK}(?:tahun\s+)?{YEAR}\b", re.IGNORECASE)
    # a day name after these words is the next one, not the last one: "akan digelar Sabtu"
    future_before = re.compile(rf"\b(?:{_alternation(ordered('future_words.txt'))})\b", re.IGNORECASE)
    # a month or day without a year after these words is the last one: "sejak Maret"
    past_before = re.compile(rf"\b(?:{_alternation(ordered('past_words.txt'))})\s+(?:(?:{edge})\s+)?(?:(?:bulan|tanggal|tgl\.?)\s+)?$",
                             re.IGNORECASE)
    # read with a date, not part of its mention: prepositions, and the measure or comparison before a year
    preposition = re.compile(rf"(?:{_alternation(ordered('date_prepositions.txt') + ordered('year_period_words.txt'))})\s+",
                             re.IGNORECASE)
    previous_year_words = frozenset({"tahun sebelumnya"})
    return _Lexicon(months, weekdays, relative, directions, numbers, periods, ordinals, patterns, seeds, name_before, law_number, day_name_before, bare_ok,
                    year_more, day_more, unit_after, pair_link, open_end, month_chain, place_heads, month_before, decade_link,
                    previous_year_words, future_before, past_before, preposition,
                    hijri_months=hijri_months, count_before=count_before, edge_sides=edge_sides,
                    colloquial=re.compile(rf"\b(?:{_alternation(ordered('colloquial_words.txt'))})\b", re.IGNORECASE))


@dataclass
class _Hit:
    start: int
    end: int
    rule: str
    unit: str  # day, month, year or range
    value: str
    flags: list = field(default_factory=list)
    explicit_year: bool = True
    parts: tuple = ()  # (y, m, d) for day and month hits
    weekday: Optional[int] = None


def _date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, anchor: dt.date, weekday: Optional[int] = None,
                  direction: int = 0, own_year: bool = True) -> tuple[Optional[dt.date], list]:
    """The year of day ``d`` of month ``m`` read against ``anchor`` (see the module docstring).

    ``own_year``: without a day name, the anchor's year when its date is at most
    :data:`OWN_YEAR_MARGIN_DAYS` further from the anchor than the nearest (not for a dateline).
    """
    candidates = [c for c in (_date(y, m, d) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if c]
    if direction < 0:
        candidates = [c for c in candidates if c <= anchor] or candidates
    elif direction > 0:
        candidates = [c for c in candidates if c >= anchor] or candidates
    if not candidates:
        return None, []
    if weekday is None and own_year:
        nearest = min(abs((c - anchor).days) for c in candidates)
        own = [c for c in candidates if c.year == anchor.year and abs((c - anchor).days) <= nearest + OWN_YEAR_MARGIN_DAYS]
        if own:
            return own[0], []
    candidates = [c for c in candidates if abs((c - anchor).days) <= 200] or candidates
    flags = []
    if weekday is not None:
        fitting = [c for c in candidates if c.weekday() == weekday]
        if fitting:
            candidates = fitting
        else:
            flags.append(FLAG_MISMATCH)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor)), flags


def _month_value(m: int, anchor: dt.date, direction: int, since: bool = False) -> str:
    """The year of month ``m`` without a year: the last or next one for a direction (``since``: the
    anchor's month counts as the last one, "sejak Oktober" in October), else the nearest, the anchor's
    year at six months either way."""
    y = anchor.year
    if direction < 0:
        y = y if m < anchor.month or (m == anchor.month and since) else y - 1
    elif direction > 0:
        y = y if m > anchor.month else y + 1
    elif m - anchor.month > 6:
        y -= 1
    elif anchor.month - m > 6:
        y += 1
    return f"{y:04d}-{m:02d}"


def _add_months(anchor: dt.date, n: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _full_date(lex: _Lexicon, g: dict, y: Optional[int], m: int, d: int, anchor: Optional[dt.date]) -> Optional[_Hit]:
    """A day/month/(year) reading with its day name checked."""
    wd = lex.weekdays.get(_norm(g["wd"])) if g.get("wd") else None
    direction = lex.directions.get(_norm(g["dir"]), 0) if g.get("dir") else g.get("cue_dir", 0)
    flags: list = []
    if y is not None:
        date = _date(y, m, d)
        if date is None:
            return None
        if wd is not None and date.weekday() != wd:
            flags.append(FLAG_MISMATCH)
            if anchor is not None:
                fixed = [c for c in (_date(yy, m, d) for yy in (anchor.year, anchor.year - 1, anchor.year + 1))
                         if c and c.weekday() == wd and c.year != y
                         and abs((c - anchor).days) <= 183 < abs((date - anchor).days)]
                if fixed:
                    date = fixed[0]
                    flags.append(FLAG_YEAR_FIXED)
        return _Hit(0, 0, "", "day", date.isoformat(), flags, True, (date.year, m, d))
    if anchor is None:
        if _date(2000, m, d) is None:  # 2000 is a leap year: every valid day/month exists
            return None
        return _Hit(0, 0, "", "day", f"XXXX-{m:02d}-{d:02d}", [FLAG_NO_ANCHOR], False, (None, m, d), wd)
    date, flags = _nearest_year(m, d, anchor, wd, direction)
    if date is None:
        return None
    return _Hit(0, 0, "", "day", date.isoformat(), flags, False, (date.year, m, d))


def _year(g: dict, key: str = "y") -> Optional[int]:
    value = g.get(key)
    if not value:
        return None
    y = int(value)
    return y + 2000 if y < 100 else y


# two capitalised words (not opening a sentence, the last not an acronym) right before "tahun YYYY":
# the year belongs to a name (Rapat Koordinasi Inflasi Daerah tahun 2025), unless the words are a
# place (Kabupaten Bogor tahun 2024); one capitalised word is a place or a thing (di Lampung tahun 2021)
_NAME_BEFORE_TAHUN = re.compile(r"(?<![.!?\n]\s)(?<![.!?\n])(?<=[\w,)] )(?P<first>[A-Z][\w-]*)\s+[A-Z][a-z][\w-]*\s+$")
_EDITION_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+(?:[IVXLC]+|ke-?\s?\d+)\s+$")
_BARE_YEAR = re.compile(rf"(?<![\d.,/])(?<!Nomor )(?<!No\. ){YEAR}(?![\d/]|[.,]\d)")
_QUOTE_MARKS = '"“”'
# relative days that casual speech uses loosely ("kemarin" = the other day, recently)
_VAGUE_IN_SPEECH = frozenset({"kemarin"})
_PART_OF_YEAR = r"\b(?:kuartal|triwulan|semester|caturwulan|Q)\s*(?:[IVX]+|[1-4])"
# a relative year or month after a part of a year is that part's comparison ("semester I tahun lalu"),
# not a date of its own; after a name it is ("Pilpres tahun lalu", "peraih emas tahun ini")
_PART_BEFORE = re.compile(rf"{_PART_OF_YEAR}\s*$", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\s+(?:itu|tersebut)\b", re.IGNORECASE)
_EVERY = re.compile(r"\b(?:setiap|tiap)\s+$", re.IGNORECASE)
# a capitalised word inside a sentence right before "YYYY lalu": the year ends a name
_NAME_BEFORE_YEAR = re.compile(r"(?<=[\w,)] )(?P<word>[A-Z][\w-]*)\s+$")
# "Tahun YYYY tentang ...": the year of a regulation's number, however the number before it is written
_REGULATION_AFTER = re.compile(r"\s+tentang\b", re.IGNORECASE)
_EDGE_BEFORE = re.compile(r"\b(\w+)\s+(?:bulan\s+)?$", re.IGNORECASE)
# a count of units after these words is a span, not a date ("selama tiga pekan mendatang", "sepanjang 5 tahun lalu")
_SPAN_BEFORE = re.compile(r"\b(?:selama|sepanjang|dalam\s+kurun(?:\s+waktu)?)\s+(?:(?:kurang\s+lebih|sekitar|hampir)\s+)?$", re.IGNORECASE)
# a day of the month said to recur ("setiap tanggal 28", "tanggal 28 bulan berjalan"): the bare days of
# the month that follow in the paragraph are rules of the same calendar, not dates ("hingga tanggal 27")
_RECURRING_DAY = re.compile(r"\b(?:(?:setiap|tiap|saban)\s+(?:tanggal|tgl\.?)\s+\d|(?:tanggal|tgl\.?)\s+\d{1,2}\s+"
                            r"(?:(?:setiap|tiap)\s+bulan|bulan\s+berjalan|per\s+bulan))", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*[,.;]")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]['\"”’)]?)\s*$")


def _casual_quotation(lex: _Lexicon, text: str, start: int) -> bool:
    """True when ``start`` lies inside a quotation of its paragraph that is casual speech."""
    paragraph = text.rfind("\n\n", 0, start) + 1
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    marks = [i for i in range(paragraph, start) if text[i] in _QUOTE_MARKS]
    if not marks or text[marks[-1]] == "”" or (text[marks[-1]] == '"' and sum(text[i] == '"' for i in marks) % 2 == 0):
        return False  # no quotation open at ``start``
    close = next((i for i in range(start, end) if text[i] in _QUOTE_MARKS), end)
    return lex.colloquial.search(text, marks[-1], close) is not None


def _hijri_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a day of the tabular Islamic calendar (civil epoch, 16 July 622 Julian).

    The Indonesian government fixes Ramadan, Syawal and Zulhijah by sighting (sidang isbat), which
    can differ from the table by a day; 1 Ramadan 1446, 1 Syawal 1445-1447 agree with it.
    """
    julian_day = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439.5 - 1
    return dt.date.fromordinal(int(julian_day - 1721424.5))


def _cue_direction(lex: _Lexicon, text: str, start: int) -> int:
    """-1 after ``sejak`` (the last such month or day), 1 after a future marker (``akan``), else 0 (also
    when both are there: "akan berlaku sejak 1 Januari" may be the next one)."""
    past = lex.past_before.search(text, max(0, start - 40), start) is not None
    future = lex.future_before.search(text, max(0, start - 40), start) is not None
    return 0 if past == future else -1 if past else 1


def _named_year(lex: _Lexicon, text: str, before: int) -> bool:
    """True when the words before ``tahun`` at ``before`` make its year part of a name."""
    if _EDITION_BEFORE.search(text, max(0, before - 30), before):
        return True  # PON XX tahun 2021, Munas ke-5 tahun 2020: an edition of an event
    name = _NAME_BEFORE_TAHUN.search(text, max(0, before - 60), before)
    return name is not None and _norm(name.group("first")) not in lex.place_heads


def _read(lex: _Lexicon, rule: str, match: re.Match, text: str, anchor: Optional[dt.date],
          head: Optional[re.Match] = None) -> Optional[_Hit]:
    """The hit of one match (``head``: the words read backwards before it, such as ``pada``)."""
    g = match.groupdict()
    start, end = match.span()
    if head is not None:
        start = head.start()
        g.update({k: v for k, v in head.groupdict().items() if v})
    hit: Optional[_Hit] = None
    if rule in ("day-month-year", "numeric", "iso"):
        if rule == "day-month-year" and lex.day_name_before.search(text, max(0, start - 20), start):
            return None  # Jalan 17 Agustus
        if (rule == "numeric" and not g.get("wd") and not g.get("y") and text[start] == "("
                and not lex.bare_ok.search(text, max(0, start - 20), start)):
            return None  # (1/2) after a number or a noun is a fraction, not a date
        m = lex.months[_norm(g["m"])] if g.get("m") else int(g["mn"])
        if not 1 <= m <= 12:
            return None
        if not g.get("y"):
            g["cue_dir"] = _cue_direction(lex, text, start)
        hit = _full_date(lex, g, _year(g), m, int(g["d"]), anchor)
    elif rule == "day-range" or rule == "numeric-day-range":
        m = lex.months[_norm(g["m"])] if g.get("m") else int(g["mn"])
        d1, d2 = int(g["d1"]), int(g["d2"])
        if not 1 <= m <= 12 or d1 >= d2:
            return None
        last = _full_date(lex, {}, _year(g), m, d2, anchor)
        if last is None or last.parts[0] is None:
            return None
        first = _date(last.parts[0], m, d1)
        if first is None:
            return None
        hit = _Hit(0, 0, "", "range", f"{first.isoformat()}/{last.value}", last.flags, last.explicit_year)
    elif rule == "month-range":
        m1, m2 = lex.months[_norm(g["m1"])], lex.months[_norm(g["m2"])]
        if g.get("y"):
            y = int(g["y"])
        elif g.get("rel"):  # "Januari hingga September tahun lalu"
            if anchor is None:
                return None
            y = anchor.year + lex.relative[_norm(g["rel"])][1]
        elif anchor is not None:  # "November hingga Desember": the year that puts the first month nearest
            y = int(_month_value(m1, anchor, 0)[:4]) + (m2 < m1)
        else:
            return None
        y1 = y if m1 < m2 else y - 1
        hit = _Hit(0, 0, "", "range", f"{y1:04d}-{m1:02d}/{y:04d}-{m2:02d}", explicit_year=bool(g.get("y")))
    elif rule == "month-day-range":
        m1, m, y = lex.months[_norm(g["m1"])], lex.months[_norm(g["m"])], int(g["y"])
        last = _date(y, m, int(g["d"]))
        if last is None:
            return None
        y1 = y if m1 < m else y - 1
        hit = _Hit(0, 0, "", "range", f"{y1:04d}-{m1:02d}/{last.isoformat()}")

    elif rule == "hijri":
        d, hm = int(g["d"]), lex.hijri_months[_norm(g["hm"])]
        if not 1 <= d <= 30:
            return None
        if g.get("hy"):
            date = _hijri_date(int(g["hy"]), hm, d)
        elif anchor is not None:  # the year of the Islamic calendar that puts the day nearest the anchor
            estimate = round((anchor.year - 622) * 33 / 32)
            date = min((_hijri_date(hy, hm, d) for hy in (estimate - 1, estimate, estimate + 1)),
                       key=lambda c: abs((c - anchor).days))
        else:
            return None
        hit = _Hit(0, 0, "", "day", date.isoformat(), explicit_year=bool(g.get("hy")), parts=(date.year, date.month, date.day))
    elif rule == "month-list":
        months = [lex.months[_norm(w)] for w in re.findall(r"\w+", g["list"]) if _norm(w) in lex.months]
        if anchor is None or len(months) < 2 or any(b != a % 12 + 1 for a, b in zip(months, months[1:])):
            return None  # months not in a row are each read by the other rules, with their cues
        first = _month_value(months[0], anchor, _cue_direction(lex, text, start))
        y1 = int(first[:4])
        y2 = y1 + (months[-1] < months[0])
        hit = _Hit(0, 0, "", "range", f"{first}/{y2:04d}-{months[-1]:02d}", explicit_year=False)
    elif rule in ("year-range", "year-month-range") and lex.month_before.search(text, max(0, match.start("y1") - 16),
                                                                               match.start("y1")):
        return None  # "Februari 2024 hingga 2025": the first year belongs to its month
    elif rule == "year-range":
        y1 = int(g["y1"])
        if g.get("rel"):  # "sejak 2013 hingga tahun lalu": the end read against the anchor
            if anchor is None:
                return None
            y2 = anchor.year + lex.relative[_norm(g["rel"])][1]
        else:
            y2 = y1 + 1 if g.get("y2s") and int(g["y2s"]) == (y1 + 1) % 100 else int(g.get("y2") or 0)
        if not y1 < y2 <= y1 + 50:
            return None
        if "/" in text[match.start("y1"):end] and y2 != y1 + 1:
            return None
        if not g.get("trig") and (lex.name_before.search(text, max(0, start - 40), start)
                                  or lex.unit_after.match(text, end)):
            return None
        side = lex.edge_sides.get(_norm(g.get("trig") or ""))
        if y2 == y1 + 1 and side in ("start", "end") and not g.get("rel"):
            # "pada pengujung 2015-2016", "awal musim 2016/2017": a season of two years ends in its second
            hit = _Hit(0, 0, "", "year", f"{y2 if side == 'end' else y1}")
        else:
            hit = _Hit(0, 0, "", "range", f"{y1}/{y2}")
    elif rule == "year-month-range":
        y1, y2, m = int(g["y1"]), int(g["y2"]), lex.months[_norm(g["m"])]
        if not y1 < y2 <= y1 + 50:
            return None
        hit = _Hit(0, 0, "", "range", f"{y1:04d}/{y2:04d}-{m:02d}")
    elif rule == "decade":
        dec = int(g["dec"])
        if dec < 100:
            if not g.get("era") and not lex.decade_link.match(text, end):
                return None  # "80-an orang" is a quantity; "tahun 80-an", "80-an hingga 2012" are decades
            dec += 1900
        elif lex.unit_after.match(text, end):
            return None
        hit = _Hit(0, 0, "", "range", f"{dec}/{dec + 9}")
    elif rule == "day-of-month":
        paragraph = max(text.rfind("\n\n", 0, start), start - 300, 0)
        if anchor is None or _EVERY.search(text, max(0, start - 10), start) or _RECURRING_DAY.search(text, paragraph, start):
            return None  # "setiap tanggal 28": every month, and so the days of the month said after it
        day = int(g["d"])
        months = [(anchor.year * 12 + anchor.month - 1 + k) for k in (-1, 0, 1)]
        candidates = [c for c in (_date(i // 12, i % 12 + 1, day) for i in months) if c]
        if not candidates:
            return None
        date = min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))
        hit = _Hit(0, 0, "", "day", date.isoformat(), explicit_year=False, parts=(date.year, date.month, date.day))
    elif rule == "week":
        if anchor is None or (g["week"] == "Minggu" and not _SENTENCE_START.search(text, max(0, start - 5), start)) \
                or ((count := lex.count_before.search(text, max(0, start - 20), start)) and not count.group(0).strip().isdigit()):
            # "Minggu lalu" inside a sentence is last Sunday (weekday-relative); "beberapa pekan lalu" is vague
            # (a number in figures before it ends a name: "Windows 10 minggu ini")
            return None
        word = _norm(g["dir"])
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=0 if word == "ini" else lex.directions[word])
        hit = _Hit(0, 0, "", "range", f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", explicit_year=False)
    elif rule == "weekday":
        between_commas = text[max(0, start - 2):start].strip() == "," and _CLAUSE_END.match(text, end)
        if anchor is None or _EVERY.search(text, max(0, start - 10), start) or (
                head is None and not g.get("part") and not between_commas):
            return None  # a day name is a date after "pada", "hari" ..., before a day part, or as "X, Senin, kata"
        wd = lex.weekdays[_norm(g["wd"])]
        if lex.future_before.search(text, max(0, start - 40), start):
            date = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
        else:
            date = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
        hit = _Hit(0, 0, "", "day", date.isoformat(), explicit_year=False, parts=(date.year, date.month, date.day))
    elif rule == "quarter":
        size, n = lex.periods.get(_norm(g["part"])), lex.ordinals.get(_norm(g["ord"]))
        if not size or not n or n * size > 12:
            return None
        y = int(g["y"])
        hit = _Hit(0, 0, "", "range", f"{y:04d}-{(n - 1) * size + 1:02d}/{y:04d}-{n * size:02d}")
    elif rule == "month-relative-year":
        if anchor is None:
            return None
        y = anchor.year + lex.relative[_norm(g["rel"])][1]
        hit = _Hit(0, 0, "", "month", f"{y:04d}-{lex.months[_norm(g['m'])]:02d}", explicit_year=False)
    elif rule == "month-year":
        if re.search(r"\d\s*$", text[max(0, start - 3):start]):
            return None  # the day before was read as part of a name (Universitas 17 Agustus 1945)
        if _named_year(lex, text, match.start("m")):
            return None  # Rapat Dewan Gubernur Oktober 2017: the month and year name a meeting
        hit = _Hit(0, 0, "", "month", f"{int(g['y']):04d}-{lex.months[_norm(g['m'])]:02d}")
    elif rule == "month":
        name = g.get("m") or g.get("m2") or g.get("m3")
        word = g.get("dir") or g.get("dir2") or g.get("dir3")
        if anchor is None:
            return None
        m = lex.months[_norm(name)]
        if word and _norm(word) == "ini":  # "akhir Februari ini": this year's February
            value = f"{anchor.year:04d}-{m:02d}"
        else:
            at = match.start("m" if g.get("m") else "m2" if g.get("m2") else "m3")
            direction = lex.directions.get(_norm(word), 0) if word else _cue_direction(lex, text, at)
            edge = _EDGE_BEFORE.search(text, max(0, at - 25), at)
            side = lex.edge_sides.get(_norm(edge.group(1))) if edge else None
            if m == anchor.month and (direction < 0 and side in ("start", "middle") or direction > 0 and side in ("middle", "end")):
                value = f"{anchor.year:04d}-{m:02d}"  # "awal November lalu" said in late November: this November
            else:
                value = _month_value(m, anchor, direction, since=not word)
        hit = _Hit(0, 0, "", "month", value, explicit_year=False)
    elif rule == "weekday-relative":
        if anchor is None or (g["wd"] == "Minggu" and _SENTENCE_START.search(text, max(0, start - 5), start)):
            return None  # "Minggu lalu" opening a sentence may be "last week"
        wd, direction = lex.weekdays[_norm(g["wd"])], lex.directions[_norm(g["dir"])]
        if g.get("week"):
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=direction)
            date = monday + dt.timedelta(days=wd)
        elif direction < 0:
            date = anchor - dt.timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
        else:
            date = anchor + dt.timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
        hit = _Hit(0, 0, "", "day", date.isoformat(), explicit_year=False)
        if g.get("wd1"):  # "Senin-Jumat pekan depan": the days up to the one the direction fixes
            first = date - dt.timedelta(days=(wd - lex.weekdays[_norm(g["wd1"])]) % 7)
            if first < date:
                hit = _Hit(0, 0, "", "range", f"{first.isoformat()}/{date.isoformat()}", explicit_year=False)
    elif rule == "relative-count":
        if anchor is None or _SPAN_BEFORE.search(text, max(0, start - 30), start):
            return None  # "selama tiga pekan mendatang": a span from now, not a date
        n = g["n"].lower()
        n = 1 if n == "se" else int(n) if n.isdigit() else lex.numbers.get(_norm(n))
        if not n:
            return None
        sign = -1 if g["dir"].lower() in ("lalu", "silam") else 1
        unit = g["unit"].lower()
        if unit in ("hari", "pekan", "minggu"):
            days = n * (1 if unit == "hari" else 7)
            hit = _Hit(0, 0, "", "day", (anchor + dt.timedelta(days=sign * days)).isoformat(), explicit_year=False)
        elif unit == "bulan":
            hit = _Hit(0, 0, "", "month", _add_months(anchor, sign * n), explicit_year=False)
        else:
            hit = _Hit(0, 0, "", "year", f"{anchor.year + sign * n:04d}", explicit_year=False)
    elif rule == "relative":
        unit, offset = lex.relative[_norm(g["rel"])]
        if (anchor is None or text[start - 1:start] == "-" or _PART_BEFORE.search(text, max(0, start - 40), start)
                or lex.count_before.search(text, max(0, start - 20), start)
                or (unit == "day" and lex.name_before.search(text, max(0, start - 40), start))
                or (_ANAPHORIC.match(text, end) and _norm(g["rel"]).rsplit(" ", 1)[-1] not in lex.directions)):
            # "tahun-tahun sebelumnya"; "semester I tahun sebelumnya"; "pilpres besok" is the coming election;
            # "akhir bulan itu" points back (but in "yang pensiun tahun lalu itu" the demonstrative closes the
            # noun phrase: "lalu" fixes the year). A year after a name is a date: "peraih emas tahun ini".
            return None
        if _norm(g["rel"]) in _VAGUE_IN_SPEECH and _casual_quotation(lex, text, start):
            return None  # "Iya kemarin habis liburan ... seneng banget": the other day, not yesterday
        if _norm(g["rel"]) in lex.previous_year_words:
            # "naik dibandingkan tahun sebelumnya": the year before the last year the paragraph named
            paragraph = max(text.rfind("\n\n", 0, start), start - 400, 0)
            named = [int(m.group(0)) for m in _BARE_YEAR.finditer(text, paragraph, start)]
            if named:
                return _Hit(start, end, rule, "year", f"{named[-1] - 1:04d}", explicit_year=False)
        if unit == "day":
            hit = _Hit(0, 0, "", "day", (anchor + dt.timedelta(days=offset)).isoformat(), explicit_year=False)
        elif unit == "month":
            hit = _Hit(0, 0, "", "month", _add_months(anchor, offset), explicit_year=False)
        else:
            hit = _Hit(0, 0, "", "year", f"{anchor.year + offset:04d}", explicit_year=False)
    elif rule == "year":
        before = match.start("y") if g.get("after") else start
        if lex.name_before.search(text, max(0, before - 40), before):
            return None
        if g.get("after") and lex.month_before.search(text, max(0, before - 16), before):
            return None  # "pada Mei 2017 lalu": the year belongs to its month (read by month-year)
        if g.get("after") and (name := _NAME_BEFORE_YEAR.search(text, max(0, before - 40), before)) \
                and _norm(name.group("word")) not in lex.place_heads and _norm(name.group("word")) != "tahun":
            return None  # "Piala AFF 2016 lalu", "Pilgub Jabar 2018 mendatang": the year of a named event
        if g.get("trig") and _norm(g["trig"]) == "tahun" and (
                lex.law_number.search(text, max(0, before - 30), before)
                or _named_year(lex, text, before)):
            return None  # Perpres 12 Tahun 2025; Rapat Koordinasi Inflasi Daerah tahun 2025
        if g.get("trig") and _norm(g["trig"]) == "tahun" and _REGULATION_AFTER.match(text, end):
            return None  # "nomor: 02 tahun 2012 tentang ...", "PM.26 Tahun 2017 tentang ...": a regulation's number
        if g.get("trig") and lex.unit_after.match(text, end):
            return None
        hit = _Hit(0, 0, "", "year", g["y"])
    if hit is None:
        return None
    hit.start, hit.end, hit.rule = start, end, rule
    return hit


NOT_EMITTED = frozenset({"quarter"})
_WORD_RULES = frozenset({"month-relative-year", "weekday-relative", "relative-count", "relative", "week", "weekday"})
_MARGIN = 60


def _windows(seed: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around the matches of ``seed``."""
    windows: list[list[int]] = []
    for m in seed.finditer(text):
        start, end = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


def _holds_all(gated: dict, gates: tuple, text: str, ws: int, we: int) -> bool:
    """Whether ``text[ws:we]`` holds a match of every gate in ``gates`` (each searched once per window and
    kept in ``gated``; one loop, not a generator and a call per gate: about 120 checks per article)."""
    for gate in gates:
        found = gated.get((gate, ws))
        if found is None:
            found = gated[(gate, ws)] = gate.search(text, ws, we) is not None
        if not found:
            return False
    return True


def _hits(text: str, anchor: Optional[dt.date], keep_partial: bool = False,
          kinds: tuple = ("digits", "words", "name")) -> list[_Hit]:
    lex = lexicon()
    found: list[_Hit] = []
    windows = {kind: _windows(seed, text) for kind, seed in lex.seeds.items() if kind in kinds}
    gated: dict[tuple[re.Pattern, int], bool] = {}  # (gate, window start) -> whether the window holds it
    for rule, kind, pattern, prefix, gates in lex.patterns:
        if kind not in windows:
            continue
        for ws, we in windows[kind]:
            if gates and not _holds_all(gated, gates, text, ws, we):
                continue  # a word the pattern cannot match without is not in the window
            pos = ws
            while (match := pattern.search(text, pos, we)) is not None:
                pos = max(match.end(), match.start() + 1)
                if match.end() > we - 20:  # near the window's end: read it on the whole text
                    match = pattern.match(text, match.start()) or match
                head = None
                if prefix is not None:
                    head = prefix[0].search(text, max(0, match.start() - 40), match.start())
                    if head is None and prefix[1]:
                        continue
                hit = _read(lex, rule, match, text, anchor, head)
                if hit is not None:
                    found.append(hit)
    # longest first, then earliest; a hit overlapping a kept one is dropped
    found.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[_Hit] = []
    occupied = bytearray(len(text) + 1)
    for hit in found:
        if not any(occupied[hit.start:hit.end]):
            kept.append(hit)
            occupied[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    kept.sort(key=lambda h: h.start)
    hits = _glossed(_lists(lex, _pair_ranges(lex, kept, text, anchor), text, occupied), text)
    # a quarter or semester (`triwulan I 2025`) holds its span, so that its year is not read as a
    # date on its own, but is not emitted: quarters are periods of reporting, not calendar dates
    hits = [h for h in hits if h.rule not in NOT_EMITTED]
    return hits if keep_partial else [h for h in hits if not h.value.startswith("XXXX")]


def _glossed(hits: list[_Hit], text: str) -> list[_Hit]:
    """A relative day glossed by the date in brackets after it takes that date: in ``kemarin
    (Rabu, 12/4)`` said in a quotation reported days later, ``kemarin`` is the 12th. Right after a
    date, ``kemarin`` marks the past like ``lalu`` (``Minggu (21/5/2017) kemarin``) and is dropped."""
    dropped = set()
    for before, hit, after in zip([None] + hits, hits, hits[1:] + [None]):
        if hit.rule != "relative" or hit.unit != "day":
            continue
        if (after is not None and after.unit == "day" and text[after.start] == "("
                and not text[hit.end:after.start].strip()):
            hit.value = after.value
        elif (before is not None and before.unit in _UNITS and before.rule != "relative"
              and not text[before.end:hit.start].strip() and _norm(text[hit.start:hit.end]) in _VAGUE_IN_SPEECH):
            dropped.add(id(hit))
    return [h for h in hits if id(h) not in dropped]


def _lists(lex: _Lexicon, hits: list[_Hit], text: str, occupied: bytearray) -> list[_Hit]:
    """Add the other members of a list: ``pada 2024 dan 2025``, ``26 dan 27 Mei 2025``."""
    extra: list[_Hit] = []
    dropped: set[int] = set()
    for hit in hits:
        if hit.rule == "month-year":
            chain = lex.month_chain.search(text, max(0, hit.start - 80), hit.start)
            if chain is None:
                continue
            listed = [(m.start(), m.end(), lex.months[_norm(m.group(0))])
                      for m in re.finditer(r"\w+", chain.group(0)) if _norm(m.group(0)) in lex.months]
            listed = [(chain.start() + s, chain.start() + e, n) for s, e, n in listed]
            y, last = int(hit.value[:4]), int(hit.value[5:7])
            months = [n for _, _, n in listed] + [last]
            dropped |= {id(h) for h in hits if h is not hit and h.start < hit.start and h.end > listed[0][0]}
            if len(months) >= 3 and all(b == a + 1 for a, b in zip(months, months[1:])):
                dropped.add(id(hit))  # consecutive months: one range from the first to the last
                extra.append(_Hit(listed[0][0], hit.end, "month-list", "range", f"{y:04d}-{months[0]:02d}/{y:04d}-{last:02d}"))
            else:
                extra.extend(_Hit(s, e, "month-list", "month", f"{y:04d}-{n:02d}") for s, e, n in listed)
        elif hit.rule == "year" or (hit.rule == "year-range" and hit.unit == "range"):
            pos = hit.end  # "pada 1987 hingga 1991, 2009, dan 2011 hingga 2013": the list goes on after a range
            while (m := lex.year_more.match(text, pos)) and not any(occupied[m.start("y"):m.end("y")]):
                if lex.unit_after.match(text, m.end()):
                    break
                extra.append(_Hit(m.start("y"), m.end("y"), "year-list", "year", m.group("y")))
                pos = m.end()
        elif hit.rule == "day-month-year" and hit.parts and hit.parts[0] and text[hit.start].isdigit():
            end = hit.start
            while (m := lex.day_more.search(text, max(0, end - 12), end)) and not any(occupied[m.start():m.end()]):
                day = _date(hit.parts[0], hit.parts[1], int(m.group("d")))
                if day is None:
                    break
                extra.append(_Hit(m.start("d"), m.end("d"), "day-list", "day", day.isoformat(), [],
                                  hit.explicit_year, (day.year, day.month, day.day)))
                end = m.start()
    if not extra:
        return hits
    return sorted([h for h in hits if id(h) not in dropped] + extra, key=lambda h: h.start)


_UNITS = ("day", "month", "year")
_LINK_HEAD = re.compile(r"(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s", re.IGNORECASE)  # a year hit read with its "hingga"


def _pair_ranges(lex: _Lexicon, hits: list[_Hit], text: str, anchor: Optional[dt.date]) -> list[_Hit]:
    """Join ``<date> hingga <date>`` into one range hit, and ``<date> hingga sekarang`` into a range
    ending at the anchor. The two ends may differ in precision (``2024 hingga Februari 2025``)."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        if (a.unit in _UNITS or a.rule == "decade") and a.rule != "relative" and anchor is not None:
            open_end = lex.open_end.match(text, a.end)
            first = a.value.split("/")[0]
            if open_end is not None and first < anchor.isoformat():
                out.append(_Hit(a.start, open_end.end(), "open-range", "range", f"{first}/{anchor.isoformat()}", a.flags))
                i += 1
                while i < len(hits) and hits[i].start < open_end.end():
                    i += 1  # "hari ini" read on its own
                continue
        if i + 1 < len(hits):
            b = hits[i + 1]
            same = a.unit == b.unit and a.unit in _UNITS and (a.unit != "year" or a.explicit_year)
            spans = (a.unit in _UNITS or a.rule == "decade", b.unit in _UNITS or b.rule == "decade")
            # "Januari hingga 3 September 2025": a month without a year takes the year of the end
            month_first = a.unit == "month" and a.rule == "month" and b.unit == "day" and b.explicit_year
            mixed = (a.unit != b.unit or a.rule == "decade" or b.rule == "decade") and all(spans) \
                and (a.explicit_year or month_first) and b.explicit_year
            gap = text[a.end:b.start]
            linked = lex.pair_link.match(gap) or (not gap.strip() and _LINK_HEAD.match(text, b.start))
            # "sejak 2013 hingga tahun lalu", "Maret 2016 sampai bulan lalu": a range ending at a relative date
            to_relative = b.rule == "relative" and b.unit in _UNITS and a.explicit_year and a.unit in _UNITS
            if (same or mixed or to_relative) and a.rule != "relative" and (b.rule != "relative" or to_relative) and linked:
                first, last = a.value.split("/")[0], b.value.split("/")[-1]
                if (a.unit == "day" and b.unit == "day" and not a.explicit_year and not b.explicit_year
                        and a.parts[1:] and b.parts[1:] and a.parts[0] and b.parts[0] != a.parts[0]):
                    # "sejak Minggu (24/8) hingga Senin (25/8)": both ends in the year read for the first
                    y = a.parts[0] if (a.parts[1], a.parts[2]) <= (b.parts[1], b.parts[2]) else a.parts[0] + 1
                    date = _date(y, b.parts[1], b.parts[2])
                    last = date.isoformat() if date else last
                elif a.unit == "day" and b.unit == "day" and not a.explicit_year and b.explicit_year and a.parts[1:] and b.parts[0]:
                    y = b.parts[0] if (a.parts[1], a.parts[2]) <= (b.parts[1], b.parts[2]) else b.parts[0] - 1
                    date = _date(y, a.parts[1], a.parts[2])
                    first = date.isoformat() if date else first
                elif month_first:
                    y, m = int(last[:4]), int(first[5:7])
                    first = f"{y if m <= int(last[5:7]) else y - 1:04d}-{m:02d}"
                if first < last and not last.startswith(first):
                    out.append(_Hit(a.start, b.end, "range", "range", f"{first}/{last}", a.flags + b.flags))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def date_mentions(text: str, anchor: Optional[dt.date], skip: tuple = ()) -> Iterator[DateMention]:
    """Yield the date expressions of ``text``, each distinct (text, value) once, in text order.

    ``skip``: (start, end) stretches whose dates are left out (page furniture). A preposition read
    with a date (``pada 2024``, ``sejak Maret``) or a measure before a year (``inflasi 2018``) is not
    part of the mention: the same date said twice (``sejak 1996`` ... ``pada 1996``) is one expression.
    """
    lex = lexicon()
    seen: set = set()
    # the stretches by start, with the furthest end of those opening up to each: a hit overlaps one when
    # the stretches that open before its end reach past its start (looked up, not read for each hit)
    stretches = sorted(skip)
    opens = [s for s, _ in stretches]
    reach = list(itertools.accumulate((e for _, e in stretches), max))
    for hit in _hits(text, anchor):
        k = bisect_left(opens, hit.end)
        if k and reach[k - 1] > hit.start:
            continue
        start = hit.start
        if (head := lex.preposition.match(text, start)) is not None and head.end() < hit.end:
            start = head.end()
        surface = text[start:hit.end]
        key = (surface, hit.value)
        if key in seen:
            continue
        seen.add(key)
        yield DateMention(surface, hit.value, start, hit.end, rule=hit.rule, flags=list(hit.flags))


_DATELINE_HEAD = re.compile(r"^\W{0,3}[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}\s*(?:\(\s*[A-Za-z][\w .]*\)\s*)?[,(]?\s*$")


def _reference(hits: list[_Hit]) -> Optional[dt.date]:
    """The latest explicit full date (a range counts by its end), else the latest explicit month or year."""
    days, coarse = [], []
    for hit in hits:
        if not hit.explicit_year:
            continue
        for value in hit.value.split("/"):
            if len(value) == 10:
                days.append(dt.date.fromisoformat(value))
            elif len(value) == 7:
                coarse.append(dt.date(int(value[:4]), int(value[5:]), 15))
            elif len(value) == 4:
                coarse.append(dt.date(int(value), 7, 1))
    return max(days) if days else max(coarse) if coarse else None


def anchor_date(doc: Doc) -> tuple[Optional[dt.date], Optional[str]]:
    """The document's anchor date and where it came from (``input``, ``dateline`` or ``first-date``).

    A dateline without a year (``Jakarta (28/5) –``) takes the year that puts it
    nearest the latest explicit date of the text.
    """
    if doc._.published:
        try:
            return dt.date.fromisoformat(doc._.published[:10]), "input"
        except ValueError:
            pass
    text = text_of(doc)
    hits = _hits(text, None, keep_partial=True, kinds=("digits",))  # every explicit date has digits
    full = [h for h in hits if h.unit == "day" and h.explicit_year]
    for hit in hits:
        if hit.start > 300:
            break
        if hit.unit != "day":
            continue
        line_start = text.rfind("\n", 0, hit.start) + 1
        if not _DATELINE_HEAD.match(text[line_start:hit.start]):
            continue
        if hit.explicit_year:
            return dt.date.fromisoformat(hit.value), "dateline"
        reference = _reference(hits)
        if reference is not None:
            date, _ = _nearest_year(hit.parts[1], hit.parts[2], reference, hit.weekday, own_year=False)
            if date is not None:
                return date, "dateline"
    if full:  # the first dated sentence, which in the genre reports the event or statement released
        return dt.date.fromisoformat(min(full, key=lambda h: h.start).value), "first-date"
    return None, None


@Language.factory("dates", assigns=["doc._.dates", "doc._.published", "doc._.published_source", "doc.spans"])
def make_dates(nlp: Language, name: str):
    return DateExtractor()


class DateExtractor:
    """Sets the anchor date of the document and ``doc._.dates``; mirrors the mentions in ``doc.spans["dates"]``.

    Dates inside page furniture (``doc.spans["web_leftovers"]``: ``Baca juga: ... 12 November 2024``,
    photo credits, share bars) are not dates of the article and are left out.
    """

    def __init__(self) -> None:
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        anchor, source = anchor_date(doc)
        doc._.published = anchor.isoformat() if anchor else None
        doc._.published_source = source
        furniture = tuple((span.start_char, span.end_char) for span in doc.spans.get(LEFTOVERS, []))
        doc._.dates = list(date_mentions(text_of(doc), anchor, furniture))
        spans = []
        for mention in doc._.dates:
            span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["dates"] = spans
        return doc
