"""People and their roles (component ``people``).

People come from PER entities. A name's canonical form drops honorifics,
ranks (``honorifics.txt``) and trailing degrees; a shorter mention whose words
all belong to a longer name of the same document is the same person
(``Herdito`` -> ``Herdito Sandi Pratama``).

Roles are read from the apposition next to a name: ``TITLE ORG, NAME`` and
``TITLE ORG NAME`` before it, ``NAME, TITLE ORG`` after it, where TITLE opens
with a word of ``titles.txt``. An ORG entity at the end of the title phrase is
the role's organisation; the rest is the title.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Mention, Person, Role
from ..lang import words

DEGREE = re.compile(r"^(s|m|d|ph|b|a)\.?[a-z]{0,4}(\.[a-z]{0,4})*\.?$", re.I)


def canonical_name(text: str) -> str:
    """The name without honorifics, ranks and degrees, as written otherwise."""
    name = text.split(",")[0].strip()
    tokens = name.split()
    honorifics = words("honorifics.txt")
    while len(tokens) > 1:
        if tokens[0].rstrip(".").lower() in honorifics:
            tokens.pop(0)
        elif "." in tokens[-1] and DEGREE.match(tokens[-1]):
            tokens.pop()
        else:
            break
    return " ".join(tokens)


def _title_starts() -> dict[str, list[tuple[str, ...]]]:
    starts: dict[str, list[tuple[str, ...]]] = {}
    for title in words("titles.txt"):
        parts = tuple(title.split())
        starts.setdefault(parts[0], []).append(parts)
    return starts


def _title_phrase(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The title phrase in doc[start:end]: from its first title word to ``end``."""
    starts = _title_starts()
    for i in range(start, end):
        if doc[i].text in starts:
            phrase = doc[i:end]
            if all(t.text[:1].isupper() or t.lower_ in {"dan", "ke-", "bidang"} or t.text[:1].isdigit() or t.text == "-"
                   for t in phrase):
                return phrase
    return None


def _split_title_org(doc: Doc, phrase: Span) -> tuple[str, Optional[str]]:
    orgs = [e for e in doc.ents if e.label_ == "ORG" and phrase.start < e.start and e.end == phrase.end]
    if orgs:
        org = orgs[0]
        return doc[phrase.start:org.start].text, org.text
    return phrase.text, None


def roles_of(doc: Doc, ent: Span) -> Iterator[Role]:
    """Yield the roles given to the person named by ``ent`` in its apposition."""
    sent = ent.sent
    # TITLE ORG, NAME  /  TITLE ORG NAME
    left_end = ent.start
    if left_end - 1 >= sent.start and doc[left_end - 1].text == ",":
        left_end -= 1
    left_start = left_end
    while left_start - 1 >= sent.start and doc[left_start - 1].text not in {",", ".", "(", ")", '"', "“", "”"} \
            and (doc[left_start - 1].text[:1].isupper() or doc[left_start - 1].lower_ in {"dan", "bidang"}):
        left_start -= 1
    phrase = _title_phrase(doc, left_start, left_end) if left_start < left_end else None
    if phrase is not None:
        title, org = _split_title_org(doc, phrase)
        yield Role(title, org, phrase.start_char, ent.end_char, rule="title-before-name")
        return
    # NAME, TITLE ORG
    if ent.end < sent.end and doc[ent.end].text == ",":
        j = ent.end + 1
        k = j
        while k < sent.end and doc[k].text not in {",", ".", "(", ")"} and (doc[k].text[:1].isupper() or doc[k].lower_ in {"dan", "bidang"}):
            k += 1
        phrase = _title_phrase(doc, j, k) if k > j else None
        if phrase is not None and phrase.start == j:
            title, org = _split_title_org(doc, phrase)
            yield Role(title, org, ent.start_char, phrase.end_char, rule="title-after-name")


def people(doc: Doc) -> Iterator[Person]:
    """Yield one :class:`Person` per person named in ``doc``, with their roles."""
    ents = [e for e in doc.ents if e.label_ == "PER"]
    found: dict[str, Person] = {}
    for ent in ents:
        name = canonical_name(ent.text)
        if not name:
            continue
        found.setdefault(name, Person(name))
    # short forms join the longest name that contains all their words
    full_of: dict[str, str] = {}
    for name in found:
        parts = set(name.split())
        longer = [other for other in found if other != name and parts <= set(other.split())]
        if longer:
            full_of[name] = max(longer, key=len)
    result: dict[str, Person] = {}
    for ent in ents:
        name = canonical_name(ent.text)
        if not name:
            continue
        key = full_of.get(name, name)
        person = result.setdefault(key, Person(key))
        person.mentions.append(Mention(ent.text, ent.start_char, ent.end_char))
        for role in roles_of(doc, ent):
            if all((r.title, r.org) != (role.title, role.org) for r in person.roles):
                person.roles.append(role)
    yield from result.values()


@Language.factory("people", assigns=["doc._.people"], requires=["doc.ents", "token.is_sent_start"])
def make_people(nlp: Language, name: str):
    return PeopleExtractor()


class PeopleExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.people = list(people(doc))
        return doc
