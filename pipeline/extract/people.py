"""People and their roles (component ``people``).

People are the persons of the document's entity table (``doc._.entities``,
:mod:`pipeline.extract.entity_table`), which groups the PER mentions by the rules of
Indonesian names; a name's canonical form (:func:`canonical_name`) drops honorifics,
ranks (``honorifics.txt``) and trailing degrees.

Roles are read from the apposition next to a name: ``TITLE ORG, NAME`` and
``TITLE ORG NAME`` before it, ``NAME, TITLE ORG`` after it (``selaku``, ``sebagai``,
``merupakan``, ``adalah``, ``yang (juga|sebelumnya) menjabat sebagai``), ``NAME (TITLE)``,
``TITLE ORG (NAME)`` (a name put in brackets after a title), where TITLE opens with a title of office (``titles.txt``) or an occupation
(``occupations.txt``: ``sutradara``, ``gitaris``, ``ganda putra``). Between the name and the
title stand ranks, honorifics and corps (``Letkol Pnb``, ``KH``, ``dr.``). The title phrase
holds lower-case complements (``aktris senior``, ``siswi kelas XII``, ``anggota majelis hakim``),
an acting-office modifier with its short form in brackets (``Pejabat Sementara (Pjs) Bupati X``); two
titles of one holder joined by ``sekaligus`` (before or after the name), ``/`` or (bare titles) ``dan`` are
both read (:func:`_joined_before`: ``Menteri A/Kepala B NAME``, ``Co-Founder dan CEO X NAME``), and so are two
offices joined by ``selaku`` or a relative clause (``Komandan Kodim X selaku Dansatgas Y, NAME``, ``Ketua DPC X yang
menjabat sebagai Wakil Ketua DPRD Y, NAME``, ``NAME, Direktur X selaku Ketua Panitia``); ``NAME, selaku kuasa hukum
Y`` is NAME's capacity (Y is whom it serves), and ``NAME, sang vokalis`` an apposition opened by the personal article; it holds
enumerated fields (``Menteri Pendidikan Tinggi, Sains, dan Teknologi``), the capitalised words of the unit
an office holds before its organisation after a name and its degrees (``X, Sp.A, Kepala Instalasi Anak
RSUD Y``: :func:`_unit_to_org`) and its organisation;
a place adjunct (``di Pasar X, Kota``, ``asal Brasil``) and ``setempat`` are no part of it (an origin adjunct
between the title phrase and the comma before the name is passed over: ``Pelatih kepala X asal Belanda, NAME``, also when
X was read as a name), while after a name ``dari``/``di`` and an organisation give the title's organisation
(``NAME, pengamat ekonomi dari X,``). In
a list of office holders (``Menteri A X, Menteri B Y, Kepala C Z``) a title followed by a name
is that name's, not the one before it; after a lower-case occupation the name is the one it
serves when an apposition closes on it (``X, agen Ronaldo, yakin``: X is the agent). A list of
names shares the occupation before it (``penyanyi A dan B``, ``ganda putra A/B``), in
brackets after it, or of the plural set it is introduced as members of (``sejumlah pebalap, termasuk
A, B, dan C``: :func:`_list_member_role`; ``pemain X seperti A dan B``, with adjectives and a place after the
occupation: ``pemain penting X``, ``aktris Indonesia``). A title of a set (a quantifier
before it: ``duo``, ``kedua``, ``para``, ``tiga``; ``masing-masing`` after it: :func:`occupations.plural_head`)
distributes over every name of the list in apposition to it, before or after, an office as well as an
occupation, with its organisation (``duo pebalap X, A dan B``, ``para menteri, A, B dan C``, ``A dan B, dua
pemain X``), where a singular title before names joined by commas is the first name's (``kiper A, B, dan C``). No role for an addressee (``Kepada wartawan, X``) or a phrase headed by a
status or relation noun (``Aktivis mahasiswa``, ``orang tua calon siswa``: ``person_nouns.txt``,
``relation_nouns.txt``).

The organisation is the ORG entity at the end of the title phrase, with the board acronyms
before it (``DPP PKB``) and the rest of the phrase after it (``Perum Bulog Sulselbar``,
``Dinas A, B, dan C Provinsi X``); the field words of a unit before its parent's one-word name
go to the title (``Direktur Imunisasi`` / ``Kemenkes``). Without an ORG entity it is the
proper-noun tail after the title's head: from an acronym on (``Kepala`` / ``BNNP Riau``), or
after an occupation from its first capitalised word that is no place (``pelatih`` / ``Bali
United``). ``TITLE X, Y,`` with two PER mentions reads X as the title's organisation and Y as
the holder (``Pelatih kepala Pelita Jaya, Tobias Adeyemi, mengatakan``), and the leading words a
name took from the title before it (places, acronyms, words of other entities) go back to the
organisation (:func:`name_after_title`). A fused title with its region
(``Kapolda Metro Jaya``) points to the unit as the text names it elsewhere
(``fused_titles.tsv``); ``ORG diwakili oleh TITLE, NAME`` gives ORG; in
``kuasa hukum X, Y`` the title is Y's (``proxy_titles.txt``); a title held for someone right before a
person the text introduced earlier is someone else's (``manajer Abby``: ``served_titles.txt``). An
epithet, a title phrase closed by ``itu``/``tersebut``/``ini`` in the subject's place (``Penyerang 32
tahun itu``), gives its role to the person named last before it (:func:`epithets`, :func:`epithet_holder`),
and, when the holder has no role yet or one it agrees with, so does one outside the subject's place that names
an organisation, an origin or an age (the object of a preposition or a verb, a possessor: ``surat panggilan untuk
Ketua Umum X itu``, ``Sepakan penyerang Y itu``: the person named last in its sentence or the one before, past
the subject of its own clause: :func:`_oblique_slot`, :func:`_oblique_holder`),
and so does a pronoun subject with a title as predicate or relative clause (``Ia adalah``, ``Ia yang juga
Ketua X``) or after a fronted capacity (``Sebagai Ketua Panitia, ia ...``: :func:`pronoun_predicates`).
The shapes an occupation takes beyond an office's (:mod:`pipeline.extract.occupations`): a relative clause
between the phrase and the name's comma (``Bek sentral X yang juga dipanggil ke timnas, NAME``:
:func:`_before_relative`), a rank in its complement (``nomor satu dunia``), an origin adjunct
(``kelahiran``, ``keturunan`` beside ``asal``), an apposition after a preposition that the name closes
(``diberikan kepada petenis asal X, NAME.``), and epithets with a relative clause (``aktor 44 tahun yang
baru berpisah itu``), opened by the article ``sang`` (``Sang pemain mengaku``), or after a subordinator
when someone in the object's place was named before it (``meminggirkan X karena mantan penyerang Y itu``).
"""
from __future__ import annotations

import contextlib
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterator, Optional

import numpy
from spacy.attrs import ENT_IOB
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Person, Role
from ..extensions import ENTS_HELD, ents_of, text_of, text_of_span, tokens_of
from ..lang import words
from .entities import (
    COUNTRY,
    ENGLISH_JOIN,
    ROMAN,
    SUBUNITS,
    UNIT_HEADS,
    Knowledge,
    _cap,
    _ent_index,
    knowledge,
    rank_goes_on,
    role_matches,
    sentence_bounds,
    title_tail_end,
    unit_parent,
)
from .occupations import (
    DEFINITE,
    GAP_ONLY,
    SET_QUANTIFIERS,
    SUBORDINATORS,
    agrees,
    article_phrase_end,
    closes_clause,
    definite_article,
    opens_main_clause,
    plural_head,
    possessed_title,
    possessor_org,
    praise,
    ranked_number,
    relative_epithet_end,
    relative_start,
)
from .titled_names import degrees_end, prefix_titles

BRACKETED = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s+")  # an acronym in brackets inside a name
DEGREE = re.compile(r"^(s|m|d|ph|b|a)\.?[a-z]{0,4}(\.[a-z]{0,4})*\.?$", re.I)


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    return words("honorifics.txt") | prefix_titles()


NICKNAME = re.compile(r'\s+["“][A-Z][^"“”,]{0,24}["”](?=\s+[A-Z])')  # Dennis "Flash" Holloway


def canonical_name(text: str) -> str:
    """The name without honorifics, ranks and degrees, nor a nickname quoted inside it, as written otherwise."""
    name = NICKNAME.sub("", text.split(",")[0].strip())
    tokens = name.split()
    honorifics = _honorifics()
    # (the word dropped before grades a rank: Laksamana Muda X, Inspektur Polisi Satu X; a word was dropped:
    # the service may follow, Kolonel Laut X)
    before, ranked = "", False
    while len(tokens) > 1:
        word = tokens[0].rstrip(".").lower()
        if word in honorifics or rank_goes_on(word, before, ranked):
            before, ranked = word, True
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
AFTER_NAME = frozenset({"selaku", "sebagai", "merupakan", "adalah", "menjabat"})
AS_ROLE = frozenset({"selaku", "sebagai"})
COPULAS = frozenset({"adalah", "merupakan"})
LIST_DASHES = frozenset({"-", "–", "—"})  # NAME - TITLE in a list of people
JOINED = frozenset({"sekaligus"})  # two offices of one person: Ketua DPRD X sekaligus Ketua DPC Y
JOINED_MAX = 3  # the most titles read in one apposition joined so
INITIALLED = frozenset({"berinisial", "berinisal", "inisial"})
YANG = frozenset({"juga", "merupakan", "menjabat", "adalah", "sebelumnya", "kini", "pernah", "menjadi"})
STILL = frozenset({"masih", "tetap"})  # yang masih menjadi pebalap X: the link goes on after it
WHEN_THEN = frozenset({"saat", "kala", "ketika", "waktu"})
TIME_DEICTIC = frozenset({"itu", "ini"})  # saat itu / saat ini after a title: then or now, no part of it
THEN_NOW = frozenset({"sebelumnya", "kini", "sekarang"})  # the time of an apposition after the name's comma
# lower-case honorifics of degree and profession written between a title and the name (``, dr. NAME``)
LOWER_HONORIFICS = prefix_titles() | {"profesor"}
# words that open a place or origin adjunct after a title (``pedagang di Pasar X``, ``seniman asal Y``),
# which is no part of the title; a title ending with ``setempat`` (``Ketua RT setempat``) drops it
# (and birth, descent, school: ilustrator kelahiran Indonesia, pemain keturunan X, aktor lulusan Y)
ADJUNCT = frozenset({"di", "asal", "dari", "kelahiran", "keturunan", "lulusan"})
LOCAL = frozenset({"setempat"})
# contrastive conjunctions that open a main clause after a comma (``Meski ..., namun X ...``): the noun
# phrase after them is that clause's subject
CLAUSE_LINKS = frozenset({"namun", "tetapi", "tapi", "sedangkan", "padahal"})
# adjectives of tenure right after an occupation's head (stop words elsewhere: "baru saja", "sementara itu"):
# Pemain baru Liverpool, X / CEO lama, X / pelatih sementara Bali United X
TENURE = frozenset({"baru", "lama", "sementara"})


def _tenure(doc: Doc, k: int, end: int) -> bool:
    """Whether ``doc[k]`` is an adjective of tenure and no lower-case word follows it before ``end``
    (only the organisation, a comma or the name): not ``Sekjen baru PSSI pengganti X`` nor ``anggota
    baru keluarga X``, whose later words make the phrase a description of someone else."""
    return doc[k].lower_ in TENURE and not any(t.text.isalpha() and t.text.islower() for t in doc[k + 1:end])
def _tenure_after(doc: Doc, k: int, n: int) -> bool:
    """Whether ``doc[k]`` is an adjective of tenure ending an occupation after a name: a function word,
    a capitalised word or punctuation follows it (``sebagai manajer baru dengan kontrak``), no content
    word that would make it a description (``anggota baru keluarga X``)."""
    nxt = doc[k + 1] if k + 1 < n else None
    return doc[k].lower_ in TENURE and (nxt is None or not (nxt.text.isalpha() and nxt.text.islower())
                                        or nxt.lower_ in STOP_WORDS)


LIKE = frozenset({"sekelas", "sekaliber", "setingkat", "sejenis", "selevel"})  # penyanyi sekelas X: X is no singer here
# prepositions before a bare occupation that make it an addressee, not an apposition (Kepada wartawan, NAME)
ADDRESSEE = frozenset({"kepada", "pada", "dengan", "bagi", "untuk", "terhadap", "ke"})
# joins of a list of names that share one title before it (``penyanyi A dan B``, ``ganda putra A/B``)
NAME_JOIN = frozenset({"dan", "/", "&", "serta"})
BRACKET_WORDS = 4  # words of a bracket between two names of a list (``A (Prancis) dan B``)
LIST_NAMES = 25  # names of one list read on
VERB_PREFIX = re.compile(r"^(?:me|ber|di)[a-z]{3,}$")
VERB_SUFFIX = re.compile(r"(?:kan|an|i|nya|lah)$")
VOWELS = frozenset("aeiou")


def _verb_like(word: str) -> bool:
    """Whether a lower-case word is a prefixed verb. ``ber-`` words are; a ``meN-`` word is when the
    prefix has the form the first sound of its root asks for (``me-`` before l, r, w, y; ``mem-``
    before b, f or a vowel (``memakai``), ``memper-``; ``men-`` before d, c, j, z, sy or a vowel
    (``menulis``); ``meng-``, ``meny-``): ``media``, ``medis``, ``mesin``, ``menteri``, ``mental``
    are nouns; a ``di-`` word is when it ends with ``-kan`` or what the prefix and a suffix leave is a
    common word (``common_words.txt``): ``dibuat``, ``diminta`` are verbs, ``digital``, ``dinas``,
    ``direksi`` nouns of a title's complement (``praktisi digital forensik``)."""
    if not VERB_PREFIX.match(word):
        return False
    if word.startswith("ber"):
        return True
    if word.startswith("me"):
        if word[2] in "lrwy" or word.startswith(("memb", "memf", "memper", "mend", "menc", "menj", "menz", "mensy",
                                                  "meng", "meny")):
            return True
        return word[:3] in ("mem", "men") and word[3] in VOWELS
    if word.endswith("kan"):
        return True
    common = words("common_words.txt")
    stem = word[2:]
    return stem in common or len(VERB_SUFFIX.sub("", stem)) >= 3 and VERB_SUFFIX.sub("", stem) in common


def _split_title_org(doc: Doc, start: int, end: int, ents: dict, kb: Optional[Knowledge] = None,
                     titles: Optional[dict] = None) -> tuple[int, Optional[Span]]:
    """Where the title in doc[start:end] ends, and the organisation that follows it (if any).

    A place or origin adjunct (``di Istanbul``, ``asal Brasil``; not ``dari`` an organisation), a
    final ``setempat`` and possessives (``andalannya``) end the phrase. The organisation is the ORG
    entity in it, with the board acronyms written before it (``DPP PKB``, ``PP PBSI``) and the
    proper-noun rest of the phrase after it; without one (``kb`` given), the proper-noun tail after
    the title's head: from an acronym on (``Kepala BNNP Riau``), or after an occupation
    (``pelatih Bali United``, ``Produser Layar Kaca Pictures``) from its first capitalised word
    unless the tail is only places (a country after an occupation is dropped). Field words after a
    title (``Kepala Bidang Pembinaan dan Prestasi``) stay in it; the tails of region and fused
    titles (``Bupati Majalengka``) are no organisation."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    for k in range(start + 1, end):
        if lowers[k] in ADJUNCT and k not in ents:
            org_after = ents.get(k + 1) is not None and ents[k + 1].label_ == "ORG" and ents[k + 1].start == k + 1
            if not org_after or any(ents.get(x) is not None and ents[x].label_ == "ORG" for x in range(start, k)):
                end = k  # Pengamat politik dari Universitas X: the organisation, not a place, follows
                break
    while end - 1 > start and (lowers[end - 1] in LOCAL or texts[end - 1] == ","
                               or texts[end - 1].islower() and lowers[end - 1].endswith("nya")):
        end -= 1  # Ketua RT setempat; striker andalannya
    org = None
    for k in range(start + 1, end):
        ent = ents.get(k)
        if ent is not None and ent.label_ == "ORG" and ent.start > start:
            org = ent
            break
    office = None
    if org is None and kb is not None and _cap(texts[start]) and not _occupational(doc[start:end].text, kb):
        org = office = _office_place(doc, start, end, ents, kb, titles)  # (a place: no unit of a parent in it)
    if org is not None and office is None and kb is not None and org.end - org.start > 1 \
            and _parent_acronym(doc, org, kb, _cap(texts[start]) and not _occupational(doc[start:org.start].text, kb)):
        org = doc[org.end - 1:org.end]  # Direktur Jenderal Perdagangan Dalam Negeri Kemendag: the unit is the title's
    elif org is not None and office is None and kb is not None and _cap(texts[start]) \
            and not _occupational(doc[start:org.start].text, kb):
        parent = unit_parent(doc, org.start, org.end, kb)
        if parent is not None:
            org = doc[parent:org.end]  # Kepala Satuan Lalu Lintas Polres Sleman: the unit is the title's
    if org is not None:
        org_start = org.start
        head = _head_end(doc, start, end, kb, titles) if kb is not None else start + 1
        while org_start - 1 >= head and kb is not None and kb.is_acronym(texts[org_start - 1]) \
                and (org_start - 1) not in ents and not ROMAN.match(texts[org_start - 1]) \
                and unit_parent(doc, org_start - 1, org.end, kb) != org_start:
            # (DPP PKB; not a numeral of the title, Deputi IV, siswi kelas XII, nor the short form of the field
            # of a Direktur Jenderal inside the institution after it, ILMATE Kementerian X)
            org_start -= 1
        org_end = org.end
        if kb is not None and org_end < end and _proper_rest(doc, org_end, end, kb, ents):
            org_end = end  # Perum Bulog Sulselbar (taken back from the name), DPW PKB Jateng, Dinas A, B, dan C
            if office is None and _cap(texts[start]) and not _occupational(doc[start:org_start].text, kb):
                # Direktur Jenderal [Perhubungan Udara] [Kemenhub]: the field and its institution, two mentions
                org_start = unit_parent(doc, org_start, org_end, kb) or org_start
        if org_start < org.start or org_end > org.end:
            org = doc[org_start:org_end]
    elif kb is not None:
        org = _org_tail(doc, start, end, kb, titles, ents)
    if org is None:
        if kb is not None and _occupational(doc[start:end].text, kb):
            head = _head_end(doc, start, end, kb, titles)
            while end > head and (texts[end - 1] in kb.place_words or ents.get(end - 1) is not None
                                  and ents[end - 1].label_ == "LOC" or texts[end - 1] in {"(", ")"}
                                  or end - 2 >= head and texts[end - 1] == ")" and texts[end - 2] in kb.place_words
                                  or end - 2 >= head and texts[end - 1] == "," and ents.get(end - 2) is not None
                                  and ents[end - 2].label_ == "LOC"):
                end -= 1  # Petenis tunggal putri Amerika Serikat (AS): the country is no part of the occupation
                # (nor a chain of places, nelayan Desa X, Kecamatan Y, NAME)
        return end, None
    title_end = org.start
    while title_end > start and lowers[title_end - 1] in {"dan", "-", "/", "dari", "di"}:
        title_end -= 1
    return title_end, org


def _office_place(doc: Doc, start: int, end: int, ents: dict, kb: Knowledge,
                  titles: Optional[dict]) -> Optional[Span]:
    """The place named after a title of office in doc[start:end] that is the unit the title heads: a
    place mention opened by the head of a staffed facility (``office_places.txt``: ``Kepala Kantor
    Perwakilan Bank Indonesia Provinsi X``, ``Kepala Bandara X``, ``Kepala Lapas X``) with a name after
    the head, right after the title or the field words of its unit (``Kepala Seksi Pengawasan Kantor
    X``; not ``Ketua Gili Hotel Association``, where a name opens before the place). Only the first
    place of the phrase is read (``Presiden Amerika Serikat``: no office)."""
    heads = words("office_places.txt")
    head = _head_end(doc, start, end, kb, titles)
    for k in range(start + 1, end):
        ent = ents.get(k)
        if ent is None or ent.label_ != "LOC":
            if k >= head and _cap(doc[k].text) and not _field_word(doc[k], kb):
                return None
            continue
        if ent.start != k or ent.end > end:
            return None
        width = 2 if k + 1 < ent.end and f"{doc[k].text} {doc[k + 1].text}" in heads else 1
        if width == 1 and doc[k].text not in heads or ent.end - k <= width:
            return None
        e = ent.end
        if e + 3 < end and doc[e].text == "(" and doc[e + 2].text == ")" and kb.is_acronym(doc[e + 1].text) \
                and _proper_rest(doc, e + 3, end, kb, ents):
            return doc[k:end]  # Kantor Cabang Dinas (KCD) Wilayah I Kabupaten X: the name goes on after its acronym
        return ent
    return None


def _proper_rest(doc: Doc, k: int, end: int, kb: Knowledge, ents: dict) -> bool:
    """Whether doc[k:end], after an organisation in a title phrase, goes on with it: capitalised
    words, acronyms and places, an enumeration (``, Hortikultura, dan Perkebunan``), no person."""
    for t in doc[k:end]:
        ent = ents.get(t.i)
        if ent is not None and ent.label_ == "PER" or not (_cap(t.text) or t.text in {",", "dan"} or t.is_digit
                                                           or t.text in {"-", "/"} and t.i + 1 < end) \
                or kb.is_rank(t):
            return False  # (a rank opens the holder's name: Polri Irjen X)
    if any(t.text == "," for t in doc[k:end]) and not any(t.lower_ == "dan" for t in doc[k:end]):
        return False  # DPRD Kuantan Singingi, Riau: the province after a comma is no part of the name
    return _cap(doc[end - 1].text) or doc[end - 1].is_digit


def _parent_acronym(doc: Doc, org: Span, kb: Knowledge, office: bool = True) -> bool:
    """An organisation mention made of the field words of a unit and the one-word name of its parent
    institution (``Imunisasi Kemenkes``, ``Departemen Pelindungan Konsumen OJK``), which is itself an
    organisation (``institutions.tsv`` or another mention of the document); not a name opened by
    another head or an acronym (``Bank LPS``, ``Komisi III DPR``, ``DPRD Riau``). A unit after an
    occupation or a lower-case title (``dosen Departemen X Fakultas Y UGM``, not ``office``: the spelling
    rules capitalise a title of office before a name) is the workplace, no part of the title."""
    last = doc[org.end - 1]
    first = doc[org.start]
    return (last.text in kb.known_forms or last.text in _org_name_set(doc)) and last.text[:1].isupper() \
        and (first.text not in kb.org_heads_single or office and first.text in SUBUNITS and kb.is_acronym(last.text)) \
        and not kb.is_acronym(first.text) \
        and all(_cap(t.text) or t.lower_ == "dan" for t in doc[org.start:org.end - 1])


def _proper_end(doc: Doc, k: int, end: int) -> Span:
    """doc[k:end] without the lower-case words at its end (``YLKI bidang perumahan``)."""
    while end - 1 > k and not (_cap(doc[end - 1].text) or doc[end - 1].text in {")", "."} or doc[end - 1].is_digit):
        end -= 1
    return doc[k:end]


def _head_end(doc: Doc, start: int, end: int, kb: Knowledge, titles: Optional[dict]) -> int:
    """The end of the head of the title phrase at ``start``: its modifiers and the titles and
    occupations written one after the other (``Pelatih tunggal putri``, ``mantan Direktur``)."""
    k = _after_modifiers(doc, start, end, kb, titles)
    while titles is not None and k in titles and k < titles[k] <= end:
        k = titles[k]
    return max(k, start + 1)


def _after_modifiers(doc: Doc, k: int, end: int, kb: Knowledge, titles: Optional[dict]) -> int:
    """``k`` moved on over the modifiers that open a title phrase (see :func:`_with_modifiers`)."""
    while k < end and (titles is None or k not in titles):
        if doc[k].lower_ in kb.modifiers:
            k += 1
        elif k + 1 < end and f"{doc[k].lower_} {doc[k + 1].lower_}" in kb.modifiers:
            k += 2
        else:
            break
    return k


def _org_tail(doc: Doc, start: int, end: int, kb: Knowledge, titles: Optional[dict], ents: dict) -> Optional[Span]:
    """The organisation that ends a title phrase with no ORG entity in it (see :func:`_split_title_org`)."""
    head = _head_end(doc, start, end, kb, titles)
    words_ = [t.lower_ for t in doc[_after_modifiers(doc, start, head, kb, titles):head] if t.lower_ not in kb.modifiers]
    opener = " ".join(words_[:2])
    if not words_ or words_[0] in kb.region_titles or opener in kb.region_titles or words_[0] in kb.fused \
            or opener in kb.fused:
        return None
    occupation = words_[0] in kb.occupation_words
    for k in range(head, end - 1):
        if doc[k].lower_ == "timnas" and _cap(doc[k + 1].text):
            return _proper_end(doc, k, end)  # pelatih timnas Indonesia: the national team, as the press writes it
    for k in range(head + 1, end - 1):
        if doc[k - 1].text == "(" and doc[k + 1].text == ")" and kb.is_acronym(doc[k].text) and not occupation:
            if k - 1 == head and _abbreviates(doc[k].text, doc[start:head].text):
                continue  # Chief Communication Officer (CCO): the title's own short form
            first = _spelt_from(doc, head, k - 1, doc[k].text)
            if first in ents and ents[first].label_ == "LOC" or doc[first].text in kb.place_words:
                return None  # Pemimpin Korea Utara (Korut): a country's short form, no organisation
            return _proper_end(doc, first, end)  # Ketua Umum X Y (XY) Kalsel
    read = False  # (a capitalised word of the tail read)
    for k in range(head, end):
        t = doc[k]
        if not _cap(t.text) or ROMAN.match(t.text) or doc[k - 1].text == "(":
            continue  # lower-case complements, numerals (kelas XII) and short forms in brackets stay in the title
        if kb.is_acronym(t.text) and t.text not in kb.place_words and t.text not in COUNTRY:
            return _proper_end(doc, k, end)
        if occupation:
            places = all(not _cap(x.text) or x.text in kb.place_words or x.i in ents and ents[x.i].label_ == "LOC"
                         for x in doc[k:end])
            return None if places else _proper_end(doc, k, end)
        core = end
        while core - 1 > k and not read and (doc[core - 1].text in kb.place_words
                                             or core - 1 in ents and ents[core - 1].label_ == "LOC"):
            core -= 1  # Direktur Utama Smesco Indonesia: the name right after the title may end with its country
        read = True
        if doc[k - 1].text not in kb.org_heads_single and doc[k - 1].text not in SUBUNITS \
                and all(_cap(x.text) and not _field_word(x, kb) and not (x.i in ents and ents[x.i].label_ == "LOC")
                        for x in doc[k:core] if not x.is_digit):
            # Direktur Utama Telkomsel, Rektor Unair: a name, no field of the office (not Ketua Dewan Syura)
            return _proper_end(doc, k, end)
    return _named_tail(doc, head, end, kb, ents)


ENGLISH_ORG_ENDS = frozenset({"Institute", "Association", "Network", "Center", "Centre", "Council", "Foundation",
                              "Committee", "Commission", "Union", "Federation", "Watch", "Group", "Company",
                              "Corporation", "Agency", "Organization", "Organisation", "Fund", "Board", "Authority",
                              "Alliance", "Forum", "Society", "Club", "Initiative", "Partnership"})


@lru_cache(maxsize=None)
def _open_heads() -> frozenset[str]:
    """The one-word heads that open an organisation's own name (``org_heads.txt`` entries marked
    ``*``: ``Universitas``, ``Yayasan``, ``Persatuan``, ``Forum``, ``Serikat``)."""
    return frozenset(line[:-2].strip() for line in words("org_heads.txt") if line.endswith(" *") and " " not in line[:-2].strip())


def _named_tail(doc: Doc, head: int, end: int, kb: Knowledge, ents: dict) -> Optional[Span]:
    """The organisation a title phrase names by its grammar when the mention layer tagged none: the
    capitalised words right after the title's head opening with a head that opens an organisation's
    own name (``Ketua Umum Perhimpunan X Y``, ``Direktur Yayasan X``), or an English name that ends
    with an organisation noun or holds an English function word (``Ketua Gili Hotel Association``,
    ``Direktur Eksekutif Indonesia for Global Justice``). Capitalised words, digits, hyphens,
    brackets and English function words only, one organisation (no acronym of another after it), no
    person, and not only places."""
    k = head
    if k >= end or not _cap(doc[k].text) or doc[k].text in SUBUNITS:
        return None
    tail = doc[k:end]
    if any(ents.get(t.i) is not None and ents[t.i].label_ == "PER" for t in tail) \
            or not all(_cap(t.text) or t.is_digit or t.text in {"-", "(", ")", "&"} or t.lower_ in ENGLISH_JOIN
                       for t in tail) or doc[end - 1].lower_ in ENGLISH_JOIN:
        return None
    if all(t.text in kb.place_words or ents.get(t.i) is not None and ents[t.i].label_ == "LOC" for t in tail):
        return None
    english = doc[end - 1].text in ENGLISH_ORG_ENDS or any(t.lower_ in ENGLISH_JOIN and t.text.islower()
                                                           for t in doc[k + 1:end - 1])
    if doc[k].text in _open_heads() or english:
        return _proper_end(doc, k, end)
    return None


def _field_word(token, kb: Knowledge) -> bool:
    """A capitalised word that can name the field or unit of an office (``Keuangan``, ``Operasional``,
    ``Seksi``): a common word (``common_words.txt``), a word of the institutions' names or of titles,
    a place or an acronym; a word that is none of these (``Telkomsel``, ``Unair``) names an organisation."""
    text = token.text
    return text.lower() in words("common_words.txt") or text in kb.org_words or text.lower() in kb.title_words \
        or text.lower() in kb.modifiers or text in kb.place_words or kb.is_org_word(text) or not text.isalpha()


def _abbreviates(acronym: str, name: str) -> bool:
    from .organizations import abbreviates

    return abbreviates(acronym, name)


def _spelt_from(doc: Doc, head: int, bracket: int, acronym: str) -> int:
    """Where the name that the acronym in brackets at ``bracket`` abbreviates starts, after the title's
    head (``Kerukunan Suku Dayak Meratus (KSDM)``); else the first capitalised word after the head."""
    from .organizations import abbreviates

    for s in range(head, bracket - 1):
        if _cap(doc[s].text) and abbreviates(acronym, doc[s:bracket].text):
            return s
    return next((s for s in range(head, bracket) if _cap(doc[s].text)), head)


def _phrase_before(doc: Doc, end: int, kb: Knowledge, ents: dict, titles: TitleIndex, floor: int,
                   lenient: bool = False) -> Optional[int]:
    """Start of the title phrase that ends at ``end`` (None when there is none). ``lenient``
    (the phrase is closed by a comma or a rank) lets any capitalised word belong to it."""
    covered = {}
    for s, e in titles.between(floor - 8, end):
        if e <= end:
            for k in range(s, e):
                covered[k] = s
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    k = end
    best = None
    while k - 1 >= floor:
        text, lower = texts[k - 1], lowers[k - 1]  # (the word before k: doc[k - 1].text, .lower_)
        ent = ents.get(k - 1)
        if ent is not None and ent.label_ != "PER":
            k = max(ent.start, floor)
        elif (k - 1) in covered:
            k = covered[k - 1]
            best = k
            continue
        elif text == ")" and k - 3 >= floor and texts[k - 3] == "(":
            k -= 3
        elif text == ")" and k - 4 >= floor and texts[k - 4] == "(" and texts[k - 3][:1].isupper():
            k -= 4
        elif text == "," and k - 2 >= floor and ents.get(k) is not None and ents[k].label_ == "LOC" \
                and ents.get(k - 2) is not None and ents[k - 2].label_ in {"ORG", "LOC"}:
            k -= 1  # Ketua DPRD Kuantan Singingi, Riau NAME
        elif text == "," and lenient and k < end and (_cap(texts[k]) or lowers[k] == "dan") \
                and k - 2 >= floor and _cap(texts[k - 2]) and "dan" in lowers[k:end]:
            k -= 1  # an enumeration of fields: Menteri Pendidikan Tinggi, Sains, dan Teknologi, NAME
        elif text in TITLE_STOP or ent is not None:
            break
        elif lenient and lower in ENGLISH_JOIN | {"to"} and k < end and _cap(texts[k]) and k - 2 >= floor \
                and _cap(texts[k - 2]):
            k -= 1  # the English function words of a name: Institute for Essential Services Reform, Bike to Work
        elif (text[:1].isupper() and kb.is_org_word(text)) or text in UNIT_HEADS or text in {"Tim", "ke", "-", "/"} \
                or text.isdigit() or lower == "dan" and best is None and k < end or text in kb.place_words \
                or lenient and (text[:1].isupper() and not kb.is_rank(doc[k - 1]) or lower in {"di", "tim"}
                                or lower in TIME_DEICTIC and k - 2 >= floor and lowers[k - 2] in WHEN_THEN
                                or lower in WHEN_THEN and lowers[k] in TIME_DEICTIC):
            k -= 1
        else:
            break
        if k in titles:
            best = k
    if best is None:
        return None
    return _with_modifiers(doc, best, kb, floor)


PURPOSE = frozenset({"untuk", "bagi"})  # a purpose adjunct after a title: Manajer tim untuk Piala X, NAME
PURPOSE_WORDS = 6  # the longest named object of a purpose adjunct read


def _before_purpose(doc: Doc, end: int, kb: Knowledge, ents: dict, titles: TitleIndex, floor: int) -> int:
    """Where a title phrase closed by a comma ends when a purpose adjunct with a capitalised object
    stands between it and the comma (``Manajer tim nasional untuk Piala Sudirman, NAME``,
    ``Juru Bicara Pemda untuk Penanganan Covid-19, NAME``): the adjunct says what the office is for
    and is no part of the title (as the gold writes it); ``end`` itself when there is none."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    k = end - 1
    while k > max(floor, end - 1 - PURPOSE_WORDS) and lowers[k] not in PURPOSE:
        t = doc[k]
        ent = ents.get(k)
        if ent is not None and ent.label_ == "PER" or not (t.text[:1].isupper() or t.is_digit or t.text in {"-", "/"}
                                                           or t.lower_ == "dan"):
            return end
        k -= 1
    if k == end - 1 or k <= floor or lowers[k] not in PURPOSE or not _cap(texts[k + 1]):
        return end
    start = _phrase_before(doc, k, kb, ents, titles, floor, True)
    if start is None or not _cap(texts[start]) or start - 1 >= floor and lowers[start - 1] in NAME_JOIN:
        return end  # calon gubernur dan wakil gubernur untuk Pilkada X, A dan B: a pair's offices
    return k


def _comma_before(doc: Doc, left_end: int, name_start: int) -> bool:
    """Whether a comma closes the title phrase that ends at ``left_end`` before the name at
    ``name_start`` (past a relative clause or a possessive pronoun cut from the phrase)."""
    return any(doc[x].text == "," for x in range(left_end, name_start))


def _before_relative(doc: Doc, end: int, ent: Span, sent: Span, kb: Knowledge, ents: dict, titles: TitleIndex) -> int:
    """Where an occupation phrase closed by a comma before the name ``ent`` ends when a relative clause
    stands between it and the comma (``Bek sentral MU yang juga dipanggil ke timnas, NAME berharap``,
    ``striker Sunderland yang akan bermain untuk X musim depan, NAME, dan``): the clause tells more of the
    person and is no part of the title (:func:`occupations.relative_start`). Only an occupation (an
    office keeps its own shapes), and only where the phrase is the apposition of the name: it opens
    the sentence (after its modifiers) or the name closes its clause or apposition (not ``Setelah
    bertemu pemain yang cedera, NAME mengatakan``); ``end`` itself otherwise."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    for s, e in reversed(titles.between(max(sent.start, end - RELATIVE_REACH), end)):
        if doc[s].lower_ not in kb.occupation_words or e >= end:
            continue
        y = relative_start(doc, e, end, ents)
        if y is None or not _complements(doc, e, y, kb, ents):
            continue
        p = _with_modifiers(doc, s, kb, sent.start)
        opens = p == sent.start or doc[p - 1].text in kb.sentence_openers and p - 1 == sent.start
        closed = closes_clause(doc, ent.end, sent.end) or doc[ent.end].text == ","
        return y if opens or closed else end
    return end


RELATIVE_REACH = 18  # the farthest an occupation is read before the comma of a relative clause


def _modifier_dot(doc: Doc, k: int, kb: Knowledge) -> bool:
    """Whether ``doc[k]`` is the dot of an abbreviated modifier that the tokenizer split from it
    (``Pj`` ``.``, ``Plh`` ``.``: written ``Pj.`` in ``title_modifiers.txt``)."""
    return k >= 1 and doc[k].text == "." and doc[k].idx == doc[k - 1].idx + len(doc[k - 1].text) \
        and f"{doc[k - 1].lower_}." in kb.modifiers


def _with_modifiers(doc: Doc, start: int, kb: Knowledge, floor: int) -> int:
    """``start`` moved back over the modifiers written before a title, of one word (``mantan``, ``Plt``)
    or two (``Pejabat Sementara``, ``Pelaksana Harian``: ``title_modifiers.txt``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    while True:
        if start - 1 >= floor and lowers[start - 1] in kb.modifiers:
            start -= 1
        elif start - 2 >= floor and f"{lowers[start - 2]} {lowers[start - 1]}" in kb.modifiers:
            start -= 2
        elif start - 2 >= floor and _modifier_dot(doc, start - 1, kb):
            start -= 2  # Pj. Wali Kota: the modifier's abbreviation dot split from it
        elif start - 4 >= floor and texts[start - 1] == ")" and texts[start - 3] == "(" \
                and lowers[start - 2] in kb.modifiers and (lowers[start - 4] in kb.modifiers or start - 5 >= floor
                                                           and f"{lowers[start - 5]} {lowers[start - 4]}" in kb.modifiers):
            start -= 3  # Pejabat Sementara (Pjs) Bupati X: the modifier's short form in brackets after it
        else:
            return start


def roles_of(doc: Doc, ent: Span, kb: Optional[Knowledge] = None, ents: Optional[dict] = None,
             titles: Optional[dict] = None, shared: bool = True) -> Iterator[Role]:
    """Yield the roles given to the person named by ``ent`` in its apposition (``shared``: also
    the occupation of a list of names it belongs to, ``penyanyi A dan B``)."""
    if kb is None:
        kb = knowledge(_nlp_of(doc))
    if ents is None:
        ents = _ent_index(doc)
    if titles is None:
        titles = role_matches(doc, kb)
    if not isinstance(titles, TitleIndex):
        titles = TitleIndex(titles)
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    sent = _sentence_of(doc, ent.start)
    found = False
    c = _origin_end(doc, ent.end, ents, sent.end)  # (TITLE X asal P, Y: the origin of the holder aside)
    after = ents.get(c + 1) if c + 1 < sent.end and texts[c] == "," else None
    if after is not None and _org_read_as_person(doc, ent, after, kb, ents, titles, sent):
        return  # Pelatih kepala Pelita Jaya, Tobias Adeyemi,: the title is the next name's
    following = next((ents[k] for k in range(ent.end, min(ent.end + ORG_TAIL + 1, sent.end)) if k in ents), None)
    if following is not None and _org_before_name(doc, ent, following, kb, ents, titles, sent) is not None:
        return  # General Manager Santika Hotel Indra Muaz: the title is the next name's
    # TITLE ORG, NAME  /  TITLE ORG NAME  /  TITLE ORG Rank NAME
    left_end = ent.start
    while left_end - 1 >= sent.start:
        if _rank_corps(doc, left_end, sent.start, kb):
            left_end -= 3 if texts[left_end - 1] == ")" else 1  # Kolonel Laut (P) X
            continue
        if not (_honorific(doc[left_end - 1], kb) or texts[left_end - 1] == "."
                and left_end - 2 >= sent.start and _honorific(doc[left_end - 2], kb)):
            break
        if (left_end - 1) in ents and not (left_end - 2 >= sent.start and kb.is_rank(doc[left_end - 2])):
            break  # Panglima TNI Jenderal X: TNI is the title's organisation, not a rank
        if any(e == left_end for _, e in titles.between(max(sent.start, left_end - 4), left_end - 1)):
            break  # Sekretaris Jenderal X, Direktur Jenderal X: the word ends a title, it is no rank
        left_end -= 1
    lenient = left_end < ent.start
    if left_end - 1 > sent.start and texts[left_end - 1] == "(" and ent.end < sent.end and texts[ent.end] == ")" \
            and left_end == ent.start:
        left_end -= 1  # Ketua Umum PSSI (Edy Rahmayadi): the name the writer puts in brackets after a title holds it
        lenient = True
    initialled = left_end - 1 > sent.start and lowers[left_end - 1] in INITIALLED
    if initialled:
        # Kepala Dinas X, Lampung, berinisial HRS: the press names suspects by initials; an office is
        # their role, an occupation (pemilik usaha berinisial HS) describes them (as the gold has it)
        left_end -= 1
        lenient = True
    if left_end - 1 >= sent.start and texts[left_end - 1] == ",":
        left_end -= 1
        lenient = True
        # kuasa hukum X, Y / penasihat hukum terdakwa, Y: Y holds the title
        other = ents.get(left_end - 1)
        client = other.start if other is not None and other.label_ == "PER" else left_end - 1 \
            if left_end - 1 >= sent.start and texts[left_end - 1] in kb.client_nouns else None
        proxy = _proxy_title_before(doc, client, kb, titles, sent.start) if client is not None else None
        if proxy is not None:
            end = left_end if other is None or other.label_ != "PER" else client
            found = True
            yield Role(doc[proxy:end].text, None, doc[proxy].idx, ent.end_char, rule="proxy-title")
            left_end = sent.start
        else:
            left_end = _origin_start(doc, left_end, ents, sent.start)  # Pelatih kepala X asal P, NAME
    if left_end == ent.start and _org_after_holder(doc, ent, kb, ents, titles, sent):
        return  # Budi Santoso, Direktur Eksekutif Lokataru, mengatakan: Lokataru is the title's organisation
    if left_end == ent.start:
        other = next((ents[k] for k in range(ent.start - 1, max(sent.start, ent.start - ORG_TAIL - 1) - 1, -1)
                      if k in ents), None)
        start = _org_before_name(doc, other, ent, kb, ents, titles, sent) if other is not None else None
        if start is not None:
            title_end, org = _split_title_org(doc, start, other.start, ents, kb, titles)
            found = True
            org_start = org.start if org is not None else other.start
            yield Role(doc[start:title_end].text, doc[org_start:ent.start].text, doc[start].idx, ent.end_char,
                       rule="title-before-name")
            left_end = sent.start
    other = ents.get(left_end - 1) if left_end < ent.start and (texts[left_end] == ","
                                                                 or lowers[left_end] in ORIGIN) else None
    if other is not None and _org_read_as_person(doc, other, ent, kb, ents, titles, sent):
        start = _phrase_before(doc, other.start, kb, ents, titles, sent.start, True)
        title_end, org = _split_title_org(doc, start, other.start, ents, kb, titles)
        found = True
        org_start = org.start if org is not None else other.start
        yield Role(doc[start:title_end].text, doc[org_start:other.end].text, doc[start].idx,
                   ent.end_char, rule="title-before-name")
        left_end = sent.start
    if lenient and left_end > sent.start:
        k = left_end - 1
        while k > max(sent.start, left_end - 4) and texts[k].isalpha() and texts[k].islower() \
                and lowers[k] not in AS_ROLE:
            k -= 1
        if k < left_end - 1 and lowers[k] in AS_ROLE and k > sent.start \
                and _phrase_before(doc, k, kb, ents, titles, sent.start, lenient) is not None:
            left_end = k  # Direktur PT X selaku promotor, NAME: the title is the phrase before selaku
        else:
            left_end = _before_purpose(doc, left_end, kb, ents, titles, sent.start)
            left_end = _before_relative(doc, left_end, ent, sent, kb, ents, titles)
    possessed = lenient and possessed_title(doc, left_end, sent.start, titles, kb.occupation_words)
    if possessed:
        left_end -= 1  # Pelatih mereka, NAME: the pronoun is no part of the title
    start = _phrase_before(doc, left_end, kb, ents, titles, sent.start, lenient) if left_end > sent.start else None
    if start is None and left_end > sent.start and left_end == ent.start:
        start = _phrase_before(doc, left_end, kb, ents, titles, sent.start, True)
    if start is None and left_end > sent.start:
        start = _head_before(doc, left_end, kb, ents, titles, sent.start)
    if start is not None and _proxy_title_at(doc, start, kb, titles) and titles[start] == left_end \
            and ent.end + 1 < sent.end and texts[ent.end] == "," and ents.get(ent.end + 1) is not None \
            and ents[ent.end + 1].label_ == "PER":
        start = None  # the client of a proxy title (kuasa hukum X, Y)
    if start is not None and texts[start].islower() and start - 1 >= sent.start:
        before = ents.get(start - 2) if texts[start - 1] == "," else None
        if before is not None and before.label_ == "PER" and before.end == start - 1 \
                and _closed_apposition(doc, ent, sent.end, titles, kb):
            start = None  # X, agen Ronaldo, yakin: the occupation is X's, Ronaldo is whom it serves
        elif lowers[start - 1] in kb.relation_nouns and _comma_before(doc, left_end, ent.start):
            start = None  # orang tua calon siswa, X: X is a relation of the one the noun names (not in
            # keponakan penyanyi senior X, where X is the singer)
        elif lowers[start - 1] in ADDRESSEE and _comma_before(doc, left_end, ent.start) \
                and not closes_clause(doc, ent.end, sent.end) and not (ent.end < sent.end and texts[ent.end] == ",") \
                and not _cap(texts[_after_modifiers(doc, start, left_end, kb, titles)]):
            start = None  # Kepada wartawan, NAME mengatakan: the occupation is the addressee (not in
            # diberikan kepada petenis asal X, NAME.: the name closes the clause, an apposition; nor in
            # tertarik pada bek X, NAME, bek kiri Y, NAME2: a comma after the name, a list; nor an office
            # after its modifier, kepada mantan Kepala Dinas X, NAME, whose holder the name is)
    if start is not None and left_end == ent.start and _capacity_of_named(doc, start, ents, sent.start):
        start = None  # X, selaku kuasa hukum Y: the capacity is X's (read after X's name), Y is whom it serves
    if start is not None and left_end == ent.start and _serves(doc, start, left_end, ent, kb):
        start = None  # manajer Abby, sekretaris Patrialis Akbar: the title is of whom serves the person named before
    if start is not None and _cap(texts[start]) and start - 1 >= sent.start and _inside_name(doc[start - 1], kb) \
            and lowers[start] in kb.occupation_words and lowers[start] not in kb.title_first_words:
        start = None  # Nahdlatul Ulama di Pondok Gede: the occupation word ends a name
    if start is not None and texts[start].islower():
        start = _head_of_phrase(doc, start, kb, titles, sent.start)
    if start is not None and start < left_end:
        title_end, org = _split_title_org(doc, start, left_end, ents, kb, titles)
        if title_end - 2 > start and lowers[title_end - 1] in TIME_DEICTIC and lowers[title_end - 2] in WHEN_THEN:
            title_end -= 2  # Bupati Kuantan Singingi saat itu, NAME; Sekjen KPK saat ini, NAME
        title = doc[start:title_end].text
        if initialled and _occupational(title, kb):
            title = ""
        if title:
            org_name = _org_name(doc, title, org, kb)
            if org_name is None:
                org_name = _represented(doc, start, ents, sent.start)
            if org_name is None and org is None:
                org_name = _list_org(doc, start, title, sent, kb, ents, titles)
            if org_name is None:
                org_name = _company_of(doc, title, kb)
            if org_name is None and _occupational(title, kb):
                org_name = _camp_of(doc, sent, start, ents)
            if org_name is None and possessed:
                org_name = possessor_org(start, ents, _sentence_of(doc, max(0, sent.start - 1)).start)
            found = True
            yield Role(title, org_name, doc[start].idx, ent.end_char, rule="title-before-name")
            yield from _joined_before(doc, start, ent, sent, kb, ents, titles, org_name)
    if not found and shared:
        # penyanyi A dan B / ganda putra A/B / sepasang striker, A dan B: B shares A's occupation;
        # duo pebalap X, A, B dan C / para menteri, A dan B: each shares the title of a set (a singular
        # title before a list joined by commas is the first name's: kiper A, B, C dan D)
        before = _coordinated_before(doc, ent, sent, ents, titles)
        if before is not None:
            comma = "," in (texts[ent.start - 1], texts[ent.start - 2])  # (A, B / A, B, dan C)
            for role in roles_of(doc, before, kb, ents, titles, shared):
                if role.rule in {"title-before-name", "shared-title"} \
                        and (_plural_role(doc, role, sent.start) or not comma and _occupational(role.title, kb)):
                    yield Role(role.title, role.org, role.start, ent.end_char, rule="shared-title")
    if not found and shared:
        yield from _list_member_role(doc, ent, sent, kb, ents, titles)
    # NAME, TITLE ORG  /  NAME selaku TITLE  /  NAME yang juga TITLE  /  NAME (TITLE)
    j = ent.end
    n = sent.end
    if j < n and texts[j] == "(":
        in_brackets = list(_bracket_role(doc, ent, j, kb, titles, n))
        close = next((k for k in range(j + 1, min(j + 5, n)) if texts[k] == ")"), None)
        yield from in_brackets
        if close is None or in_brackets and not (close + 2 < n and texts[close + 1] == ","
                                                 and lowers[close + 2] == "yang"):
            return
        j = close + 1  # NAME (45), pedagang asal X: the age or initials in brackets aside; NAME (CTO), yang juga TITLE
    last = _list_last(doc, ent, n, ents) if shared and j == ent.end else None
    if last is not None and _set_after(doc, last.end, n, titles):
        # A dan B, dua pemain X yang ...: each name of the list holds the title of the set after it
        for role in roles_of(doc, last, kb, ents, titles, shared=False):
            if role.rule == "title-after-name":
                yield Role(role.title, role.org, ent.start_char, role.end, rule="shared-title")
        return
    if shared and j + 1 < n and texts[j] in NAME_JOIN and ents.get(j + 1) is not None \
            and ents[j + 1].label_ == "PER" and ents[j + 1].start == j + 1:
        # A dan B (ganda putra): A shares B's occupation in brackets
        for role in _bracket_role(doc, ents[j + 1], ents[j + 1].end, kb, titles, n):
            yield Role(role.title, role.org, ent.start_char, role.end, rule="shared-title")
        return
    if j < n and texts[j] == ",":
        j += 1
        # degrees after the name: S.H., M.Si., Sp.PD-KGEH, M.Pd.I. (titled_names.degrees_end)
        d = degrees_end(doc, ent.end)
        if d > j and d + 1 < n and texts[d] == ",":
            j = d + 1
        elif d > j and d < n and texts[d - 1].endswith(","):
            j = d  # NAME, M.Kes, TITLE: the tokenizer left the comma on the degree
        # NAME, S.H., yang juga TITLE
        if j + 1 < n and lowers[j] == "yang" and _yang_link(doc, j + 1, n) > j + 1:
            j = _yang_link(doc, j + 1, n)
        elif j + 1 < n and lowers[j] in AS_ROLE:
            j += 1  # NAME, selaku kuasa hukum X, / NAME, sebagai Ketua Panitia: the capacity after the comma
        elif j + 1 < n and lowers[j] in THEN_NOW and (j + 1) in titles:
            j += 1  # NAME, sebelumnya Managing Director X, / NAME, kini Ketua X,
        elif _set_after(doc, j - 1, n, titles) and _coordinated_before(doc, ent, sent, ents, titles) is not None:
            j += 1  # A dan NAME, dua pemain X: the title of the set the list names
    elif j + 1 < n and texts[j] in LIST_DASHES and doc[j - 1].whitespace_ and doc[j].whitespace_ \
            and (j + 1) in titles and _cap(texts[j + 1]) \
            and not any(e.label_ == "PER" for e in (ents.get(k) for k in range(j + 1, n)) if e is not None):
        j += 1  # a list item: NAME - Ketua Panitia (not a dateline: Warta X - Kepala Dinas Y NAME ...)
    elif j < n and lowers[j] in AFTER_NAME:
        j += 1
        if j < n and lowers[j - 1] == "menjabat" and lowers[j] == "sebagai":
            j += 1  # NAME menjabat sebagai TITLE
    elif _capacity_link(doc, j, n) > j:
        j = _capacity_link(doc, j, n)  # NAME dipercaya sebagai TITLE, NAME kini bertugas sebagai TITLE
    elif j + 1 < n and lowers[j] == "yang" and _yang_link(doc, j + 1, n) > j + 1:
        j = _yang_link(doc, j + 1, n)
    else:
        return
    pending = None  # a title joined by dan to the next one, waiting for its organisation
    for _ in range(JOINED_MAX):  # NAME, TITLE ORG sekaligus TITLE ORG: each title of the apposition
        j = _one_of(doc, j, n)
        while j < n and lowers[j] in kb.modifiers and j + 1 < n and (j + 1) not in titles \
                and not _modifier_dot(doc, j + 1, kb):
            j += 1
        m = j
        while m < n and (lowers[m] in kb.modifiers and m not in titles or _modifier_dot(doc, m, kb)):
            m += 1
        if m not in titles:
            m = _english_field_end(doc, m, n, kb, ents, titles)
        if m in titles:
            head = titles[m]
            if lowers[m] in kb.occupation_words or texts[m].islower():  # siswi kelas XII SMA Negeri 1 Denpasar, penyidik senior KPK
                head = _complement_end(doc, head, kb, ents, n)
            tail = _english_of_field(doc, title_tail_end(doc, head, kb, ents, titles, n), m, kb, ents, n)
            tail = _body_after(doc, m, tail, ents, n)
            unit_end = _unit_to_org(doc, tail, m, kb, ents, n)
            if unit_end > tail:
                tail = title_tail_end(doc, unit_end, kb, ents, titles, n)
            end = phrase_end = _closed_tail_end(doc, tail, kb, ents, n)
            title_end, org = _split_title_org(doc, m, end, ents, kb, titles)
            if org is not None:
                end = org.end
            else:
                end = max(title_end, titles[m])
            if _proxy_title_at(doc, m, kb, titles) and titles[m] < n and doc[titles[m]].text in kb.client_nouns:
                title_end = end = titles[m] + 1
            title = doc[j:title_end].text
            if phrase_end < n and lowers[phrase_end] in DEFINITE \
                    or any(t.text.islower() and t.lower_.endswith("nya") for t in doc[j:phrase_end]):
                break  # X, kiper andalannya tersebut: a description of someone else, no apposition
            if lowers[ent.end] in COPULAS and praise(doc, j, min(n, phrase_end + 1)):
                break  # X adalah salah satu penulis lirik terbaik: an evaluation, no role
            if lowers[j - 1] in CAPACITY_LINKS and lowers[j - 2] in CAPACITY_VERBS \
                    and praise(doc, j, min(n, phrase_end + PRAISE_REACH)):
                break  # X terpilih sebagai atlet yang paling dicintai: an award, no role
            nxt = _next_name(doc, end, kb, ents, n)
            if title and nxt is not None and nxt.start == end and _org_named_after_title(doc, ent, nxt, m, kb, titles, n):
                yield Role(title, nxt.text, ent.start_char, nxt.end_char, rule="title-after-name")
                break  # X, Direktur Eksekutif Lokataru, mengatakan: the organisation was read as a name
            holder = _next_holder(doc, end, kb, ents, n, found) if title else None
            if holder is not None and texts[ent.end] == "," \
                    and not (holder.start == end and _serves(doc, m, end, holder, kb)) \
                    and (_cap(texts[m]) or not _closed_apposition(doc, holder, n, titles, kb)):
                break  # a list of office holders: "Menteri A X, Menteri B Y": the title is Y's
            role = Role(title, _org_name(doc, title, org, kb) or _company_of(doc, title, kb), ent.start_char,
                        doc[end - 1].idx + len(texts[end - 1]), rule="title-after-name") if title else None
            if pending is not None and end + 1 < n and texts[end] == "," \
                    and _name_at(doc, end + 1, kb, ents, n) is not None:
                break  # Umuh, pemain dan Direktur PT X, Teddy: a list of people, the second title is Teddy's
            if pending is not None:
                yield Role(pending.title, pending.org or (role.org if role is not None else None), pending.start,
                           pending.end, rule=pending.rule)
                pending = None
            if role is not None and role.org is None and end + 1 < n and lowers[end] == "dan" \
                    and (end + 1) in titles and lowers[end + 1] not in kb.person_nouns:
                pending = role  # NAME, pendiri dan CEO Facebook: both titles of the one organisation
                j = end + 1
                continue
            if role is not None:
                yield role
            if not (end + 1 < n and lowers[end] in JOINED | AS_LINK):
                break  # (NAME, Direktur X selaku Ketua Panitia Y: both)
            j = end + 1
        else:
            break
    if pending is not None:
        yield pending


def _joined_before(doc: Doc, start: int, ent: Span, sent: Span, kb: Knowledge, ents: dict,
                   titles: TitleIndex, shared_org: Optional[str] = None) -> Iterator[Role]:
    """The first of two titles of one holder joined before the name (the second opens at ``start``):
    ``Ketua DPRD X sekaligus Ketua DPC Y NAME``, ``Menteri A/Kepala B NAME``, ``Co-Founder dan CEO X
    NAME``, ``Komandan Kodim X selaku Dansatgas Y, NAME``, ``Ketua DPC X yang (juga) menjabat sebagai Wakil
    Ketua DPRD Y, NAME`` (:func:`_link_before`); its organisation is its own, else the one the second title names (``shared_org``: the
    organisation after coordinated titles completes both, ``Pendiri sekaligus CEO X``). After ``dan`` only a bare title (``Peneliti dan pengajar di X,
    NAME``; not ``Wali Kota X dan Kepala Y``, two holders), and not when another holder follows the name
    (``Ketua dan Wakil Ketua X, A dan B``: a pair's offices); never over a person's name or a
    capitalised word before it (the end of a name), nor out of a quotation."""
    k = _link_before(doc, start, sent.start)
    if k <= sent.start or not (k < start - 1 or doc[k].lower_ in JOINED | AS_LINK or doc[k].text == "/"
                               or doc[k].lower_ == "dan"):
        return
    if doc[k].lower_ == "dan" and (ent.end + 1 < sent.end and doc[ent.end].lower_ in NAME_JOIN | {","}
                                   and ents.get(ent.end + 1) is not None and ents[ent.end + 1].label_ == "PER"):
        return
    first = _phrase_before(doc, k, kb, ents, titles, sent.start)
    if first is None:
        return
    head = _after_modifiers(doc, first, k, kb, titles)
    if not _cap(doc[head].text) or any(ents.get(x) is not None and ents[x].label_ == "PER" for x in range(first, k)) \
            or first > sent.start and (_cap(doc[first - 1].text) or doc[first - 1].text in QUOTE_MARKS):
        return  # (Arif Rahman Hakim dan Direktur X NAME: the word before dan ends a name)
    if doc[k].lower_ == "dan" and titles.get(head) != k:
        return  # Wali Kota X dan Kepala Y NAME, Juru bicara Pusat A dan Koordinator B: two holders or one unit
    title_end, org = _split_title_org(doc, first, k, ents, kb, titles)
    title = doc[first:title_end].text
    if title:
        own = _org_name(doc, title, org, kb)
        words_ = title.lower().split()
        if own is None and doc[k].text != "/" and words_[0] not in kb.region_titles \
                and " ".join(words_[:2]) not in kb.region_titles and words_[0] not in kb.fused:
            own = shared_org  # (not Menteri A/Kepala B: two offices; not Wali Kota sekaligus Ketua X: a region's head)
        yield Role(title, own, doc[first].idx, ent.end_char, rule="title-before-name")


def _body_after(doc: Doc, start: int, end: int, ents: dict, n: int) -> int:
    """``end`` moved over ``dari``/``di`` and the organisation after them when the title phrase ``start:end``
    after a name names none (``NAME, pengamat ekonomi dari Indef,``, ``NAME, peneliti di LIPI``): the body
    the holder is from or works at is the title's organisation, as it is before the name (``Pengamat dari
    X, NAME``: :func:`_split_title_org`). Not a place (``pedagang di Pasar Baru``), nor after an organisation."""
    if end + 1 >= n or doc[end].lower_ not in {"dari", "di"}:
        return end
    body = ents.get(end + 1)
    if body is None or body.label_ != "ORG" or body.start != end + 1 \
            or any(ents.get(k) is not None and ents[k].label_ == "ORG" for k in range(start, end)):
        return end
    return body.end

ORIGIN = frozenset({"asal", "kelahiran", "keturunan"})  # the origin of a holder after the title phrase


def _origin_end(doc: Doc, k: int, ents: dict, n: int) -> int:
    """``k`` moved over an origin adjunct that opens there (``asal Belanda``, ``kelahiran Jepang``: a word
    of :data:`ORIGIN` and a place mention) before the comma of an apposition; ``k`` when none does."""
    place = ents.get(k + 1) if k + 1 < n and doc[k].lower_ in ORIGIN else None
    return place.end if place is not None and place.label_ == "LOC" and place.start == k + 1 and place.end < n else k


def _origin_start(doc: Doc, end: int, ents: dict, floor: int) -> int:
    """Where an origin adjunct that ends at ``end`` right after an organisation (or a name read for one)
    opens (``Pelatih kepala Persib asal Belanda, NAME``: the holder's origin, no part of the title phrase
    before it, :data:`ADJUNCT`); ``end`` when none does."""
    place = ents.get(end - 1) if end - 1 > floor else None
    if place is None or place.label_ != "LOC" or place.end != end or place.start - 1 <= floor \
            or doc[place.start - 1].lower_ not in ORIGIN or ents.get(place.start - 2) is None:
        return end  # (only after the organisation of the title: Aktivis mahasiswa asal Riau, NAME keeps its reading)
    return place.start - 1

def _capacity_of_named(doc: Doc, start: int, ents: dict, floor: int) -> bool:
    """Whether the title phrase at ``start`` is the capacity of the person named right before it, after
    ``selaku`` or ``sebagai`` (``X selaku kuasa hukum Y``, ``X, sebagai pelatih Y``): the predicate of that
    name, so the name after the phrase is no holder of it."""
    k = start - 1
    if k <= floor or doc[k].lower_ not in AS_ROLE:
        return False
    k -= 1
    if doc[k].text == "," and k > floor:
        k -= 1
    other = ents.get(k)
    return other is not None and other.label_ == "PER" and other.end == k + 1

def _link_before(doc: Doc, start: int, floor: int) -> int:
    """Where the link that joins a second title of one holder to the first one before it ends before
    ``start`` opens: ``selaku`` (the capacity the holder of the first title acts in) or a relative clause
    of the first title whose predicate is the second (``yang juga``, ``yang menjabat sebagai``, ``yang
    kini menjadi``: the words of :func:`_yang_link`); ``start - 1`` otherwise (the one-word joiners of
    :func:`_joined_before`)."""
    k = start - 1
    if k > floor and doc[k].lower_ in AS_LINK:
        return k
    j = k
    while j > floor and doc[j].lower_ in YANG | {"sebagai"}:
        j -= 1
    if j < k and j > floor and doc[j].lower_ == "yang" and _yang_link(doc, j + 1, start) == start:
        return j
    return k


AS_LINK = frozenset({"selaku"})  # Komandan Kodim X selaku Dansatgas Y, NAME: both offices are the name's


def _org_after_holder(doc: Doc, ent: Span, kb: Knowledge, ents: dict, titles: TitleIndex, sent: Span) -> bool:
    """Whether the PER mention ``ent`` is the organisation of the title written between it and the
    name before it (see :func:`_org_named_after_title`)."""
    texts = tokens_of(doc).texts  # (doc[k].text without a Token)
    start = _phrase_before(doc, ent.start, kb, ents, titles, sent.start, True)
    if start is None or start - 2 < sent.start or texts[start - 1] != ",":
        return False
    holder = ents.get(start - 2)
    if holder is None or holder.label_ != "PER" or holder.end != start - 1:
        return False
    return _org_named_after_title(doc, holder, ent, _after_modifiers(doc, start, ent.start, kb, titles), kb, titles,
                                  sent.end)


def _org_named_after_title(doc: Doc, holder: Span, other: Span, m: int, kb: Knowledge, titles: TitleIndex,
                           n: int) -> bool:
    """``NAME, TITLE X, verb``: a PER mention X right after a title of office in the apposition of a
    name, closing it (a verb or a stop after its comma, no list going on) is the title's organisation
    read as a name (``Budi Santoso, Direktur Eksekutif Lokataru, mengatakan``), not a second holder:
    two people in one closed apposition make no sentence. Not when X holds a given name of a person
    (``person_name_words.txt``) or is the short form of a person the text named more fully, not
    after an occupation (``pengacara``), a lower-case title or a title held for someone (``kuasa
    hukum X``, ``agen X``: ``_serves``). ``m``: where the title's head starts."""
    if other.label_ != "PER" or holder.end >= n or doc[holder.end].text != "," or other.start <= m:
        return False
    if not _cap(doc[m].text) or _occupational(doc[m:other.start].text, kb) or _proxy_title_at(doc, m, kb, titles) \
            or _serves(doc, m, other.start, other, kb):
        return False
    if not (_closed_apposition(doc, other, n, titles, kb) or other.end < n and doc[other.end].text in {".", ";"}):
        return False
    if len(other) > 1 or any(t.text in kb.person_name_words for t in other):
        return False  # (Menteri A X, Menteri B Enggartiasto Lukita,: a name of two words is a person's)
    return not _short_of_named(doc, other)


APPOSITION_CLOSE = frozenset({",", ";", ".", ")"})
CLOSED_TAIL = 5  # the most capitalised words read after a title in an apposition closed after them


def _closed_tail_end(doc: Doc, k: int, kb: Knowledge, ents: dict, n: int) -> int:
    """Where a title after a name ends when capitalised words the title's tail did not take follow it
    up to the close of the apposition (``X, Ketua Kelompok Kerja Pemilihan;``, ``X, Ketua Kelompok Tani
    Sumber Rejeki, mengatakan``): up to five such words (or ``dan``, a hyphen, a number), none a
    person's, a rank or a place entity at the end, and the comma, semicolon or stop right after them;
    ``k`` itself otherwise (``X, Ketua RT Budi Santoso`` is someone else's title)."""
    j = k
    while j < n and j - k < CLOSED_TAIL and (_cap(doc[j].text) and doc[j].text.isalpha() and not kb.is_rank(doc[j])
                                             or j > k and (doc[j].lower_ == "dan" or doc[j].text == "-" or doc[j].is_digit)):
        ent = ents.get(j)
        if ent is not None and ent.label_ == "PER":
            return k
        j += 1
    if j == k or j < n and doc[j].text not in APPOSITION_CLOSE or not _cap(doc[j - 1].text):
        return k
    if j + 1 < n and doc[j].text == "," and ents.get(j + 1) is not None and ents[j + 1].label_ == "PER":
        return k  # A, Direktur Data dan Informasi Kemendagri, B dan C: the title may be B's
    last = ents.get(j - 1)
    if last is not None and last.label_ == "LOC" and last.start == k:
        return k  # X, Camat Cilandak, Jakarta Selatan: the place is read by the title's own rules
    return j


def _english_of_field(doc: Doc, k: int, m: int, kb: Knowledge, ents: dict, n: int) -> int:
    """Where an English title's ``of`` field ends after a name (``X, Head of Corporate Communications Y,``,
    ``X, Director of Marketing Y``): the capitalised words after ``of`` up to the next entity (the
    organisation, read by the title's own rules); ``k`` itself when the title is no English one or
    no such field follows."""
    if k + 1 >= n or doc[k].text != "of" or not _cap(doc[m].text):
        return k  # (``of`` is English only: the title before it is one)
    j = k + 1
    while j < n and j - k <= ENGLISH_FIELD + 1 and j not in ents and _cap(doc[j].text) and doc[j].text.isalpha():
        j += 1
    return j if j > k + 1 else k


UNIT_WORDS = 6  # the most words of a unit's or field's name read between a title and its organisation


def _unit_to_org(doc: Doc, k: int, m: int, kb: Knowledge, ents: dict, n: int) -> int:
    """Where the organisation ends when the words of the unit or field a title of office holds stand
    between the title and the organisation after a name (``X, Kepala Instalasi Anak RSUD Kota Y
    mengatakan``, ``X menjabat sebagai Kepala Departemen Kebijakan Makroprudensial BI Y menjabat``): up
    to six capitalised words (or ``dan``, a comma or a hyphen between them, a number), none a person's
    or a rank, right before an organisation entity; ``k`` itself when no organisation follows them
    (``_closed_tail_end`` reads a name closed by a comma). The title at ``m`` is one of office:
    capitalised, no occupation (``dokter anak RSUD X``: the hospital is the workplace, read as such)."""
    if not _cap(doc[m].text) or _occupational(doc[m:k].text, kb):
        return k
    j = k
    while j < n and j - k < UNIT_WORDS:
        ent = ents.get(j)
        if ent is not None:
            return ent.end if ent.label_ == "ORG" and ent.start == j and j > k else k
        t = doc[j]
        if not (_cap(t.text) and t.text.isalpha() and not kb.is_rank(t)
                or j > k and (t.lower_ == "dan" or t.text in {",", "-"} or t.is_digit) and j + 1 < n and _cap(doc[j + 1].text)):
            return k
        j += 1
    return k


ENGLISH_FIELD = 3  # the most words of an English title's field before its head (Regional General | Manager)


def _english_field_end(doc: Doc, j: int, n: int, kb: Knowledge, ents: dict, titles: dict) -> int:
    """Where the head of an English company title starts after the words of its field in an apposition
    after the name (``NAME, Regional General Manager Southeast Asia X``, ``NAME, senior marketing
    manajer X``, ``NAME, External Communications Senior Lead X``): up to three English words (capitalised,
    or common English words in lower case) before a title word; ``j`` when there is none."""
    english = words("english_words.txt")
    for k in range(j + 1, min(n, j + ENGLISH_FIELD + 1)):
        t = doc[k - 1]
        if ents.get(k - 1) is not None or not t.text.isalpha() or t.lower_ not in english \
                or t.text.islower() and t.lower_ in STOP_WORDS or t.lower_ in kb.relation_nouns:
            return j
        if k in titles:
            return k
    return j


ONE_OF = (("salah", "satu"), ("salah", "seorang"), ("seorang",), ("sang",))  # NAME adalah salah satu TITLE; NAME, sang TITLE


def _one_of(doc: Doc, j: int, n: int) -> int:
    """``j`` past the partitive or indefinite article of a predicate noun (``NAME adalah salah satu
    penyidik senior KPK``, ``NAME merupakan seorang pengusaha``): the title starts after it."""
    for words_ in ONE_OF:
        if j + len(words_) < n and tuple(t.lower_ for t in doc[j:j + len(words_)]) == words_:
            return j + len(words_)
    return j


# verbs whose complement after sebagai/menjadi is an office or occupation of their subject: of holding or
# doing a job (bertugas, bertindak, berprofesi, bekerja) and of being given one (dipercaya, ditunjuk,
# diangkat, dilantik, terpilih, dipilih, ditetapkan); not berperan (an actor's character)
CAPACITY_VERBS = frozenset({"bertugas", "bertindak", "berprofesi", "bekerja", "dipercaya", "ditunjuk", "diangkat",
                            "dilantik", "terpilih", "dipilih", "ditetapkan"})
CAPACITY_LINKS = frozenset({"sebagai", "menjadi"})
PRAISE_REACH = 4  # the words after a capacity verb's title read for a superlative (atlet yang paling dicintai)
CAPACITY_ADVERBS = frozenset({"juga", "kini", "telah", "sudah", "resmi", "pernah", "sempat", "masih"})


def _capacity_link(doc: Doc, j: int, n: int) -> int:
    """Where the title starts after a name followed by a capacity verb and ``sebagai``/``menjadi``
    (``NAME dipercaya sebagai TITLE``, ``NAME kini bertugas sebagai TITLE``, ``NAME resmi dilantik
    menjadi TITLE``), past at most two adverbs before the verb; ``j`` itself otherwise."""
    k = j
    while k < min(n, j + 2) and doc[k].lower_ in CAPACITY_ADVERBS:
        k += 1
    if k + 1 < n and doc[k].lower_ in CAPACITY_VERBS and doc[k + 1].lower_ in CAPACITY_LINKS:
        return k + 2
    return j


def _yang_link(doc: Doc, j: int, n: int) -> int:
    """Where the title starts in a relative clause after a name (``j`` right after ``yang``):
    past ``juga``, ``kini``, ``menjabat``, ``sebagai`` (``yang juga menjabat sebagai``) and a time
    adjunct before them (``yang saat itu menjabat sebagai``, ``yang ketika itu menjadi``); ``j``
    itself when no such link follows."""
    k = j
    if k + 2 < n and doc[k].lower_ in WHEN_THEN and doc[k + 1].lower_ in TIME_DEICTIC \
            and doc[k + 2].lower_ in YANG | STILL:
        k += 2  # yang saat itu menjabat; yang saat ini masih menjadi
    while k < n and doc[k].lower_ in STILL and k + 1 < n and doc[k + 1].lower_ in YANG:
        k += 1  # yang masih menjadi pebalap X
    if k < n and doc[k].lower_ in YANG:
        k += 1
        while k < n and doc[k].lower_ in YANG | {"sebagai"}:
            k += 1
        return k
    return j


# words that open a sentence before its subject (``Apalagi mantan pemain X itu ...``) besides
# ``sentence_openers.txt``, and the age words of an epithet (``Penyerang 32 tahun itu``)
AGE_WORDS = frozenset({"tahun", "berusia", "berumur"})
QUOTE_MARKS = ('"', "“", "”")
EPITHET_WORDS = 8  # the longest epithet read: head, complements and organisation


def epithets(doc: Doc, kb: Knowledge, ents: dict, titles: TitleIndex) -> Iterator[Role]:
    """Roles the text gives by an epithet that refers back to a person named before it: a title or
    occupation phrase closed by a demonstrative, as the subject of its sentence (first, after a
    sentence opener, or after a speech verb or ``menurut``): ``Ronaldo murka. Penyerang 32 tahun itu
    bahkan ...``, ``Menurut pelatih asal Prancis ini``, ``ujar politisi PDIP tersebut``; outside it
    (:func:`_oblique_slot`, rule ``epithet-oblique``, gap-only) when the phrase names an organisation, an
    origin or an age (``untuk kapten Timnas X tersebut``). The role's
    ``start`` is the epithet's; its holder is read by :func:`epithet_holder`. Plural or generic
    phrases (``Kedua pemain itu``, ``para pemain``) are no epithet of one person."""
    for s, e in sorted(titles.items()):
        sent = _sentence_of(doc, s)
        p = _with_modifiers(doc, s, kb, sent.start)
        head = _person_head_before(doc, p, sent.start)
        at = p if head is None else head  # pria yang juga Ketua X itu: the phrase opens at the person noun
        article = head is None and definite_article(doc, p, sent.start)
        if article:
            at = p - 1  # sang pelantun Hello belum boleh ...: the article makes the phrase definite
        rule = "epithet" if head is None else "epithet-topic"
        subject = _subject_slot(doc, at, sent, kb)
        # after a subordinator (karena mantan penyerang X itu)
        linked = not subject and head is None \
            and opens_main_clause(doc, at, sent.start, ents, kb.speech_verbs | BELIEF_VERBS)
        if not subject and not linked:
            if head is None and _clause_slot(doc, at, sent, kb):
                rule = "epithet-clause"
            elif head is None and not article and _oblique_slot(doc, at, sent, kb, ents):
                rule = "epithet-oblique"
            else:
                continue
        k = e
        lower = 0
        relative = None  # aktor 44 tahun yang baru berpisah itu: the clause is no part of the title
        while k < sent.end and k - p <= EPITHET_WORDS and doc[k].lower_ not in DEFINITE:
            t = doc[k]
            ent = ents.get(k)
            closing = relative_epithet_end(doc, k, sent.end, ents, _verb_like) if rule == "epithet" else None
            if closing is not None:
                relative, k = k, closing
                break
            if ent is not None:
                if ent.label_ == "PER":
                    break
                k = ent.end
                continue
            if t.text[:1].isupper() and t.text.isalnum() or t.is_digit or t.lower_ in AGE_WORDS \
                    or t.text in {"-", "/", "(", ")"}:
                k += 1
                continue
            if t.text.isalpha() and t.text.islower() and t.lower_ not in STOP_WORDS and not _verb_like(t.lower_) \
                    and t.lower_ not in kb.speech_verbs or t.lower_ in ADJUNCT:
                lower += 1
                if lower > 3:
                    break
                k += 1
                continue
            break
        if article and k < sent.end and doc[k].lower_ not in DEFINITE \
                and article_phrase_end(doc, k, ents):
            k -= 1  # the phrase ends before its predicate; the article stood for the demonstrative
        elif k >= sent.end or doc[k].lower_ not in DEFINITE or (relative or k) - p > EPITHET_WORDS:
            continue
        if rule == "epithet-clause" and k == e and not article:
            continue  # X mengatakan petugas tersebut ...: a bare noun in a reported clause is no epithet
        if rule == "epithet-oblique" and not _specific(doc, e, k):
            continue  # untuk pemain itu, mendatangkan wasit asing itu: outside the subject's place a phrase
            # refers back only with a name, an origin or an age in it
        end = k + 1 if article and doc[k].lower_ not in DEFINITE else k if relative is None else relative
        while end - 1 >= e and (doc[end - 1].lower_ in AGE_WORDS or doc[end - 1].is_digit):
            end -= 1  # Penyerang 32 tahun itu: the age is no part of the title
        title_end, org = _split_title_org(doc, p, end, ents, kb, titles)
        opened = [x for x in range(p, title_end) if doc[x].text == "("]
        if opened and not any(doc[x].text == ")" for x in range(opened[-1], title_end)):
            title_end = opened[-1]  # karyawan perusahaan event organizer (EO) itu: the short form is no part of it
        title = doc[p:title_end].text
        if title:
            if relative is not None or article or linked or rule == "epithet-oblique":
                rule += GAP_ONLY  # the occupation shapes of session 11: a role only where none is read
            yield Role(title, _org_name(doc, title, org, kb), doc[at].idx, doc[k].idx + len(doc[k].text), rule=rule)


# nouns that name a person only by sex or as a figure, heading an epithet with a relative clause
# (``Pria yang juga Ketua X itu``): with no type of their own they refer to the topic, the subject of
# the sentence before
PERSON_HEADS = frozenset({"pria", "wanita", "perempuan", "lelaki", "sosok"})


def _person_head_before(doc: Doc, p: int, floor: int) -> Optional[int]:
    """Where the person noun stands in ``pria yang (juga|merupakan|kini menjabat sebagai) TITLE``, the
    title starting at ``p``; None when the title is not so introduced."""
    k = p - 1
    while k > floor and doc[k].lower_ in YANG | {"sebagai"}:
        k -= 1
    if k == p - 1 or k - 1 < floor or doc[k].lower_ != "yang" or doc[k - 1].lower_ not in PERSON_HEADS:
        return None
    return k - 1


# (longest first: the longest link that fits the words after the pronoun is read)
PREDICATE_LINKS = tuple(sorted((
    ("adalah",), ("merupakan",), ("juga", "merupakan"), ("menjabat", "sebagai"),
    ("kini", "menjabat", "sebagai"), ("saat", "ini", "menjabat", "sebagai"), ("juga", "menjabat", "sebagai"),
    # a relative clause on the pronoun: Ia yang juga Ketua X mengatakan ...
    ("yang", "juga"), ("yang", "merupakan"), ("yang", "juga", "merupakan"), ("yang", "menjabat", "sebagai"),
    ("yang", "juga", "menjabat", "sebagai"), ("yang", "kini", "menjabat", "sebagai"), ("yang", "menjabat"),
), key=len, reverse=True))
AS_OPENERS = frozenset({"sebagai", "selaku"})  # Sebagai Ketua Panitia, ia ...: the fronted capacity of the subject


def pronoun_predicates(doc: Doc, kb: Knowledge, ents: dict, titles: TitleIndex) -> Iterator[Role]:
    """Roles the text gives in a sentence of its own whose subject is a third-person pronoun and whose
    predicate is a title (``X hadir. Ia adalah Ketua Umum Persatuan Y.``, ``Dia kini menjabat sebagai
    Direktur PT Z``): the role of the person the pronoun stands for, read by :func:`epithet_holder`
    like an epithet (the person named last before it). The role's ``start`` is the pronoun's."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    pronouns = words("pronouns.txt")
    for s, _ in sentence_bounds(doc):
        if s < len(doc) and lowers[s] in AS_OPENERS and texts[s][:1].isupper():
            yield from _fronted_capacity(doc, s, kb, ents, titles, pronouns)
            continue
        if s >= len(doc) or lowers[s] not in pronouns or not texts[s][:1].isupper():
            continue
        sent = _sentence_of(doc, s)
        n = sent.end
        j = next((s + 1 + len(link) for link in PREDICATE_LINKS
                  if tuple(t.lower_ for t in doc[s + 1:s + 1 + len(link)]) == link), None)
        if j is None:
            continue
        j = _one_of(doc, j, n)
        while j < n and lowers[j] in kb.modifiers and j + 1 < n and (j + 1) not in titles:
            j += 1
        if j not in titles or lowers[j] in kb.person_nouns:
            continue
        head = titles[j]
        if lowers[j] in kb.occupation_words or texts[j].islower():
            head = _complement_end(doc, head, kb, ents, n)
        end = title_tail_end(doc, head, kb, ents, titles, n)
        if end < n and lowers[end] in DEFINITE or any(e.label_ == "PER" for e in (ents.get(k) for k in range(j, end)) if e):
            continue  # Ia adalah pelatih tim itu / Ia adalah asisten X: someone else's title or a description
        if praise(doc, j, min(n, end + 1)):
            continue  # Ia adalah pemain terbaik di liga: an evaluation, no role
        title_end, org = _split_title_org(doc, j, end, ents, kb, titles)
        title = doc[j:title_end].text
        if title:
            last = (org.end if org is not None else max(title_end, head)) - 1
            yield Role(title, _org_name(doc, title, org, kb) or _company_of(doc, title, kb), doc[s].idx,
                       doc[last].idx + len(texts[last]), rule="pronoun-predicate")


def _fronted_capacity(doc: Doc, s: int, kb: Knowledge, ents: dict, titles: TitleIndex,
                      pronouns: frozenset) -> Iterator[Role]:
    """The role a sentence gives its pronoun subject in a fronted capacity adjunct: ``Sebagai Ketua
    Panitia, ia mengatakan``, ``Selaku Kepala Dinas X, dia menyebut`` (the title phrase from ``s + 1`` to
    the comma right before the pronoun; a name after the comma is read by :func:`roles_of`). The
    role's ``start`` is the pronoun's, its holder read by :func:`epithet_holder`."""
    sent = _sentence_of(doc, s)
    j = _one_of(doc, s + 1, sent.end)
    m = j
    while m < sent.end and (doc[m].lower_ in kb.modifiers and m not in titles or _modifier_dot(doc, m, kb)):
        m += 1
    if m not in titles or doc[m].lower_ in kb.person_nouns:
        return
    comma = next((k for k in range(titles[m], min(sent.end, titles[m] + EPITHET_WORDS + 1)) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end or doc[comma + 1].lower_ not in pronouns \
            or any(ents.get(k) is not None and ents[k].label_ == "PER" for k in range(j, comma)):
        return
    title_end, org = _split_title_org(doc, m, comma, ents, kb, titles)
    title = doc[j:title_end].text
    if title and not any(t.text in {"(", ")", '"', "“", "”"} for t in doc[j:comma]):
        yield Role(title, _org_name(doc, title, org, kb) or _company_of(doc, title, kb), doc[comma + 1].idx,
                   doc[comma + 1].idx + len(doc[comma + 1].text), rule="pronoun-predicate")


def _subject_slot(doc: Doc, p: int, sent: Span, kb: Knowledge) -> bool:
    """Whether a noun phrase starting at ``p`` is in the subject's place of its sentence or clause."""
    if p == sent.start:
        return True
    before = doc[p - 1]
    if before.lower_ in words("quote_cues.txt") or before.lower_ == "menurut":
        return True  # "...," ujar pemain itu; menurut pelatih itu (not the clause after "X mengatakan")
    if before.lower_ in CLAUSE_LINKS and p - 2 >= sent.start and doc[p - 2].text == ",":
        return True  # Meski nomor itu identik dengan X, namun pebalap asal Italia itu menolak: a main clause
    k = p - 1
    if before.text == ",":
        k -= 1
        if _fronted_adjunct(doc, sent.start, k + 1, kb):
            return True
    return k == sent.start and k < p and doc[k].text in kb.sentence_openers and doc[k].text not in {"Di", "Ke", "Pada", "Dengan", "Untuk", "Bagi", "Terhadap", "Kepada", "Mereka"}


BELIEF_VERBS = frozenset({"yakin", "percaya", "optimistis", "khawatir"})  # X yakin pemain itu ...: a clause follows
COMPLEMENTIZERS = frozenset({"bahwa", "kalau"})  # X menegaskan kalau sang pemain ...: the reported clause


SET_NOUNS = frozenset({"pasangan", "kubu", "tim", "skuad", "skuat"})  # nouns of a set of people before a title
# prepositions whose object an epithet may be (``untuk kapten Timnas X tersebut``, ``dari pentolan Y itu``)
OBLIQUE_PREPOSITIONS = frozenset({"untuk", "bagi", "kepada", "dari", "dengan", "oleh", "terhadap", "atas"})


def _oblique_slot(doc: Doc, p: int, sent: Span, kb: Knowledge, ents: dict) -> bool:
    """Whether a noun phrase starting at ``p`` stands outside the subject's place, where an epithet refers
    back to someone named before as well: the object of a preposition (``surat panggilan untuk Ketua Umum
    Partai X itu``), of a verb or the agent after a passive one (``dimentahkan kiper asal Spanyol tersebut``),
    or the possessor of a noun (``Sepakan penyerang Argentina itu``, ``leher penggawa asing X itu``). Not
    after a title or occupation word (the phrase opens before it), a name, a number or a function word."""
    if p - 1 < sent.start or ents.get(p - 1) is not None:
        return False
    before = doc[p - 1]
    word = before.lower_
    if word in OBLIQUE_PREPOSITIONS:
        return True
    if word in SET_QUANTIFIERS or word in SET_NOUNS:
        return False  # pasangan ganda putri asal X ini: a pair, no one person
    if not before.text.isalpha() or word in STOP_WORDS or word in kb.title_words or word in kb.occupation_words \
            or word in kb.modifiers or word in kb.person_nouns or word in kb.relation_nouns:
        return False
    return before.text.islower() or p - 1 == sent.start


PLACE_ADJUNCTS = frozenset({"di", "dari", "ke", "pada"})


def _specific(doc: Doc, e: int, k: int) -> bool:
    """Whether the complement ``doc[e:k]`` of an epithet's head names something: a capitalised word (an
    organisation, a nationality), a number (an age) or an origin (``asal``, ``kelahiran``); with no place
    adjunct in it, whose noun the demonstrative would close (``oknum dokter di RS tersebut``)."""
    return any(t.text[:1].isupper() or t.is_digit or t.lower_ in ORIGIN for t in doc[e:k]) \
        and not any(t.lower_ in PLACE_ADJUNCTS for t in doc[e:k])


def _clause_slot(doc: Doc, p: int, sent: Span, kb: Knowledge) -> bool:
    """Whether a noun phrase starting at ``p`` is the subject of a clause reported by a speech or belief
    verb whose own subject is named in the sentence (``Campos yakin kapten Timnas Portugal itu ...``,
    ``Pelatih X mengatakan bahwa penyerang asal Brasil itu ...``): the epithet is someone the speaker
    talks about, read by :func:`epithet_holder` past the speaker."""
    k = p - 1
    if k > sent.start and doc[k].lower_ in COMPLEMENTIZERS:
        k -= 1
    if k <= sent.start:
        return False
    verb = doc[k].lower_
    return verb in kb.speech_verbs or verb in BELIEF_VERBS


FRONTED_WORDS = 4  # the longest sentence adverbial read before an epithet (``Di samping itu,``)


def _fronted_adjunct(doc: Doc, start: int, comma: int, kb: Knowledge) -> bool:
    """Whether ``doc[start:comma]`` is a short sentence adverbial fronted before the subject and its
    comma (``Selain itu,``, ``Di samping itu,``, ``Seperti diketahui,``, ``Oleh karena itu,``): a
    capitalised first word and up to three lower-case words, no name, number or quotation mark, and
    no other person in it (``Menurut dia, pemain itu``: the epithet is someone the speaker talks
    about; ``Bagi pelatih itu,``: the adverbial holds the noun phrase)."""
    if not 2 <= comma - start <= FRONTED_WORDS or not doc[start].text[:1].isupper():
        return False
    lowers = [t.lower_ for t in doc[start:comma]]
    if lowers[0] == "menurut" or any(w in words("pronouns.txt") or w in DEFINITE and k < len(lowers) - 1
                                     for k, w in enumerate(lowers)):
        return False
    return all(t.text.isalpha() and t.text.islower() and t.lower_ not in kb.title_words
               and t.lower_ not in kb.occupation_words for t in doc[start + 1:comma])


def epithet_holder(doc: Doc, role: Role, named: list[tuple[int, int, object]]) -> Optional[object]:
    """The person an epithet (:func:`epithets`) refers to: the one named last before it, in its
    sentence or the two before (``membuat Ronaldo murka. Penyerang 32 tahun itu``, ``memasukkan
    Michael Essien. Gelandang asal Ghana itu``); a name inside the quotation that a speech verb
    closes before the epithet is no holder (``"... ke Marcus ...," ujar pemain itu``). ``named``:
    the (start, end, person) of the name mentions, sorted."""
    at = role.start
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None:
        return None
    bounds = sentence_bounds(doc)
    k = bisect_right(bounds, (token.start, len(doc) + 1)) - 1
    if k < 0:
        return None
    lo = doc[bounds[max(0, k - 2)][0]].idx
    text = text_of(doc)
    i = bisect_left(named, (at,)) - 1
    if role.rule.startswith("epithet-topic"):  # the first person named in the sentence before, when none in its own
        here = doc[bounds[k][0]].idx
        if k == 0 or bisect_left(named, (here,)) < len(named) and named[bisect_left(named, (here,))][0] < at:
            return None
        first = bisect_left(named, (doc[bounds[k - 1][0]].idx,))
        return named[first][2] if first < len(named) and named[first][0] < here else None
    if role.rule.startswith("epithet-oblique"):
        return _oblique_holder(doc, at, named, bounds, k, text)
    speaker = None
    if role.rule.startswith("epithet-clause"):  # the subject of the reporting verb talks about someone else
        here = doc[bounds[k][0]].idx
        first = bisect_left(named, (here,))
        if first >= len(named) or named[first][0] >= at:
            return None  # no speaker named in the sentence: whose clause it is is not known
        speaker = named[first][2]
    first = None
    while i >= 0 and named[i][0] >= lo:
        start, end, person = named[i]
        if end <= at and person is not speaker and sum(text.count(q, end, at) for q in QUOTE_MARKS) % 2 == 0:
            # (a name inside the quotation that closes before the speech verb is skipped)
            if first is None and not _verb_before(doc, start) \
                    or agrees(role.title, [r.title for r in getattr(person, "roles", ())]):
                return person  # the subject of its clause, or one the epithet may describe
            first = first or person
        i -= 1
    return first


CLAUSE_OPENERS = CLAUSE_LINKS | SUBORDINATORS


def _oblique_holder(doc: Doc, at: int, named: list, bounds: list, k: int, text: str) -> Optional[object]:
    """The person an epithet outside the subject's place refers to: the one named last before it, in its
    sentence or the one before, past the subject of its own clause (``Rossdale terpukul atas kabar
    meninggal dari pentolan X tersebut``: not Rossdale) and past a name inside a quotation."""
    lo = doc[bounds[max(0, k - 1)][0]].idx
    here = doc[bounds[k][0]].idx
    i = bisect_left(named, (at,)) - 1
    while i >= 0 and named[i][0] >= lo:
        start, end, person = named[i]
        i -= 1
        if end > at or sum(text.count(q, end, at) for q in QUOTE_MARKS) % 2:
            continue
        if start >= here and not _clause_between(text[end:at]):
            continue  # the subject of the epithet's own clause is no holder
        return person
    return None


def _clause_between(text: str) -> bool:
    """Whether a stretch of text between a name and an epithet opens another clause: a comma, a semicolon
    or a conjunction (``tapi``, ``karena``); not ``dan``, which joins two predicates of one subject (``X
    kini mengoleksi 26 gol dan unggul dua gol dari penyerang asal Belgia itu``: not X), nor ``yang``, whose
    clause is inside the subject's (``X ingin menyelami otak Y untuk tahu apa yang dipikirkan pemain asal Z
    itu``: not X)."""
    return any(mark in text for mark in ",;") or any(w in CLAUSE_OPENERS for w in text.lower().split())


def _verb_before(doc: Doc, at: int) -> bool:
    """Whether a prefixed verb stands in the sentence before the character ``at`` (a name there is no
    subject of its clause: ``Rossi menyambut rencana Wolff``)."""
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None:
        return False
    sent = _sentence_of(doc, token.start)
    return any(t.text.islower() and _verb_like(t.lower_) for t in doc[sent.start:token.start])


def name_after_title(doc: Doc, ent: Span, kb: Knowledge, ents: dict, titles: TitleIndex) -> Span:
    """The PER mention ``ent`` without the leading words it took from the title phrase written
    right before it (``Pemimpin Wilayah Perum Bulog Sulselbar Andi Muhammad Yasir``, ``Juru Bicara
    Taliban Zabihullah Mujahid``): places, acronyms and words that the document's other
    (non-person) entities hold, as long as two words of a name remain and no name opener
    (``Andi``, ``Muhammad``) is taken."""
    sent = _sentence_of(doc, ent.start)
    k = ent.start
    if ent.end - k < 3 or _phrase_before(doc, k, kb, ents, titles, sent.start) is None:
        return ent
    held = _entity_words(doc)
    while ent.end - k > 2 and doc[k].text not in kb.name_prefixes and _cap(doc[k].text) \
            and (doc[k].text in kb.place_words or kb.is_acronym(doc[k].text) or doc[k].text in held):
        k += 1
    return ent if k == ent.start else Span(doc, k, ent.end, label=ent.label_)


ENTS_FIXED = "_ents_fixed"  # doc.user_data key: the entity count while a caller keeps doc.ents as they are


@contextlib.contextmanager
def entities_fixed(doc: Doc):
    """A stretch of work that does not change ``doc.ents`` (the entity table's build): the caches of
    :func:`_per_entities` are checked against the entity count read once, not at every look-up, and
    :func:`pipeline.extensions.ents_of` gives the entities read once."""
    if ENTS_FIXED in doc.user_data:  # (inside another such stretch: it holds them)
        yield
        return
    doc.user_data[ENTS_FIXED] = _entity_count(doc)
    doc.user_data[ENTS_HELD] = doc.ents
    try:
        yield
    finally:
        doc.user_data.pop(ENTS_FIXED, None)
        doc.user_data.pop(ENTS_HELD, None)


def _entity_count(doc: Doc) -> int:
    """The number of entities, from the tokens' IOB codes (an entity opens with ``B``, code 3):
    ``len(doc.ents)`` builds a Span for every entity."""
    return int(numpy.count_nonzero(doc.to_array(ENT_IOB) == 3))


def _per_entities(doc: Doc, key: str, build) -> object:
    """``build(doc)``, kept in ``doc.user_data[key]`` while the document has as many entities (counted
    once inside :func:`entities_fixed`, else at each look-up: a pass over the tokens)."""
    count = doc.user_data.get(ENTS_FIXED)
    if count is None:
        count = _entity_count(doc)
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != count:
        cached = doc.user_data[key] = (count, build(doc))
    return cached[1]


def _entity_words(doc: Doc) -> frozenset:
    """The words of the document's organisation and place entities, once per document."""
    return _per_entities(doc, "_entity_words", lambda d: frozenset(
        w for e in ents_of(d) if e.label_ in {"ORG", "LOC"} for w in text_of_span(e).split()))


ORG_TAIL = 2  # the most words (Hotel, 1) between an organisation read as a name and the holder's name


def _org_before_name(doc: Doc, first: Span, second: Span, kb: Knowledge, ents: dict, titles: TitleIndex,
                     sent: Span) -> Optional[int]:
    """``TITLE X [w w] Y``: two PER mentions, X right after a title of office and Y, a name of two
    words or more, right after X or after up to two capitalised words or numbers of X's name (``General
    Manager Santika Hotel Indra Muaz``, ``Kepala Humas Daop 1 Eva Chairunisa``). X holds no given name of
    a person (``person_name_words.txt``) and is no short form of a person the text names: it is the
    title's organisation read as a name, Y the holder. The title phrase's start, or None."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    if first.label_ != "PER" or second.label_ != "PER" or first.end > second.start or len(second) < 2:
        return None
    if any(not (_cap(t.text) or t.is_digit) or t.i in ents or kb.is_rank(t) for t in doc[first.end:second.start]):
        return None
    if any(t.text in kb.person_name_words for t in first):
        return None
    start = _phrase_before(doc, first.start, kb, ents, titles, sent.start)
    if start is None or start >= first.start:
        return None
    m = _after_modifiers(doc, start, first.start, kb, titles)
    if m >= first.start or not _cap(texts[m]) or _occupational(doc[m:first.start].text, kb) \
            or _proxy_title_at(doc, m, kb, titles):
        return None
    if len(first) > 1 and lowers[m] not in kb.fused and lowers[m] not in kb.region_titles:
        return None  # Direktur PNRI Isnu Edhi Wijaya, Drajat Wisnu: a name of two words is a person's, unless a
        # region title names its region (Kapolsek Dukuh Pakis Yhogi Hadi Setiawan)
    return None if _short_of_named(doc, first) else start


def _org_read_as_person(doc: Doc, first: Span, second: Span, kb: Knowledge, ents: dict, titles: TitleIndex,
                        sent: Span) -> bool:
    """``TITLE X, Y, verb``: two PER mentions where a title phrase ends right before X and Y stands
    alone between commas (no list goes on after it). X is the title's organisation read as a name
    (``Pelatih kepala Pelita Jaya, Tobias Adeyemi, mengatakan``), Y the holder. The title phrase is
    read as one closed by a comma (its capitalised words and English function words: ``Regional Head
    of Operations X, Y,``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    c = _origin_end(doc, first.end, ents, sent.end)  # (TITLE X asal P, Y,: the origin of the holder aside)
    if first.label_ != "PER" or second.label_ != "PER" or second.start != c + 1 or texts[c] != ",":
        return False
    k = second.end
    if k + 1 >= sent.end or texts[k] != "," or lowers[k + 1] in NAME_JOIN or k + 1 in ents:
        return False
    start = _phrase_before(doc, first.start, kb, ents, titles, sent.start, True)
    if start is not None and start - 1 >= sent.start and lowers[start - 1] in kb.relation_nouns:
        return False  # putri Presiden ke-2 RI Soeharto, Titiek Soeharto: X is a person, Y their relation
    return start is not None and start < first.start and not _proxy_title_at(doc, start, kb, titles)


def _serves(doc: Doc, start: int, end: int, ent: Span, kb: Knowledge) -> bool:
    """Whether the title doc[start:end], written right before the PER mention ``ent``, is held for that
    person (``served_titles.txt``, ``proxy_titles.txt``: ``manajer Abby``, ``juru bicara Jokowi``): the
    person was introduced earlier in the text under this name or a fuller one, so the title names
    someone else's work for them (as ``kuasa hukum X``), not their own office."""
    title = " ".join(t.lower_ for t in doc[start:end] if t.lower_ not in kb.modifiers)
    served = words("served_titles.txt")
    if title not in served and title not in kb.proxy_titles and doc[start:end].text.lower() not in served:
        return False  # (asisten pribadi: Asisten is a modifier before a title and a title itself)
    from .entity_table import short_form_of

    name = canonical_name(text_of_span(ent))
    return any(e <= start and (other == name or short_form_of(name, other))
               for e, other in _per_mentions(doc).fuller_or_same(name))


def _short_of_named(doc: Doc, ent: Span) -> bool:
    """Whether the name of the mention ``ent`` is a short form of a person's name the text writes
    (:func:`entity_table.short_form_of`, :func:`_per_mentions`)."""
    from .entity_table import short_form_of

    name = canonical_name(text_of_span(ent))
    return any(short_form_of(name, full) for _, full in _per_mentions(doc).fuller_or_same(name))


def _per_mentions(doc: Doc):
    """The end token and canonical name of each PER mention by the name's words
    (:class:`entity_table.NameIndex`), once per document."""
    from .entity_table import NameIndex

    return _per_entities(doc, "_per_mentions", lambda d: NameIndex((e.end, canonical_name(text_of_span(e))) for e in ents_of(d)
                                                                   if e.label_ == "PER"))


def _next_name(doc: Doc, k: int, kb: Knowledge, ents: dict, n: int) -> Optional[Span]:
    while k < n and (kb.is_rank(doc[k]) or doc[k].text == "."):
        k += 1
    return ents.get(k) if k < n else None


def _closed_apposition(doc: Doc, per: Optional[Span], n: int, titles: dict, kb: Knowledge) -> bool:
    """Whether the name ``per`` closes an apposition: a comma follows it, and no list goes on
    after that comma (``dan``, a title, another name, a relation or status noun that introduces the
    next member: ``pengusaha A, putri B, C``)."""
    if per is None or per.end + 1 >= n or doc[per.end].text != ",":
        return False
    after = doc[per.end + 1]
    return after.lower_ not in NAME_JOIN and after.i not in titles and after.text[:1].islower() \
        and after.lower_ not in kb.relation_nouns and after.lower_ not in kb.person_nouns


def _complement_end(doc: Doc, k: int, kb: Knowledge, ents: dict, n: int) -> int:
    """The end of the lower-case complements of an occupation after a name (``siswi kelas XII``,
    ``petenis non-unggulan``): at most three content words, numerals and roman numerals (see
    :func:`_complements`)."""
    count = 0
    while k < n and count < 3 and k not in ents:
        t = doc[k]
        if t.text == "-" and count and k + 1 < n and doc[k + 1].text.isalpha() and doc[k + 1].text.islower():
            k += 2
            continue
        if not (t.text.isalpha() and t.text.islower() and (t.lower_ not in STOP_WORDS or not count and _tenure_after(doc, k, n))
                and not _verb_like(t.lower_) and t.lower_ not in ADJUNCT or count and (t.is_digit or ROMAN.match(t.text))):
            break
        count += 1
        k += 1
    return k


SERVICE_CORPS = frozenset({"Laut", "Udara"})  # Kolonel Laut, Mayor Udara: the service after a navy or air-force rank


def _rank_corps(doc: Doc, end: int, floor: int, kb: Knowledge) -> bool:
    """Whether the words before ``end`` are the service or the corps in brackets after a rank
    (``Kolonel Laut (P)``, ``Letkol Laut``): part of the rank, not of a name or a title."""
    k = end - 1
    if doc[k].text == ")" and k - 2 >= floor and doc[k - 2].text == "(" \
            and (doc[k - 1].text.isupper() and len(doc[k - 1].text) <= 3 or _honorific(doc[k - 1], kb)):
        k -= 3
        return k >= floor and (_honorific(doc[k], kb) or doc[k].text in SERVICE_CORPS)
    return doc[k].text in SERVICE_CORPS and k - 1 >= floor and kb.is_rank(doc[k - 1])


def _honorific(token, kb: Knowledge) -> bool:
    """A rank or honorific before a name (``Kompol``, ``KH``, ``dr.``)."""
    return kb.is_rank(token) or token.lower_.rstrip(".") in LOWER_HONORIFICS


def _occupational(title: str, kb: Knowledge) -> bool:
    """Whether ``title`` is headed by an occupation (``penyanyi lokal``), which a list of names can share."""
    tokens = title.lower().split()
    while len(tokens) > 2 and " ".join(tokens[:2]) in kb.modifiers:
        tokens = tokens[2:]  # Pejabat Sementara Gubernur: an acting office, no occupation
    first = [w for w in tokens if w not in kb.modifiers][:1]
    return bool(first) and first[0] in kb.occupation_words


def _bracket_role(doc: Doc, ent: Span, j: int, kb: Knowledge, titles: TitleIndex, n: int) -> Iterator[Role]:
    """``NAME (TITLE)``: an occupation or title alone in brackets right after the name
    (``Andika Pratama (tunggal putra)``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    k = j + 1
    while k < n and lowers[k] in kb.modifiers and k not in titles:
        k += 1
    if j < n and texts[j] == "(" and k in titles:
        end = titles[k]
        while end < n and end - k < 6 and texts[end] != ")" and (texts[end][:1].isalpha() or doc[end].is_digit) \
                and lowers[end] not in STOP_WORDS:
            end += 1
        if end < n and texts[end] == ")":
            title_end, org = _split_title_org(doc, j + 1, end, {}, kb, titles)
            title = doc[j + 1:title_end].text
            yield Role(title, _org_name(doc, title, org, kb), ent.start_char, doc[end].idx + 1, rule="title-in-brackets")


def _head_before(doc: Doc, end: int, kb: Knowledge, ents: dict, titles: TitleIndex, floor: int) -> Optional[int]:
    """Start of a title or occupation phrase right before a name whose head is followed by
    complements (see :func:`_complements`): ``aktris senior X``, ``pemilik toko kaset pita X``,
    ``Seorang pedagang di Pasar Terong, Makassar, X``, ``Pelatih tunggal putri PBSI, X``."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    for s, e in reversed(titles.between(max(floor, end - 10), end)):
        if e > end or not _complements(doc, e, end, kb, ents):
            continue
        while True:  # a title written before an occupation (Pelatih tunggal putri)
            before = [p for p, q in titles.between(max(floor, s - 4), s) if q == s]
            if not before:
                break
            s = before[0]
        s = _with_modifiers(doc, s, kb, floor)
        if s - 1 >= floor and (lowers[s - 1] in kb.person_nouns or lowers[s - 1] in kb.relation_nouns
                               and end < len(doc) and texts[end] == ","):
            return None  # Aktivis mahasiswa X, orang tua calon siswa, X: headed by a status or relation noun
            # (keponakan penyanyi senior X: X is the singer)
        return s
    return None


def _head_of_phrase(doc: Doc, start: int, kb: Knowledge, titles: TitleIndex, floor: int) -> int:
    """A lower-case title that completes another one written before it, one or two lower-case
    words apart, belongs to that one's phrase (``anggota majelis hakim``)."""
    for s, e in reversed(titles.between(max(floor, start - 6), start)):
        if e < start <= e + 2 and all(t.text.isalpha() and t.text.islower() and t.lower_ not in STOP_WORDS
                                      and not _verb_like(t.lower_) for t in doc[e:start]):
            s = _with_modifiers(doc, s, kb, floor)
            return s
    return start


def _inside_name(token, kb: Knowledge) -> bool:
    """A capitalised word that is no title, modifier, rank or sentence opener: the word after it
    continues its name."""
    return _cap(token.text) and token.text.isalpha() and token.lower_ not in kb.modifiers \
        and token.lower_ not in kb.title_words and not kb.is_rank(token) and not token.is_sent_start \
        and token.lower_ not in STOP_WORDS


# the ordinal numerals (bilangan tingkat, KBBI: ke- + a cardinal, and pertama) that rank an office's holders
# after its title (``Presiden kelima NAME``); ``pertama``, ``kedua``, ``kelima`` are in spaCy's stop list
ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
                      "kesembilan", "kesepuluh"})

def _complements(doc: Doc, k: int, end: int, kb: Knowledge, ents: dict) -> bool:
    """Whether doc[k:end] can complete a title before a name: at most three lower-case content
    words (no function word, verb or speech verb), capitalised words, organisations and places,
    and a place adjunct after ``di``/``asal``/``dari`` (commas allowed inside it)."""
    lower = 0
    adjunct = False
    for t in doc[k:end]:
        ent = ents.get(t.i)
        if ent is not None:
            if ent.label_ == "PER":
                return False
            continue
        if t.lower_ in ADJUNCT:
            if t.i + 1 >= end:
                return False  # penyanyi asal Jamaika: the "name" is the place
            adjunct = True
        elif t.text == "," and adjunct or _cap(t.text) and t.text.isalnum() or t.is_digit or t.lower_ in LOCAL \
                or t.text in {"-", "/"} and t.i > k and t.i + 1 < end and (doc[t.i + 1].text[:1].isupper()
                                                                           or doc[t.i + 1].is_digit):
            continue  # (a hyphen inside a name: Indonesia U-22)
        elif t.text == "(" and t.i + 2 < end and doc[t.i + 2].text == ")" and _cap(doc[t.i + 1].text) \
                and ents.get(t.i - 1) is not None and ents[t.i - 1].label_ == "ORG" \
                or t.text == ")" and t.i - 2 >= k and doc[t.i - 2].text == "(":
            continue  # the acronym of the organisation: Pengamat politik Universitas X (UX), NAME
        elif t.text.isalpha() and t.text.islower() and not adjunct \
                and (t.lower_ not in STOP_WORDS or ranked_number(doc, t.i) or t.i == k and _tenure(doc, t.i, end)
                     or t.lower_ in ORDINALS) \
                and not _verb_like(t.lower_) and t.lower_ not in kb.speech_verbs and t.lower_ not in LIKE:
            lower += 1
            if lower > 3:
                return False
        else:
            return False
    return True


def _heads_next_name(doc: Doc, k: int, kb: Knowledge, ents: dict, n: int) -> bool:
    """Whether a person's name (after ranks) starts at token ``k``: the title phrase that ends
    there introduces that person, not the one before it."""
    return _name_at(doc, k, kb, ents, n) is not None


def _name_at(doc: Doc, k: int, kb: Knowledge, ents: dict, n: int) -> Optional[Span]:
    """The person's name starting at token ``k`` after ranks, or None. A name read with its rank
    (``Komisaris Besar X``) starts at the rank."""
    while k < n:
        ent = ents.get(k)
        if ent is not None and ent.label_ == "PER" and ent.start == k:
            return ent
        if not (kb.is_rank(doc[k]) or doc[k].text == "."):
            return None
        k += 1
    return None


LIST_TAIL = 3  # the most words of an office's unit read past a title's end before the next holder's name


def _next_holder(doc: Doc, end: int, kb: Knowledge, ents: dict, n: int, listed: bool) -> Optional[Span]:
    """The next holder's name when the title phrase ending at ``end`` is that holder's in a list of
    office holders (``Gubernur Bali A, Pangdam IX / Udayana Mayjen TNI B, Kepala Polresta C``): a
    person's name follows it after ranks; when the name before was itself introduced by a title
    (``listed``), also after a few capitalised words, numerals or slashes of the office's unit
    (``IX / Udayana``) or after a comma (``bek Southampton, A, bek kiri Juventus, B``). None otherwise."""
    k = end
    for _ in range(LIST_TAIL + 1):
        if k >= n:
            return None
        holder = _name_at(doc, k, kb, ents, n)
        if holder is not None:
            return holder
        if listed and k == end and doc[k].text == ",":
            return _name_at(doc, k + 1, kb, ents, n)
        if not listed or k in ents or not (_cap(doc[k].text) or doc[k].text == "/" or doc[k].text.isdigit()):
            return None
        k += 1
    return None


def _bracket_start(doc: Doc, k: int, floor: int, titles: TitleIndex) -> int:
    """The ``(`` of a short bracket that closes at ``k`` and holds no title (``A (Prancis) dan B``: a name's
    origin or age; not ``A (ganda putra) dan B``, whose own role it is), else ``k + 1``."""
    if k >= floor and doc[k].text == ")":
        for b in range(k - 1, max(floor, k - BRACKET_WORDS - 1) - 1, -1):
            if doc[b].text == "(":
                return k + 1 if any(x in titles for x in range(b + 1, k)) else b
    return k + 1


def _coordinated_before(doc: Doc, ent: Span, sent: Span, ents: dict, titles: TitleIndex) -> Optional[Span]:
    """The person named right before ``ent`` in a list of names: ``A dan B``, ``A/B``, ``A (Prancis)
    dan B``, or ``A, B`` / ``A, B, dan C`` when a conjunction closes the list after ``ent`` (commas
    alone chain appositions, ``Ketua X A, Budi, mengatakan``)."""
    texts = tokens_of(doc).texts  # (doc[k].text without a Token)
    k = ent.start - 1
    if k <= sent.start or texts[k] not in NAME_JOIN | {","}:
        return None
    if texts[k] == ",":
        if _list_last(doc, ent, sent.end, ents) is None:
            return None
    elif texts[k - 1] == ",":
        k -= 1  # A, B, dan C
    k = _bracket_start(doc, k - 1, sent.start, titles) - 1
    before = ents.get(k) if k >= sent.start else None
    return before if before is not None and before.label_ == "PER" and before.end == k + 1 else None


def _list_last(doc: Doc, ent: Span, n: int, ents: dict) -> Optional[Span]:
    """The last name of the list of names that goes on after ``ent`` to a conjunction before its last name
    (``ent, B, dan C``: C), None when no such list follows."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    j = ent.end
    for _ in range(LIST_NAMES):
        if j < n and texts[j] == "(":
            close = next((c for c in range(j + 1, min(j + BRACKET_WORDS + 2, n)) if texts[c] == ")"), None)
            if close is None:
                return None
            j = close + 1
        if j + 1 < n and texts[j] == "," and lowers[j + 1] in NAME_JOIN:
            j += 1
        if j + 1 >= n or texts[j] not in NAME_JOIN | {","}:
            return None
        nxt = ents.get(j + 1)
        if nxt is None or nxt.label_ != "PER" or nxt.start != j + 1:
            return None
        if texts[j] in NAME_JOIN:
            return nxt
        j = nxt.end
    return None


def _set_after(doc: Doc, k: int, n: int, titles: TitleIndex) -> bool:
    """``, dua pemain X`` at ``k``: a title of a set in apposition to the list of names that ends there."""
    return k + 2 < n and doc[k].text == "," and doc[k + 1].lower_ in SET_QUANTIFIERS and (k + 2) in titles


def _plural_role(doc: Doc, role: Role, floor: int) -> bool:
    """The role's title names a set of persons (:func:`plural_head`: ``para menteri, A dan B``): it
    distributes over the list of names, a title of office as well as an occupation."""
    span = doc.char_span(role.start, role.start + 1, alignment_mode="expand")
    return span is not None and plural_head(doc, span.start, floor)


def _sentence_of(doc: Doc, i: int) -> Span:
    bounds = sentence_bounds(doc)
    k = bisect_right(bounds, (i, len(doc) + 1)) - 1
    if k >= 0 and bounds[k][0] <= i < bounds[k][1]:
        return Span(doc, bounds[k][0], bounds[k][1])  # (doc[a:b], without its slice checks: 0.9, not 3 us)
    return Span(doc, 0, len(doc))


LIST_INTRO = frozenset({"yaitu", "yakni", "antara", "lain", ":"})


def _list_org(doc: Doc, start: int, title: str, sent: Span, kb: Knowledge, ents: dict,
              titles: TitleIndex) -> Optional[str]:
    """The organisation a title without one takes in a list of office holders (the ellipsis of the
    list grammar): the organisation of the holder before it with the same title (``Wakil Ketua DPRD
    A, Wakil Ketua B, dan Wakil Ketua C``: B and C's is the DPRD), or the one that introduces the list
    (``pengurus DPW PKB Jateng, yaitu Ketua Dewan Syura A, Sekretaris B dan Bendahara C``)."""
    k = start - 1
    if k >= sent.start and doc[k].lower_ == "dan":
        k -= 1
    if k >= sent.start and doc[k].text == "," and k - 1 >= sent.start:
        before = ents.get(k - 1)
        if before is not None and before.label_ == "PER" and before.end == k:
            for role in roles_of(doc, before, kb, ents, titles, shared=False):
                if role.rule == "title-before-name" and role.org and role.title.lower() == title.lower():
                    return role.org
    # walk back over the list (names, titles, commas, ``dan``) to ``ORG, yaitu``
    k = start - 1
    while k >= sent.start and k > start - 40:
        t = doc[k]
        if t.lower_ in LIST_INTRO:
            while k >= sent.start and doc[k].lower_ in LIST_INTRO | {","}:
                k -= 1
            org = ents.get(k) if k >= sent.start else None
            if org is None or org.label_ != "ORG" or org.end != k + 1:
                return None
            first = org.start
            while first - 1 >= sent.start and kb.is_acronym(doc[first - 1].text) and (first - 1) not in ents:
                first -= 1  # the board before the party: DPW PKB Jateng
            return doc[first:org.end].text
        if not (t.text in {",", "."} or t.lower_ == "dan" or _cap(t.text) or k in ents or _honorific(t, kb)):
            return None
        k -= 1
    return None


# words that introduce the members of a set named before them (``sejumlah pebalap, termasuk A, B, dan C``)
MEMBER_INTRO = frozenset({"termasuk", "yakni", "yaitu", "seperti", ":"})
MEMBER_INTRO_PAIRS = (("antara", "lain"), ("di", "antaranya"))
COPULA_INTRO = frozenset({"adalah", "ialah"})  # a quantified set as subject, its members as predicate
# plural quantifiers of a set of persons (``sejumlah``, ``para``, ``dua``): its members share its occupation
LIST_REACH = 80  # tokens a member list is read back over (about 25 names); longer runs name no set


def _list_member_role(doc: Doc, ent: Span, sent: Span, kb: Knowledge, ents: dict, titles: TitleIndex) -> Iterator[Role]:
    """The occupation of a set the name is listed as a member of: a plural-quantified occupation
    earlier in the sentence (``Sejumlah pebalap MotoGP juga menjadi klien X, termasuk A, B, dan C``,
    ``menghadirkan beberapa penyanyi, yakni A dan B``) and the list of names after ``termasuk``,
    ``yakni``, ``yaitu``, ``seperti``, ``antara lain``, ``di antaranya`` or a colon; without a quantifier,
    an occupation phrase that the intro of a list of two names or more closes (``pemain penting X seperti A
    dan B``: the list is the plural); a quantified set as the subject of ``adalah`` / ``ialah``, one phrase
    before it (``Kedua pemain X itu adalah A dan B``). Every member takes
    the occupation (singular, as the press names one of them); no person between the set and the list,
    no status noun (``sejumlah warga``), no title of office (a set of officials names their offices one
    by one)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    k = ent.start - 1
    floor = max(sent.start, ent.start - LIST_REACH)  # a list read back over at most LIST_REACH tokens: linear
    several = False  # a name before this one in the list
    while k > floor:
        other = ents.get(k)
        if texts[k] == "," or lowers[k] in {"dan", "serta"}:
            k -= 1
        elif other is not None and other.label_ == "PER" and other.end == k + 1:
            k = other.start - 1
            several = True
        else:
            break
    if k <= floor:
        return
    copula = lowers[k] in COPULA_INTRO  # (dua pemain X adalah A dan B: only a quantified set)
    if lowers[k] in MEMBER_INTRO or copula:
        k -= 1
    elif tuple(lowers[k - 1:k + 1]) in MEMBER_INTRO_PAIRS:
        k -= 2
    else:
        return
    if k >= sent.start and texts[k] == ",":
        k -= 1
    several = several or _list_last(doc, ent, sent.end, ents) is not None
    for q in range(k - 1, max(sent.start, k - LIST_REACH) - 2, -1):  # (down to the sentence's first word)
        other = ents.get(q) if q >= sent.start else None
        if other is not None and other.label_ == "PER" or copula and q >= sent.start and doc[q].text == ",":
            return  # (the subject of adalah is one phrase: Selain dua pemain ini, pemain X lain adalah ...)
        occupation = q + 1
        if occupation in titles and doc[occupation].lower_ in kb.occupation_words \
                and doc[occupation].lower_ not in kb.status_nouns \
                and not (q >= sent.start and doc[q].lower_ in kb.occupation_words):
            head = _complement_end(doc, titles[occupation], kb, ents, k + 1)
            tail = title_tail_end(doc, head, kb, ents, titles, k + 1)
            if tail < k + 1 and not copula:
                head = _set_modifiers_end(doc, head, k + 1, ents)
                tail = _places_end(doc, title_tail_end(doc, head, kb, ents, titles, k + 1), k + 1, ents)
            if not plural_head(doc, occupation, sent.start) and (copula or not (several and tail == k + 1)):
                continue  # (without a quantifier: a list of names right after the occupation's phrase,
                # pemain penting X seperti A dan B; one name is a comparison, bermain seperti A)
            title_end, org = _split_title_org(doc, occupation, _places_start(doc, occupation, tail, ents), ents, kb, titles)
            title = doc[occupation:title_end].text
            if title:
                yield Role(title, _org_name(doc, title, org, kb), doc[occupation].idx, ent.end_char, rule="shared-title")
            return


# words that end the modifiers of a set's occupation (``pemain penting X seperti A dan B``): a clause or a deictic
SET_PHRASE_STOP = frozenset({"yang", "dan", "serta", "itu", "ini", "tersebut", "lain", "lainnya", "juga", "pun",
                             "sudah", "telah", "akan", "masih", "saja", "sama", "tidak", "bukan"})
SET_MODIFIERS = 2  # the adjectives read after the occupation of a set (``pemain muda potensial``)


def _set_modifiers_end(doc: Doc, k: int, stop: int, ents: dict) -> int:
    """The end of the adjectives after the head of a set's occupation before the intro of its member
    list at ``stop`` (``pemain penting Liverpool seperti``, ``penyanyi senior seperti``): lower-case words
    that are no verb, adjunct or function word (:data:`SET_PHRASE_STOP`), at most :data:`SET_MODIFIERS`.
    Unlike :func:`_complement_end` it reads the adjectives of spaCy's stop list (``penting``, ``baru``):
    the intro that closes the phrase bounds it."""
    start = k
    while k < stop and k - start < SET_MODIFIERS and k not in ents and doc[k].text.isalpha() and doc[k].text.islower() \
            and not _verb_like(doc[k].lower_) and doc[k].lower_ not in ADJUNCT | SET_PHRASE_STOP:
        k += 1
    return k


def _places_end(doc: Doc, k: int, stop: int, ents: dict) -> int:
    """``k`` moved over the place names right after it before ``stop`` (the nationality or origin of a
    set: ``aktor dan aktris Indonesia seperti A dan B``)."""
    while k < stop and ents.get(k) is not None and ents[k].label_ in PLACE_LABELS and ents[k].start == k:
        k = ents[k].end
    return k


def _places_start(doc: Doc, start: int, end: int, ents: dict) -> int:
    """``end`` moved back over the place names that close the phrase ``start:end`` (see :func:`_places_end`)."""
    k = end
    while k > start and ents.get(k - 1) is not None and ents[k - 1].label_ in PLACE_LABELS and ents[k - 1].end == k \
            and ents[k - 1].start > start:
        k = ents[k - 1].start
    return k


PLACE_LABELS = frozenset({"LOC", "GPE"})


CAMP = frozenset({"kubu", "pihak"})  # Di kubu Persija, pelatih X: the side the sentence speaks of


def _camp_of(doc: Doc, sent: Span, start: int, ents: dict) -> Optional[str]:
    """The team or party a fronted ``Di kubu ORG,`` / ``Dari pihak ORG,`` names for the occupations of
    its sentence that have no organisation of their own (``Di kubu Satria Muda, pelatih X mengaku``)."""
    k = sent.start
    if k + 3 >= start or doc[k].lower_ not in {"di", "dari"} or doc[k + 1].lower_ not in CAMP:
        return None
    org = ents.get(k + 2)
    if org is None or org.label_ != "ORG" or org.start != k + 2 or org.end >= start or doc[org.end].text != ",":
        return None
    return org.text


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
            names, first = _org_names(doc), _org_name_index(doc)
            found = [first[w] for w in wanted if w in first]
            if found:
                return names[min(found)]  # (the first name that is, or spells out, one wanted)
            written = _per_entities(doc, "_units_written", lambda d: _units_written(text_of(d), kb))
            return next((w for w in sorted(wanted, key=len) if w in written), None)
    return None


VENUE_BEFORE = re.compile(r"(?:Markas|Mako|Gedung|Kantor|Aula|Lapangan|Halaman)\s+$")


@lru_cache(maxsize=2)
def _unit_pattern(kb: Knowledge) -> Optional[re.Pattern]:
    """The unit forms of ``kb``'s fused titles (longest first) with their next one to four words; None without any."""
    heads = sorted({h for forms in kb.fused.values() for h in forms}, key=len, reverse=True)
    if not heads:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, heads)) + r")((?:[ ]+[\w/.-]+){1,4})")


def _units_written(text: str, kb: Knowledge) -> frozenset[str]:
    """The units of fused titles (``fused_titles.tsv``) that the text writes with a region though no mention
    took them as an organisation (``menyerahkan diri ke Polsek Tamalate``), not inside a venue's name
    (``Markas Polda X``): each unit form with its next one to four words, read in one pass over the text."""
    unit = _unit_pattern(kb)
    if unit is None:
        return frozenset()
    found = set()
    for m in unit.finditer(text):
        if VENUE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        head, rest = text[m.start():m.start(1)], m.group(1).split()
        for k in range(1, len(rest) + 1):
            found.add(f"{head} {' '.join(w.rstrip('.,') for w in rest[:k])}")
    return frozenset(found)


COMPANY_FORM = re.compile(r"^(?:PT\.?|Perum|Perseroan Terbatas)\s+|\s*\(Persero\)|\s+Tbk\.?$")


@lru_cache(maxsize=1)
def _officer_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The company officers' titles (``company_titles.txt``) and those with every office of
    ``titles.txt`` in lower case: read once, not per title."""
    company = words("company_titles.txt")
    return company, company | frozenset(t.lower() for t in words("titles.txt"))


def _company_of(doc: Doc, title: str, kb: Knowledge) -> Optional[str]:
    """The company of a company officer's title written without one (``company_titles.txt``:
    ``Direktur Keuangan``, ``Komisaris Utama``) when the document names exactly one company (a
    legal form, ``PT``, ``Perum``, ``Tbk``, ``(Persero)``, with its short forms: ``PT SEN`` of ``PT
    Sarana Energi Nusantara Tbk``): its fullest name. Titles of other offices stay without one."""
    tokens = title.lower().split()
    while tokens and tokens[0] in kb.modifiers:
        tokens = tokens[1:]
    company, heads = _officer_heads()
    head = next((" ".join(tokens[:size]) for size in (4, 3, 2, 1) if " ".join(tokens[:size]) in heads), None)
    if head not in company or len(tokens) > 5:
        return None  # Direktur Jenderal X, Direktur Reserse X: an office of another body
    return _per_entities(doc, "_document_company", _document_company)


def _document_company(doc: Doc) -> Optional[str]:
    """The fullest name of the one company the document names (see :func:`_company_of`), or None."""
    from .organizations import abbreviates

    names = list(dict.fromkeys(text_of_span(e) for e in ents_of(doc) if e.label_ == "ORG" and COMPANY_FORM.search(text_of_span(e))))
    if not names:
        return None
    cores = {n: COMPANY_FORM.sub("", n).strip() for n in names}
    fullest = max(names, key=lambda n: (len(cores[n]), len(n)))
    main = cores[fullest]
    same = all(c == main or c in main or abbreviates(c, main) for c in cores.values())
    return fullest if same and main else None


def _org_names(doc: Doc) -> list[str]:
    """The organisation names of ``doc`` (entities and venue organisations), once per document."""
    return _per_entities(doc, "_org_names", lambda d: [text_of_span(e) for e in ents_of(d) if e.label_ == "ORG"]
                         + ([text_of_span(e) for e in d.spans["venue_orgs"]] if "venue_orgs" in d.spans else []))


def _org_name_index(doc: Doc) -> dict[str, int]:
    """Each organisation name of :func:`_org_names` and its form with province short forms spelt out, by the
    place of the first name that is or gives it, once per document (looked up, not read for each title)."""
    def build(d: Doc) -> dict[str, int]:
        first: dict[str, int] = {}
        for k, name in enumerate(_org_names(d)):
            first.setdefault(name, k)
            first.setdefault(_expanded_short(name), k)
        return first
    return _per_entities(doc, "_org_name_index", build)


def _org_name_set(doc: Doc) -> frozenset[str]:
    """:func:`_org_names` as a set, once per document."""
    return _per_entities(doc, "_org_name_set", lambda d: frozenset(_org_names(d)))


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
    """Whether two roles of a person are one: the words of one hold the other's, or the same title
    of one organisation written by two of its names (``PT SEN``, ``PT Sarana Energi Nusantara Tbk``)."""
    wa = set((a.title + " " + (a.org or "")).lower().split())
    wb = set((b.title + " " + (b.org or "")).lower().split())
    if wa <= wb or wb <= wa:
        return True
    if a.title.lower() != b.title.lower() or not a.org or not b.org:
        return False
    from .organizations import abbreviates

    ca, cb = COMPANY_FORM.sub("", a.org).strip(), COMPANY_FORM.sub("", b.org).strip()
    return bool(ca and cb) and (ca == cb or abbreviates(ca, cb) or abbreviates(cb, ca))


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
