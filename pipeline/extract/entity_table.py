"""The document's entity table (component ``entity_table``): every person and organisation once.

Built once after mention detection (``institution_ruler``, ``person_ruler``, ``web_leftovers``,
``dates``) into ``doc._.entities`` (:class:`pipeline.annotations.EntityTable`). The
``organizations``, ``people`` and ``quotes`` components read it and nothing else for who is who.

Organisations: the ORG mentions grouped by :func:`organizations.group` (full name, acronyms in
brackets, short forms), one entity per organisation under its fullest name.

People: the PER mentions, under their canonical form (honorifics, ranks, degrees dropped; a title
of office kept in front dropped, :func:`untitled`; a word capitalised only because it opens the
sentence dropped before the name of a person introduced earlier, ``Diakui Syafrin``), become
people by the rules of Indonesian names (:func:`short_form_of`, :func:`same_name`):

* a name's words match in order; a one-letter word with or without a dot (an initial, ``S.``)
  matches a word that opens with that letter (``Budi S. Wibowo`` = ``Budi Santoso Wibowo``); the
  old and new spellings of a word match (``Soeharto`` / ``Suharto``, ``Prasetyo`` / ``Prasetio``:
  :func:`spelling_key`), and so do a doubled letter and a single one (``Hasanuddin`` / ``Hasanudin``,
  ``Harry`` / ``Hary``); in two writings of a full name a long word may be cut to its opening letters
  (``Hary Tanoe`` / ``Hary Tanoesoedibjo``: :func:`truncated`), and a third writing joins the two already
  joined; a short form spelt as written going first;
* a shorter name is a short form of a longer one when its words are words of the longer one
  (``Hartono``, ``Bayu``, ``Bayu Hartono`` of ``Bayu Hartono Saputra``); a single name
  (``Soenardi``) only matches itself or a longer name holding it;
* patronymics: the words after ``bin``/``binti`` are the father's; a short form made only of
  them (``Yusuf`` of ``Ahmad bin Yusuf``) is not the person;
* shared family names never merge two people introduced separately: a name of two words or
  more that ends a longer one (``Joko Susilo``, ``Rina Joko Susilo``) stays its own person when
  both are introduced with titles of their own, or when it is written before the longer one
  (``Gubernur Joko Susilo, bersama Ketua TP PKK Rina Joko Susilo``); one that opens it (the
  given names, ``Immanuel Ebenezer`` of ``Immanuel Ebenezer Gerungan``) is a short form;
* a short form that fits several people goes to the one named last before it (else the first
  named after it);
* a single name in brackets after a name, or after ``atau``/``alias``, is a nickname (one or two
  words after a naming word of :mod:`naming`: ``alias``, ``atau yang akrab disapa``, ``yang lebih dikenal
  sebagai``, ``yang dikenal dengan nama panggung``: ``Andi Agustinus alias Andi Narogong``); the name before
  ``, sapaan akrab`` / ``, yang bernama asli`` and a full name is that person's nickname; so is the name an
  epithet opening its sentence gives (``Pembalap berusia 19 tahun yang akrab disapa Y itu``) the person's named
  last before it (:func:`naming.epithet_called_at`); aliases in a chain
  (``X alias Y alias Z``) are all X's; a short form of such a nickname (``Bimo`` of ``Bimo Gitar``) is the
  person's when no other name of the text holds it; capitals in
  brackets that spell the name's initials (``(AHY)``) and their later occurrences are mentions.

Each person also gets: the roles of its mentions (:func:`people.roles_of`, the list grammar of
titles), and a mention for each title written alone (``Gubernur menyampaikan``) after the text
gave that title to exactly one person. The quote rules add the pronouns (``ia``, ``dia``,
``beliau``, ``-nya``) they resolve.
"""
from __future__ import annotations

import heapq
import re
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Entity, EntityMention, EntityTable, Role
from ..extensions import ents_of, text_of, text_of_span
from ..lang import words
from .entities import PATRONYMIC_LINKS, Knowledge, _ent_index, knowledge, role_matches, title_matches
from .naming import CALLED, epithet_called_at, full_name_at, nickname_at
from .occupations import fills_gap
from .organizations import group as group_organizations
from .people import (
    BRACKETED,
    TitleIndex,
    _merge_role,
    _nlp_of,
    canonical_name,
    entities_fixed,
    epithet_holder,
    epithets,
    name_after_title,
    pronoun_predicates,
    roles_of,
)

WORD = re.compile(r"[\w'’.-]+")


def _words(name: str) -> list[str]:
    return [w for w in name.split() if w]


# the spellings of one sound in Indonesian names, old (van Ophuijsen, Soewandi) and new (EYD):
# ``Soeharto`` / ``Suharto``, ``Djarot`` / ``Jarot``, ``Prasetyo`` / ``Prasetio``
SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("y", "i"))
# a doubled letter is written single as often (``Hasanuddin`` / ``Hasanudin``, ``Muhammad`` / ``Muhamad``,
# ``Harry`` / ``Hary``, ``Matthew`` / ``Mathew``): one writing of the word
DOUBLED = re.compile(r"(\w)\1")
# a long name word the press cuts to its opening letters (``Hary Tanoe`` of ``Hary Tanoesoedibjo``): the cut
# keeps at least TRUNCATED_MIN letters and drops at least TRUNCATED_DROP
TRUNCATED_MIN, TRUNCATED_DROP = 5, 3


@lru_cache(maxsize=1 << 16)
def spelling_key(word: str) -> str:
    """One writing of a name word for its old and new spellings (lower case; words of three
    letters or fewer as they are). Kept per word: the same name words are compared again and again
    (six replacements and a regex each time; 10,000 questions on 200 news articles)."""
    key = word.rstrip(".").lower()
    if len(key) <= 3:
        return key
    for old, new in SPELLINGS:
        key = key.replace(old, new)
    return DOUBLED.sub(r"\1", key)


def _word_matches(a: str, b: str) -> bool:
    """Equal words (case and old or new spelling aside: :func:`spelling_key`), or an initial
    (``S.``, ``S``) and a word it opens."""
    x, y = a.rstrip(".").lower(), b.rstrip(".").lower()
    if x == y or spelling_key(x) == spelling_key(y):
        return True
    if len(x) == 1 and x.isalpha():
        return y.startswith(x)
    if len(y) == 1 and y.isalpha():
        return x.startswith(y)
    return truncated(x, y) or truncated(y, x)


def truncated(short: str, long: str) -> bool:
    """``short`` is ``long`` cut to its opening letters (lower case: ``tanoe`` of ``tanoesoedibjo``)."""
    return len(short) >= TRUNCATED_MIN and len(long) >= len(short) + TRUNCATED_DROP and long.startswith(short)


def _own_words(words: list[str]) -> list[str]:
    """The words of a name before ``bin``/``binti`` (the father's name follows them)."""
    for k, w in enumerate(words):
        if w.lower() in PATRONYMIC_LINKS and k > 0:
            return words[:k]
    return words


def _in_order(short: list[str], full: list[str]) -> bool:
    k = 0
    for w in short:
        while k < len(full) and not _word_matches(w, full[k]):
            k += 1
        if k == len(full):
            return False
        k += 1
    return True


def same_name(a: str, b: str) -> bool:
    """Two writings of one full name: as many words, each equal or an initial of the other
    (``Budi S. Wibowo`` / ``Budi Santoso Wibowo``); an initial alone matches nothing."""
    wa, wb = _words(a), _words(b)
    if a == b:
        return True
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    if not all(_word_matches(x, y) for x, y in zip(wa, wb)):
        return False
    # at least one full word in common, so that two strings of initials never meet
    return any(len(x.rstrip(".")) > 1 and spelling_key(x) == spelling_key(y) for x, y in zip(wa, wb))


def _same_name_keys(name: str) -> set[tuple[int, int, str]]:
    """(word count, place, word) of each whole word of ``name``: two names :func:`same_name` pairs
    (not equal) share one, so that the pairs are found by look-up, not by comparing every two names."""
    ws = _words(name)
    if len(ws) < 2:
        return set()
    return {(len(ws), k, spelling_key(w)) for k, w in enumerate(ws) if len(w.rstrip(".")) > 1}


def short_form_of(short: str, full: str) -> bool:
    """Whether ``short`` can name the person ``full`` (see the module docstring): its words are
    words of ``full`` in order (initials match their word), it has fewer words, one of its whole
    words is a whole word of ``full`` (``Suwarni`` is no short form of ``Farida S. Kusumawardhani``),
    and not only words of the father's name after ``bin``/``binti``."""
    ws, wf = _words(short), _words(full)
    if not ws or len(ws) >= len(wf) or not _in_order(ws, wf):
        return False
    whole = {spelling_key(w) for w in wf if len(w.rstrip(".")) > 1}
    if not any(len(w.rstrip(".")) > 1 and spelling_key(w) in whole for w in ws):
        return False  # a whole word of the short form must be a whole word of the name, not an initial
    own = _own_words(wf)
    if len(own) < len(wf) and not any(_word_matches(w, o) for w in ws for o in own):
        return False  # "Yusuf" of "Ahmad bin Yusuf": the father
    return True


class NameIndex:
    """Names with a payload each (a position), by the name and by the whole words of it (:func:`spelling_key`):
    the names that equal a name or that it may be a short form of (:func:`short_form_of` needs a whole word
    of the short form in the full name) are looked up, not all read for each name."""

    def __init__(self, pairs: Iterable[tuple[object, str]]):
        self.by_key: dict[str, list[tuple[object, str]]] = {}
        for payload, name in pairs:
            for key in dict.fromkeys(["=" + name, *_whole_keys(name)]):
                self.by_key.setdefault(key, []).append((payload, name))

    def fuller_or_same(self, name: str) -> Iterator[tuple[object, str]]:
        """The (payload, name) pairs whose name is ``name`` or shares a whole word with it (each once, in
        no particular order): every name that ``name`` is or may be a short form of."""
        seen: set[int] = set()
        for key in dict.fromkeys(["=" + name, *_whole_keys(name)]):
            for pair in self.by_key.get(key, ()):
                if id(pair) not in seen:
                    seen.add(id(pair))
                    yield pair


def _whole_keys(name: str) -> list[str]:
    """The spelling keys of the whole words (no initials) of ``name``."""
    return [spelling_key(w) for w in _words(name) if len(w.rstrip(".")) > 1]


def _initialisms(found: list[str], spelt: dict[str, str]) -> dict[str, str]:
    """A name that writes two to four words of another name of the document as their capital
    initials (``Sultan HB X`` of ``Sultan Hamengku Buwono X``): the same person, under the name
    spelt out; the rest of the two names is equal and holds a whole word."""
    expanded: dict[str, str] = {}
    for name in found:
        ws = _words(name)
        for i in range(len(ws)):
            for j in range(2, 5):
                part = ws[i:i + j]
                if len(part) < j or len(ws) - j < 1 or not all(w[:1].isupper() and len(w) > 1 for w in part):
                    continue
                short = " ".join(ws[:i] + ["".join(w[0] for w in part)] + ws[i + j:])
                expanded.setdefault(short, name)
    return {n: spelt.get(expanded[n], expanded[n]) for n in found
            if n in expanded and any(len(w) > 1 and not w.isupper() for w in _words(n))}


def _separate(short: str, full: str, first_at: dict[str, int], titled: set[str], text: str = "") -> bool:
    """Two people sharing a family name: ``short`` (two words or more) is introduced apart from
    ``full`` (both with titles of their own, or written first as the end of the longer name),
    unless the words the short form lacks stand right before its first mention (the mention
    was cut from the full name)."""
    ws, wf = _words(short), _words(full)
    if len(ws) < 2:
        return False
    if [w.lower() for w in wf[-len(ws):]] != [w.lower() for w in ws]:
        return False  # the short form opens the name (given names): the same person
    lacking = " ".join(wf[:-len(ws)])
    at = first_at[short]
    if text and text[max(0, at - len(lacking) - 2):at].rstrip().endswith(lacking):
        return False
    return short in titled and full in titled or at < first_at[full]


def _epithet_nouns(kb: Knowledge) -> frozenset[str]:
    """The nouns that open an epithet standing for a person: the first words of titles, one-word occupations and
    person nouns (``Pembalap``, ``Pria``, ``Ketua``)."""
    return kb.title_first_words | kb.person_nouns | {w.lower() for w in words("occupations.txt") if " " not in w}


def _nicknames(doc: Doc, ents: list[Span], names: list[str], index: dict, kb: Knowledge) -> dict[str, str]:
    """A single name in brackets after a name, or after ``atau``/``alias``: a nickname; also one or
    two words after a naming word (:func:`naming.nickname_at`: ``Arya Pramudya atau yang akrab disapa
    Ayik``, ``Andi Agustinus alias Andi Narogong``, ``X, yang dikenal dengan nama panggung Y``), and two
    after ``atau`` when a form of address opens them (``address_words.txt``: ``Muhaimin Iskandar atau Cak
    Imin``); the name before ``sapaan akrab`` / ``bernama asli`` a full name (:func:`naming.full_name_at`).
    A short form of a nickname given so (``Bram`` of ``Bram Senar``) names the same person."""
    nickname_of: dict[str, str] = {}
    name_at = {ent.start: name for ent, name in zip(ents, names, strict=True)}
    for ent, name in zip(ents, names, strict=True):
        found = nickname_at(doc, ent.end)
        other = index.get(found[0]) if found else None
        if found and found[2] and other is None and found[0] + 1 < len(doc) and kb.is_rank(doc[found[0]]):
            other = index.get(found[0] + 1)  # "alias Haji Doni", "dikenal sebagai Ustaz Yusuf Mansur"
            other = other if other is not None and other.start == found[0] + 1 else None
        longest = found[1] if found else 1
        # (two words after a plain "atau" when a form of address opens them and a full name goes before:
        # "Abdul Muhaimin Iskandar atau Cak Imin"; not "Dukung Susi atau Cak Imin", two people)
        addressed = other is not None and len(other) == 2 and other[0].text in words("address_words.txt") \
            and len(name.split()) >= 2
        size = len(other) - sum(kb.is_rank(t) for t in other[:1]) if other is not None else 0  # (Haji Doni: one word)
        if other is not None and other.label_ == "PER" and (size <= longest or addressed) \
                and other.start > ent.start:
            nickname_of[canonical_name(other.text)] = name
        found = full_name_at(doc, ent.end)
        full = index.get(found[0]) if found else None
        if full is not None and full.label_ == "PER" and full.start == found[0] and len(ent) <= found[1]:
            # "Teco, sapaan Stefano Cugurra": the name before is the nickname of the full name after
            full_name = name_at.get(full.start, "")
            if len(full_name.split()) >= 2 and full_name != name:
                nickname_of[name] = full_name
    epithets = None
    for i, (ent, name) in enumerate(zip(ents, names, strict=True)):
        if ent.label_ != "PER" or len(ent) > 2 or name in nickname_of or not ent.start \
                or doc[ent.start - 1].lower_ not in CALLED:
            continue
        if epithets is None:
            epithets = _epithet_nouns(kb)
        if (at := epithet_called_at(doc, ent.start, epithets)) is None:
            continue
        # "Pembalap berusia 19 tahun yang akrab disapa Y itu": the nickname of the person named last before
        owner = next((n for e, n in zip(reversed(ents[:i]), reversed(names[:i])) if e.label_ == "PER" and e.end <= at
                      and len(n.split()) >= 2 and n != name), None)
        if owner is not None:
            nickname_of[name] = owner
    for nick in list(nickname_of):  # "X alias Abu Y alias Z": Z is X's too
        seen = {nick}
        while nickname_of[nick] in nickname_of and nickname_of[nick] not in seen:
            seen.add(nickname_of[nick])
            nickname_of[nick] = nickname_of[nickname_of[nick]]
    given = {nick: person for nick, person in nickname_of.items() if len(nick.split()) >= 2}
    for name in dict.fromkeys(names):
        if name not in nickname_of and name not in given.values():
            # "Menurut Bram" after "Bramantyo Wicaksana alias Bram Senar": one person's nickname holds it,
            # no other name of the text does
            holders = {person for nick, person in given.items() if short_form_of(name, nick)}
            if len(holders) == 1 and not any(short_form_of(name, other) for other in set(names) - set(given)
                                             if other not in holders):
                nickname_of[name] = holders.pop()
    full = [name for name in dict.fromkeys(names) if len(name.split()) >= 2]
    first_at: dict[str, int] = {}
    for ent, name in zip(ents, names, strict=True):
        first_at.setdefault(name, ent.start_char)
    # the full names indexed by what each test needs to hold (a long document names thousands of
    # people: every short name against every full name would be quadratic), in document order
    by_nickname: dict[str, list[str]] = {}  # every syllable nickname a name may have -> the names
    by_initials: dict[str, list[str]] = {}
    by_word_opening: dict[str, list[str]] = {}  # every opening of a word's spelling key, two letters short -> names
    for f in full:
        for key in syllable_nicknames(f):
            by_nickname.setdefault(key, []).append(f)
        by_initials.setdefault(initials_of(f), []).append(f)
        for key in dict.fromkeys(k[:n] for k in map(spelling_key, _own_words(_words(f))) for n in range(1, len(k) - 1)):
            by_word_opening.setdefault(key, []).append(f)
    for name in dict.fromkeys(names):
        if name not in nickname_of:
            joined = [f for f in by_nickname.get(name.lower(), ())
                      if f[:2].lower() == name[:2].lower() and syllable_nickname(name, f)]
            if not joined and name.isupper() and name.isalpha() and 2 <= len(name) <= 4:
                # "JK mengatakan" after "Wakil Presiden Jusuf Kalla": the initials of a person named before
                joined = [f for f in by_initials.get(name, ()) if first_at[f] < first_at[name]]
            elif not joined and word_opening(name):
                # "kata Risma" after "Tri Rismaharini": the opening letters of a word of a person named
                # before, when the word is no person name of its own (DBpedia: "Budi" is, "Sandi" is not)
                joined = [f for f in by_word_opening.get(spelling_key(name), ())
                          if first_at[f] < first_at[name] and opens_word_of(name, f)]
            if len(joined) == 1:
                nickname_of[name] = joined[0]
    return nickname_of


def word_opening(short: str) -> bool:
    """Whether ``short`` may be the press's short form of a name by the opening letters of one of its
    words: one capitalised word of four letters or more that is no word of a DBpedia person name
    (``person_name_words.txt``: a given name of its own, ``Budi`` for ``Budiman``, is another person)."""
    return short.isalpha() and len(short) >= 4 and short[:1].isupper() and short[1:].islower() \
        and short not in words("person_name_words.txt")


def opens_word_of(short: str, full: str) -> bool:
    """``short`` opens a word of ``full`` (two words or more) two letters or more before its end
    (``Risma`` of ``Tri Rismaharini``, ``Sandi`` of ``Sandiaga Uno``; old and new spellings alike)."""
    key = spelling_key(short)
    return len(full.split()) >= 2 and any(
        spelling_key(w).startswith(key) and len(spelling_key(w)) >= len(key) + 2 for w in _own_words(_words(full)))


def syllable_nickname(short: str, full: str) -> bool:
    """``short`` is the press's syllable nickname of ``full``: one word of five to ten letters, the
    start of the first word of ``full`` and a shorter start of its second (``Jokowi`` = Jo-ko
    Wi-dodo, ``Setnov`` = Set-ya Nov-anto, ``Bamsoet`` = Bam-bang Soe-satyo)."""
    words_ = full.split()
    if " " in short or not (5 <= len(short) <= 10) or not short.isalpha() or short.isupper() or len(words_) < 2:
        return False
    low, first, second = short.lower(), words_[0].lower(), words_[1].lower()
    return any(low.startswith(first[:i]) and 2 <= len(low) - i < len(second) and second.startswith(low[i:])
               for i in range(2, len(first) + 1))


def syllable_nicknames(full: str) -> list[str]:
    """Every lower-case word that :func:`syllable_nickname` reads as a nickname of ``full`` (each once): the
    names are looked up by them (a long document names thousands of people, and every single name was
    tried against all the names opening with its letters)."""
    words_ = full.lower().split()
    if len(words_) < 2:
        return []
    first, second = words_[0], words_[1]
    return list(dict.fromkeys(first[:i] + second[:j] for i in range(2, len(first) + 1)
                              for j in range(2, len(second)) if 5 <= i + j <= 10))


def _heads(found: list[str], first_at: dict[str, int], titled: set[str], text: str) -> dict[str, list[str]]:
    """For each name, the longer names it may be a short form of (empty: it is a person)."""
    fuller: dict[str, list[str]] = {}
    by_word: dict[str, list[str]] = {}
    for name in found:
        for w in {spelling_key(w) for w in _words(name)}:
            by_word.setdefault(w, []).append(name)
    for name in found:
        whole = _whole_keys(name)
        pool = by_word.get(whole[0], []) if whole else []
        options = [o for o in pool if o != name and short_form_of(name, o)
                   and not _separate(name, o, first_at, titled, text)]
        # a name spelt as written ("Djoko" of "Djoko Setijowarno") before one in the other spelling ("Joko Widodo")
        fuller[name] = [o for o in options if _spelt_as(name, o)] or options
    return fuller


def _spelt_as(short: str, full: str) -> bool:
    """Whether every whole word of ``short`` is written as in ``full`` (not only in another spelling)."""
    written = {w.rstrip(".").lower() for w in _words(full)}
    return all(w.rstrip(".").lower() in written for w in _words(short) if len(w.rstrip(".")) > 1)


def _person_key(name: str, at: int, fuller: dict[str, list[str]], first_at: dict[str, int],
                widest_of: Optional[dict[str, list[str]]] = None) -> str:
    """The person a mention of ``name`` at ``at`` names: the name itself, or of the fullest
    names holding it the one named last before ``at`` (else the first named after it).
    ``widest_of``: the widest options of each name, kept across the mentions of a document."""
    seen = set()
    widest_of = {} if widest_of is None else widest_of
    while fuller.get(name) and name not in seen:
        seen.add(name)
        options = fuller[name]
        # only the widest forms (not themselves short forms of another option), once per name
        if name not in widest_of:
            widest_of[name] = [o for o in options if not any(short_form_of(o, p) for p in options if p != o)] or options
        widest = widest_of[name]
        before = [o for o in widest if first_at[o] <= at]
        name = max(before, key=lambda o: first_at[o]) if before else min(widest, key=lambda o: first_at[o])
    return name


NAMED_KINDS = frozenset({"name", "short"})


def _name_as_used(person: Entity, kb: Knowledge, name_words: frozenset[str], common: frozenset[str]) -> str:
    """The person's name without the words a mention took from the organisation written before it
    (``Koordinator Nasional Pantau Gambut Iola Abas`` ... ``ungkap Iola Abas``, ``Iola menambahkan``):
    the name from the first word on which another mention of the person opens, when that mention is
    two words or does not stand for the last word alone (``Widodo`` of ``Joko Widodo`` leaves it whole),
    and the words before are in no other mention of the person, hold no word of a DBpedia person name
    (``person_name_words.txt``), name opener or initial (``Agung Hari Setiyono`` ... ``kata Hari`` stays
    whole) and one common word (``common_words.txt``) or institutional word (``org_words.txt``: ``Sufmi
    Dasco Ahmad`` ... ``kata Dasco`` stays whole)."""
    ws = _words(person.name)
    if len(ws) < 3:
        return person.name
    others = [_words(m.text) for m in person.mentions if m.kind in NAMED_KINDS]
    others = [o for o in others if o and " ".join(o) != person.name and o[0][:1].isupper()]
    cut = None
    for o in others:
        k = next((k for k in range(1, len(ws)) if ws[k] == o[0]), None)
        if k is not None and (len(o) > 1 or k < len(ws) - 1) and _in_order(o, ws[k:]) and (cut is None or k < cut):
            cut = k
    if cut is None:
        return person.name
    dropped = ws[:cut]
    if any(w in name_words or w.rstrip(".") in kb.name_prefixes or len(w.rstrip(".")) < 2 or not w[:1].isupper()
           or w.lower() in kb.title_words for w in dropped):
        return person.name
    if any(set(dropped) & set(o) for o in others):
        return person.name
    if not any(w.lower() in common or w in kb.org_words for w in dropped):
        return person.name  # (a rare given name before the one the text uses: "Sufmi Dasco Ahmad", "kata Dasco")
    return " ".join(ws[cut:])


def _names_as_used(people: list[Entity], kb: Knowledge) -> list[Entity]:
    """Each person under :func:`_name_as_used`; one that then bears the name of another person of the
    table joins them."""
    name_words = words("person_name_words.txt")
    common = words("common_words.txt")
    by_name = {p.name: p for p in people}
    out = []
    for person in people:
        name = _name_as_used(person, kb, name_words, common)
        if name != person.name:
            other = by_name.get(name)
            if other is not None and other is not person:
                other.mentions = sorted(other.mentions + person.mentions, key=lambda m: (m.start, m.end))
                for role in person.roles:
                    _merge_role(other, role)
                continue
            del by_name[person.name]
            person.name = name
            by_name[name] = person
        out.append(person)
    return out


def initials_of(name: str) -> str:
    """The capital initials of a name's own words (``Jusuf Kalla`` -> ``JK``; the father's name after
    ``bin`` aside)."""
    return "".join(w[0] for w in _own_words(_words(name)) if w[:1].isalpha()).upper()


_BRACKET = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
CAPITALS_WORD = re.compile(r"\b[A-Z]{2,6}\b")  # (what _BRACKET takes, written as a whole word)


def untitled(name: str, kb: Knowledge) -> str:
    """A person's name without the title of office a mention kept in front (``Presiden Joko
    Widodo`` -> ``Joko Widodo``, ``Wakil Presiden Ma'ruf Amin`` -> ``Ma'ruf Amin``): a first word
    that opens a title of ``titles.txt`` and the title words after it, when a capitalised word of
    the name is left. A mention that is a title alone (``Presiden``) names no person of its own
    (``""``): the table ties a title written alone to its holder (:func:`_title_mentions`)."""
    tokens = name.split()
    if not tokens or tokens[0].lower() not in kb.title_first_words:
        return name
    k = 1
    while k < len(tokens) and tokens[k].lower() in kb.title_words:
        k += 1
    if k == len(tokens):
        return ""
    return " ".join(tokens[k:]) if tokens[k][:1].isupper() else name


def _without_sentence_word(doc: Doc, ents: list[Span], names: list[str], kb: Knowledge) -> list[str]:
    """The names without a word that opens their sentence and is capitalised only for that
    (``Diakui Syafrin, ...``, ``Obrolan Bryant yang ...``, ``Sepengetahuan Anita, ...``): the
    mention opens a sentence, its first word is no word of a person name (``person_name_words.txt``,
    DBpedia) nor a name opener, no other person mention of the text holds it, and the rest of the
    name names a person the text introduced before (``Syafrin Liputo``)."""
    name_words = words("person_name_words.txt")
    mention_words: dict[str, int] = {}
    for name in set(names):
        for w in set(name.split()):
            mention_words[w] = mention_words.get(w, 0) + 1
    out = list(names)
    index = None  # (the names by their words, built when a mention needs it)
    for k, (ent, name) in enumerate(zip(ents, names)):
        tokens = name.split()
        if len(tokens) < 2 or not doc[ent.start].is_sent_start or doc[ent.start].text != tokens[0]:
            continue
        first, rest = tokens[0], " ".join(tokens[1:])
        if first in name_words or first in kb.name_prefixes or not first.isalpha() or mention_words[first] > 1:
            continue
        if index is None:
            index = NameIndex((e.start_char, other) for e, other in zip(ents, names))
        if any(at < ent.start_char and other != name and (other == rest or short_form_of(rest, other))
               for at, other in index.fuller_or_same(rest)):
            out[k] = rest
    return out


def _person_entities(doc: Doc, kb: Knowledge, index: dict, titles: dict, first_id: int) -> list[Entity]:
    mentions = [e for e in ents_of(doc) if e.label_ == "PER"]
    ents = [name_after_title(doc, e, kb, index, titles) for e in mentions]
    if any(a is not b for a, b in zip(mentions, ents)):
        index = dict(index)  # the words a name took from the title before it are the title's again
        for a, b in zip(mentions, ents):
            for k in range(a.start, b.start):
                index.pop(k, None)
            if a is not b:
                index.update((k, b) for k in range(b.start, b.end))
    names = _without_sentence_word(doc, ents, [untitled(canonical_name(text_of_span(e)), kb) for e in ents], kb)
    nickname_of = _nicknames(doc, ents, names, index, kb)
    keyed = [nickname_of.get(n, n) for n in names]
    # one writing of a full name with initials joins the one spelt out
    found = list(dict.fromkeys(n for n in keyed if n))
    spelt: dict[str, str] = {}
    order = {n: k for k, n in enumerate(found)}
    earlier: dict[tuple[int, int, str], list[str]] = {}  # the names before, by their whole words and places
    for name in found:
        keys = _same_name_keys(name)
        for other in sorted({o for key in keys for o in earlier.get(key, ())}, key=order.__getitem__):
            if other not in spelt and same_name(name, other):
                spelt[name] = max((name, other), key=lambda n: (len(n.replace(".", "")), -order[n]))
                spelt[other] = spelt[name]
            elif name not in spelt and other in spelt and same_name(name, other) \
                    and len(name.replace(".", "")) <= len(spelt[other].replace(".", "")):
                spelt[name] = spelt[other]  # (a third writing of a name two writings already joined)
        for key in keys:
            earlier.setdefault(key, []).append(name)
    spelt.update(_initialisms(found, spelt))
    keyed = [spelt.get(n, n) for n in keyed]
    found = list(dict.fromkeys(n for n in keyed if n))
    first_at: dict[str, int] = {}
    roles: list[list[Role]] = []
    titled: set[str] = set()
    for ent, key in zip(ents, keyed, strict=True):
        if key:
            first_at.setdefault(key, ent.start_char)
        found_roles = list(roles_of(doc, ent, kb, index, titles)) if key else []
        roles.append(found_roles)
        if found_roles:
            titled.add(key)
    fuller = _heads(found, first_at, titled, text_of(doc))
    people: dict[str, Entity] = {}
    widest_of: dict[str, list[str]] = {}
    nicknames = set(nickname_of.values())  # (a look-up, not a pass over the nicknames for each mention)
    for ent, key, ent_roles in zip(ents, keyed, roles, strict=True):
        if not key:
            continue
        person_key = _person_key(key, ent.start_char, fuller, first_at, widest_of)
        person = people.get(person_key)
        if person is None:
            person = people[person_key] = Entity(first_id + len(people), "PER", person_key)
        kind = "name" if key == person_key else ("nickname" if key in nicknames and key != canonical_name(text_of_span(ent))
                                                 else "short")
        person.mentions.append(EntityMention(text_of_span(ent), ent.start_char, ent.end_char, kind))
        for role in ent_roles:
            _merge_role(person, role)
    result = sorted(people.values(), key=lambda p: p.mentions[0].start)
    for k, person in enumerate(result):
        person.id = first_id + k
    return result


def _initials_mentions(text: str, people: list[Entity]) -> None:
    """Capitals in brackets right after a person's name that spell its initials (``(AHY)``),
    and their later occurrences as words."""
    spelt: dict[str, Entity] = {}
    for person in people:
        initials = initials_of(person.name)
        for m in list(person.mentions):
            b = _BRACKET.match(text, m.end)
            if b and b.group(1) == initials:
                spelt[b.group(1)] = person
    if not spelt:
        return
    # (every run of capitals as a whole word, looked up: an alternation of every initialism tried each at
    # every position of a long text)
    for m in CAPITALS_WORD.finditer(text):
        person = spelt.get(m.group(0))
        if person is not None and m.start() >= person.mentions[0].start:
            person.mentions.append(EntityMention(m.group(0), m.start(), m.end(), "initials"))
    for person in spelt.values():
        person.mentions.sort(key=lambda m: (m.start, m.end))


# the conventional short forms of title words that are not their first letters (Kapolda, Kakanwil, Kadis)
ABBREVIATED = {"kepala": "ka"}


def _abbreviates(abbr: str, title_words: list[str]) -> bool:
    """Whether ``abbr`` is made of the first letters of consecutive words of a title, at least
    two of them (``mensos``: Menteri Sosial; ``kakanwil``: Kepala Kantor Wilayah, ``ka`` the
    conventional short form of ``kepala``)."""
    def split(rest: str, k: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if k >= len(title_words):
            return False
        word = title_words[k]
        return any((word.startswith(rest[:n]) or ABBREVIATED.get(word) == rest[:n]) and split(rest[n:], k + 1, used + 1)
                   for n in range(min(len(rest), len(word)), 1, -1))
    return split(abbr, 0, 0)


def holder_of(title: str, people: Iterable[Entity], before: int) -> Optional[Entity]:
    """The one person the text gave ``title`` to before ``before``: a role whose title is it,
    opens with it (``Gubernur`` of ``Gubernur Jawa Barat``), or that it abbreviates with the
    role's organisation (``Mensos``: Menteri Sosial). None when no one or several hold it."""
    t = title.lower().strip()
    if not t:
        return None
    found = []
    for person in people:
        if person.mentions[0].start >= before:
            continue
        for role in person.roles:
            r = role.title.lower()
            whole = _role_words(role)
            if r == t or r.startswith(t + " ") or " ".join(whole) == t or " ".join(whole).startswith(t + " ") \
                    or (" " not in t and len(t) >= 5 and _abbreviates(t, whole)):
                found.append(person)
                break
        if len(found) > 1:
            return None  # several hold it
    return found[0] if found else None


class _RoleHeads:
    """The people by the openings of their roles (title and organisation), for :func:`holder_of`: a
    title names a role whose first word it shares or (one word) that it abbreviates from the role's
    first two words on, so the people it may name are looked up, not all read for each title."""

    def __init__(self, people: list[Entity]) -> None:
        self.people: dict[tuple, list[Entity]] = {}
        for person in people:
            keys = set()
            for role in person.roles:
                whole = _role_words(role)
                if whole:
                    keys.add(whole[0])
                if len(whole) > 1:
                    keys.add((whole[0][:2], whole[1][:2]))
            for key in keys:
                self.people.setdefault(key, []).append(person)
        self.order = {id(p): k for k, p in enumerate(people)}

    def pool(self, title: str) -> Iterator[Entity]:
        """The people (in their order) with a role that ``title`` may name."""
        t = title.lower().split()
        if not t:
            return
        keys: set = {t[0]}
        if len(t) == 1 and len(t[0]) >= 5:  # the abbreviation's second piece opens at any letter after the second
            keys |= {(a, b) for cut in range(2, len(t[0]) - 1) for a in _openings(t[0]) for b in _openings(t[0][cut:])}
        seen: set[int] = set()  # the lists merged lazily: holder_of stops at the second holder
        for person in heapq.merge(*(self.people.get(key, ()) for key in keys), key=lambda p: self.order[id(p)]):
            if id(person) not in seen:
                seen.add(id(person))
                yield person


def _openings(rest: str) -> set[str]:
    """The first two letters of the words that ``rest`` may open in an abbreviation (``ka``: ``ke`` of ``kepala``)."""
    return {rest[:2]} | {word[:2] for word, short in ABBREVIATED.items() if rest.startswith(short)}


def _role_words(role: Role) -> list[str]:
    return f"{role.title.lower()} {(role.org or '').lower()}".split()


def _title_mentions(doc: Doc, titles: dict, people: list[Entity], index: dict) -> None:
    """A title written alone (no name, rank or organisation after it, outside every role's
    evidence) names the one person the text gave that title before."""
    if not people:
        return
    evidence = sorted((r.start, r.end) for p in people for r in p.roles)
    starts = [s for s, _ in evidence]
    heads = _RoleHeads(people)
    from bisect import bisect_right

    for s, e in sorted(titles.items()):
        tok = doc[s]
        if not tok.text[:1].isupper() or e > len(doc):
            continue
        if e < len(doc) and (index.get(e) is not None or doc[e].text[:1].isupper()):
            continue  # the title goes on with a name or an organisation
        k = bisect_right(starts, tok.idx) - 1
        if k >= 0 and any(evidence[j][1] > tok.idx for j in range(max(0, k - 3), k + 1)):
            continue
        span = doc[s:e]
        holder = holder_of(text_of_span(span), heads.pool(text_of_span(span)), tok.idx)
        if holder is not None:
            holder.mentions.append(EntityMention(text_of_span(span), span.start_char, span.end_char, "title"))
    for person in people:
        person.mentions.sort(key=lambda m: (m.start, m.end))


def _epithet_roles(doc: Doc, kb: Knowledge, index: dict, heads: TitleIndex, people: list[Entity]) -> None:
    """The roles of the epithets that refer back to a person (:func:`people.epithets`)."""
    if not people:
        return
    named = sorted(((m.start, m.end, person) for person in people for m in person.mentions
                    if m.kind not in ("title", "pronoun")), key=lambda x: (x[0], x[1]))
    for role in chain(epithets(doc, kb, index, heads), pronoun_predicates(doc, kb, index, heads)):
        holder = epithet_holder(doc, role, named)
        if holder is not None and fills_gap(role.rule, role.title, [r.title for r in holder.roles]):
            _merge_role(holder, role)


def _role_org_names(text: str, people: list[Entity], orgs: list[Entity]) -> None:
    """A role's organisation written with its acronym in brackets inside (``Dewan Perwakilan Rakyat
    Daerah (DPRD) DKI Jakarta``) takes the form without it when that form names an organisation of
    the table; one written as a name of the table stays as written. One cut at such a bracket (the
    rule took ``Dewan Perwakilan Rakyat Daerah``) goes on after it (:func:`_past_bracket`); a title
    without an organisation that ends with a name of the table gives it up (``Kepala Bidang Angkutan
    Dishub X`` is title ``Kepala Bidang Angkutan``, org ``Dishub X``: :func:`_title_tail_org`). The
    words of a unit before a name of the table (:func:`_unit_of_parent`) or a field after it
    (:func:`_field_of_org`) go to the title; a name of the table that the organisation ends, written whole,
    replaces it (:func:`_name_ending_with`); a head of mission abroad points to the mission
    (:func:`_mission_org`), a title ending with an organisation's common noun to that organisation
    (:func:`_named_by_its_noun`)."""
    names = _Names(n for org in orgs for n in (org.name, *org.aliases))
    for person in people:
        for k, role in enumerate(person.roles):
            if role.org and role.org not in names:
                bare = BRACKETED.sub(" ", role.org + " ").strip()
                if bare in names:
                    person.roles[k] = replace(role, org=bare)
                else:
                    longer = _past_bracket(text, role, names)
                    if longer:
                        person.roles[k] = replace(role, org=longer)
                    else:
                        fixed = _unit_of_parent(text, role, names) or _field_of_org(role, names)
                        if fixed:
                            person.roles[k] = replace(role, title=fixed[0], org=fixed[1])
                        else:
                            wider = _name_ending_with(text, role, names)
                            if wider:
                                person.roles[k] = replace(role, org=wider)
            elif role.org is None:
                cut = _title_tail_org(role.title, names)
                if cut:
                    person.roles[k] = replace(role, title=cut[0], org=cut[1])
                else:
                    org = _mission_org(text, role, names) or _named_by_its_noun(role.title, names)
                    if org:
                        person.roles[k] = replace(role, org=org)


class _Names(set):
    """The names of the table, looked up by what they open with (:meth:`starting`) or end with
    (:meth:`ending`) without reading them all for each role (a long text joining many releases)."""

    def __init__(self, names: Iterable[str]):
        super().__init__(names)
        self.sorted = sorted(self)
        self.by_end: dict[str, list[str]] = {}
        for name in self.sorted:
            words_ = name.split()
            for k in range(1, len(words_)):
                self.by_end.setdefault(" ".join(words_[k:]), []).append(name)

    def starting(self, prefix: str) -> list[str]:
        from bisect import bisect_left

        out, k = [], bisect_left(self.sorted, prefix)
        while k < len(self.sorted) and self.sorted[k].startswith(prefix):
            out.append(self.sorted[k])
            k += 1
        return out

    def ending(self, tail: str) -> list[str]:
        """The names that end with the whole words ``tail`` and hold more."""
        return self.by_end.get(tail, [])


_AFTER_BRACKET = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,9})\)\s+(\S+(?:\s+\S+){0,5})")


def _past_bracket(text: str, role: Role, names: set[str]) -> Optional[str]:
    """The organisation a role's organisation goes on to after the acronym in brackets that cut it, in the
    role's evidence: ``Komando Daerah Militer (Kodam) XII/Tanjungpura`` -> ``Komando Daerah Militer
    XII/Tanjungpura``. The words after the bracket that it takes are those of the longest name of the table
    that the form without the bracket starts (``Dewan Perwakilan Rakyat Daerah DKI Jakarta`` before the
    holder's name), or else the first word when it holds a slash or a digit (a unit's number)."""
    at = text.find(role.org, role.start, role.end + len(role.org))
    if at < 0:
        return None
    m = _AFTER_BRACKET.match(text, at + len(role.org))
    if not m:
        return None
    rest = " ".join(m.group(2).split())
    def goes_on(head: str, name: str) -> bool:
        tail = name[len(head) + 1:]
        return name.startswith(head + " ") and rest.startswith(tail) and rest[len(tail):len(tail) + 1] in ("", " ", ",", ".", ";", ":", ")")

    cands = [n for head in (role.org, m.group(1)) for n in names.starting(head + " ") if goes_on(head, n)]
    if cands:
        return max(cands, key=len)
    first = rest.split()[0].rstrip(",.;:")
    if re.match(r"[A-Z0-9]", first) and re.search(r"[/\d]", first) or re.fullmatch(r"[IVXL]+(?:/\S+)?", first):
        return f"{role.org} {first}"
    return None


_NOT_UNITS = frozenset({"PT", "Perum", "Perseroan", "CV", "Koperasi"})


def _unit_of_parent(text: str, role: Role, names: set[str]) -> Optional[tuple[str, str]]:
    """(title, org) of a role whose organisation is no name of the table but ends with one (the parent)
    after the words of a unit that exists only inside the title: ``Kepala`` + ``Pusat Gempa BMKG`` is
    ``Kepala Pusat Gempa`` + ``BMKG``; the title takes the unit as written between it and the parent. A unit
    of one word, an acronym first (a board: ``DPP PKB``) or a legal form (``Perum X``) stays in the org. None
    when the title is not written right before the organisation in the role's evidence."""
    words_ = role.org.split()
    for k in range(1, len(words_)):
        parent = " ".join(words_[k:])
        if parent in names:
            break
    else:
        return None
    if k < 2 or words_[0].isupper() or words_[0].rstrip(".") in _NOT_UNITS:
        return None  # a board or a legal form before its body (DPP PKB, Perum X) is the org's
    at = text.find(role.title, role.start, role.end + len(role.title))
    end = text.find(parent, at + len(role.title), role.end + len(role.org)) if at >= 0 else -1
    if end < 0:
        return None
    title = " ".join(text[at:end].split()).rstrip(",")
    unit = title[len(role.title):].split()
    return (title, parent) if unit and len(unit) <= k + 2 else None


def _field_of_org(role: Role, names: set[str]) -> Optional[tuple[str, str]]:
    """(title, org) of an organisation written with the field its office holds (``Ketua`` + ``MUI Bidang
    Dakwah``: ``Ketua Bidang Dakwah`` + ``MUI``): a name of the table, then ``Bidang`` and the field."""
    head, sep, field = role.org.partition(" Bidang ")
    if sep and head in names and field:
        return f"{role.title} Bidang {field}", head
    return None


def _name_ending_with(text: str, role: Role, names: set[str]) -> Optional[str]:
    """The name of the table that a role's organisation ends, written whole in the role's evidence (``Dekan
    FKH Unair`` where the rule took ``Unair``: ``FKH Unair``), the longest, unless the title holds the words
    before the organisation (``Kepala Departemen X`` + ``OJK``: a unit inside the title stays there); else None."""
    at = text.find(role.org, role.start, role.end + len(role.org))
    if at < 0:
        return None
    found = [n for n in names.ending(role.org) if at - len(n) + len(role.org) >= role.start
             and " ".join(text[at - len(n) + len(role.org):at + len(role.org)].split()) == n
             and not role.title.endswith(n[:-len(role.org)].strip())]  # (a unit the title holds stays there)
    return max(found, key=len) if found else None


_MISSION_PLACE = re.compile(r"\s+(?:di|untuk)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


@lru_cache(maxsize=1)
def _mission_heads() -> dict[str, tuple[str, ...]]:
    from ..lang import table

    return {r["title"].lower(): tuple(h for h in r["heads"].split("|") if h) for r in table("mission_titles.tsv")}


def _mission_org(text: str, role: Role, names: set[str]) -> Optional[str]:
    """The mission of a head of mission abroad with its place after ``di``/``untuk`` (``Konsul Jenderal
    RI di Kuching``: ``mission_titles.tsv``) as the table names it (``KJRI Kuching``), else None."""
    heads = _mission_heads().get(role.title.lower())
    if not heads:
        return None
    at = text.find(role.title, role.start, role.end + len(role.title))
    m = _MISSION_PLACE.match(text, at + len(role.title)) if at >= 0 else None
    if not m:
        return None
    place = m.group(1).split()
    for size in range(len(place), 0, -1):
        for head in heads:
            name = f"{head} {' '.join(place[:size])}"
            if name in names:
                return name
    return None


def _named_by_its_noun(title: str, names: set[str]) -> Optional[str]:
    """The organisation a title refers to by the common noun its name opens with, the last word of the
    title in lower case (``Juru bicara koalisi`` after ``Koalisi Medan Kering``, ``ketua presidium`` after
    ``Presidium Alumni 212``) when exactly one name of the table opens with that noun and goes on."""
    words_ = title.split()
    if len(words_) < 2 or not words_[-1].islower():
        return None
    noun = words_[-1].capitalize() + " "
    found = names.starting(noun)
    return found[0] if len(found) == 1 else None


def _title_tail_org(title: str, names: set[str]) -> Optional[tuple[str, str]]:
    """(title, org) of a title whose last words are a name of the table, two words or more kept before
    it and the name opening with a capital; else None."""
    words_ = title.split()
    for k in range(2, len(words_)):
        tail = " ".join(words_[k:])
        if tail in names and tail[:1].isupper():
            return " ".join(words_[:k]), tail
    return None


def build(doc: Doc, kb: Optional[Knowledge] = None) -> EntityTable:
    """The entity table of ``doc`` (see the module docstring)."""
    if kb is None:
        kb = knowledge(_nlp_of(doc))
    with entities_fixed(doc):
        return _build(doc, kb)


def _build(doc: Doc, kb: Knowledge) -> EntityTable:
    index = _ent_index(doc)
    titles = TitleIndex(title_matches(doc, kb))
    heads = TitleIndex(role_matches(doc, kb))
    orgs = []
    for k, org in enumerate(group_organizations(doc)):
        mentions = [EntityMention(m.text, m.start, m.end, "name" if m.text == org.name else "alias")
                    for m in org.mentions]
        orgs.append(Entity(k, "ORG", org.name, mentions, list(org.aliases)))
    people = _names_as_used(_person_entities(doc, kb, index, heads, len(orgs)), kb)
    for k, person in enumerate(people):
        person.id = len(orgs) + k
    _epithet_roles(doc, kb, index, heads, people)
    _role_org_names(text_of(doc), people, orgs)
    _initials_mentions(text_of(doc), people)
    _title_mentions(doc, titles, people, index)
    return EntityTable(orgs + people)


def table_of(doc: Doc, kb: Optional[Knowledge] = None) -> EntityTable:
    """``doc._.entities``, built and set when the pipeline had no ``entity_table`` component."""
    if doc._.entities is None:
        doc._.entities = build(doc, kb)
    return doc._.entities


@Language.factory("entity_table", assigns=["doc._.entities"], requires=["doc.ents", "token.is_sent_start"])
def make_entity_table(nlp: Language, name: str):
    return EntityTableBuilder(nlp)


class EntityTableBuilder:
    """Stores :func:`build` in ``doc._.entities``."""

    def __init__(self, nlp: Language):
        self.kb = knowledge(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = build(doc, self.kb)
        return doc
