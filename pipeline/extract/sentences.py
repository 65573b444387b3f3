"""Rule-based Indonesian sentence boundaries (component ``id_sentences``).

The rules read the text, not the tokens, and then mark the token at each boundary:

* A blank line always ends a sentence (headline, paragraphs).
* ``.``, ``!``, ``?``, ``…`` or ``...``, with any closing quotes and brackets glued after them,
  end a sentence when white space follows and the next word opens one: a capital, a digit,
  or an opening quote or bracket before one. A quote after white space opens the next
  sentence (``katanya. "Kami``); one glued to the stop closes this one (``selesai." Ia``).
* Not after an abbreviation that comes before a name or number (``Dr.``, ``Jl.``, ``No.``,
  ``a.n.``, ``Kol.``: ``abbreviations.txt``), nor
  after initials (``B.``, ``D.W.``), nor after a list number (``1.`` first on its line or after
  ``:``, ``;`` or a stop).
* Nor inside brackets that close before the next stop (``(SSK. II)``, ``(Yes. 53)``), nor inside
  a number or reference broken by a space: a thousands group (``2.904. 678``), a version
  (``v9. 1``), a chapter and verse (``Kor. 14: 27``).
* After an abbreviation that may end a sentence (``dll.``, ``Tbk.``, degrees such as
  ``M.Si.``: ``abbreviations_final.txt``, or any dotted abbreviation of short parts) only
  when the next word is not itself an abbreviation, degree or initial, nor a bracket.
* A ``.`` or ``?`` with white space and a lower-case word after it also ends a sentence (a
  sentence opens with a capital; the capital was left out): after a lower-case word of four
  letters or more, a capitalised one of five or more, or a number; not before a list letter
  (``b.``) nor before a part of a web address or file name (``Goal. com``:
  ``web_suffixes.txt``).
* Without a stop, a sentence opens at a capitalised closed-class word (``Di``, ``Namun``,
  ``Dikatakannya``: ``sentence_openers.txt``) followed by a comma or a lower-case word (not
  a name: ``Pada Satuan Pendidikan``) right after a lower-case word or a number, unless that word
  announces a title (``lagu``, ``berjudul``: ``title_cues.txt``): a headline without a final
  stop that runs into its text. Likewise at an opening quote after a lower-case word when the
  quotation closes with a comma and a speech tag (``... lakukan "Lagi pula ...," katanya``) or
  follows one (``...," katanya menjelaskan "Faktor ...``), unless that word is a speech verb.
* A single line break ends a sentence before a list item (``1.``, ``a)``, ``-``, ``•``),
  after one, and after a short line without a final stop (a headline, a dateline on its own
  line, a web leftover) when the next line opens a sentence. Other line breaks (a paragraph
  wrapped by hand) do not.

In the pipeline the splitter reads the flat view of the text (:mod:`.layout`: a line break
inside a paragraph is already a space there), so a hard-wrapped or one-sentence-per-line text
splits as its paragraph layout does.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Iterator

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..lang import opening, table, words

CLOSERS = "\"'”’»)]"
OPENERS = "\"“‘'«([„`"
# a run of sentence-final punctuation, the closers glued after it, then white space or the end
STOP = re.compile(r"(?:[.!?…]+)([" + re.escape(CLOSERS) + r"]*)(?=\s|$)")
NEWLINE = re.compile(r"[^\S\n]*\n\s*")
# a list mark and a space, or a number glued to a capitalised word (``1.Andi Saputra``)
LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\)|\([a-zA-Z]\)|[-–•*·▪●■])\s|\d{1,2}[.)](?=[A-Z][a-z])")
DOTTED = re.compile(r"^(?:[a-z]{1,4}\.){2,}$")
INITIAL = re.compile(r"^[^\W\d_]\.$")
INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")  # `D.W.` inside a name
LIST_NUMBER = re.compile(r"^(?:\d{1,3}|[ivxlc]{1,5})\.$")
SHORT_LINE = 0.6  # a line shorter than this share of the longest line of the text is short
BRACKET_BACK = 100  # how far back an open bracket is looked for
BRACKET_AHEAD = 40  # how far ahead its closing bracket must come, before any stop
NUMBER_GROUP = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|[vV]\d+(?:\.\d+)*)\.$")  # `2.904.`, `v9.`
NUMBER_TAIL = re.compile(r"\d{3}(?!\d)")  # the rest of a thousands group
VERSION_TAIL = re.compile(r"\d")
CHAPTER = re.compile(r"^[A-Z][a-z]{1,3}\.$")  # `Kor.`, `Yes.` before `14: 27`
LOWER_AFTER = 4  # before a lower-case word, a stop ends a sentence after a word this long (capitalised: one more)
PLAIN_NUMBER = re.compile(r"^\d[\d.,]*%?$")
VERSE = re.compile(r"\d{1,3} ?: ?\d")


PREFIX = frozenset(w.lower() for w in words("abbreviations.txt"))
FINAL = frozenset(w.lower() for w in words("abbreviations_final.txt"))
TITLE_CUES = frozenset(w.lower() for w in words("title_cues.txt"))
WEB_SUFFIXES = frozenset(words("web_suffixes.txt"))
PERIODS = frozenset(row["form"].lower() for row in table("date_periods.tsv"))
_CUES = "|".join(sorted(words("quote_cues.txt"), key=len, reverse=True))
SPEECH_WORDS = frozenset(words("speech_verbs.txt")) | {c + s for c in words("quote_cues.txt") for s in ("", "nya")}
# the spaces (no new line) after a lower-case letter, a digit or `%`: `(?<=[a-z\d%])[^\S\n]+` written to open
# with the space, so that a search skips ahead to the next space instead of testing the lookbehind at every
# position (same matches; with the openers' first-letter lookahead, OPENER and QUOTE_OPEN over 1,000 news
# articles: 0.081 + 0.055 -> 0.035 + 0.032 CPU-s)
_SPACE_AFTER_WORD = r"[^\S\n](?<=[a-z\d%][^\S\n])[^\S\n]*"
# `...," katanya menjelaskan "Faktor ...`: a speech tag after a quotation, then a new quotation
QUOTE_TAG = re.compile(r"[,!?][\"”][^\S\n]+(?:" + _CUES + r")(?:nya)?(?:[^\S\n]+[^\s\"“”.!?]+){0,3}[^\S\n]+(?=[\"“][A-Z])")
# `... kita lakukan "Lagi pula ...," katanya`: a quotation with its speech tag after a word without a stop
QUOTE_OPEN = re.compile(_SPACE_AFTER_WORD + r"(?=[\"“][A-Z])")
QUOTE_CLOSE = re.compile(r"[\"”\n]")
SPEECH_TAIL = re.compile(r"[,!?][\"”][^\S\n]+(?:" + _CUES + r")(?:nya)?\b")
# the opener word, then a comma or a lower-case word (`Di sektor riil`, not `Pada Satuan Pendidikan`, `Pada 2023`)
_OPENER_WORDS = sorted(words("sentence_openers.txt"), key=len, reverse=True)
OPENER = re.compile(_SPACE_AFTER_WORD + opening(_OPENER_WORDS) + "(?:" + "|".join(_OPENER_WORDS) + r")(?=,|[^\S\n]+[a-z])")


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The white-space delimited word ending at ``end`` (openers stripped) and its start."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end]
    stripped = word.lstrip(OPENERS)
    return stripped, start + len(word) - len(stripped)


def _word_after(text: str, start: int) -> str:
    end = start
    n = len(text)
    while end < n and not text[end].isspace():
        end += 1
    return text[start:end].lstrip(OPENERS).rstrip(",;:")


def _opens_sentence(text: str, q: int) -> bool:
    """Whether the text at ``q`` can start a sentence: a capital or digit, maybe after openers."""
    n = len(text)
    while q < n and text[q] in OPENERS:
        q += 1
    return q < n and (text[q].isupper() or text[q].isdigit())


def _is_abbreviation(word: str) -> bool:
    lower = word.lower()
    return lower in PREFIX or lower in FINAL or bool(DOTTED.match(lower)) or bool(INITIAL.match(word))


def _starts_item(text: str, start: int) -> bool:
    """Whether a number at ``start`` numbers a list item: first on its line, or after ``:``, ``;`` or a stop."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in "\n:;.!?"


def _inside_brackets(text: str, end: int, q: int) -> bool:
    """Whether ``text[:end]`` leaves a bracket open that closes after ``q`` before any stop."""
    depth = 0
    for i in range(end - 1, max(0, end - BRACKET_BACK) - 1, -1):
        char = text[i]
        if char == ")":
            depth += 1
        elif char == "(":
            if not depth:
                break
            depth -= 1
        elif char == "\n":
            return False
    else:
        return False
    for char in text[q:q + BRACKET_AHEAD]:
        if char == ")":
            return True
        if char in ".!?\n(":
            return False
    return False


def _ends_before_lower(text: str, match: re.Match, q: int) -> bool:
    """Whether a bare ``.`` or ``?`` ends a sentence before the lower-case word at ``q``."""
    stop = match.group(0)
    if stop not in ".?" or not text[q].islower():
        return False
    word, _ = _word_before(text, match.start())
    if not (len(word) >= LOWER_AFTER + (not word.islower()) and word.isalpha() or word.isdigit() and len(word) > 1):
        return False
    after = _word_after(text, q)
    if after.rstrip(".,;:)") in WEB_SUFFIXES or LIST_ITEM.match(after + " "):
        return False
    return stop == "?" or stop_ends_sentence(text, match.start(), q)


def _quotation_opens(text: str, end: int, q: int) -> bool:
    """Whether the quotation at ``q`` (no stop before it) opens a sentence: it closes with a
    comma and a speech tag (``," katanya``) and the word before it neither announces a title
    nor is a speech verb."""
    word, _ = _word_before(text, end)
    if not (word.isalpha() and word.islower() or PLAIN_NUMBER.match(word)):
        return False
    if word in TITLE_CUES or word in SPEECH_WORDS:
        return False
    close = QUOTE_CLOSE.search(text, q + 1)
    return bool(close) and text[close.start()] != "\n" and bool(SPEECH_TAIL.match(text, close.start() - 1))


def stop_ends_sentence(text: str, start: int, q: int) -> bool:
    """Whether the single ``.`` at ``start`` ends a sentence, the next one starting at ``q``."""
    word, word_start = _word_before(text, start + 1)
    lower = word.lower()
    if lower in PREFIX and lower in FINAL and text[:word_start].rstrip().endswith(","):
        pass  # a title written before a name or after it among the degrees (X, S.Kep., Ns. | Ia): here a degree
    elif lower in PREFIX or (INITIALS.match(word) and lower not in FINAL):
        return False
    if INITIAL.match(word):
        # `kuartal I.`: a roman numeral after a part of the year, not an initial
        before = word_start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        return word[0] in "IVX" and _word_before(text, before)[0].lower() in PERIODS
    if NUMBER_GROUP.match(word) and (NUMBER_TAIL if word[0].isdigit() else VERSION_TAIL).match(text, q):
        return False
    if CHAPTER.match(word) and VERSE.match(text, q):
        return False
    if LIST_NUMBER.match(lower) and _starts_item(text, word_start):
        return False
    if lower in FINAL or DOTTED.match(lower):
        # `Tbk. (BBNI)`: a bracket after a company or degree abbreviation continues the name
        return text[q] != "(" and not _is_abbreviation(_word_after(text, q))
    return True


def _line_break_ends_sentence(text: str, line_start: int, line_end: int, q: int, longest: int) -> bool:
    """Whether a single line break after ``text[line_start:line_end]`` ends a sentence."""
    if LIST_ITEM.match(text, q):
        return True
    if not _opens_sentence(text, q):
        return False
    line = text[line_start:line_end].strip()
    if not line or line[-1] in ",;-–(":
        return False
    if LIST_ITEM.match(line + " "):
        return True
    return len(line) < SHORT_LINE * longest


def boundaries(text: str) -> Iterator[int]:
    """Yield the character offset of every sentence start after the first (unordered)."""
    n = len(text)
    for match in STOP.finditer(text):
        q = match.end()
        while q < n and text[q].isspace():
            q += 1
        if q >= n:
            continue
        gap = text[match.end():q]
        if gap.count("\n") >= 2:
            yield q
            continue
        if "(" in text[max(0, match.start() - BRACKET_BACK):match.start()] and _inside_brackets(text, match.end(), q):
            continue  # (a cheap test first: most candidates have no bracket before them)
        if not _opens_sentence(text, q):
            if _ends_before_lower(text, match, q):
                yield q
            continue
        stop = match.group(0)[: len(match.group(0)) - len(match.group(1))]
        if stop != "." or stop_ends_sentence(text, match.start(), q):
            yield q
    for match in OPENER.finditer(text):
        word, _ = _word_before(text, match.start())
        if (word.isalpha() and word.islower() and word not in TITLE_CUES) or PLAIN_NUMBER.match(word):
            yield match.end() - len(match.group(0).lstrip())
    for match in QUOTE_TAG.finditer(text):
        yield match.end()
    for match in QUOTE_OPEN.finditer(text):
        if _quotation_opens(text, match.start(), match.end()):
            yield match.end()
    if "\n" not in text:
        return
    lines = text.split("\n")
    longest = max(len(line.strip()) for line in lines)
    line_start = 0
    for match in NEWLINE.finditer(text):
        q = match.end()
        if q < n:
            if match.group(0).count("\n") >= 2 or _line_break_ends_sentence(text, line_start, match.start(), q, longest):
                yield q
        line_start = q


def token_starts(doc: Doc, offsets: Iterable[int]) -> list[int]:
    """The sorted indices of the tokens at the character ``offsets`` (or containing them), and 0."""
    if len(doc) == 0:
        return []
    idx = [token.idx for token in doc] if len(doc) < 64 else doc.to_array("IDX").tolist()
    starts = {0}
    for q in offsets:
        i = bisect_right(idx, q) - 1
        if i > 0:
            starts.add(i)
    return sorted(starts)


def sentence_starts(doc: Doc) -> list[int]:
    """The sorted indices of the tokens that start a sentence (always 0 for a non-empty doc)."""
    return token_starts(doc, boundaries(text_of(doc)))


def mark_sentence_starts(doc: Doc, starts: list[int]) -> Doc:
    """Mark the tokens at ``starts`` as sentence starts and every other token as not."""
    if len(doc) == 0:
        return doc
    values = numpy.full((len(doc), 1), -1, dtype="int64")
    values[starts, 0] = 1
    doc.from_array([SENT_START], values.astype("uint64"))
    return doc


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark every token as starting a sentence or not, by the rules."""
    return mark_sentence_starts(doc, sentence_starts(doc))


@Language.component("id_sentences", assigns=["token.is_sent_start"])
def id_sentences(doc: Doc) -> Doc:
    """Set sentence starts by the rules above."""
    return set_sentence_starts(doc)
