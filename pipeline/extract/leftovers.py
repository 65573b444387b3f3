"""Web leftovers: lines a news site inserts into an article body (component ``web_leftovers``).

``SCROLL TO CONTINUE WITH CONTENT``, ``ADVERTISEMENT``, ``Tonton juga video "..."``,
``Baca juga: ...`` are not part of the article: the statistical model tags
their capitalised words as names, and their quoted video titles look like
quotations. The component marks each such line in ``doc.spans["web_leftovers"]``
and removes the entities inside it; the extractors after it skip those spans.
Patterns: ``pipeline/lang/data/web_leftovers.txt``.

A read-also cue (``Baca juga``, ``Simak juga``, ``Lihat juga``: ``read_also.txt``) links to
other articles by their headlines: on the cue's own line after the colon (``Baca juga: X``,
``(Baca: X)``, ``SIMAK JUGA - X``: a line of ``web_leftovers.txt``), or, when the cue stands
alone on its line (``Baca Juga:``), on the next lines that are not blank, one headline a line
(a site lists up to three). Those lines are furniture too while they read as headlines: at
most :data:`HEADLINE_WORDS` words and no stop at the end (``Menteri X Tinjau Banjir``,
``Siapa Pantas Gantikan Y?``), at most :data:`LISTED_HEADLINES` of them. The first line that
ends with a stop is article text again, and so is a sentence right after a lone cue (the site
dropped the headline: ``Setelah itu, giliran ... .``).
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..lang import ordered

SPAN_KEY = "web_leftovers"
HEADLINE_WORDS = 25  # the longest headlines seen after a read-also cue run to about 20 words
LISTED_HEADLINES = 3  # the longest lists of headlines after a lone read-also cue (IndoSum dev)
_STOP_AT_END = re.compile(r"[.;,][\"'”’)\]]*$")  # a sentence (or a clause) ends the line: no headline


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternatives = "|".join(f"(?:{p})" for p in ordered("web_leftovers.txt"))
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]*$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _lone_cue() -> re.Pattern:
    cues = "|".join(re.escape(c).replace("\\ ", r"[ \t]+") for c in ordered("read_also.txt"))
    return re.compile(rf"^[ \t]*[\[(]?[ \t]*(?:{cues})[ \t]*[:\-–—]?[ \t]*[\])]?[ \t\r]*$", re.IGNORECASE)


def _headlines_after(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines from ``start`` on that are not blank, while they read as
    headlines (at most :data:`LISTED_HEADLINES`)."""
    found = 0
    while start < len(text) and found < LISTED_HEADLINES:
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop].rstrip("\r")
        if line.strip():
            if len(line.split()) > HEADLINE_WORDS or _STOP_AT_END.search(line.rstrip()):
                return
            found += 1
            yield start, start + len(line)
        start = stop + 1


def leftover_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the leftover lines of ``text``, in order (the
    headline lines after a lone read-also cue included)."""
    after = -1  # the end of the last headline yielded: a line is given once
    for match in _pattern().finditer(text):
        if match.end() > match.start() and match.start() >= after:
            yield match.start(), match.end()
            if _lone_cue().match(match.group()):
                for headline in _headlines_after(text, match.end() + 1):
                    yield headline
                    after = headline[1]


def inside_leftover(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when the characters overlap a line marked as a web leftover (a binary search)."""
    starts, ends = doc.user_data.get(f"_{SPAN_KEY}_bounds") or _bounds(doc.spans.get(SPAN_KEY, []))
    i = bisect.bisect_left(starts, end_char)  # the spans before i start before end_char
    return i > 0 and ends[i - 1] > start_char


def _bounds(spans) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Start characters of the spans, sorted, and the largest end character up to each."""
    pairs = sorted((s.start_char, s.end_char) for s in spans)
    return tuple(p[0] for p in pairs), tuple(itertools.accumulate((p[1] for p in pairs), max))


@Language.factory("web_leftovers", assigns=["doc.spans", "doc.ents"], requires=["doc.ents"])
def make_web_leftovers(nlp: Language, name: str):
    return WebLeftovers()


class WebLeftovers:
    """Marks web leftover lines and drops the entities inside them (linear in the document's length)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in leftover_lines(text_of(doc))]
        spans = [span for span in spans if span is not None]
        doc.spans[SPAN_KEY] = spans
        doc.user_data[f"_{SPAN_KEY}_bounds"] = _bounds(spans)
        if spans:
            marked = bytearray(len(doc) + 1)
            for span in spans:
                marked[span.start:span.end] = b"\x01" * (span.end - span.start)
            ents = doc.ents
            kept = [ent for ent in ents if not any(marked[ent.start:ent.end])]
            if len(kept) < len(ents):  # (setting doc.ents costs several times reading it)
                doc.ents = kept
        return doc
