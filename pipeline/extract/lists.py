"""Coordinated lists of names (issue 13): the items of one list are names of one kind.

The press lists names of one kind with commas and a last ``dan`` / ``serta`` / ``atau``
(``startup seperti A, B, C, dan D``, ``stasiun televisi nasional, A dan B``, ``Kecamatan A, B,
dan C``) and writes a line-up as numbered names (``1 - A; 4 - B, 5 - C``). The model and the
one-word and acronym filters (:func:`pipeline.extract.entities.usable_model_ents`) type such items
one by one, so a list comes out with items dropped (one word, an acronym) and items typed unlike
their siblings (a village as a person, a startup as a place). :func:`list_types` reads every such
list once, left to right, and gives each item the type its class noun or its typed siblings agree on:

* **the list**: two items or more, each a capitalised run of up to six words (or an entity of
  ``doc.ents``), joined by commas and closed by ``dan`` / ``serta`` / ``atau`` before its last item;
  commas alone chain appositions (``pedagang di Pasar X, Makassar, Budi, mengatakan``), so they make
  no list, except in a line-up (three numbered names or more on one line: ``N - Name``, with the
  marks and minutes of substitutes between). A run glued to the word before it (a capitalised word,
  a title word: ``Direktur PT X, Budi, dan Rina``; an occupation that names a set: ``duo pebalap X, Budi
  dan Rina``, the set's organisation; an abbreviation: ``Kec. X``) is no item, and a
  street or administrative abbreviation or a title word opens none (``Jl. X, Kel. Y``: one address);
* **its type**: a genre noun of ``genre_nouns.tsv`` before it (``startup seperti``, ``stasiun
  televisi nasional,``: :func:`pipeline.extract.person_types.cue_before`) or predicated of it
  (``A, B, dan C tercatat sebagai startup``); a naming word after a word only people's names follow
  (``pebalap seperti A, B, dan C``; a person noun or title alone also takes organisations and places:
  ``pengurus DPD dan DPC X``, ``warga A dan B``); a first item opened by an administrative head
  (``Kecamatan A, B, dan C``: places). Else the items' own types (the entity types; a name of
  ``region_names.txt`` or ``places.txt`` that is no common word: a place) decide when one type holds
  two items or more and more items than all the other types together, and no more than half of the
  items are common Indonesian or English words only (``Join Codes``, ``Templates``: features and
  works the model types at random). A list of works (``lagu seperti A, B``) or a mixed list is left alone;
* **the items**: an item typed otherwise takes the list's type unless a sure context holds it (a
  known institution, an institution head or an acronym for an organisation; a known place or a place
  head for a place; a word only a person's name follows, a speech verb after it, all its words DBpedia
  person-name words for a person), and an organisation of several words becomes a person only when its
  words are person-name words or the list is a line-up (``Trio X, A, B, dan C``: the trio stays). An
  item no entity holds becomes one of the list's type when it is a name: no common word opening the
  sentence, no title, month (also of the Islamic calendar), day, compass or sentence word, no number;
  for a person a DBpedia person-name word (any name in a line-up) and no person noun or honorific
  before it (``Almarhum X``), for a place a gazetteer name that is no common word.

* **a formation line-up** (:func:`lineup_people`, after the lists): a line that is one team's line-up as a
  whole (``Tim A (4-4-2): Kiper; Bek, Bek (Pengganti 68'), ...; Penyerang.``: the team, a colon, seven players
  or more, the lines of the formation closed by semicolons) makes every player a person, one word too, whatever
  type the model gave his name (the press writes line-ups by surname alone: ``Reid``, ``Flores``, ``Isla``).

* **a list of people** (:func:`listed_people`, after the line-ups): a list whose typed items are all people,
  two at least, makes its untyped items of one or two words people (``digalang Fernandinho, A B dan C D``),
  unless a word of them is common, English, a known place or institution or no name.

The walk reads each token once (an item's run is bounded), so a list of thousands of names costs
its length (``tests/extract/test_lists.py``). Measured: README, Results.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import text_of, text_of_span, tokens_of
from ..lang import table
from .entities import (
    ADMIN_HEADS,
    COMPASS,
    STOP_WORDS,
    STREET_HEADS,
    Knowledge,
    knowledge,
    sentence_bounds,
    titlecase_tokens,
)
from .named_things import EntsRule, held_tokens, unknown_name_word, with_added
from .occupations import plural_head
from .organizations import sports_report
from .person_types import JOINS, NAMING, TypeLexicons, _cue_at, _person_before, _sure_after, cue_before, lexicons

CONJUNCTIONS = JOINS - {","}  # (the words that close a list: dan, serta, atau)
LINEUP_GAP = 6  # marks and numbers between two numbered names of a line-up (a substitute's minute)
DASHES = frozenset({"-", "–", "—"})
INNER = frozenset({"-", "&"})  # inside a capitalised name (``Super Junior - H``, ``H&M``)
MAX_RUN = 6  # words of one item
TYPES = ("PER", "ORG", "LOC")
CAMEL = re.compile(r"^[A-Za-z]*[a-z][A-Z][A-Za-z]*$")  # KlikTani, eWarung: a brand's spelling
NUMBER = re.compile(r"^\d{1,3}$")
COPULAS = frozenset({"sebagai", "adalah", "merupakan", "menjadi", "ialah"})
# (the street heads and the other words of an address)
ADDRESS = STREET_HEADS | {"Jln", "Gg", "Kel.", "Kel", "Kec.", "Kec", "Kab.", "Kab", "RT", "RW", "No.", "No", "Blok"}


@functools.lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month names of the Islamic calendar (``bulan Ramadhan, A dan B``): no name of a list."""
    return frozenset(row["form"] for row in table("hijri_months.tsv"))


def _label(label: str) -> str:
    return "LOC" if label in ("GPE", "FAC") else label


def _name_text(text: str) -> bool:
    """A word of a name: capitalised, or camel case (``eWarung``)."""
    return text[:1].isupper() or text[:1].islower() and not text.islower() and text.isalpha() \
        and bool(CAMEL.match(text))


class _Walk:
    """The strings of ``doc`` a list walk reads (a token's text, its lower case), its entities by first
    token and by token, and its sentence starts: read once per document, no Token made per word."""

    def __init__(self, doc: Doc, kb: Knowledge, ents: tuple, starts: set):
        tokens = tokens_of(doc)
        self.doc, self.kb, self.starts = doc, kb, starts
        self.texts, self.lowers, self.n = tokens.texts, tokens.lowers, len(doc)
        self.at = {e.start: e for e in ents}
        self.taken = held_tokens(self.n, ents)

    def run_end(self, start: int) -> int:
        """The token after the capitalised run that opens at ``start`` (no entity's token in it)."""
        texts, k, n = self.texts, start, self.n
        while k < n and k - start < MAX_RUN and not self.taken[k] and (
                _name_text(texts[k]) or texts[k] in INNER and k > start and k + 1 < n and _name_text(texts[k + 1])):
            k += 1
        return k

    def opens_item(self, k: int) -> bool:
        text, lower, kb = self.texts[k], self.lowers[k], self.kb
        return _name_text(text) and text not in ADDRESS \
            and lower not in kb.title_first_words and not kb.is_rank_word(text, lower)

    def glued(self, k: int) -> bool:
        """The run at ``k`` goes on a word before it: a capitalised word inside the sentence, a title
        word (``Direktur PT X, Budi, dan Rina``: the title's unit) or an abbreviation (``Kec. X``)."""
        if k == 0:
            return False
        before = self.texts[k - 1]
        return _name_text(before) and k - 1 not in self.starts or self.lowers[k - 1] in self.kb.title_words \
            or before == "." and k > 1 and self.texts[k - 2][:1].isupper() and not self.doc[k - 2].whitespace_

    def set_complement(self, item: tuple[int, int]) -> bool:
        """The item is the complement of an occupation that names a set, closed by the comma of the list
        in apposition to it (``duo pebalap X, Budi dan Rina``: X is the set's organisation or origin; without
        the comma, ``dua penyanyi Budi dan Rina``, the first member)."""
        k, end = item
        return k > 0 and end < self.n and self.texts[end] == "," and self.lowers[k - 1] in self.kb.occupation_words \
            and plural_head(self.doc, k - 1, 0)

    def item_at(self, k: int) -> Optional[tuple[int, int]]:
        """The item that opens at ``k``: an entity starting there, or a capitalised run no entity holds."""
        if k >= self.n:
            return None
        if k in self.at:
            return k, self.at[k].end
        if self.taken[k] or not self.opens_item(k):
            return None
        end = self.run_end(k)
        return (k, end) if end > k else None

    def numbered(self, k: int) -> int:
        """The token after a line-up number and its dash at ``k`` (``23 - X``), ``k`` when none."""
        if k + 2 < self.n and self.texts[k + 1] in DASHES and NUMBER.match(self.texts[k]):
            return k + 2
        return k

    def joins_end(self, k: int, lineup: bool) -> int:
        """The token after the joins that open at ``k`` (``,``, ``, dan``); in a line-up the marks and
        numbers up to the next numbered name (``Budi Rana (11 - Dodi Sumarta 66'); 5 - Teguh``)."""
        j, n, lowers = k, self.n, self.lowers
        if lineup:
            while j < n and j - k < LINEUP_GAP and self.numbered(j) == j \
                    and (lowers[j] in JOINS or lowers[j].isdigit() or not lowers[j][:1].isalnum()):
                j += 1
            return j
        while j < n and j - k < 2 and lowers[j] in JOINS:
            j += 1
        return j


def find_lists(doc: Doc, kb: Knowledge, ents: tuple, starts: Optional[set] = None) \
        -> list[tuple[list[tuple[int, int]], bool]]:
    """The coordinated lists of ``doc``: their items (token bounds) and whether the list is a line-up.
    One left-to-right walk: each token opens at most one item, read once."""
    if starts is None:
        starts = {s for s, _ in sentence_bounds(doc)}
    walk = _Walk(doc, kb, ents, starts)
    texts, lowers, n = walk.texts, walk.lowers, walk.n
    out = []
    k = 0
    while k < n:
        head = texts[k][:1]
        if not (head.isupper() or head.isdigit() or head.islower() and not texts[k].islower()):
            k += 1  # (most words: small letters, punctuation)
            continue
        start = walk.numbered(k)
        lineup = start > k
        first = walk.item_at(start)
        if first is None or not lineup and (walk.glued(start) or walk.set_complement(first)):
            k = max(first[1] if first else k + 1, k + 1)
            continue
        items, words = [first], []
        j = first[1]
        while j < n:
            after = walk.joins_end(j, lineup)
            if after == j or after >= n or any("\n" in t for t in texts[j:after]):
                break
            nxt = walk.numbered(after)
            if lineup and nxt == after:
                break
            item = walk.item_at(nxt)
            if item is None:
                break
            words = lowers[j:after]  # (the last join read)
            items.append(item)
            j = item[1]
            if not lineup and any(w in CONJUNCTIONS for w in words):
                break  # (the conjunction opens the last item: A, B, dan C | , Jawa Barat)
        # a list closes with its conjunction (``A, B, dan C``); commas alone chain appositions
        # (``pedagang di Pasar X, Makassar, Budi, mengatakan``) unless the items are numbered
        if len(items) >= 2 and (lineup and len(items) >= 3 or any(w in CONJUNCTIONS for w in words)):
            out.append((items, lineup))
        k = max(j, k + 1)
    return out


def _class_type(doc: Doc, items: list, kb: Knowledge, lex: TypeLexicons, at: dict) -> Optional[str]:
    """The type the words around the list give its items, ``none`` for a list of works, or ``None``."""
    s, e = items[0][0], items[-1][1]
    found = cue_before(doc, s, items[0][1], kb, lex)
    if found:
        return found
    # (a person noun or title alone takes an organisation or place too: ``pengurus DPD dan DPC X``,
    # ``warga Bogor dan Depok``; its instances follow a naming word: ``pebalap seperti A, B, dan C``;
    # a speech verb or ``selaku`` after the list types its last item only)
    if s > 1 and doc[s - 1].lower_ in NAMING and _person_before(doc, s, kb):
        return "PER"
    found = _predicate_type(doc, e, lex)
    if found:
        return found
    first = at.get(s)
    if first is not None and _label(first.label_) == "LOC" and first[0].text in ADMIN_HEADS and len(first) > 1:
        return "LOC"  # Kecamatan A, B, dan C
    return None


def _predicate_type(doc: Doc, end: int, lex: TypeLexicons) -> Optional[str]:
    """The type of a genre noun the list is predicated of right after it (``A, B, dan C tercatat
    sebagai startup``, ``A dan B merupakan perusahaan``): a copula or ``sebagai`` within two words."""
    for k in range(end, min(end + 2, len(doc))):
        if not doc[k].is_lower:
            return None
        if doc[k].lower_ in COPULAS:
            for j in range(k + 1, min(k + 1 + lex.longest, len(doc))):
                found = _cue_at(doc, j, lex, False)
                if found:
                    return found
            return None
    return None


def _own_type(doc: Doc, item: tuple[int, int], kb: Knowledge, lex: TypeLexicons, at: dict) -> Optional[str]:
    s, e = item
    ent = at.get(s)
    if ent is not None and ent.end == e:
        return _label(ent.label_)
    text = doc[s:e].text
    if (text in lex.regions or text in kb.place_words) and text.lower() not in lex.common:
        return "LOC"
    return None


def _sure(doc: Doc, item: tuple[int, int], label: str, kb: Knowledge, lex: TypeLexicons) -> bool:
    """A context that holds the item's own type ``label`` whatever its siblings are."""
    s, e = item
    span = doc[s:e]
    text = text_of_span(span)
    if label == "ORG":
        return text in kb.known_forms or any(t.text in kb.org_heads_single or kb.is_acronym(t.text) for t in span) \
            or span[-1].lower_ in kb.company_ends
    if label == "LOC":
        return text in kb.place_words or span[0].text in kb.place_heads_single or len(span) > 1 and text in lex.regions
    if label == "PER":
        return s > 0 and _person_before(doc, s, kb) or _sure_after(doc, e, kb) \
            or e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in kb.speech_verbs \
            or len(span) > 1 and all(t.text in kb.person_name_words for t in span)
    return False


def _thing(doc: Doc, item: tuple[int, int], kb: Knowledge, lex: TypeLexicons) -> bool:
    """Every word of the item a common Indonesian or English word and none a DBpedia person-name word
    (``Join Codes``, ``Templates``: features, products, works; the model types them at random)."""
    span = doc[item[0]:item[1]]
    return all(t.lower_ in lex.english or t.lower_ in lex.common for t in span if t.is_alpha) \
        and not any(t.text in kb.person_name_words for t in span)


def _person_name(span: Span, kb: Knowledge) -> bool:
    """One word, or every word a DBpedia person-name word (not ``Trio Kastel Ungu``)."""
    return len(span) == 1 or all(t.text in kb.person_name_words for t in span)


def _addable(doc: Doc, item: tuple[int, int], label: str, kb: Knowledge, lex: TypeLexicons, starts: set,
             headline: set, lineup: bool) -> bool:
    """An item no entity holds is a name of the list's type ``label`` (a player of a line-up needs no
    DBpedia person-name word: ``8 - Kartolo``); no word of a Title-Case headline."""
    s, e = item
    span = doc[s:e]
    text = text_of_span(span)
    if s in starts and text.lower() in lex.common or any(t.text in kb.not_names or t.like_num for t in span) \
            or any(k in headline for k in range(s, e)) \
            or text in COMPASS or text in _calendar_words() \
            or text.lower() in STOP_WORDS or text.lower() in kb.title_words or text in kb.sentence_openers:
        return False
    if label == "PER":
        first = span[0].lower_.rstrip(".")
        return not text.isupper() and (lineup and text.lower() not in lex.common
                                       or any(t.text in kb.person_name_words for t in span)) \
            and first not in kb.person_nouns and first not in kb.honorifics  # (Almarhum X: the person is X)
    if label == "LOC":
        return (text in lex.regions or text in kb.place_words) and text.lower() not in lex.common
    return label == "ORG"


def list_types(doc: Doc, kb: Knowledge, lex: TypeLexicons, ents: tuple) -> tuple:
    """``ents`` (``doc.ents``, sorted, not overlapping) with the items of every coordinated list typed
    as the list (module docstring)."""
    starts = {s for s, _ in sentence_bounds(doc)}
    lists = find_lists(doc, kb, ents, starts)
    if not lists:
        return ents
    at = {e.start: e for e in ents}
    headline = titlecase_tokens(doc)
    changed: dict[int, Span] = {}
    added: list[Span] = []
    for items, lineup in lists:
        label = _class_type(doc, items, kb, lex, at)
        own = [_own_type(doc, item, kb, lex, at) for item in items]
        if label is None:
            counts = {t: own.count(t) for t in TYPES}
            best = max(TYPES, key=lambda t: counts[t])
            things = sum(_thing(doc, item, kb, lex) for item in items)
            if counts[best] >= 2 and counts[best] > sum(counts.values()) - counts[best] and 2 * things <= len(items):
                label = best
        elif lineup and label != "PER":
            label = None
        if label not in TYPES:
            continue
        for item in items:
            ent = at.get(item[0])
            if ent is not None:
                if _label(ent.label_) != label and not _sure(doc, item, _label(ent.label_), kb, lex) \
                        and (label != "PER" or lineup or _person_name(ent, kb)):
                    changed[ent.start] = Span(doc, ent.start, ent.end, label=label)
            elif _addable(doc, item, label, kb, lex, starts, headline, lineup):
                added.append(Span(doc, item[0], item[1], label=label))
    if not changed and not added:
        return ents
    out = [changed.get(e.start, e) for e in ents] + added
    return tuple(sorted(out, key=lambda e: e.start))


# A line-up written as a formation (``Tim A (4-4-2): Kiper; Bek, Bek, Bek, Bek; ... (Pengganti 68')``): the
# team (a formation in brackets may follow it), a colon, then the players, lines of the formation closed by
# semicolons, players by commas, a substitute in brackets with the minute he came on.
_LINEUP_NAME = r"[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’.\-]*(?: (?:[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’.\-]*|de|da|dos|van|von|der|di|del|la|le))*"
_LINEUP_HEAD = re.compile(r"^[ \t]*" + _LINEUP_NAME + r"(?: ?\([\d\s\-–]+\))? ?: ?")
_LINEUP_ITEM = re.compile(r"\s*(" + _LINEUP_NAME + r")(?:\s*\(\s*(" + _LINEUP_NAME + r")\s*\d{1,3}(?:\s*\+\s*\d)?\s*['’`]?\s*\))?\s*$")
LINEUP_MIN_PLAYERS = 7
# the editor's initials in brackets that close an article, on the line-up's own line (``...; Hazard. (kid)``)
_BYLINE_END = re.compile(r"\s*\((?:[a-z]{2,5})(?:\s*/\s*[a-z]{2,5})*\)$")  # players before the substitutes: a side of eleven, a line-up cut short


def _lineup_body(rest: str) -> str:
    """The players' part of a line-up's line after its head: without the editor's initials and the full stop
    that close it."""
    body = _BYLINE_END.sub("", rest.rstrip())
    return body[:-1] if body.endswith(".") else body


def _item_spans(body: str, offset: int, separators: str, max_words: int) -> list[tuple[int, int]]:
    """The character spans (from ``offset``) of the names of ``body`` split at ``separators`` (a regex group),
    each with its substitute in brackets; none when an item is no name of up to ``max_words`` words."""
    spans = []
    for part in re.split(separators, body):
        if re.fullmatch(separators, part):
            offset += 1
            continue
        m = _LINEUP_ITEM.match(part)
        if m is None or len(m.group(1).split()) > max_words:
            return []
        spans.append((offset + m.start(1), offset + m.end(1)))
        if m.group(2):
            spans.append((offset + m.start(2), offset + m.end(2)))
        offset += len(part)
    return spans


def formation_lineups(text: str) -> list[tuple[int, int]]:
    """The character spans of the players' names of every formation line-up in ``text``: a line that
    is one team's line-up (``Selandia Baru: Karsten; Budi, Rino (Dodi 68'), ...; Sari, Teguh.``)
    as a whole, a semicolon in it, seven players or more; each comma or semicolon item a name of up to
    six words (surname particles inside), with its substitute in brackets and the minute."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if ";" not in line or ":" not in line:
            continue
        head = _LINEUP_HEAD.match(line)
        if head is None:
            continue
        body_start = head.end()
        body = _lineup_body(line[body_start:])
        spans = _item_spans(body, start + body_start, r"([;,])", MAX_RUN)
        players = body.count(",") + body.count(";") + 1
        if spans and players >= LINEUP_MIN_PLAYERS:
            out.extend(spans)
    return out


COMMA_LINEUP_WORDS = 3  # words of one player's name in a line-up written with commas alone


def comma_lineups(text: str) -> list[tuple[int, int]]:
    """The character spans of the players' names of every line-up written with commas alone: a line that is
    seven names or more (a side of eleven, the substitutes) separated by commas and nothing else, after an
    optional head and colon (``Tim A: Kiper, Bek, ...``, ``Cadangan: A, B, ...``), each name of one to three
    words (surname particles inside) with its substitute and minute in brackets. Read in a sports report only
    (:func:`lineup_people`); a line of places is refused there by its items."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if ";" in line or line.count(",") < LINEUP_MIN_PLAYERS - 1:
            continue
        head = _LINEUP_HEAD.match(line)
        body_start = head.end() if head is not None else len(line) - len(line.lstrip())
        spans = _item_spans(_lineup_body(line[body_start:]), start + body_start, r"(,)", COMMA_LINEUP_WORDS)
        if len(spans) >= LINEUP_MIN_PLAYERS:
            out.extend(spans)
    return out


def lineup_people(doc: Doc, ents: tuple, kb: Optional[Knowledge] = None) -> tuple:
    """``ents`` with every player of a formation line-up (:func:`formation_lineups`) a person: an
    entity that is the player's name exactly takes the type, an organisation or place inside his
    name gives way, a name no entity holds is added; a name that an entity crosses is left alone.
    A line-up written with commas alone (:func:`comma_lineups`) counts in a sports report whose items are
    no places or institutions the lexicons know (none at all: a line of host cities is no line-up)."""
    spans = formation_lineups(text_of(doc))
    if kb is not None:
        comma = comma_lineups(text_of(doc))
        if comma and sports_report(doc):
            spans = spans + _unplaced_lines(text_of(doc), comma, kb)
    if not spans:
        return ents
    out = list(ents)
    changed = False
    for s, e in spans:
        span = doc.char_span(s, e)
        if span is None:
            continue
        inside = [x for x in out if x.start < span.end and span.start < x.end]
        if any(x.start < span.start or x.end > span.end for x in inside):
            continue
        if len(inside) == 1 and inside[0].start == span.start and inside[0].end == span.end \
                and inside[0].label_ == "PER":
            continue
        for x in inside:
            out.remove(x)
        out.append(Span(doc, span.start, span.end, label="PER"))
        changed = True
    return tuple(sorted(out, key=lambda x: x.start)) if changed else ents


def _unplaced_lines(text: str, spans: list[tuple[int, int]], kb: Knowledge) -> list[tuple[int, int]]:
    """The ``spans`` of the lines none of whose names is a known place or institution (``places.txt``, the
    institutions' forms)."""
    lines: dict[int, list[tuple[int, int]]] = {}
    for s, e in spans:
        lines.setdefault(text.count("\n", 0, s), []).append((s, e))
    return [x for line in lines.values()
            if not any(text[s:e] in kb.place_words or text[s:e] in kb.known_forms for s, e in line) for x in line]


LISTED_MIN_PEOPLE = 2  # people typed on a list before its untyped one-word items are read as people too


def listed_people(doc: Doc, kb: Knowledge, lex: TypeLexicons, ents: tuple) -> tuple:
    """``ents`` with the untyped items of a coordinated list of people made people: a list whose typed items
    are all people, two at least (``trio yang digalang Fernandinho, Tosin X dan Eliaquim Y``, ``karya perupa
    seperti Nasirun, Ong X, ..., dan Melodia``), a run of one or two words no entity holds is a person's name
    when no word of it is a common or English word, a known place or institution, or a word that is no name,
    and it does not open its sentence. The one-word names the press gives players and artists are in no
    gazetteer, which :func:`list_types` asks of a list typed by its items."""
    lists = find_lists(doc, kb, ents)
    if not lists:
        return ents
    at = {e.start: e for e in ents}
    added = []
    for items, lineup in lists:
        if lineup:
            continue
        typed = [at[s] for s, e in items if s in at and at[s].end == e]
        untyped = [(s, e) for s, e in items if s not in at]
        if not untyped or len(typed) < LISTED_MIN_PEOPLE or len(typed) + len(untyped) != len(items) \
                or any(t.label_ != "PER" for t in typed):
            continue
        for s, e in untyped:
            span = doc[s:e]
            if len(span) > 2 or doc[s].is_sent_start or span.text in kb.known_forms \
                    or not all(unknown_name_word(t, kb, lex) for t in span):
                continue
            added.append(Span(doc, s, e, label="PER"))
    return with_added(ents, added)


@Language.factory("list_types", assigns=["doc.ents"], requires=["doc.ents"])
def make_list_types(nlp: Language, name: str):
    """Types the items of every coordinated list of ``doc.ents`` as the list (:func:`list_types`), then the
    players of a line-up and the untyped members of a list of people (:func:`lineup_people`,
    :func:`listed_people`)."""
    kb, lex = knowledge(nlp), lexicons()
    return EntsRule(lambda doc, ents: listed_people(doc, kb, lex, lineup_people(doc, list_types(doc, kb, lex, ents), kb)))
