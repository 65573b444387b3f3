"""A name in apposition to a person's noun (component ``apposed_names``, after ``aged_initials``; issue 13).

The press names a person after the noun phrase that says who they are, with a comma between: ``salah
seorang petani tebu asal Kudus, Agus ditemui``, ``penyair muda komunitas itu, Atika``, ``anak saya, Jalu
yang ...``. A run of one or two capitalised words that no entity holds, right after such a comma (a title
word, occupation, person noun or kin noun among the five words before it in the clause:
:func:`person_types._holder_phrase`) and before a word in small letters or a mark, is that person's name,
unless a word of it is a common, English or stop word, a known place, region or institution, a title word
or a word that is no name, or all its letters are capitals (``Kapolres X, AKBP Y``: the rank opens the
name the rules read); not after a person or place right before the comma (a list, an address: ``di Kecamatan
X, Sidrap, H. Y``) nor after a speech verb (``X, Direktur Y mengatakan, Perppu ...``).

The same run right after a verb of crime or police reporting whose object is a person
(``person_object_verbs.txt``: ``menembak Hermawan``, ``menodong Isnawati``, ``meringkus X``) is a person too
(:func:`object_names`).

So is the run right after ``bernama`` when a noun of a human being heads the phrase before it (``seorang pria
bernama Karam``, ``bayi bernama X``, ``petani bernama X``: ``human_nouns.txt``, a person, status, kin or occupation
noun or ``seorang`` among the words before it; :func:`named_names`); ``tim bernama X``, ``aplikasi bernama X``
name no person, and in a text about a work of fiction (a word of :data:`FICTION_WORDS`) ``bernama`` introduces its
characters (``berperan menjadi seorang detektif bernama X``), no real person (records-v1).
"""
from __future__ import annotations

import functools
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import tokens_of
from ..lang import words
from .entities import Knowledge, _person_noun, knowledge
from .named_things import EntsRule, held_tokens, unknown_name_word, with_added
from .person_types import TypeLexicons, _holder_phrase, lexicons

MAX_WORDS = 2
REACH = 5  # words before the comma that may hold the person's noun


def _kin_before(doc: Doc, comma: int, kb: Knowledge) -> bool:
    """A kin noun of ``relation_nouns.txt`` among the words before the comma (``anak saya, X``)."""
    for j in range(comma - 1, max(-1, comma - 1 - REACH), -1):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ in kb.relation_nouns:
            return True
        if doc[j].is_sent_start:
            return False
    return False


def _name_word(token, kb: Knowledge, lex: TypeLexicons) -> bool:
    lower = token.lower_
    return unknown_name_word(token, kb, lex) and len(token.text) >= 3 and lower not in kb.title_words \
        and lower not in kb.occupation_words and lower not in kb.person_nouns


def _new_name(doc: Doc, k: int, taken: list[bool], kb: Knowledge, lex: TypeLexicons) -> Optional[Span]:
    """The PER span of the run of one or two capitalised words at ``k`` that no entity holds, before a word
    in small letters or a mark, each word a :func:`_name_word`; ``None`` when there is no such run."""
    n, end = len(doc), k
    while end < n and end - k < MAX_WORDS and not taken[end] and doc[end].text[:1].isupper():
        end += 1
    if end == k or end < n and (doc[end].text[:1].isupper() or taken[end]):
        return None
    span = doc[k:end]
    if span.text in kb.known_forms or not all(_name_word(t, kb, lex) for t in span):
        return None
    return Span(doc, k, end, label="PER")


def apposed_names(doc: Doc, ents: tuple, kb: Knowledge, lex: TypeLexicons) -> tuple:
    """``ents`` with the names in apposition to a person's noun added as PER (module docstring)."""
    n = len(doc)
    taken = held_tokens(n, ents)
    person_end = set()  # (a person or place right before the comma: a list, an address: Kecamatan X, Y)
    for e in ents:
        if e.label_ == "PER" or e.label_ in ("LOC", "GPE") and not (e.start and doc[e.start - 1].lower_ == "asal"):
            person_end.add(e.end)  # (petani asal Kudus, Agus: the origin closes the person's noun phrase)
    added = []
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    for k in range(2, n):
        if texts[k - 1] != "," or taken[k] or k - 1 in person_end or not texts[k][:1].isupper() \
                or lowers[k - 2] in kb.speech_verbs or doc[k].is_sent_start:
            continue
        span = _new_name(doc, k, taken, kb, lex)
        if span is not None and (_holder_phrase(doc, k - 1, kb, REACH) or _kin_before(doc, k - 1, kb)):
            added.append(span)
    return with_added(ents, added)


def object_names(doc: Doc, ents: tuple, kb: Knowledge, lex: TypeLexicons) -> tuple:
    """``ents`` with the names right after a verb of ``person_object_verbs.txt`` (``menembak Hermawan``,
    ``menodong Isnawati``) added as PER: a run of one or two capitalised words no entity holds, before a
    word in small letters or a mark, each word passing :func:`_name_word`."""
    verbs = words("person_object_verbs.txt")
    n = len(doc)
    taken = held_tokens(n, ents)
    added = []
    tokens = tokens_of(doc)
    lowers, texts = tokens.lowers, tokens.texts
    for k in range(1, n):
        if lowers[k - 1] not in verbs or taken[k] or not texts[k][:1].isupper():
            continue
        span = _new_name(doc, k, taken, kb, lex)
        if span is not None:
            added.append(span)
    return with_added(ents, added)


# words of a text that tells the story of a film, a series or a novel, whose people ``bernama`` names are characters
FICTION_WORDS = frozenset({"film", "sinetron", "novel", "serial", "adegan", "berperan", "memerankan", "pemeran"})


@functools.lru_cache(maxsize=1)
def _human_nouns() -> frozenset[str]:
    return frozenset(words("human_nouns.txt")) | {"seorang"}


def _human_before(doc: Doc, k: int, kb: Knowledge) -> bool:
    """A noun of a human being among the ``REACH`` words before token ``k`` in its clause (module docstring)."""
    humans = _human_nouns()
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        token = doc[j]
        if token.is_punct:
            return False
        lower = token.lower_
        if _person_noun(token, kb) or (token.is_lower or token.is_sent_start and token.is_title) \
                and (lower in humans or lower in kb.occupation_words):
            return True
        if token.is_sent_start:
            return False
    return False


def named_names(doc: Doc, ents: tuple, kb: Knowledge, lex: TypeLexicons) -> tuple:
    """``ents`` with the name right after ``bernama`` that a noun of a human being heads added as PER: a run of
    one or two capitalised words no entity holds, before a word in small letters or a mark, each word passing
    :func:`_name_word` (module docstring)."""
    lowers = tokens_of(doc).lowers
    if "bernama" not in lowers or FICTION_WORDS.intersection(lowers):
        return ents
    n = len(doc)
    taken = held_tokens(n, ents)
    added = []
    for k in range(2, n):
        if lowers[k - 1] != "bernama" or taken[k] or not doc[k].text[:1].isupper() \
                or not _human_before(doc, k - 1, kb):
            continue
        span = _new_name(doc, k, taken, kb, lex)
        if span is not None:
            added.append(span)
    return with_added(ents, added)


@Language.factory("apposed_names", assigns=["doc.ents"], requires=["doc.ents"])
def make_apposed_names(nlp: Language, name: str):
    """Adds the names in apposition to a person's noun (:func:`apposed_names`)."""
    kb, lex = knowledge(nlp), lexicons()
    return EntsRule(lambda doc, ents: named_names(doc, object_names(doc, apposed_names(doc, ents, kb, lex), kb, lex),
                                                  kb, lex))
