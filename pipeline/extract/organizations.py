"""Organisation records with their aliases (component ``organizations``).

Each ORG entity is an organisation mention. A name followed by a bracketed
acronym (``Badan Nasional Penanggulangan Bencana (BNPB)``) or an acronym
followed by its expansion (``KPK (Komisi Pemberantasan Korupsi)``) defines an
alias; known acronyms from ``institutions.tsv`` join their full names when both
occur. One record per organisation, named by its fullest form.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Mention, Organization
from ..lang import table


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


def organizations(doc: Doc) -> Iterator[Organization]:
    """Yield one :class:`Organization` per organisation named in ``doc``."""
    groups: dict[str, Organization] = {}
    alias_of: dict[str, str] = {}
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    for ent in ents:
        partner = _bracketed_after(doc, ent)
        if partner is not None:
            long, short = (ent, partner) if len(ent.text) >= len(partner.text) else (partner, ent)
            alias_of[short.text] = long.text
    known = {row["acronym"]: row["name"] for row in table("institutions.tsv") if row["acronym"]}
    names = {e.text for e in ents}
    for acronym, full in known.items():
        if acronym in names and full in names and acronym not in alias_of:
            alias_of[acronym] = full

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
    yield from groups.values()


@Language.factory("organizations", assigns=["doc._.organizations", "doc.spans"], requires=["doc.ents"])
def make_organizations(nlp: Language, name: str):
    return OrganizationExtractor()


class OrganizationExtractor:
    """Stores :func:`organizations` in ``doc._.organizations``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.organizations = list(organizations(doc))
        return doc
