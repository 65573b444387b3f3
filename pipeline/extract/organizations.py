"""Organisation records with their aliases (component ``organizations``).

Each ORG entity is an organisation mention. A name followed by a bracketed
acronym (``Badan Nasional Penanggulangan Bencana (BNPB)``) or an acronym
followed by its expansion (``KPK (Komisi Pemberantasan Korupsi)``) defines an
alias; known acronyms from ``institutions.tsv`` join their full names when both
occur. One record per organisation, named by its fullest form.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Mention, Organization
from ..lang import table, words

NOT_ALIASES = frozenset({"Persero", "Tbk"})


def _bracketed_after(doc: Doc, span: Span) -> Span | None:
    """The ORG entity right after ``span`` inside brackets, if any."""
    if span.end + 2 < len(doc) + 1 and span.end < len(doc) and doc[span.end].text == "(":
        for ent in doc.ents:
            if ent.start == span.end + 1 and ent.end < len(doc) and doc[ent.end].text == ")":
                return ent
        # a bracketed all-caps word that the tagger did not label
        j = span.end + 1
        if j + 1 < len(doc) and doc[j + 1].text == ")" and _looks_like_acronym(doc[j].text):
            return doc[j:j + 1]
    return None


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def _inner_bracket(text: str) -> Optional[tuple[str, str, str]]:
    """``A (B) C`` -> (A, B, C) for a name with a bracketed short form inside."""
    if "(" in text and text.endswith(")") is False and text.count("(") == 1 and ")" in text:
        a, rest = text.split("(", 1)
        b, c = rest.split(")", 1)
        if a.strip() and b.strip() and c.strip():
            return a.strip(), b.strip(), c.strip()
    return None


@lru_cache(maxsize=1)
def _province_short() -> dict[str, str]:
    return {row["short"]: row["name"] for row in table("province_short.tsv")}


def _expanded(text: str) -> str:
    """The name with short province forms spelt out (``Pemprov Jatim`` -> ``Pemprov Jawa Timur``)."""
    short = _province_short()
    return " ".join(short.get(w, w) for w in text.split())


def organizations(doc: Doc) -> Iterator[Organization]:
    """Yield one :class:`Organization` per organisation named in ``doc``."""
    groups: dict[str, Organization] = {}
    alias_of: dict[str, str] = {}
    defined: set[str] = set()
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    if "venue_orgs" in doc.spans:
        ents = sorted(ents + list(doc.spans["venue_orgs"]), key=lambda e: e.start)
    for ent in ents:
        partner = _bracketed_after(doc, ent)
        if partner is not None and partner.text not in NOT_ALIASES and partner.text not in words("places.txt"):
            long, short = (ent, partner) if len(ent.text) >= len(partner.text) else (partner, ent)
            alias_of[short.text] = long.text
            defined.add(short.text)
    names = list(dict.fromkeys(e.text for e in ents))
    for name in names:
        parts = _inner_bracket(name)
        if parts is not None:
            a, b, c = parts
            for form in (b, f"{b} {c}", f"{a} {c}"):
                alias_of.setdefault(form, name)
            defined.add(b)
    known = {row["acronym"]: row["name"] for row in table("institutions.tsv") if row["acronym"]}
    present = set(names)
    for acronym, full in known.items():
        if acronym in present and full in present and acronym not in alias_of:
            alias_of[acronym] = full
    # short forms: a name that opens a longer one of the same document (Kementerian Haji ->
    # Kementerian Haji dan Umrah), or equals it once province short forms are spelt out
    expanded = {}
    for name in names:
        expanded.setdefault(_expanded(name), []).append(name)
    for forms in expanded.values():
        if len(forms) > 1:
            full = max(forms, key=len)
            for form in forms:
                if form != full:
                    alias_of.setdefault(form, full)
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split()[0], []).append(name)
    for name in names:
        if len(name.split()) < 2 or name in alias_of:
            continue
        longer = [o for o in by_first.get(name.split()[0], []) if len(o) > len(name) and o.startswith(name + " ")]
        if longer:
            alias_of[name] = max(longer, key=len)

    def canonical(text: str) -> str:
        seen = set()
        while text in alias_of and text not in seen:
            seen.add(text)
            text = alias_of[text]
        return text

    for ent in ents:
        key = canonical(ent.text)
        org = groups.setdefault(key, Organization(name=key))
        if ent.text != key and ent.text not in org.aliases:
            org.aliases.append(ent.text)
        org.mentions.append(Mention(ent.text, ent.start_char, ent.end_char))
    for form in defined:
        key = canonical(form)
        if key in groups and form != key and form not in groups[key].aliases:
            groups[key].aliases.append(form)
    yield from groups.values()


@Language.factory("organizations", assigns=["doc._.organizations", "doc.spans"], requires=["doc.ents"])
def make_organizations(nlp: Language, name: str):
    return OrganizationExtractor()


class OrganizationExtractor:
    """Stores :func:`organizations` in ``doc._.organizations``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.organizations = list(organizations(doc))
        return doc
