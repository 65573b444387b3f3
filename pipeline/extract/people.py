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
from .entities import Knowledge, _ent_index, knowledge, title_matches, title_tail_end

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


TITLE_STOP = frozenset({",", ".", "(", ")", '"', "“", "”", ";", ":"})
AFTER_NAME = frozenset({"selaku", "sebagai"})
YANG = frozenset({"juga", "merupakan", "menjabat", "adalah"})


def _split_title_org(doc: Doc, start: int, end: int, ents: dict) -> tuple[int, Optional[Span]]:
    """Where the title in doc[start:end] ends, and the organisation that follows it (if any)."""
    org = None
    for k in range(start + 1, end):
        ent = ents.get(k)
        if ent is not None and ent.label_ == "ORG" and ent.start > start:
            org = ent
            break
    if org is None:
        return end, None
    title_end = org.start
    while title_end > start and doc[title_end - 1].lower_ in {"dan", "-", "/"}:
        title_end -= 1
    return title_end, org


def _phrase_before(doc: Doc, end: int, kb: Knowledge, ents: dict, titles: dict, floor: int) -> Optional[int]:
    """Start of the title phrase that ends at ``end`` (None when there is none)."""
    covered = {}
    for s, e in titles.items():
        if e <= end and s >= floor - 8:
            for k in range(s, e):
                covered[k] = s
    k = end
    best = None
    while k - 1 >= floor:
        t = doc[k - 1]
        ent = ents.get(k - 1)
        if ent is not None and ent.label_ != "PER":
            k = max(ent.start, floor)
        elif (k - 1) in covered:
            k = covered[k - 1]
            best = k
            continue
        elif t.text == ")" and k - 3 >= floor and doc[k - 3].text == "(":
            k -= 3
        elif t.text in TITLE_STOP or ent is not None:
            break
        elif (t.text[:1].isupper() and kb.is_org_word(t.text)) or t.text in {"Bidang", "ke", "-", "/"} \
                or t.text.isdigit() or t.lower_ == "dan" and best is None or t.text in kb.place_words:
            k -= 1
        else:
            break
        if k in titles:
            best = k
    if best is None:
        return None
    while best - 1 >= floor and doc[best - 1].lower_ in kb.modifiers:
        best -= 1
    return best


def roles_of(doc: Doc, ent: Span, kb: Optional[Knowledge] = None, ents: Optional[dict] = None,
             titles: Optional[dict] = None) -> Iterator[Role]:
    """Yield the roles given to the person named by ``ent`` in its apposition."""
    if kb is None:
        kb = knowledge(_nlp_of(doc))
    if ents is None:
        ents = _ent_index(doc)
    if titles is None:
        titles = title_matches(doc, kb)
    sent = ent.sent if doc.has_annotation("SENT_START") else doc[:]
    # TITLE ORG, NAME  /  TITLE ORG NAME  /  TITLE ORG Rank NAME
    left_end = ent.start
    while left_end - 1 >= sent.start and (kb.is_rank(doc[left_end - 1]) or doc[left_end - 1].text == "."
                                         and left_end - 2 >= sent.start and kb.is_rank(doc[left_end - 2])):
        left_end -= 1
    if left_end - 1 >= sent.start and doc[left_end - 1].text == ",":
        left_end -= 1
    start = _phrase_before(doc, left_end, kb, ents, titles, sent.start)
    if start is not None and start < left_end:
        title_end, org = _split_title_org(doc, start, left_end, ents)
        title = doc[start:title_end].text
        if title:
            yield Role(title, org.text if org is not None else None, doc[start].idx, ent.end_char,
                       rule="title-before-name")
    # NAME, TITLE ORG  /  NAME selaku TITLE  /  NAME yang juga TITLE
    j = ent.end
    n = sent.end
    if j < n and doc[j].text == ",":
        j += 1
        # degrees after the name: S.H., M.Si.
        while j < n and "." in doc[j].text and doc[j].text[:1].isupper() and j + 1 < n and doc[j + 1].text == ",":
            j += 2
    elif j < n and doc[j].lower_ in AFTER_NAME:
        j += 1
    elif j + 1 < n and doc[j].lower_ == "yang" and doc[j + 1].lower_ in YANG:
        j += 2
        while j < n and doc[j].lower_ in YANG | {"sebagai"}:
            j += 1
    else:
        return
    while j < n and doc[j].lower_ in kb.modifiers and j + 1 < n and (j + 1) not in titles:
        j += 1
    m = j
    while m < n and doc[m].lower_ in kb.modifiers and m not in titles:
        m += 1
    if m in titles and (doc[m].text[:1].isupper() or doc[j].lower_ != doc[m].lower_ or True):
        end = title_tail_end(doc, titles[m], kb, ents, titles, n)
        title_end, org = _split_title_org(doc, m, end, ents)
        if org is not None:
            end = org.end
        title = doc[j:title_end].text
        if title:
            yield Role(title, org.text if org is not None else None, ent.start_char, doc[end - 1].idx
                       + len(doc[end - 1].text), rule="title-after-name")


def _nlp_of(doc: Doc):
    import spacy

    return spacy.blank("id")


def _same_role(a: Role, b: Role) -> bool:
    wa = set((a.title + " " + (a.org or "")).lower().split())
    wb = set((b.title + " " + (b.org or "")).lower().split())
    return wa <= wb or wb <= wa


def _merge_role(person: Person, role: Role) -> None:
    for i, old in enumerate(person.roles):
        if _same_role(old, role):
            if old.org is None and role.org is not None:
                person.roles[i] = role
            return
    person.roles.append(role)


def people(doc: Doc, kb: Optional[Knowledge] = None) -> Iterator[Person]:
    """Yield one :class:`Person` per person named in ``doc``, with their roles."""
    if kb is None:
        kb = knowledge(_nlp_of(doc))
    ents = [e for e in doc.ents if e.label_ == "PER"]
    index = _ent_index(doc)
    titles = title_matches(doc, kb)
    names = [canonical_name(e.text) for e in ents]
    # a nickname in brackets right after a name is that person
    nickname_of: dict[str, str] = {}
    for ent, name in zip(ents, names, strict=True):
        e = ent.end
        if e + 1 < len(doc) and doc[e].lower_ in {"atau", "alias"}:
            other = index.get(e + 1)
            if other is not None and other.label_ == "PER" and len(other) == 1:
                nickname_of[canonical_name(other.text)] = name
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
            other = index.get(e + 1)
            if other is not None and other.label_ == "PER" and len(other) == 1:
                nickname_of[canonical_name(other.text)] = name
    found = list(dict.fromkeys(n for n in names if n))
    # short forms join the longest name that contains all their words (the nearest before, if several)
    full_of: dict[str, str] = {}
    word_sets = {name: set(name.split()) for name in found}
    by_word: dict[str, list[str]] = {}
    for name in found:
        for w in word_sets[name]:
            by_word.setdefault(w, []).append(name)
    for name in found:
        parts = word_sets[name]
        first = next(iter(parts))
        longer = [o for o in by_word.get(first, []) if o != name and parts <= word_sets[o]]
        if longer:
            full_of[name] = max(longer, key=lambda o: (len(o.split()), found.index(o) * -1))
    result: dict[str, Person] = {}
    for ent, name in zip(ents, names, strict=True):
        if not name:
            continue
        key = nickname_of.get(name, name)
        key = full_of.get(key, key)
        person = result.setdefault(key, Person(key))
        person.mentions.append(Mention(ent.text, ent.start_char, ent.end_char))
        for role in roles_of(doc, ent, kb, index, titles):
            _merge_role(person, role)
    yield from result.values()


@Language.factory("people", assigns=["doc._.people"], requires=["doc.ents", "token.is_sent_start"])
def make_people(nlp: Language, name: str):
    return PeopleExtractor(nlp)


class PeopleExtractor:
    """Stores :func:`people` in ``doc._.people``."""

    def __init__(self, nlp: Language):
        self.kb = knowledge(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.people = list(people(doc, self.kb))
        return doc
