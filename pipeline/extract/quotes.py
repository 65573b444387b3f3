"""Quotations and their speakers (component ``quotes``).

Direct quotations are the words between double quotation marks (curly or
straight, told apart by their context), one quote per paragraph: a paragraph
that opens a quotation without closing it ends it, and a quotation broken by
its cue (``"A," kata X. "B."``) is two quotes. A quoted stretch counts when a
cue follows it (``kata X``, ``ujarnya``: ``quote_cues.txt``) or precedes it
(``X mengatakan, "``: ``speech_verbs.txt``; ``X: "``), or when it is a whole
quoted sentence or opens a paragraph; quoted titles (after ``title_cues.txt``)
and terms (a few words without a stop that the sentence goes on after with a
word that is no cue: ``"kota kembang" tersebut``) are not quotations.

Indirect quotations are clauses after a speech verb (with ``bahwa``, ``agar``,
a comma, a colon or nothing), around ``menurut X`` / ``menurutnya``, or before
a closing ``, katanya``; a verb whose object is a noun phrase
(``speech_nouns.txt``) reports no speech, unless that noun opens a clause
with its own verb (``clause_nouns.txt``); ``meminta X melakukan Y`` reports
a request. Quoted terms inside reported content stay in it. A cue between commas inside its
sentence reports the clause after it (``Proyek itu, katanya, dibiayai ...``); ``menurut data ORG``
and ``..., demikian keterangan resmi ORG`` give the institution as speaker.

Speakers: the person named next to the cue or before the verb (PER entities
and the mentions of ``doc._.people``, moved onto the name part of their
capitalised run; else capitalised names), an organisation, or, for
``ia``/``dia``/``beliau`` and ``-nya`` cues, the most recent person outside
quotation marks in subject position or as a speaker (never an institution): the
subject of a sentence is the name right before its verb, after the title and
organisation written before it and before an apposition between commas
(``Kepala Dinas X Yuli, dihubungi kemarin, mengatakan``), after the organisation of its
title (``Pengamat dari Universitas Bengkulu Rudi menilai``) or before it (``Rivaldi
dari PT X mengatakan``), or the agent of a passive (``Hal itu disampaikan Kepala Dinas
X``, ``Acara itu dihadiri William Santoso``). A mention stands for a person of
``doc._.people`` only when they share a word.
A quotation without a cue takes the speaker of the quotation it continues; a
cue followed by no name (``bunyi pasal 42``, ``kata seorang warga``) and an
agentless passive have no speaker. A speaker's name is the fullest form of
the document that holds the mention's words (``Gilang`` -> ``Gilang
Wicaksono Putra``), without the rank, title or organisation written before it. A continuation
cue (``lanjutnya``, ``pungkasnya``) goes on with the last speaker.
:func:`speaker_is_public` tells public figures from private persons (introduced
with an age in brackets, ``Rina (42)``) for benchmarks that count only the former.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import Entity, EntityMention, EntityTable, Quote
from ..extensions import ents_of, text_of, text_of_span, tokens_of
from ..lang import opening, section, table, words
from .entities import ADMIN_HEADS, RANK_GRADES, rank_goes_on
from .entity_table import (
    ABBREVIATED,
    _abbreviates,
    initials_of,
    same_name,
    short_form_of,
    spelling_key,
    table_of,
    word_opening,
)
from .leftovers import inside_leftover
from .organizations import LetterIndex, abbreviates, long_form_letters, short_form_letters
from .people import canonical_name, entities_fixed
from .person_types import head_noun
from .person_types import lexicons as type_lexicons

DOUBLE_MARKS = '"“”„‟«»'
OPENING_GLYPHS = "“„‟«"
CLOSING_GLYPHS = "”»"
MARK_RE = re.compile(f"[{DOUBLE_MARKS}]")
WORD_RE = re.compile(r"\w+")
SENT_PUNCT = ".!?…"
OTHER_LABELS = frozenset({"LOC", "ORG"})  # entities whose words are no part of a person's name
SOLO_NOUNS = frozenset(section("occupations.txt", "solo"))  # performers' nouns (penyanyi, pedangdut)
# words that may sit between a subject and its verb, or open a sentence before its subject
ADVERBS = frozenset(
    "juga pun pula kembali lantas kemudian lalu sempat telah sudah turut bahkan hanya masih "
    "tak tidak secara pun sebelumnya kini kala itu sendiri langsung bahkan sekali lagi pernah "
    "justru malah memang tegas singkat menjawab".split()
)
CONNECTORS = frozenset(
    "sementara itu namun tetapi tapi selain kemudian lalu dan adapun sedangkan bahkan oleh karena "
    "sebelumnya selanjutnya berikutnya terpisah di tempat yang sama pun dalam kesempatan tersebut "
    "juga hal senada demikian pula".split()
)
PREPOSITIONS = frozenset(
    "dari kepada dengan oleh untuk bagi terhadap tentang pada di ke antara bersama seperti yakni yaitu "
    "era zaman pemerintahan atas dalam soal mengenai terkait melawan versus dan atau melalui lewat via".split()
)
SUBORDINATORS = frozenset(
    "saat ketika usai seusai sebelum setelah sesudah sambil dengan untuk dalam selepas sehabis "
    "tatkala guna agar supaya selama".split()
)
PREDICATE_WORDS = frozenset(
    "akan sudah telah bisa dapat harus perlu masih sedang tidak tak belum adalah merupakan menjadi ada "
    "penting mampu ingin mau sangat bukan hanya cukup tetap terus segera pasti mungkin boleh wajib "
    "sempat pernah baru kini saat sebab karena naik turun tiba masuk keluar pulang hilang habis jatuh tewas tumbuh "
    "gagal menang kalah lolos selesai siap sepakat".split()
)
# the words that open an adjunct before a clause's subject ("Mengenai X, ...", "Saat Y, ..."): the union once,
# not at each verb's subject_before
_ADJUNCT_HEADS = PREPOSITIONS | SUBORDINATORS
NAME_PARTICLES = frozenset({"bin", "binti", "van", "de", "da", "al", "el"})
# the spellings of Muhammad that open a name (name_prefixes.txt): no organisation's name ends with one
ARABIC_OPENERS = frozenset("Muhammad Mohammad Mohamad Muhamad Muhammed Mochamad Mochammad Moch Muh Mhd".split())
# prepositions inside a title, before its organisation ("Pengamat dari Universitas X", "Peneliti pada
# Lembaga X", "Koordinator Program WCS untuk Kalimantan"): the name after them may be the subject
TITLE_PREPOSITIONS = frozenset("dari di pada untuk".split())
# a clause that is one capitalised word (and adverbs) before its verb: an organisation's head word ("Polda juga")
_HEAD_SUBJECT = re.compile(r"[\s,]*(?:(?:Sementara itu|Namun|Selain itu)[ \t,]+)?([A-Z][a-z]+)(?:[ \t]+(?:"
                           + "|".join(sorted(ADVERBS)) + r"))*[ \t]*")
# the common nouns by which the press refers back to an institution, and the heads of such names
INSTITUTION_NOUNS = {row["noun"]: tuple(row["heads"].split("|")) for row in table("institution_nouns.tsv")}
# "Pihak rumah sakit (pun) menyebut": the side of an institution as the clause's subject
# a proper name alone before the verb (after an opening connector, before adverbs): "IDC memperkirakan",
# "U.S. Cellular juga mengatakan", "Sementara itu, Kementerian X menyatakan"
_NAME_SUBJECT = re.compile(r"[\s,]*(?:(?:Sementara itu|Namun|Selain itu|Sebelumnya|Kemudian)[ \t,]+)?(?P<name>[A-Z][\w.&'’-]*"
                           r"(?:[ \t]+(?:[A-Z][\w.&'’-]*|of|and|for|&|de|la|du)){0,5})(?<![.,])"
                           r"(?:[ \t]+(?:juga|pun|pula|lalu|kemudian|kembali|sempat|telah|sudah|memang|justru|tidak|tak))*"
                           r"[ \t]*")
_SIDE_SUBJECT = re.compile(r"[\s,]*(?:(?:Sementara itu|Namun|Selain itu)[ \t,]+)?[Pp]ihak[ \t]+("
                           + "|".join(sorted(INSTITUTION_NOUNS, key=len, reverse=True)) + r")(?:[ \t]+(?:"
                           + "|".join(sorted(ADVERBS)) + r"))*[ \t]*")
# cues that say the speaker goes on ("lanjutnya", "tambahnya", "pungkasnya")
CONTINUATION_CUES = frozenset("lanjut tambah imbuh sambung pungkas".split())
# nouns of a source before an institution after "menurut" ("menurut data BPS", "menurut laporan Bank Dunia")
SOURCE_NOUNS = frozenset("data laporan catatan hasil survei riset studi kajian rilis keterangan".split())
# nouns of what someone said that "menurut" names its speaker with ("Menurut pemaparan Bekraf, ...")
SPEECH_SOURCES = frozenset("pemaparan paparan penjelasan penuturan pernyataan ucapan pengakuan".split())
# abbreviations written with a dot before a name (``Dr.``, ``Prof.``, ``Ny.``): the dot ends no name region
NAME_ABBREVIATIONS = frozenset(w.lower() for w in words("abbreviations.txt"))
# the attribution right after a quotation without a cue, in the next sentence or paragraph: "Hal itu
# disampaikan X", "Pernyataan tersebut diungkapkan oleh X", "Demikian dikatakan X"
_ATTRIBUTED_AFTER = re.compile(r"[.,!?…]?[\"”]?\s*(?:(?:Hal|Pernyataan|Penjelasan|Ucapan|Keterangan|Harapan|Imbauan|"
                               r"Penegasan)[ \t]+(?:itu|tersebut|ini)|Demikian)[ \t]+(?:(?:juga|pun|pula)[ \t]+)?"
                               r"(?P<verb>di[a-z]+)(?:[ \t]+oleh)?[ \t]+")
# a sentence that names the speaker of the sentence before it ("Hal itu diungkapkan oleh analis X, Y.")
_ATTRIBUTION = re.compile(r"[ \t]*(?:(?:Hal|Fakta|Pernyataan|Penjelasan|Keterangan|Informasi)[ \t]+(?:itu|tersebut|ini))"
                          r"[ \t]+(?:(?:juga|pun|pula)[ \t]+)?(?P<verb>di[a-z]+)(?:[ \t]+oleh)?[ \t]+(?=[A-Za-z])")
# a source and its preposition before the institution it comes from ("Studi dari X menyebutkan")
_SOURCE_OF = re.compile(r"[\s,]*(?:" + "|".join(sorted(SOURCE_NOUNS | {"penelitian"}))
                        + r")[ \t]+(?:dari|oleh)[ \t]+", re.I)
# words that open the description of an unnamed speaker after a cue ("kata seorang warga")
DESCRIBERS = frozenset("seorang salah sejumlah para beberapa sang si".split())
# nouns of an unnamed source or of someone else near the one talked about ("kata orang yang mengaku dekat
# dengan penyanyi itu", "ujar sumber yang enggan disebut namanya itu"): no one named
# the press's unnamed source ("seorang sumber", "kata sumber itu"): never a person of the text
ANONYMOUS_SOURCES = frozenset({"sumber", "narasumber"})
SOURCE_HEADS = frozenset("orang sumber seseorang pihak kerabat teman rekan sahabat keluarga tetangga".split())
PLAIN_START = frozenset(
    "ia dia beliau menurut menurutnya kata ujar dalam sementara selain pada di ke dari saat ketika namun "
    "tetapi hal itu ini kami kita saya mereka para sang si oleh untuk dengan bahkan adapun apalagi "
    "sedangkan jika kalau meski walaupun karena sebab selama sejak hingga sampai seperti berdasarkan "
    "sebelumnya kemudian lalu selanjutnya akhirnya".split()
)


@dataclass
class _Span:
    """A stretch between double quotation marks (``start``/``end`` of the words inside)."""

    open: int
    close: Optional[int]  # the closing mark, None when the paragraph ends first
    start: int
    end: int
    para: int
    para_initial: bool
    rule: str = ""
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker: Optional[tuple[str, int, int]] = None
    pending: str = ""  # "next" or "previous": the speaker comes from a neighbouring quote
    extra: dict = field(default_factory=dict)


# --- lexicons -------------------------------------------------------------------------


def _calendar_words() -> set[str]:
    """Month and weekday forms (lower case): never part of a person's name."""
    return {str(v).lower() for name in ("months.tsv", "weekdays.tsv") for row in table(name) for v in row.values() if v}

# verbs of speech_verbs.txt (the mention layer's list) that the quote rules do not read as reporting: a
# promise of a thing is no statement ("menjanjikan hadiah"). "berjanji" + clause and "mengajak X (untuk)
# <verb>" are indirect quotes (corpus/README, convention of session 14: "meminta agar, berharap (agar) and
# the like"); their noun-phrase objects alone are not (PROMISE_VERBS, ASK_VERBS in _after_verb)
NOT_REPORTING = frozenset({"menjanjikan"})


class _Lexicon:
    """The compiled lexicons (built once)."""

    def __init__(self) -> None:
        cues = sorted(words("quote_cues.txt"), key=len, reverse=True)
        reporting = sorted((words("speech_verbs.txt") | words("quote_verbs.txt")) - NOT_REPORTING, key=len, reverse=True)
        verbs = [v for v in reporting if v not in BAHWA_VERBS]
        self.cues = frozenset(cues)
        # (a verb that reports only before "bahwa" is no speech verb to the name and subject rules: "acara
        # Lorraine. Melansir X, ...": the name before it does not speak)
        self.verbs = frozenset(verbs) - BAHWA_VERBS
        self.pronouns = frozenset(words("pronouns.txt"))
        self.nouns = frozenset(words("speech_nouns.txt"))
        self.common = frozenset(words("common_words.txt"))
        self.clause_nouns = frozenset(words("clause_nouns.txt"))
        self.title_cues = frozenset(words("title_cues.txt"))
        self.title_words = frozenset(w.lower() for t in words("titles.txt") for w in t.split()) | frozenset(
            "juru bicara kuasa hukum pengacara anggota politisi politikus pengamat ekonom warga".split())
        cue_alt = "|".join(map(re.escape, cues))
        verb_alt = "|".join(map(re.escape, verbs))
        # "...," kata X / ujarnya / demikian dikatakan X
        self.cue_after = re.compile(
            r"[ \t]*[,.!?…]?[ \t]*(?:(?:demikian|begitu)[ \t]+)?"
            rf"(?P<cue>(?:{cue_alt})(?:nya)?|{verb_alt}|di(?:kata|sampai|ungkap|tegas|jelas|tambah|tutur|papar)kan"
            r"|demikian(?=[ \t]+[A-Z])"  # ('"...," demikian Hartato.': the press's closing attribution)
            r"|menurut(?=[ \t]+\w))\b",  # ('"...," menurut putusan itu.': the source after the quotation)
            re.I,
        )
        # a cue word anywhere (to read what precedes a quotation)
        # (a first-letter lookahead before each alternation: same matches, 0.50 -> 0.23 s and 0.14 -> 0.06 s
        # over 1,000 news articles, as the engine leaves most positions after one test)
        self.cue_word = re.compile(
            rf"\b{opening(cues + verbs + ['menurut'])}(?P<cue>(?:{cue_alt})(?:nya)?|{verb_alt}|menurut(?:nya)?)\b", re.I)
        # (not a reduplicated form: "tak bisa berkata-kata")
        self.verb_word = re.compile(rf"\b{opening(reporting)}(?P<cue>{'|'.join(map(re.escape, reporting))})\b(?!-)")
        self.short_end = re.compile(rf",[ \t]*(?P<cue>(?:{cue_alt})(?:nya)?)\b", re.I)
        # the stop of a quotation left open, then its cue and the speaker's name, a pronoun or a -nya cue
        self.unclosed_cue = re.compile(
            rf"[,.!?…](?=[ \t]+(?:(?:{cue_alt})[ \t]+(?:[A-Z]|(?:dia|ia|beliau)\b)|(?:{cue_alt})nya[ \t]*[,.]))")
        non_name = set()
        for name in ("titles.txt", "org_heads.txt", "honorifics.txt"):
            for entry in words(name):
                non_name.update(w.rstrip(".").lower() for w in entry.split())
        for row in table("institutions.tsv"):
            non_name.update(w.lower() for w in (row.get("name") or "").split())
        self.calendar = frozenset(_calendar_words())
        non_name.update(self.calendar)
        non_name.update(PLAIN_START)
        self.non_name = frozenset(non_name - NAME_PARTICLES)
        # words that end a title or organisation before a name, wherever they stand (``Mayjen``,
        # ``Kepala``, ``Kementerian``), and words that do so only inside such a phrase
        # (``Sosial`` in ``Kementerian Sosial``, but ``Agung Hadi Setiawan`` is a name)
        strong = {w.rstrip(".").lower() for w in words("honorifics.txt")}
        for name in ("titles.txt", "org_heads.txt"):
            strong.update(entry.split()[0].lower() for entry in words(name))
        strong.update(w.lower() for w in words("not_names.txt"))
        strong.update(w.rstrip(".").lower() for w in words("title_modifiers.txt") if " " not in w)
        strong.update(self.calendar)
        self.strong = frozenset(strong - NAME_PARTICLES)
        self.title_heads = frozenset(entry.split()[0].lower() for entry in words("titles.txt"))
        self.honorifics = frozenset(w.rstrip(".").lower() for w in words("honorifics.txt"))
        self.name_openers = words("name_prefixes.txt")  # (Muhammad, Sri, Andi: a name's first words)
        places = words("places.txt")
        # place words; the first word of a longer place only when it is a place itself ("Abu Dhabi")
        weak = set(non_name) | {w.lower() for entry in places for k, w in enumerate(entry.split())
                                if k > 0 or " " not in entry or w in places}
        weak.update(w.lower() for entry in words("org_words.txt") for w in entry.split())
        self.weak = frozenset(weak - NAME_PARTICLES - self.strong)
        self.function = frozenset(STOP_WORDS | PLAIN_START)
        # lower-case nouns of a person: occupation and status nouns, the first words of occupations
        self.person_heads = frozenset(w.lower() for w in words("person_nouns.txt") if " " not in w) \
            | frozenset(o.split()[0].lower() for o in words("occupations.txt"))


_LEXICON: Optional[_Lexicon] = None


def lexicon() -> _Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = _Lexicon()
    return _LEXICON


# --- quotation marks --------------------------------------------------------------------

def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _mark_role(text: str, i: int, lo: int, hi: int, inside: bool) -> str:
    """``open``, ``close`` or ``either`` for the mark at ``i`` in the paragraph [lo, hi)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opening = (before.isspace() or before in "([{—–-:/") and not after.isspace()
    closing = not before.isspace() and (after.isspace() or after in ",.;:!?)]}—–-/" or after in DOUBLE_MARKS)
    if inside and opening and _spaced_close(text, i, lo, hi):
        return "close"
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    ch = text[i]
    if ch in OPENING_GLYPHS:
        return "open"
    if ch in CLOSING_GLYPHS and inside:
        return "close"
    return "close" if inside else "open"


_CUE_AFTER_MARK = re.compile(r"[a-z]+")


def _spaced_close(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the mark at ``i``, written with a space before it after the quotation's last comma or
    stop and glued to a speech cue after it (``... luar biasa, "ujar X``, ``..., "katanya``: text
    re-joined from tokens, or typed so), closes the open quotation rather than opening another."""
    if i - 2 < lo or not text[i - 1].isspace() or text[i - 2] not in ",.!?…":
        return False
    m = _CUE_AFTER_MARK.match(text, i + 1, hi)
    if m is None or m.end() < hi and (text[m.end()].isalnum() or text[m.end()] == "-"):
        return False
    word = m.group()
    cues = lexicon().cues
    return word in cues or word.endswith("nya") and word[:-3] in cues


def quoted_spans(text: str) -> Iterator[_Span]:
    """Yield the stretches between double quotation marks, paragraph by paragraph.

    Unbalanced marks never raise: a stray closing mark is skipped, a quotation still
    open at the end of its paragraph ends there, and a new opening mark inside an
    open quotation ends the previous one before it.
    """
    paragraphs = _paragraphs(text)
    p = 0
    while p < len(paragraphs):
        lo, hi = paragraphs[p]
        first, open_at, pos = p, None, lo
        while True:
            for m in MARK_RE.finditer(text, pos, hi):
                i = m.start()
                role = _mark_role(text, i, lo, hi, open_at is not None)
                if open_at is None:
                    if role == "open":
                        open_at = i
                    continue
                if role == "close":
                    yield _make_span(text, open_at, i, i, first, lo)
                    open_at = None
                else:  # an opening mark while one is open: the earlier one was never closed
                    yield _make_span(text, open_at, None, i, first, lo)
                    open_at = i
            wrapped = _wrapped_until(text, paragraphs, p) if open_at is not None else None
            if wrapped is None:
                break
            # a line break inside the quotation (a hard-wrapped text): it goes on to its closing mark
            pos, p = hi, wrapped
            hi = paragraphs[p][1]
        if open_at is not None:
            # a quotation whose closing mark the writer left out ends before its cue and speaker
            # ("... semua penyakit? ucap Zuck kepada ..."): the space after the stop stands for the mark
            # (a cue between commas after a connector is interposed: "... Namun, kata X, ..." goes on)
            cue = lexicon().unclosed_cue.search(text, open_at + 1, hi)
            cut = cue.start() + 1 if cue is not None else None
            if cue is not None and text[cue.start()] == "," \
                    and _word_count(re.split(r"[.!?…]", text[open_at + 1:cue.start()])[-1]) < 3:
                cut = None
            yield _make_span(text, open_at, cut, hi if cut is None else cut, first, lo)
        p += 1


def _wrapped_until(text: str, paragraphs: list[tuple[int, int]], p: int, limit: int = 12) -> Optional[int]:
    """The line that closes a quotation still open at the end of line ``p``, when the lines
    after it follow with a single line break and the first quotation mark they hold closes
    (the text is wrapped inside the quotation); None otherwise (a new quotation, a blank line)."""
    for q in range(p + 1, min(len(paragraphs), p + 1 + limit)):
        lo, hi = paragraphs[q]
        if text[paragraphs[q - 1][1]:lo].count("\n") != 1:
            return None
        m = MARK_RE.search(text, lo, hi)
        if m is not None:
            return q if _mark_role(text, m.start(), lo, hi, True) == "close" and m.start() > lo else None
    return None


def _make_span(text: str, open_at: int, close: Optional[int], end: int, para: int, lo: int) -> _Span:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return _Span(open_at, close, start, end, para, not text[lo:open_at].strip())


# --- names and speakers ------------------------------------------------------------------

# a run that goes on a title or organisation: after "Pariwisata dan", "(Apindo)", "Politik, Hukum,",
# "Program WCS untuk" (``Kalimantan`` in "Program WCS untuk Kalimantan Peter Brauner" is no part of the name)
_PHRASE_GOES_ON = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]*(?:,[ \t]*)?(?:dan|serta|&|of|and|for|/|-|untuk|dari|pada)|\))[ \t]*$")
_DEGREE = re.compile(r"^(?:s|m|d|ph|b|a)\.?[a-z]{0,4}(?:\.[a-z]{0,4})*\.?$", re.I)
_AFFIX_NOUN = re.compile(r"^(?:pe|ke|per)\w{3,}an$")
_NONSPACE = re.compile(r"\S+")


def name_part(text: str, lo: int, hi: int, lex: "_Lexicon") -> Optional[tuple[int, int]]:
    """The person name inside the capitalised run ``text[lo:hi]``, without the title, rank,
    organisation or place written before it (``Mayjen TNI Gilang Wicaksono Putra`` ->
    ``Gilang Wicaksono Putra``; ``Bank OCBC NISP Ratna Kusumadewi`` -> ``Ratna Kusumadewi``);
    None when no word of the run can be a name.

    The answer depends on the run, on whether a title or organisation goes on into it and on a
    full stop right before it, nothing else: it is kept for each of those (the same runs, ``Presiden``,
    ``Jakarta``, come back in every article)."""
    key = (id(lex), text[lo:hi], bool(_PHRASE_GOES_ON.search(text, max(0, lo - 40), lo)), lo > 0 and text[lo - 1] == ".")
    part = _NAME_PARTS.get(key, _UNSEEN)
    if part is _UNSEEN:
        if len(_NAME_PARTS) >= NAME_PARTS_KEPT:
            _NAME_PARTS.clear()
        part = _NAME_PARTS[key] = _name_part(key[1], key[2], key[3], lex)
    return None if part is None else (lo + part[0], lo + part[1])


NAME_PARTS_KEPT = 100_000  # runs whose name part is kept (a few MB); then the memo starts again
_NAME_PARTS: dict[tuple, Optional[tuple[int, int]]] = {}
_UNSEEN = object()


def _name_part(run: str, in_title: bool, after_stop: bool, lex: "_Lexicon") -> Optional[tuple[int, int]]:
    """:func:`name_part` of ``run``, offsets in ``run``; ``in_title``: a phrase before it goes on into it,
    ``after_stop``: a full stop stands right before it."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _NONSPACE.finditer(run)]

    def strong(w: str) -> bool:
        bare = w.rstrip(".")
        if bare[:1] == "(" or bare[-1:] == ")":
            return True  # an acronym in brackets ends an organisation's name
        if "." in w and _DEGREE.match(w):
            return True  # an academic degree (S.Sos., M.T.) ends a name
        if any(map(str.isdigit, w)):
            return True  # a word with a digit ("Covid-19", "B2W") is no part of a name
        return bare.lower() in lex.strong or (bare.isupper() and len(bare) > 2 and bare.isalpha())

    def weak(w: str) -> bool:
        low = w.rstrip(".").lower()
        return low in lex.weak or bool(_AFFIX_NOUN.match(low))

    # (each word's, read once; the grade word after a graded rank is the rank's: Inspektur Polisi Satu X)
    strongs = []
    for k, (_, _, w) in enumerate(toks):
        low, before = w.lower(), toks[k - 1][2].rstrip(".").lower() if k > 0 else ""
        strongs.append(strong(w) or rank_goes_on(low, before, before in lex.honorifics or before in RANK_GRADES))
    cut = 0
    if toks and after_stop:
        cut = 1  # the end of an abbreviation ("M.T. Widodo", "S.Sos"), not a name
    for k, (_, _, w) in enumerate(toks):
        low = w.rstrip(".").lower()
        if w in ("I", "Ni") and k + 1 < len(toks) and not strongs[k + 1] and not weak(toks[k + 1][2]):
            if k > cut and in_title:
                cut = k  # Balinese names open with I or Ni: "Candi Sewu I Gusti Putu"
            continue
        if strongs[k]:
            cut, in_title = k + 1, True
        elif k == cut and not in_title and low in lex.function:
            cut = k + 1  # a capitalised function word opens the sentence
        elif in_title and weak(w) and not (k > 0 and toks[k - 1][2].rstrip(".").lower() in lex.honorifics):
            cut = k + 1  # (a rank stands right before the name: "Komisaris Besar Ferry Wuisan")
    end = cut
    while end < len(toks) and not strongs[end]:
        end += 1
    keep = toks[cut:end]
    if in_title:
        # after a title or organisation head, an Arabic name opener two words or more into the rest, with a
        # word after it, starts the name: the words before it end the organisation's name ("Universitas
        # Lambung Mangkurat Muhammad Handry Imansyah"; "Fadel Muhammad" ends with it and stays whole)
        k = next((k for k in range(2, len(keep) - 1) if keep[k][2] in ARABIC_OPENERS), None)
        if k is not None:
            keep = keep[k:]
    while keep and keep[-1][2] in NAME_PARTICLES:
        keep.pop()
    if not any(not weak(w) and w.lower() not in lex.function for _, _, w in keep):
        return None
    s, e = keep[0][0], keep[-1][1]
    while e > s + 2 and run[e - 1] == "." and run[e - 3] != " ":
        e -= 1  # a sentence stop, not an initial
    return s, e


class _Names:
    """Person and organisation mentions of a document, by character offset.

    Person mentions (PER entities and the mentions of ``doc._.people``) are moved onto the
    name part of the capitalised run that holds them, and dropped when the run holds no
    name (``Dinas Tanaman Pangan``); a run whose name shares a word with a person mention
    is a mention too (``Ratna`` makes ``Bank OCBC NISP Ratna Kusumadewi`` a mention of
    ``Ratna Kusumadewi``). Other capitalised names outside every entity are weak mentions.
    """

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], text: Optional[str] = None) -> None:
        self.doc = doc
        ents = ents_of(doc)
        self.text = text = text_of(doc) if text is None else text
        self._other_starts: Optional[list[int]] = None
        self._other_spans: list[tuple[int, int, bool]] = []
        self._person_words: Optional[frozenset[str]] = None
        self._strong_words: Optional[frozenset[str]] = None
        lex = lexicon()
        self.table: EntityTable = table_of(doc)
        people = self.table.people()
        self.quoted = quoted
        self.quoted_starts = [s for s, _ in quoted]
        # (a run on a page furniture line, a headline after `Baca juga`, names nobody of the article)
        # (nor a run glued to a quotation mark inside a word: 'Ballon d"Or' of text re-joined from tokens)
        self.runs = [(m.start(), m.end(), name_part(text, m.start(), m.end(), lex)) for m in _CAP_RUN.finditer(text)
                     if not inside_leftover(doc, m.start(), m.end())
                     and not (m.start() >= 2 and text[m.start() - 1] in DOUBLE_MARKS and text[m.start() - 2].isalpha())]
        self.run_starts = [r[0] for r in self.runs]
        self._alone: Optional[set[str]] = None
        self.by_mention: list[tuple[int, int, str]] = []
        # a title written alone that the table ties to its holder ("Gubernur menyampaikan")
        self.titled: dict[tuple[int, int], str] = {}
        for p in people:
            for m in p.mentions:
                if m.kind == "title":
                    self.titled[(m.start, m.end)] = p.name
                    continue
                spot = self._reanchor(m.start, m.end) or self._closing_name(m.start, m.end, lex)
                if spot is not None:
                    self.by_mention.append((spot[0], spot[1], p.name))
        self.by_mention.sort()
        self.mention_starts = [s for s, _, _ in self.by_mention]
        self.mention_reach = list(itertools.accumulate((e for _, e, _ in self.by_mention), max))
        self.people_names = [p.name for p in people]
        self._table_names = frozenset(n for n in self.people_names if len(n.split()) > 1)
        self.roles = [(r.title, p.name) for p in people for r in p.roles]
        self.role_orgs = [(r.title, r.org, p.name) for p in people for r in p.roles if r.title]
        per = set()
        for e in ents:
            if e.label_ == "PER":
                spot = self._reanchor(e.start_char, e.end_char)
                if spot is None and len(e) == 1 and text_of_span(e).lower() not in lex.non_name \
                        and self._speaks(e.start_char, e.end_char, lex):
                    spot = e.start_char, e.end_char  # a name that is also a place word, next to its cue: "ungkap Indah"
                if spot is not None:
                    per.add(spot)
        per |= {(s, e) for s, e, _ in self.by_mention}
        # words that name a person on their own (short mentions): the words a full name may keep
        # (not words of an organisation or place, "Citarum", unless the mention speaks: "kata Anang")
        other_words = {w for ent in ents if ent.label_ != "PER" for w in text_of_span(ent).split()}
        self.short_words = {w for s, e in per if len(text[s:e].split()) <= 2 for w in text[s:e].split()
                            if w not in other_words or self._speaks(s, e, lex)}
        per = {self._tidy(s, e) for s, e in per}
        self.fallback = not per
        person_words = {w for s, e in per for w in text[s:e].split() if w.rstrip(".").lower() not in lex.non_name}
        # the entities by start (doc.ents never overlap, so their ends rise with their starts): whether one
        # overlaps a run is one bisection, not a scan of every entity for every run
        ent_starts = [e.start_char for e in ents]
        ent_ends = [e.end_char for e in ents]
        # each place under an administrative head: its start, where its name starts (after the head), its end
        self.admin_places = sorted((e.start_char, e.start_char + len(text_of_span(e)) - len(text_of_span(e).split(None, 1)[1]),
                                    e.end_char) for e in ents if e.label_ == "LOC" and len(text_of_span(e).split()) > 1
                                   and text_of_span(e).split()[0] in ADMIN_HEADS)
        self.common = common = {w for w in tokens_of(doc).texts if w.islower()}
        weak = set()
        for run_s, run_e, part in self.runs:
            if part is None or part in per:
                continue
            known = [m.start() for m in _NONSPACE.finditer(text[part[0]:part[1]]) if m.group(0) in person_words]
            start = self._past_other_entity(*part)
            if known or start < part[0]:
                # (an entity that ran into the name holds a word of the person before the part: "RSUD
                # Blambangan Sri Indah Lestari" where "Indah" is a person of the text)
                per.add(self._tidy(start, part[1]))
            elif (k := bisect_left(ent_starts, part[1]) - 1) >= 0 and ent_ends[k] > part[0]:
                # "Kepala Humas Masjid Raya Abu Bakar Abdul Karim": an entity swallowed the name
                # at the end of its run; a weak mention (it counts only next to a speech verb or cue)
                if len(text[run_s:part[0]].split()) >= 2 and len(text[part[0]:part[1]].split()) >= 2 \
                        and part[1] == run_e:
                    # after a title ("Wali Kota Surabaya Tri Rismaharini") it is a person mention
                    title_first = text[run_s:part[0]].split()[0].lower() in lex.title_heads
                    (per if title_first else weak).add(self._tidy(*part) if title_first else part)
                elif part[1] == run_e and not self._in_place(part) \
                        and (self._speaks(part[0], part[1], lex) or self._speaks(run_s, part[1], lex)):
                    # "Ketua Asosiasi ... Bekasi Darsono menambahkan", "... (Apeksi) Erwin Harjanto, pekan
                    # lalu, menyampaikan": the name before a speech verb
                    weak.add(part)
            elif len(text[part[0]:part[1]].split()) <= 4:
                first = text[part[0]:part[1]].split()[0]
                if first.lower() not in common and not any(w.lower().endswith("nya") for w in text[part[0]:part[1]].split()):
                    weak.add(part)  # "Akses", "Besarannya" open sentences: common words of the text
        per |= {spot for spot in self.titled if not self.inside_quote(spot[0])}
        # (a title written alone has no short form: "Keputusan Gubernur (Kepgub)" abbreviates the decree)
        self.aliases = self._bracket_aliases(sorted((per | weak) - set(self.titled)))
        for s, e, source in self.alias_mentions():
            (weak if source in weak else per).add((s, e))
        self.weak = frozenset(weak)
        # a name with a number after a hyphen is a disease, product or model ("Covid-19"), not a person
        self.per = sorted(p for p in per | weak if not _NUMBERED.match(text, p[1]))
        self.per_starts = [s for s, _ in self.per]
        self.per_set = frozenset(self.per)
        # every form a person's name takes, with where it stands: the fullest one is the speaker's name
        # (a capitalised run of a title-cased headline, "Sesumbar Anies Soal Alexis", gives no form)
        self.forms: list[tuple[int, str]] = [(s, canonical_name(text[s:e])) for s, e in self.per
                                             if (s, e) not in self.titled and not ((s, e) in weak and _in_headline(text, s))]
        for s, _e, name in self.by_mention:
            name = self._trim(name)
            self.forms.append((s, name[self._tidy_start(name):]))
        # the forms by word, and their words sorted (for the forms a short name opens a word of)
        self.forms_by_word: dict[str, list[tuple[int, str]]] = {}
        for pos, f in self.forms:
            for w in set(f.split()):
                self.forms_by_word.setdefault(w, []).append((pos, f))
        self.form_words = sorted(self.forms_by_word)
        self.org = sorted((e.start_char, e.end_char, text_of_span(e)) for e in ents if e.label_ == "ORG")
        self.org_starts = [s for s, _, _ in self.org]
        self.org_reach = list(itertools.accumulate((e for _, e, _ in self.org), max))
        self._holders: dict[str, Optional[str]] = {}
        self._outlets: Optional[frozenset[str]] = None
        self._orgs_by_head: Optional[dict[str, list[Entity]]] = None
        self._orgs_spelt: dict[str, list[Entity]] = {}  # short form -> the organisations it spells (memoised)
        self._orgs_by_letters: Optional[LetterIndex] = None
        self._forms_of: dict[str, tuple[list[tuple[int, str]], list[str]]] = {}  # (see _fullest_forms)
        self._roles_by_text: Optional[tuple[dict, dict, dict]] = None  # (see _holder)

    def _in_place(self, part: tuple[int, int]) -> bool:
        """Whether ``part`` opens the name of a place entity under an administrative head (``warga
        Kecamatan Sukamaju, mengaku``: the place is no speaker; ``Stasiun Meteorologi X`` may be an
        institution, and ``Provinsi Kalbar Hendra``, a name the place swallowed, may speak)."""
        k = bisect_right(self.admin_places, (part[0], len(self.text), len(self.text))) - 1
        return k >= 0 and part[0] <= self.admin_places[k][1] and part[1] <= self.admin_places[k][2]

    def _speaks(self, s: int, e: int, lex: "_Lexicon") -> bool:
        before = WORD_RE.findall(self.text[max(0, s - 30):s])
        after = WORD_RE.findall(self.text[e:e + 40])
        prev = before[-1].lower() if before else ""
        nxt = next((w.lower() for w in after if w.lower() not in ADVERBS), "")
        m = _APPOSITION.match(self.text, e)
        if m:  # "X, pekan lalu, menyampaikan"
            nxt = nxt if nxt in lex.verbs else _next_verb(self.text, m.end())
        return prev in lex.cues or prev in lex.verbs or prev == "menurut" or nxt in lex.verbs

    def _tidy(self, s: int, e: int) -> tuple[int, int]:
        """Drop the words before a name that the text also uses on their own
        (``Masjid Istiqlal Nasaruddin Umar``: ``Istiqlal`` stands alone elsewhere)."""
        return s + self._tidy_start(self.text[s:e]), e

    def _tidy_start(self, name: str) -> int:
        toks = list(_NONSPACE.finditer(name))
        for k in range(len(toks) - 2, -1, -1):
            w = toks[k].group(0)
            if len(w) < 3 or w in self.short_words:
                continue
            # standing alone: not followed by a capitalised word (a name goes on with one)
            if self._stands_alone(w):
                return toks[k + 1].start()
        return 0

    def _stands_alone(self, w: str) -> bool:
        """Whether the word ``w`` occurs in the text, whole, not followed by a capitalised word
        or a bracket. Words of letters, digits and hyphens are read from one pass over the
        text (:attr:`_alone`); others (``O'Neil``) by a search of their own."""
        if self._alone is None:
            self._alone = {m.group(0) for m in _ALONE_WORD.finditer(self.text)}
        if _PLAIN_WORD.fullmatch(w):
            return w in self._alone
        return bool(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])(?![ \t]+[A-Z(])", self.text))

    def _reanchor(self, s: int, e: int) -> Optional[tuple[int, int]]:
        """The name part of the capitalised runs under [s, e); None when they hold no name."""
        k = bisect_right(self.run_starts, e - 1) - 1
        over = []
        while k >= 0 and self.runs[k][1] > s:
            over.append(self.runs[k])
            k -= 1
        if not over:
            return s, e
        if "." in self.text[s:e] and all(_DEGREE.match(w) for w in self.text[s:e].replace(",", " ").split()):
            return None  # a degree (S.Sos., M.T.) taken for a name
        # a name part elsewhere in the one run that holds the whole mention ("Direktur Jenderal
        # Penanganan Fakir Miskin Kementerian Sosial Asep Rudi Hermawan")
        parts = [r[2] for r in reversed(over) if r[2] is not None and r[0] <= s and e <= r[1]]
        # the name closes the title and organisation written before it: of the runs under the
        # mention, the last that holds a name (not one in brackets, an alias)
        for run_start, _, part in over:
            if part is not None and part[0] < e and s < part[1] and self.text[run_start - 1:run_start] != "(":
                # the run's end; the run's start when the whole run is the name, else the mention's
                return self._past_other_entity(part[0] if part[0] == run_start else max(s, part[0]), part[1]), part[1]
        for run_start, _, part in reversed(over):
            if part is not None and part[0] < e and s < part[1]:
                return self._past_other_entity(part[0] if part[0] == run_start else max(s, part[0]), part[1]), part[1]
        return parts[-1] if parts else None

    def _past_other_entity(self, start: int, end: int) -> int:
        """Where a name part [start, end) starts once the place and organisation entities that
        open it are left out (``Daop 8 Surabaya Suprapto``: ``Surabaya`` is a place of the text,
        the person ``Suprapto``). An entity that holds a word the text gives a person ran into the
        name: the name starts at the first such word inside it (not its first word), with the name
        openers and initials written right before it (``Universitas Katolik Parahyangan Asep Warlan
        Yusuf`` where ``Asep`` is a person of the text -> ``Asep Warlan Yusuf``; ``RSUD Blambangan Sri
        Indah Lestari`` -> ``Sri Indah Lestari``)."""
        self._other_entities()
        while True:
            k = bisect_right(self._other_starts, start) - 1
            if k < 0 or not self._other_spans[k][0] <= start < self._other_spans[k][1]:
                return start
            lo, hi, held = self._other_spans[k]
            if held:
                first = WORD_RE.match(self.text, start)
                if start == lo and first is not None and first.group(0) in lexicon().name_openers:
                    return start  # the name itself, taken for a place or organisation: "Sri Nowo Retno"
                return self._person_word_at(lo, min(end, hi), start)
            nxt = hi
            while nxt < end and self.text[nxt] in " \t":
                nxt += 1
            if nxt >= end or not self.text[nxt:nxt + 1].isupper():
                return start
            start = nxt

    def _other_entities(self) -> None:
        """Read once: the place and organisation entities by start (``_other_spans``: start, end, whether
        it holds a word the text gives a person) and their starts (``_other_starts``)."""
        if self._other_starts is None:
            per_words = self.person_words()
            spans = sorted((e.start_char, e.end_char, bool(per_words.intersection(text_of_span(e).split())))
                           for e in ents_of(self.doc) if e.label_ in OTHER_LABELS)
            self._other_starts, self._other_spans = [a for a, _, _ in spans], spans

    def in_other(self, start: int, end: int) -> bool:
        """Whether a place or organisation entity covers [start, end)."""
        self._other_entities()
        k = bisect_right(self._other_starts, start) - 1
        return k >= 0 and self._other_spans[k][1] >= end

    def strong_words(self) -> frozenset[str]:
        """The words of the person mentions that are no weak capitalised run, and of the table's people's names."""
        if self._strong_words is None:
            self._strong_words = frozenset(w for s, e in self.per if (s, e) not in self.weak
                                           for w in self.text[s:e].split()) | frozenset(
                w for name in self.people_names for w in name.split())
        return self._strong_words

    def person_words(self) -> frozenset[str]:
        """The words of the PER entities that may be part of a name (no initial, no title,
        organisation or place word of the lexicons), read once."""
        if self._person_words is None:
            non_name = lexicon().non_name
            self._person_words = frozenset(w for e in ents_of(self.doc) if e.label_ == "PER" for w in text_of_span(e).split()
                                           if len(w.rstrip(".")) > 1 and w.rstrip(".").lower() not in non_name)
        return self._person_words

    def _person_word_at(self, lo: int, hi: int, default: int) -> int:
        """Where the name starts in the entity [lo, hi) that ran into it: at its first word after the
        first that the text gives a person, with the name openers (``name_prefixes.txt``) and initials
        before it; ``default`` when there is none."""
        toks = list(_NONSPACE.finditer(self.text[lo:hi]))
        per_words = self.person_words()
        at = next((k for k, m in enumerate(toks) if k > 0 and m.group(0) in per_words), None)
        if at is None:
            return default
        openers = lexicon().name_openers

        def name_like(w: str) -> bool:
            return w.rstrip(".") in openers or bool(_INITIAL.fullmatch(w))

        while at > 1 and name_like(toks[at - 1].group(0)):
            at -= 1
        if lo + toks[at].start() < default and not all(
                m.group(0) in per_words or name_like(m.group(0)) for m in toks[at:] if lo + m.start() < default):
            return default  # back over a word that is no name ("Research Bank DBS Taimur Baig")
        return lo + toks[at].start()

    def _closing_name(self, s: int, e: int, lex: "_Lexicon") -> Optional[tuple[int, int]]:
        """A full name (two words or more) of the table that closes its capitalised run, kept
        where the run's words read as a title phrase to the end (``Direktur Utama Perum Bulog
        Rudi Santoso Wijaya``, ``Wijaya`` also a place word)."""
        words_ = self.text[s:e].split()
        k = bisect_right(self.run_starts, s) - 1
        if len(words_) < 2 or k < 0 or self.runs[k][1] != e:
            return None
        if any(w.rstrip(".").lower() in lex.strong for w in words_):
            return None
        return (s, e) if words_[0].lower() not in lex.weak else None

    def _bracket_aliases(self, per: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
        """Short forms given in brackets after a name: ``Agus Harimurti Yudhoyono (AHY)``."""
        aliases = {}
        for s, e in per:
            m = _BRACKET.match(self.text, e)
            if m:
                aliases[m.group(1)] = (s, e)
        return aliases

    def alias_mentions(self) -> Iterator[tuple[int, int, tuple[int, int]]]:
        if not self.aliases:
            return
        # (the aliases have _BRACKET's shape, one word of letters: the text's whole words of that shape that are
        # one, as an alternation of them all between \b finds them, but one pass whatever the number of aliases)
        for m in _ALIAS_SHAPED.finditer(self.text):
            source = self.aliases.get(m.group())
            if source is not None:
                yield m.start(), m.end(), source

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def person_in(self, lo: int, hi: int, last: bool = False) -> Optional[tuple[int, int]]:
        """The first (or last) person mention that starts in [lo, hi)."""
        k = bisect_right(self.per_starts, lo - 1)
        found = None
        while k < len(self.per) and self.per[k][0] < hi:
            if not self.inside_quote(self.per[k][0]):
                found = self.per[k]
                if not last:
                    return found
            k += 1
        return found

    def _in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The person mentions outside quotation marks that start in [lo, hi)."""
        k = bisect_right(self.per_starts, lo - 1)
        out = []
        while k < len(self.per) and self.per[k][0] < hi:
            if not self.inside_quote(self.per[k][0]):
                out.append(self.per[k])
            k += 1
        return out

    def org_in(self, lo: int, hi: int) -> Optional[tuple[int, int, str]]:
        """The first organisation mention outside quotation marks that starts in [lo, hi)."""
        return next(self._orgs_in(lo, hi), None)

    def orgs_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Every organisation mention outside quotation marks that starts in [lo, hi), in text order."""
        return list(self._orgs_in(lo, hi))

    def _orgs_in(self, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        k = bisect_right(self.org_starts, lo - 1)
        while k < len(self.org) and self.org[k][0] < hi:
            s, e, t = self.org[k]
            if not self.inside_quote(s) and not self._dateline_outlet(s, e):
                yield s, e, t
            k += 1

    def outlets(self) -> frozenset[str]:
        """The names (lower case) of the dateline's outlet (``JAKARTA, KOMPAS --``)."""
        if self._outlets is None:
            self._outlets = frozenset(t.lower() for s, e, t in self.org[:3] if self._dateline_outlet(s, e))
        return self._outlets

    def _dateline_outlet(self, s: int, e: int) -> bool:
        """Whether the ORG [s, e) is the outlet of the dateline (``Rimanews -``, ``Jakarta, CNN Indonesia
        --`` on the first line, before its dash): the medium that reports, no speaker."""
        first_line = self.text.find("\n")
        return (first_line < 0 or s < first_line) and s < 80 and bool(_DATELINE_DASH.match(self.text, e))

    def org_over(self, lo: int, hi: int, inside: bool = False) -> bool:
        """Whether an ORG entity overlaps [lo, hi) (``inside``: holds it whole)."""
        k = bisect_right(self.org_starts, hi - 1) - 1
        while k >= 0 and self.org_reach[k] > lo:
            a, b, _ = self.org[k]
            if (a <= lo and hi <= b) if inside else (a < hi and lo < b):
                return True
            k -= 1
        return False

    def ran_into(self, lo: int, hi: int) -> bool:
        """Whether the name [lo, hi) of two words or more ends an ORG entity that starts before it: the
        organisation's name ran into the person's ("Universitas Lambung Mangkurat Muhammad Handry")."""
        k = bisect_right(self.org_starts, lo - 1) - 1
        return k >= 0 and self.org[k][0] < lo and self.org[k][1] == hi and len(self.text[lo:hi].split()) >= 2

    def name_of(self, start: int, end: int) -> str:
        """The person's name for the mention [start, end): the table's person at the mention
        when the table knows them by a full name (two words or more), else the fullest form of
        the text that holds the mention's words (:meth:`_form_name`)."""
        title_holder = self.titled.get((start, end))
        if title_holder is not None:
            return title_holder
        said = {w.lower() for w in self.text[start:end].split()}
        entity = self.table.at(start, end, "PER")
        if entity is not None and len(entity.name.split()) > 1 and said & {w.lower() for w in entity.name.split()}:
            return entity.name
        return self._form_name(start, end)

    def _form_name(self, start: int, end: int) -> str:
        """The person's name for the mention [start, end): the fullest form of the document
        that holds its words (the one named last before it when two people share them)."""
        full = self.aliases.get(self.text[start:end])
        if full is not None:
            start, end = full
        base = None
        said = {w.lower() for w in self.text[start:end].split()}
        for _s, _e, name in self._mentions_over(start, end):
            trimmed = self._trim(name)
            if said and not said & {w.lower() for w in trimmed.split()}:
                continue  # a person whose name shares no word with the mention is another one
            base = trimmed[self._tidy_start(trimmed):]
            break
        base = base or canonical_name(self.text[start:end])
        if base not in self._forms_of:
            self._forms_of[base] = self._fullest_forms(base)
        holding, widest = self._forms_of[base]
        if not holding:
            return base
        if len(widest) == 1:
            return widest[0]
        k = bisect_left(holding, (start, ""))  # (the forms before the mention: holding is in text order)
        last = holding[k - 1][1] if k else holding[0][1]
        return max((f for f in widest if set(last.split()) <= set(f.split())), key=len, default=last)

    def _fullest_forms(self, base: str) -> tuple[list[tuple[int, str]], list[str]]:
        """The forms (position, form, in text order) that hold the words of ``base``, and the widest of
        their names (see :meth:`_form_name`), once per name: a name written many times was matched again
        at each mention."""
        parts = set(base.split())
        if not parts:
            return [], []
        holding = self._holding(parts)
        if len(parts) == 1 and len(base) >= 4 and all(len(f.split()) == 1 for _, f in holding):
            # a short form cut from a longer name ("Risma" for "Tri Rismaharini", "Ardi" for "Ardiwinata")
            k = bisect_right(self.form_words, base)
            cut = []
            while k < len(self.form_words) and self.form_words[k].startswith(base):
                cut += self.forms_by_word[self.form_words[k]]
                k += 1
            cut.sort()
            if len({f for _, f in cut}) == 1 or len({f for _, f in cut}) > 1 and all(
                    set(min((f for _, f in cut), key=len).split()) <= set(f.split()) for _, f in cut):
                holding = holding + cut
        if not holding:
            return [], []
        holding = sorted(holding)
        names = list(dict.fromkeys(self._table_tail(f) for _, f in holding))  # in text order: ties go to the first
        widest = [f for f in names if not any(set(f.split()) < set(g.split()) for g in names)]
        return holding, widest

    def _table_tail(self, form: str) -> str:
        """A form read from a capitalised run that ends with the full name (two words or more) of a
        person of the table is that name: the words before it are the sentence's or an organisation's
        (``Aksi Sandi Butar Butar (30) berunjuk rasa`` where the table knows ``Sandi Butar Butar``)."""
        if form in self._table_names:
            return form
        ws = form.split()
        return next((tail for k in range(1, len(ws) - 1) if (tail := " ".join(ws[k:])) in self._table_names), form)

    def _holding(self, parts: set[str]) -> list[tuple[int, str]]:
        """The forms (position, form) that hold every word of ``parts``, in text order."""
        if not parts:
            return []
        pool = min((self.forms_by_word.get(w, []) for w in parts), key=len)
        return sorted(pf for pf in set(pool) if parts <= set(pf[1].split()))

    def _mentions_over(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The person mentions (of the table) overlapping [start, end), in order of start."""
        k = bisect_right(self.mention_starts, end - 1) - 1
        out = []
        while k >= 0 and self.mention_reach[k] > start:
            s, e, name = self.by_mention[k]
            if s < end and start < e:
                out.append(self.by_mention[k])
            k -= 1
        return out[::-1]

    def _trim(self, name: str) -> str:
        """A name without the title, organisation and common words written before it."""
        part = name_part(name, 0, len(name), lexicon())
        return canonical_name(name[part[0]:part[1]]) if part else canonical_name(name)

    def org_name(self, start: int, end: int, text: str) -> str:
        """The organisation's name in ``doc._.organizations`` for the mention [start, end)."""
        entity = self.table.at(start, end, "ORG") or self.table.named(text, "ORG")
        return entity.name if entity is not None else text

    def orgs_headed(self, word: str) -> list[Entity]:
        """The table's organisations whose name opens with ``word`` (indexed once: the quote rules
        add and rename people only)."""
        if self._orgs_by_head is None:
            self._orgs_by_head = {}
            for org in self.table.organizations():
                self._orgs_by_head.setdefault(org.name.split()[0], []).append(org)
        return self._orgs_by_head.get(word, [])

    def orgs_of_kind(self, noun: str, before: int) -> list[Entity]:
        """The table's organisations named before ``before`` whose name opens with a head word of the
        institutions a common noun stands for (``rumah sakit``: ``RSUP X``, ``RSUD Y``;
        ``institution_nouns.tsv``)."""
        heads = INSTITUTION_NOUNS.get(noun, ())
        return [org for org in self.table.organizations() if org.start < before
                and any(org.name == h or org.name.startswith(h + " ") for h in heads)]

    def orgs_spelt(self, word: str) -> list[Entity]:
        """The table's organisations whose first words ``word`` abbreviates (``Dinkes``: Dinas
        Kesehatan Kota Bogor, the region left out; ``Pemkot``: Pemerintah Kota X)."""
        if word not in self._orgs_spelt:
            if self._orgs_by_letters is None:  # (the organisations by the letters a short form of them takes)
                self._orgs_by_letters = LetterIndex()
                for org in self.table.organizations():
                    if letters := long_form_letters(org.name):
                        self._orgs_by_letters.add(letters[0], letters, org)
            letters = short_form_letters(word)
            pool = self._orgs_by_letters.holding(letters[0], letters) if len(letters) >= 2 else []
            self._orgs_spelt[word] = [org for org in pool if any(
                abbreviates(word, " ".join(org.name.split()[:k])) for k in range(2, min(len(org.name.split()), 5) + 1))]
        return self._orgs_spelt[word]

    def holder_of(self, title: str) -> Optional[str]:
        """The person whose role has this title (``Kapolda`` -> the Kapolda named earlier)."""
        t = title.lower()
        if t not in self._holders:  # (titles come from a lexicon: few distinct ones a document)
            self._holders[t] = self._holder(t)
        return self._holders[t]

    def _holder(self, t: str) -> Optional[str]:
        # the first role that is ``t``, goes on after it, or opens it, looked up (a long document gives
        # thousands of roles, and every title was read against all of them)
        opened_by, written, by_opening = self._role_texts()
        found = [opened_by.get(t, len(self.roles))] + [written.get(t[:k], len(self.roles)) for k in range(1, len(t) + 1)]
        if min(found) < len(self.roles):
            return self.name_of_text(self.roles[min(found)][1])
        if " " not in t and len(t) >= 5:
            for role, org, name in by_opening.get(t[:2], ()):  # (an abbreviation's first piece opens the role)
                if _abbreviates(t, f"{role} {org or ''}".lower().split()):
                    return self.name_of_text(name)  # "Mensos": the Menteri Sosial named before
        return None

    def _role_texts(self) -> tuple[dict, dict, dict]:
        """The roles by what :meth:`_holder` looks up: the place of the first role that is a text or goes on
        after it with a space, the place of the first role written so (in lower case), and the roles with
        organisation by the first two letters of their first word (of ``kepala`` also ``ka``)."""
        if self._roles_by_text is None:
            opened_by: dict[str, int] = {}
            written: dict[str, int] = {}
            for k, (role, _) in enumerate(self.roles):
                low = role.lower()
                if role:
                    written.setdefault(low, k)
                    for cut in [i for i, c in enumerate(low) if c == " "] + [len(low)]:
                        opened_by.setdefault(low[:cut], k)
            by_opening: dict[str, list] = {}
            for role, org, name in self.role_orgs:
                first = f"{role} {org or ''}".lower().split()[:1]
                for key in dict.fromkeys([first[0][:2], ABBREVIATED.get(first[0], "")[:2]] if first else []):
                    by_opening.setdefault(key, []).append((role, org, name))
            self._roles_by_text = opened_by, written, by_opening
        return self._roles_by_text

    def name_of_text(self, name: str) -> str:
        """The fullest form of the document that holds the words of ``name``."""
        parts = set(self._trim(name).split())
        names = [self._table_tail(f) for _, f in self._holding(parts)]
        return max(names, key=len) if names else self._trim(name)


_NUMBERED = re.compile(r"[ \t]*-[ \t]*\d")
_INITIAL = re.compile(r"[A-Z]\.?")
_PLAIN_WORD = re.compile(r"[\w-]+")
_ALONE_WORD = re.compile(r"(?<![\w-])[\w-]+(?![\w-])(?![ \t]+[A-Z(])")
_BRACKET = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)")
_ALIAS_SHAPED = re.compile(r"\b[A-Z][A-Za-z]{1,7}\b")
_CAP_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:(?<=\b[A-Z])\.)?(?:[ \t]+(?:(?:bin|binti|van|de)[ \t]+)?[A-Z][\w'’-]*(?:(?<=\b[A-Z])\.)?)*")
_TITLE_PREP = re.compile(r"\s(?:dari|pada|untuk)[ \t]+[A-Z]")
# an organisation's acronym in brackets inside a title phrase, before more of it or the name: "(IDI) Dani"
_TITLE_ACRONYM = re.compile(r"\([A-Z][\w&.'’ -]{0,30}\)(?=[ \t]+[A-Z])")
_WORD_DOT = re.compile(r"(?<=\w)\.(?=[a-z])")
_WORD_BEFORE_DOT = re.compile(r"(?<![\w.])[A-Za-z][\w.]*$")
_REGION_END = re.compile(r"[.;:!?()\[\]\"“”\n]|\s(?:dalam|kepada|di|saat|ketika|usai|seusai|pada|dari|melalui|lewat|"
                         r"via|setelah|sebelum|sembari|sambil|yang|dengan|soal|terkait|mengenai|kala|tatkala)\b")


# what may stand between a subject's name and its verb: commas, an acronym in brackets, adverbs
_NEXT_TO_VERB = re.compile(r"(?:[\s,]|\([^()]{1,40}\)|\b(?:" + "|".join(sorted(ADVERBS)) + r")\b)*")
# an apposition between commas after a name, before its verb: ", dihubungi kemarin, " / ", Kepala Dinas X, "
# (session 13 let the dot of a short abbreviation through, ", ... Plt. Direktur X, ": taken back in session 14,
# it changed one tune document only, no check117, PFSA or IndoSum-sample record)
_APPOSITION = re.compile(r"[ \t]*,[^,.;:!?\"“”\n]{1,100},[ \t]*")
# the opening of a sentence before a source phrase ("Sementara itu, "), and the phrase's first words
# ("Berdasarkan keterangan", "Mengutip laporan"): read by _SOURCE_PHRASE and _SOURCE_OPENING
_SOURCE_LEAD = r"[\s\"“”]*(?:(?:Sementara itu|Namun|Selain itu)[ \t,]+)?"
_SOURCE_CUE = (r"(?:(?:[Bb]erdasar(?:kan)?|[Ss]esuai(?:[ \t]+dengan)?|[Mm]engutip|[Mm]erujuk(?:[ \t]+(?:pada|ke))?)[ \t]+"
               r"(?:keterangan|laporan|penjelasan|pernyataan|rilis|catatan|paparan|siaran[ \t]+pers|informasi|ucapan|penuturan)"
               # ("Dari penuturan X, ...": what someone told; "Mengutip X, ...": the one quoted, named)
               r"|[Dd]ari[ \t]+(?:penuturan|keterangan|penjelasan|pengakuan|pernyataan|paparan)"
               r"|[Mm]engutip(?=[ \t]+[A-Z]))")
# the opening of a sentence that names the source of what it reports, up to a name: "Berdasarkan
# keterangan tertulis yang disampaikan prakirawan ...", "Mengutip laporan ... oleh Kepala Bidang ..."
_SOURCE_PHRASE = re.compile(_SOURCE_LEAD + _SOURCE_CUE + r"\b[^,;:.!?\"“”\n]*$")
# a name (and an acronym in brackets) that closes the phrase before a comma
_PHRASE_CLOSES = re.compile(r"[ \t]*(?:\([^()]{1,40}\)[ \t]*)?,")
# the first word of an apposition after a name
_APPOSITION_OPENS = re.compile(r"[ \t]*,[ \t]*(\w+)")
# the closing formula of a statement: "..., demikian keterangan resmi OJK." / "demikian pernyataan Biro Humas X"
_DEMIKIAN = re.compile(r",[ \t]*(?P<cue>demikian[ \t]+(?:keterangan|pernyataan|siaran[ \t]+pers|rilis|penjelasan)"
                       r"(?:[ \t]+(?:tertulis|resmi|pers))*)(?=[ \t]+[A-Z])")
# an enumeration that goes on after a name: ", Sinerjik Gida, ..." / " dan Budi"
# (one word: "..., Gawok, Purwosari, dan Solo Balapan")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)[A-Z][\w'’-]*"
                           r"(?:[ \t]+[A-Z]|[ \t]*,|[ \t]+(?:dan|serta)[ \t]+[A-Z])")
# the copula or connective that opens an enumeration of people ("... tersebut adalah A, B, dan C")
_LIST_INTRO = re.compile(r"\b(?:adalah|ialah|yakni|yaitu|antara lain)\b")
# the last item of an enumeration: "..., Pegunungan Bintang 50 persen, dan Boven Digoel 41 persen"
_LIST_ENDS = re.compile(r",[ \t]*(?:dan|serta)[ \t]*$")
# a description that ends with a demonstrative: someone named before ("pria berusia 40 tahun itu")
_DESCRIBED_BEFORE = re.compile(r"\s(?:itu|ini|tersebut)$")
# a common noun with its modifiers (a relative clause, names of places or organisations, commas) that a
# demonstrative closes at the clause's end: "pemain yang kini memperkuat Persib Bandung itu", "siswi asal
# Desa Wukirsari, Kecamatan Cangkringan, tersebut"
_RELATIVE_DESCRIPTION = re.compile(r"[a-z][\w-]*[ \t]+[^.;:!?()\"“”\n]*?"
                                   r"[ \t](?:itu|ini|tersebut)(?=[ \t]*(?:[.,;:!?\n]|$))")
# "Mereka" (and adverbs) as the whole subject of a clause
_THEY_SUBJECT = re.compile(r"[\s,]*(?:(?:Sementara itu|Namun|Selain itu)[ \t,]+)?[Mm]ereka(?:[ \t]+(?:"
                           + "|".join(sorted(ADVERBS)) + r"))*[ \t]*")
# words of a group of people, which "mereka" may stand for
_PEOPLE_GROUP = re.compile(r"\b(?:para|warga|masyarakat|keduanya|ketiganya|mereka|kami|orang-orang|sejumlah|"
                           r"pengunjung|peserta|pelaku|penumpang|petugas|siswa|mahasiswa|nelayan|petani|pedagang)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:itu|tersebut|ini)[ \t]+(?:(?:juga|pun|pula|lalu|kemudian|kembali|sempat|turut)[ \t]+)*$")
# an epithet after a cue: a common noun with its modifiers (a quoted title of a work, a name in the
# possessive: "pelantun \"Senja di Pelabuhan\" itu", "mantan pasangan Jennifer Garner itu") that a
# demonstrative closes at the clause's end; it refers to the person talked about
_EPITHET = re.compile(r"[a-z][\w-]*(?:[ \t]+(?:[^.;:!?()\"“”\n]|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”)*?)?"
                      r"[ \t](?:itu|ini|tersebut)(?=(?:[ \t]+(?:lagi|pula|juga))?[ \t]*(?:[.,;:!?\n]|$))")
_TITLE_WORD = re.compile(r"(?:juru|kepala|ketua|wakil|direktur|menteri|kapolres|kapolda|kasi|kabid|kasat|sekretaris|"
                         r"kuasa|pengacara|anggota|politisi|politikus)\b", re.I)
_TITLE_TAIL = re.compile(r"(?:[A-Z][\w.'’/-]*[ \t]+|\([^()]*\)[ \t]*|(?:dan|bidang|dr|drg|of|and|for|&)\.?[ \t]+)*$")
# an organisation after a title or a name, before the verb: "Pengamat politik dari Universitas Bengkulu
# Rudi menilai", "Rivaldi dari PT House of Bamboo mengatakan"
_FROM_ORG = re.compile(r"[ \t]+(?:dari|di)[ \t]+(?:(?:[A-Z][\w.'’/&-]*|\([^()]{1,40}\)|of|and|for|&)[ \t]+)+")
_ORG_WORDS = re.compile(r"(?:(?:[A-Z][\w.'’/&-]*|\([^()]{1,40}\)|of|and|for|&|dan(?=[ \t]+[A-Z]))[ \t]+)*$")
# the dash after a dateline's outlet ("Rimanews -", "Jakarta, CNN Indonesia --", "(ANTARA News) -")
# a dateline that opens the first sentence: place, date or outlet, then a dash ("Jakarta (ANTARA News) - ",
# "JAKARTA, KOMPAS.com -- ", "Surabaya, Senin (3/4) - ")
_DATELINE_LEAD = re.compile(r"[A-Z][\w.'’/ ]{1,30}(?:,[^,()\n]{1,30})?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:-{1,2}|—|–)[ \t]+")
_DATELINE_DASH = re.compile(r"[ \t]*\)?[ \t]*(?:-{1,2}|—|–)[ \t]")
# the verbs of a description ("AW merupakan Direktur PT X"): their subject is talked about, not speaking
COPULAS = frozenset("merupakan adalah ialah yakni yaitu".split())
# a demonstrative that closes a noun phrase after a name, and the word right before a name
_DESCRIPTION_SUBJECT = re.compile(r"[ \t]*[a-z][\w-]*[ \t]")  # a noun phrase opening with a common noun
_DEMONSTRATIVE_AFTER = re.compile(r"[ \t]+(?:itu|ini|tersebut)\b")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
# two people joined into one subject: "X dan Y", "X dan suaminya Y"
_COORDINATED_AFTER = re.compile(r"[ \t]+(?:dan|serta|&)[ \t]+(?P<kin>(?:istri|suami|anak|adik|kakak|ibu|ayah)nya\b)?[ \t]*")
_COORDINATED_BEFORE = re.compile(r"[ \t]+(?:dan|serta|&)[ \t]+$")
# nouns that make the name after them a possessor ("istri Budi" is Budi's wife, not Budi)
KIN_NOUNS = frozenset("istri suami anak adik kakak cucu keponakan mertua menantu keluarga kerabat rekan teman "
                      "sahabat pacar kekasih ajudan sopir".split())
# words of stance that report what their subject holds, like a speech verb ("Toto Sunarto yakin, ...")
STANCE_WORDS = frozenset("yakin optimistis optimis pesimistis pesimis khawatir sepakat setuju prihatin".split())
NOT_VERBS = frozenset("meski meskipun melalui mengenai menurut menurutnya mereka memang menuju menjelang berupa beserta bersama berikut "
                      "berdasarkan bersama-sama".split())


def _next_verb(text: str, pos: int) -> str:
    """The first word after ``pos`` that is not an adverb, an acronym in brackets or a comma."""
    for m in WORD_RE.finditer(text, pos, min(len(text), pos + 80)):
        w = m.group(0)
        low = w.lower()
        if low in ADVERBS or w.isupper() or w[:1].isupper() and text[m.start() - 1:m.start()] == "(":
            continue
        return low
    return ""


def _passive_speech(word: str, lex: _Lexicon) -> bool:
    """Whether ``word`` is the passive of a speech verb (``disampaikan``: ``menyampaikan``;
    ``dikatakan``: ``mengatakan``; ``dituturkan``: ``menuturkan``; ``dipaparkan``: ``memaparkan``)."""
    if not word.startswith("di") or len(word) < 6:
        return False
    root = word[2:]
    actives = {"me" + root, "mem" + root, "men" + root, "meng" + root, "meny" + root[1:], "men" + root[1:],
               "meng" + root[1:], "mem" + root[1:]}
    return bool(actives & lex.verbs)


def _active(word: str, lex: _Lexicon) -> bool:
    return word in lex.verbs or word.startswith(("me", "ber")) and len(word) >= 6 and word not in NOT_VERBS


def _no_name(names: "_Names", a: int, b: int) -> bool:
    """Whether the capitalised words [a, b) are no name of an institution or a medium: a word of them that is no
    acronym written in small letters in the text or common in the press (``common_words.txt``: ``Polisi``,
    ``Pemerintah``), a title or organisation head (``Dinas``), a person noun, a function word, a month or
    weekday; or a place entity (``Kota Palembang``, ``Kuwait``)."""
    lex = lexicon()
    found = WORD_RE.findall(names.text[a:b])
    if not found:
        return True
    for w in found:
        low = w.lower()
        if low in lex.function or low in lex.pronouns or low in lex.calendar:
            return True
        if w.isupper() and len(w) >= 2:
            continue  # an acronym ("IDC", "NHS"): an institution's short name
        if not w[:1].isupper() or low in names.common or low in lex.common or low in lex.strong \
                or low in lex.person_heads or low in lex.nouns:
            return True
    return names.in_other(a, b) and not names.org_over(a, b)


def _source_name(text: str, at: int, hi: int, names: "_Names") -> Optional[tuple[int, int, str]]:
    """The one named after a source or speech noun at ``at`` (``laporan IDC``, ``pemaparan Bekraf``,
    ``penjelasan Rudi Hartanto``): ``(start, end, "per"|"org"|"name")`` of a person, an organisation
    entity, or a proper name (:func:`_no_name`), else None."""
    while at < hi and text[at] in " \t":
        at += 1
    per = names.person_in(at, at + 1)
    if per is not None:
        return per[0], per[1], "per"
    org = names.org_in(at, at + 1)
    if org is not None:
        return org[0], org[1], "org"
    run = _CAP_RUN.match(text, at, hi)
    if run is not None and not _no_name(names, run.start(), run.end()):
        return run.start(), run.end(), "name"
    return None


class _Resolver:
    """Speakers in text order: explicit names, pronouns, ``-nya`` cues."""

    def __init__(self, doc: Doc, names: _Names, sent_starts: list[int]) -> None:
        self.doc, self.names, self.text = doc, names, names.text
        self.sent_starts = sent_starts
        self.events: list[tuple[int, str, int, int]] = []  # (position, name, mention start, end)
        self._event_keys: list[tuple[int, int]] = []  # (position, index in events), sorted
        self._subjects = None
        self._subject_pos: list[int] = []
        self._people: Optional[_TablePeople] = None  # the table's people by words, built when first asked

    # candidates for pronouns: people in subject position and earlier speakers
    def _subject_mentions(self) -> list[tuple[int, str, int, int]]:
        """One subject a sentence: of its subject-like person mentions, the one right before
        its verb (``Direktur Eksekutif Indef Tauhid Ahmad berpendapat``), else the first. A
        capitalised name that no person entity covers counts only before a speech verb, where
        person entities are known."""
        if self._subjects is None:
            lex = lexicon()
            by_sentence: dict[int, list[tuple[int, int]]] = {}
            for s, e in self.names.per:
                if self.names.inside_quote(s):
                    continue
                if (s, e) in self.names.weak and not self.names.fallback and self._verb_after(s, e, lex) != "speech":
                    continue
                if self._subject_like(s, e, lex) and self._title_opens(s, e):
                    by_sentence.setdefault(bisect_right(self.sent_starts, s), []).append((s, e))
            out = []
            for k, found in by_sentence.items():
                # ("kuasa hukum Sahara, Moh Zakki, mengatakan": the name of the apposition speaks, not Sahara)
                s, e = next((m for m in found if self._verb_after(*m, lex) and not self._named_apposition(m[1])),
                            next((m for m in found if self._verb_after(*m, lex)), found[0]))
                sent = self.sent_starts[k - 1] if 0 < k <= len(self.sent_starts) else 0
                # (the title before a listed name is the item's: "bersama Menko PMK X, Menteri Sosial Y, serta Z")
                before = self.text[sent:s].rstrip()
                bare = _TITLE_TAIL.sub("", self.text[sent:s]).rstrip()
                if not self._verb_after(s, e, lex) and (bare.endswith(",") and _LIST_GOES_ON.match(self.text, e)
                                                        or _LIST_ENDS.search(before)):
                    continue  # an item of an enumeration without a verb: "Hadir dalam acara itu, X, Y, dan Z"
                intro = _LIST_INTRO.search(before)
                if intro and len([m for m in found if m[0] >= sent + intro.end()]) >= 2 \
                        and not any(self._verb_after(*m, lex) for m in found):
                    # "Keempat orang yang diamankan itu adalah A alias B; C; dan D": the people a sentence lists
                    # after its copula are plural, no antecedent of "ia" or "-nya"
                    continue
                if self._noun_complement(s, e):
                    continue  # "bintang film Filosofi Kopi itu menambahkan": the noun before the name is the subject
                if self._coordinated(s, e):
                    continue  # "Adam dan Hawa tetap memilih": a plural subject, no antecedent of "ia" or "-nya"
                if _next_verb(self.text, e) in COPULAS:
                    continue  # "AW merupakan Direktur PT X": a description of someone talked about
                out.append((s, self.names.name_of(s, e), s, e))
            self._subjects = sorted(out)
            self._subject_pos = [p for p, _, _, _ in self._subjects]
        return self._subjects

    def _noun_complement(self, s: int, e: int) -> bool:
        """Whether the mention [s, e) completes a common noun before it in a phrase that a demonstrative
        closes (``bintang film X itu``, ``mantan pacar X tersebut``): the phrase names someone else."""
        if not _DEMONSTRATIVE_AFTER.match(self.text, e):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, s - 30), s)
        if before is None:
            return False
        w = before.group(1)
        lex = lexicon()
        return w.islower() and w not in CONNECTORS and w not in PREPOSITIONS and w not in ADVERBS \
            and w not in lex.cues and w not in lex.verbs and w not in lex.pronouns and not _passive_speech(w, lex)

    def _describes(self, e: int) -> bool:
        """Whether the apposition after a name ending at ``e`` opens with a lower-case word or a title
        (``, sekretaris tim kampanye ...,``, ``, dihubungi kemarin,``, ``, Kepala Dinas X,``): a
        description of that name, whose own names do not speak."""
        m = _APPOSITION_OPENS.match(self.text, e)
        return m is not None and (m.group(1).islower() or m.group(1).lower() in lexicon().title_heads)

    def _named_apposition(self, e: int) -> bool:
        """Whether an apposition between commas after a name ending at ``e`` opens with another person's
        name (``kuasa hukum Sahara, Moh Zakki, mengatakan``: the first name is a possessor)."""
        m = _APPOSITION.match(self.text, e)
        if m is None:
            return False
        first = WORD_RE.search(self.text, e, m.end())
        k = bisect_left(self.names.per_starts, first.start()) if first else len(self.names.per)
        return k < len(self.names.per) and self.names.per[k][0] == first.start() \
            and (self.names.per[k] not in self.names.weak or self.names.per[k][1] <= m.end())

    def _coordinated(self, s: int, e: int) -> bool:
        """Whether the person mention [s, e) is one of two people joined by ``dan``, ``serta`` or ``&``
        (``Adam dan Hawa``, ``Shireen dan suaminya Teuku Wisnu``)."""
        after = _COORDINATED_AFTER.match(self.text, e)
        if after:
            k = bisect_left(self.names.per_starts, after.end())
            if after.group("kin") or k < len(self.names.per) and self.names.per[k][0] == after.end():
                return True
        before = _COORDINATED_BEFORE.search(self.text, max(0, s - 12), s)
        if before:
            k = bisect_right(self.names.per_starts, before.start()) - 1
            return k >= 0 and self.names.per[k][1] == before.start()
        return False

    def _verb_after(self, s: int, e: int, lex: _Lexicon) -> str:
        """``speech`` or ``active`` when a verb of that kind follows the mention [s, e), straight
        or after an apposition between commas (``Yuli, dihubungi kemarin, mengatakan``); else ``""``."""
        verbs = [_next_verb(self.text, e)]
        m = _APPOSITION.match(self.text, e)
        if m:
            verbs.append(_next_verb(self.text, m.end()))
        for verb in verbs:
            if verb in lex.verbs or verb in STANCE_WORDS:
                return "speech"
            if _active(verb, lex):
                return "active"
        return ""

    def _subject_like(self, s: int, e: int, lex: _Lexicon) -> bool:
        """A person mention that can be the agent of what follows: not after a preposition,
        not the subject of a passive, at a clause start or before an active verb."""
        sent = self.sent_starts[max(bisect_right(self.sent_starts, s) - 1, 0)] if self.sent_starts else 0
        before = self.text[sent:s]
        # skip the title and honorifics written before the name
        stripped = _TITLE_TAIL.sub("", before)
        tail = stripped.rstrip()
        last = WORD_RE.findall(tail[-30:])
        w = last[-1].lower() if last and tail and tail[-1].isalnum() else ""
        if self._possessed(s):
            return False
        if _SOURCE_PHRASE.match(before) and _PHRASE_CLOSES.match(self.text, e):
            # "Berdasarkan keterangan tertulis yang disampaikan prakirawan X Leni, banjir dipicu ...": the
            # source that the sentence reports, as "menurut X" gives it (the one "-nya" cues go back to)
            return True
        if w in TITLE_PREPOSITIONS and re.search(r"[A-Z]", before[len(stripped):]) and self._verb_after(s, e, lex):
            return True  # the title's organisation: "Pengamat politik dari Universitas Bengkulu Rudi menilai"
        if w in PREPOSITIONS:
            return False
        verb = _next_verb(self.text, e)
        if verb.startswith(("di", "ter")) and len(verb) > 4 and verb not in lex.verbs \
                and self._verb_after(s, e, lex) != "speech":
            return False  # the subject of a passive is not its agent
        if not tail or tail[-1] in ",.;:(—–-\"“”\n":
            return True
        if w in lex.verbs and w.startswith("me"):
            return False  # the object of an active verb ("mengajak Adam", "meminta Budi"): no agent
        if w in CONNECTORS or w in lex.cues or (w.endswith("nya") and w[:-3] in lex.cues) or w in lex.verbs \
                or w == "menurut" or _passive_speech(w, lex):
            return True  # ("Hal itu disampaikan Kepala Dinas X": the agent of a passive speech verb speaks)
        if w in ("adalah", "ialah"):
            return True  # the person a sentence introduces: "Salah satunya adalah Ketua X Hasbullah Rahmani"
        if w.startswith("di") and len(w) >= 6 and w not in lex.title_words and not w.endswith("nya"):
            return True  # the agent of a passive: "Acara itu dihadiri William Santoso"
        # before its verb, straight or after an apposition ("Rusdan, yang juga ..., mengatakan")
        return bool(self._verb_after(s, e, lex))

    def note(self, pos: int, name: Optional[str], s: Optional[int], e: Optional[int]) -> None:
        if (s, e) in self.names.weak and len(name.split()) == 1 and (name.isupper() or f"({name})" in self.text):
            return  # an institution's short name ("(Perbarindo)", "WALHI") does not stand for "ia"
        lo, hi = (s if s is not None else pos), (e if e is not None else pos)
        person = (lo, hi) in self.names.per_set
        if name and (not self.names.org_over(lo, hi, inside=True) or person and self.names.ran_into(lo, hi)) \
                and (person or not self.names.org_over(lo, hi)):
            # only people: "ia", "dia" and "-nya" do not stand for an institution (a name that runs
            # on from an organisation, "Universitas Lambung Mangkurat Muhammad Hanafi", is a person)
            insort(self._event_keys, (pos, len(self.events)))
            self.events.append((pos, name, s if s is not None else pos, e if e is not None else pos))

    def last_speaker(self, pos: int, after: int = -1) -> Optional[tuple[str, int, int]]:
        """The speaker of the last quotation before ``pos`` (``lanjutnya``: who goes on speaking), if
        noted after ``after``."""
        k = bisect_left(self._event_keys, (pos, -1)) - 1
        if k < 0 or self._event_keys[k][0] <= after:
            return None
        best = self.events[self._event_keys[k][1]]
        return best[1], best[2], best[3]

    def has_spoken(self, name: str, pos: int) -> bool:
        """Whether ``name`` is the speaker of a quotation noted before ``pos``."""
        return any(p < pos and n == name for p, n, _, _ in self.events)

    def recent(self, pos: int) -> Optional[tuple[str, int, int]]:
        """The most recent speaker or subject before ``pos`` and outside quotation marks."""
        best = None
        subjects = self._subject_mentions()
        k = bisect_left(self._subject_pos, pos) - 1
        if k >= 0:  # the first subject at the latest position before pos
            best = subjects[bisect_left(self._subject_pos, self._subject_pos[k])]
        # the last noted event at the latest position before pos (an event wins a tie)
        k = bisect_left(self._event_keys, (pos, -1)) - 1
        if k >= 0 and (best is None or self._event_keys[k][0] >= best[0]):
            best = self.events[self._event_keys[k][1]]
        return (best[1], best[2], best[3]) if best else None

    def subject_org(self, pos: int, sentences: int = 2) -> Optional[tuple[str, int, int]]:
        """The organisation that opens one of the ``sentences`` sentences before ``pos`` (the nearest
        first) as the subject of an active verb (``Pemkot Medan meminta maaf ...``), or None."""
        k = bisect_right(self.sent_starts, pos) - 1
        lex = lexicon()
        for j in range(k, max(k - sentences - 1, -1), -1):
            a = self.sent_starts[j]
            b = min(self.sent_starts[j + 1] if j + 1 < len(self.sent_starts) else len(self.text), pos)
            for o in self.names.orgs_in(a, b):
                if self._opens_phrase(o[0], a) and _active(_next_verb(self.text, o[1]), lex):
                    return self.names.org_name(*o), o[0], o[1]
        return None

    def region_after(self, pos: int, limit: int = 120, end: Optional[int] = None) -> tuple[int, int]:
        """The name region after a cue: up to a stop, a bracket or an adjunct word (commas kept,
        for ``kata juru bicara KPK, Budi Prasetyo, di ...``), and up to ``end`` when given."""
        hi = min(len(self.text), pos + limit, len(self.text) if end is None else max(end, pos))
        m = _REGION_END.search(self.text, pos, hi)
        while m and m.group(0) == "." and _abbreviation_before(self.text, m.start()):
            m = _REGION_END.search(self.text, m.end(), hi)  # "kata Dr. Budi", "ujar Ny. Isah": the name goes on
        first = WORD_RE.search(self.text, pos, hi)
        if first is not None and first.group(0).lower() in lexicon().title_words:
            # a title's organisation goes on after "dari", "pada", "untuk" ("kata anggota Tim Peneliti
            # NafasKu dari UGM, Sinta ..."), after its acronym in brackets ("kata Ketua Ikatan Dokter
            # Indonesia (IDI) Dani ...") and over a dot inside a word ("Head of Startupindonesia.co
            # Erwin ..."): the region does not end there
            while m and (_TITLE_PREP.match(self.text, m.start())
                         or (b := _TITLE_ACRONYM.match(self.text, m.start())) is not None
                         or _WORD_DOT.match(self.text, m.start())):
                m = _REGION_END.search(self.text, b.end() if m.group(0) == "(" and b else m.end(), hi)
        return pos, (m.start() if m else hi)

    def speaker_after(self, pos: int, anchor: int, end: Optional[int] = None) -> tuple[Optional[tuple[str, int, int]], str]:
        """The speaker named right after a cue that ends at ``pos`` (before ``end``, when given: the comma that
        closes ``Menurut X,``); ``anchor``: where pronouns look back from."""
        lex = lexicon()
        lo, hi = self.region_after(pos, end=end)
        region = self.text[lo:hi]
        first = WORD_RE.search(region)
        if first is None:
            return None, "none"
        fw = first.group(0).lower()
        if fw in lex.pronouns or fw == "pihaknya":
            return self.recent(anchor), "pronoun"
        if fw in SOURCE_NOUNS or fw in SPEECH_SOURCES:
            # "menurut data BPS", "menurut laporan IDC", "menurut penjelasan Rudi": the one after the noun
            named = _source_name(self.text, lo + first.end(), hi, self.names)
            if named is not None:
                a, b, kind = named
                if kind == "per":
                    return (self.names.name_of(a, b), a, b), "name"
                return (self.names.org_name(a, b, self.text[a:b]) if kind == "org" else self.text[a:b], a, b), "org"
            if fw in SOURCE_NOUNS:
                return None, "unnamed"
            # "demikian pernyataan pelatih Liverpool, Jurgen Klopp": the speaker is named after the noun's modifiers
            lo += first.end()
            region = self.text[lo:hi]
            first = WORD_RE.search(region)
            if first is None:
                return None, "none"
            fw = first.group(0).lower()
        if first.group(0)[:1].islower() and fw not in DESCRIBERS and fw not in SOURCE_HEADS \
                and self._epithet(lo + first.start(), lex):
            return self.recent(anchor), "anaphor"
        per = self.names.person_in(lo, hi)
        if fw in lex.title_heads or first.group(0)[:1].islower() and fw in lex.title_words:
            # "kata Kepala Daop 6 Yogyakarta Eko Budiyanto": the name closes the title phrase
            found = [p for p in self.names._in(lo, hi) if p[0] > lo + first.start()]
            strong = [p for p in found if p not in self.names.weak]
            # the name that closes the phrase (before a comma or the region's end), else the last
            # person entity, else the last capitalised name
            last = found[-1] if found and re.fullmatch(r"[\s,]*(?:,.*)?", self.text[found[-1][1]:hi], re.S) else None
            pick = last or (strong or found or [None])[-1]
            if pick and (pick in self.names.weak or self.names.org_over(*pick, inside=True)) \
                    and _closed_by_demonstrative(self.text[pick[1]:hi]):
                # "kata Guru Besar Fakultas Bahasa dan Seni Unnes itu": a title phrase that a demonstrative closes
                # is an epithet of the one talked about; a capitalised word of its organisation is no holder
                return self.recent(anchor), "anaphor"
            if pick:
                return (self.names.name_of(*pick), *pick), "name"
        if per in self.names.weak:
            # "kata Camat Sukamekar, Kabupaten Tangerang, Ahmad Anwar": a known person first
            per = next((p for p in self.names._in(lo, hi) if p not in self.names.weak), per)
        if per and (per not in self.names.weak or per[0] == lo + first.start()):
            return (self.names.name_of(*per), per[0], per[1]), "name"
        org = self.names.org_in(lo, hi)
        if org and org[0] == lo + first.start() and not _TITLE_WORD.match(self.text, lo + first.start()):
            return (self.names.org_name(*org), org[0], org[1]), "org"
        title = region.split(",")[0].strip()
        if re.fullmatch(r"[A-Z][\w'’-]+", title) and title.lower() not in lex.title_words \
                and any(f != title for _, f in self.names.forms_by_word.get(title, ())):
            # a short name that no entity covers ("kata Ferry" where "Ferry Wuisan" is named)
            start = lo + first.start()
            return (self.names.name_of_text(title), start, start + len(title)), "name"
        if re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,4}", title) and title.lower() not in lex.title_words \
                and (person := self.nickname(title, pos)) is not None:
            # "kata Sandi" after "Sandiaga Uno", "kata JK" after "Jusuf Kalla": a short form of one person
            start = lo + first.start()
            return (person.name, start, start + len(title)), "name"
        if title[:1].isupper() and (len(title.split()) >= 2 or title.isupper() and len(title) >= 2) \
                and not self.names.holder_of(title) and not any(w in self.names.strong_words() for w in title.split()) \
                and not _no_name(self.names, lo + first.start(), lo + first.start() + len(title)):
            # "menurut National Health Service (NHS) di Inggris", "kata Phone Arena": a proper name of two words or
            # an acronym that is no person (no word of a person's name), title or place of the text is an
            # institution or a medium
            start = lo + first.start()
            return (title, start, start + len(title)), "org"
        if title and (title[:1].isupper() or fw in lex.title_words):
            holder = self.names.holder_of(title)
            if holder:
                return (holder, lo + first.start(), lo + first.start() + len(title)), "title"
            # a bare title ("kata Menkes", "ujar politikus itu") refers back to the person talked about
            return self.recent(anchor), "title"
        if fw[:1].islower() and fw not in DESCRIBERS and fw not in SOURCE_HEADS \
                and (rel := _RELATIVE_DESCRIPTION.match(self.text, lo + first.start())) \
                and len(rel.group(0).split()) <= 14:
            # "tambah pemain yang kini memperkuat Persib Bandung itu", "kata siswi asal Desa X, Kecamatan Y,
            # tersebut": a noun whose modifiers a demonstrative closes describes the one talked about,
            # whatever names the modifiers hold
            return self.recent(anchor), "anaphor"
        if fw[:1].islower() and not re.search(r"\b[A-Z]", title):
            if fw in ANONYMOUS_SOURCES:
                return None, "unnamed"  # "kata sumber itu", "ujar sumber tersebut": the unnamed source again
            if fw not in DESCRIBERS and _DESCRIBED_BEFORE.search(title) and len(title.split()) <= 8:
                # "ungkap perempuan berusia 25 tahun tersebut": a description of the one talked about
                return self.recent(anchor), "anaphor"
            return None, "unnamed"  # "bunyi pasal 42", "kata seorang warga": no one named
        return None, "none"

    def _epithet(self, start: int, lex: _Lexicon) -> bool:
        """Whether the words after a cue at ``start`` are an epithet of the person talked about: a
        description that a demonstrative closes (``_EPITHET``) in which every person named is a possessor
        (the word before the name is no title: ``mantan pasangan Jennifer Garner itu``; ``pelatih Luis
        Milla itu`` names the coach) or stands in a quoted title (``pelantun "Senja di Pelabuhan" itu``)."""
        m = _EPITHET.match(self.text, start, min(len(self.text), start + 160))
        if m is None or len(m.group(0).split()) > 14:
            return False
        for s, e in self.names._in(start, m.end()):
            if (s, e) in self.names.weak or self.names.inside_quote(s):
                continue
            before = _WORD_BEFORE.search(self.text, start, s)
            if before is None or before.group(1)[:1].isupper() or before.group(1).lower() in lex.title_words:
                return False
        return True

    def subject_before(self, pos: int, lo: int) -> tuple[Optional[tuple[str, int, int]], str]:
        """The subject of a verb at ``pos`` in the clause that starts at ``lo``."""
        lex = lexicon()
        clause = self.text[lo:pos]
        pron = None
        for k, m in enumerate(WORD_RE.finditer(clause)):
            w = m.group(0).lower()
            if w in lex.pronouns or w == "pihaknya" or (w == "dirinya" and k == 0):
                pron = lo + m.start()  # ("Dirinya pun mengklaim": the reflexive opening its clause is its subject)
        people = [p for p in self._people_in(lo, pos)
                  if not self._after_preposition(p[0], lo, p[1], pos) and not self._possessed(p[0])
                  and self._title_opens(p[0], p[1], lo) and not self._noun_complement(*p)]
        opener = WORD_RE.match(clause.lstrip())
        comma = clause.find(",")
        if opener and opener.group(0).lower() in _ADJUNCT_HEADS and comma == clause.rfind(",") >= 0 \
                and _DESCRIPTION_SUBJECT.match(clause, comma + 1) and _ANAPHOR.search(clause, comma + 1):
            # "Mengenai koalisi yang menyokong Deddy - Ahmad, mantan artis yang dulu memerankan Naga Bonar ini
            # mengaku ...": after an adjunct that a preposition opens, a description that a demonstrative closes
            # is the subject; it refers back to the one talked about, whatever names the adjunct or the
            # description's modifiers hold
            return self.recent(lo), "anaphor"
        if not people and _THEY_SUBJECT.fullmatch(clause):
            # "Mereka mengklaim ...": with one organisation in focus (named in the sentence before, no person
            # named there), the plural pronoun stands for that organisation
            return self._organisation_in_focus(lo), "org"
        strong = [p for p in people if p not in self.names.weak]
        # a weak (capitalised-run) name counts only right before the verb, or when it opens the clause
        # before a description between commas ("Dedy, Kepala Regu B dari Pos X, Kota Y, menuturkan"): the
        # press's name, title, verb
        weak = [p for p in people if p in self.names.weak and self._next_to(p[1], pos) and not self._org_tail(p, lo)]
        opening = [p for p in people if p in self.names.weak and not self.text[lo:p[0]].strip() and self._describes(p[1])]
        candidates = sorted(set(strong + opening)) or weak
        if candidates and (pron is None or candidates[-1][0] > pron):
            # "X, Kepala Y, mengatakan": the first person of the clause that opens its noun phrase
            # ("kuasa hukum Sahara, Moh Zakki, mengatakan": Sahara is a possessor)
            # the name right before the verb closes its title phrase ("Ketua Satgas Covid-19 Doni
            # Monardo menambahkan"), else ("kuasa hukum Sahara, Moh Zakki, mengatakan": Sahara is a
            # possessor) the first person of the clause that opens its noun phrase
            per = next((p for p in reversed(candidates) if self._next_to(p[1], pos)), None) \
                or next((p for p in candidates if self._opens_phrase(p[0], lo)), candidates[-1])
            # "Rivaldi dari PT House of Bamboo mengatakan": the name before the organisation speaks
            per = next((q for q in candidates if q[1] <= per[0] and (m := _FROM_ORG.match(self.text, q[1], pos))
                        and m.end() >= per[1] and _NEXT_TO_VERB.fullmatch(self.text, m.end(), pos)), per)
            # "Decky Senduk, sekretaris tim kampanye Vonnie - Hendry, mengaku": a description between commas
            # after a name ends with a name of its own; the name it describes speaks
            per = next((q for q in candidates if q[1] <= per[0] and (m := _APPOSITION.match(self.text, q[1], pos))
                        and m.end() >= per[1] and _NEXT_TO_VERB.fullmatch(self.text, m.end(), pos)
                        and self._describes(q[1])), per)
            return (self.names.name_of(*per), per[0], per[1]), "name"
        if pron is not None:
            return self.recent(pron), "pronoun"
        if _ANAPHOR.search(clause):
            return self.recent(lo), "anaphor"  # "Politisi PDI Perjuangan itu menambahkan"
        org = self.names.org_in(lo, pos)
        if org and _SOURCE_OF.fullmatch(self.text, lo, org[0]):
            # "Studi dari Center for Research X menyebutkan, ...": the institution of the source speaks
            return (self.names.org_name(*org), org[0], org[1]), "org"
        if org and self._after_preposition(org[0], lo):
            # "Setelah dicabut oleh Mahkamah Agung (MA), Polda Metro Jaya mengusulkan": the organisation
            # right before the verb is its subject, not the object of a preposition before it
            org = next((o for o in reversed(self.names.orgs_in(lo, pos)) if self._next_to(o[1], pos)), org)
        if org and not self._after_preposition(org[0], lo):
            return (self.names.org_name(*org), org[0], org[1]), "org"
        words_before = [w for w in WORD_RE.findall(clause) if w[:1].isupper()]
        if words_before:
            holder = self.names.holder_of(" ".join(words_before))
            if holder:
                return (holder, lo, pos), "title"
        side = _SIDE_SUBJECT.fullmatch(clause)
        if side:
            # "Pihak rumah sakit menyebut ...": the one institution of that kind the text named before
            orgs = self.names.orgs_of_kind(side.group(1).lower(), pos)
            if len(orgs) == 1:
                return (orgs[0].name, lo + side.start(1), lo + side.end(1)), "org"
        if all(w.lower() in CONNECTORS or w.lower() in ADVERBS for w in WORD_RE.findall(clause)) \
                and lo in self.sent_starts:
            # "Tito menyampaikan terima kasih. Kemudian menjelaskan bahwa ...": a sentence without a subject
            # before its speech verb goes on with the subject of the one before (the one talked about)
            return self.recent(lo), "elided"
        named = _NAME_SUBJECT.fullmatch(clause)
        if named is None and opener and comma >= 0 and (opener.group(0).lower() in _ADJUNCT_HEADS
                                                        or _PREDICATE.fullmatch(opener.group(0).lower())):
            # "Melihat penyiksaan tersebut, PETA mengimbau ...": after a fronted adjunct or participle clause
            named = _NAME_SUBJECT.fullmatch(clause, clause.rfind(",") + 1)
        if named and not self._thing_subject(lo + named.start("name"), lo + named.end("name")):
            # "IDC memperkirakan ...", "People melaporkan, ...", "U.S. Cellular juga mengatakan bahwa ...": a
            # proper name that opens the clause before a speech verb and is no person the text knows is an
            # institution or a medium that speaks (its name as written)
            a, b = lo + named.start("name"), lo + named.end("name")
            return (self.text[a:b], a, b), "org"
        head = _HEAD_SUBJECT.fullmatch(clause)
        if head:
            # "Polda mengimbau agar ...": the head word of the one organisation the text named with it
            orgs = self.names.orgs_headed(head.group(1)) or self.names.orgs_spelt(head.group(1))
            if len(orgs) == 1 and len(orgs[0].name.split()) > 1:
                return (orgs[0].name, lo + head.start(1), lo + head.end(1)), "org"
            # "Sandi menyebut, ..." after "Sandiaga Uno": the short form of the one person it opens
            person = self.nickname(head.group(1), lo + head.start(1)) or self._named_by_word(head.group(1), lo + head.start(1))
            if person is not None:
                return (person.name, lo + head.start(1), lo + head.end(1)), "name"
        return None, "none"

    def _org_tail(self, p: tuple[int, int], lo: int) -> bool:
        """Whether the weak name ``p`` ends an organisation entity that opens the clause at ``lo`` without a
        title before it (``Kepolisian Northern Territory mengatakan``, ``U.S. Cellular mengatakan``: the
        organisation speaks; ``Ketua Asosiasi X Darsono`` keeps the name the entity swallowed)."""
        k = bisect_right(self.names.org_starts, p[0]) - 1
        if k < 0:
            return False
        a, b, _ = self.names.org[k]
        if not (a <= p[0] and p[1] <= b) or self.text[b:b + 1].isalnum():
            return False
        before = WORD_RE.findall(self.text[lo:a])
        return not before or before[-1].lower() not in lexicon().title_words and self._opens_phrase(a, lo)

    def _thing_subject(self, a: int, b: int) -> bool:
        """Whether the capitalised words [a, b) that open a clause are no name of an institution (:func:`_no_name`)."""
        return _no_name(self.names, a, b)

    def _named_by_word(self, word: str, at: int) -> Optional[Entity]:
        """The one person named before ``at`` whose name of two words or more holds ``word`` as a whole word:
        a short name the sentence opens with, also when it is a common word (``Hari menjelaskan`` after
        ``Hari Sulistyo Mardiyanto``)."""
        if self._people is None:
            self._people = _TablePeople(self.names.table)
        found = [p for p in self._people.sharing(word) if word in p.name.split() and len(p.name.split()) >= 2
                 and p.start < at]
        return found[0] if len(found) == 1 else None

    def _organisation_in_focus(self, lo: int) -> Optional[tuple[str, int, int]]:
        """The one organisation the sentence before ``lo`` names, as its subject, when it names no person and
        no group of people (``para``, ``warga``), else None."""
        k = bisect_right(self.sent_starts, lo - 1) - 1
        if k < 0:
            return None
        a = self.sent_starts[k]
        if any(p not in self.names.weak for p in self._people_in(a, lo)) or _PEOPLE_GROUP.search(self.text, a, lo):
            return None
        orgs = self.names.orgs_in(a, lo)
        named = {self.names.org_name(*o) for o in orgs}
        if len(named) != 1 or not self._opens_phrase(orgs[0][0], a):
            return None  # (the organisation is the sentence's subject: "Tiga calon deputi gubernur BI ..." are people)
        o = orgs[0]
        return self.names.org_name(*o), o[0], o[1]

    def nickname(self, word: str, at: int) -> Optional[Entity]:
        """The person of the table named before ``at`` that the one word ``word`` is a short form of
        (:meth:`_TablePeople.nickname`)."""
        if self._people is None:
            self._people = _TablePeople(self.names.table)
        person = self._people.nickname(word)
        return person if person is not None and person.start < at else None

    def _title_opens(self, s: int, e: int, lo: Optional[int] = None) -> bool:
        """A title written alone stands for its holder only as the subject that opens its
        clause (``Gubernur menyampaikan``), not as an object (``mendampingi Gubernur``)."""
        if (s, e) not in self.names.titled:
            return True
        if lo is None:
            lo = self.sent_starts[max(bisect_right(self.sent_starts, s) - 1, 0)] if self.sent_starts else 0
        return self._opens_phrase(s, lo)

    def _possessed(self, s: int) -> bool:
        """Whether a kin noun stands right before the mention at ``s`` (``istri Budi``)."""
        window = self.text[max(0, s - 20):s]
        last = WORD_RE.findall(window)
        return bool(last) and last[-1] in KIN_NOUNS and window.rstrip().endswith(last[-1])

    def _next_to(self, end: int, pos: int) -> bool:
        """Whether only commas, an acronym in brackets, adverbs or one apposition between commas
        stand between a name ending at ``end`` and a verb at ``pos``."""
        if _NEXT_TO_VERB.fullmatch(self.text, end, pos):
            return True
        m = _FROM_ORG.match(self.text, end, pos)  # "Rivaldi dari PT House of Bamboo mengatakan"
        if m and _NEXT_TO_VERB.fullmatch(self.text, m.end(), pos):
            return True
        m = _APPOSITION.match(self.text, end, pos)
        return bool(m) and bool(_NEXT_TO_VERB.fullmatch(self.text, m.end(), pos))

    def _people_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        k = bisect_right(self.names.per_starts, lo - 1)
        out = []
        while k < len(self.names.per) and self.names.per[k][0] < hi:
            p = self.names.per[k]
            if p[1] <= hi and not self.names.inside_quote(p[0]):
                out.append(p)
            k += 1
        return out

    def _opens_phrase(self, s: int, lo: int) -> bool:
        tail = _TITLE_TAIL.sub("", self.text[lo:s]).rstrip()
        if not tail or not tail[-1].isalnum():
            return True
        w = WORD_RE.findall(tail[-30:])[-1].lower()
        return w in CONNECTORS or w in ("terpisah",)

    def _after_preposition(self, s: int, lo: int, e: Optional[int] = None, verb_at: Optional[int] = None) -> bool:
        """Whether the mention at ``s`` is the object of a preposition, past the capitalised words
        before it; not the name after a title's organisation (``Pengamat dari Universitas Bengkulu
        Rudi``) when the name stands right before the verb at ``verb_at``."""
        before = _ORG_WORDS.sub("", self.text[lo:s])
        last = WORD_RE.findall(before[-20:])
        if not (last and last[-1].lower() in PREPOSITIONS and before.rstrip().endswith(last[-1])):
            return False
        if last[-1].lower() in TITLE_PREPOSITIONS and e is not None and verb_at is not None \
                and re.search(r"[A-Z]", self.text[lo + len(before):s]) and self._next_to(e, verb_at):
            return False
        return True


# --- the extractor -------------------------------------------------------------------------

def _closed_by_demonstrative(rest: str) -> bool:
    """Whether the rest of a title phrase after a name in it is its capitalised words and a demonstrative that
    closes it (``" dan Seni Unnes itu"``, ``" tersebut"``): the phrase is an epithet."""
    words = WORD_RE.findall(rest)
    return bool(words) and words[-1].lower() in DEMONSTRATIVES \
        and all(w[:1].isupper() or w.lower() in ("dan", "serta") for w in words[:-1])


def _abbreviation_before(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` closes an abbreviation written before a name (``Dr.``, ``Prof.``,
    ``Ny.``: ``abbreviations.txt``, the sentence splitter's list)."""
    m = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    return m is not None and m.group(0).lower() + "." in NAME_ABBREVIATIONS or _MIDDLE_INITIAL.match(text, max(0, dot - 40), dot + 3) is not None


# a middle initial inside a name, between two capitalised words ("kata William M. Balch"): its dot ends no name
_MIDDLE_INITIAL = re.compile(r"(?:.*\W)?[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]+[A-Z]$", re.S)


def _word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


def _clause_start(text: str, pos: int, sent_lo: int) -> int:
    """Start of the clause before ``pos``: the sentence start or just after a closing quote or ``;``, or after
    a comma and a conjunction that opens a coordinated clause (``..., dan Mourinho mengaku ...``)."""
    lo = sent_lo
    for ch in ";”\"\n":
        k = text.rfind(ch, sent_lo, pos)
        if k + 1 > lo:
            lo = k + 1
    for m in _COORDINATED_CLAUSE.finditer(text, lo, pos):
        lo = m.end()
    return lo


# a comma and a conjunction that open a clause of their own inside a sentence, before its subject (a name or a
# pronoun; ", dan berharap agar ..." goes on with the same subject)
_COORDINATED_CLAUSE = re.compile(r",[ \t]+(?:dan|tetapi|tapi|namun|sedangkan|padahal)[ \t]+"
                                 r"(?=[A-Z]|(?:ia|dia|beliau|mereka)\b)")


def quotes(doc: Doc) -> Iterator[Quote]:
    """Yield the direct and indirect quotations of ``doc`` with cue and speaker, in text order."""
    # the text as the pipeline gives it: a hard-wrapped text is read through its flat view
    # (``layout_flat``, the one reader of line layouts), so a line break here ends a paragraph
    text = text_of(doc)
    lex = lexicon()
    spans = list(quoted_spans(text))
    quoted = [(s.open, (s.close + 1) if s.close is not None else s.end) for s in spans]
    names = _Names(doc, quoted, text)
    names.direct_opens = set()
    sents = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(text))]
    sent_starts = [s for s, _ in sents]
    resolver = _Resolver(doc, names, sent_starts)

    def sentence_of(pos: int) -> tuple[int, int]:
        k = max(bisect_right(sent_starts, pos) - 1, 0)
        return sents[k] if sents else (0, len(text))

    direct: list[_Span] = []
    for span in spans:
        if inside_leftover(doc, span.open, span.open + 1):
            continue  # a quotation in a headline of page furniture (`Baca juga:`, `Tonton juga video "..."`)
        kept = _classify(text, span, lex)
        if kept is None and direct and direct[-1].para == span.para and direct[-1].cue \
                and _word_count(text[span.start:span.end]) >= 2 and span.close is not None \
                and text[span.start:span.close].rstrip()[-1:] in SENT_PUNCT + ",":
            # "A," kata X. "B.": the quotation goes on after its cue
            span.extra["direct"] = True
            span.rule, span.pending = "interrupted-quote", "previous"
            kept = span
        if kept is not None:
            direct.append(kept)
            names.direct_opens.add(kept.open)
    indirect = [q for q in _indirect(text, doc, sents, names, lex)
                if not inside_leftover(doc, q.extra["pos"], q.extra["pos"] + 1)]
    indirect += _attributed_before(text, sents, names, indirect, direct, lex)
    events = sorted([("d", s.open, s) for s in direct] + [("i", q.extra["pos"], q) for q in indirect],
                    key=lambda x: x[1])
    previous: Optional[_Span] = None
    for kind, _, item in events:
        if kind == "d":
            _resolve_direct(text, item, previous, resolver, sentence_of, lex)
            previous = item
        else:
            _resolve_indirect(item, resolver)
        if item.speaker:
            # the speaker is last mentioned at the cue, or at the name after it ("Menurut X, ...")
            at = item.cue_start if item.cue_start is not None else item.open
            resolver.note(max(at, item.speaker[1] if item.speaker[1] is not None else at), *item.speaker)
    # a quotation that continues into the next paragraph takes the next quotation's speaker; one left open
    # whose paragraph the narration follows (the next paragraph opens with no quotation) does not continue:
    # it goes to the one talked about before it ("X mengecam penangkapan itu. \"Dia tidak ...\n\nKelompok ...")
    for k in range(len(direct) - 1, -1, -1):
        if direct[k].pending != "next":
            continue
        after = direct[k + 1] if k + 1 < len(direct) else None
        if after is not None and after.speaker and not _continues_into(direct[k], after):
            if direct[k].speaker is None:
                direct[k].speaker = resolver.recent(direct[k].open)
            continue
        if after is None and direct[k].speaker is None:
            # a quotation left open that no later quotation follows (the text ends inside it, or narration
            # follows to the end): the one talked about before it goes on
            direct[k].speaker = resolver.recent(direct[k].open)
            continue
        if after is not None and after.speaker:
            direct[k].speaker = after.speaker
            if direct[k].cue is None:
                direct[k].cue, direct[k].cue_start, direct[k].cue_end = (
                    direct[k + 1].cue, direct[k + 1].cue_start, direct[k + 1].cue_end)
    people = _TablePeople(names.table)
    for _, _, item in events:
        item.speaker = in_table(names.table, item.speaker, add=True, people=people, text=text, other=names.in_other)
        if item.speaker is not None:
            _note_pronoun(text, item, names.table, lex)
    renamed = names.table.renamed
    for _, _, item in events:
        if item.rule == "attributed-after" and item.speaker is None:
            continue  # (a statement whose speaker the sentence after it names: no one named, no quotation)
        speaker = item.speaker or (None, None, None)
        if speaker[0] in renamed:
            # (a person the table renamed after this quotation was read: every quotation names it alike)
            speaker = (_latest_name(renamed, speaker[0]), speaker[1], speaker[2])
        kind = "direct" if isinstance(item.close, int) or item.extra.get("direct") else "indirect"
        yield Quote(text[item.start:item.end], item.start, item.end, kind, item.cue, item.cue_start, item.cue_end,
                    speaker[0], speaker[1], speaker[2], rule=item.rule)


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a title-cased line without a final stop (a headline: ``Sesumbar Anies
    Soal Penutupan Alexis``), where capitals do not mark names."""
    lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[lo:hi if hi >= 0 else len(text)].rstrip()
    if not line or line[-1] in SENT_PUNCT + '"”':
        return False
    long_words = [w for w in WORD_RE.findall(line) if len(w) >= 4 and not w.isdigit()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _whole_words(name: str) -> set[str]:
    """The words of ``name`` that are no initial, under one spelling (:func:`spelling_key`: lower
    case, no final stop, old and new spellings alike)."""
    return {spelling_key(w) for w in name.split() if len(w.rstrip(".")) > 1}


# one or two capitalised words of a name
_SHORT_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?")
# a word of the text, as far as it goes: a short name written as whole words starts where one starts, and
# its first word is all of that one (its letters are all word characters, a space follows it)
_WORD_RUN = re.compile(r"[\w'’-]+")


class _TablePeople:
    """The people of an entity table by the whole words of their names, and its organisations by
    name and alias, so that a speaker's name is looked up without a pass over the table (quadratic
    on a long document). A person :func:`same_name` or :func:`short_form_of` pairs with a name
    shares one of its whole words with it, or bears the name itself. Told of each person added or
    renamed (:meth:`add`); a person merged into another drops out by its position."""

    def __init__(self, table: EntityTable) -> None:
        self.table = table
        self.by_word: dict[str, list[Entity]] = {}
        self.keys: list[str] = []  # the keys of by_word, sorted (for the words a short form opens)
        self.by_initials: dict[str, list[Entity]] = {}
        self.orgs: dict[str, Entity] = {}
        self._not_written_after: set[str] = set()  # short names no one's whole name follows in the text
        self._word_starts: Optional[tuple[str, dict[str, list[int]]]] = None  # (text, word -> its starts)
        for e in table.entities:
            if e.label == "PER":
                self.add(e)
            elif e.label == "ORG":
                for key in (e.name, *e.aliases):
                    self.orgs.setdefault(key, e)

    def add(self, person: Entity) -> None:
        for key in _whole_words(person.name) | {" " + person.name}:
            if key not in self.by_word:
                insort(self.keys, key)
            self.by_word.setdefault(key, []).append(person)
        if len(person.name.split()) >= 2:
            self.by_initials.setdefault(initials_of(person.name), []).append(person)

    def _current(self, p: Entity) -> bool:
        entities = self.table.entities
        return p.id < len(entities) and entities[p.id] is p

    def nickname(self, name: str) -> Optional[Entity]:
        """The one person of the table that a one-word name the text uses as a speaker stands for by
        the press's short forms: the initials of its words (``JK`` for ``Jusuf Kalla``, ``SBY``) or the
        opening letters of one of its words (``Sandi`` for ``Sandiaga Uno``, ``Risma`` for ``Tri
        Rismaharini``; :func:`entity_table.word_opening`); None when no person or several fit."""
        if " " in name or not name.isalpha():
            return None
        if name.isupper() and 2 <= len(name) <= 4:
            found = {p.id: p for p in self.by_initials.get(name, ()) if self._current(p) and initials_of(p.name) == name}
        elif word_opening(name) and name.lower() not in STOP_WORDS:
            key = spelling_key(name)
            k = bisect_left(self.keys, key)
            found = {}
            while k < len(self.keys) and self.keys[k].startswith(key):
                if len(self.keys[k]) >= len(key) + 2:
                    found.update((p.id, p) for p in self.by_word[self.keys[k]]
                                 if self._current(p) and len(p.name.split()) >= 2)
                k += 1
        else:
            return None
        return next(iter(found.values())) if len(found) == 1 else None

    def written_after(self, name: str, text: str, other=None) -> Optional[Entity]:
        """The one person of the table whose whole name ``text`` writes right after ``name`` (one or two
        capitalised words that no person bears), when the two make a name of at most four words and
        ``name`` is nowhere else inside a place or organisation (``other(start, end)``); else None."""
        if not _SHORT_NAME.fullmatch(name) or any(w.lower() in lexicon().non_name for w in name.split()) \
                or name in self._not_written_after:
            return None
        found = {}
        for m in self._written_at(name, text):
            before = None
            for p in self.by_word.get(spelling_key(m.group(1)), ()) if m.group(1) else ():
                if self._current(p) and text.startswith(p.name, m.start(1)) \
                        and not re.match(r"[\w'’-]", text[m.start(1) + len(p.name):m.start(1) + len(p.name) + 1]) \
                        and len(name.split()) + len(p.name.split()) <= 4:
                    found[p.id] = before = p
            if before is None and other is not None and other(m.start(), m.start() + len(name)):
                self._not_written_after.add(name)
                return None  # a word of a place or an organisation elsewhere ("Dinas Kesehatan Tangsel")
        if len(found) != 1:
            self._not_written_after.add(name)  # (one scan of the text a name: a long text repeats its names)
            return None
        return next(iter(found.values()))

    def _written_at(self, name: str, text: str) -> Iterator[re.Match]:
        """The matches of ``name`` as whole words in ``text``, each with the capitalised word after it,
        as ``finditer`` of the pattern finds them (left to right, none overlapping the one before), from the
        starts of the text's words that open ``name`` (:data:`_WORD_RUN`, indexed once per text), not a
        scan of the text for each name."""
        if self._word_starts is None or self._word_starts[0] != text:
            starts: dict[str, list[int]] = {}
            for m in _WORD_RUN.finditer(text):
                starts.setdefault(m.group(), []).append(m.start())
            self._word_starts = (text, starts)
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])(?:[ \t]+([A-Z][\w'’-]*))?")
        end = 0
        for at in self._word_starts[1].get(name.split()[0], ()):
            if at >= end and (m := pattern.match(text, at)) is not None:
                end = m.end()
                yield m

    def sharing(self, name: str) -> list[Entity]:
        """The table's people (in table order) named ``name`` or sharing a whole word with it."""
        entities = self.table.entities
        found = {id(p): p for key in _whole_words(name) | {" " + name} for p in self.by_word.get(key, ())
                 if p.id < len(entities) and entities[p.id] is p}
        return sorted(found.values(), key=lambda p: p.id)


def in_table(table: EntityTable, speaker: Optional[tuple[str, Optional[int], Optional[int]]], add: bool = False,
             people: Optional[_TablePeople] = None, text: Optional[str] = None,
             other=None) -> Optional[tuple[str, Optional[int], Optional[int]]]:
    """The speaker as an entity of the document's table, under its fullest name, or None.

    The entity with a mention where the speaker was read (a person sharing a word with the
    name found there, an organisation under one of its names), else the person whose name
    holds the speaker's name (the one named last before it), else the organisation with that
    name or alias, else (given the document's ``text``) the one person whose name the text writes right
    after the speaker's name, renamed with it in front (``other(start, end)``: whether a place or an
    organisation covers that stretch). ``add``: a capitalised name the quote rules read
    that the table lacks becomes a person of the table; a fuller name read next to a cue renames the table's person.
    ``people``: the table's index, kept up to date across calls (built here if not given)."""
    if speaker is None or not speaker[0]:
        return None
    if people is None:
        people = _TablePeople(table)
    name, s, e = speaker
    first, _, rest = name.partition(" ")
    if rest and first.lower() in SOLO_NOUNS and first[:1].isupper():
        # a performer's noun opening the sentence is no word of the name (``Penyanyi Tulus``, ``Musisi Dua Lipa``)
        name, s = rest, None if s is None else s + len(first) + 1
    words_ = {w.lower() for w in name.split()}
    if s is not None and e is not None and s < e:
        entity = table.at(s, e)
        if entity is not None and entity.label == "ORG" and (name == entity.name or name in entity.aliases):
            return entity.name, s, e
        if entity is not None and entity.label == "PER" and name in {m.text for m in entity.mentions}:
            return entity.name, s, e  # a nickname or initials of the table's person ("alias Ahok")
        if entity is not None and entity.label == "PER" and words_ & {w.lower() for w in entity.name.split()}:
            if short_form_of(entity.name, name) and not _headed(name, entity.name):
                _rename(table, entity, name)  # the quote rules read a fuller form next to the cue
                people.add(entity)
                return name, s, e
            return entity.name, s, e
    candidates = [p for p in people.sharing(name)
                  if p.name == name or same_name(name, p.name) or short_form_of(name, p.name)]
    if candidates:
        at = s if s is not None else 0
        before = [p for p in candidates if p.start <= at]
        person = max(before, key=lambda p: max(m.start for m in p.mentions if m.start <= at)) if before \
            else candidates[0]
        return person.name, s, e
    org = people.orgs.get(name)
    if org is not None:
        return org.name, s, e
    person = people.nickname(name)
    if person is not None and (s is None or person.start <= s):
        return person.name, s, e  # "JK mengatakan" after "Wakil Presiden Jusuf Kalla"
    person = people.written_after(name, text, other) if text is not None else None
    if person is not None:
        # "Menurut Flora, ..." where the table holds "Pricilia Kalalo" of "Universitas Sam Ratulangi Flora
        # Pricilia Kalalo": the words an organisation's name took are the person's first names
        _rename(table, person, f"{name} {person.name}")
        people.add(person)
        return person.name, s, e
    if add and s is not None and e is not None:
        person = Entity(len(table.entities), "PER", name)
        table.entities.append(person)
        people.add(person)
        table.add_mention(person, EntityMention(name, s, e, "name"))
        return name, s, e
    return None


def _headed(name: str, short: str) -> bool:
    """``name`` is ``short`` after a common noun that heads the phrase (``Pernyataan Trump``,
    ``Ucapan Rizieq``: the statement, not a fuller name; ``person_types.head_noun``)."""
    first = name.split()[0]
    return first not in short.split() and head_noun(first, type_lexicons())


def _rename(table: EntityTable, entity: Entity, name: str) -> None:
    """Give ``entity`` the fuller name ``name`` (``table.renamed`` keeps old -> new); a person
    of the table already so named takes its mentions and roles instead."""
    table.renamed[entity.name] = name
    other = next((p for p in table.people() if p.name == name and p is not entity), None)
    if other is None:
        entity.name = name
        return
    table.merge(entity, other)


def _note_pronoun(text: str, span: _Span, table: EntityTable, lex: _Lexicon) -> None:
    """Record in the table the pronoun through which a speaker was read: ``-nya`` of the cue
    (``ujarnya``, ``menurutnya``), ``ia``/``dia``/``beliau`` right after the cue or before it."""
    if span.cue_start is None or span.cue_end is None:
        return
    entity = table.at(span.speaker[1], span.speaker[2]) if span.speaker[1] is not None else None
    if entity is None or entity.label != "PER":
        return
    cue = text[span.cue_start:span.cue_end]
    if cue.lower().endswith("nya") and len(cue) > 3:
        table.add_mention(entity, EntityMention("nya", span.cue_end - 3, span.cue_end, "pronoun"))
        return
    after = WORD_RE.match(text, span.cue_end + 1) if text[span.cue_end:span.cue_end + 1] == " " else None
    before = re.search(r"(\w+)[ \t]+(?:(?:\w+)[ \t]+)?$", text[max(0, span.cue_start - 30):span.cue_start])
    for m, offset in ((after, 0), (before, max(0, span.cue_start - 30))):
        if m is not None and m.group(0).split()[0].lower() in lex.pronouns:
            word = m.group(0).split()[0]
            start = offset + m.start()
            table.add_mention(entity, EntityMention(word, start, start + len(word), "pronoun"))
            return


# a lower-case word right after a quotation's closing mark, then the speaker: a capitalised word (a name or a
# title), a third-person pronoun, or nothing after a -nya form ('"...," sambut CEO X', '"...," selorohnya.')
_UNKNOWN_CUE = re.compile(r"[ \t]*(?P<cue>[a-z]{3,})(?:(?<=nya)(?=[ \t]*[.,;!?\n])|[ \t]+(?=[A-Z]|(?:dia|ia|beliau)\b))")


def _cue_like(word: str, lex: _Lexicon) -> bool:
    """Whether ``word`` after a quotation can be its speech cue: not a function word, a title, a person noun
    or a noun of speech (``"...," dan X``, ``"...," ketua X``, ``"...," pesan Y``: known cues are read before)."""
    bare = word[:-3] if word.endswith("nya") and len(word) > 6 else word
    return not any(w in lex.function or w in lex.title_words or w in lex.person_heads or w in lex.calendar
                   for w in (word, bare))


def _classify(text: str, span: _Span, lex: _Lexicon) -> Optional[_Span]:
    """Keep a quoted stretch that is a quotation; find its cue after or before it."""
    inner = text[span.start:span.end]
    n = _word_count(inner)
    if n == 0:
        return None
    span.extra["direct"] = True
    after_at = (span.close + 1) if span.close is not None else span.end
    if _is_term(text, span, inner, n, lex):
        return None
    m = lex.cue_after.match(text, after_at) if span.close is not None else None
    if m and n >= 2:
        span.cue, span.cue_start, span.cue_end = m.group("cue"), m.start("cue"), m.end("cue")
        span.rule = "quote-then-cue"
        return span
    if span.close is not None and n >= 3 and text[span.start:span.close].rstrip().endswith(","):
        # '"...," sambut CEO X Y.' / '"...," seloroh dia.': a quotation that ends with a comma inside its
        # marks leaves its sentence to the cue after it, whatever verb the press chose (a base verb
        # before the speaker's name or a pronoun, or its -nya form)
        m = _UNKNOWN_CUE.match(text, after_at)
        if m and _cue_like(m.group("cue"), lex):
            span.cue, span.cue_start, span.cue_end = m.group("cue"), m.start("cue"), m.end("cue")
            span.rule = "quote-then-cue"
            return span
    # "...," Budi menambahkan.
    if span.close is not None and n >= 3:
        tail = text[after_at:after_at + 80]
        # (a title and its organisation before the name: '"...," CEO Kulina Andy Fajar Handika menjelaskan')
        mm = re.match(r"[ \t]*,?[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){1,7})(?:(?:juga|pun|lalu|kemudian)[ \t]+)?(\w+)", tail)
        if mm and mm.group(2) in lex.verbs:
            span.cue = mm.group(2)
            span.cue_start = after_at + mm.start(2)
            span.cue_end = after_at + mm.end(2)
            span.rule = "quote-name-verb"
            span.extra["subject_region"] = (after_at + mm.start(1), after_at + mm.end(1))
            return span
    before = text[max(0, span.open - 160):span.open]
    line_lo = text.rfind("\n", 0, span.open) + 1
    if span.para_initial and text[:line_lo].rstrip().endswith(":"):
        # a paragraph that opens with the quotation its previous paragraph announces ("... berikut:")
        line_lo = text.rfind("\n", 0, len(text[:line_lo].rstrip())) + 1
    before_start = max(0, span.open - 160, line_lo)
    before = text[before_start:span.open]
    # X mengatakan, "..." / katanya: "..." / Menurut X, "..."
    tail = before.rstrip()
    if tail.endswith((",", ":")) or re.search(r"\bbahwa$", tail):
        cut = max(tail.rfind(". "), tail.rfind("\" "), tail.rfind("” "))
        clause = tail[cut + 1:] if cut >= 0 else tail
        cues = list(lex.cue_word.finditer(clause))
        document = _DOCUMENT_CUE.search(clause)
        if document and n >= 2 and _DOCUMENT_NOUN.search(clause, max(0, document.start() - 80), document.start()):
            # "Pasal 21 berbunyi, \"...\"": the words of a law or a document, which no one speaks
            span.cue = document.group("cue")
            span.cue_start = before_start + (cut + 1 if cut >= 0 else 0) + document.start("cue")
            span.cue_end = span.cue_start + len(span.cue)
            span.rule = "document-quote"
            return span
        if cues:
            c = cues[-1]
            rest = clause[c.end():]
            if _word_count(rest) <= 10 and n >= 2:
                span.cue = c.group("cue")
                span.cue_start = before_start + (cut + 1 if cut >= 0 else 0) + c.start()
                span.cue_end = span.cue_start + len(span.cue)
                span.rule = "cue-then-quote"
                span.extra["clause_lo"] = before_start + (cut + 1 if cut >= 0 else 0)
                return span
        if tail.endswith(":") and n >= 3:
            span.rule = "colon-then-quote"
            span.extra["colon_at"] = before_start + len(tail) - 1
            span.extra["clause_lo"] = before_start + (cut + 1 if cut >= 0 else 0)
            return span
    # X menjawab "Tidak pernah".: a speech verb right before the quotation that ends its sentence
    verb_before = re.search(r"(?<![\w-])(\w+)[ \t]*$", tail)
    if verb_before and verb_before.group(1) in lex.verbs and n >= 2 and span.close is not None \
            and (inner.rstrip()[-1:] in SENT_PUNCT or re.match(r"[ \t]*[.!?…]", text[span.close + 1:span.close + 3])):
        span.cue = verb_before.group(1)
        span.cue_start = before_start + verb_before.start(1)
        span.cue_end = before_start + verb_before.end(1)
        span.rule = "cue-then-quote"
        span.extra["clause_lo"] = before_start + (max(tail.rfind(". "), tail.rfind("\" "), tail.rfind("” ")) + 1)
        return span
    # no cue: a quoted sentence or a paragraph that opens with a quotation
    prev_words = WORD_RE.findall(before[-40:])
    if prev_words and prev_words[-1].lower() in lex.title_cues:
        return None
    ends = inner.rstrip()[-1:] in SENT_PUNCT + "," if span.close is not None else True
    if span.close is not None:
        # a closing mark straight after a sentence end: the quotation ends a sentence
        ends = ends or text[span.close - 1:span.close] in SENT_PUNCT
    if n >= 3 and ends and (span.para_initial or n >= 6):
        span.rule = "paragraph-quote" if span.para_initial else "quoted-sentence"
        span.pending = "next" if span.close is None else "previous"
        return span
    return None


# the verb that introduces the words of a law, a rule or a document ("Pasal 21 berbunyi, ..."; "yang bunyinya:")
_DOCUMENT_CUE = re.compile(r"\b(?P<cue>berbunyi|bunyinya)[ \t]*[,:]?[ \t]*$")
# the laws, rules and writings whose words "berbunyi" introduces (a person's "seruan ... berbunyi" is speech)
_DOCUMENT_NOUN = re.compile(r"\b(?:[Pp]asal|[Aa]yat|[Uu]ndang|UU|[Pp]eraturan|[Pp]erda|[Pp]erpres|[Pp]ermen\w*|[Kk]eputusan|"
                            r"[Pp]utusan|[Aa]mar|[Ss]urat|[Aa]turan|[Kk]etentuan|[Kk]lausul|[Bb]utir|[Ss]panduk|[Pp]oster|"
                            r"[Tt]ulisan|[Pp]etisi|[Pp]rasasti|[Ss]umpah|[Ii]krar|[Dd]akwaan|[Tt]untutan|[Pp]akta|KUHP)\b")


def _is_term(text: str, span: _Span, inner: str, n: int, lex: _Lexicon) -> bool:
    """A quoted title or term rather than a quotation: right after a title cue (``bertema
    "..."``, ``berjudul "..."``), or a few words without a stop that the sentence goes on
    after with a word that is no cue (``"kota kembang" tersebut``, ``"jalan maut" sejak``)."""
    cue = re.search(r"(\w+)[ \t]*$", text[max(0, span.open - 30):span.open])
    if cue and cue.group(1).lower() in lex.title_cues:
        return True
    if span.close is None or n > 3 or inner.rstrip()[-1:] in SENT_PUNCT + ",;:":
        return False
    nxt = re.match(r"[ \t]+([a-z]\w*)", text[span.close + 1:span.close + 40])
    if nxt is None:
        return False
    word = nxt.group(1)
    return word not in lex.cues and word not in lex.verbs and not (word.endswith("nya") and word[:-3] in lex.cues)


def _resolve_direct(text: str, span: _Span, previous: Optional[_Span], resolver: _Resolver, sentence_of,
                    lex: _Lexicon) -> None:
    if span.rule == "quote-then-cue":
        cue = span.cue.lower()
        if cue.endswith("nya") and len(cue) > 5:
            # "lanjutnya", "pungkasnya": the one who spoke last goes on, whoever the narration named since
            # (and a -nya cue the lexicon does not list: "selorohnya")
            span.speaker = (resolver.last_speaker(span.open) if cue[:-3] in CONTINUATION_CUES else None) \
                or resolver.recent(span.open)
            if span.speaker is None or (span.speaker[1], span.speaker[2]) in resolver.names.weak \
                    and not resolver.has_spoken(span.speaker[0], span.open):
                # a document that names no one: the institution that opens the sentence before speaks
                # ("Pemkot Medan meminta maaf ... \"...,\" imbuhnya"), not a capitalised common word (a weak
                # mention that an earlier cue made a speaker is a person: "Menurut Ekhel, ... \"...,\" ujarnya")
                span.speaker = resolver.subject_org(span.open) or span.speaker
            return
        found, how = resolver.speaker_after(span.cue_end, span.open)
        if cue == "demikian" and how not in ("name", "org"):
            # '"...," demikian pernyataan misi Uni Afrika': the statement's source, an organisation named in
            # the description, or no one
            lo, hi = resolver.region_after(span.cue_end)
            org = resolver.names.org_in(lo, hi)
            span.speaker = (resolver.names.org_name(*org), org[0], org[1]) if org else None
            return
        if found is None and (how == "unnamed" or how == "none" and (cue.startswith("di") or cue == "menurut")):
            span.speaker = None  # an agentless passive, a document, an unnamed source
            return
        if found is None:
            found = _continuing(span, previous) or resolver.recent(span.open)
        span.speaker = found
    elif span.rule == "document-quote":
        span.speaker = None  # the words of a law or a document (records-v1: the text does not say who speaks)
    elif span.rule == "quote-name-verb":
        lo, hi = span.extra["subject_region"]
        found, _ = resolver.subject_before(hi, lo)
        span.speaker = found
    elif span.rule in ("cue-then-quote", "colon-then-quote"):
        lo = span.extra["clause_lo"]
        if span.rule == "colon-then-quote":
            found, _ = resolver.subject_before(span.extra["colon_at"], lo)
        else:
            cue = span.cue.lower()
            if cue.endswith("nya"):
                found = resolver.recent(span.cue_start)
            elif cue in lex.cues or cue == "menurut":
                found, how = resolver.speaker_after(span.cue_end, span.cue_start)
                if how == "unnamed":
                    span.speaker = None  # "sebagaimana bunyi pasal 42:"
                    return
            else:
                found, _ = resolver.subject_before(span.cue_start, lo)
        span.speaker = found or _continuing(span, previous) or resolver.recent(span.open)
    else:
        attributed = _ATTRIBUTED_AFTER.match(text, span.end) if span.cue is None else None
        if attributed and _passive_speech(attributed.group("verb").lower(), lex):
            # "...kecuali."\n\nHal itu disampaikan Kepala Dinas X: the speaker is named after the quotation
            found, how = resolver.speaker_after(attributed.end(), span.open)
            if found is not None and how in ("name", "title", "org"):
                span.speaker = found
                span.cue, span.cue_start, span.cue_end = (attributed.group("verb"), attributed.start("verb"),
                                                          attributed.end("verb"))
                return
        span.speaker = _continuing(span, previous)
        spoke = resolver.last_speaker(span.open, after=previous.end) if span.speaker is not None else None
        if spoke is not None and spoke[0] != span.speaker[0]:
            # "Pengamat X, Ellen, menilai ... \"...\"": someone else's statement reported since the last
            # quotation; the quotation without a cue goes on with that statement, not the earlier quotation
            span.speaker = spoke
        if span.speaker is None and span.pending != "next":
            span.speaker = resolver.recent(span.open)
        if span.cue is None and previous is not None and span.speaker == previous.speaker:
            span.cue, span.cue_start, span.cue_end = previous.cue, previous.cue_start, previous.cue_end


def _continues_into(span: _Span, after: _Span) -> bool:
    """Whether the quotation ``span``, left open, goes on in ``after``: in its own paragraph (a new mark
    before the closing one) or in the next paragraph, which ``after`` opens (the press repeats the
    opening mark at each paragraph of a long quotation)."""
    return after.para == span.para or after.para == span.para + 1 and after.para_initial


def _continuing(span: _Span, previous: Optional[_Span]) -> Optional[tuple[str, int, int]]:
    """The speaker of the quotation this one continues (same or next paragraph)."""
    if previous is None or previous.speaker is None:
        return None
    if previous.para == span.para or span.para - previous.para <= 2:
        return previous.speaker
    return None


# --- indirect quotations -----------------------------------------------------------------

_MENURUT = re.compile(r"\b[Mm]enurut(?P<nya>nya)?\b")
_BAHWA = re.compile(r"[ \t]*(?P<conn>,[ \t]*(?:bahwa|agar|supaya)?|bahwa|agar|supaya|:)?[ \t]*", re.I)


def _indirect(text: str, doc: Doc, sents: list[tuple[int, int]], names: _Names, lex: _Lexicon) -> Iterator[_Span]:
    """Yield indirect quotations sentence by sentence (speakers resolved later, in text order):
    at most one a sentence, the first that ``menurut``, a speech verb or a final short cue gives."""
    for lo, hi in sents:
        sentence = text[lo:hi]
        if not sentence.strip():
            continue
        candidates = itertools.chain(
            (_menurut(text, lo, hi, lo + m.start(), lo + m.end(), bool(m.group("nya")), names, lex)
             for m in _MENURUT.finditer(sentence)),
            (_after_verb(text, lo, hi, lo + m.start(), lo + m.end(), m.group("cue"), names, lex)
             for m in lex.verb_word.finditer(sentence) if not names.inside_quote(lo + m.start())),
            (_interposed_cue(text, lo, hi, names, lex) for _ in (None,)),
            (_opening_cue(text, lo, hi, names, lex) for _ in (None,)),
            (_source_opening(text, lo, hi, names, lex) for _ in (None,)),
            (_before_short_cue(text, lo, hi, names, lex) for _ in (None,)),
            (_passive_report(text, lo, hi, names, lex) for _ in (None,)),
        )
        quote = next((q for q in candidates if q is not None), None)
        if quote is not None:
            yield quote


def _content_end(text: str, start: int, hi: int, names: _Names) -> int:
    """The end of reported content that starts at ``start``: the sentence end or the opening
    mark of a direct quotation (quoted terms inside the content stay in it)."""
    end = hi
    for m in MARK_RE.finditer(text, start, hi):
        if m.start() in names.direct_opens or m.start() + 1 in names.direct_opens:
            end = m.start()
            break
    # a trailing ", kata X" belongs to the cue, not to the content
    tail = lexicon().short_end.search(text, start, end)
    if tail:
        end = tail.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?"):
        end -= 1
    return end


def _menurut(text, lo, hi, m_start, m_end, nya, names: _Names, lex) -> Optional[_Span]:
    if names.inside_quote(m_start):
        return None
    epithet = False
    before = text[lo:m_start].strip()
    if nya:
        name_end = m_end
    else:
        region = text[m_end:hi]
        first = WORD_RE.search(region)
        if first is None:
            return None
        fw = first.group(0)
        if fw.lower() in SOURCE_NOUNS or fw.lower() in SPEECH_SOURCES:
            # "Menurut data Badan Pusat Statistik (BPS), ...": the institution whose data it is speaks; "Menurut
            # laporan IDC, ...", "Menurut pemaparan Bekraf, ...": the one named after the noun
            named = _source_name(text, m_end + first.end(), hi, names)
            comma = text.find(",", m_end, hi)
            if named is None or comma < 0 or named[0] > comma or _word_count(text[named[1]:comma]) > 8:
                return None  # "menurut data yang dihimpun": a source, not a speaker
            name_end = comma
        elif fw.lower() in lex.pronouns:
            name_end = m_end + first.end()
        elif fw[:1].isupper():
            per = names.person_in(m_end, m_end + 80)
            org = names.org_in(m_end, m_end + 80)
            ent = per or (org[:2] if org else None)
            comma = text.find(",", m_end, hi)
            if ent and (comma < 0 or ent[0] < comma):
                name_end = ent[1]
                # an apposition or title after the name runs to the comma
                if comma >= 0 and _word_count(text[name_end:comma]) <= 8 and text[name_end:comma].strip()[:1] in ("", ",", "(") \
                        or comma >= 0 and re.fullmatch(r"[\s,A-Z()][\w\s().,/-]*", text[name_end:comma] or " "):
                    name_end = comma
            elif comma >= 0 and _word_count(text[m_end:comma]) <= 8:
                name_end = comma
                if ent and ent[0] == _skip_blanks(text, comma + 1, hi) and _PHRASE_CLOSES.match(text, ent[1]):
                    name_end = ent[1]  # "Menurut Gubernur Sumsel, Alex Noerdin, CONTENT": the holder after the title
            else:
                return None
        elif (ep := _menurut_epithet(text, m_end + first.start(), hi, lex)) is not None:
            # "menurut aktor 44 tahun yang baru berpisah itu, ...", "Menurut pelatih asal Prancis ini kompetisi
            # ...": a person noun with its modifiers that a demonstrative closes is the one talked about
            name_end, epithet = ep, True
        elif (titled := _menurut_titled(text, m_end, hi, fw.lower(), names, lex)) is not None:
            # "menurut pengamat pangan, Anton Apriyantono, ...", "menurut ketua Pansus KPK Agun Gunanjar, ...": a
            # title or occupation written in small letters before its holder's name
            name_end = titled
        else:
            return None  # "menurut data ...": a source, not a speaker
    if before and not before.endswith(",") and not (nya and _word_count(before) <= 8 and not MARK_RE.search(before)) \
            and not ((WORD_RE.findall(before) or [""])[-1].lower() in _CLAUSE_LINKS and lex.cue_word.search(before) is None):
        # ("... sesuai karena menurutnya, Messi ...": a conjunction opens a clause of its own, which menurut
        # opens, unless a speech verb before reports the whole: "X menjelaskan, ..., sebab menurutnya, ...")
        # "CONTENT, menurut X." is handled when the sentence ends at X; "Namun menurutnya pengasapan
        # hanya ...", "Sistem itu menurutnya akan menopang ...": what follows "menurutnya" is reported
        return None
    if before.endswith(","):
        # "..., menurut X, CONTENT" or "CONTENT, menurut X."
        rest = text[name_end:hi].strip(" \t,.")
        if _word_count(rest) >= 3:
            start = name_end
        else:
            start, end = lo, lo + len(text[lo:m_start].rstrip().rstrip(","))
            return _indirect_span(text, start, end, m_start, m_end, "menurut-after", name_end, lex)
    else:
        start = name_end
    while start < hi and (text[start].isspace() or text[start] in ",:"):
        start += 1
    end = _content_end(text, start, hi, names)
    if not nya and (WORD_RE.findall(text[start:start + 20]) or [""])[0].lower() in _ADJUNCT_HEADS \
            and (verb := lex.verb_word.search(text, start, end)) is not None \
            and _BAHWA.match(text, verb.end()).group("conn"):
        # "menurut X, dalam diskusi ..., mengatakan, ...": the speech verb reports the content
        return None
    span = _indirect_span(text, start, end, m_start, m_end, "menurut", name_end, lex)
    if span is not None and epithet:
        span.extra["epithet"] = True
    return span


def _menurut_titled(text: str, m_end: int, hi: int, fw: str, names: _Names, lex: _Lexicon) -> Optional[int]:
    """The end of the person named after a small-letter title or occupation after ``menurut`` (``pengamat
    pangan, Anton Apriyantono``, ``ketua Pansus KPK Agun Gunanjar Sudarsa``): the title's words (its field and
    organisation, at most eight words and one comma, no verb) run straight to the name."""
    if not _person_head(fw, lex):
        return None
    per = names.person_in(m_end, min(hi, m_end + 100))
    if per is None:
        return None
    between = text[m_end:per[0]]
    words = WORD_RE.findall(between)
    if len(words) > 8 or between.count(",") > 1 or any(w.lower() in lex.verbs or w.lower() in PREPOSITIONS
                                                          and w.lower() not in ("dari", "di") for w in words):
        return None
    if not _PHRASE_CLOSES.match(text, per[1]) or between.rstrip().endswith("("):
        # ("menurut pengamat, Anton A. mengatakan ...": the name opens a clause of its own; "menurut pelantun Bon
        # Appetit tersebut, ...", "menurut dosen Universitas X (Unsyiah) ini, ...": the phrase goes on after it)
        return None
    return per[1]


def _skip_blanks(text: str, pos: int, hi: int) -> int:
    while pos < hi and text[pos] in " \t":
        pos += 1
    return pos


# conjunctions before "menurut(nya)" that open a clause of their own: what follows is reported
_CLAUSE_LINKS = frozenset("karena sebab sehingga namun tetapi tapi bahkan padahal sedangkan".split())
# a person noun with its modifiers that a demonstrative (and an additive particle) closes after "menurut"
_MENURUT_EPITHET = re.compile(r"[a-z][\w-]*(?:[ \t]+[^.;:!?()\"“”\n,]*?)?[ \t](?:itu|ini|tersebut)"
                              r"(?:[ \t]+(?:juga|pun|pula))?(?=[ \t]*,|[ \t]+[A-Za-z])")
# agent nouns (pe(N)- without -an: pelatih, pelantun, pebasket, pengamat) name people
_AGENT_NOUN = re.compile(r"pe[a-z]{3,}(?<!an)")


def _menurut_epithet(text: str, start: int, hi: int, lex: _Lexicon) -> Optional[int]:
    """The end of an epithet of a person after ``menurut`` (``_MENURUT_EPITHET``, at most ten words), whose
    head (after ``mantan`` and the like) is a person noun, an occupation, a title or an agent noun; not a
    document or a source (``menurut aturan ini``, ``menurut data tersebut``)."""
    m = _MENURUT_EPITHET.match(text, start, hi)
    if m is None or len(m.group(0).split()) > 10:
        return None
    heads = [w.lower() for w in WORD_RE.findall(m.group(0))]
    head = next((w for w in heads if w not in _HEAD_MODIFIERS), "")
    if head in SOURCE_NOUNS or head in DESCRIBERS or head in SOURCE_HEADS:
        return None
    if _person_head(head, lex) or head in _PERSON_HEADS:
        return m.end()
    return None


# agent nouns (``pe-`` words) that name a government body, no person: ``menurut pemerintah``
GOVERNMENT_BODIES = frozenset({"pemerintah", "pemda", "pemkot", "pemkab"})


def _person_head(word: str, lex: _Lexicon) -> bool:
    """Whether ``word`` (lower case) heads a phrase naming a person: a title, a person noun of the lexicon or an
    agent noun (``pengamat``), not a government body."""
    return (word in lex.title_words or word in lex.person_heads or bool(_AGENT_NOUN.fullmatch(word))) \
        and word not in GOVERNMENT_BODIES


# modifiers before a person noun ("mantan pelatih", "sang aktor") and nouns of a person by sex or age
_HEAD_MODIFIERS = frozenset("mantan eks bekas sang si calon".split())
_PERSON_HEADS = frozenset("pria wanita perempuan lelaki laki-laki sosok bocah remaja".split())


def _indirect_span(text, start, end, cue_start, cue_end, rule, name_end, lex) -> Optional[_Span]:
    if _word_count(text[start:end]) < 3:
        return None
    span = _Span(cue_start, None, start, end, -1, False, rule=rule, cue=text[cue_start:cue_end],
                 cue_start=cue_start, cue_end=cue_end)
    span.extra["pos"] = cue_start
    span.extra["name_region"] = (cue_end, name_end)
    return span


def _after_verb(text, lo, hi, v_start, v_end, verb, names: _Names, lex: _Lexicon) -> Optional[_Span]:
    prev = WORD_RE.findall(text[max(lo, v_start - 25):v_start])
    if prev and (prev[-1].lower() in SUBORDINATORS or verb in VP_COMPLEMENT_VERBS and prev[-1].lower() == "yang"):
        return None  # ("orang yang mengaku dekat dengan X": a description, not a report)
    low_prev = [w.lower() for w in prev[-2:]]
    if low_prev and (low_prev[-1] in REFUSALS or len(low_prev) == 2 and low_prev[-1] in ("mau", "bersedia")
                     and low_prev[0] in ("tak", "tidak", "belum", "enggan")):
        return None  # ("enggan menyebutkan ...", "tak mau memastikan kapan ..."): a refusal to say reports nothing
    m = _BAHWA.match(text, v_end)
    conn = (m.group("conn") or "").lower()
    if conn.startswith(",") and conn.strip(", \t"):
        conn = conn.strip(", \t")
    elif conn.startswith(","):
        conn = ","
    start = m.end()
    if conn in ("", ","):
        # an adjunct before the content: "mengatakan kepada wartawan, ..." / "..., Senin (1/1), ..."
        adj = re.match(r"(?:kepada|di|dalam|saat|ketika|pada|usai|seusai|melalui|lewat)\b[^,\"“”]{0,80},[ \t]*(?:(?:bahwa|agar|supaya)\b[ \t]*)?",
                       text[start:hi])
        if adj and conn == "":
            start += adj.end()
            conn = ","
    if verb in BAHWA_VERBS and conn != "bahwa":
        return None  # "Melansir X, ...", "melansir laporan X": a source; "Sport melansir bahwa ..." reports
    if verb in COMMA_VERBS and conn not in (",", "bahwa"):
        return None  # "memandang sebelah mata", "memandang X sebagai Y": a view reports speech after a comma only
    asks = verb in ASK_VERBS
    if conn == "" and (asks or verb == "mengingatkan"):
        # "mengingatkan masyarakat agar tidak ...": after an object without a verb, the request follows "agar"
        obj = _OBJECT_AGAR.match(text, start, hi)
        if obj and not any(_PREDICATE.fullmatch(w.lower()) for w in WORD_RE.findall(obj.group("obj"))):
            start, conn = obj.end(), "agar"
    if conn == "" and asks and not (prev and _PREDICATE.fullmatch(prev[-1].lower())
                                    and prev[-1].lower() not in ADVERBS and prev[-1].lower() not in NOT_VERBS):
        # "mengimbau masyarakat untuk memperhatikan ...": a request whose object and verb stand apart by "untuk"
        # (not the complement of another verb: "berupaya mengajak X untuk ...", "diminta mengimbau X untuk ...")
        obj = _OBJECT_UNTUK.match(text, start, hi)
        if obj and not any(_PREDICATE.fullmatch(w.lower()) for w in WORD_RE.findall(obj.group("obj"))) \
                and _PREDICATE.fullmatch(obj.group("verb")) and obj.group("verb") not in NOT_VERBS:
            conn = "untuk"
    first = WORD_RE.search(text, start, hi)
    if first is None:
        return None
    fw = first.group(0).lower()
    if verb in PROMISE_VERBS and conn == "" and not _promise_clause(text, first, hi):
        return None  # ("berjanji setia", "berjanji kepada warga"): a promise reports a clause or a predicate only
    if verb in THREAT_VERBS and conn != "":
        return None  # ("Shakhtar mengancam lewat serangan balik, ..."): a threat reports "(akan) <verb>" only
    if asks and conn not in ("agar", "supaya", "untuk") and (conn == ":" or not _has_predicate(text, first.end(), hi)
                                                              or verb in INVITE_VERBS and not _invited(text, start, hi)):
        return None  # "meminta maaf", "meminta keterangan saksi"; "meminta X melakukan Y" is reported
    if verb in INVITE_VERBS and prev and prev[-1].lower() in PLANS:
        return None  # ("ingin mengajak investor membangun pabrik", "akan mengajak partai itu"): a plan, no appeal
    if (fw in lex.nouns or conn == "" and fw.endswith("nya") and fw[:-3] in lex.nouns) \
            and conn not in ("bahwa", "agar", "supaya", ":") \
            and not (conn == "," and _DEMONSTRATIVE_AFTER.match(text, first.end())) \
            and not (fw in lex.clause_nouns and _has_predicate(text, first.end(), hi)) \
            and not (fw not in CLAUSE_TAKING_NOUNS and _has_auxiliary(text, first.end(), hi)):
        return None  # ("memastikan dukungan logistik telah dikirim": an auxiliary makes the noun a subject)
    if verb in QUESTION_VERBS and fw not in QUESTION_WORDS:
        return None  # "sudah bertanya dan ...": a question is reported by its question word ("bertanya apakah ...")
    if verb not in QUESTION_VERBS and fw in QUESTION_WORDS and conn == "":
        return None  # ("mencontohkan mengapa X dapat bertahan ...", "menjelaskan bagaimana ..."): a topic, not a claim
    if fw in ("bahwa", "agar", "supaya"):
        start = first.end()
    elif verb in PROMISE_VERBS and conn == "" and fw in ("untuk", "buat"):
        start = _skip_blanks(text, first.end(), hi)  # a promise without its "untuk" (corpus/README)
    end = _content_end(text, start, hi, names)
    opener = WORD_RE.search(text, lo, v_start)
    if opener is not None and opener.group(0).lower() in _FRONTED_OPENERS and "," not in text[lo:v_start] \
            and (comma := text.find(",", start, end)) > 0:
        end = comma  # "Ketika hakim menanyakan apakah X, Setnov menjawab ...": a fronted clause ends at its comma
    content = text[start:end]
    n = _word_count(content)
    words3 = [w.lower() for w in WORD_RE.findall(content)] if n == 3 else []
    if n == 3 and words3[0] not in _NOT_BEFORE_PREDICATE and words3[0] not in _CONJUNCTIONS \
            and (conn in ("bahwa", "agar", "supaya") or _PREDICATE.fullmatch(words3[1])):
        pass  # "berharap pelaku dihukum setimpal", "menegaskan bahwa perda segera terbit": a short clause
    elif n < 4 or names.inside_quote(start) and text[start] not in DOUBLE_MARKS:
        return None  # (content that opens with a quoted term is reported speech: '"kota kembang" tersebut ...')
    if conn == "" and verb == "mengingatkan" and _REMINDS_OF.match(content) \
            and not re.search(r"\b(?:agar|supaya|untuk|bahwa|jangan)\b", content):
        return None  # "mengingatkan kita pada karakter X", "mengingatkan warga akan bahaya banjir": reminds of a thing
    if conn == "":
        # a bare complement must read as a clause, not a noun phrase
        # (a verb after a preposition heads no clause: "pentingnya sinergi dalam menjawab ...")
        raw = WORD_RE.findall(content)
        toks = [w.lower() for w in raw]
        if verb not in VP_COMPLEMENT_VERBS and verb not in PROMISE_VERBS and not any(
                (t in PREDICATE_WORDS or (t.startswith(("me", "ber", "di", "ter")) and len(t) > 5)
                 or _PREDICATE.fullmatch(t)) and toks[i - 1] not in _NOT_BEFORE_PREDICATE
                and (t not in NOT_VERBS or t == "berupa") and toks[i - 1] not in _OBJECT_PREPOSITIONS
                and not raw[i][:1].isupper()
                for i, t in enumerate(toks) if i) and toks[0] != "ada" and toks[0] not in AUXILIARIES \
                and not (verb in DENIAL_VERBS and _PREDICATE.fullmatch(toks[0]) and toks[0] not in NOT_VERBS):
            # ("menduga ada dalang di balik kasus itu": the existential "ada" opens a clause, and so does an
            # auxiliary before a predicate whose subject is the speaker: "mengatakan perlu penelitian lebih lanjut";
            # "menjelaskan lebih lanjut mengenai langkah itu", "menjelaskan arti dari bersatu ...": a preposition,
            # or a verb after one, heads no clause)
            if not (verb in SPEECH_ONLY_VERBS and n >= 4 and fw not in lex.nouns and fw not in _ADJUNCT_HEADS
                    and fw not in NOT_VERBS and not raw[0][:1].isupper()):
                return None
        if fw in lex.pronouns and n < 5:
            return None
    span = _Span(v_start, None, start, end, -1, False, rule=f"verb-{conn or 'bare'}".replace(",", "comma")
                 .replace(":", "colon"), cue=verb, cue_start=v_start, cue_end=v_end)
    span.extra["pos"] = v_start
    span.extra["clause_lo"] = _clause_start(text, v_start, lo)
    return span


_PREDICATE = re.compile(r"(?:me|ber|di)[a-z]{4,}|be(?:kerja|lajar)[a-z]*")
# words before a speech verb that refuse what it would report ("enggan menyebutkan", "menolak menjelaskan")
REFUSALS = frozenset("enggan ogah menolak".split())
# verbs that report a question, and the words that open the question they report
QUESTION_VERBS = frozenset({"bertanya", "menanyakan"})
QUESTION_WORDS = frozenset("apakah apa bagaimana mengapa kenapa kapan siapa berapa dimana kemana".split())
# subordinators that open a clause before the main one ("Ketika X menanyakan ..., Y menjawab ...")
_FRONTED_OPENERS = frozenset("ketika saat sewaktu tatkala setelah sesudah sebelum usai seusai selepas begitu".split())
ASK_VERBS = frozenset({"meminta", "mengimbau", "mengajak", "mendesak"})
# "mengajak" reports an appeal only before "untuk"/"agar"/"supaya" + verb ("mengajak warga untuk menjaga ...");
# a bare verb after its object is taking someone along ("mengajak anak-anaknya berlibur", corpus/README), and a
# plan or wish to invite is no appeal made
INVITE_VERBS = frozenset({"mengajak"})
PLANS = frozenset("akan ingin mau hendak berencana berniat bakal".split())
# the object of "mengajak" and the "untuk" that opens what it asks for, a few words before its verb
_INVITED = re.compile(r"[^,.;:!?\"“”\n]{1,60}?[ \t]+untuk[ \t]+")


def _invited(text: str, start: int, hi: int) -> bool:
    """Whether ``mengajak`` + the object at ``start`` goes on with ``untuk`` + a predicate ("mengajak
    rekan-rekannya untuk kembali fokus mempersiapkan diri")."""
    m = _INVITED.match(text, start, hi)
    return m is not None and _has_predicate(text, m.end() - 1, hi)
# verbs that report speech only before a comma or "bahwa" ("Aris memandang, ..."; "memandang laut" is looking)
COMMA_VERBS = frozenset({"memandang"})
# verbs that report speech only before "bahwa" (a medium that reports: "X melansir bahwa ..."; else a source)
BAHWA_VERBS = frozenset({"melansir"})
_CONJUNCTIONS = frozenset("dan serta atau tetapi namun lalu".split())
# the object of a request before "untuk" and the verb after it: "masyarakat untuk memperhatikan"
_OBJECT_UNTUK = re.compile(r"(?P<obj>[^,.;:!?\"“”\n]{1,60}?)[ \t]+untuk[ \t]+(?:(?:tidak|tetap|segera|lebih|terus|selalu)[ \t]+)?(?P<verb>[a-z]+)\b")
# the object of a request before "agar"/"supaya", without punctuation: "masyarakat agar"
_OBJECT_AGAR = re.compile(r"(?P<obj>[^,.;:!?\"“”\n]{1,60}?)[ \t]+(?:agar|supaya)\b[ \t]*")
# "mengingatkan" with its object and "pada"/"akan" + a noun phrase: to remind someone of something, no speech
_REMINDS_OF = re.compile(r"(?:[\w-]+[ \t]+){0,3}?(?:pada|akan)[ \t]+(?!(?:me|ber|di|ter)[a-z]{3,}\b|(?:segera|tetap|terus|selalu|bisa|dapat)\b)")
# prepositions whose object a verb after them is ("arti dari bersatu", "soal menaikkan tarif"): no predicate
_OBJECT_PREPOSITIONS = frozenset("dari kepada oleh bagi terhadap tentang pada di ke antara atas soal mengenai terkait "
                                 "seputar perihal".split())
_NOT_BEFORE_PREDICATE = frozenset(
    "yang untuk guna agar supaya dalam saat ketika dengan sebagai tanpa demi bagi oleh usai setelah sebelum "
    "sambil sembari serta jelang menjelang kala sewaktu".split())


# verbs whose reported content may be a predicate without its subject ("mengaku sempat kehilangan fokus",
# "mengaku bangga dengan ..."): the subject is the speaker's own
VP_COMPLEMENT_VERBS = frozenset({"mengaku"})
# verbs of promising and threatening: their content is a clause ("berjanji bahwa ...", "berjanji penutupan X bakal
# ...") or a predicate without its subject opened by a verb, an auxiliary, a negation or "untuk"/"buat" + verb
# ("berjanji melunasi ...", "berjanji akan memperbaiki ...", "berjanji untuk menuntaskan ...", "mengancam akan
# mogok"; corpus/README "quotes, promises and appeals", 2026-12-05); an adjective, a noun phrase or a
# prepositional phrase is no content ("berjanji setia", "berjanji kepada warga", "mengancam gawang lawan")
PROMISE_VERBS = frozenset({"berjanji", "mengancam"})
THREAT_VERBS = frozenset({"mengancam"})
_PROMISE_OPENERS = frozenset("akan bakal segera tidak tak takkan siap terus tetap".split())


def _promise_clause(text: str, first: re.Match, hi: int) -> bool:
    """Whether the bare complement of a promise verb opening with ``first`` is reported content."""
    fw = first.group(0).lower()
    if fw in _PROMISE_OPENERS or fw in AUXILIARIES or _PREDICATE.fullmatch(fw) and fw not in NOT_VERBS:
        return True  # ("berjanji akan memperbaiki ...", "berjanji melunasi ...": the act, its subject the speaker)
    if fw in ("untuk", "buat"):
        nxt = WORD_RE.match(text, _skip_blanks(text, first.end(), hi), hi)
        return nxt is not None and bool(_PREDICATE.fullmatch(nxt.group(0).lower())) and nxt.group(0).lower() not in NOT_VERBS
    # a clause with its own subject: "berjanji penutupan X bakal dimasukkan ..." (not "berjanji kepada warga ...")
    return fw not in PREPOSITIONS and not _PREDICATE.fullmatch(fw) and _has_predicate(text, first.end(), hi)
# verbs of denial and admission whose content may be a predicate without its subject when a verb opens it
# ("membantah menunjuk X sebagai ...", "membantah mempunyai peralatan ..."; "membantah tuduhan itu" is a noun
# phrase); corpus/README: indirect quotes after "membantah" + predicate
DENIAL_VERBS = frozenset({"membantah", "menampik", "mengakui"})
# the verb that reports nothing but speech: a bare complement of four words or more after it is a clause even
# when no affixed verb shows its predicate ("mengatakan sekitar 18.000 penonton hadir ...", "mengatakan
# kebanyakan serangan orang dalam dipicu ..."), unless a speech noun, an adjunct or a name opens it
SPEECH_ONLY_VERBS = frozenset({"mengatakan"})
# auxiliaries and negations: a predicate follows them ("dukungan logistik telah dikirim")
AUXILIARIES = frozenset("telah sudah akan masih belum sedang dapat bisa harus perlu tidak tak".split())
# words that end the noun phrase after a verb before its own predicate: what follows is no clause of it
_PHRASE_ENDS = frozenset("yang sehingga karena sebab atas bagi kepada agar supaya saat ketika setelah sebelum "
                         "sesudah usai seusai sambil tatkala jika kalau bila apabila".split())
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
# nouns whose own clause says what they name, not what was said ("mengungkapkan alasan dirinya tidak hadir")
CLAUSE_TAKING_NOUNS = frozenset("alasan sebab penyebab cara kronologi mekanisme rincian detail".split())


def _has_auxiliary(text: str, pos: int, hi: int) -> bool:
    """Whether an auxiliary (``telah``, ``akan``, ``tidak``) follows ``pos`` in the sentence within
    eight words, before a comma or a word that opens a relative, purpose or causal phrase: the
    noun phrase before it is the subject of a reported clause."""
    for k, m in enumerate(WORD_RE.finditer(text, pos, hi)):
        low = m.group(0).lower()
        if k >= 8 or low in _PHRASE_ENDS or text[m.start() - 2:m.start()].strip() == ",":
            return False
        if low in AUXILIARIES and m.group(0)[:1].islower():
            return WORD_RE.search(text, m.end(), hi) is not None
        if low in DEMONSTRATIVES and k:
            # "keluhan-keluhan itu disampaikan oleh ...": a demonstrative closes the subject before its predicate
            nxt = WORD_RE.search(text, m.end(), hi)
            word = nxt.group(0) if nxt else ""
            return word[:1].islower() and (word in PREDICATE_WORDS or bool(_PREDICATE.fullmatch(word))) \
                and word not in NOT_VERBS
    return False


def _has_predicate(text: str, pos: int, hi: int) -> bool:
    """Whether a verb that can head a clause (``me-``, ``ber-``, ``di-``) follows ``pos`` in the
    sentence, not inside a relative or purpose phrase (``yang``, ``untuk``)."""
    prev = ""
    for m in WORD_RE.finditer(text, pos, hi):
        w = m.group(0)
        low = w.lower()
        if low == "yang" or text[m.end():m.end() + 1] in ",;" and not _LIST_TAIL.match(text, m.end(), hi):
            return False
        if w[:1].islower() and _PREDICATE.fullmatch(low) and low not in NOT_VERBS and prev not in _NOT_BEFORE_PREDICATE:
            return True
        if low in NEGATIONS and w[:1].islower() and WORD_RE.match(text, m.end() + 1, hi):
            return True  # ("meminta warga tidak kembali ke rumah": a negated predicate after the object)
        prev = low
    return False


# the rest of a listed object after a comma, up to its last item ("para camat, kepala desa, dan tokoh agama")
_LIST_TAIL = re.compile(r",[ \t]*(?:[^,.;:!?\"“”\n]{1,30},[ \t]*)*(?:dan|serta)[ \t]+[a-z]")
NEGATIONS = frozenset("tidak tak jangan".split())


# words that open an adjunct after a cue and its speaker (", kata Budi, di Jakarta, Senin"), not content
ADJUNCT_OPENERS = frozenset(
    "di ke dari pada saat ketika kepada dalam usai seusai selepas melalui lewat via kemarin tadi sebelumnya "
    "seperti sebagaimana dikutip".split())
# a cue between commas inside its sentence: ", kata X," / ", katanya," / ", lanjut dia," / ", dinilainya,"
_INTERPOSED = re.compile(r"(?<=[\w)”\"'’])[ \t]*,[ \t]*(?P<cue>\w+)(?P<who>[^,.;:!?\"“”\n]{0,80}?)[ \t]*,[ \t]*")


def _unmarked_span(m: re.Match, start: int, end: int, rule: str) -> _Span:
    """The reported speech ``text[start:end]`` without quotation marks whose cue is the group ``cue`` of ``m``."""
    span = _Span(m.start("cue"), None, start, end, -1, False, rule=rule, cue=m.group("cue"),
                 cue_start=m.start("cue"), cue_end=m.end("cue"))
    span.extra["pos"] = m.start("cue")
    return span


def _interposed_cue(text, lo, hi, names: _Names, lex: _Lexicon) -> Optional[_Span]:
    """``Proyek itu, katanya, dibiayai dari laba ditahan.`` / ``Bila terbukti, kata Budi, izinnya dicabut.``:
    a cue between commas after the opening words of its sentence reports the clause after it
    (the content is what follows the cue and its speaker; the words before it stay out, as
    records-v1 annotates them). A passive speech verb with ``-nya`` counts as a cue (``dinilainya``)."""
    if text.count(",", lo, hi) < 2:
        return None  # (the cue stands between two commas: most sentences have fewer, and _INTERPOSED tries every position)
    for m in _INTERPOSED.finditer(text, lo, hi):
        if names.inside_quote(m.start()):
            continue
        word = m.group("cue").lower()
        bare = word[:-3] if word.endswith("nya") and len(word) > 5 else word
        if not (bare in lex.cues or word.endswith("nya") and _passive_speech(bare, lex)):
            continue
        who = m.group("who").strip()
        if word != bare and who:
            continue  # "katanya" takes no name after it
        who_words = WORD_RE.findall(who)
        if who_words and not (who_words[0].lower() in lex.pronouns or who_words[0][:1].isupper()
                              or who_words[0].lower() in lex.title_words) or len(who_words) > 8:
            continue
        before = text[lo:m.start()]
        if MARK_RE.search(before) or not 1 <= _word_count(before) <= 12:
            continue
        start = m.end()
        first = WORD_RE.search(text, start, hi)
        if first is None or first.group(0).lower() in ADJUNCT_OPENERS or first.group(0).lower() in lex.calendar:
            continue
        end = _content_end(text, start, hi, names)
        if _word_count(text[start:end]) < 3:
            continue
        return _unmarked_span(m, start, end, "interposed-cue")
    return None


# a source phrase that opens its sentence and ends at a comma: "Berdasar penjelasan dari laman Pemerintah
# Kabupaten X, ...", "Berdasarkan keterangan tertulis yang disampaikan prakirawan ... Leni, ..."
_SOURCE_OPENING = re.compile(_SOURCE_LEAD + "(?P<cue>" + _SOURCE_CUE + r")\b(?P<mid>[^,;:.!?\"“”\n]*?)"
                             + _PHRASE_CLOSES.pattern + r"[ \t]*")


# a source that someone gathered or received ("informasi yang dihimpun X", "laporan yang diterima X")
_GATHERED = re.compile(r"\b(?:di(?:himpun|peroleh|dapat|kumpulkan|terima|olah|catat)|ter(?:himpun|catat|kumpul))\b")


def _source_opening(text, lo, hi, names: _Names, lex: _Lexicon) -> Optional[_Span]:
    """``Berdasar penjelasan dari laman Pemerintah Kabupaten Bekasi, pendaftaran dibuka ...``: a source
    phrase (``berdasarkan``, ``sesuai``, ``mengutip``, ``merujuk`` with ``keterangan``, ``laporan``,
    ``penjelasan`` ...) that opens the sentence and ends with a named person or organisation before its
    comma reports the clause after it, as ``menurut X`` does; a source without a name reports nothing."""
    m = _SOURCE_OPENING.match(text, lo, hi)
    if m is None or names.inside_quote(m.start("cue")):
        return None
    mid_end = m.end("mid")
    if _GATHERED.search(m.group("mid")) or _LIST_GOES_ON.match(text, mid_end):
        return None  # "informasi yang dihimpun Kompas": who gathered it reports; "Biro Pers, Media, ...": a list
    per = names.person_in(m.end("cue"), mid_end, last=True)
    org = names.orgs_in(m.end("cue"), mid_end)
    named = None
    if per is not None and per[1] == mid_end:
        named = per
    elif org and org[-1][1] == mid_end and org[-1][2].lower() not in names.outlets():
        named = org[-1][:2]  # (not the outlet of the dateline: "Berdasarkan catatan Kompas")
    if named is None:
        return None
    start = m.end()
    end = _content_end(text, start, hi, names)
    span = _indirect_span(text, start, end, m.start("cue"), m.end("cue"), "source-opening", mid_end, lex)
    if span is not None:
        span.extra["source"] = named
    return span


# a short cue with -nya that opens its sentence before a comma: "Lanjutnya, ...", "Sambungnya, ..."
_OPENING_CUE = re.compile(r"[\s\"“”]*(?P<cue>[A-Z][a-z]+nya)[ \t]*,[ \t]*")


def _opening_cue(text, lo, hi, names: _Names, lex: _Lexicon) -> Optional[_Span]:
    """``Sambungnya, staf ahli sangat dibutuhkan.``: a continuation cue with ``-nya`` (``lanjut``, ``tambah``,
    ``imbuh``, ``sambung``, ``pungkas``) that opens the sentence before a comma reports the clause after it,
    as ``Menurutnya,`` does."""
    m = _OPENING_CUE.match(text, lo, hi)
    # (only a cue of going on: "Katanya, ..." also reports hearsay, "Jelasnya, ..." sums up)
    if m is None or m.group("cue").lower()[:-3] not in CONTINUATION_CUES or names.inside_quote(m.start("cue")):
        return None
    start = m.end()
    end = _content_end(text, start, hi, names)
    if _word_count(text[start:end]) < 3:
        return None
    return _unmarked_span(m, start, end, "opening-cue")


# passives of reporting verbs that open a sentence before a comma ("Dijelaskan lebih lanjut, ...", "Disebut, ...",
# "Diberitakan sebelumnya, ...", "Dijelaskan Nadine, ..."): what follows is reported, by the agent when one is named
PASSIVE_REPORTS = frozenset("disebut disebutkan dilaporkan dijelaskan dikatakan diberitakan dikabarkan diungkapkan "
                            "dinyatakan ditegaskan diterangkan dipaparkan dituturkan diinformasikan disampaikan".split())
_PASSIVE_OPENING = re.compile(r"[\s\"“”]*(?:(?:Sementara itu|Namun|Selain itu|Bahkan|Padahal)[ \t,]+)?"
                              r"(?P<cue>Di[a-z]{4,})(?:[ \t]+(?:lebih[ \t]+lanjut|sebelumnya|pula|juga|kemudian|lagi))?"
                              r"(?:[ \t]+oleh)?(?P<agent>[ \t]+[A-Z][^,;:.!?\"“”\n]{0,60}?)?[ \t]*,[ \t]*")


def _passive_report(text, lo, hi, names: _Names, lex: _Lexicon) -> Optional[_Span]:
    """An agentless (or agent-marked) passive of a reporting verb that opens a sentence before a comma:
    ``Dijelaskan lebih lanjut, CLAUSE`` (speaker none), ``Dijelaskan Nadine, CLAUSE`` (the agent speaks).
    (Passives after their subject, ``X disebut bisa ...``, are left out: the held-out gold annotates
    them less often than not.)"""
    m = _PASSIVE_OPENING.match(text, lo, hi)
    if m is not None and m.group("cue").lower() in PASSIVE_REPORTS and not names.inside_quote(m.start("cue")):
        start = m.end()
        end = _content_end(text, start, hi, names)
        agent = m.group("agent")
        if agent and names.person_in(m.start("agent"), m.end("agent")) is None \
                and names.org_in(m.start("agent"), m.end("agent")) is None:
            return None  # ("Dikutip dari Reuters, ...", "Disebut dalam laporan itu, ..."): no agent named
        span = _indirect_span(text, start, end, m.start("cue"), m.end("cue"), "passive-agent" if agent else "passive",
                              m.end("agent") if agent else m.end("cue"), lex)
        if span is not None and agent:
            span.extra["name_region"] = (m.end("cue"), m.end("agent"))
        return span
    return None


def _before_short_cue(text, lo, hi, names: _Names, lex: _Lexicon) -> Optional[_Span]:
    """``CONTENT, katanya.`` / ``CONTENT, kata X.`` / ``CONTENT, demikian keterangan resmi X.``
    without quotation marks."""
    m = None
    for m in itertools.chain(lex.short_end.finditer(text, lo, hi), _DEMIKIAN.finditer(text, lo, hi)):  # noqa: B007
        pass  # (the last match is wanted)
    if m is None or names.inside_quote(m.start()) or any(
            x.start() in names.direct_opens or x.start() + 1 in names.direct_opens for x in MARK_RE.finditer(text, lo, m.start())):
        return None  # (a quoted term inside the content stays in it: 'berhasil "melunakkan" PT X, kata Y')
    rest = text[m.end():hi]
    # the speaker's words, then an adjunct of the cue ("kata X dalam siaran persnya, Senin (14/8)"); a
    # title phrase before the name may be long ("kata Wakil Ketua Komisi VII DPR Satya Widya Yudha")
    adjunct = _REGION_END.search(text, m.end(), hi)
    region = text[m.end():adjunct.start() if adjunct else hi]
    titled = _word_count(region) <= 12 and all(w[:1].isupper() for w in WORD_RE.findall(region)[1:])
    if _word_count(region) > 6 and not titled or _word_count(rest) > 16 + 6 * titled:
        return None
    start = lo
    while start < hi and text[start].isspace():
        start += 1
    dateline = _DATELINE_LEAD.match(text, start, hi) if start < 120 else None
    if dateline:
        start = dateline.end()  # "Jakarta (ANTARA News) - CONTENT, kata X.": the dateline is no content
    end = m.start()
    if _word_count(text[start:end]) < 4:
        return None
    return _unmarked_span(m, start, end, "content-then-cue")


def _attributed_before(text: str, sents: list[tuple[int, int]], names: _Names, indirect: list[_Span],
                       direct: list[_Span], lex: _Lexicon) -> list[_Span]:
    """``Motivasi pembelian menjadi alasan utama. Hal ini diungkapkan oleh analis IDC, Jitesh Ubrani.``: a
    sentence that opens with a statement's noun and a demonstrative before a passive speech verb and its
    agent names the speaker of the sentence before it, which is the quotation (resolved like a cue and the
    name after it; no quotation when no one is named); when the attribution opens a paragraph, the paragraph
    before it. Not when that stretch holds a quotation mark or a quotation already."""
    out = []
    taken = [(q.start, q.end) for q in indirect] + [(q.open, q.close if q.close is not None else q.end) for q in direct]
    for k in range(1, len(sents)):
        lo, hi = sents[k]
        m = _ATTRIBUTION.match(text, lo, hi)
        if m is None or not _passive_speech(m.group("verb").lower(), lex) or names.inside_quote(lo):
            continue
        a, b = sents[k - 1]
        body = text[a:b].rstrip()
        if "\n" in text[a + len(body):lo] and "\n" not in body.strip():
            # (the attribution opens a paragraph: the statement is the paragraph before it)
            a = max(text.rfind("\n", 0, a) + 1, 0)
        if MARK_RE.search(text, a, b) or any(s < b and a < e for s, e in taken):
            continue
        while a < b and text[a].isspace():
            a += 1
        dateline = _DATELINE_LEAD.match(text, a, b) if a < 120 else None
        if dateline:
            a = dateline.end()
        end = b
        while end > a and (text[end - 1].isspace() or text[end - 1] in ",;:.!?"):
            end -= 1
        if _word_count(text[a:end]) < 4:
            continue
        span = _Span(m.start("verb"), None, a, end, -1, False, rule="attributed-after", cue=m.group("verb"),
                     cue_start=m.start("verb"), cue_end=m.end("verb"))
        span.extra["pos"] = m.start("verb")
        span.extra["name_at"] = m.end()
        out.append(span)
    return out


def _resolve_indirect(span: _Span, resolver: _Resolver) -> None:
    cue = (span.cue or "").lower()
    if span.rule.startswith("menurut"):
        if cue.endswith("nya"):
            span.speaker = resolver.recent(span.cue_start)
        elif span.extra.get("epithet"):
            span.speaker = resolver.recent(span.cue_start)
        else:
            lo, hi = span.extra["name_region"]
            first = WORD_RE.search(resolver.text, lo, hi) if hi > lo else None
            # ("Menurut The Sun, Rina ...": the name ends at the comma; a title without its holder's name before
            # the comma goes on over its list of fields: "Menurut Menteri Desa, Pembangunan Daerah Tertinggal,
            # dan Transmigrasi X, ...")
            open_title = first is None or first.group(0).lower() in lexicon().title_words \
                and resolver.names.person_in(lo, hi) is None
            found, how = resolver.speaker_after(lo, span.cue_start, end=None if open_title else hi)
            span.speaker = found
    elif span.rule == "passive":
        span.speaker = None  # records-v1: an agentless passive has no speaker
    elif span.rule == "passive-agent":
        lo, hi = span.extra["name_region"]
        found, how = resolver.speaker_after(lo, span.cue_start, end=hi)
        span.speaker = found if how in ("name", "org", "title") else None
    elif span.rule == "source-opening":
        s, e = span.extra["source"]
        names = resolver.names
        span.speaker = (names.name_of(s, e), s, e) if (s, e) in names.per_set \
            else (names.org_name(s, e, names.text[s:e]), s, e)
    elif span.rule == "attributed-after":
        found, how = resolver.speaker_after(span.extra["name_at"], span.cue_start)
        span.speaker = found if how in ("name", "org", "title") else None
    elif span.rule == "opening-cue":
        # "Lanjutnya, ...": the one who spoke last goes on (_opening_cue takes continuation cues only), else
        # the one talked about
        span.speaker = resolver.last_speaker(span.cue_start) or resolver.recent(span.cue_start)
    elif span.rule in ("content-then-cue", "interposed-cue"):
        if cue.endswith("nya"):
            span.speaker = resolver.recent(span.start)
        else:
            span.speaker, how = resolver.speaker_after(span.cue_end, span.start)
            if cue.startswith("demikian") and how not in ("name", "org"):
                span.speaker = None  # the statement's source is named there, or no one is
    else:
        found, how = resolver.subject_before(span.cue_start, span.extra["clause_lo"])
        after = _AFTER_SHORT_CUE.fullmatch(resolver.text, span.extra["clause_lo"], span.cue_start)
        if found is None and after and after.group("cue").removesuffix("nya") in lexicon().cues:
            # '"...," katanya, menambahkan selain Batam, ...': the one who just spoke goes on
            found = resolver.last_speaker(span.cue_start)
        span.speaker = found


# a short cue (and its speaker) between a closing mark and a speech verb: '"...," katanya, menambahkan ...'
_AFTER_SHORT_CUE = re.compile(r"[ \t]*[,.]?[ \t]*(?P<cue>[a-z]+)(?:[ \t]+[^,.;:!?\"“”\n]{1,60})?[ \t]*,[ \t]*")


# a name with an age in brackets: how the press introduces a private person ("Rina (42), warga ...")
_AGED_NAME = re.compile(r"\b((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]*\(\d{1,3}(?:[ \t]+tahun)?\)")
_AGE = re.compile(r"\(\d{1,3}(?:[ \t]+tahun)?\)")  # the bracketed age every match of _AGED_NAME ends with


def aged_names(text: str) -> list[frozenset[str]]:
    """The words of each name that the text gives an age in brackets (``Rina (42)``). (Most texts give no
    age: a search for the bracket alone rules them out, _AGED_NAME tries each capitalised word.)"""
    if _AGE.search(text) is None:
        return []
    return [frozenset(m.group(1).split()) for m in _AGED_NAME.finditer(text)]


class AgedNames:
    """The :func:`aged_names` of a text, indexed once: whether a speaker's words hold an aged name's, or are
    held by one, is a look-up of a few word sets, not a comparison with every aged name of the text."""

    def __init__(self, names: Iterable[frozenset[str]]) -> None:
        self.names = frozenset(names)
        self.words = frozenset().union(*self.names)
        self.longest = max(map(len, self.names), default=0)
        self.parts = frozenset(frozenset(part) for name in self.names  # (the names have at most four words)
                               for size in range(len(name) + 1) for part in itertools.combinations(sorted(name), size))

    def touch(self, words: frozenset[str]) -> bool:
        """Whether ``words`` hold an aged name or an aged name holds them."""
        if words in self.parts:
            return True
        known = sorted(words & self.words)  # (an aged name the words hold is made of these)
        return any(frozenset(part) in self.names for size in range(1, min(len(known), self.longest) + 1)
                   for part in itertools.combinations(known, size))


def speaker_is_public(quote: Quote, text: str, aged: Optional[AgedNames] = None) -> Optional[bool]:
    """Whether a quote's speaker is a public figure, as the press tells them apart: False for
    a speaker the text introduces with an age in brackets (``Rina (42)``; ``aged``: the
    :class:`AgedNames` of ``text``, computed when not given) or describes after the cue
    without a name (``ujar ibu dua anak ini``, ``kata seorang warga``); None for no speaker
    otherwise; True for the rest (a name, mostly with a title or organisation, an
    institution). PFSA-ID annotates the statements of public figures only; records-v1 keeps
    every quotation."""
    lex = lexicon()
    described = False
    if quote.cue_end is not None:
        first = WORD_RE.search(text, quote.cue_end, min(len(text), quote.cue_end + 40))
        word = first.group(0) if first is not None else ""
        described = word[:1].islower() and word not in lex.pronouns and not text[quote.cue_end:first.start()].strip(" \t,") \
            and (word not in lex.function or word in DESCRIBERS)
    if not quote.speaker:
        return False if described else None
    description = re.split(r"[,.;:!?\n]", text[quote.cue_end:quote.cue_end + 80])[0].strip() if described else ""
    if description and word.lower() not in lex.title_words and quote.speaker_start is not None \
            and quote.cue_start is not None and quote.speaker_start < quote.cue_start \
            and not re.search(r"\b[A-Z]", description) and _DESCRIBED_BEFORE.search(" " + description):
        # described after the cue without a title or name, named before it ("ujar ibu dua anak ini"; not
        # "kata politikus itu", "kata mantan Wakil Presiden itu", "katanya singkat")
        return False
    aged = AgedNames(aged_names(text)) if aged is None else aged
    return not aged.touch(frozenset(quote.speaker.split()))


def _latest_name(renamed: dict, name: str) -> str:
    """The name ``name`` ends with after the table's renamings (``EntityTable.renamed``: old -> new, followed
    until a name was not renamed or comes back)."""
    seen = set()
    while name in renamed and name not in seen:
        seen.add(name)
        name = renamed[name]
    return name


def _sync_people(doc: Doc) -> None:
    """People and quotes name a person alike: a person the quote rules gave a fuller name
    takes it in ``doc._.people`` too."""
    table = doc._.entities
    renamed = table.renamed if table is not None else None
    if not renamed or not doc._.people:
        return
    by_name: dict[str, object] = {}
    kept = []
    for person in doc._.people:
        person.name = _latest_name(renamed, person.name)
        same = by_name.get(person.name)
        if same is None:
            by_name[person.name] = person
            kept.append(person)
            continue
        same.mentions = sorted(same.mentions + person.mentions, key=lambda m: m.start)
        same.roles += [r for r in person.roles if r not in same.roles]
    doc._.people = kept


@Language.factory("quotes", assigns=["doc._.quotes", "doc.spans"], requires=["doc.ents", "doc._.people"])
def make_quotes(nlp: Language, name: str):
    return QuoteExtractor()


class QuoteExtractor:
    """Fill ``doc._.quotes`` (and ``doc.spans["quotes"]``) with :func:`quotes`."""

    def __init__(self) -> None:
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        with entities_fixed(doc):  # (quotes set no entity)
            result = list(quotes(doc))
        _sync_people(doc)
        text = text_of(doc)
        aged = AgedNames(aged_names(text))
        for q in result:
            q.speaker_public = speaker_is_public(q, text, aged)
        doc._.quotes = result
        spans = []
        for q in result:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["quotes"] = spans
        return doc
