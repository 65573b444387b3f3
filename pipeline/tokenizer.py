"""A faster tokenizer for ``spacy.blank("id")`` with the same tokens.

spaCy's Indonesian tokenizer has about 16,000 special cases, almost all one token with
no attribute other than its text (``masing-masing``, ``Dr.``, ``S.H.``). Once a special case
matches in a document, spaCy stops caching tokens for the rest of it, which makes the
tokenizer run at about 40,000-50,000 words/s. ``customize(nlp)`` moves those one-token,
text-only cases into a ``token_match`` set lookup (which keeps the string whole exactly where
the special case did) and keeps as special cases the few that split a string or set a norm
(``Jan.`` -> norm ``Januari``) and the emoticons without a letter (``:)``, ``8)``), which
spaCy also merges across affixes (``ayat (8)`` -> ``(`` ``8)``), so the tokens stay the same.

``tokenize(nlp, text)`` is ``nlp.make_doc(text)`` except for runs of 64 or more punctuation
characters and strings of 256 or more characters without a space: spaCy's prefix/suffix/infix
loop takes quadratic time on them (8,000 ``"`` take 7 s, 2,000 ``-`` 13 s, 8,000 characters of
``<a<a...`` 0.5 s and 400,000 twenty minutes), so such a run is tokenised 32 characters at a
time. That gives the same tokens for punctuation but for the rare run spaCy keeps whole
(``....``), cuts a 256-character URL or blob into pieces (no entity is made of them), and keeps
``doc.text`` equal to the input text. Splitting keeps the document; refusing it would lose a
whole article for one separator line.
"""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

LONG_RUN = re.compile(r"(?<![^\w\s])[^\w\s]{64,}|(?<!\S)\S{256,}")  # a run matched from its start: linear
RUN_PIECE = 32


class WholeTokens:
    """A ``token_match``: true for strings that stay one token, then the previous matcher."""

    def __init__(self, strings, fallback=None):
        self.strings = frozenset(strings)
        self.fallback = fallback

    def __call__(self, string: str):
        if string in self.strings:
            return True
        return self.fallback(string) if self.fallback is not None else None

    def __reduce__(self):
        return (WholeTokens, (sorted(self.strings), self.fallback))


class SuffixSearch:
    """A ``suffix_search`` that finds no suffix on a whole token (``(Pdt.`` keeps ``Pdt.``)."""

    def __init__(self, whole: WholeTokens, search):
        self.whole = whole
        self.search = search

    def __call__(self, string: str):
        if string in self.whole.strings:
            return None
        return self.search(string)

    def __reduce__(self):
        return (SuffixSearch, (self.whole, self.search))


def customize(nlp: Language) -> Language:
    """Move one-token, text-only special cases of ``nlp.tokenizer`` into its ``token_match``."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer.token_match, WholeTokens):
        return nlp
    rules = tokenizer.rules or {}
    whole, kept = [], {}
    for string, tokens in rules.items():
        if len(tokens) == 1 and set(tokens[0]) <= {ORTH, "ORTH"} and (string.isspace() or any(c.isalpha() for c in string)):
            whole.append(string)
        else:
            kept[string] = tokens
    tokenizer.token_match = WholeTokens(whole, tokenizer.token_match)
    if tokenizer.suffix_search is not None:
        tokenizer.suffix_search = SuffixSearch(tokenizer.token_match, tokenizer.suffix_search)
    tokenizer.rules = kept
    return nlp


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` in linear time also on long runs of punctuation (module docstring)."""
    if LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    docs, at = [], 0
    for run in LONG_RUN.finditer(text):
        if run.start() > at:
            docs.append(nlp.make_doc(text[at:run.start()]))
        words = [token.text for i in range(run.start(), run.end(), RUN_PIECE)
                 for token in nlp.tokenizer(text[i:min(i + RUN_PIECE, run.end())])]
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        at = run.end()
    if at < len(text):
        docs.append(nlp.make_doc(text[at:]))
    return Doc.from_docs(docs, ensure_whitespace=False)
