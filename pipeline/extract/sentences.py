"""Rule-based Indonesian sentence boundaries (component ``id_sentences``).

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes and brackets
after it) when the next token opens a new sentence (an upper-case letter, a
digit or an opening quote), unless the token before the dot is a known
abbreviation or title (``pipeline/lang/data/abbreviations.txt``) or a single
initial. A line break always ends a sentence.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import words

ENDERS = frozenset(".!?")
CLOSERS = frozenset('"\'”’)]»')
OPENERS = frozenset('"“‘(«[')


def _is_abbreviation(token) -> bool:
    text = token.text.lower()
    if text in words("abbreviations.txt"):
        return True
    # single initial (`A.`) or dotted acronym / degree (`S.H.`, `M.Si.`) inside a name
    return len(text) == 2 and text[0].isalpha() and text.endswith(".")


def sentence_starts(doc: Doc) -> Iterator[int]:
    """Yield the index of every token that starts a sentence."""
    if len(doc) == 0:
        return
    yield 0
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        end = None
        if "\n" in token.text or ("\n" in token.whitespace_):
            end = i + 1
        elif token.text in ENDERS or (token.text[-1:] in ENDERS and _ends_with_stop(token)):
            j = i + 1
            while j < n and (doc[j].text in CLOSERS or doc[j].text in ENDERS):
                j += 1
            if j < n and _opens_sentence(doc[j]):
                end = j
            i = j - 1
        if end is not None:
            # skip white-space tokens so they stay with the previous sentence
            while end < n and doc[end].is_space:
                end += 1
            if end < n:
                yield end
        i += 1


def _ends_with_stop(token) -> bool:
    """A token like `2025.` or `M.Si.` that carries its own final stop."""
    return token.text.endswith(".") and not _is_abbreviation(token) and len(token.text) > 1 and not _inner_dots(token.text)


def _inner_dots(text: str) -> bool:
    return "." in text[:-1]


def _opens_sentence(token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS or token.is_space


def set_sentence_starts(doc: Doc) -> Doc:
    starts = set(sentence_starts(doc))
    for i, token in enumerate(doc):
        token.is_sent_start = i in starts
    return doc


@Language.component("id_sentences", assigns=["token.is_sent_start"])
def id_sentences(doc: Doc) -> Doc:
    """Set sentence starts by the rules above."""
    return set_sentence_starts(doc)
