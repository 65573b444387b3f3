"""Cross-document merging of people and organisations (pure functions).

``merge_people(items)`` and ``merge_organizations(items)`` take one item per
record (a person or an organisation of one document) and return clusters with a
canonical name, a stable id (a hash of the canonical key) and a merge log that
says which rule joined which names, and which merges were refused.

Conservative by design: across documents, a shared given name is no evidence (two different
people are never fused because they share a first name). The names are compared by the rules of
Indonesian names that the in-document entity table uses (``pipeline.extract.entity_table``:
words in order, old and new spellings, initials, family names). People merge when:

* ``same-name``: their names are equal once honorifics, ranks and degrees are
  dropped (case, spacing and the old spelling ``oe/dj/tj`` aside);
* ``short-name-in-doc``: within one document, a short form is part of exactly
  one fuller name of that document (``Prabowo`` and ``Prabowo Subianto``);
* ``middle-initial``: across documents, a name of three words or more with initials only
  inside it (``Budi S. Wibowo``) and exactly one full name of the corpus that it writes
  (``Budi Santoso Wibowo``: :func:`entity_table.same_name`, first and last words whole);
* ``given-names``: across documents, a name of two words or more that opens exactly one longer
  name of the corpus, two of its words or more no name openers (``Basuki Tjahaja`` / ``Basuki
  Tjahaja Purnama``: the given names a person is called by, the in-document table's short form);
* across documents, another shorter name that is part of exactly one longer name of the corpus
  (``name-subsequence``: ``Rachmat Kaimuddin`` / ``Muhammad Rachmat Kaimuddin``, ``Siti Aisyah``
  / ``Siti Nur Aisyah``; ``given-name``: a one-word name that opens exactly one full name and
  that no other name holds, ``Gilang`` / ``Gilang Ramadhan Sutisna``) **and** a second piece of
  evidence: the two records share an organisation of their roles (``shared-organization``;
  the caller gives each item its organisations, the dataset the ids of its merged
  organisations), or the two documents name another pair of people in the same way, each a
  short form of the other's full name (``co-named``: ``Prabowo`` and ``Gibran`` in one
  document, ``Prabowo Subianto`` and ``Gibran Rakabuming Raka`` in the other);
* ``same-single-name``: across documents, two equal one-word names (single names,
  ``Soenardi``) whose records share an organisation.

Never merged: a short form without the second piece of evidence (refused with
``no shared organization or co-named person``); a name of two words or more that ends a
longer one unless the words before it are only name openers (``name_prefixes.txt``:
``Muhammad``, ``Andi``, ``Siti``): two people sharing a family name (``Joko Susilo``, ``Rina
Joko Susilo``), as the entity table keeps them apart when they are introduced separately; a
one-word name that two full names share (two people sharing a given name or a surname), a
one-word name with nothing but another one-word name and no shared organisation, and names
made of initials (``A``, ``AP``, ``M. R.``), which stay within their document.
Organisations merge when they share any name or alias (an
acronym alias that names the parent body at the end of the name, ``Komisi III
Dewan Perwakilan Rakyat (DPR)``, does not count), when the lexicon
``institutions.tsv`` pairs an acronym with its expansion, or when an acronym is
the initials of exactly one full name of the same document.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from spacy.lang.id.stop_words import STOP_WORDS

from .extract.entity_table import same_name as same_written_name
from .extract.entity_table import spelling_key
from .lang import table, words

HONORIFICS = words("honorifics.txt")
NAME_PREFIXES = frozenset(w.casefold() for w in words("name_prefixes.txt"))
TITLE_WORDS = frozenset(t.casefold() for t in words("titles.txt") if " " not in t)
_LEADING = HONORIFICS | TITLE_WORDS  # words strip_name drops before a name
DEGREE = re.compile(r"^(s|m|d|ph|b|a)\.?[a-z]{0,4}(\.[a-z]{0,4})*\.?$")
OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"))
_TOKEN = re.compile(r"[\w'-]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
_STRIP = "\"'.,;:!?()[]-–— "


# --- names -------------------------------------------------------------------------------------

def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").translate(_QUOTES).split()).strip(_STRIP)


def display(text: str) -> str:
    """``text`` in NFKC with its spacing collapsed: how names are shown."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def strip_name(name: str) -> str:
    """``name`` without what follows a comma, leading honorifics, ranks and one-word titles, trailing degrees."""
    tokens = _clean(name.split(",", 1)[0]).split()
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        if tokens[0].casefold().rstrip(".") in _LEADING:
            tokens, changed = tokens[1:], True
        elif "." in tokens[-1] and DEGREE.match(tokens[-1].casefold()):
            tokens, changed = tokens[:-1], True
    return " ".join(tokens).strip(_STRIP)


def _fold(token: str) -> str:
    token = token.casefold()
    for old, new in OLD_SPELLING:
        token = token.replace(old, new)
    return token


def name_tokens(name: str) -> tuple[str, ...]:
    """The comparison key of a person name: folded words of :func:`strip_name`."""
    return tuple(_fold(t.strip("'-")) for t in _TOKEN.findall(strip_name(name)) if t.strip("'-"))


def is_initial(raw_token: str) -> bool:
    """``A``, ``A.``, ``AP``, ``M.R.``, ``Moh.``: a letter, a short all-capital word or any word with a dot."""
    letters = raw_token.replace(".", "")
    return len(letters) <= 1 or (letters.isupper() and len(letters) <= 4) or "." in raw_token


def has_initials(name: str) -> bool:
    """Whether a word of the stripped name is an initial (:func:`is_initial`)."""
    return any(is_initial(t) for t in strip_name(name).split())


def initials_only(name: str) -> bool:
    """Whether the stripped name has words and all of them are initials."""
    tokens = strip_name(name).split()
    return bool(tokens) and all(is_initial(t) for t in tokens)


def is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Every word of ``short`` appears in ``long``, in order."""
    it = iter(long)
    return all(any(word == other for other in it) for word in short)


def stable_id(prefix: str, key: str) -> str:
    """``prefix`` and the first 12 hex digits of the SHA-1 of ``key``."""
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


# --- union-find ----------------------------------------------------------------------------------

class _Sets:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return [out[k] for k in sorted(out)]


# --- data ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonItem:
    """One person record of one document; ``orgs``: keys of the organisations of its roles (the
    evidence of ``shared-organization``)."""

    doc_id: str
    name: str
    orgs: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgItem:
    """One organisation record of one document: its name and aliases."""

    doc_id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class Cluster:
    """One merged entity: its id, canonical name, the items (indices into the input) and every name."""

    id: str
    name: str
    key: str
    members: list[int]
    names: list[str] = field(default_factory=list)


@dataclass
class LogEntry:
    """One merge decision: ``merged`` or ``refused``, by which rule, from which name to which."""

    entity: str
    decision: str
    rule: str
    doc_id: str
    name: str
    target_doc_id: Optional[str]
    target: Optional[str]
    detail: str = ""
    entity_id: Optional[str] = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


# --- people --------------------------------------------------------------------------------------

def _canonical_person(names: list[str]) -> str:
    counts = Counter(filter(None, map(strip_name, names)))
    return min(counts, key=lambda n: (has_initials(n), -len(name_tokens(n)), -counts[n], -len(n), n))


def merge_people(items: Sequence[PersonItem]) -> tuple[list[Cluster], list[LogEntry]]:
    """Clusters of the same real person across documents, and the merge log (see the module docstring)."""
    keys = [name_tokens(item.name) for item in items]
    sets = _Sets(len(items))
    log: list[LogEntry] = []

    def merge(i: int, j: int, rule: str, detail: str = "") -> None:
        if sets.union(i, j):
            log.append(LogEntry("person", "merged", rule, items[i].doc_id, items[i].name,
                                items[j].doc_id, items[j].name, detail))

    def refuse(i: int, rule: str, targets: list[int], detail: str) -> None:
        shown = sorted({items[j].name for j in targets})
        log.append(LogEntry("person", "refused", rule, items[i].doc_id, items[i].name, None,
                            " | ".join(shown), detail))

    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if keys[i]:
            by_doc[item.doc_id].append(i)

    # 1. within a document: equal names, then short forms of exactly one fuller name
    for doc_id in sorted(by_doc):
        members = by_doc[doc_id]
        first_of: dict[tuple, int] = {}
        for i in members:
            if keys[i] in first_of:
                merge(i, first_of[keys[i]], "same-name", "within one document")
            else:
                first_of[keys[i]] = i
        for i in members:
            if has_initials(items[i].name):
                continue
            supers = [j for j in members if len(keys[j]) > len(keys[i]) and is_subsequence(keys[i], keys[j])]
            longest = {keys[j] for j in supers if not any(len(keys[k]) > len(keys[j]) and is_subsequence(keys[j], keys[k])
                                                         for k in supers)}
            if len(longest) == 1:
                target = min(j for j in supers if keys[j] in longest)
                merge(i, target, "short-name-in-doc")
            elif len(longest) > 1:
                refuse(i, "short-name-in-doc", [j for j in supers if keys[j] in longest],
                       "part of several names of the document")

    # 2. across documents: equal full names (two words or more, not initials)
    first_of = {}
    for i in range(len(items)):
        if len(keys[i]) < 2 or initials_only(items[i].name):
            continue
        if keys[i] in first_of:
            merge(i, first_of[keys[i]], "same-name")
        else:
            first_of[keys[i]] = i

    # 2b. across documents: a name with initials inside it and the one full name it writes
    _middle_initials(items, keys, sets, merge, refuse)

    # 3. across documents: a shorter name that is part of exactly one longer name, longest names first,
    # when a second piece of evidence ties the two records (a shared organisation, or co-named people)
    group_of: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        if keys[i]:
            group_of[sets.find(i)].append(i)
    full = {r: max((keys[j] for j in members), key=lambda k: (len(k), k)) for r, members in group_of.items()}
    usable = [r for r in sorted(group_of)
              if not any(has_initials(items[j].name) for j in group_of[r] if keys[j] == full[r])]
    orgs = {r: {o for j in members for o in items[j].orgs} for r, members in group_of.items()}
    docs = {r: {items[j].doc_id for j in members} for r, members in group_of.items()}
    order = sorted(usable, key=lambda r: (-len(full[r]), full[r], r))

    holding: dict[str, list[int]] = defaultdict(list)  # a word -> the usable names holding it (every
    for s in usable:                                    # candidate and conflict holds the short form's first word)
        for w in set(full[s]):
            holding[w].append(s)

    def candidates_of(r: int) -> tuple[str, list[int], list[int], list[int]]:
        key = full[r]
        longer = [s for s in holding[key[0]] if len(full[s]) > len(key)]
        if len(key) >= 2:
            found = [s for s in longer if is_subsequence(key, full[s])]
            family = [s for s in found if _shares_family_name(key, full[s])]
            return "name-subsequence", [s for s in found if s not in family], [], family
        found = [s for s in longer if full[s][0] == key[0]]
        roots = {sets.find(s) for s in found}
        return "given-name", found, [s for s in longer if key[0] in full[s][1:] and sets.find(s) not in roots], []

    def unique_target(r: int, found: list[int], conflicting: list[int]) -> Optional[int]:
        targets = {sets.find(s) for s in found + conflicting}
        return min(found) if len(targets) == 1 and not conflicting and len(full[r][0]) >= 3 else None

    # the short forms each document pair shares before any merge of this step: two of them co-name
    pairs: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for r in order:
        _, found, conflicting, _ = candidates_of(r)
        s = unique_target(r, found, conflicting)
        if s is not None:
            for a in docs[r]:
                for b in docs[s] - {a}:
                    pairs[(a, b)].add((r, s))
    co_named: dict[tuple[int, int], list[int]] = defaultdict(list)  # a short form -> the others of its pair
    for links in pairs.values():
        for r, s in links:
            co_named[(r, s)] += [o for o, t in links if o != r and t != s]

    for r in order:
        key = full[r]
        rule, found, conflicting, family = candidates_of(r)
        if family:
            refuse(r, "family-name", family, "ends a longer name: two people who share a family name")
        s = unique_target(r, found, conflicting)
        targets = sorted({sets.find(t) for t in found + conflicting})
        if s is not None:
            shared = sorted(orgs[r] & orgs[sets.find(s)])
            other = co_named.get((r, s))
            detail = f"{' '.join(key)} -> {' '.join(full[s])}"
            if _opens_with_given_names(key, full[s]):
                merge(r, s, "given-names", detail)
            elif shared:
                merge(r, s, rule, f"{detail}; shared organization {shared[0]}")
            elif other:
                named = ", ".join(sorted({" ".join(full[o]) for o in other}))
                merge(r, s, rule, f"{detail}; co-named with {named}")
            else:
                refuse(r, rule, [s], f"{detail}: no shared organization or co-named person: not merged")
                continue
            orgs[sets.find(s)] = orgs[sets.find(s)] | orgs[r] | orgs[s]  # the merged person's organisations
        elif targets:
            reason = "not the first word of the name" if not found else "matches several people"
            refuse(r, rule, targets, f"{reason}: not merged")
        elif len(key) == 1:
            same = [t for t in holding[key[0]] if t != r and full[t] == key]
            shared = [t for t in same if orgs[r] & orgs[t]]
            for t in shared:
                merge(r, t, "same-single-name", f"shared organization {sorted(orgs[r] & orgs[t])[0]}")
            if same and not shared and r < min(same):
                refuse(r, "same-mononym", same, "one-word names without a full name or a shared organization "
                                                 "are not merged across documents")

    clusters = []
    for members in sets.groups():
        if not keys[members[0]]:
            continue
        names = [items[i].name for i in members]
        canonical = _canonical_person(names)
        tokens = name_tokens(canonical)
        key = " ".join(tokens)
        if len(tokens) < 2 or initials_only(canonical):
            key = f"{key}@{min(items[i].doc_id for i in members)}"
        clusters.append(Cluster(stable_id("per", key), canonical, key, sorted(members),
                                sorted(set(strip_name(n) for n in names))))
    _assign_ids(clusters, log, items, "person")
    return sorted(clusters, key=lambda c: c.id), log


def _shares_family_name(short: Sequence[str], long: Sequence[str]) -> bool:
    """``short`` (two words or more) ends ``long`` and the words before it are not only name
    openers (``name_prefixes.txt``): ``Joko Susilo`` / ``Rina Joko Susilo`` are two people,
    ``Rachmat Kaimuddin`` / ``Muhammad Rachmat Kaimuddin`` may be one."""
    n = len(short)
    return n >= 2 and tuple(long[-n:]) == tuple(short) and not all(w in NAME_PREFIXES for w in long[:-n])


def _opens_with_given_names(short: Sequence[str], long: Sequence[str]) -> bool:
    """``short`` is the first words of ``long`` and two of them or more are no name openers
    (``name_prefixes.txt``): the given names a person is called by (``Basuki Tjahaja`` of ``Basuki
    Tjahaja Purnama``), more than one shared given name (``Muhammad Rizki`` is one)."""
    return tuple(long[:len(short)]) == tuple(short) and sum(w not in NAME_PREFIXES for w in short) >= 2


def _middle_initials(items: Sequence[PersonItem], keys: list[tuple], sets: _Sets, merge, refuse) -> None:
    """Merge a name of three words or more whose initials are all inside it (``Budi S. Wibowo``)
    with the one full name of another document it writes (:func:`entity_table.same_name`)."""
    def ends(name: str) -> tuple:
        words = name.split()
        return len(words), spelling_key(words[0]), spelling_key(words[-1])

    full_names: dict[tuple, list[int]] = defaultdict(list)
    for j, item in enumerate(items):
        name = strip_name(item.name)
        if len(keys[j]) >= 3 and not has_initials(item.name):
            full_names[ends(name)].append(j)
    for i, item in enumerate(items):
        name = strip_name(item.name)
        words = name.split()
        if len(words) < 3 or not has_initials(item.name) or is_initial(words[0]) or is_initial(words[-1]):
            continue
        found = [j for j in full_names.get(ends(name), ()) if items[j].doc_id != item.doc_id
                 and same_written_name(name, strip_name(items[j].name))]
        targets = sorted({sets.find(j) for j in found} - {sets.find(i)})
        if len(targets) == 1:
            j = min(j for j in found if sets.find(j) == targets[0])
            merge(i, j, "middle-initial", f"{name} -> {strip_name(items[j].name)}")
        elif targets:
            refuse(i, "middle-initial", [j for j in found if sets.find(j) in targets], "writes several full names")


def _assign_ids(clusters: list[Cluster], log: list[LogEntry], items: Sequence, entity: str) -> None:
    where = {(items[i].doc_id, items[i].name): c.id for c in clusters for i in c.members}
    for entry in log:
        if entry.entity == entity:
            entry.entity_id = where.get((entry.doc_id, entry.name))


# --- organisations -------------------------------------------------------------------------------

def org_key(name: str) -> str:
    """The comparison key of an organisation name: NFKC, case folded, spacing collapsed."""
    return _clean(name).casefold()


def is_acronym(name: str) -> bool:
    """``BPS``, ``KPK``, ``DPR RI``: upper-case words of 2-8 letters."""
    parts = _clean(name).split()
    return bool(parts) and all(p.isupper() and 2 <= len(p) <= 8 and p.isalpha() for p in parts)


def initials(name: str) -> str:
    """The initials of the words of ``name`` that are not function words, upper case."""
    return "".join(w[0] for w in _LETTERS.findall(_clean(name)) if w.casefold() not in STOP_WORDS).upper()


def _lexicon_pairs() -> list[tuple[str, str]]:
    return [(row["name"], row["acronym"]) for row in table("institutions.tsv") if row.get("acronym")]


def alias_of_part(name: str, alias: str, lexicon: dict[str, str]) -> bool:
    """``DPR RI`` given for ``Komisi III Dewan Perwakilan Rakyat Republik Indonesia``: the acronym of its end."""
    if not is_acronym(alias):
        return False
    expansion = lexicon.get(org_key(alias))
    if expansion and org_key(expansion) != org_key(name) and org_key(expansion) in org_key(name):
        return True
    significant = [w for w in _LETTERS.findall(_clean(name)) if w.casefold() not in STOP_WORDS]
    letters = _clean(alias).replace(" ", "").upper()
    return any(initials(" ".join(significant[k:])) == letters for k in range(1, len(significant)))


def merge_organizations(items: Sequence[OrgItem]) -> tuple[list[Cluster], list[LogEntry]]:
    """Clusters of the same organisation across documents, and the merge log."""
    sets = _Sets(len(items))
    log: list[LogEntry] = []
    lexicon = {}
    for name, acronym in _lexicon_pairs():
        lexicon.setdefault(org_key(acronym), name)
    names_of = []  # the names that link: not an alias that names a part of the organisation
    for i, item in enumerate(items):
        names_of.append([item.name])
        for alias in item.aliases:
            if alias_of_part(item.name, alias, lexicon):
                log.append(LogEntry("organization", "refused", "alias-of-part", item.doc_id, item.name, item.doc_id,
                                    alias, "the alias names a part of the name (the parent body), not the whole"))
            else:
                names_of[i].append(alias)

    def merge(i: int, j: int, rule: str, detail: str = "") -> None:
        if sets.union(i, j):
            log.append(LogEntry("organization", "merged", rule, items[i].doc_id, items[i].name,
                                items[j].doc_id, items[j].name, detail))

    # shared names and aliases; the lexicon turns an acronym into its expansion's key
    first_of: dict[str, tuple[int, bool]] = {}
    for i in range(len(items)):
        for name in names_of[i]:
            for key, via_lexicon in ((org_key(name), False), (org_key(lexicon.get(org_key(name), "")), True)):
                if not key:
                    continue
                if key in first_of:
                    j, j_lexicon = first_of[key]
                    merge(i, j, "acronym-lexicon" if via_lexicon or j_lexicon else "shared-name", name)
                else:
                    first_of[key] = (i, via_lexicon)
    # an acronym that is the initials of exactly one full name of the same document
    expansions: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, item in enumerate(items):
        for name in names_of[i]:
            if not is_acronym(name) and len(_clean(name).split()) >= 2:
                expansions[(item.doc_id, initials(name))].add(i)
    for i, item in enumerate(items):
        for name in names_of[i]:
            if not is_acronym(name) or " " in _clean(name):
                continue
            found = expansions.get((item.doc_id, _clean(name).upper()), set())
            targets = {sets.find(j) for j in found}
            if len(targets) == 1:
                target = min(found)
                merge(i, target, "acronym-initials", f"{name} = {items[target].name}")
            elif len(targets) > 1:
                log.append(LogEntry("organization", "refused", "acronym-initials", item.doc_id, name, None,
                                    " | ".join(sorted({items[t].name for t in found})),
                                    "the initials of several names: not merged"))

    expansion_keys = {org_key(v): v for v in lexicon.values()}
    clusters = []
    for members in sets.groups():
        names = [n for i in members for n in names_of[i] if _clean(n)]
        if not names:
            continue
        counts = Counter(display(n) for n in names)
        known = sorted(expansion_keys[org_key(n)] for n in counts if org_key(n) in expansion_keys)
        from_lexicon = [expansion_keys[org_key(lexicon[org_key(n)])] for n in counts if org_key(n) in lexicon]
        if known:
            canonical = known[0]
        elif from_lexicon:
            canonical = sorted(from_lexicon)[0]
        else:
            canonical = min(counts, key=lambda n: (is_acronym(n), -counts[n], -len(n.split()), n))
        key = org_key(canonical)
        all_names = sorted(set(counts) | {canonical}, key=lambda n: (org_key(n), n))
        clusters.append(Cluster(stable_id("org", key), canonical, key, sorted(members), all_names))
    _assign_ids(clusters, log, items, "organization")
    return sorted(clusters, key=lambda c: c.id), log


def org_index(clusters: Iterable[Cluster]) -> dict[str, str]:
    """Every name key of every cluster -> the cluster id (the first cluster wins a shared key)."""
    index: dict[str, str] = {}
    for cluster in clusters:
        for name in cluster.names:
            index.setdefault(org_key(name), cluster.id)
    return index
