"""Players named by one word in a match report (component ``players``, after ``named_things``; issue 13).

The press names a player by one word in the account of a match (``Fernandinho``, ``Marlos``, ``Ederson``),
a word no gazetteer holds as a person's name; the model leaves many untyped. In a sports report (three
words of ``sport_words.txt``, :func:`pipeline.extract.organizations.sports_report`) a capitalised run
that no entity holds, right after a cue of ``player_cues.txt`` (the passer, shooter or keeper of an action,
the players of a substitution: ``umpan Marlos``, ``umpan silang dari Fernandinho``, ``ditepis Adrian``,
``digantikan oleh X``; one lower-case word may stand between: ``penyelamatan gemilang Adrian``) is a player,
unless a word of it is a common word, a place or institution the lexicons know, or a word that is no name.
So is a run no entity holds written with a country in brackets (``Lin Dan (China)``: :func:`nation_spans`).
"""
from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import tokens_of
from ..lang import words
from .entities import STOP_WORDS, Knowledge, knowledge
from .named_things import EntsRule, held_tokens, unknown_name_word, with_added
from .organizations import sports_report
from .person_types import TypeLexicons, lexicons

MAX_WORDS = 3  # words of a player's name after a cue (Brahim Diaz, Kevin De Bruyne)


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[tuple[str, ...]], int]:
    """The cues of ``player_cues.txt`` as word tuples, and the most words of one."""
    cues = frozenset(tuple(c.split()) for c in words("player_cues.txt"))
    return cues, max(map(len, cues))


def _cue_before(lowers: list[str], texts: list[str], k: int) -> bool:
    """A cue of ``player_cues.txt`` ends at ``k - 1``, or at ``k - 2`` with one lower-case word between."""
    cues, longest = _cues()
    for end in (k, k - 1):
        if end < k and not (texts[end].isalpha() and texts[end].islower()):
            break
        for size in range(1, longest + 1):
            a = end - size
            if a >= 0 and all(t.islower() for t in texts[a:end]) and tuple(lowers[a:end]) in cues:
                return True
    return False


def _player_word(text: str, token, kb: Knowledge, lex: TypeLexicons) -> bool:
    return len(text) >= 3 and unknown_name_word(token, kb, lex)


def player_spans(doc: Doc, kb: Knowledge, lex: TypeLexicons, ents: tuple) -> list[tuple[int, int]]:
    """The token bounds of the players :func:`players` adds (module docstring)."""
    tokens = tokens_of(doc)
    texts, lowers, n = tokens.texts, tokens.lowers, len(doc)
    taken = held_tokens(n, ents)
    out = []
    k = 1
    while k < n:
        if taken[k] or not texts[k][:1].isupper() or doc[k].is_sent_start or taken[k - 1] \
                or texts[k - 1][:1].isupper() or not _cue_before(lowers, texts, k):
            k += 1
            continue
        end = k
        while end < n and end - k < MAX_WORDS and not taken[end] and texts[end][:1].isupper() \
                and not doc[end].is_sent_start:
            end += 1
        if end - k < MAX_WORDS or end == n or not texts[end][:1].isupper():
            if all(_player_word(texts[j], doc[j], kb, lex) for j in range(k, end)):
                out.append((k, end))
        k = end
    return out


def nation_spans(doc: Doc, kb: Knowledge, lex: TypeLexicons, ents: tuple) -> list[tuple[int, int]]:
    """The token bounds of the athletes written with their country in brackets (``Lin Dan (China)``, ``Hu Yun
    (Hong Kong)``): a capitalised run of up to three words that no entity holds, right before ``(``, a known
    place or a place entity, and ``)``; its first word no common or stop word (later ones may be: ``Dan``), no
    word of it a known place, institution, title word or all capitals."""
    at_start = {e.start: e for e in ents}
    taken = held_tokens(len(doc), ents)
    texts = tokens_of(doc).texts
    out = []
    for b in range(1, len(doc) - 2):
        if texts[b] != "(":
            continue
        place = at_start.get(b + 1)
        close = place.end if place is not None and place.label_ in ("LOC", "GPE") else \
            b + 2 if texts[b + 1] in kb.place_words else None
        if close is None or close >= len(doc) or texts[close] != ")":
            continue
        k = b
        while k > 0 and b - k < MAX_WORDS and not taken[k - 1] and doc[k - 1].is_alpha \
                and doc[k - 1].text[:1].isupper() and not doc[k - 1].text.isupper() \
                and doc[k - 1].text not in kb.place_words and doc[k - 1].lower_ not in kb.title_words:
            k -= 1
            if doc[k].is_sent_start:
                break
        if k == b or k > 0 and doc[k - 1].text[:1].isupper() and not doc[k].is_sent_start:
            continue
        first = doc[k]
        if first.lower_ in lex.common or first.lower_ in STOP_WORDS or doc[k:b].text in kb.known_forms:
            continue
        out.append((k, b))
    return out


def players(doc: Doc, kb: Knowledge, lex: TypeLexicons, ents: tuple) -> tuple:
    """``ents`` with the players of a match report's actions added as PER (module docstring)."""
    if not sports_report(doc):
        return ents
    spans = player_spans(doc, kb, lex, ents) + nation_spans(doc, kb, lex, ents)
    if not spans:
        return ents
    return with_added(ents, [Span(doc, s, e, label="PER") for s, e in spans])


@Language.factory("players", assigns=["doc.ents"], requires=["doc.ents"])
def make_players(nlp: Language, name: str):
    """Adds the one-word players of a match report (:func:`players`)."""
    kb, lex = knowledge(nlp), lexicons()
    return EntsRule(lambda doc, ents: players(doc, kb, lex, ents))
