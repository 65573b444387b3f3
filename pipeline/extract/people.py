"""People and their roles (component ``people``).

People are the persons of the document's entity table (``doc._.entities``,
:mod:`pipeline.extract.entity_table`), which groups the PER mentions by the rules of
Indonesian names; a name's canonical form (:func:`canonical_name`) drops honorifics,
ranks (``honorifics.txt``) and trailing degrees.

Roles are read from the apposition next to a name: ``TITLE ORG, NAME`` and
``TITLE ORG NAME`` before it, ``NAME, TITLE ORG`` after it, where TITLE opens
with a word of ``titles.txt``; in a list of office holders (``Menteri A X, Menteri B
Y, Kepala C Z``) a title followed by a name is that name's, not the one before it. An ORG entity at the end of the title phrase is
the role's organisation; the rest is the title. A fused title with its region
(``Kapolda Metro Jaya``) points to the unit as the text names it elsewhere
(``fused_titles.tsv``); ``ORG diwakili oleh TITLE, NAME`` gives ORG; in
``kuasa hukum X, Y`` the title is Y's (``proxy_titles.txt``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Person, Role
from ..lang import words
from .entities import Knowledge, _ent_index, knowledge, sentence_bounds, title_matches, title_tail_end

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


class TitleIndex(dict):
    """Title phrases (start -> end token), also by position: :meth:`between` bisects the sorted
    starts, so that reading the titles near a name costs no scan of the whole document."""

    def __init__(self, titles: dict):
        super().__init__(titles)
        self.starts = sorted(self)

    def between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The (start, end) of the titles that start in [lo, hi)."""
        return [(s, self[s]) for s in self.starts[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]]


TITLE_STOP = frozenset({",", ".", "(", ")", '"', "“", "”", ";", ":"})
AFTER_NAME = frozenset({"selaku", "sebagai"})
YANG = frozenset({"juga", "merupakan", "menjabat", "adalah"})
WHEN_THEN = frozenset({"saat", "kala", "ketika", "waktu"})


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


def _phrase_before(doc: Doc, end: int, kb: Knowledge, ents: dict, titles: TitleIndex, floor: int,
                   lenient: bool = False) -> Optional[int]:
    """Start of the title phrase that ends at ``end`` (None when there is none). ``lenient``
    (the phrase is closed by a comma or a rank) lets any capitalised word belong to it."""
    covered = {}
    for s, e in titles.between(floor - 8, end):
        if e <= end:
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
        elif t.text == ")" and k - 4 >= floor and doc[k - 4].text == "(" and doc[k - 3].text[:1].isupper():
            k -= 4
        elif t.text == "," and k - 2 >= floor and ents.get(k) is not None and ents[k].label_ == "LOC" \
                and ents.get(k - 2) is not None and ents[k - 2].label_ in {"ORG", "LOC"}:
            k -= 1  # Ketua DPRD Kuantan Singingi, Riau NAME
        elif t.text in TITLE_STOP or ent is not None:
            break
        elif (t.text[:1].isupper() and kb.is_org_word(t.text)) or t.text in {"Bidang", "ke", "-", "/"} \
                or t.text.isdigit() or t.lower_ == "dan" and best is None or t.text in kb.place_words \
                or lenient and (t.text[:1].isupper() and not kb.is_rank(t) or t.lower_ in {"di", "tim"}
                                or t.lower_ == "itu" and k - 2 >= floor and doc[k - 2].lower_ in WHEN_THEN
                                or t.lower_ in WHEN_THEN and doc[k].lower_ == "itu"):
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
    if not isinstance(titles, TitleIndex):
        titles = TitleIndex(titles)
    sent = _sentence_of(doc, ent.start)
    # TITLE ORG, NAME  /  TITLE ORG NAME  /  TITLE ORG Rank NAME
    left_end = ent.start
    while left_end - 1 >= sent.start and (kb.is_rank(doc[left_end - 1]) or doc[left_end - 1].text == "."
                                         and left_end - 2 >= sent.start and kb.is_rank(doc[left_end - 2])):
        if (left_end - 1) in ents and not (left_end - 2 >= sent.start and kb.is_rank(doc[left_end - 2])):
            break  # Panglima TNI Jenderal X: TNI is the title's organisation, not a rank
        left_end -= 1
    lenient = left_end < ent.start
    if left_end - 1 >= sent.start and doc[left_end - 1].text == ",":
        left_end -= 1
        lenient = True
        # kuasa hukum X, Y / penasihat hukum terdakwa, Y: Y holds the title
        other = ents.get(left_end - 1)
        client = other.start if other is not None and other.label_ == "PER" else left_end - 1 \
            if left_end - 1 >= sent.start and doc[left_end - 1].text in kb.client_nouns else None
        proxy = _proxy_title_before(doc, client, kb, titles, sent.start) if client is not None else None
        if proxy is not None:
            end = left_end if other is None or other.label_ != "PER" else client
            yield Role(doc[proxy:end].text, None, doc[proxy].idx, ent.end_char, rule="proxy-title")
            left_end = sent.start
    start = _phrase_before(doc, left_end, kb, ents, titles, sent.start, lenient) if left_end > sent.start else None
    if start is not None and _proxy_title_at(doc, start, kb, titles) and titles[start] == left_end \
            and ent.end + 1 < sent.end and doc[ent.end].text == "," and ents.get(ent.end + 1) is not None \
            and ents[ent.end + 1].label_ == "PER":
        start = None  # the client of a proxy title (kuasa hukum X, Y)
    if start is not None and start < left_end:
        title_end, org = _split_title_org(doc, start, left_end, ents)
        if title_end - 2 > start and doc[title_end - 1].lower_ == "itu" and doc[title_end - 2].lower_ in WHEN_THEN:
            title_end -= 2  # Bupati Kuantan Singingi saat itu, NAME
        title = doc[start:title_end].text
        if title:
            org_name = _org_name(doc, title, org, kb)
            if org_name is None:
                org_name = _represented(doc, start, ents, sent.start)
            yield Role(title, org_name, doc[start].idx, ent.end_char, rule="title-before-name")
    # NAME, TITLE ORG  /  NAME selaku TITLE  /  NAME yang juga TITLE
    j = ent.end
    n = sent.end
    if j < n and doc[j].text == ",":
        j += 1
        # degrees after the name: S.H., M.Si.
        while j < n and "." in doc[j].text and doc[j].text[:1].isupper() and j + 1 < n and doc[j + 1].text == ",":
            j += 2
        # NAME, S.H., yang juga TITLE
        if j + 1 < n and doc[j].lower_ == "yang" and doc[j + 1].lower_ in YANG:
            j += 2
            while j < n and doc[j].lower_ in YANG | {"sebagai"}:
                j += 1
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
    if m in titles:
        end = title_tail_end(doc, titles[m], kb, ents, titles, n)
        title_end, org = _split_title_org(doc, m, end, ents)
        if org is not None:
            end = org.end
        if _proxy_title_at(doc, m, kb, titles) and titles[m] < n and doc[titles[m]].text in kb.client_nouns:
            title_end = end = titles[m] + 1
        title = doc[j:title_end].text
        if title and _heads_next_name(doc, end, kb, ents, n) and doc[ent.end].text == ",":
            return  # a list of office holders: "Menteri A X, Menteri B Y": the title is Y's
        if title:
            yield Role(title, _org_name(doc, title, org, kb), ent.start_char, doc[end - 1].idx
                       + len(doc[end - 1].text), rule="title-after-name")


def _heads_next_name(doc: Doc, k: int, kb: Knowledge, ents: dict, n: int) -> bool:
    """Whether a person's name (after ranks) starts at token ``k``: the title phrase that ends
    there introduces that person, not the one before it."""
    while k < n and (kb.is_rank(doc[k]) or doc[k].text == "."):
        k += 1
    ent = ents.get(k)
    return k < n and ent is not None and ent.label_ == "PER" and ent.start == k


def _sentence_of(doc: Doc, i: int) -> Span:
    bounds = sentence_bounds(doc)
    k = bisect_right(bounds, (i, len(doc) + 1)) - 1
    if k >= 0 and bounds[k][0] <= i < bounds[k][1]:
        return doc[bounds[k][0]:bounds[k][1]]
    return doc[:]


def _represented(doc: Doc, start: int, ents: dict, floor: int) -> Optional[str]:
    """``ORG diwakili (oleh) TITLE, NAME``: the organisation the title holder represents."""
    k = start - 1
    if k >= floor and doc[k].lower_ == "oleh":
        k -= 1
    if k >= floor and doc[k].lower_ == "diwakili" and k - 1 >= floor:
        org = ents.get(k - 1)
        if org is not None and org.label_ == "ORG":
            return org.text
    return None


def _proxy_title_at(doc: Doc, start: int, kb: Knowledge, titles: dict) -> bool:
    return start in titles and doc[start:titles[start]].text.lower() in kb.proxy_titles


def _proxy_title_before(doc: Doc, end: int, kb: Knowledge, titles: TitleIndex, floor: int) -> Optional[int]:
    """Start of a proxy title (``kuasa hukum``) that ends right before ``end`` (or before a client
    noun: ``penasihat hukum terdakwa``)."""
    for s, e in titles.between(floor, end):
        if e == end and _proxy_title_at(doc, s, kb, titles):
            return s
    return None


def _org_name(doc: Doc, title: str, org: Optional[Span], kb: Knowledge) -> Optional[str]:
    """The role's organisation: the ORG in the title phrase, or for a fused title with its region
    (``Kapolda Metro Jaya``, ``Kajari Garut``) the unit as the document names it elsewhere."""
    if org is not None:
        return org.text
    words_ = title.split()
    for size in (2, 1):
        heads = kb.fused.get(" ".join(words_[:size]).lower())
        if heads and len(words_) > size:
            region = " ".join(words_[size:])
            wanted = {f"{h} {region}" for h in heads}
            for name in _org_names(doc):
                if name in wanted or _expanded_short(name) in wanted:
                    return name
            return None
    return None


def _org_names(doc: Doc) -> list[str]:
    """The organisation names of ``doc`` (entities and venue organisations), once per document."""
    cached = doc.user_data.get("_org_names")
    if cached is None or cached[0] != len(doc.ents):
        names = [e.text for e in doc.ents if e.label_ == "ORG"]
        if "venue_orgs" in doc.spans:
            names += [e.text for e in doc.spans["venue_orgs"]]
        cached = doc.user_data["_org_names"] = (len(doc.ents), names)
    return cached[1]


def _expanded_short(name: str) -> str:
    from .organizations import _expanded

    return _expanded(name)


_BLANK = {}


def _nlp_of(doc: Doc):
    """A blank pipeline sharing ``doc``'s vocab (for calls outside the pipeline)."""
    key = id(doc.vocab)
    if key not in _BLANK:
        import spacy

        nlp = spacy.blank("id", vocab=doc.vocab)
        _BLANK[key] = nlp
    return _BLANK[key]


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
    """Yield one :class:`Person` per person of the document's entity table, with their roles
    (the table groups the mentions: :mod:`pipeline.extract.entity_table`)."""
    from .entity_table import table_of

    for entity in table_of(doc, kb).people():
        yield Person(entity.name, entity.names(), list(entity.roles))


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
