"""Web leftovers: lines a news site inserts into an article body (component ``web_leftovers``).

``SCROLL TO CONTINUE WITH CONTENT``, ``ADVERTISEMENT``, ``Tonton juga video "..."``,
``Baca juga: ...`` are not part of the article: the statistical model tags
their capitalised words as names, and their quoted video titles look like
quotations. The component marks each such line in ``doc.spans["web_leftovers"]``
and removes the entities inside it; the extractors after it skip those spans.
Patterns: ``pipeline/lang/data/web_leftovers.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import ordered

SPAN_KEY = "web_leftovers"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternatives = "|".join(f"(?:{p})" for p in ordered("web_leftovers.txt"))
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]*$", re.IGNORECASE | re.MULTILINE)


def leftover_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the leftover lines of ``text``."""
    for match in _pattern().finditer(text):
        if match.end() > match.start():
            yield match.start(), match.end()


def inside_leftover(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when the characters overlap a line marked as a web leftover."""
    return any(s.start_char < end_char and start_char < s.end_char for s in doc.spans.get(SPAN_KEY, []))


@Language.factory("web_leftovers", assigns=["doc.spans", "doc.ents"], requires=["doc.ents"])
def make_web_leftovers(nlp: Language, name: str):
    return WebLeftovers()


class WebLeftovers:
    """Marks web leftover lines and drops the entities inside them."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in leftover_lines(doc.text)]
        spans = [span for span in spans if span is not None]
        doc.spans[SPAN_KEY] = spans
        if spans:
            doc.ents = [ent for ent in doc.ents
                        if not any(s.start < ent.end and ent.start < s.end for s in spans)]
        return doc
