"""The custom attributes the pipeline sets on a spaCy ``Doc``.

``doc._.doc_id``, ``doc._.published`` (ISO date or None) and
``doc._.published_source`` (``input``, ``dateline``, ``first-date`` or None)
describe the document; each extractor component fills one list of
annotations (see :mod:`pipeline.annotations`) and mirrors it in
``doc.spans[<name>]`` so that displaCy and other spaCy tools can show it.
"""
from __future__ import annotations

import collections
import contextlib
import weakref
from typing import NamedTuple

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, LENGTH, SPACY
from spacy.tokens import Doc

DOC_ATTRIBUTES = ("doc_id", "published", "published_source", "meta")
# each extractor's list, and the document's entity table (:class:`pipeline.annotations.EntityTable`,
# built by the entity_table component): every annotation with character offsets
ANNOTATION_LISTS = ("people", "organizations", "locations", "dates", "quotes", "entities")


def register() -> None:
    """Register every extension once (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ANNOTATION_LISTS:
        if not Doc.has_extension(name):
            # a getter-less default list would be shared between docs: use None and fill per doc
            Doc.set_extension(name, default=None)


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def _dead() -> None:
    return None


# the Doc last asked about (a weak reference) and its text and Tokens: the rules ask about one Doc many
# thousand times in a row, and a WeakKeyDictionary look-up makes a weak reference at each question (about
# 0.3 microseconds, as much as reading ``doc[i].text``), where calling one is a tenth of it
_last_text: tuple = (_dead, None)
_last_tokens: tuple = (_dead, None)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins the text of every token again at each access (a Doc's
    text never changes; the entry goes with the Doc)."""
    global _last_text
    ref, text = _last_text
    if ref() is doc:
        return text
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    _last_text = (weakref.ref(doc), text)
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Record ``text`` as what :func:`text_of` gives for ``doc``: the text the tokenizer made ``doc`` from,
    which its tokens spell exactly (spaCy's tokenizer drops no character), so that it is never joined again
    from the tokens (about 2% of the steady state on news articles)."""
    _TEXTS[doc] = text
    return doc


ENTS_HELD = "_ents_held"  # doc.user_data key: doc.ents, read once while a caller keeps them as they are


def ents_of(doc: Doc) -> tuple:
    """``doc.ents``: the tuple read once by :func:`pipeline.extract.people.entities_fixed` while its stretch
    of work runs (spaCy builds a Span for every entity at each access of ``doc.ents``), else read now."""
    held = doc.user_data.get(ENTS_HELD)
    return doc.ents if held is None else held


@contextlib.contextmanager
def ents_held(doc: Doc):
    """A stretch of work that reads ``doc.ents`` often and sets them only after it (a ruler's search):
    :func:`ents_of` gives the tuple read once (about 1.3 us an entity at each read of ``doc.ents``)."""
    if ENTS_HELD in doc.user_data:  # (inside another such stretch: it holds them)
        yield
        return
    doc.user_data[ENTS_HELD] = doc.ents
    try:
        yield
    finally:
        doc.user_data.pop(ENTS_HELD, None)


class Tokens(NamedTuple):
    """The text, lower case, start offset and word-shape flags of every token of a Doc, as lists: reading
    ``doc[i].text`` or ``doc[i].is_lower`` builds a Token and decodes its string again at each access (about
    0.3 microseconds; the rule components made 1.3 million such reads on 200 news articles). The flags are
    spaCy's own (``doc.to_array``): ``punct[i] == doc[i].is_punct``, ``lower[i] == doc[i].is_lower``,
    ``title[i] == doc[i].is_title``, ``alpha[i] == doc[i].is_alpha``, ``space[i] == doc[i].is_space``,
    ``spaced[i] == bool(doc[i].whitespace_)`` (a space follows the token). Sentence starts are not here (they
    are set after the tokens are read once: :func:`pipeline.extract.entities.sentence_bounds`)."""

    texts: list[str]
    lowers: list[str]
    starts: list[int]
    punct: list[bool]
    lower: list[bool]
    title: list[bool]
    alpha: list[bool]
    space: list[bool]
    spaced: list[bool]


_TOKENS: "weakref.WeakKeyDictionary[Doc, Tokens]" = weakref.WeakKeyDictionary()


def tokens_of(doc: Doc) -> Tokens:
    """:class:`Tokens` of ``doc``, read once per Doc (its tokens never change; the entry goes with the Doc).
    A token's text is its slice of ``doc.text``, its lower case ``str.lower`` of it (spaCy's ``LOWER``)."""
    global _last_tokens
    ref, tokens = _last_tokens
    if ref() is doc:
        return tokens
    tokens = _TOKENS.get(doc)
    if tokens is None:
        text = text_of(doc)
        # (by column: a list per attribute, not one per token)
        array = doc.to_array([IDX, LENGTH, IS_PUNCT, IS_LOWER, IS_TITLE, IS_ALPHA, IS_SPACE, SPACY]) \
            if len(doc) else None
        starts, lengths = array[:, :2].T.tolist() if array is not None else ([], [])
        flags = (array[:, 2:] != 0).T.tolist() if array is not None else [[]] * 6  # (Python bools, made in C)
        texts = [text[i:i + n] for i, n in zip(starts, lengths)]
        # (a word already in lower case, most of them, is held once: the same string in both lists)
        lowers = [t if (lower := t.lower()) == t else lower for t in texts]
        tokens = _TOKENS[doc] = Tokens(texts, lowers, starts, *flags)
    _last_tokens = (weakref.ref(doc), tokens)
    return tokens


def text_of_span(span) -> str:
    """``span.text`` (a Span's) sliced from its Doc's text (:func:`text_of`): spaCy joins the text of each of its
    tokens again at each access (about 1.7 microseconds for a name of two words, this 0.3; the rule components
    read an entity's text tens of times per document)."""
    return text_of(span.doc)[span.start_char:span.end_char]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span (about 2 microseconds): the text from the first
    token's start to the last one's end (``end`` past the Doc is cut to it, as in a slice)."""
    end = min(end, len(doc))
    if end <= start:
        return ""
    tokens = tokens_of(doc)
    return text_of(doc)[tokens.starts[start]:tokens.starts[end - 1] + len(tokens.texts[end - 1])]


_COUNTS: "weakref.WeakKeyDictionary[Doc, collections.Counter]" = weakref.WeakKeyDictionary()


def word_count(doc: Doc, word: str) -> int:
    """How many tokens of ``doc`` are written ``word``: the tokens counted once per Doc, not scanned at each
    question (a rule asking it of each candidate of a long document made its cost the length squared)."""
    counts = _COUNTS.get(doc)
    if counts is None:
        counts = _COUNTS[doc] = collections.Counter(tokens_of(doc).texts)
    return counts[word]


def forget_tokens(doc: Doc) -> None:
    """Drop the :class:`Tokens` of ``doc`` (read again if asked for): the pipeline's last step lets them go,
    so that a caller who keeps its Docs (``nlp.pipe``, the bench's prepared docs) does not keep them too
    (about 70 KB an article of news, 60% of what the rule components leave on a Doc)."""
    global _last_tokens
    _TOKENS.pop(doc, None)
    _COUNTS.pop(doc, None)
    if _last_tokens[0]() is doc:
        _last_tokens = (_dead, None)


register()
