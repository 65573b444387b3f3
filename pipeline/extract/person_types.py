"""The type of a candidate person (issue 13): is a PER mention a person, an organisation or nothing?

``person_types`` runs after ``person_ruler`` and reads every PER entity of ``doc.ents`` (from the
NER model or the rules) against evidence the mention layer does not weigh, each a pure rule:

* **genre cue before** (:func:`cue_before`): a lower-case noun of ``genre_nouns.tsv`` (position
  ``before``) or a product noun of ``product_words.txt`` right before the name or the list it
  is an item of, with at most one modifier between (``klub Ujpest``, ``maskapai Lion Air``,
  ``konsol Xbox``), or up to three lower-case words when a comma or ``seperti`` / ``yakni`` closes
  them (``band-band rock seperti Metallica, Rolling Stones``, ``grup yang membesarkannya, One
  Direction``). A possessive or agent word between (``milik``, ``pimpinan``, ``dari``), a person
  noun, occupation or title stops the search: ``perusahaan milik Budi Santoso`` keeps Budi;
* **genre noun in apposition** (:func:`cue_after`): ``Epson, perusahaan percetakan``;
* **genre noun as last word** (:func:`end_type`): ``Indosurya Sekuritas``, ``Arsenal FC``, ``X Inc``;
* **a capital inside one word** (:func:`camel_name`): ``DxOMark``, ``TorrentFreak`` (no surname particle of
  ``name_particles.txt`` before it: ``McGregor``): an organisation unless a longer person holds it or an
  honorific precedes it;
* **a title's unit before its holder** (:func:`title_unit`): ``Pelatih X, Budi Santoso, mengatakan``: X
  is the organisation of the title, unless the text writes it where only a person stands;
* **a club named without its abbreviation** (:func:`club_cores`): ``Juventus`` of the DBpedia club
  ``Juventus F.C.``: an organisation;
* **a nickname of a common noun** (:func:`naming.nickname_of_noun`): ``tim berjuluk "Pesut Etam"``,
  ``Pemain berjuluk La Joya``: no entity of its own (the owner is not named there);
* **a character** (:func:`character_cue`): ``Pemeran X dalam ...``, ``berperan sebagai X``: no real person;
* **a venue or vehicle head** (:func:`thing_headed`): ``GOR Tri X`` is a place, ``KA Arjuno X``, ``USS John X``
  no entity;
* **its own head** (:func:`thing_headed_name`): ``SEA Games``, ``Carousel Ads`` (``thing_heads.tsv``), no
  DBpedia person-name word in it: no entity, unless the text writes it where only a person stands;
* **initials of a bracketed acronym** (:func:`acronym_orgs`): ``Agensi Penguatkuasaan Maritim Malaysia (APMM)``,
  a run with a word of things whose initials spell the acronym, is an organisation (a person's initials in
  brackets, ``Oesman Sapta Odang (OSO)``, stay: no word of things);
* **list** (:func:`list_type`): an item of a list whose items beside it are organisations, and
  none a person (``Istanbul Kahve, Haci Olabi, Sinerjik Gida``); places on both sides make a place;
* **common words** (:func:`common_word_name`): two or more words, every one a common word of
  ``common_words.txt`` (words the allowed raw news writes in lower case, none of them a word of a
  DBpedia person name): ``Kelompok Kerja Pemilihan``, ``Modus Anomali`` are no names; one such word
  alone (:func:`common_word_alone`: ``Spekulasi mengatakan``, ``Kabinet Indonesia Maju``) neither,
  unless a rank or honorific precedes it, an age follows it, a longer person of the text holds it or
  the text writes it before a surname (``Oke Nurwan`` ... ``kata Oke``).

* **common noun at the head** (:func:`head_noun_start`, after the rest): Indonesian noun phrases are
  head-initial, so a capitalised common word of four letters or more (``common_words.txt`` less the
  titles', honorifics', person, status and kin nouns', occupations' and name openers' words) before
  a proper name heads a thing, a place or a statement of it: ``Serat Centhini``, ``Tebing Breksi``,
  ``Imbauan Kamtibmas`` are no person; ``Pernyataan Trump``, ``Jenazah Hasan`` are the person after
  the noun when that word has evidence of a name (a DBpedia person-name word, a person of the
  text). A name the document writes where only a person's name stands (:func:`confirmed_people`:
  after a title, honorific, speech cue or ``bernama``, before a speech verb or an age, beside
  another person in a list; ``kata Oke`` for ``Oke Nurwan``) stays whole.

* **English phrase** (:func:`english_phrase`): every word a common word, one English at least
  (``english_words.txt``, wordfreq's most frequent English words less the DBpedia person-name
  words): a product, work or event (``Hair Dryer``, ``Beautiful Creatures``), unless confirmed as
  above (``milik Elon Musk``, ``Luis Fonsi dan Daddy Yankee``).

* **a person's name inside an organisation or place mention** (:func:`surname_start`): a model
  organisation or place that ends with a word the document writes alone as a confirmed person's
  (``NBA Kobe Bryant`` as a place ... ``ujar Bryant``) is that person, from the name words before it.

* **a region named alone** (:func:`region_places`): a candidate named like an Indonesian regency,
  district or village (``region_names.txt``, from the ``areaid`` package; no word of a DBpedia person
  name in it) that the text never confirms as a person is a place (``Kelurahan itu adalah Cibubur
  (116 kasus), Ciracas (112)``).

* **words of things** (:func:`thing_name`, :func:`sure_people`): every word a word of DBpedia
  organisation and place names that no person is called (``thing_words.txt``), a common or an English
  word (one word alone: common or English), or a year alone in brackets after it (``Room (2015)``):
  no person unless the text writes it where only a person stands (an honorific that names no thing,
  a speech cue or verb, a person or status noun, ``bernama``, ``milik``, an age, a list beside such a
  person; titles and occupations also take places and organisations: ``wali kota X``, ``juara X``).
  Leading words of things glued to a title's run before a given name are the title's unit
  (:func:`thing_prefix_end`: ``Direktur Olahraga | Lille Luis Campos``).

* **one sense per document**: a candidate that the text also types organisation or place, and never
  writes where only a person stands, is that organisation or place; one word typed organisation or
  place that is the surname of a sure person (``Ben Stiller`` ... ``Stiller``) is the person.

The other way round, an organisation the text introduces as a person (:func:`introduced_person`:
``Kepala Desa Kalikarang, Sumarno,``, ``seorang warga, Tukiyem,``; the NER model reads such one-word
names as organisations) becomes a person, with every organisation mention of the same text.

A nickname that a naming word gives a person (:func:`nicknamed`, :mod:`naming`: ``Matheus Dias, yang akrab
disapa Theus``, ``X alias Y``, ``X, yang lebih dikenal sebagai Y``; ``Gigi, panggilan akrab Nagita Slavina``) is
that person's, whatever type the model gave it, and a capitalised name there that no entity holds becomes one.

A name typed ``ORG`` becomes an organisation in the whole document (one sense per document: every
PER entity with the same text); a mention typed ``none`` is dropped, that one only (a work or an event
is often named after a person: ``pameran bertajuk Iggy Pop Life Class``). A cue never overrides a name followed by an apposition of its own
(``klub Lionel Messi, Inter Miami``: the club is the apposition). Measured on the held-out check
(``make eval-mentions``), tune, dev and corpus: README, Results.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import text_of_span, tokens_of
from ..lang import ordered, table, words
from .entities import (
    INITIAL,
    SELAKU,
    SPEECH_AFTER,
    WORK_NAMING,
    Knowledge,
    after_solo_noun,
    knowledge,
    solo_apposition,
    thing_kind,
    work_title_after,
)
from .naming import full_name_at, nickname_at, nickname_of_noun
from .organizations import sports_report

# words that tie the name after them to the noun before as its owner, leader or agent (``perusahaan
# milik X``, ``klub asuhan X``, ``band bentukan X``) or make it the object of another relation
POSSESSIVE = frozenset({"milik", "pimpinan", "asuhan", "besutan", "binaan", "bentukan", "pendiri", "pemilik",
                        "bos", "kepunyaan", "dari", "oleh", "untuk", "kepada", "bersama", "dengan", "tanpa",
                        "melawan", "kontra", "versus", "vs", "atas", "terhadap", "antara"})
# words that say the names after them are instances of the noun before (``lagu-lagu seperti X``,
# ``tim bernama X``), not its owners (``lagu X``, ``tim X``: X's song, X's team)
NAMING = WORK_NAMING - {"berjudul", "bertajuk"}  # (berjudul, bertajuk: cues themselves, here)
LISTING = NAMING | {",", ":"}
AS_PERSON = frozenset({"selaku"})  # (sebagai also follows things: X sebagai bagian dari album)
NAMED = frozenset({"bernama", "berinisial", "inisial"})  # only a name follows them
OWNED = frozenset({"milik", "pemilik"})  # an owner follows them
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
PERSON_OF_TEAM = frozenset({"satu", "se", "sesama"})  # (rekan satu tim X: X is a person of the team)
JOINS = frozenset({",", "dan", "serta", "atau"})
MAX_ITEMS = 12  # list items read on each side of a name
MAX_RUN = 12  # words of one item
INNER = frozenset({"-", "&", "."})  # inside a capitalised name (``Super Junior - H``, ``H&M``)
# an active verb (me-, ber-): the noun after the comma is a subject, not an apposition
VERB = re.compile(r"^(?:me[mnlrwy]|meng|meny|ber)[a-z]{3,}$")
APPOSITION_OPENERS = frozenset({"sebuah", "salah", "satu", "yakni", "yaitu", "sang"})
# a shorter common word opening a name is more often a foreign given name or syllable (``Pir``, ``Se``)
HEAD_LENGTH = 4


class TypeLexicons:
    """The lexicons of the type decision, read once."""

    def __init__(self):
        rows = table("genre_nouns.tsv")
        self.before = {(w,): "none" for w in words("product_words.txt") if w.islower()}
        self.before.update({tuple(r["noun"].split()): r["type"] for r in rows if r["position"] == "before"})
        self.before = {key: kind for key, kind in self.before.items() if kind != "owner"}
        self.listing = {tuple(r["noun"].split()): r["type"] for r in rows if r["position"] == "listing"}
        self.sport = frozenset(r["noun"] for r in rows if r["position"] == "sport" and r["type"] == "ORG")
        self.longest = max(len(k) for k in (*self.before, *self.listing))
        self.end = {r["noun"]: r["type"] for r in rows if r["position"] == "end"}
        # words right before a name (nothing between) that make it a role in a work: a character
        self.next = frozenset(tuple(r["noun"].split()) for r in rows if r["position"] == "next")
        self.next_longest = max((len(k) for k in self.next), default=0)
        self.club_cores = club_cores(self.end)
        self.after = {k[0]: t for k, t in self.before.items() if len(k) == 1 and t == "ORG"}
        self.common = words("common_words.txt")
        self.english = words("english_words.txt")
        self.regions = words("region_names.txt")
        self.particles = frozenset(ordered("name_particles.txt"))
        self.given_names = words("person_name_words.txt")
        # words of organisation and place names no person is called (DBpedia), common Indonesian and English words
        self.things = words("thing_words.txt") | self.common | self.english
        # common words that may head a noun phrase before a proper name: no title's first word,
        # honorific or rank, person, status or kin noun, occupation or name opener
        people_words = {t.split()[0].lower() for t in words("titles.txt")} \
            | {w.lower().rstrip(".") for w in words("honorifics.txt")} | words("person_nouns.txt") \
            | {w.split()[-1] for w in words("status_nouns.txt")} | {w.split()[0].lower() for w in words("occupations.txt")} \
            | {w.split()[-1].lower() for w in words("relation_nouns.txt")} | {w.lower() for w in words("name_prefixes.txt")}
        self.heads = frozenset(w for w in self.common if w not in people_words)


def club_cores(end: dict) -> frozenset[str]:
    """The names of the clubs of ``org_gazetteer.txt`` (DBpedia) without their club abbreviation
    (``Juventus`` of ``Juventus F.C.``, ``Basel`` of ``FC Basel``, ``West Bromwich Albion``): the press
    writes a club without it, and the model reads such a name alone as a person's. The abbreviations are
    the last words of ``genre_nouns.tsv`` (position end, type ORG) written with a dot or in three letters
    or fewer (``fc``, ``f.c.``, ``afc``, ``sc``); a core of one word that is a DBpedia person-name word
    (``Willem``) or a common word of ``common_words.txt`` is left out, and so is a place's name
    (``places.txt``, ``region_names.txt``: ``Bandung``, ``Seoul``: the city, where the model reads a person)."""
    affixes = {noun for noun, kind in end.items() if kind == "ORG" and ("." in noun or len(noun) <= 3)}
    person_words = words("person_name_words.txt")
    plain = words("common_words.txt")
    places = words("places.txt") | words("region_names.txt")
    out = set()
    for name in ordered("org_gazetteer.txt"):
        parts = name.split()
        if len(parts) < 2:
            continue
        core = parts[:-1] if parts[-1].lower() in affixes else parts[1:] if parts[0].lower() in affixes else None
        text = " ".join(core or ())
        if core and text not in places and not (len(core) == 1 and (core[0] in person_words or core[0].lower() in plain)):
            out.add(text)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def lexicons() -> TypeLexicons:
    return TypeLexicons()


def _lower(token) -> str:
    """The word for look-ups: lower case, a reduplicated plural as its base (``band-band``)."""
    return _base(token.lower_)


def _base(lower: str) -> str:
    """:func:`_lower` of a word already in lower case."""
    first, _, second = lower.partition("-")
    return first if first and first == second else lower


def _cue_at(doc: Doc, k: int, lex: TypeLexicons, listed: bool) -> Optional[str]:
    """The type of a cue of ``lex.before`` (or, when ``listed``, of ``lex.listing``) that ends at
    token ``k``, written in lower case (its first word may open the sentence: ``Dikutip dari``)."""
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers  # (a token's is_lower is str.islower)
    for size in range(lex.longest, 0, -1):
        a = k - size + 1
        if a >= 0:
            key = tuple(_base(w) for w in lowers[a:k + 1])
            if all(w.islower() or i == 0 and doc[a].is_sent_start for i, w in enumerate(texts[a:k + 1])):
                found = lex.before.get(key) or (lex.listing.get(key) if listed else None)
                if found:
                    return found
    return None


def _run_start(doc: Doc, end: int) -> int:
    """The first token of the capitalised run that ends before ``end`` (``end`` when none)."""
    texts = tokens_of(doc).texts
    k = end
    while k > 0 and end - k < MAX_RUN and (texts[k - 1][:1].isupper() or texts[k - 1] in INNER and k > 1 and texts[k - 2][:1].isupper()):
        k -= 1
    return k


def _run_end(doc: Doc, start: int) -> int:
    """The token after the capitalised run that opens at ``start`` (``start`` when none)."""
    texts = tokens_of(doc).texts
    k, n = start, len(texts)
    while k < n and k - start < MAX_RUN and (texts[k][:1].isupper() or texts[k] in INNER and k + 1 < n and texts[k + 1][:1].isupper()):
        k += 1
    return k


def _degree(words_: list[str]) -> bool:
    """Words of an academic degree or another abbreviation after a name (``M.Sc.``, ``S.H.``): no list item."""
    return any("." in w for w in words_)


def _items(doc: Doc, edge: int, forward: bool) -> tuple[list[tuple[int, int]], list[str]]:
    """The capitalised runs joined to ``edge`` by :data:`JOINS`, going forward or back, and the joins."""
    items, joins = [], []
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers
    k, n = edge, len(doc)
    while len(items) < MAX_ITEMS:  # a bound: work stays linear in a list of thousands of names
        j = k
        while (j < n if forward else j > 0) and lowers[j if forward else j - 1] in JOINS:
            j += 1 if forward else -1
        if j == k:
            return items, joins
        other = _run_end(doc, j) if forward else _run_start(doc, j)
        item = (j, other) if forward else (other, j)
        if other == j or _degree(texts[item[0]:item[1]]):
            return items, joins
        items.append(item)
        joins.extend(lowers[k:j] if forward else lowers[j:k])
        k = other
    return items, joins


def list_around(doc: Doc, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The items of the list the name ``doc[start:end]`` is an item of: capitalised runs before and
    after it joined by commas and ``dan``/``serta``/``atau``. Two items joined by a comma alone are
    no list (``Direktur PT X, Budi Santoso,``: an apposition), so then both lists are empty."""
    before, joins_before = _items(doc, start, forward=False)
    after, joins_after = _items(doc, end, forward=True)
    joins = joins_before + joins_after
    if len(before) + len(after) >= 2 or any(j != "," for j in joins):
        return before, after
    return [], []


def cue_before(doc: Doc, start: int, end: int, kb: Knowledge, lex: TypeLexicons) -> Optional[str]:
    """The type a genre noun before the name at ``start`` (or before its list) gives it, or ``None``."""
    before, _ = list_around(doc, start, end)
    k = (before[-1][0] if before else start) - 1
    listed, named = 0, False
    lowers = tokens_of(doc).lowers
    while k >= 0 and lowers[k] in LISTING and listed < 2:
        listed += 1
        named = named or lowers[k] in NAMING
        k -= 1
    limit = 3 if listed else 1
    for _ in range(limit + 1):
        if k < 0:
            return None
        found = _cue_at(doc, k, lex, named)
        if found:
            # a comma alone after a noun phrase that a title or person noun heads: the name is its
            # holder (``juru bicara maskapai, X``, ``sekuriti perusahaan itu, X``)
            return None if listed and not named and _person_head(doc, k, kb) else found
        if _stops(doc[k], kb):
            return None
        k -= 1
    return None


def sport_cue(doc: Doc, span: Span, kb: Knowledge, lex: TypeLexicons) -> bool:
    """In a sports report, a noun of ``lex.sport`` right before the name (``Di kubu Popsivo, pelatih ...``,
    ``skuad Garuda Muda``): the name is a club's, unless a person's noun or ``satu`` opens the phrase (``kapten
    tim X``, ``rekan satu tim X``: a person of the team) or the name is an item of a list."""
    k = span.start - 1
    if k < 0 or not (doc[k].is_lower or doc[k].is_sent_start) or _lower(doc[k]) not in lex.sport:
        return False
    if k > 0 and (doc[k - 1].lower_ in PERSON_OF_TEAM or _person_head(doc, k, kb, reach=1)):
        return False
    return list_around(doc, span.start, span.end) == ([], [])


def _stops(token, kb: Knowledge) -> bool:
    """A word between a genre noun and a name that ties the name to something else: a capital, a
    possessive or agent word, a demonstrative (``surat kabar tersebut, X``: a new clause), a speech
    verb (``perusahaan lanjut X``), a person noun, occupation or title."""
    lower = token.lower_
    return not token.is_lower or not token.is_alpha and "-" not in lower or lower in POSSESSIVE \
        or lower in DEMONSTRATIVES or lower in SPEECH_AFTER or lower in kb.speech_verbs \
        or lower in kb.person_nouns or lower in kb.occupation_words or lower in kb.title_words


def _person_head(doc: Doc, k: int, kb: Knowledge, reach: int = 4) -> bool:
    """A title word, person noun or occupation among the ``reach`` lower-case words before ``doc[k]``."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        lower = doc[j].lower_
        if lower in kb.title_words or lower in kb.person_nouns or lower in kb.occupation_words:
            return True
        if not doc[j].is_lower:
            return False
    return False


def cue_after(doc: Doc, end: int, lex: TypeLexicons) -> Optional[str]:
    """``ORG`` when an apposition after the name is headed by an organisation noun (``Epson,
    perusahaan ...``, ``X, salah satu perusahaan ...``)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1
    while k < len(doc) - 1 and doc[k].lower_ in APPOSITION_OPENERS:
        k += 1
    found = lex.after.get(_lower(doc[k]))
    for j in range(k + 1, min(k + 7, len(doc))):
        token = doc[j]
        if token.is_punct:
            break
        if VERB.match(token.lower_) and doc[j - 1].lower_ != "yang":
            return None  # a clause of its own: Menurut Dewi, perusahaan menambah armada
    return found


def end_type(span: Span, lex: TypeLexicons) -> Optional[str]:
    """The type the last word of a name of two or more words gives it (``Indosurya Sekuritas``)."""
    return lex.end.get(span[-1].lower_) if len(span) > 1 else None


def _name_words(span: Span, kb: Knowledge) -> list[str]:
    """The words of a person span without honorifics, ranks and punctuation."""
    return [t.text for t in span if t.text[:1].isalpha() and t.lower_.rstrip(".") not in kb.honorifics]


def common_word_name(span: Span, kb: Knowledge, lex: TypeLexicons) -> bool:
    """Two or more words, each a common word (``common_words.txt``) and none an initial."""
    texts = _name_words(span, kb)
    return len(texts) >= 2 and all(len(w) > 1 and w.lower() in lex.common for w in texts)


def named_words(doc: Doc, lex: TypeLexicons) -> frozenset:
    """Capitalised words that ``doc`` writes right before a capitalised word that is no common word
    (a surname: ``Oke Nurwan`` inside ``Kementerian Perdagangan Oke Nurwan``), once per document."""
    out = set()
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers  # (spaCy's is_alpha, is_upper: str's)
    for k in range(len(texts) - 1):
        a, b = texts[k], texts[k + 1]
        if a[:1].isupper() and a.isalpha() and b[:1].isupper() and b.isalpha() and not b.isupper() \
                and lowers[k + 1] not in lex.common:
            out.add(a)
    return frozenset(out)


def common_word_alone(doc: Doc, span: Span, kb: Knowledge, lex: TypeLexicons, name_words: frozenset) -> bool:
    """One word, a common word (``common_words.txt``: no word of a DBpedia person name) written with
    small letters, that the text does not give a person: no rank or honorific before it (``Pak
    X``), no age after it (``X (52)``), no word of a longer person of the text nor a word the text
    writes before a surname (``name_words``: ``kata Oke`` after ``... Oke Nurwan``). ``Spekulasi
    mengatakan``, ``Dikenal sebagai``, ``Kabinet Indonesia Maju``, ``Gaji, Pensiun, Tunjangan``: a
    headline or sentence word, a field, a slogan taken for a name."""
    text = text_of_span(span)
    if len(span) != 1 or text.isupper() or not text.isalpha() or text.lower() not in lex.common \
            or text in name_words:
        return False
    k, n = span.start, len(doc)
    if k > 0 and (kb.is_rank(doc[k - 1]) or doc[k - 1].lower_.rstrip(".") in kb.honorifics):
        return False
    return not (k + 3 < n and doc[k + 1].text == "(" and doc[k + 2].text.isdigit() and doc[k + 3].text == ")")


def feast(span: Span, kb: Knowledge) -> bool:
    """A span that opens with a feast written in two words (``not_names.txt``: ``Idul Fitri``,
    ``Maulid Nabi Muhammad``, ``Hari Raya Idulfitri``): a holiday, not a person."""
    return len(span) >= 2 and f"{span[0].text} {span[1].text}" in kb.not_names


def _age_after(doc: Doc, e: int, units: frozenset = frozenset()) -> bool:
    """An age in brackets right after token ``e - 1`` (``X (52)``; with a word of ``units`` after the number
    too: ``X (52 tahun)``)."""
    tokens = tokens_of(doc)
    texts = tokens.texts
    if e + 2 >= len(doc) or texts[e] != "(" or not texts[e + 1].isdigit() or len(texts[e + 1]) > 2:
        return False
    close = e + 3 if tokens.lowers[e + 2] in units else e + 2
    return close < len(doc) and texts[close] == ")"


def _sure_after(doc: Doc, e: int, kb: Knowledge, roles: frozenset = SELAKU) -> bool:
    """A speech verb, a word of ``roles`` (``selaku`` / ``sebagai``) or an age right after the name ending
    before ``e``."""
    if e >= len(doc):
        return False
    lower = tokens_of(doc).lowers[e]
    return lower in kb.speech_verbs or lower in roles or _age_after(doc, e)


def confirmed_people(ents: list[Span], kb: Knowledge, lex: TypeLexicons) -> frozenset[str]:
    """The PER texts that the document writes, at one mention at least, where only a person's name
    stands: after an honorific, rank, title word, person or status noun, occupation, speech cue or
    naming word (``Pak X``, ``Direktur X``, ``warga X``, ``kata X``, ``bernama X``, ``pemeran seperti
    X``, ``milik X``), before a speech verb, ``selaku`` or an age (``X mengatakan``, ``X selaku ...``, ``X
    (52)``), or as an item of a list beside another person (``A, X, dan B``)."""
    out = set()
    people = {e.start: e.end for e in ents if e.label_ == "PER" and not head_noun(e[0].text, lex)}
    for ent in ents:
        if ent.label_ != "PER":
            continue
        doc, k, e = ent.doc, ent.start, ent.end
        if k > 0 and _person_before(doc, k, kb):
            out.add(text_of_span(ent))
        elif _sure_after(doc, e, kb):
            out.add(text_of_span(ent))
        else:
            before, after = list_around(doc, k, e)
            if any(people.get(a) == b for a, b in before[-1:] + after[:1]):
                out.add(text_of_span(ent))
    return frozenset(out)


def _person_before(doc: Doc, k: int, kb: Knowledge, sure: bool = False) -> bool:
    """The word before ``doc[k]`` is one only a person's name follows (:func:`confirmed_people`): an
    honorific or rank, a speech cue, a person or status noun, a naming or owner word (``bernama``,
    ``milik``), a title word or occupation, a naming word after one of these (``pemeran seperti X``).
    ``sure`` (:func:`sure_people`): no title word or occupation (they also take an organisation or a
    place: ``ketua umum X``, ``wali kota X``, ``juara X``) nor a naming word after one, and but for an
    honorific or rank the word written in small letters (a capitalised noun heads a title-cased phrase:
    ``Pengunjung Umbul X Tembus``)."""
    before = doc[k - 1]
    lower = before.lower_.rstrip(".")
    if lower in kb.honorifics or kb.is_rank(before):
        return True
    if sure and not before.is_lower:
        return False
    if lower in SPEECH_AFTER or lower in kb.person_nouns or lower in kb.status_nouns or lower in NAMED \
            or lower in OWNED:
        return True
    return not sure and (lower in kb.title_words or lower in kb.occupation_words
                         or lower in NAMING and k > 1 and _person_before(doc, k - 1, kb) and doc[k - 2].is_lower)


def english_phrase(span: Span, lex: TypeLexicons) -> bool:
    """Two words or more, each a common word (``english_words.txt`` or ``common_words.txt``: no
    word of a DBpedia person name), one English at least: a product, work, event or programme
    named in English (``Hair Dryer``, ``Beautiful Creatures``, ``Emergency Use Authorization``)."""
    texts = [t.lower_ for t in span if t.text[:1].isalpha()]
    return len(texts) >= 2 and all(w in lex.english or w in lex.common for w in texts) \
        and any(w in lex.english for w in texts)


def thing_name(span: Span, kb: Knowledge, lex: TypeLexicons) -> bool:
    """Every word of the span a word that names organisations, places or things and no person
    (``lex.things``: ``thing_words.txt``, ``common_words.txt``, ``english_words.txt``; none a word of a
    DBpedia person name), one such word at least: acronyms, initials and honorifics say nothing
    (``Liga Super``, ``Fairy Springs``, ``Polisi Istimewa``, ``Tandam Hilir``)."""
    judged = []
    for token in span:
        text = token.text
        if not text.isalpha() or len(text) < 2 or text.isupper() or token.lower_ in kb.honorifics:
            continue
        if token.lower_ not in lex.things or text in kb.person_name_words or text in kb.name_prefixes:
            return False
        judged.append(token.lower_)
    # (one word named only by the gazetteers is as often a person's: villages are named after people, ``Urip``)
    return len(judged) > 1 or len(judged) == 1 and (judged[0] in lex.common or judged[0] in lex.english)


def sure_people(ents: list[Span], kb: Knowledge, lex: TypeLexicons) -> frozenset[str]:
    """The PER texts the document writes, at one mention at least, where only a person stands: opening
    with an honorific that is no word of things (``H``, ``Pak``; not the ranks ``Jenderal``, ``Polisi``),
    after an honorific or rank, a speech cue (``kata X``), a person or status noun or a naming word written in
    small letters (``warga X``, ``bernama X``; a capitalised noun heads a title-cased phrase: ``Pengunjung Umbul
    X Tembus``; :func:`_person_before` with ``sure``), before a speech verb, ``selaku`` (not ``sebagai``) or an
    age (``X (52)``). Narrower than :func:`confirmed_people`: a title or occupation also takes an organisation or a place (``ketua umum
    X``, ``wali kota X``, ``juara X``)."""
    out = set()
    for ent in ents:
        if ent.label_ != "PER":
            continue
        doc, k, e = ent.doc, ent.start, ent.end
        if len(ent) > 1 and ent[0].lower_.rstrip(".") in kb.honorifics and ent[0].lower_ not in lex.things \
                or k > 0 and _person_before(doc, k, kb, sure=True) \
                or _sure_after(doc, e, kb, AS_PERSON):  # (X sebagai bagian dari album: a song too)
            out.add(text_of_span(ent))
        elif k > 0 and doc[k - 1].text == "," and _holder_phrase(doc, k - 1, kb):
            out.add(text_of_span(ent))
    # an item of a list beside a sure person: ``lagu milik Luis Fonsa dan Silver Yankee``; candidates
    # that only stand beside each other are no evidence (``Fairy Springs, Selwyn Heights, ...``)
    named = {e.start: e for e in ents if e.label_ == "PER" and text_of_span(e) in out}
    for ent in ents:
        if ent.label_ == "PER" and text_of_span(ent) not in out:
            before, after = list_around(ent.doc, ent.start, ent.end)
            if any(a in named and named[a].end == b for a, b in before[-1:] + after[:1]):
                out.add(text_of_span(ent))
    return frozenset(out)


def thing_prefix_end(span: Span, kb: Knowledge, lex: TypeLexicons, named: frozenset = frozenset(),
                     units: frozenset = frozenset()) -> int:
    """Where the person starts in a candidate glued to the capitalised words of a title or unit before
    it that opens with words of things before a given name (``Direktur Olahraga | Lille Luis Campos``,
    ``Bupati Kutai | Timur Isran Noor``: the title's organisation or region runs into the name): the
    first token after the leading capitalised words of ``lex.things`` (no DBpedia person-name word,
    name opener or honorific) when the next word is a DBpedia given name (``person_name_words.txt``) or a
    name opener; ``span.start`` otherwise. A given name that is also a word of things (``Windy``,
    ``Laras``) stands after a comma or a lower-case word, not inside such a run, and one the text
    writes as a name elsewhere (``named``: ``ujar Agustinus`` for ``... NTT Agustinus Fredrik Manafe``)
    stays; so does a candidate right after the name of an organisation or place of the text (``units``:
    the unit is delimited already, ``Pengelola Bangsring Underwater | Ikhwan Arief``)."""
    doc, k = span.doc, span.start
    if k == 0 or not doc[k - 1].is_alpha or not doc[k - 1].text[:1].isupper() or doc[k - 1].is_sent_start \
            or any(doc[j:k].text in units for j in range(max(0, k - 6), k - 1)):
        return k
    while k < span.end - 1 and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].lower_ in lex.things \
            and doc[k].text not in named and doc[k].text not in kb.person_name_words and doc[k].text not in kb.name_prefixes \
            and doc[k].lower_ not in kb.honorifics:
        k += 1
    if k == span.start:
        return k
    nxt = doc[k].text
    return k if nxt in kb.person_name_words or nxt in kb.name_prefixes else span.start


def _year_after(doc: Doc, e: int) -> bool:
    """A year alone in brackets right after the name ending before ``e`` (``Room (2015)``): the year a
    work came out or an event took place; a person is followed by an age (``X (52)``) or a life span."""
    return e + 2 < len(doc) and doc[e].text == "(" and len(doc[e + 1].text) == 4 and doc[e + 1].text.isdigit() \
        and doc[e + 1].text[:2] in ("19", "20") and doc[e + 2].text == ")"


def _holder_phrase(doc: Doc, comma: int, kb: Knowledge, reach: int = 5) -> bool:
    """A title word, occupation or person noun among the ``reach`` words before the comma at ``comma``
    in the same clause: the name after the comma is the phrase's holder in apposition (``duo penulis lagu
    kenamaan Indonesia, X dan Y``, ``Direktur Utama PT Z, X``); a complement would follow without the
    comma (``pemain Persib``, ``juara Liga Super``)."""
    for j in range(comma - 1, max(-1, comma - 1 - reach), -1):
        token = doc[j]
        if token.is_punct or token.is_sent_start and not token.is_alpha:
            return False
        lower = token.lower_
        if lower in kb.title_first_words or lower in kb.occupation_words or lower in kb.person_nouns:
            return True
        if token.is_sent_start:
            return False
    return False


def _vouched(text: str, sure: frozenset[str], sure_words: frozenset[str]) -> bool:
    """``text`` is a sure person's name, holds one word of it or is a word of one (``sure_words``: the words of
    the sure names, gathered once, not split again for each text)."""
    return text in sure or any(w in sure for w in text.split()) or text in sure_words


def head_noun(text: str, lex: TypeLexicons) -> bool:
    """A capitalised common word of :data:`HEAD_LENGTH` letters or more that may head a noun
    phrase before a proper name (``TypeLexicons.heads``)."""
    return len(text) >= HEAD_LENGTH and text.isalpha() and text[:1].isupper() and not text.isupper() \
        and text.lower() in lex.heads


def head_noun_start(doc: Doc, span: Span, kb: Knowledge, lex: TypeLexicons, confirmed: frozenset) -> Optional[int]:
    """Where a PER span headed by a common noun starts its name, ``-1`` when it holds none, ``None``
    when the span is no such phrase. Indonesian noun phrases are head-initial: a common noun before
    a proper name names a thing, a place or a statement of it (``Candi Prambanan``, ``Serat
    Centhini``, ``Imbauan Kamtibmas``, ``Pernyataan Trump``), unless the document writes the span
    (or its first word alone) where only a person's name stands (:func:`confirmed_people`: ``kata
    Oke`` for ``Oke Nurwan``). The name then starts after the noun when the next word has evidence
    of a name (a DBpedia person-name word, an initial, a name opener, a person of the text:
    ``Pernyataan Trump`` ... ``kata Trump``); otherwise the phrase is no person."""
    if len(span) < 2 or not head_noun(span[0].text, lex) or text_of_span(span) in confirmed or span[0].text in confirmed:
        return None
    rest = span[1:]
    if all(not t.is_alpha or t.lower_ in lex.common for t in rest):
        return None  # every word common: common_word_name decides
    nxt = rest[0]
    if nxt.text in kb.person_name_words or (INITIAL.match(nxt.text) or nxt.text in kb.name_prefixes) and len(rest) > 1 \
            or rest.text in confirmed or nxt.text in confirmed:
        return rest.start
    return -1


CAMEL = re.compile(r"^([A-Z][a-z]+)[A-Z][A-Za-z]*$")  # (a small letter before the inner capital: not IBM)
CAMEL_MIN = 5  # (shorter ones are abbreviations: TdS, PdI)


def camel_name(text: str, lex: TypeLexicons) -> bool:
    """One word with a capital after a small letter inside (``DxOMark``, ``TorrentFreak``): no person's name
    unless a surname particle opens it (``name_particles.txt``: ``McGregor``, ``DiCaprio``)."""
    found = CAMEL.match(text)
    return bool(found) and len(text) >= CAMEL_MIN and found.group(1) not in lex.particles


def _office_word(token, kb: Knowledge) -> bool:
    """A capitalised word of a title or an occupation (``Pelatih``, ``Pebalap``, ``Kiper``)."""
    return token.text[:1].isupper() and (token.lower_ in kb.title_words or token.lower_ in kb.occupation_words)


def title_unit(doc: Doc, span: Span, people: dict[int, Span], kb: Knowledge, lex: TypeLexicons) -> bool:
    """A candidate person between a title or occupation and the holder's name in apposition (``Pelatih X,
    Budi Santoso, mengatakan``, ``Pebalap X, Budi Santoso, finis keempat``): the title's organisation, not a
    person. The holder is a person of the model right after the comma, closed by a comma and a
    lower-case word that joins no list (``Presiden A, B, dan C``: a list of people) or by a speech verb;
    no relation or person noun before the title (``istri Presiden X, Y, mengatakan``: X is a person), one
    title's head only (``Staf Khusus Presiden X, Y``: Y holds the outer title), no title held on someone's
    behalf (``proxy_titles.txt``: ``Pengacara X, Y``) and no DBpedia given name opening X."""
    k = span.start - 1
    if k < 0 or not _office_word(doc[k], kb) or doc[k].lower_.rstrip(".") in kb.honorifics:
        return False
    j = k
    while j > 0 and _office_word(doc[j - 1], kb):
        j -= 1
    if j > 0 and (doc[j - 1].lower_ in kb.relation_nouns or doc[j - 1].lower_ in kb.person_nouns):
        return False
    chain = " ".join(t.lower_ for t in doc[j:k + 1])
    heads = [t for t in doc[j:k + 1] if t.lower_ in kb.title_first_words and t.lower_ not in kb.modifiers]
    if len(heads) > 1 or any(proxy in chain for proxy in kb.proxy_titles) \
            or span[0].text in lex.given_names:
        return False  # (Staf Khusus Presiden X, Y: X holds the inner title; Jubir X, Y: Y speaks for X)
    holder = people.get(span.end + 1)
    if span.end >= len(doc) or doc[span.end].text != "," or holder is None:
        return False
    after = holder.end
    if after < len(doc) and doc[after].lower_ in kb.speech_verbs:
        return True
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].is_lower and doc[after + 1].is_alpha \
        and doc[after + 1].lower_ not in JOINS


def _apposition_after(doc: Doc, span: Span, kb: Knowledge) -> bool:
    """A capitalised phrase between a comma after the name and a comma, stop or bracket (``klub
    Lionel Messi, Inter Miami,``): the name is the owner, the phrase the thing. A month (``ajang X,
    November 1992``) or a clause (``dari X, Rossi mendapat``) is no apposition."""
    k = span.end
    if k + 1 >= len(doc) or doc[k].text != "," or not doc[k + 1].text[:1].isupper() or doc[k + 1].text in kb.not_names:
        return False
    end = _run_end(doc, k + 1)
    return end >= len(doc) or doc[end].text in {",", ".", ")", ";"}


def decide(doc: Doc, span: Span, kb: Knowledge, lex: TypeLexicons,
           name_words: frozenset = frozenset()) -> Optional[str]:
    """``ORG``, ``LOC`` or ``none`` for a PER span the evidence types otherwise, ``None`` to keep it
    (``name_words``: the words of the text's people of two words or more)."""
    if nickname_of_noun(doc, span.start) or work_title_after(doc, span.start, kb.work_nouns) \
            or character_cue(doc, span.start, lex):
        return "none"  # (tim berjuluk "Pesut Etam": a nickname; film barunya X: a title; pemeran X: a role)
    own_apposition = _apposition_after(doc, span, kb) and list_around(doc, span.start, span.end) == ([], [])
    found = end_type(span, lex) or cue_after(doc, span.end, lex)
    if not found and not own_apposition:
        found = cue_before(doc, span.start, span.end, kb, lex)
    if not found and text_of_span(span) in lex.club_cores:
        found = "ORG"  # (a club named without its abbreviation: Juventus of Juventus F.C.)
    if not found and (common_word_name(span, kb, lex) or common_word_alone(doc, span, kb, lex, name_words)
                      or feast(span, kb)):
        found = "none"
    return found


def thing_headed_name(span: Span, kb: Knowledge) -> bool:
    """A candidate of two words or more whose own head names an event, programme, product, law, document or
    vehicle (``thing_heads.tsv``, :func:`~pipeline.extract.entities.thing_kind` of a person candidate: the
    first word of an Indonesian name, the last of an English one: ``SEA Games``, ``Carousel Ads``, ``Festival
    Kastel``), none of its words a DBpedia person-name word (``Hari
    Santoso``, ``Doris Day``, ``Program Jokowi``: a name, or a person's programme); a facility's name is
    left to the place rules."""
    if len(span) < 2 or any(t.text in kb.person_name_words for t in span):
        return False
    kind = thing_kind(span, kb, organisation=False)
    return kind is not None and kind != "facility"


def character_cue(doc: Doc, start: int, lex: TypeLexicons) -> bool:
    """A word of ``genre_nouns.tsv`` (position next) right before the name, nothing between: the name is
    a character of a work, no real person (records-v1 lists real people): ``Pemeran Mia X dalam ...``
    (the actor of the role), ``memerankan (tokoh) X``, ``berperan sebagai X``. A comma makes the name after it
    the actor (``pemeran Dilan, Iqbal X``), a list word the actors (``pemeran seperti X``)."""
    lowers = tokens_of(doc).lowers
    for size in range(lex.next_longest, 0, -1):
        if start - size >= 0 and tuple(lowers[start - size:start]) in lex.next:
            tokens = doc[start - size:start]
            if all(t.is_lower or i == 0 and t.is_sent_start for i, t in enumerate(tokens)):
                return True
    return False


THING_CLASSES = frozenset({"facility", "vehicle"})  # heads of thing_heads.tsv a person's name follows as its namesake


def thing_headed(doc: Doc, ents: list[Span], kb: Knowledge) -> list[Span]:
    """``ents`` with each PER entity that a capitalised head of a facility or vehicle opens (``thing_heads.tsv``,
    position first: ``GOR Tri X``, ``Stadion X``, ``KA Arjuno X``, ``KRI X``, ``USS John X``) typed again: the
    head and the name are the venue's name, a place (records-v1: venues and buildings), or a vehicle's,
    no entity. Facilities and vehicles are named after people, never by them (``Bandara Soekarno X``).
    Only when no other entity holds the head and the head opens the name: a capitalised word before it makes
    it the last word of an English venue's name, the person its holder (``General Manager Santika Hotel | X``)."""
    texts = tokens_of(doc).texts  # (doc[k].text without a Token)
    held = {k for e in ents for k in range(e.start, e.end)}
    out = []
    for ent in ents:
        k = ent.start - 1
        head = doc[k] if k >= 0 else None
        kind = kb.thing_first.get((head.lower_,)) if ent.label_ == "PER" and head is not None \
            and head.text[:1].isupper() and head.is_alpha and k not in held \
            and not (k > 0 and doc[k - 1].is_alpha and texts[k - 1][:1].isupper()) else None
        if kind == "facility":
            out.append(Span(doc, k, ent.end, label="LOC"))
        elif kind not in THING_CLASSES:
            out.append(ent)
    return out


ACRONYM_REACH = 3  # capitalised words (a place: Malaysia) between a candidate and its bracketed acronym


def acronym_orgs(doc: Doc, ents: list[Span], kb: Knowledge, lex: TypeLexicons) -> list[Span]:
    """``ents`` with each PER entity whose capitalised run, with up to :data:`ACRONYM_REACH` capitalised
    words after it, ends right before a bracketed acronym that spells the run's initials (``Agensi
    Penguatkuasaan Maritim | Malaysia (APMM)``, ``Lockheed Martin Space Systems (LMSS)``) made one
    organisation (the entities inside the run go): a defined short form names an institution. People are
    given their initials in brackets too (``Oesman Sapta Odang (OSO)``), so the run needs a word of things
    (``TypeLexicons.things``: a word of DBpedia organisation or place names, a common or English word) that is
    no DBpedia person-name word (``Agensi``, ``Systems``)."""
    n = len(doc)
    out = list(ents)
    tokens = tokens_of(doc)
    texts, alpha = tokens.texts, tokens.alpha
    for ent in ents:
        if ent.label_ != "PER":
            continue
        j = ent.end
        while j < n and j - ent.end < ACRONYM_REACH and alpha[j] and texts[j][:1].isupper():
            j += 1
        if j + 2 >= n or texts[j] != "(" or texts[j + 2] != ")" or not kb.is_acronym(texts[j + 1]):
            continue
        run = doc[ent.start:j]
        letters = "".join(c for c in doc[j + 1].text if c.isalpha()).upper()
        if "".join(t.text[0] for t in run if t.text[:1].isupper()).upper() != letters or len(letters) < 2 \
                or not any(t.lower_ in lex.things and t.text not in kb.person_name_words for t in run):
            continue
        out = [e for e in out if e.end <= ent.start or e.start >= j] + [Span(doc, ent.start, j, label="ORG")]
    return sorted(out, key=lambda e: e.start)


def introduced_person(doc: Doc, span: Span, kb: Knowledge) -> bool:
    """An organisation span that the text introduces as a person: a name of one to three words
    with no institutional, place or acronym word, between commas after a title, a person or
    status noun or ``seorang`` in the same clause (``Kepala Desa Kalikarang, Sumarno,``, ``Salah
    seorang warga, Tukiyem,``), or followed by an age in brackets (``Tukiyem (52)``)."""
    texts = tokens_of(doc).texts  # (doc[k].text without a Token)
    n = len(doc)
    if not _name_like(span, kb):
        return False
    e = span.end
    if _age_after(doc, e):
        return True
    if span.start < 2 or texts[span.start - 1] != "," or e >= n or texts[e] not in {",", "."}:
        return False
    for k in range(span.start - 2, max(-1, span.start - 8), -1):
        token = doc[k]
        if token.text in {",", ".", ";"}:
            return False
        lower = token.lower_
        if lower in kb.title_first_words and (token.is_sent_start or k == 0 or doc[k - 1].is_lower) \
                or lower in kb.person_nouns or lower in kb.status_nouns or lower == "seorang":
            return True
    return False


def _name_like(span: Span, kb: Knowledge) -> bool:
    """One to three capitalised words, none institutional, a place's or an acronym, no known form."""
    return len(span) <= 3 and text_of_span(span) not in kb.known_forms and all(
        t.is_alpha and t.text[:1].isupper() and not kb.is_acronym(t.text) and t.text not in kb.org_words
        and t.text not in kb.place_words for t in span)


def nicknamed(doc: Doc, ents: list[Span], kb: Knowledge) -> tuple[set[str], list[Span]]:
    """The organisation texts that a naming word gives a person as a second name (:mod:`naming`): after
    the person (``Matheus Carvalho, yang akrab disapa Theus``, ``X alias Y``, ``X, yang dikenal sebagai
    Y``; not a bracket or a plain ``atau``: ``Budi Santoso (Gerindra)``) or before (``Gigi, panggilan
    akrab Nagita Slavina``); and the names after such a naming word that no entity holds, as people."""
    person_at = {e.start: e for e in ents if e.label_ == "PER"}
    taken = {k for e in ents for k in range(e.start, e.end)}
    after = {}
    added = []
    for e in person_at.values():
        found = nickname_at(doc, e.end)
        if found and found[2]:
            after[found[0]] = found[1]
            k = found[0]
            while k < min(len(doc), found[0] + found[1]) and k not in taken and doc[k].is_alpha \
                    and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
                k += 1
            span = Span(doc, found[0], k, label="PER")
            if k > found[0] and _name_like(span, kb) and (k == len(doc) or not doc[k].text[:1].isupper()):
                added.append(span)
    out = set()
    for e in [*ents, *added]:
        if e.label_ == "PER" and e not in added or not _name_like(e, kb):
            continue
        before = full_name_at(doc, e.end)
        if len(e) <= after.get(e.start, 0) or before and before[0] in person_at and len(e) <= before[1] \
                and len(person_at[before[0]]) >= 2:
            out.add(text_of_span(e))
    return out, added


def person_evidence(ents: list[Span], texts: set[str], kb: Knowledge) -> set[str]:
    """The names of ``texts`` that the document writes somewhere as a person's, in full or by a
    word of them (a PER of ``ents``): after an honorific or rank (``Pak X``, ``Kombes X``) or a speech
    verb (``kata X``, ``ujar Giring`` for ``Giring Ganesha``). A title, occupation or person noun
    says less: ``analis Marvendo Sekuritas``, ``Direktur Bank X``."""
    said = set()
    for ent in ents:
        if ent.label_ == "PER" and ent.start > 0:
            before = ent.doc[ent.start - 1].lower_
            if before.rstrip(".") in kb.honorifics or before in SPEECH_AFTER:
                said.add(text_of_span(ent))
    return {text for text in texts if text in said or any(word in said for word in text.split())}


def retype(doc: Doc, kb: Knowledge, lex: TypeLexicons, ents: Optional[tuple[Span, ...]] = None) -> tuple[Span, ...]:
    """``doc.ents`` (or ``ents``, what it holds) with the PER entities typed by :func:`decide` (one sense per
    document)."""
    ents = doc.ents if ents is None else ents
    ents = thing_headed(doc, list(ents), kb)
    ents = acronym_orgs(doc, ents, kb, lex)
    orgs: set[str] = set()
    dropped: set[int] = set()
    # one-word names the text writes after a performer's noun (``Penyanyi Tulus``): a stage name, common word or not
    solo = frozenset(text_of_span(e) for e in ents if e.label_ == "PER" and len(e) == 1
                     and (after_solo_noun(doc, e.start, kb) or solo_apposition(doc, e.end, kb)))
    name_words = frozenset(_long_name_words(ents)) | named_words(doc, lex) | solo
    clubs: set[str] = set()  # (typed by a sport noun alone: kubu X, tim X)
    sport = lex.sport and sports_report(doc)
    for ent in ents:
        if ent.label_ == "PER" and text_of_span(ent) not in orgs:
            found = decide(doc, ent, kb, lex, name_words)
            if found == "ORG":
                orgs.add(text_of_span(ent))
            elif found == "none":
                dropped.add(ent.start)
            elif found is None and sport and sport_cue(doc, ent, kb, lex):
                clubs.add(text_of_span(ent))
    confirmed = confirmed_people(ents, kb, lex)
    people_at = {e.start: e for e in ents if e.label_ == "PER"}
    sure = sure_people(ents, kb, lex) | solo  # (a title vouches for no person: it takes organisations too)
    sure_words = frozenset(w for name in sure for w in name.split())
    orgs |= {text_of_span(e) for e in ents if e.label_ == "PER" and text_of_span(e) not in sure and e.start not in dropped
             and title_unit(doc, e, people_at, kb, lex)}
    if clubs:
        # (a club, unless the text writes the name where only a person's stands, every word of it in the names
        # of its people or a word of it alone as a person's: tim Luis Milla ... pelatih Luis Milla; skuad Zidane ...
        # Zinedine Zidane; tim Diego Simeone ... kata Simeone)
        people_words = {w for e in ents if e.label_ == "PER" and len(e) > 1 and text_of_span(e) not in clubs
                        for w in text_of_span(e).split()}
        short_names = {text_of_span(e) for e in ents if e.label_ == "PER" and len(e) == 1 and text_of_span(e) not in clubs}
        orgs |= {c for c in clubs - confirmed
                 if not set(c.split()) <= people_words and not set(c.split()) & short_names}
    orgs -= person_evidence(ents, orgs, kb)  # one sense per document, both ways
    people = {text_of_span(e) for e in ents if e.label_ == "ORG" and introduced_person(doc, e, kb)}
    nicknames, named = nicknamed(doc, ents, kb)
    people |= nicknames
    surnames = {text_of_span(e) for e in ents if e.label_ == "PER" and len(e) == 1 and text_of_span(e) in confirmed
                and text_of_span(e).lower() not in lex.common}
    places = region_places(ents, lex, confirmed)
    # (a candidate right before another person is the title's unit whole: Kepala Animasi Walt Disney | John X)
    person_starts = frozenset(e.start for e in ents if e.label_ == "PER")
    units = frozenset(text_of_span(e) for e in ents if e.label_ in ("ORG", "LOC") and len(e) > 1)  # (Asia of X Asia Securities)
    # the first words of people written where no title or unit runs into them, and the sure one-word people
    given = frozenset(e[0].text for e in ents if e.label_ == "PER" and (len(e) == 1 and text_of_span(e) in sure or e.start == 0
                                                                       or not doc[e.start - 1].text[:1].isupper()))
    # one sense per document: a candidate the text writes elsewhere as an organisation or a place
    other = {text_of_span(e): e.label_ for e in ents if e.label_ in ("ORG", "LOC")}
    unsure = {text_of_span(e) for e in ents if e.label_ == "PER" and text_of_span(e) in other and text_of_span(e) not in orgs
              and not _vouched(text_of_span(e), sure, sure_words)}
    orgs |= {t for t in unsure if other[t] == "ORG"}
    places |= {t for t in unsure if other[t] == "LOC"}
    # a one-word candidate that opens a longer organisation of the text (``Velmora`` ... ``Velmora Movement``,
    # ``Velmora Indonesia``), no DBpedia given name (``Dwiki`` ... ``Dwiki Dharmawan Orkestra``: named after him),
    # that no longer person holds nor the text writes as a person's: that organisation's short form (the press
    # names a company by its brand alone)
    firsts = {e[0].text for e in ents if (e.label_ == "ORG" or text_of_span(e) in orgs) and len(e) > 1
              and e[0].text[:1].isupper()}
    held_words = _long_name_words([e for e in ents if text_of_span(e) not in orgs])  # (Velmora Movement typed PER once too)
    orgs |= {text for e in ents if e.label_ == "PER" and len(e) == 1 and (text := text_of_span(e)) in firsts
             and text not in held_words and text not in sure and text.lower() not in lex.common
             and text not in lex.given_names}
    # a one-word candidate with a capital inside (no surname particle before it) that no longer person holds and
    # no honorific precedes: a company's, outlet's or band's name, even before a speech verb (``DxOMark``,
    # ``TorrentFreak melaporkan``: outlets report)
    honoured = {text_of_span(e) for e in ents if e.label_ == "PER" and e.start > 0
                and doc[e.start - 1].lower_.rstrip(".") in kb.honorifics}
    orgs |= {text_of_span(e) for e in ents if e.label_ == "PER" and len(e) == 1 and text_of_span(e) not in held_words
             and text_of_span(e) not in honoured and camel_name(text_of_span(e), lex)}
    # and the other way round: one word typed organisation or place that is the surname of a sure person
    # of the text (``Gareth Bale`` ... ``Bale``), no place or institution the lexicons know
    surnamed = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1 and text_of_span(e) in sure}
    people |= {text_of_span(e) for e in ents if e.label_ in ("ORG", "LOC") and len(e) == 1 and text_of_span(e) in surnamed
               and text_of_span(e) not in kb.place_words and text_of_span(e) not in kb.known_forms
               and not kb.is_acronym(text_of_span(e))}
    # (Penyanyi Tulus ... pihak Tulus)
    people |= {text_of_span(e) for e in ents if e.label_ in ("ORG", "LOC") and text_of_span(e) in solo}
    things = {text_of_span(e) for e in ents if e.label_ == "PER" and text_of_span(e) not in orgs
              and not _vouched(text_of_span(e), sure, sure_words)
              and (thing_name(e, kb, lex) or _year_after(doc, e.end) or thing_headed_name(e, kb))}
    # (one word of a longer name of the text that stays is its short form: Iggy of Iggy Pop ... ujar Pop)
    held = {t.text for e in ents if e.label_ == "PER" and len(e) > 1 and text_of_span(e) not in things for t in e}
    things -= held
    out = []
    refused: set[str] = set()  # the words of the phrases refused below
    for ent in ents:
        start = surname_start(doc, ent, kb, surnames) if ent.label_ in ("ORG", "LOC") else None
        if ent.label_ in ("ORG", "LOC") and text_of_span(ent) in people:
            out.append(Span(doc, ent.start, ent.end, label="PER"))
        elif start is not None:
            out.append(Span(doc, start, ent.end, label="PER"))  # (an acronym before it: no type of its own)
        elif ent.label_ == "PER" and text_of_span(ent) in places and text_of_span(ent) not in orgs and ent.start not in dropped:
            out.append(Span(doc, ent.start, ent.end, label="LOC"))
        elif ent.label_ == "PER" and text_of_span(ent) not in orgs and ent.start not in dropped and ent.end not in person_starts \
                and (cut := thing_prefix_end(ent, kb, lex, given, units)) > ent.start:
            out.append(Span(doc, cut, ent.end, label="PER"))
        elif ent.label_ == "PER" and text_of_span(ent) not in orgs and ent.start not in dropped:
            start = -1 if text_of_span(ent) in things or text_of_span(ent) not in confirmed and english_phrase(ent, lex) \
                else head_noun_start(doc, ent, kb, lex, confirmed)
            if start is None:
                out.append(ent)
            elif start >= 0:
                out.append(Span(doc, start, ent.end, label="PER"))
            else:
                refused.update(t.text for t in ent)
        elif ent.label_ != "PER":
            out.append(ent)
        elif text_of_span(ent) in orgs:
            kind = thing_kind(ent, kb)  # (the head of an organisation's name: Liga Champions is a competition)
            if kind is None or kind == "facility":
                out.append(Span(doc, ent.start, ent.end, label="ORG" if kind is None else "LOC"))
    if named:  # (a nickname no entity held: "Matheus Carvalho, yang akrab disapa Theus")
        out = sorted([*out, *named], key=lambda e: e.start)
    return tuple(_without_short_forms(out, refused, confirmed))


def _long_name_words(ents: list[Span]) -> set[str]:
    """The words of the PER entities of two words or more."""
    return {w for e in ents if e.label_ == "PER" and len(e) > 1 for w in tokens_of(e.doc).texts[e.start:e.end]}


def region_places(ents: list[Span], lex: TypeLexicons, confirmed: frozenset) -> set[str]:
    """The PER texts named like an Indonesian regency, district or village (``region_names.txt``: no
    word of a DBpedia person name in it) that the text never writes where only a person's name stands
    (``confirmed``) and that no other person of the text holds as a word: places named alone
    (``Kelurahan itu adalah Cibubur (116 kasus), Ciracas (112)``, ``di desa Tempuran``)."""
    held = _long_name_words(ents)
    return {text_of_span(e) for e in ents if e.label_ == "PER" and text_of_span(e) in lex.regions and text_of_span(e) not in confirmed
            and not (len(e) == 1 and text_of_span(e) in held)}


def surname_start(doc: Doc, ent: Span, kb: Knowledge, surnames: set[str]) -> Optional[int]:
    """Where the person's name starts in an organisation or place mention that ends with a word the
    document writes alone as a person's (``surnames``: confirmed one-word people that are no common
    word, ``kata Bryant``):
    the name words before that word, two words at least (``NBA | Kobe Bryant`` ... ``ujar Bryant``);
    ``None`` when the mention is no such thing (an institutional, place or acronym word among them)."""
    end = ent.end
    if len(ent) < 2 or ent[-1].text not in surnames:
        return None
    k = end - 1
    while k > ent.start and kb.is_name_word(doc[k - 1]) and not kb.is_org_word(doc[k - 1].text) \
            and doc[k - 1].text not in kb.place_words and not kb.is_rank(doc[k - 1]):
        k -= 1
    if end - k < 2 or k - ent.start > 1 or k > ent.start and not kb.is_acronym(doc[ent.start].text):
        return None
    return k


def _without_short_forms(ents: list[Span], refused: set[str], confirmed: frozenset) -> list[Span]:
    """``ents`` without the one-word people that are a word of a refused phrase (the short forms
    propagation gave it: ``Boat`` after ``Rescue Boat``), unless the text confirms them or a kept
    person holds the word."""
    if not refused:
        return ents
    held = _long_name_words(ents)
    return [e for e in ents if not (e.label_ == "PER" and len(e) == 1 and text_of_span(e) in refused
                                    and text_of_span(e) not in confirmed and text_of_span(e) not in held)]


@Language.factory("person_types", assigns=["doc.ents"], requires=["doc.ents"])
def make_person_types(nlp: Language, name: str):
    return PersonTypes(nlp)


class PersonTypes:
    """Retypes or drops PER entities by the evidence of the module docstring."""

    def __init__(self, nlp: Language):
        self.kb = knowledge(nlp)
        self.lex = lexicons()

    def __call__(self, doc: Doc) -> Doc:
        before = doc.ents
        after = retype(doc, self.kb, self.lex, before)
        if after != before:  # (setting doc.ents costs several times reading it: not when nothing changes)
            doc.ents = after
        return doc
