"""A person named by initials and an age (component ``aged_initials``, after ``players``; issue 13).

Crime and accident reports name suspects, victims and minors by their initials with the age in
brackets right after (``DS (20) tepergok``, ``korban RK (34 tahun)``), or between commas with its unit
(``pemuda ZUL, 20 tahun, dan HA, 18 tahun,``): two to four capital letters, dots between allowed (``D.S.``),
then ``(N)``, ``(N tahun)`` or ``, N tahun``. Such a token is a person whatever type the
model gave it (``AS (45)``: no country has an age), unless an entity of several words holds it or a
capitalised word inside the sentence runs into it (``Piala FA (1)``: a name and a count).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import tokens_of
from .named_things import EntsRule
from .person_types import _age_after

INITIALS = re.compile(r"^(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4})$")
AGE_UNITS = frozenset({"tahun", "thn", "th"})  # (N tahun): the age with its unit


def aged_initials(doc: Doc, ents: tuple) -> tuple:
    """``ents`` with every initials-and-age token a PER (module docstring)."""
    added = []
    replaced: set[int] = set()  # starts of the one-word entities a person replaces (entities never overlap)
    at = {}
    for e in ents:
        for k in range(e.start, e.end):
            at[k] = e
    texts = tokens_of(doc).texts
    for k in range(len(doc) - 3):
        if not INITIALS.match(texts[k]) or not (texts[k + 1] == "(" and _age_after(doc, k + 1, AGE_UNITS)
                                                 or _comma_age(texts, k + 1)):
            continue
        if k > 0 and doc[k - 1].text[:1].isupper() and not doc[k].is_sent_start and not doc[k - 1].is_sent_start:
            continue  # (the end of a longer name and a count: Piala FA (1))
        ent = at.get(k)
        if ent is not None and (len(ent) > 1 or ent.label_ == "PER"):
            continue
        if ent is not None:
            replaced.add(ent.start)
        added.append(Span(doc, k, k + 1, label="PER"))
    if not added:
        return ents
    # (one filter, not list.remove per person: it compares Spans one by one, the entities times the persons)
    kept = [e for e in ents if e.start not in replaced] if replaced else list(ents)
    return tuple(sorted(kept + added, key=lambda e: e.start))


def _comma_age(texts: list[str], c: int) -> bool:
    """An age between commas at token ``c``: ``, 20 tahun`` closed by a comma, a full stop or the end (the unit
    is needed: ``AS, 3 orang`` and ``RI, 2024`` are no ages)."""
    return c + 2 < len(texts) and texts[c] == "," and texts[c + 1].isdigit() and len(texts[c + 1]) <= 2 \
        and texts[c + 2].lower() in AGE_UNITS and (c + 3 == len(texts) or texts[c + 3] in (",", ".", ")", ";"))


@Language.factory("aged_initials", assigns=["doc.ents"], requires=["doc.ents"])
def make_aged_initials(nlp: Language, name: str):
    """Makes initials with an age in brackets a person (:func:`aged_initials`)."""
    return EntsRule(aged_initials)
