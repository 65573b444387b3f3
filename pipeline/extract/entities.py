"""Rule entities: institutions and places (``institution_ruler``), people (``person_ruler``).

``institution_ruler`` finds ORG and LOC spans:

* known institutions and their acronyms (``institutions.tsv``);
* names that open with an organisation head word (``org_heads.txt``). After a
  closed head (``Kementerian``, ``Polda``, ``Komisi``) only institutional words
  (``org_words.txt`` and the words of ``institutions.tsv``), places, acronyms,
  numbers and roman numerals follow, so ``Ketua KPK Setyo Budiyanto`` and
  ``Komisi XIII DPR RI Andreas`` stop before the name; after an open head
  (``Universitas``, ``PT``, ``Partai``) any capitalised words follow. Long names
  with commas and ``dan`` come out whole; a known institution followed by a
  place or ``RI`` takes it (``DPRD Jawa Timur``, ``BPK RI``).
  After a closed head, unknown capitalised words count when an institutional word, a place,
  a known institution or a bracketed acronym closes them (``Dinas Tanaman Pangan dan
  Hortikultura Provinsi ...``). ``A (B) C`` stays one name when B abbreviates the head and C
  is a place or an institutional word (``Kepolisian Resor Kota (Polresta) Denpasar``), and stops
  before the bracket when C is a regional office or another institution (``Badan Pusat
  Statistik (BPS) Provinsi Jawa Timur``: the mentions stay apart, and the organisation records join
  them into the one regional office, :func:`pipeline.extract.organizations.group`). A bracketed
  short form after a name, and a known
  acronym after words it abbreviates (``Kementeri Keuangan (Kemenkeu)``), make later uses ORG;
* news outlets (:func:`outlet_spans`: the dateline's outlet, website names, the medium after
  ``dilansir dari``) and the organisation a title names before its holder
  (:func:`title_org_spans`: ``Ketua KSPSI Sumatera Barat, X``); hospitals and schools open
  organisation names (``RSUD dr. X``, ``SMA Negeri 1 X``); a regional office joins the
  organisation before it (``Perum X Kantor Wilayah A dan B``);
* an organisation of the head rules or of the model ends by the grammar of the press
  (:func:`_org_bounds`): before a coordination with a title, rank, person or the head again, and
  without a joining word, dash, day number before a month, document number or honorific at its end;
* places: ``places.txt`` and names after a place head (``place_heads.txt``:
  ``Kabupaten``, ``Jalan``, ``Hotel``, ``Kantor`` + an organisation); a compass word after a
  known place (``Sumba Timur``); the dateline city (``Cibinong, Kamis (22/5/2025) -``).
  Title-cased lines (headlines, quoted video titles) open no names.

``person_ruler`` finds PER spans: names after a title (``titles.txt``, with
the organisation or region it carries, up to a comma: ``Dirjen Prasarana dan Sarana
Pertanian Kementan, Ir. X``; or up to a rank: ``Pangdam Iskandar Muda Mayjen TNI X``) or a
rank/honorific (``TNI``/``Pol`` after a rank stay out of the name), names before
``selaku``/``yang juga``/``, (mantan) TITLE``, before an age in brackets, after
``berinisial`` or a counted ``yakni`` list, after an occupation (``artis X``), subjects and
objects of speech verbs, nicknames in brackets, and later short forms of a name already found
(``Purbaya``). Balinese names open with ``I``/``Ni``. A model PER that is a
known place, institution or title word is relabelled or dropped.

Person spans next to organisations and places:

* after a title, a capitalised phrase that goes on with an organisation past the first
  name-like words (an entity, an institutional word, an acronym, English ``of``/``for``/``and``,
  ``dan`` before no new title) holds the name at its end, or no name: ``Direktur Eksekutif
  Network for Civic and Electoral Reform Ferry Kusuma R.`` -> ``Ferry Kusuma R.``;
  ``Wakil Ketua Baleg DPR dari`` -> no person;
* organisation words that open a name run are cut off: a name of the document's organisations
  (``Sinyalku`` after ``PT Sinyalku (Persero) Tbk``), words the text uses on their own where
  nobody speaks (``Kartu Usahawan``), or words used alone before the person's short form
  (``Belanjaku Adi Nugroho`` ... ``kata Adi``); never name openers
  (``name_prefixes.txt``: ``Muhammad Tito Karnavian``);
* field nouns ``pe-/per-/ke-...-an`` (``Penanganan``) are institutional words, not names; a
  word that only institution names hold (``Ferry``, ``Agung``), a title's inner word (``Utama``)
  or a name opener (``Lalu``) opens a name when a name word follows it, and a title's inner
  word may close one (``Teuku Utama mengatakan``);
* places: a gazetteer word after a name after a region is the name's (``Gubernur Banten
  Arifin Halim``); a region head ends after its gazetteer place when two name words follow
  (``Kota Surabaya | Eddy Kurniawan``, but ``Kecamatan Medan Petisah``); a venue stops
  before a name opener (``Hotel Association | Lalu Hardiman``); ``RSUD dr Soemantri`` is a place.

On unseen text (issue 13): the outlet of a dateline (``Jakarta, CNN Indonesia --``) is an
organisation; a place next to a capitalised word of a name the rules do not know does not count
(``Bursa Efek Indonesia``, ``Bali United``: :func:`places_in_names`); hospitals, schools and
universities (``institution_venues.txt``) are organisations; list items are no headlines; a model
person is joined over an abbreviated opener (``Moh.``) and a Korean syllable (``Kim Seong-min``),
refused when it is a band or a team ending in its city, and kept as one word when the text
introduces it (``seorang warga, X,``, ``X (52)``) or coordinates it with another person.
Organisation spans (issue 13, second pass): an organisation a title introduces ends before its
holder's name (:func:`_holder_cut`: after its bracketed short form, ``Tbk``, its place, a known
institution, a company's last word, or where the model reads a person); a name closed by its region
coordinates no more words; a Roman numeral after a name opens none (``PON XXI | Aceh``); no
organisation in the title of a law after ``tentang`` (:func:`orgs_in_work_titles`); a sentence's
capitalised common word is cut before an organisation (``Arkeolog | Universitas X``); a model
organisation leaves a title's field words out of the rule organisation after them.
Organisation types (issue 13, session 7): a candidate whose head noun (the first word of an
Indonesian name, the last of an English one: ``thing_heads.tsv``) names an event, programme, product,
law, document or facility is no organisation but the organisation inside it, a facility a place
(:func:`type_org_candidates`); DBpedia organisation names fill where no entity is
(:func:`gazetteer_orgs`, ``org_gazetteer.txt``).
Session 9: a candidate of two words or more after a noun it is an instance of (``aplikasi``, ``konsol``,
``indeks``, ``program``; ``menggelar``: ``genre_nouns.tsv`` position instance) is a product, work or
programme at every mention, unless an organisation heads it; a title's unit or field stays in the title, the
organisation is the institution after it (:func:`title_units`); no name runs over ``se-`` (:func:`distributive_cut`);
the outlets of ``outlets.txt`` credited by ``kepada``, ``menurut`` or before ``melaporkan`` are organisations.
Session 11: a company officer's title names the company between it and its holder (``CEO X Budi Santoso``:
:func:`company_title_orgs`); a work's noun names the title after a possessive ``-nya`` word or quotes
(``film barunya X``: :func:`work_title_after`); a nickname of a common noun (``tim berjuluk X``) is no
organisation (:func:`naming.nickname_of_noun`).
Session 14 (drawn on a seeded IndoSum sample): a club named by its place and a club word (``Madura United``;
in a sports report ``AS Roma``) is one organisation, not the place (:func:`place_clubs`); a name after its class
noun and the lower-case words that narrow it (``organisasi pecinta hewan PETA``) is an organisation
(:func:`cued_orgs`); the object of a quoting credit closed by a comma or full stop (``Mengutip X,``) is the outlet
whatever the model reads (:func:`_credit_adjunct`); in a sports report a name opening with an article (``Los
Blancos``, ``The Gunners``) is a club's nickname, no organisation of its own (:func:`club_nickname`); leagues
(``Bundesliga``, ``klub Liga X``) are events (:func:`thing_kind`, :func:`_league`).

Holders glued to their organisation or place (issue 14, session 7): after the model's entities fill in,
an organisation or place that a title introduces and that ends in its holder's name is cut before the
name (:func:`split_holders`: a rank or degree inside it, the model's person ending with it, a word the
text writes alone where the person speaks, a known region after a region's title, or two name words
after an acronym, place, known institution, bracket or ``Tbk``; issue 13, session 11: a holder with no
comma before it, ``CEO PT X Aviasi Budi Santoso mengatakan``, when the text writes the organisation elsewhere
without the name and a comma, full stop, ``yang``, ``selaku`` or a speech verb closes the name,
:func:`_written_alone_start`); name openers and initials after a rank that another entity took go back to the
person.

Titles and degrees around a name (issue 13, session 9): a name between academic or professional titles and
degrees (``Kepala Dinas Kesehatan Kota X, dr. Y, M.Kes.``, ``Direktur RSUD X dr. Y, Sp.A``, ``Prof. Dr. Ir. Y,
M.Sc.``: :mod:`.titled_names`) is a person before every other rule reads the sentence: an organisation or place
that runs into the titles ends before them, no entity holds a title or degree (``Sp`` of ``Sp.A``), and the words
right before the titles are no person (``Kepala Instalasi Farmasi | apt. Y``). After an administrative head
inside an organisation's name, up to three capitalised words closed by a comma, a bracket or a title before a
name are the region's (``Dinas Kesehatan Kota Pagar Alam, dr. Y``: :func:`_region_after_admin`).

Precedence with the statistical model (``ner`` runs first): rules first. The
model's entities are set aside (``doc.spans["model_ents"]``, filtered by
:func:`usable_model_ents`), the rule entities and people are found without them,
and the model's entities then fill the tokens that no rule entity covers. A model organisation
that holds rule places replaces them (:func:`extend_with_model`: ``Persib Bandung``); a one-word
model organisation is kept by the rules of :func:`_single_org`; short forms of organisations
written alone become their mentions (:func:`org_short_forms`).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import weakref
from typing import Iterable, Iterator, Optional, Sequence

from spacy.attrs import SENT_START
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import ents_held, ents_of, span_text, text_of, text_of_span, tokens_of, word_count
from ..lang import ordered, section, table, words
from .naming import nickname_of_noun
from .organizations import abbreviates, sports_report
from .titled_names import prefix_titles, titled_names

PATRONYMIC_LINKS = frozenset({"bin", "binti"})  # Malay names: given name + bin/binti + the father's name
# the grade words of the ranks spelt out (Polri: Brigadir Polisi Satu/Dua, Inspektur Polisi Satu/Dua; TNI:
# Letnan Satu/Dua, Sersan Satu/Dua, Kopral Satu/Dua, Laksamana and Marsekal Pertama/Muda/Madya), after the
# rank word they grade: part of the rank, no word of the name after it (Laksamana Muda X is X)
GRADED_RANKS = frozenset({"polisi", "letnan", "sersan", "kopral", "laksamana", "marsekal"})
RANK_GRADES = frozenset({"satu", "dua", "pertama", "muda", "madya"})
# the service written after a rank (Kolonel Laut, Mayor Udara; Malaysia's maritime agency: Laksamana Pertama Maritim)
RANK_SERVICES = frozenset({"laut", "udara", "maritim"})
RANK_AFTER = RANK_GRADES | RANK_SERVICES  # (the words :meth:`Knowledge.is_rank` reads after a rank)


def rank_goes_on(lower: str, before: str, before_rank: bool) -> bool:
    """``lower`` (a word in small letters) goes on the rank whose word ``before`` precedes it: a grade after
    a graded rank (``Laksamana Muda``, ``Inspektur Polisi Satu``, ``Letnan Dua``), a service after a rank
    (``before_rank``: ``Kolonel Laut``, ``Laksamana Pertama Maritim``). The one rule of
    :meth:`Knowledge.is_rank` (tokens), :func:`pipeline.extract.people.canonical_name` (a name's words) and
    ``pipeline.extract.quotes._name_part`` (a run's words), each telling ``before_rank`` its way."""
    return lower in RANK_GRADES and before in GRADED_RANKS or lower in RANK_SERVICES and before_rank
ROMAN = re.compile(r"^[IVXL]+$")
ROMAN_ORDINAL = re.compile(r"^[IVX]{2,}$")  # (not XL, CV, MD: a company, a legal form)
YEAR = re.compile(r"^(?:19|20)\d\d$")
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?$")
INITIAL = re.compile(r"^[A-Z]\.?$")
SPEECH_AFTER = frozenset({"kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "tambah", "ungkap",
                          "papar", "terang", "sebut", "lanjut", "pungkas", "beber"})
SELAKU = frozenset({"selaku", "sebagai"})
INITIAL_CUES = frozenset({"berinisial", "inisial"})
LIST_CUES = frozenset({"yakni", "yaitu"})
PAIR_CUES = frozenset({"pasangan", "paslon", "pendukung", "duet", "kubu", "capres-cawapres"})
COUNTED = frozenset({"orang", "tersangka", "pelaku", "terdakwa", "narapidana", "napi", "lainnya", "korban"})
GENERIC = frozenset({"Daerah", "Pusat", "Provinsi", "Kabupaten", "Kota", "Desa", "Negara", "Wilayah", "Umum"})
ORG_HINTS = frozenset({"Tim", "Satuan", "Panitia", "Komite", "Unit", "Pusat", "Direktorat", "Kantor", "Balai",
                       "Pengadilan", "Kementerian", "Kepolisian", "Kejaksaan", "Universitas", "Office", "Agency", "Organization", "Organisation", "Institute", "Association", "Council",
                       "Fund", "Foundation", "Authority", "Committee", "Commission", "Corporation", "Company",
                       "Bank", "Board", "Center", "Centre", "Union", "Federation", "Watch", "Group", "Badan",
                       "Lembaga", "Komisi", "Dewan", "Yayasan", "Asosiasi", "Ikatan", "Persatuan", "Himpunan"})
DIRECTIONS = frozenset({"Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Daya", "Laut", "Raya"})
LIST_JOIN = frozenset({",", "dan", "serta"})
BALINESE = frozenset({"I", "Ni"})
# the Arabic article as Indonesian names write it, glued by a hyphen to the word it defines (``Al-Fatih``,
# ``As-Sidiq``, ``El-Sisi``): one word of the name with it
ARABIC_ARTICLES = frozenset({"Al", "El", "Ad", "An", "Ar", "As", "Asy", "At", "Az", "Ash"})
STREET_HEADS = frozenset({"Jalan", "Jl.", "Jl", "Jln.", "Gang", "Gg."})
QUOTE_MARKS = frozenset({'"', "“", "”"})
COMPASS = frozenset({"Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Barat Daya", "Timur Laut"})
DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
MISSIONS = frozenset({"Kedutaan", "Konsulat"})  # heads of diplomatic missions (org_heads.txt)
DOCUMENT_NUMBER = frozenset({"Nomor", "No.", "No"})
NUMBERED_NAME = re.compile(r"^[A-Z][A-Za-z]+-\d+$")  # Covid-19, SARS-2 (a name with its number)
# a field noun of the pe-/per-/ke- ... -an pattern (``Pembiayaan``, ``Penanganan``, ``Kebijakan``,
# ``Perkumpulan``): institutional vocabulary, never a person's name at this length
FIELD_NOUN = re.compile(r"^(?:Pe|Per|Ke)[a-z]{5,}an$")
# a regional office after a bracketed acronym is its own mention: Badan Pusat Statistik (BPS) | Provinsi Jawa Timur
# (the organisation records join them: one organisation, the regional office, corpus/README)
OFFICE_HEADS = frozenset({"Balai", "Loka", "Kantor", "Perwakilan"})
ADMIN = frozenset({"Provinsi", "Kabupaten", "Kota", "Kecamatan", "Perwakilan"})
ADMIN_HEADS = frozenset({"Provinsi", "Kabupaten", "Kota", "Kecamatan", "Kelurahan", "Desa"})



def _cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


class Knowledge:
    """Lexicons compiled once for one ``nlp`` (matchers need its vocab)."""

    def __init__(self, nlp: Language):
        make = nlp.make_doc
        rows = [r for r in table("institutions.tsv") if r.get("name")]
        self.known_org = PhraseMatcher(nlp.vocab)
        self.full_of: dict[str, str] = {}
        forms = []
        for row in rows:
            for form in (row["name"], row.get("acronym") or ""):
                if form:
                    forms.append(form)
            if row.get("acronym"):
                self.full_of.setdefault(row["acronym"], row["name"])
        self.known_org.add("ORG", [make(f) for f in dict.fromkeys(forms)])
        self.known_forms = frozenset(forms)
        heads = {}
        for line in ordered("org_heads.txt"):
            is_open = line.endswith(" *")
            heads[line[:-2].strip() if is_open else line] = is_open
        self.org_heads_single = frozenset(h for h in heads if " " not in h)
        self.org_head_openers = frozenset(h.split()[0] for h in heads)  # (University of, Rumah Sakit)
        self.org_heads = PhraseMatcher(nlp.vocab)
        for head, is_open in heads.items():
            self.org_heads.add("OPEN" if is_open else "CLOSED", [make(head)])
        self.places = PhraseMatcher(nlp.vocab)
        self.places.add("LOC", [make(p) for p in ordered("places.txt")])
        self.places.add("LOC", [make(p.upper()) for p in ordered("places.txt") if p.upper() != p])  # datelines
        self.place_words = frozenset(p for p in ordered("places.txt") if " " not in p) | DIRECTIONS
        self.place_heads = PhraseMatcher(nlp.vocab)
        self.place_heads.add("LOC", [make(p) for p in ordered("place_heads.txt")])
        self.place_heads_single = frozenset(p for p in ordered("place_heads.txt") if " " not in p)
        self.institution_venues = frozenset(ordered("institution_venues.txt"))
        self.institution_venue_words = frozenset(v.split()[0] for v in self.institution_venues)
        self.venue_lower = frozenset({"gedung", "kantor"})
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.titles.add("TITLE", [make(t.lower()) for t in ordered("titles.txt")])
        self.title_words = frozenset(w.lower() for t in ordered("titles.txt") for w in t.split())
        self.title_first_words = frozenset(t.split()[0].lower() for t in ordered("titles.txt"))
        self.modifiers = frozenset(m.lower() for m in ordered("title_modifiers.txt"))
        # (with the academic and professional titles written before a name: drg., apt., Ns.)
        self.honorifics = frozenset(h.lower() for h in words("honorifics.txt") | prefix_titles())
        org_words = set(words("org_words.txt"))
        for row in rows:
            org_words.update(w.strip(",()") for w in row["name"].split())
        org_words.update(w for h in heads for w in h.split())
        self.org_words = frozenset(w for w in org_words if w)
        # the vocabulary of institutions proper: org_words.txt, head words, the first word of each name
        self.org_vocab = frozenset(words("org_words.txt")) | self.org_heads_single \
            | frozenset(row["name"].split()[0] for row in rows)
        months = {r["form"] for r in table("months.tsv")} | {r["form"] for r in table("weekdays.tsv")}
        self.not_names = frozenset(words("not_names.txt")) | frozenset(months)
        self.months = frozenset(r["form"] for r in table("months.tsv"))
        self.speech_verbs = frozenset(v.lower() for v in words("speech_verbs.txt"))
        self.fused = {r["title"].lower(): tuple(h for h in r["heads"].split("|") if h) for r in table("fused_titles.tsv")}
        self.region_titles = frozenset(t.lower() for t in words("region_titles.txt"))
        self.proxy_titles = frozenset(t.lower() for t in words("proxy_titles.txt"))
        self.client_nouns = frozenset(words("client_nouns.txt"))
        occupations = ordered("occupations.txt")
        self.occupations = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.occupations.add("OCCUPATION", [make(o.lower()) for o in occupations])
        self.occupation_words = frozenset(o.split()[0].lower() for o in occupations)
        self.relation_nouns = frozenset(w.split()[-1].lower() for w in words("relation_nouns.txt"))
        self.person_nouns = frozenset(w for w in words("person_nouns.txt") if " " not in w)
        self.status_nouns = frozenset(w.split()[-1] for w in words("status_nouns.txt"))
        self.name_prefixes = frozenset(words("name_prefixes.txt"))
        self.surname_particles = frozenset(words("surname_particles.txt"))
        products = words("product_words.txt")
        self.product_nouns = frozenset(w for w in products if w.islower())
        self.products = frozenset(w for w in products if not w.islower())
        self.platforms = frozenset(w.lower() for w in self.products)  # Youtube as YouTube
        self.sentence_openers = frozenset(words("sentence_openers.txt"))
        self.common_words = frozenset(words("common_words.txt"))
        # the last word of a company's or club's name (Sekuritas, FC, Group): it closes the name
        self.company_ends = frozenset(r["noun"] for r in table("genre_nouns.tsv")
                                      if r["position"] == "end" and r["type"] == "ORG")
        self.person_name_words = frozenset(words("person_name_words.txt"))  # DBpedia person-name words
        # the nouns that close an organisation's name (``X Sekuritas``, ``X Center``, ``X FC``) and
        # that no DBpedia person name holds (``Tim`` does): never inside a person's name
        ends = {r["noun"] for r in table("genre_nouns.tsv") if r["position"] == "end" and r["type"] == "ORG"}
        self.org_last_nouns = frozenset(w for w in ORG_HINTS | {w.capitalize() for w in ends}
                                        if w not in self.person_name_words)
        # head nouns of names that are no organisation (events, programmes, products, laws,
        # documents, facilities): the first word of an Indonesian name, the last of an English one
        things = table("thing_heads.tsv")
        self.thing_first = {tuple(r["word"].split()): r["class"] for r in things if r["position"] == "first"}
        self.thing_last = {tuple(r["word"].split()): r["class"] for r in things if r["position"] == "last"}
        # DBpedia organisation names safe to match as written (companies, clubs, bands, parties)
        self.org_gazetteer = PhraseMatcher(nlp.vocab)
        self.org_gazetteer.add("ORG", [make(n) for n in ordered("org_gazetteer.txt")])
        # lower-case nouns that say the name after them is an organisation (klub, perusahaan, harian)
        self.org_cue_nouns = frozenset(r["noun"] for r in table("genre_nouns.tsv")
                                       if r["position"] == "before" and r["type"] == "ORG")
        # ... and those that name the thing the name after them is (ajang, bertajuk, turnamen, merk)
        self.thing_cue_nouns = frozenset(r["noun"] for r in table("genre_nouns.tsv")
                                         if r["position"] == "before" and r["type"] == "none")
        # ... and those whose complement is their instance, never their owner (aplikasi, konsol, indeks, judul)
        self.instance_nouns = frozenset(r["noun"] for r in table("genre_nouns.tsv") if r["position"] == "instance")
        # ... and the nouns of works that also take their maker as possessor (film, lagu, album, novel; class
        # work, not the programmes and events of the list: ``acara ini termasuk X`` names who takes part)
        self.work_nouns = frozenset(r["noun"] for r in table("genre_nouns.tsv")
                                    if r["position"] == "listing" and r["type"] == "none" and r["class"] == "work"
                                    and " " not in r["noun"])
        # ... and the nouns of a music act (class act: band, boyband, grup musik) and of a member of a group
        # (position member: personel): the name right after them is the act's (:func:`act_cue`)
        self.act_nouns = frozenset(tuple(r["noun"].split()) for r in table("genre_nouns.tsv")
                                   if r["position"] == "before" and r["class"] == "act")
        self.member_nouns = frozenset(tuple(r["noun"].split()) for r in table("genre_nouns.tsv")
                                      if r["position"] == "member")
        # performers named by one stage name alone (occupations.txt, section solo: penyanyi, pedangdut)
        self.solo_nouns = frozenset(section("occupations.txt", "solo"))
        # words of DBpedia organisation and place names that no person is called (``Hollywood``, ``Korea``)
        self.thing_words = frozenset(words("thing_words.txt"))

    # --- word classes ---------------------------------------------------------------
    def is_rank(self, token) -> bool:
        """A word of a rank (``honorifics.txt``), or the grade word written after a graded rank
        (``Inspektur Polisi Satu``, ``Laksamana Muda``, ``Letnan Dua``: :data:`RANK_GRADES`) or the
        service after a rank (``Kolonel Laut``), both capitalised (:func:`rank_goes_on`)."""
        if self.is_rank_word(token.text, token.lower_):
            return True
        if not _cap(token.text) or token.i == 0 or token.lower_ not in RANK_AFTER:
            return False
        before = token.doc[token.i - 1]  # (is_rank of it read for a service only: the walk back ends with the rank)
        return _cap(before.text) \
            and rank_goes_on(token.lower_, before.lower_, token.lower_ in RANK_SERVICES and self.is_rank(before))

    def is_rank_word(self, text: str, lower: str) -> bool:
        return lower.rstrip(".") in self.honorifics and _cap(text)

    def is_acronym(self, text: str) -> bool:
        return bool(ACRONYM.match(text)) and text not in self.not_names and text.lower() not in self.honorifics

    def is_org_word(self, text: str) -> bool:
        return text in self.org_words or bool(ROMAN.match(text)) or text.isdigit() or self.is_acronym(text) \
            or bool(FIELD_NOUN.match(text))

    def is_name_word(self, token) -> bool:
        """A word that can be part of a person's name."""
        return self.is_name_text(token.text)

    def is_name_text(self, text: str) -> bool:
        """:meth:`is_name_word` of a token written ``text``."""
        if INITIAL.match(text) or (len(text) == 2 and text.endswith(".") and text[0].isupper()):
            return True
        if not _cap(text) or not text.replace("'", "").replace("-", "").replace("’", "").isalpha():
            return False
        if text.isupper() and len(text) > 1:
            return False
        lower = text.lower()
        if len(text) >= 7 and lower.endswith("nya"):
            return False  # a possessive noun opening a sentence (Tujuannya, Menurutnya), no name
        return (text not in self.not_names and lower not in STOP_WORDS and lower not in self.title_words
                and lower not in self.modifiers and lower not in self.person_nouns)

    def opens_name(self, token) -> bool:
        """A name opener (``Lalu Hardiman``), a word that only the names of ``institutions.tsv``
        hold, not as their first word (``Ferry`` of ``PT ASDP Indonesia Ferry``; not ``Korps``), or
        a word that titles hold only after their first word (``Agung`` of ``Jaksa Agung``) that
        opens a person's name here: a name word that is no institutional or place word follows it."""
        text = token.text
        inner_title = text.lower() in self.title_words and text.lower() not in self.title_first_words \
            and text not in self.org_vocab  # Agung, Utama; not Hukum (Bidang Hukum)
        prefix = text in self.name_prefixes and not token.is_sent_start  # (Lalu Budi: "then Budi")
        if not (prefix or text in self.org_words and text not in self.org_vocab or inner_title) \
                or token.i + 1 >= len(token.doc) or not _cap(text) or self.is_acronym(text) or self.is_rank(token) \
                or text in self.not_names or text.lower() in STOP_WORDS and not prefix:
            return False
        after = token.doc[token.i + 1]
        return self.is_name_word(after) and not INITIAL.match(after.text) and not self.is_org_word(after.text) \
            and after.text not in self.place_words and not self.is_rank(after)

    def is_first_name_word(self, token) -> bool:
        """A word that can open a name: a name word that is not an institutional or place word
        (``I`` and ``Ni`` open Balinese names before another name word: ``I Gede Putu Arsana``)."""
        text = token.text
        if text in BALINESE and token.i + 1 < len(token.doc):
            after = token.doc[token.i + 1]
            return self.is_name_word(after) and not INITIAL.match(after.text) and after.text not in self.org_words \
                and after.text not in self.place_words \
                and (token.i == 0 or token.doc[token.i - 1].text not in self.org_words)
        if text.endswith("nya") and (text[:-3] in self.org_words or text[:-3].lower() in self.title_words):
            return False
        if (text.lower() in self.title_words or text in self.name_prefixes) and self.opens_name(token):
            return text not in self.place_words and not FIELD_NOUN.match(text)
        return (self.is_name_word(token) and not INITIAL.match(text)
                and (token.text not in self.org_words or self.opens_name(token))
                and token.text not in self.place_words and not self.is_rank(token) and not FIELD_NOUN.match(text))


_KNOWLEDGE: dict[int, Knowledge] = {}


def knowledge(nlp: Language) -> Knowledge:
    """The compiled lexicons for ``nlp`` (built once per vocab)."""
    key = id(nlp.vocab)
    if key not in _KNOWLEDGE:
        _KNOWLEDGE[key] = Knowledge(nlp)
    return _KNOWLEDGE[key]


def _longest(matches) -> dict[int, tuple[int, str]]:
    """Longest match per start token: start -> (end, label)."""
    best: dict[int, tuple[int, str]] = {}
    for match_id, start, end in matches:
        if start not in best or end > best[start][0]:
            best[start] = (end, match_id)
    return best


_MATCHED: "weakref.WeakKeyDictionary[Doc, dict]" = weakref.WeakKeyDictionary()


def _matched(doc: Doc, key: tuple, find) -> dict:
    """``find()`` (a phrase matcher's answer on ``doc``, by ``key``: the matcher and the question) once per
    Doc and a copy of it at each call: the matchers read the token texts (ORTH, LOWER), which never change,
    and the rules ask the same matcher again in several steps (the entry goes with the Doc)."""
    found = _MATCHED.setdefault(doc, {})
    if key not in found:
        found[key] = find()
    return dict(found[key])


def _labelled(doc: Doc, matcher: PhraseMatcher) -> dict[int, tuple[int, str]]:
    return _matched(doc, ("labelled", matcher), lambda: {s: (e, doc.vocab.strings[m])
                                                          for s, (e, m) in _longest(matcher(doc)).items()})


# --- institutions and places -------------------------------------------------------------

def institution_spans(doc: Doc, kb: Knowledge) -> list[Span]:
    """ORG spans: known institutions, head-word names, with places and ``RI`` after them."""
    known = _labelled(doc, kb.known_org)
    heads = _labelled(doc, kb.org_heads)
    places = _labelled(doc, kb.places)
    place_heads = _labelled(doc, kb.place_heads)
    headline = titlecase_tokens(doc)
    holders = _Holders(doc, kb, places, known=known)
    model_people = holders.model_people  # (the ner component ran before)
    n = len(doc)
    spans = []
    i = 0
    while i < n:
        end = i
        if i in known:
            end = known[i][0]
        if i in heads and not (i in place_heads and place_heads[i][0] > heads[i][0]) \
                and not (i in headline and doc[i].lower_ in kb.common_words):
            # (a head that is a common word opens no name on a title-cased line: ``Bongkar Jaringan Judi``)
            head_end, kind = heads[i]
            j = _continue_org(doc, head_end, kb, known, places, open_=(kind == "OPEN"), heads=heads,
                              loose=i not in headline, head=doc[i].text, opener=i)
            if j > head_end and (kind == "OPEN" or any(doc[k].text not in GENERIC for k in range(head_end, j))) \
                    and not (end > i and end < n and doc[end].text == "("):
                # (a known institution's name ends at its bracketed short form: Komite Nasional
                # Keselamatan Transportasi (KNKT) | Budi Santoso)
                end = max(end, j)
        if end > i and _inside_place(i, places):
            end = i  # a head word that ends a place's name opens no organisation (Amerika | Serikat)
        if end > i:
            end = _org_suffix(doc, end, kb, places, i)
            end = _org_bounds(doc, i, end, kb, model_people)
            end = _holder_cut(doc, i, end, kb, places, holders)
            spans.append(Span(doc, i, end, label="ORG"))
            i = end
        else:
            i += 1
    return spans


def _inside_place(i: int, places) -> bool:
    """``doc[i]`` is inside a known place's name, not its first word (``Amerika | Serikat``)."""
    return any(p < i < places[p][0] for p in range(max(0, i - 3), i) if p in places)


ORG_JOINS = frozenset({"dan", "serta", "&"})
LIST_TAIL = frozenset({"dan", "serta", "&", ",", "/", "-", "–"})


def _org_bounds(doc: Doc, start: int, end: int, kb: Knowledge, model_people: frozenset = frozenset()) -> int:
    """The end of an organisation's name by the grammar of the press (issue #13), for names the head
    rules ran too far:

    * a coordination whose second member is no part of a name: a person's title or rank, a person the
      model reads (``Pengadilan Tipikor X | dan Budi Santoso (BS)``) or a member that holds the name's
      head again (``Ketua Pengadilan Negeri X | dan Panitera Pengadilan Negeri X``): the name ends
      before ``dan``;
    * a joining word, comma, slash or dash left at the end (``Partai X Budi Santoso | dan``);
    * a day number before a month (``Pengadilan Negeri Jakarta Selatan | 29 September``) or a
      document's number (``Peraturan Mahkamah Agung | Nomor 8 Tahun 2016``): a date or a document;
      an abbreviated honorific (``Prof.``, ``Dr.``) at the end: the name it opens is not the body's;
    * a word split at its spaced hyphen goes on over its lower-case half (``Komisi Hukum dan Perundang -
      undangan``: the reduplicated word is the name's)."""
    n = len(doc)
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in ORG_JOINS and doc[k - 1].text != ",":  # (a list's last member: A, B, dan Ratu X)
            after = doc[k + 1]
            if k + 1 in model_people or kb.is_rank(after) \
                    or after.lower_ in kb.title_first_words and not kb.is_org_word(after.text) \
                    or doc[start].text in kb.org_heads_single and any(t.text == doc[start].text for t in doc[k + 1:end]):
                end = k
                break
    while end - start > 1:
        last = doc[end - 1]
        if last.lower_ in LIST_TAIL and not (last.text in {"-", "–"} and end < n and _hyphen_half(doc, end)):
            end -= 1
        elif last.text.isdigit() and len(last.text) <= 2 and end < n and doc[end].text in kb.months:
            end -= 1
        elif end - start > 2 and last.text[:1].isdigit() and doc[end - 2].text in DOCUMENT_NUMBER:
            end -= 2
        elif "." in last.text and kb.is_rank(last):
            end -= 1  # an abbreviated honorific whose name the sentence split left out: Rektor Undip | Prof.
        else:
            break
    if end - start > 1 and end < n and _hyphen_half(doc, end):
        end += 1  # Perundang - | undangan
    return end


def _hyphen_half(doc: Doc, k: int) -> bool:
    """``doc[k]`` is the lower-case half of a reduplicated word split at a spaced hyphen, which repeats
    the stem's letters (``Perundang - | undangan``, ``Bangsa - | bangsa``): the word's, not a word after a
    name (``Brighton - | red``, an editor's initials; ``K - | pop``; ``E - | commerce``)."""
    half = doc[k].text
    return k >= 2 and doc[k].is_lower and doc[k].is_alpha and doc[k - 1].text in {"-", "–"} \
        and _cap(doc[k - 2].text) and doc[k - 2].is_alpha and len(half) >= 3 and half[:4] in doc[k - 2].lower_


ORIGIN_WORDS = frozenset({"dari", "asal"})  # the word that ties an expert or official to the body he is from


class _Holders:
    """What tells that the words after an organisation are its holder's name: the title phrases
    and occupations of the text (their ends, read once), the ends of its places and the statistical
    model's people (the ``ner`` component runs before the rules; none with ``--ner-model none``)."""

    def __init__(self, doc: Doc, kb: Knowledge, places, roles: Optional[dict[int, int]] = None, known=None,
                 ents: Optional[Sequence[Span]] = None):
        self.role_ends = frozenset((role_matches(doc, kb) if roles is None else roles).values())
        self.model_people = frozenset(e.start for e in (ents_of(doc) if ents is None else ents) if e.label_ == "PER")
        self.place_ends = frozenset(e for e, _ in places.values())
        self.known_ends = frozenset(e for e, _ in (_labelled(doc, kb.known_org) if known is None else known).values())

    def titled(self, doc: Doc, start: int) -> bool:
        """A title or occupation ends at ``start`` or before the capitalised words (and ``dan``)
        that lead to it, or before up to two small words of its field: ``Ketua Umum | Asosiasi X``,
        ``Direktur Pemasaran dan Purnajual | PT X``, ``dosen statistik | Institut X``."""
        k, small = start, 0
        while True:
            if k in self.role_ends:
                return True
            if k == 0 or start - k >= 6:
                return False
            before = doc[k - 1]
            if before.lower_ in ORIGIN_WORDS:
                pass  # (Pengamat Kebijakan Publik dari | Universitas X, ahli hukum pidana asal | Universitas X)
            elif before.is_lower and before.is_alpha and before.lower_ not in STOP_WORDS and small < 2:
                small += 1
            elif not (_cap(before.text) or before.lower_ == "dan"):
                return False
            k -= 1

    def closes(self, doc: Doc, k: int, kb: Knowledge) -> int:
        """How many name words must follow ``doc[k - 1]`` to be a holder's name: after a bracketed
        short form, ``Tbk`` (a listed company's name ends with it) or the model's person, one; after
        a place, a known institution or a company's last word (``genre_nouns.tsv``: ``Sekuritas``), two
        (``Asosiasi Pengusaha Indonesia | Budi Santoso``, ``BRI | Budi Santoso``, ``X Sekuritas | Budi
        Santoso``; ``Forum Indonesia Muda`` stays). None (0) elsewhere, or after ``dr.`` (a
        hospital's namesake: ``RSUD dr. | X``)."""
        before = doc[k - 1]
        if before.lower_.rstrip(".") == "dr":
            return 0
        if before.text in {")", "Tbk"} or k in self.model_people:
            return 1
        return 2 if k in self.place_ends or k in self.known_ends or before.lower_ in kb.company_ends else 0


HOLDER_WORDS = 6  # the longest holder's name looked for at an organisation's end


def _holder_cut(doc: Doc, start: int, end: int, kb: Knowledge, places, holders: _Holders) -> int:
    """The end of an organisation whose last words are the name of its holder: a title before
    it (or a speech verb after it: the holder speaks, ``Manajer PT X Indonesia | Budi Santoso mengatakan``),
    and after its bracketed short form (``Ketua Umum Asosiasi X | (AX) Budi Santoso``), its
    ``Tbk``, its place or where the model reads a person (``Analis X Sekuritas | Budi Santoso``)
    (:meth:`_Holders.closes`) a run of name words, none an institutional word, a place or a number,
    to the end; also one or two name words at the end that the document writes alone where a person
    speaks (``Direktur Utama Perum X | Prasetio`` ... ``kata Prasetio``), unless a word of a DBpedia
    person name is before them (``Amerika Serikat Steven | Seagal`` ... ``kata Seagal``). A name
    after the short form with no title before it is the institution's own
    (``Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto``); so is one the model does not read
    as a person (``Universitas Islam Negeri Sunan Kalijaga``) and one a second short form in
    brackets follows (``dosen UIN (UIN) X Y (XY) | Z``)."""
    if end - start < 3 or end < len(doc) and doc[end].text == "(":
        return end  # (a short form in brackets after the name is the whole name's: UIN X (Maliki) | Y)
    titled = holders.titled(doc, start)
    if not titled and not (end < len(doc) and doc[end].lower_ in kb.speech_verbs):
        return end
    for k in range(max(start + 2, end - HOLDER_WORDS), end):  # a name is short: linear work on a long run
        least = holders.closes(doc, k, kb)
        if end - k < max(least, 3) and doc[k - 1].text not in kb.person_name_words \
                and any(speaks for _, speaks in _standalone_runs(doc, kb).get(doc[k:end].text, ())):
            least = end - k  # a name that speaks alone elsewhere (kata Prasetio), after no given name
        elif not least and end - k >= 2 and _name_opener_inside(doc, start, end, k, kb):
            least = end - k  # a name opener two words or more into the name: PT Contoh Jaya | Abdul Karim
        if not least or end - k < least or not titled and end - k < 2:
            continue  # (a speaker with no title before the body: a name of two words or more)
        tail = doc[k:end]
        if all(kb.is_name_word(t) and not kb.is_org_word(t.text) and t.text not in kb.place_words
               and not any(p <= t.i < places[p][0] for p in range(max(0, t.i - 3), t.i + 1) if p in places)
               for t in tail) and kb.is_first_name_word(tail[0]):
            # the short form in brackets is left to define itself (defined_acronyms): an alias
            return k - 3 if doc[k - 1].text == ")" and doc[k - 3].text == "(" and k - 3 > start else k
    return end


def _name_opener_inside(doc: Doc, start: int, end: int, k: int, kb: Knowledge) -> bool:
    """``doc[k]`` opens a person's name inside ``doc[start:end]``, an organisation that a title introduces:
    a name opener (``name_prefixes.txt``: ``Abdul``, ``Muhammad``, ``Siti``) of three letters or more that no
    institution or place holds, neither right after the head nor after the honorific of a namesake (``RSUD |
    Abdul Wahab Sjahranie``, ``RS dr. | Muhammad X``: the body is named after that person). Hospitals, schools
    and universities are often named after a person (``Rumah Sakit Islam | Siti Khadijah``): there the name must
    also be the subject of a speech verb or close its phrase with a comma (``asal Universitas X | Abdul Karim
    menyatakan``)."""
    text = doc[k].text
    if not (len(text) >= 3 and text in kb.name_prefixes and text not in kb.org_words and text not in kb.place_words
            and k - start >= 2 and not _head_word(doc[k - 1].text, kb)
            and not any(t.lower_.rstrip(".") in kb.honorifics for t in doc[start + 1:k])):
        return False  # (an honorific before it opens the name there: Ikatan X dr | Laras Ayu Pertiwi)
    if doc[start].text not in kb.institution_venue_words:
        return True
    return end < len(doc) and (doc[end].text == "," or doc[end].lower_ in kb.speech_verbs)


def _org_suffix(doc: Doc, end: int, kb: Knowledge, places, start: Optional[int] = None) -> int:
    """Extend an organisation over a following place, ``RI``, ``(Persero)`` or ``Tbk``, a regional
    office (``Perwakilan Provinsi Jawa Tengah``, ``Kantor Wilayah Sulawesi Selatan dan Sulawesi
    Barat``, ``Kanwil Jawa Timur``) and, for offices, ``di`` + place
    (``Balai Besar POM di Makassar``)."""
    n = len(doc)
    while end < n:
        t = doc[end].text
        if end in places:
            end = places[end][0]
        elif t in REGIONAL_OFFICE and _office_place_end(doc, end + 1, places) > end + 1:
            end = _office_place_end(doc, end + 1, places)
        elif t == "Kantor" and end + 1 < n and doc[end + 1].text in {"Wilayah", "Cabang", "Perwakilan"} \
                and _office_place_end(doc, end + 2, places) > end + 2:
            end = _office_place_end(doc, end + 2, places)
        elif t == "di" and start is not None and doc[start].text in OFFICE_HEADS and end + 1 in places:
            end = places[end + 1][0]
        elif t in ADMIN and t != "Perwakilan" and end + 1 in places:
            end = places[end + 1][0]
        elif t in {"RI", "Tbk"}:
            end += 1
        elif t == "(" and end + 2 < n and doc[end + 1].text == "Persero" and doc[end + 2].text == ")":
            end += 3
        else:
            break
    return end


REGIONAL_OFFICE = frozenset({"Perwakilan", "Kanwil", "Cabang", "Wilayah"})


def _office_place_end(doc: Doc, j: int, places) -> int:
    """After a regional office word (``Perwakilan``, ``Kantor Wilayah``, ``Kanwil``, ``Cabang``):
    the end of its place or places (``Sulawesi Selatan dan Sulawesi Barat``, ``Provinsi Jawa
    Tengah``); ``j`` when no place follows."""
    n = len(doc)
    end = j
    while True:
        k = end + 1 if end < n and doc[end].text in ADMIN else end
        if k not in places:
            return end
        end = places[k][0]
        if not (end + 1 < n and doc[end].lower_ == "dan" and (end + 1 in places or doc[end + 1].text in ADMIN)):
            return end
        end += 1


def _continue_org(doc: Doc, j: int, kb: Knowledge, known, places, open_: bool, heads=(), loose: bool = True,
                  head: str = "", opener: int = -1) -> int:
    """Where the name after an organisation head ends. A name closed by its region coordinates no
    more words (``Satreskrim Polres Sleman | dan Intel Kodim 0732``; ``Dinas Tanaman Pangan dan
    Hortikultura Provinsi X`` and two regions, ``Sulawesi Selatan dan Sulawesi Barat``, go on)."""
    n = len(doc)
    start = j
    brackets = 0
    region_end = -1  # where the last place of the name ended
    venue = not head or head in kb.institution_venue_words  # named after someone: UIN (UIN) Sunan X
    mission = head in MISSIONS  # the host place is the mission's: Kedutaan Besar RI (KBRI) Tokyo
    while j < n:
        t = doc[j]
        text = t.text
        if j in known:
            j = known[j][0]
            if j + 2 < n and doc[j].text == "(" and doc[j + 1].text == "Persero" and doc[j + 2].text == ")" \
                    and j + 3 < n and doc[j + 3].text in kb.org_words and _cap(doc[j + 3].text):
                j += 3
                continue
            if open_ and j - start >= 1:
                break
            continue
        if j in places:
            j = places[j][0]
            region_end = j
            continue
        if open_ and text.lower().rstrip(".") == "dr" and j + 1 < n and _cap(doc[j + 1].text) \
                and doc[j + 1].is_alpha:
            j += 1  # a hospital named after a doctor: RSUD dr. Slamet Garut
            continue
        if not kb.is_org_word(text) and (kb.is_rank(t) or j > start and text.lower() in
                                         (kb.title_first_words if open_ else kb.title_words)):
            break
        if open_ and not loose and j - start >= 2:
            break
        if j > start and text in DOCUMENT_NUMBER and j + 1 < n and doc[j + 1].text[:1].isdigit():
            break  # a document's number after the name that issued it: Surat Edaran Satgas X | Nomor 1 Tahun 2020
        numbered = _numbered_object(doc, j, start)
        if numbered > j:
            # a field noun's numbered object; after it a name takes no other head's name
            j = numbered
            if j in heads or j in known:
                break
        elif open_ and _cap(text) and (text.isalnum() or "-" in text or "'" in text):
            j += 1
        elif not open_ and text == "TPI" and j + 1 < n and _cap(doc[j + 1].text):
            # Kantor Imigrasi Kelas I TPI Tangerang: the checkpoint's place closes the name
            j += 2
            while j < n and _cap(doc[j].text) and doc[j].text.isalpha() and not kb.is_rank(doc[j]) and j - start < 12:
                j += 1
        elif not open_ and _cap(text) and kb.is_org_word(text) and not kb.opens_name(t):
            j += 1
        elif text.isdigit() and (j > start or open_) and not (open_ and YEAR.match(text)):
            j += 1
        elif text == "/" and j + 1 < n and _cap(doc[j + 1].text) and j > start:
            j += 1
        elif text in {"dan", "&"} and j > start and j + 1 < n and _cap(doc[j + 1].text) \
                and (open_ or kb.is_org_word(doc[j + 1].text)) and (j + 1) not in known and (j + 1) not in heads \
                and (j != region_end or (j + 1) in places):
            j += 1
        elif text == "," and j > start and (j + 1) not in heads and (j + 1) not in known \
                and j != region_end and _list_closes_with_dan(doc, j, kb):
            j += 1
        elif text == "(" and j + 2 < n and doc[j + 1].text == "Persero" and doc[j + 2].text == ")":
            j += 3
        elif text == "(" and not brackets and _regional_short_form(doc, opener, j, kb, known, places):
            j += 3  # the unit's short form inside its name, its region after it: Asosiasi X (AX) | Jawa Timur
            brackets += 1
        elif text == "(" and j + 3 < n and (j > start or doc[j + 1].text in kb.org_heads_single or mission) \
                and doc[j + 2].text == ")" and not brackets \
                and (kb.is_acronym(doc[j + 1].text) or (open_ or mission) and _cap(doc[j + 1].text)
                     or doc[j + 1].text in kb.org_heads_single) \
                and (venue or not open_ or not _initials_of(doc, j, doc[j + 1].text)) \
                and (_cap(doc[j + 3].text) or open_ and doc[j + 3].lower_.rstrip(".") == "dr"
                     and j + 4 < n and _cap(doc[j + 4].text)) \
                and (open_ or kb.is_org_word(doc[j + 3].text)
                     or (doc[j + 1].text in kb.org_heads_single or mission) and (j + 3) in places) \
                and not kb.is_rank(doc[j + 3]) \
                and ((j + 3) not in places or doc[j + 1].text in kb.org_heads_single or mission) \
                and doc[j + 3].text not in ADMIN and (j + 3) not in known and (j + 3) not in heads:
            j += 3
            brackets += 1
        elif not open_ and j > start and doc[j - 1].text in ADMIN_HEADS \
                and (region := _region_after_admin(doc, j, kb)) > j:
            j = region  # Dinas Kesehatan Kota | Pagar Alam, dr. X
            region_end = j
        elif loose and not open_ and (_cap(text) and not kb.is_rank(t) or text == "dan" and j > start):
            m = _sandwiched(doc, j, kb, known, places)
            if m == j:
                break
            j = m
        else:
            break
    while j > start and doc[j - 1].text in {"dan", "&", ",", "/"}:
        j -= 1
    return j


def _regional_short_form(doc: Doc, opener: int, j: int, kb: Knowledge, known, places) -> bool:
    """``A (B) C`` with the bracket at ``j``: B is the short form of the whole name A opened at ``opener``
    (its initials or syllables: ``Asosiasi Petani Tembakau Indonesia (APTI)``, ``Pemerintah Kota (Pemko)``)
    and a region's name C follows with no comma: the press names a regional unit so, and C belongs to its
    name (``Pemerintah Kota (Pemko) Medan``). Not a unit housed in a place (universities, hospitals:
    ``Universitas X (UX) Semarang``), not an administrative head (``Badan Pusat Statistik (BPS) Provinsi
    ...``: a mention apart, the records join it to the name as its regional office), not a person or another
    institution after the bracket."""
    n = len(doc)
    if opener < 0 or j + 3 >= n or doc[j + 2].text != ")" or doc[opener].text in kb.institution_venue_words:
        return False
    short, after = doc[j + 1].text, j + 3
    if after not in places or after in known or doc[after].text in ADMIN or not _cap(short) or not short.isalpha():
        return False
    return _spells_before(doc, opener, j, short)


def _spells_before(doc: Doc, lo: int, j: int, short: str) -> bool:
    """``short`` abbreviates the words from ``lo`` (or a later word: the name the short form spells may
    open after a word the head rules took, ``Pimpinan | Pemerintah Kota (Pemko)``) up to ``j``."""
    return any(abbreviates(short, " ".join(t.text for t in doc[k:j])) for k in range(lo, j - 1))


def _region_after_admin(doc: Doc, j: int, kb: Knowledge) -> int:
    """The region's name after an administrative head inside an organisation's name (``Dinas Kesehatan
    Kota | Pagar Alam``), places the lexicons do not know: up to three capitalised words closed by a comma,
    a bracket, the sentence's end, or a rank or title before a name (``Kota X, dr. Y``, ``Kota X Ns. Y``);
    ``j`` when none (``Kota X Budi Santoso mengatakan``: where the name starts is not told)."""
    n, k = len(doc), j
    while k < n and k - j < 3 and _cap(doc[k].text) and doc[k].is_alpha and not kb.is_rank(doc[k]) \
            and doc[k].lower_ not in prefix_titles():
        k += 1
    if k > j and (k == n or doc[k].text in {",", "(", ")", ".", ";"} or kb.is_rank(doc[k])
                  or doc[k].lower_.rstrip(".") in prefix_titles()):
        return k
    return j


def _initials_of(doc: Doc, bracket: int, short: str) -> bool:
    """True when ``short`` (an acronym of 3-6 letters) is the initials of the capitalised words right
    before ``bracket`` (``Komite Nasional Keselamatan Transportasi (KNKT)``)."""
    k = bracket - len(short)
    return 3 <= len(short) <= 6 and short.isupper() and short.isalpha() and k >= 0 \
        and all(_cap(t.text) for t in doc[k:bracket]) and _initials(doc[k:bracket]).upper() == short


def _numbered_object(doc: Doc, j: int, start: int) -> int:
    """After a field noun (``Penanganan``), its object written with its number (``Covid-19``, or apart,
    ``Covid - 19``): where it ends (``j`` if there is none): ``Gugus Tugas Percepatan Penanganan
    Covid-19 Kota X``."""
    if j <= start or not FIELD_NOUN.match(doc[j - 1].text):
        return j
    if NUMBERED_NAME.match(doc[j].text):
        return j + 1
    if _cap(doc[j].text) and doc[j].text.isalpha() and j + 2 < len(doc) and doc[j + 1].text == "-" \
            and doc[j + 2].text.isdigit():
        return j + 3
    return j


def _sandwiched(doc: Doc, j: int, kb: Knowledge, known, places) -> int:
    """After a closed head, unknown capitalised words (and ``dan``, or a list of them that closes with
    ``dan``) that an institutional word, a place, a known institution or a bracketed acronym follows
    belong to the name (``Dinas Tanaman Pangan dan Hortikultura Provinsi ...``, ``Dinas Tanaman Pangan,
    Hortikultura, dan Perkebunan Provinsi ...``), unless the capitals that follow are a
    name's middle initials (:func:`_inner_initials`); where they end (``j`` if not)."""
    n = len(doc)
    m = j
    limit = 4
    while m < n and m - j < limit and m not in places and m not in known and (
            doc[m].lower_ == "dan" and (m == j or doc[m - 1].lower_ != "dan")
            or _cap(doc[m].text) and doc[m].text.isalpha() and not kb.is_org_word(doc[m].text)
            and not kb.is_rank(doc[m]) and doc[m].lower_ not in kb.title_first_words
            or doc[m].text == "," and m > j and _list_closes_with_dan(doc, m, kb)):
        if doc[m].text == ",":
            limit = 10  # a list of fields inside the name: Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Provinsi X
        m += 1
    if m == j or m >= n or doc[m - 1].lower_ == "dan":
        return j
    nxt = doc[m]
    if _inner_initials(doc, m, kb, n):
        return j  # a name's middle initials, no acronym: Dinas X | Sri LP Wulandari, DPRD | Bambang DH Santoso
    if m in places or m in known or _cap(nxt.text) and kb.is_org_word(nxt.text) and not kb.is_rank(nxt) \
            or nxt.text == "(" and m + 2 < n and doc[m + 2].text == ")" and kb.is_acronym(doc[m + 1].text) \
            or nxt.text == "(" and m + 3 < n and doc[m + 3].text == ")" and _cap(doc[m + 1].text) \
            and kb.is_acronym(doc[m + 2].text):  # (a short form of two words: Satuan Tugas X Ilegal (Satgas PASTI))
        return m
    return j


def _list_closes_with_dan(doc: Doc, comma: int, kb: Knowledge) -> bool:
    """True when the comma list at ``comma`` ends in ``, dan X`` inside one name (also with a comma
    before ``dan`` after two items: ``Dinas Pertanian, Peternakan, dan Perikanan``; not ``Dirut PT X, dan
    HYL``)."""
    j = comma + 1
    words_seen = 0
    while j < len(doc) and j < comma + 12:
        t = doc[j]
        if t.lower_ == "dan":  # (a comma before dan closes a list of three items or more: A, B, dan C)
            listed = words_seen > 0 or j > comma + 1 or any(w.text == "," for w in doc[max(0, comma - 4):comma])
            return listed and j + 1 < len(doc) and _cap(doc[j + 1].text)
        if t.text == ",":
            if words_seen == 0:
                return False
            words_seen = 0
        elif _cap(t.text) and (kb.is_org_word(t.text) or t.text.isalpha()):
            words_seen += 1
        else:
            return False
        j += 1
    return False


def _initials(tokens) -> str:
    return "".join(t.text[0] for t in tokens if _cap(t.text))


def _syllabic_definition(doc: Doc, bracket: int, kb: Knowledge, taken: set[int]) -> Optional[int]:
    """Where the name defined by the short form in brackets at ``bracket`` starts, for a short form
    of one word made of the name's syllables rather than its initials (``Pusat Prestasi Nasional
    (Puspresnas)``, ``Institute for Development of Economics and Finance (Indef)``): the
    capitalised words before the bracket (English joining words between them) hold an organisation
    word (``ORG_HINTS``, an organisation head), the short form opens with the first letter of the
    name, its letters follow in order in the name's letters and it takes a letter from at least
    two of the name's capitalised words. ``None`` when there is no such name."""
    short = doc[bracket + 1].text
    if not (short[:1].isupper() and short.isalpha() and 3 <= len(short) <= 12) or short in kb.not_names \
            or short in kb.place_words or kb.is_acronym(short):
        return None
    k = bracket
    while k - 1 >= 0 and bracket - (k - 1) <= 8 and (k - 1) not in taken and (
            _cap(doc[k - 1].text) and doc[k - 1].is_alpha or doc[k - 1].lower_ in ENGLISH_JOIN | {"dan"}):
        k -= 1
    while k < bracket and not _cap(doc[k].text):
        k += 1
    words_ = doc[k:bracket]
    if len(words_) < 2 or not any(t.text in ORG_HINTS or t.text in kb.org_heads_single for t in words_):
        return None
    low = short.lower()
    for start in range(k, bracket - 1):
        if doc[start].text[:1].lower() != low[0] or not _cap(doc[start].text):
            continue
        name = list(doc[start:bracket])
        letters = "".join(t.lower_ for t in name)
        pos, used = 0, set()
        for c in low:
            pos = letters.find(c, pos)
            if pos < 0:
                break
            used.add(_word_at(name, pos))
            pos += 1
        else:
            if len({u for u in used if _cap(name[u].text)}) >= 2:
                return start
        return None
    return None


def _word_at(tokens: list, pos: int) -> int:
    """The index of the token of ``tokens`` holding character ``pos`` of their joined lower case."""
    total = 0
    for idx, t in enumerate(tokens):
        total += len(t.text)
        if pos < total:
            return idx
    return len(tokens) - 1


VENUE_TAILS = frozenset({"Center", "Centre"})


def _places_inside(spans: list[Span], start: int, end: int, k: int) -> bool:
    """Whether token ``k`` lies in a place span wholly inside ``start``-``end``."""
    return any(s.start <= k < s.end and start <= s.start and s.end <= end for s in spans if s.label_ in ("LOC", "GPE"))


def defined_acronyms(doc: Doc, kb: Knowledge, taken_spans: list[Span]) -> Iterator[Span]:
    """``Capitalised Words (CW)``: the words whose initials spell the bracketed acronym, and
    every use of that acronym in ``doc``, as ORG (when no other span holds them)."""
    taken = set()
    for s in taken_spans:
        taken.update(range(s.start, s.end))
    # (a place inside a name that its acronym spells is a word of that name: China Development Bank (CDB),
    # Center for Indonesia Taxation Analysis (CITA); the longer span wins where the entities are filtered)
    placed = {k for s in taken_spans if s.label_ in ("LOC", "GPE") for k in range(s.start, s.end)}
    defined = set()
    n = len(doc)
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers
    span_ends = {s.end: s for s in taken_spans if s.label_ == "ORG"}
    for s in taken_spans:
        # an organisation with its short form in brackets after it or inside it
        if s.label_ != "ORG":
            continue
        for k in range(s.start + 1, s.end - 1):
            if texts[k] == "(" and texts[k + 2] == ")" and (texts[k + 1] in kb.org_heads_single
                                                            or _spells_before(doc, s.start, k, texts[k + 1])):
                defined.add(texts[k + 1])
    for i in range(1, n - 2):
        if texts[i] != "(":
            continue  # (both rules read a bracket)
        if texts[i + 2] == ")" and i not in taken and i not in span_ends:
            start = _syllabic_definition(doc, i, kb, taken)
            if start is not None:
                # Pusat Prestasi Nasional (Puspresnas): a short form made of the names' syllables
                yield Span(doc, start, i, label="ORG")
                taken.update(range(start, i))
                defined.add(texts[i + 1])
                continue
        if texts[i] != "(" or texts[i + 2] != ")" or not (kb.is_acronym(texts[i + 1])
                                                                 or texts[i + 1] in kb.org_heads_single
                                                                 or texts[i + 1] in kb.known_forms):
            continue
        if i in span_ends and texts[i + 1] not in {"Persero", "Tbk"}:
            defined.add(texts[i + 1])
            continue
        if texts[i + 1] in kb.known_forms and i not in taken and _cap(texts[i - 1]):
            # Words (KNOWN): the words are that institution's long form, however spelt
            k = i
            while k - 1 >= 0 and i - k < 6 and (k - 1) not in taken and texts[k - 1][:1].isupper() \
                    and texts[k - 1].isalpha() and not kb.is_rank(doc[k - 1]):
                k -= 1
            for start in range(k, i):
                if texts[start][0] == texts[i + 1][0] and texts[start] not in kb.not_names \
                        and lowers[start] not in kb.title_words:
                    yield Span(doc, start, i, label="ORG")
                    taken.update(range(start, i))
                    break
            continue
        if not kb.is_acronym(texts[i + 1]):
            continue
        acr = texts[i + 1]
        letters = "".join(c for c in acr if c.isalpha()).upper()
        k = i
        while k - 1 >= 0 and (_cap(texts[k - 1]) or lowers[k - 1] in {"of", "for", "and", "dan"}) \
                and ((k - 1) not in taken or (k - 1) in placed) and i - (k - 1) <= len(letters) + 2:
            k -= 1
        for start in range(k, i):
            if _initials(doc[start:i]).upper() == letters and _cap(texts[start]) \
                    and any(t.text in ORG_HINTS for t in doc[start:i]):
                if start in placed and texts[i - 1] in VENUE_TAILS:
                    break  # (a place's centre is a venue, a place: Jakarta Convention Center (JCC))
                if not any(j in taken and (j >= i or j not in placed or not _places_inside(taken_spans, start, i, j))
                           for j in range(start, i + 3)):
                    yield Span(doc, start, i, label="ORG")
                    taken.update(range(start, i))
                    defined.add(acr)
                break
    places = None
    org_taken = {k for s in taken_spans if s.label_ == "ORG" for k in range(s.start, s.end)}
    if defined:
        headline = titlecase_tokens(doc) if any(d in kb.org_heads_single for d in defined) else set()
        for j in range(n):
            if j in headline and texts[j] in kb.org_heads_single:
                continue
            if texts[j] in defined and j not in taken and not (texts[j] in kb.org_heads_single and j + 1 < n
                                                                  and _cap(texts[j + 1])):
                if places is None:
                    places = _labelled(doc, kb.places)
                end = j + 1
                if end in places and texts[j - 1] != "(" and not any(k in org_taken for k in range(end, places[end][0])):
                    end = places[end][0]  # BPJN Aceh: the unit of that place
                yield Span(doc, j, end, label="ORG")
                taken.update(range(j, end))


NATIONAL = (" Negara Republik Indonesia", " Republik Indonesia", " RI")


def national_short_forms(doc: Doc, kb: Knowledge, orgs: list[Span], locs: list[Span]) -> list[Span]:
    """A national institution named in full (``Kejaksaan Republik Indonesia``) is also called by
    its head word alone (``Kejaksaan telah menangani``): those uses, as ORG."""
    heads = {s[0].text for s in orgs if len(s) > 1 and s.text.endswith(NATIONAL) and s[0].text in kb.org_heads_single}
    if not heads:
        return []
    taken = {k for s in orgs + locs for k in range(s.start, s.end)}
    n = len(doc)
    return [Span(doc, i, i + 1, label="ORG") for i in range(n)
            if doc[i].text in heads and i not in taken and not (i + 1 < n and _cap(doc[i + 1].text))]


def place_spans(doc: Doc, kb: Knowledge, taken: set[int], orgs: dict[int, int]) -> list[Span]:
    """LOC spans in tokens not ``taken`` by organisations: heads with names, gazetteer places."""
    heads = _labelled(doc, kb.place_heads)
    places = _labelled(doc, kb.places)
    headline = titlecase_tokens(doc)
    dateline = _dateline(doc, kb, taken, places)
    n = len(doc)
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers
    spans = []
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        end = i
        if i in dateline:
            spans.append(Span(doc, i, dateline[i], label="LOC"))
            i = dateline[i]
            continue
        if i in headline and i not in places:
            i += 1
            continue
        if i in heads or (lowers[i] in kb.venue_lower and i + 1 in orgs):
            head_end = heads[i][0] if i in heads else i + 1
            j = head_end
            while j < n:
                if j in orgs:
                    j = orgs[j]
                elif j in places:
                    j = places[j][0]
                    while texts[i] in ADMIN_HEADS and j < n and texts[j] in COMPASS:
                        j += 1
                    r = j
                    while r < n and r not in taken and _cap(texts[r]) and texts[r].isalpha():
                        r += 1
                    if texts[i] in ADMIN_HEADS and r - j >= 2 and kb.is_first_name_word(doc[j]) \
                            and (r == n or not texts[r][:1].isupper()):
                        break  # Kota Surabaya | Eddy Kurniawan: two or more name words after the region
                                # (but Kecamatan Medan Petisah)
                elif j == head_end and lowers[j].rstrip(".") == "dr" and j + 1 < n and _cap(texts[j + 1]) \
                        and (j + 1) not in taken:
                    j += 1  # RSUD dr Soemantri: a hospital named after a doctor
                elif j in taken or kb.is_rank(doc[j]) and texts[j] not in kb.place_words \
                        and texts[i] not in STREET_HEADS and not (j == head_end and lowers[j].rstrip(".") == "dr"):
                    break  # Kapolresta Bogor Kota Kombes Pol. X (but Jalan Kapten Maulana Lubis, RSUD dr Soemantri)
                elif j > head_end and texts[i] not in STREET_HEADS and (texts[j] in kb.name_prefixes
                                                                           or texts[j] in BALINESE) \
                        and kb.is_first_name_word(doc[j]):
                    break  # Ketua Senggigi Hotel Association | Lalu Hardiman
                elif j == head_end and texts[j] in kb.not_names:
                    break  # Ibu Kota | Oktober: a month or weekday names no place
                elif _cap(texts[j]) and (texts[j].isalnum() or "-" in texts[j] or DOTTED.match(texts[j])
                                            or texts[j] == "St." and j + 1 < n and _cap(texts[j + 1])):
                    j += 1  # (Stadion St. James Park)
                elif texts[j] in {"-", "–"} and j > head_end and not doc[j - 1].whitespace_ \
                        and not doc[j].whitespace_ and j + 1 < n and _cap(texts[j + 1]):
                    j += 1  # Soekarno-Hatta, Banda Aceh–Medan
                elif texts[j].isdigit() and j > head_end:
                    j += 1
                else:
                    break
            if j > head_end and _cap(texts[i]) or (j > head_end and lowers[i] in kb.venue_lower and head_end in orgs):
                end = j
                if doc[i:head_end].text in kb.institution_venues:
                    spans.append(Span(doc, i, end, label="ORG"))
                    i = end
                    continue
        if end == i and i in places and places[i][0] == i + 1 and i >= 2 and (i - 1) not in taken \
                and kb.is_first_name_word(doc[i - 1]) and (texts[i - 2] in kb.place_words or (i - 2) in taken
                                                          or kb.is_rank(doc[i - 2])):
            i += 1  # Gubernur Banten Arifin Halim: a place word after a name after a region is the name's
            continue
        if end == i and i in places:
            end = places[i][0]
            if any(k in taken for k in range(i, end)):
                end = i
            else:
                while end < n and texts[end] in COMPASS and end not in taken and end - i < 4:
                    end += 1  # Sumba Timur, Bekasi Utara, Timor Tengah Selatan
        if end > i:
            spans.append(Span(doc, i, end, label="LOC"))
            i = end
        else:
            i += 1
    return spans


WEBSITE = r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?i:com|co\.id|id|net|org|tv)\b"
# a website named as a source anywhere: ``diterima CNNIndonesia.com``, ``portal Loket.com``
WEBSITE_END = re.compile(r"\w\.(?i:com|co\.id|id|net|org|tv)\b")
WEBSITE_NAME = re.compile(rf"(?<![\w@/.:-]){WEBSITE}(?![\w/.-]*\w)")


# a medium named as the source of what is reported: ``seperti dilansir dari NME``, ``dikutip Goal``,
# ``saat dihubungi detikHot``
# (a dot inside a word only: ``Kompas.com``, not the full stop after ``dikutip Reuters.``)
SOURCE_CUE = re.compile(r"\b(?P<cue>[Dd]ilansir|[Mm]elansir|[Dd]ikutip|[Mm]engutip|[Dd]ihubungi|[Dd]iwawancarai)"
                        r"(?:[^\S\n]+dari)?[^\S\n]+(?:dari(?=[a-z]*[A-Z]))?"  # (a `dari` glued to the name: daridetikNews)
                        r"(?P<o>[A-Za-z](?:[\w&'’]|\.(?=\w))*(?: [A-Z0-9](?:[\w&'’]|\.(?=\w))*){0,3})")
# the cues of a text quoted or taken from a medium (``Mengutip X,``, ``dikutip dari X.``: :func:`_credit_adjunct`);
# a person is contacted or interviewed (``saat dihubungi Budi mengaku ...``)
QUOTING_CUES = frozenset({"dilansir", "melansir", "dikutip", "mengutip"})


def _credit_adjunct(text: str, m: re.Match) -> bool:
    """The cue of ``m`` (:data:`SOURCE_CUE`) is a quoting cue and its object closes the credit with a comma or a
    full stop: the adjunct that names the medium (``seperti dikutip dari X.``, ``Mengutip X, ...``), so the name
    is the outlet even where the model reads a person or a place. Not a clause that goes on (``mengutip X saat
    ...``, ``dilansir X menjelaskan``: a text quoted, or a name whose outlet the text left out)."""
    return m.group("cue").lower() in QUOTING_CUES and text[m.end("o"):m.end("o") + 1] in {",", "."}
# words that credit the outlet after them (``kata Budi kepada Antara``, ``seperti dilaporkan Reuters``) or,
# after it, its report (``Reuters melaporkan``): with a name of ``outlets.txt`` only
OUTLET_BEFORE = r"\b(?=(?i:[dklmw]))(?i:kepada|menurut|laporan|dilaporkan|diberitakan|ditemui|wawancara(?:nya)? dengan)\s+"
OUTLET_AFTER = r"\s+(?:melaporkan|memberitakan|mewartakan|menuliskan|menulis)\b"
OUTLET_FREE = r"(?![\w/@-]|\.\w| [A-Z])"  # an outlet's name ends: no longer name, web address or credit line


@functools.lru_cache(maxsize=1)
def _outlet_names() -> tuple[str, ...]:
    """The outlets of ``outlets.txt`` and their all-capital forms, longest first (a regex alternation's order)."""
    return tuple(sorted({n for name in ordered("outlets.txt") for n in (name, name.upper())}, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _outlet_credit() -> re.Pattern:
    """The outlets of ``outlets.txt`` (and their all-capital forms) after a credit word or before a
    reporting verb; not inside a longer name, a web address or a credit line (``Antara/Budi``)."""
    names = _outlet_names()
    alt = "|".join(re.escape(n) for n in names)
    free = OUTLET_FREE
    # (each branch looks at its first letter before trying its words: the pattern is searched at every
    # position of the text, and most positions open no cue and no outlet)
    first = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"{OUTLET_BEFORE}(?P<o>{alt}){free}|(?=[{first}])(?<![\w/@.-])(?P<s>{alt}){free}{OUTLET_AFTER}")


@functools.lru_cache(maxsize=1)
def _outlet_next() -> re.Pattern:
    """The next item of a list of outlets of ``outlets.txt`` (``Dilansir AFP, BBC, dan CNN``)."""
    return re.compile(rf"(?:,? dan |, )(?P<o>{'|'.join(re.escape(n) for n in _outlet_names())}){OUTLET_FREE}")


def _outlet_list(text: str, end: int) -> list[tuple[int, int]]:
    """The outlets listed after an outlet credited that ends at ``end``."""
    out = []
    m = _outlet_next().match(text, end)
    while m:
        out.append((m.start("o"), m.end("o")))
        m = _outlet_next().match(text, m.end())
    return out


def outlet_spans(doc: Doc, kb: Knowledge, taken: set[int]) -> list[Span]:
    """ORG spans of news outlets and websites (the outlet of a dateline is read before, by
    :func:`dateline_outlets`): the medium named as a source
    (:data:`SOURCE_CUE`; not a title, rank, place, platform or a person of the model), and a
    website name (``HollywoodLife.com``, ``kumparan.com``; not an address with a path, an e-mail or a government
    or school site ``.go.id``, ``.ac.id``, ``.sch.id``)."""
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    for m in WEBSITE_NAME.finditer(text) if WEBSITE_END.search(text) else ():
        if not re.search(r"\.(?:go|ac|sch|mil)\.id$|^www\.", m.group(0), re.I):
            found.append((m.start(), m.end()))
    if "ilansir" in text or "ikutip" in text or "dihubungi" in text or "diwawancarai" in text \
            or "elansir" in text or "engutip" in text:
        people = {k for e in ents_of(doc) if e.label_ in {"PER", "LOC", "GPE"} for k in range(e.start, e.end)}
        for m in SOURCE_CUE.finditer(text):
            span = doc.char_span(m.start("o"), m.end("o"), alignment_mode="expand")
            if span is None or span.start_char < m.start("o"):
                continue  # (a name glued to the word before it, daridetikNews: no token of its own)
            first = span[0]
            if first.lower_ in kb.title_words or kb.is_rank(first) or first.text in kb.not_names \
                    or first.text in kb.products or first.text in kb.place_words \
                    or any(k in people for k in range(span.start, span.end)) and not _credit_adjunct(text, m) \
                    or not (first.text[:1].isupper() or any(c.isupper() for c in first.text[1:])):
                continue
            found.append((span.start_char, span.end_char))
            found.extend(_outlet_list(text, m.end("o")))
    for m in _outlet_credit().finditer(text):
        group = "o" if m.group("o") else "s"
        found.append((m.start(group), m.end(group)))
        found.extend(_outlet_list(text, m.end(group)))
    spans = []
    for a, b in sorted(set(found)):
        span = doc.char_span(a, b, label="ORG", alignment_mode="expand")
        if span is not None and not any(k in taken for k in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    return spans


# the last words of genre_nouns.tsv that close a club's name after its place (``Tarnuk United``, ``Velmora FC``)
CLUB_ENDS = frozenset({"united", "fc", "f.c.", "afc", "a.f.c.", "sc", "s.c.", "cf", "c.f."})
# the abbreviations that open a club's name before its city (``AS Roma``, ``FC Tarnuk``; ``AS`` is also the press's
# short form of Amerika Serikat: read in a sports report only, as all of these)
CLUB_OPENERS = frozenset({"AS", "AC", "FC", "SS", "SC", "CF", "AFC"})


def _opens_or_titles(token, kb: Knowledge) -> bool:
    """The capitalised word opens its sentence or is a word of a title or an occupation."""
    return token.is_sent_start or token.lower_ in kb.title_words or token.lower_ in kb.occupation_words


def place_clubs(doc: Doc, kb: Knowledge, taken: set[int]) -> list[Span]:
    """ORG spans of clubs named by their place and a club's last word (``Madura United``, ``Tarnuk FC``): the
    model reads the place alone and the club is lost with it. The place opens the name: no capitalised
    word right before it (``Bank Jawa Timur | Tbk`` is no club) but a title, an occupation or the sentence's
    first word (``Pelatih Madura United``). In a sports report a club's opening abbreviation before the place
    names the club too (``AS Roma``: :data:`CLUB_OPENERS`)."""
    texts = tokens_of(doc).texts
    spans = []
    sports = None
    for s, (e, _) in sorted(_labelled(doc, kb.places).items()):
        if s > 0 and texts[s - 1] in CLUB_OPENERS and not any(k in taken for k in range(s - 1, e)):
            if sports is None:
                sports = sports_report(doc)
            if sports:
                spans.append(Span(doc, s - 1, e, label="ORG"))
                taken.update(range(s - 1, e))
                continue
        if e >= len(doc) or texts[e].lower() not in CLUB_ENDS or not texts[e][:1].isupper() \
                or s > 0 and _cap(texts[s - 1]) and not _opens_or_titles(doc[s - 1], kb) \
                or any(k in taken for k in range(s, e + 1)):
            continue
        spans.append(Span(doc, s, e + 1, label="ORG"))
        taken.update(range(s, e + 1))
    return spans


MAX_CUE_MODIFIERS = 3  # lower-case words between an organisation's class noun and its name (organisasi pecinta hewan X)
MAX_CUED_WORDS = 4
# class nouns of genre_nouns.tsv that are as often a topic's noun or an adjective (komunitas Android, label
# Trending Topics, kebutuhan harian vitamin B6): not read with narrowing words
TOPIC_CUES = frozenset({"komunitas", "label", "harian"})
# the words that make the name after them an owner or maker, no instance of the class (perusahaan milik X,
# klub asuhan X, band pelantun lagu X)
OWNER_WORDS = frozenset({"milik", "kepunyaan", "asuhan", "besutan", "binaan", "bentukan", "pimpinan", "pelantun",
                         "peninggalan"})
# the words after a name that make it an attribute of the class noun (klub Catalan tersebut, kesebelasan X lainnya)
# or put the name after them (startup VR bernama X), and the marks that join it to a longer word (band K - pop)
ATTRIBUTE_AFTER = frozenset({"tersebut", "ini", "itu", "lainnya", "bernama", "/", "&", "-", "–"})
# the religions of Indonesian law (Penpres 1/PNPS/1965): after a class noun an attribute (ormas Islam, partai Kristen)
RELIGIONS = frozenset({"Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Budha", "Konghucu"})


def cued_orgs(doc: Doc, kb: Knowledge, taken: set[int]) -> list[Span]:
    """ORG spans of names the press introduces by their class, a noun of ``genre_nouns.tsv`` (type ORG, before)
    in lower case with up to three lower-case words that narrow it (``organisasi pecinta hewan PETA``,
    ``organisasi lingkungan hidup Greenpeace``, ``perusahaan riset pasar NPD``): the capitalised run right after
    them, up to a punctuation mark or a lower-case word. Indonesian noun phrases are head-initial, so the name
    is the class's instance. The narrowing words are no function word (``yang``, ``itu``: ``organisasi yang
    dipimpin X``), verb (me-, di-, ber-, ter-), owner's word or work noun (``milik``, ``asuhan``, ``lagu``); the
    name is no title, rank, place, month, day, religion, legal form, platform or product (``grup WhatsApp``),
    event or league (``klub Premier League``), no single letter,
    not followed by a demonstrative, ``lainnya`` or ``bernama`` (then it is an attribute), and not in a title-case
    line. A class noun that is as often a topic's or an adjective (``komunitas``, ``label``, ``harian``) is read only
    right before the name (person_types)."""
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers
    n = len(texts)
    cues = [i for i, low in enumerate(lowers) if low in kb.org_cue_nouns and texts[i].islower()
            and low not in TOPIC_CUES and not VERB_FORM.match(low)]
    if not cues:
        return []
    headline = titlecase_tokens(doc)
    spans = []
    for i in cues:
        j = i + 1
        while j < n and j - i <= MAX_CUE_MODIFIERS and texts[j].isalpha() and texts[j].islower() \
                and lowers[j] not in STOP_WORDS and not VERB_FORM.match(lowers[j]) and lowers[j] not in kb.org_cue_nouns \
                and lowers[j] not in OWNER_WORDS and lowers[j] not in kb.work_nouns:
            j += 1
        k = j
        while k < n and k - j < MAX_CUED_WORDS and _cap(texts[k]) and texts[k].replace("-", "").replace(".", "").isalnum():
            k += 1
        if k == j or k < n and (_cap(texts[k]) or lowers[k] in ATTRIBUTE_AFTER
                                or lowers[k] == "dan" and k + 1 < n and _cap(texts[k + 1])) \
                or any(m in taken or m in headline for m in range(j, k)):
            continue
        span = Span(doc, j, k, label="ORG")
        first = doc[j]
        if k - j == 1 and len(first.text) == 1 or first.text in kb.products or first.lower_ in kb.platforms \
                or first.lower_ in kb.title_words or kb.is_rank(first) or first.text in kb.not_names \
                or first.text in kb.place_words or span_text(doc, j, k) in words("places.txt") or first.text in RELIGIONS \
                or k - j == 1 and (first.text in LEGAL or first.lower_ in kb.company_ends) \
                or not (k - j == 1 and first.text.isupper()) and thing_kind(span, kb) is not None or _league(span) \
                or all(t.lower_ in kb.common_words and not t.text.isupper() for t in span):
            continue  # (an acronym is no head noun: organisasi X PETA; common words are no name: Perangkat Daerah)
        spans.append(span)
        taken.update(range(j, k))
    return spans


# the small words after an occupation that say its field (pelatih tunggal putri, pelatih kepala)
OCCUPATION_MODIFIERS = frozenset({"tunggal", "ganda", "putra", "putri", "kepala", "utama", "senior", "junior"})


def title_org_spans(doc: Doc, kb: Knowledge, taken: set[int]) -> list[Span]:
    """ORG spans of the organisation a title or occupation names before the holder: ``Ketua KSPSI Sumatera
    Barat, Yuliarni``, ``pelatih tunggal putri PBSI, Indra``, ``Komandan Skadron Udara 31, Letkol
    X``. The capitalised words between a title (with its small inner words: ``kepala``, ``tunggal putri``) and a
    comma before a name or rank (or a rank right after them) are the organisation when they hold
    a word that is no place (not a region: ``Gubernur Sumatera Barat``; region titles such as
    ``Camat``, ``Kepala Desa``, and fused titles such as ``Kapolda`` are left out), no word the
    model takes for a person, not only the title's field (``Bidang Tindak Pidana Khusus``), and
    an institutional mark: an acronym, a number, a place or an organisation's last word (``Federation``)
    after the name, or a model organisation."""
    n = len(doc)
    if not n:
        return []
    headline = titlecase_tokens(doc)
    model_per = {k for e in ents_of(doc) if e.label_ == "PER" for k in range(e.start, e.end)}
    model_org = {k for e in ents_of(doc) if e.label_ == "ORG" for k in range(e.start, e.end)}
    tokens = tokens_of(doc)
    texts, lowers, lower = tokens.texts, tokens.lowers, tokens.lower
    spans = []
    for s, e in sorted(role_matches(doc, kb).items()):
        if s in headline:
            continue
        title = span_text(doc, s, e).lower()
        if title in kb.region_titles or title in kb.fused:
            continue
        j = e
        while j < n and lower[j] and (lowers[j] in kb.title_words or lowers[j] in kb.occupation_words
                                      or lowers[j] in OCCUPATION_MODIFIERS):
            j += 1
        k = j
        # (the word tests before is_rank, which builds a Token: the same answer, every test is pure)
        while k < n and k - j < 6 and k not in taken \
                and (_cap(texts[k]) and texts[k].replace(".", "").replace("-", "").isalnum()
                     or texts[k].isdigit() and k > j) \
                and not (k > j and lowers[k] in kb.title_first_words) and not kb.is_rank(doc[k]):
            k += 1
        if k == j or k >= n - 1 or k in taken:
            continue
        holder = k + 1 if texts[k] == "," else k
        if not (kb.is_rank(doc[holder]) or holder > k and kb.is_first_name_word(doc[holder])):
            continue
        phrase = doc[j:k]
        if phrase[0].lower_ in kb.title_first_words and phrase[0].lower_ not in kb.occupation_words \
                and not kb.is_org_word(phrase[0].text):  # (an occupation may name a body: Kepala | Pengamat HAM X)
            continue  # a stacked title (Pelaksana tugas | Gubernur DKI Jakarta): the second title's region or unit
        if any(t.i in model_per for t in phrase) or phrase[0].text in kb.not_names \
                or all(t.text in kb.place_words or t.text in ADMIN_HEADS for t in phrase):
            continue
        marked = any(kb.is_acronym(t.text) or t.text.isdigit() or t.i in model_org for t in phrase) \
            or len(phrase) > 1 and (phrase[-1].text in kb.place_words or phrase[-1].text in kb.org_last_nouns)
        if marked and not all(t.text in kb.org_words and not kb.is_acronym(t.text) or ROMAN.match(t.text)
                              for t in phrase):
            spans.append(Span(doc, j, k, label="ORG"))
            taken.update(range(j, k))
    return spans


FOUNDERS = frozenset({"pendiri", "founder", "co-founder", "cofounder"})  # a company's founders (titles.txt)
COMPANY_NAME_WORDS = 3  # the longest company name read between its officer's title and the officer


def company_title_orgs(doc: Doc, kb: Knowledge, taken: set[int]) -> list[Span]:
    """ORG spans of the company a company officer's title names right before its holder, with no comma:
    ``CEO TopKarir Bayu Wirjo``, ``pendiri Microsoft Bill Gates``, ``Presiden Direktur Sinar Jaya Budi
    Santoso``. The title is one of ``company_titles.txt`` (a PT's organs and the English officer titles) or a
    founder's; the company is the capitalised words (three at most) between it and a person of the
    model (two words or more) that starts right after them, none of them taken, a place, a title word or a
    model person's, the first no common word (``common_words.txt``: a title's field, ``Direktur Operasional``),
    none a DBpedia person-name word (a given name the model's person left out: ``Direktur Utama Joko | Bagus W.``). A title of the company's officers names a company even when the model reads the
    name as a platform or product (``CEO Facebook``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    model = [e for e in doc.ents if e.label_ == "PER" and len(e) >= 2]  # (the model's, before the rules')
    if not model:
        return []
    person_at = {e.start for e in model}
    person_tokens = {k for e in model for k in range(e.start, e.end)}
    company = words("company_titles.txt")
    headline = titlecase_tokens(doc)
    spans = []
    for s, e in sorted(role_matches(doc, kb).items()):
        if s in headline or (doc[s:e].text.lower() not in company and doc[s:e].text.lower() not in FOUNDERS):
            continue
        k = e
        while k < len(doc) and k - e < COMPANY_NAME_WORDS and k not in person_at and k not in taken \
                and k not in person_tokens and _cap(texts[k]) and texts[k].replace("-", "").replace(".", "").isalnum() \
                and lowers[k] not in kb.title_words:
            k += 1
        if k == e or k not in person_at or all(t.text in kb.place_words for t in doc[e:k]) \
                or lowers[e] in kb.common_words \
                or any(t.text in kb.person_name_words for t in doc[e:k]):
            continue  # (the title's field: Direktur Operasional | X; a given name the model left out: Joko | Bagus W.)
        spans.append(Span(doc, e, k, label="ORG"))
        taken.update(range(e, k))
    return spans


def _dateline(doc: Doc, kb: Knowledge, taken: set[int], places) -> dict[int, int]:
    """The city of a dateline: capitalised words opening a paragraph, followed by a comma and a
    day or date, a bracketed date, or a dash (``Cibinong, Kamis (22/5/2025) -``, ``Bandung (20/5) –``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    out = {}
    n = len(doc)
    lines = (i + 1 for i, w in enumerate(tokens_of(doc).texts) if w.isspace() and "\n" in w and i + 1 < n)
    for i in [0, *itertools.islice(lines, 2)]:
        j = i
        while j < n and j - i < 3 and j not in taken and _cap(texts[j]) and texts[j].isalpha() \
                and texts[j] not in kb.not_names and lowers[j] not in STOP_WORDS \
                and lowers[j] not in kb.title_words and not (len(doc[j]) >= 7 and lowers[j].endswith("nya")):
            j += 1  # (not Alasannya, 46 ...; Mulai Selasa, 26 Desember; Kepala Dinas, 4.)
        if j == i or j + 1 >= n:
            continue
        nxt, after = texts[j], texts[j + 1]
        if nxt in {"-", "–", "—"} and doc[j - 1].whitespace_ or nxt == "(" and after[:1].isdigit() \
                or nxt == "," and (after[:1].isdigit() or after in kb.not_names):
            if i not in places or places[i][0] <= j:
                out[i] = j
    return out


DASHES = frozenset({"-", "–", "—", "--"})
OUTLET_WORD = re.compile(r"(?i)^[a-z][\w-]*(?:\.(?:com|net|id|co\.id|co)|news)$")


def _outlet_words(doc: Doc, i: int, kb: Knowledge, limit: int = 4) -> int:
    """End of a news outlet's name from ``i``: capitalised words or web names (``CNN Indonesia``,
    ``KOMPAS.com``, ``TRIBUN-TIMUR.COM``), no date or weekday (``27 Februari``, ``Kamis``)."""
    texts = tokens_of(doc).texts  # (doc[k].text without a Token)
    j = i
    n = len(doc)
    while j < n and j - i < limit and (texts[j][:1].isupper() and texts[j] not in kb.not_names
                                       and texts[j].replace(".", "").replace("-", "").isalnum()
                                       or texts[j] == "-" and j > i and not doc[j - 1].whitespace_):
        j += 1
    return j


VERB_FORM = re.compile(r"^(?:me|di|ber|ter)[a-z]{3,}$")  # a verb's prefix (melansir, dikutip, bermain, terjadi)


def dateline_outlets(doc: Doc, kb: Knowledge) -> list[Span]:
    """The news outlet credited in a dateline, as ORG, so that none of its words is taken for a
    place or a person: ``Jakarta, CNN Indonesia --``, ``Jakarta (ANTARA News) -``,
    ``TRIBUN-TIMUR.COM, MAKASSAR -``, ``Rimanews -``, ``Suara.com -`` (at a paragraph start)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    n = len(doc)
    out = []
    lines = (i + 1 for i, w in enumerate(tokens_of(doc).texts) if w.isspace() and "\n" in w and i + 1 < n)
    for i in [0, *itertools.islice(lines, 2)]:
        j = i
        while j < n and j - i < 3 and _cap(texts[j]) and texts[j].isalpha():
            j += 1  # the dateline city
        if j + 2 < n and j > i and texts[j] in {",", "("}:
            k = _outlet_words(doc, j + 1, kb)
            close = k < n and (texts[k] in DASHES if texts[j] == "," else
                               texts[k] == ")" and k + 1 < n and texts[k + 1] in DASHES)
            if k > j + 1 and close:
                out.append(Span(doc, j + 1, k, label="ORG"))
                continue
        k = _outlet_words(doc, i, kb, 3)
        while i < k - 1 and VERB_FORM.match(lowers[i]) and lowers[i] in kb.common_words:
            i += 1  # a verb opening the paragraph is no outlet's word: Melansir | StarWars.com, ...
        web = k > i and any(OUTLET_WORD.match(t.text) for t in doc[i:k])
        if web and k < n and (texts[k] in DASHES or texts[k] == "," and _cap(texts[k + 1] if k + 1 < n else "")):
            out.append(Span(doc, i, k, label="ORG"))
    return out


def fill_entities(doc: Doc, spans: Iterable[Span], ents: Optional[Sequence[Span]] = None) -> tuple[Span, ...]:
    """Entities (``ents``, else ``doc.ents``) plus the spans that overlap none of them."""
    ents = list(ents_of(doc) if ents is None else ents)
    taken = set()
    for e in ents:
        taken.update(range(e.start, e.end))
    for s in filter_spans(list(spans)):
        if not any(k in taken for k in range(s.start, s.end)):
            ents.append(s)
            taken.update(range(s.start, s.end))
    return tuple(sorted(ents, key=lambda e: e.start))


@Language.factory("institution_ruler", assigns=["doc.ents"])
def make_institution_ruler(nlp: Language, name: str):
    return InstitutionRuler(nlp)


class InstitutionRuler:
    """Adds institution (ORG) and place (LOC) spans to ``doc.ents`` (precedence above)."""

    def __init__(self, nlp: Language):
        self.kb = knowledge(nlp)

    def __call__(self, doc: Doc) -> Doc:
        with ents_held(doc):  # (the model's entities, read by many rules below: set only at the end)
            orgs, locs = self._spans(doc)
        doc.ents = tuple(filter_spans(orgs + locs))
        return doc

    def _spans(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        orgs = institution_spans(doc, self.kb)
        orgs = filter_spans(orgs + dateline_outlets(doc, self.kb))
        taken = set()
        for s in orgs:
            taken.update(range(s.start, s.end))
        orgs += outlet_spans(doc, self.kb, taken)
        orgs += place_clubs(doc, self.kb, taken)
        orgs += cued_orgs(doc, self.kb, taken)
        orgs = sorted(orgs + title_org_spans(doc, self.kb, taken) + company_title_orgs(doc, self.kb, taken),
                      key=lambda s: s.start)
        starts = {s.start: s.end for s in orgs}
        locs = place_spans(doc, self.kb, taken, starts)
        # a venue (Kantor Kemenkeu, gedung KPK) contains its organisation: the venue wins
        loc_tokens = set()
        for s in locs:
            loc_tokens.update(range(s.start, s.end))
        doc.spans["venue_orgs"] = [s for s in orgs if any(k in loc_tokens for k in range(s.start, s.end))]
        orgs = [s for s in orgs if not any(k in loc_tokens for k in range(s.start, s.end))]
        orgs += list(defined_acronyms(doc, self.kb, orgs + locs))
        orgs += national_short_forms(doc, self.kb, orgs, locs)
        # rules first: the model's entities wait in doc.spans until the people rules have run
        doc.spans["model_ents"] = usable_model_ents(doc, self.kb)
        return orgs, locs


# --- people ------------------------------------------------------------------------------

def title_matches(doc: Doc, kb: Knowledge) -> dict[int, int]:
    """Title phrases in ``doc``: start -> end (longest)."""
    return _matched(doc, ("titles", kb.titles), lambda: {s: e for s, (e, _) in _longest(kb.titles(doc)).items()})


def role_matches(doc: Doc, kb: Knowledge) -> dict[int, int]:
    """Title phrases and occupation nouns (``occupations.txt``) in ``doc``: start -> end (longest);
    the heads of the roles a person is given."""
    return _matched(doc, ("roles", kb.titles, kb.occupations),
                    lambda: {s: e for s, (e, _) in _longest([*kb.titles(doc), *english_titles(doc, kb),
                                                             *kb.occupations(doc)]).items()})


ENGLISH_FIELD_WORDS = 4  # at most this many field words before the head


@functools.lru_cache(maxsize=None)
def _english_title_fields() -> frozenset[str]:
    """The words before the head in the English titles of ``titles.txt`` (``Senior``, ``Project``, ``Product``):
    field words of an English title that the English word list leaves out (words of a person's name)."""
    heads = words("english_title_heads.txt")
    return frozenset(w.lower() for t in ordered("titles.txt") if t.split()[-1].lower() in heads for w in t.split()[:-1])


def english_titles(doc: Doc, kb: Knowledge) -> list[tuple[int, int, int]]:
    """English job titles written in Title Case: one to four capitalised field words, each an English
    word (``english_words.txt``) or a word of a title, then a head of ``english_title_heads.txt``
    (``Corporate Communication Manager``, ``Sales Device Director``). The run starts after a word that
    is not capitalised (or a title modifier, a punctuation mark, the text's start), so a company's name
    ending in such a word (``PT Maju Consultant``) is no title. As phrase-matcher answers (id, start, end)."""
    heads = words("english_title_heads.txt")
    english = words("english_words.txt")
    fields = _english_title_fields()
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    label = doc.vocab.strings["TITLE"]
    found = []
    for k, low in enumerate(lowers):
        if k == 0 or low not in heads or not texts[k][:1].isupper():
            continue
        start = k
        while start > 0 and k - start < ENGLISH_FIELD_WORDS:
            w, lw = texts[start - 1], lowers[start - 1]
            if not (w[:1].isupper() and w.isalpha() and (lw in english or lw in fields)) or lw in heads:
                break
            start -= 1
        if start == k:
            continue
        before = texts[start - 1] if start > 0 else ""
        if before[:1].isupper() and before.isalpha() and before.lower() not in kb.modifiers:
            continue
        found.append((label, start, k + 1))
    return found


def _ent_index(doc: Doc, ents: Optional[Sequence[Span]] = None) -> dict[int, Span]:
    index = {}
    for ent in ents_of(doc) if ents is None else ents:
        for k in range(ent.start, ent.end):
            index[k] = ent
    return index


def title_tail_end(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], titles: dict[int, int],
                   limit: Optional[int] = None, memo: Optional[dict[int, int]] = None) -> int:
    """Where the words that complete a title (its organisation, region, field) end, from ``j``.
    ``memo`` (one dict per ``limit``) holds the end reached from every position already walked, so
    that a chain of titles (``Ketua Ketua ...``) is walked once, not once per title."""
    n = len(doc) if limit is None else limit
    walked = []
    while j < n:
        if memo is not None:
            if j in memo:
                j = memo[j]
                break
            walked.append(j)
        t = doc[j]
        ent = ents.get(j)
        if ent is not None and ent.label_ != "PER":
            j = ent.end
        elif t.text == "Bidang":
            j += 1  # Ketua MUI Bidang Dakwah dan Ukhuwah: the field's words, not a name
            while j < n and (_cap(doc[j].text) and doc[j].text.isalpha() and not kb.is_rank(doc[j])
                             and (j + 1 == n or not _cap(doc[j + 1].text) or kb.is_org_word(doc[j + 1].text)
                                  or doc[j + 1].text in kb.place_words or doc[j + 1].lower_ in kb.title_words)
                             or doc[j].lower_ in {"dan", "&"} and j + 1 < n and _cap(doc[j + 1].text)):
                j += 1
        elif j in titles:
            j = titles[j]
        elif _cap(t.text) and kb.is_org_word(t.text) and not kb.opens_name(t) or t.text in kb.place_words and _cap(t.text):
            j += 1
        elif t.text in {"ke", "-", "/"} or t.text.isdigit():
            j += 1
        elif t.text == "(" and _cap(doc[j + 1].text if j + 1 < n else "") and any(
                j + w < n and doc[j + w].text == ")" for w in (2, 3)):
            j += 3 if doc[j + 2].text == ")" else 4
        elif t.text == "," and j + 1 < n and ents.get(j + 1) is not None and ents[j + 1].label_ == "LOC" \
                and ents[j + 1].end < n and kb.is_first_name_word(doc[ents[j + 1].end]):
            j = ents[j + 1].end
        elif t.lower_ == "dan" and j + 1 < n and (doc[j + 1].text in kb.org_words or ents.get(j + 1) is not None
                                                  and ents[j + 1].label_ != "PER"):
            j += 1
        else:
            break
    if memo is not None:
        memo.update(dict.fromkeys(walked, j))
    return j


def _skip_ranks(doc: Doc, j: int, kb: Knowledge, limit: int) -> int:
    while j < limit and (kb.is_rank(doc[j]) or doc[j].text == "." and j > 0 and kb.is_rank(doc[j - 1])):
        j += 1
    return j


def _rank_start(doc: Doc, i: int, k0: int, ents: dict[int, Span]) -> int:
    """Where a PER span opened by ranks ``doc[i:k0]`` starts: after the last rank that is an
    entity (``Mayjen TNI``), so that the person does not overlap the organisation."""
    start = i
    for k in range(k0 - 1, i - 1, -1):
        if k in ents:
            start = k + 1
            break
    while start < k0 and doc[start].text == ".":
        start += 1
    return start


def _region_before_rank(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], limit: int) -> int:
    """``Pangdam Iskandar Muda Mayjen TNI X``: the capitalised words between a title and a rank
    name the title's unit or region; the position of the rank (``j`` when there is none)."""
    k = j
    while k < limit and k - j < 4 and not kb.is_rank(doc[k]) and (ents.get(k) is None or ents[k].label_ != "PER") \
            and (_cap(doc[k].text) or doc[k].text.isdigit() or doc[k].text == "/"):
        k += 1
    if k > j and k < limit and kb.is_rank(doc[k]) and doc[k].text not in {"Ibu", "Bapak", "Pak", "Bu"}:
        return k
    return j


PLACE_OF = frozenset({"asal", "dari"})
WHEN_THEN = frozenset({"saat", "kala", "ketika", "waktu"})
TAIL_JOIN = frozenset({"dan", "di", "&", "Bidang", "-", "/", "ke"})


def _tail_to_comma(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], limit: int, region: bool) -> int:
    """``TITLE Words ORG, NAME``: the end of a capitalised stretch after a title when a comma and a
    name follow it; ``j`` when the stretch is not such a tail. A tail must hold an institutional
    word, a place, an entity or ``dan``, unless the title heads a region (``Camat Parung, X``)."""
    k = j
    marked = False
    while k < limit and k - j < 12:
        t = doc[k]
        ent = ents.get(k)
        if ent is not None and ent.label_ == "PER":
            return j
        if ent is not None:
            k = ent.end
            marked = True
        elif t.text == "(" and k + 2 < limit and doc[k + 2].text == ")":
            k += 3
        elif _cap(t.text) and not kb.is_rank(t):
            marked = marked or kb.is_org_word(t.text) or t.text in kb.place_words
            k += 1
        elif t.text in TAIL_JOIN or t.text.isdigit():
            marked = marked or t.text in {"dan", "di", "&"}
            k += 1
        elif t.lower_ in WHEN_THEN and k + 1 < limit and doc[k + 1].lower_ == "itu" and k > j:
            k += 2  # Bupati Kuantan Singingi saat itu, Sukarmis
        else:
            break
    if k == j or k >= limit or doc[k].text != "," or doc[k - 1].text in TAIL_JOIN:
        return j
    if not marked and not (region and k - j <= 2):
        return j
    return k


def _unit_name(doc: Doc, j: int) -> bool:
    """``doc[j]`` names a military or police unit after its number and a slash (``Pangdam
    IV/Diponegoro``, ``Kodim 0707/Wonosobo``), not a person."""
    return j >= 2 and doc[j - 1].text == "/" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_ \
        and (doc[j - 2].text.isdigit() or bool(ROMAN.match(doc[j - 2].text)))


def _reduplicated(span: Span) -> bool:
    """A reduplicated plural (``Kaset-kaset``, ``Anak-anak``): a common noun, never a name."""
    return any(_glued_hyphen(span.doc, k) and span.doc[k - 1].lower_ == span.doc[k + 1].lower_
               for k in range(span.start + 1, min(span.end + 1, len(span.doc) - 1)))


def _inner_initials(doc: Doc, k: int, kb: Knowledge, limit: int) -> bool:
    """``doc[k]`` is two or three capitals written between two words of a name (``Sri LP
    Wulandari``, ``Bambang DH Santoso``): the initials of its middle names, not an acronym (no known
    institution, organisation word or rank; a name word, not an initial, before and after it)."""
    text = doc[k].text
    if not (0 < k and k + 1 < limit and 2 <= len(text) <= 3 and text.isalpha() and text.isupper()) \
            or text in kb.known_forms or text in kb.org_words or text in kb.org_heads_single or kb.is_rank(doc[k]):
        return False
    before, after = doc[k - 1], doc[k + 1]
    return kb.is_name_word(before) and not INITIAL.match(before.text) and kb.is_name_word(after) \
        and not INITIAL.match(after.text) and after.text not in kb.org_words and after.text not in kb.place_words


def _name_inner_title(doc: Doc, k: int, kb: Knowledge) -> bool:
    """Whether ``doc[k]``, a title and a person's given name at once (``Hakim``: ``titles.txt`` and
    ``person_name_words.txt``), stands between two name words inside one model PER span: part of the
    name (``Luthfi Hakim Nurhadi``, ``Arief Hakim Wibowo``), no title opening a name after it."""
    t = doc[k]
    if t.text not in kb.person_name_words or t.lower_ not in kb.title_first_words or k == 0 or k + 1 >= len(doc) \
            or "model_ents" not in doc.spans:
        return False
    before = doc[k - 1]
    if not (kb.is_name_word(before) and kb.is_name_word(doc[k + 1])) or kb.is_rank(before) \
            or before.lower_ in kb.title_words:
        return False
    return any(m.label_ == "PER" and m.start < k < m.end - 1 for m in doc.spans["model_ents"])


def _name_run(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], limit: int, max_len: int = 5) -> int:
    """End of the run of name words from ``j`` (``j`` when there is none); initials in capitals
    between two of its words belong to it (:func:`_inner_initials`), and so does a lower-case syllable glued
    to its last word by a hyphen (:func:`_hyphen_end`: ``Shin Tae-yong`` after a title)."""
    if j >= limit or j in ents or not kb.is_first_name_word(doc[j]) or _unit_name(doc, j):
        return j
    k = j + 1
    while k < limit and k - j < max_len and k not in ents and (kb.is_name_word(doc[k]) or _dotted_opener(doc, k, kb)
                                                               or k + 1 not in ents and _inner_initials(doc, k, kb, limit)
                                                               or _name_inner_title(doc, k, kb)
                                                               or _surname_particle(doc, k, kb, ents, limit)):
        k += 1
    if k < limit and k - j < max_len and k not in ents and _inner_title_word(doc[k], kb) \
            and (k + 1 == limit or not _cap(doc[k + 1].text)):
        k += 1  # a title's inner word closing the name: Teuku Utama mengatakan
    if k + 1 < limit and doc[k].lower_ in PATRONYMIC_LINKS and k + 1 not in ents and kb.is_name_word(doc[k + 1]):
        k += 2  # the father's name after bin/binti is the name's (Mohd Zulkifli bin Rahman)
        while k < limit and k not in ents and kb.is_name_word(doc[k]) and k - j < max_len + 2:
            k += 1
    end = _hyphen_end(doc, k)  # a Korean given name's lower-case syllable (Shin Tae-yong)
    return end if end < limit and end not in ents or end == limit else k


def _surname_particle(doc: Doc, k: int, kb: Knowledge, ents: dict[int, Span], limit: int) -> bool:
    """``doc[k]`` is a lower-case surname particle inside a name (``surname_particles.txt``: ``Louis van
    Gaal``, ``Edwin van der Sar``): a name word, or a second particle and then a name word, follows it."""
    if not doc[k].is_lower or doc[k].text not in kb.surname_particles:
        return False
    nxt = k + 1
    if nxt < limit and nxt not in ents and doc[nxt].is_lower and doc[nxt].text in kb.surname_particles:
        nxt += 1
    return nxt < limit and nxt not in ents and kb.is_name_word(doc[nxt])


def _name_run_back(doc: Doc, end: int, kb: Knowledge, ents: dict[int, Span], floor: int,
                   max_len: int = 5) -> int:
    """Start of the run of name words ending at ``end`` (``end`` when there is none). A title's
    inner word may close the name (``Teuku Utama``), a name opener open it (``Lalu Hardiman``), and
    a word with a glued Arabic article (``Al-Fatih``, :data:`ARABIC_ARTICLES`) is inside it."""
    k = end
    if k - 2 >= floor and (k - 1) not in ents and _inner_title_word(doc[k - 1], kb) and kb.is_name_word(doc[k - 2]):
        k -= 1
    while k - 1 >= floor and end - (k - 1) <= max_len and (k - 1) not in ents:
        if kb.is_name_word(doc[k - 1]):
            k -= 1
        elif k - 3 >= floor and _glued_hyphen(doc, k - 1) and doc[k - 2].text in ARABIC_ARTICLES \
                and (k - 2) not in ents and kb.is_name_word(doc[k - 3]):
            k -= 3  # Teuku Adam | Al-Fatih (3): the article and its word, and the name word before them
        else:
            break
    while k < end and not kb.is_first_name_word(doc[k]):
        k += 1
    while k < end and k - 1 >= floor and end - (k - 1) <= max_len and (k - 1) not in ents \
            and kb.opens_name(doc[k - 1]):
        k -= 1
    return k


def _inner_title_word(token, kb: Knowledge) -> bool:
    """A capitalised word that titles hold after their first word (``Utama``, ``Agung``)."""
    return _cap(token.text) and token.text.isalpha() and token.lower_ in kb.title_words \
        and token.lower_ not in kb.title_first_words and not kb.is_rank(token)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the sentences of ``doc`` (one sentence when unset); cached."""
    cached = doc.user_data.get("_sentence_bounds")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    n = len(doc)
    if n and doc.has_annotation("SENT_START"):
        flags = doc.to_array([SENT_START])
        starts = [0] + [i for i in range(1, n) if flags[i] == 1]
    else:
        starts = [0] if n else []
    bounds = [(s, e) for s, e in zip(starts, starts[1:] + [n])]
    doc.user_data["_sentence_bounds"] = (n, bounds)
    return bounds


def sentence_ends(doc: Doc) -> list[int]:
    """For each token, where its sentence ends."""
    ends = [0] * len(doc)
    for s, e in sentence_bounds(doc):
        ends[s:e] = [e] * (e - s)
    return ends


def titlecase_tokens(doc: Doc) -> set[int]:
    """Tokens of title-cased sentences (headlines: ``Mantan Kades Divonis Lima Tahun``), where
    capitals do not mark names; computed once per document (both rulers ask several times)."""
    cached = doc.user_data.get("_titlecase_ranges")
    if cached is None or cached[0] != len(doc):
        ranges: list[tuple[int, int]] = []  # kept as ranges: user_data stays serialisable
        for i in sorted(_titlecase_tokens(doc)):
            if ranges and ranges[-1][1] == i:
                ranges[-1] = (ranges[-1][0], i + 1)
            else:
                ranges.append((i, i + 1))
        cached = doc.user_data["_titlecase_ranges"] = (len(doc), ranges)
    return {i for start, end in cached[1] for i in range(start, end)}


def _titlecase_tokens(doc: Doc) -> set[int]:
    out: set[int] = set()
    if not doc.has_annotation("SENT_START"):
        return out
    n = len(doc)
    text = text_of(doc)
    texts, punct = tokens_of(doc).texts, tokens_of(doc).punct  # (a token's is_space, is_alpha: str's)
    for start, end in sentence_bounds(doc):
        k = end - 1
        while k > start and texts[k].isspace():
            k -= 1
        if punct[k]:
            continue
        if k + 1 < n and not (texts[k + 1].isspace() and "\n" in texts[k + 1]):
            continue
        if _list_item(doc, text, start):
            continue  # 1. Budi Santoso, Direktur Utama: a list of names and titles, no headline
        words_ = [w for w in texts[start + 1:end] if w.isalpha() and len(w) >= 4]
        if len(words_) >= 3 and sum(_cap(w) for w in words_) >= 0.75 * len(words_):
            out.update(range(start, end))
    # quoted titles (video "Ketua MPR Resmikan Politeknik Kirana, Buka Peluang ...")
    opened = None
    for i, word in enumerate(texts):
        if word in QUOTE_MARKS:
            if opened is None:
                opened = i
            else:
                words_ = [w for w in texts[opened + 1:i] if w.isalpha() and len(w) >= 4]
                if len(words_) >= 4 and sum(_cap(w) for w in words_) >= 0.75 * len(words_):
                    out.update(range(opened, i + 1))
                opened = None
    return out


LIST_MARK = re.compile(r"^[ \t]*(?:(?:\d{1,2}[.)]|[a-z][.)]|[-•*·–])[ \t]|\d{1,2}[.)](?=[A-Z][a-z]))")


def _list_item(doc: Doc, text: str, start: int) -> bool:
    """The sentence at token ``start`` of ``doc`` (whose text is ``text``) opens a line with a list
    mark (``1.``, ``a)``, ``-``, ``•``)."""
    line = text.rfind("\n", 0, doc[start].idx) + 1
    return bool(LIST_MARK.match(text[line:line + 8] + " "))


def _tail_closed(doc: Doc, c: int, kb: Knowledge, ents: dict[int, Span]) -> bool:
    """The word before the comma at ``c`` ends an institution, a place or a bracket."""
    t = doc[c - 1]
    ent = ents.get(c - 1)
    return (ent is not None and ent.label_ != "PER") or t.text == ")" or kb.is_org_word(t.text) \
        or t.text in kb.place_words


ENGLISH_JOIN = frozenset({"of", "for", "on", "and", "the", "in", "&"})


def _phrase_end(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], limit: int,
                memo: Optional[dict[int, int]] = None) -> int:
    """End of the capitalised phrase from ``j``: capitalised words, numbers, entities, English
    joining words between capitalised words (``Institute for Rural Services Reform``) and a
    bracketed short form that more capitalised words follow (``(CORE) Indonesia``). ``memo`` (one
    dict per ``limit``) holds the end reached from every position walked past ``j`` (where the walk
    no longer depends on ``j``), so that a chain of titles is walked once."""
    k = j
    walked = []
    while k < limit:
        if k > j and memo is not None:
            if k in memo:
                k = memo[k]
                break
            walked.append(k)
        t = doc[k]
        ent = ents.get(k)
        nxt = doc[k + 1].text if k + 1 < limit else ""
        if ent is not None and ent.label_ != "PER":
            k = ent.end
        elif t.text == "(" and k + 3 < limit and doc[k + 2].text == ")" and _cap(doc[k + 3].text) \
                and doc[k + 3].text not in kb.not_names:
            k += 3
        elif (t.lower_ in ENGLISH_JOIN or t.lower_ == "dan" and k > j and nxt.lower() not in kb.title_first_words
              and k + 1 < limit and not kb.is_rank(doc[k + 1])) and _cap(nxt) and nxt not in kb.not_names:
            k += 1  # (Pasca Panen dan Pengolahan Hasil Pertanian; not "dan Menteri X")
        elif t.text in {"-", "–"} and k > j and nxt[:1].isalnum() and nxt[:1] == nxt[:1].upper():
            k += 1  # Covid-19, Co-founder
        elif _cap(t.text) and (t.text not in kb.not_names or k > j and nxt[:1] in {"-", "–"} or _cap(nxt)) \
                and t.text.replace("-", "").replace(".", "").replace("'", "").replace("’", "").isalnum() \
                or t.text.isdigit() and k > j:
            k += 1  # (a word of not_names inside the phrase: Covid-19 Command Center)
        else:
            break
    if memo is not None:
        memo.update(dict.fromkeys(walked, k))
    return k


DOC_CACHES: list[str] = []  # doc.user_data keys filled while person_ruler runs, dropped at its end


def _per_doc(fn):
    """Compute ``fn(doc, kb)`` once per document while person_ruler runs (the entities it may
    read do not change before person_ruler sets ``doc.ents``)."""
    DOC_CACHES.append(fn.__name__)

    @functools.wraps(fn)
    def cached(doc: Doc, kb: Knowledge):
        if fn.__name__ not in doc.user_data:
            doc.user_data[fn.__name__] = fn(doc, kb)
        return doc.user_data[fn.__name__]

    return cached


@_per_doc
def _token_table(doc: Doc, kb: Knowledge) -> tuple[list[str], list[str], list[bool]]:
    """Text, lower case and punctuation flag of every token, read once (a ``doc[i]`` builds a Token)."""
    tokens = tokens_of(doc)
    return tokens.texts, tokens.lowers, tokens.punct


@_per_doc
def _bare_words(doc: Doc, kb: Knowledge) -> frozenset[str]:
    """Capitalised words that ``doc`` also uses on their own, not next to another capitalised
    word (a short form: ``kata Adi``; ``di Belanjaku``)."""
    texts, lowers, punct = _token_table(doc, kb)
    out = set()
    n = len(texts)
    caps = [w[:1].isupper() for w in texts]  # _cap of each token
    for i, text in enumerate(texts):
        if not caps[i] or not text.isalpha():
            continue
        if i and caps[i - 1] and not punct[i - 1] and not kb.is_rank_word(texts[i - 1], lowers[i - 1]) \
                and lowers[i - 1] not in kb.title_words and lowers[i - 1] not in STOP_WORDS \
                and lowers[i - 1] not in SPEECH_AFTER:
            continue  # (Menurut Adi, Kata Budi: a capitalised cue before the word)
        if i + 1 < n and caps[i + 1]:
            continue
        out.add(text)
    return frozenset(out)


@_per_doc
def _standalone_runs(doc: Doc, kb: Knowledge) -> dict[str, list[tuple[int, bool]]]:
    """Runs of one to three capitalised words that stand alone in ``doc`` (no capitalised word
    before or after them): text -> [(start, whether a person speaks there: ``kata X``, ``menurut
    X``, ``Pak X``, ``X mengatakan``)]."""
    texts, lowers, punct = _token_table(doc, kb)
    text, starts = text_of(doc), tokens_of(doc).starts
    out: dict[str, list[tuple[int, bool]]] = {}
    n = len(texts)
    cap_words = [w[:1].isupper() and w.isalpha() for w in texts]
    i = 0
    while i < n:
        if not cap_words[i]:
            i += 1
            continue
        j = i
        while j < n and cap_words[j]:
            j += 1
        opener = j - i > 1 and (lowers[i] in STOP_WORDS or lowers[i] in SPEECH_AFTER)
        if opener:
            i += 1  # a capitalised function word or cue opens the sentence: Menurut Aris
        b = i - 1  # the token before the run (none when -1)
        rank = b >= 0 and kb.is_rank_word(texts[b], lowers[b])
        if j - i <= 3 and (b < 0 or opener or not texts[b][:1].isupper() or punct[b] or rank):
            speaks = b >= 0 and (lowers[b] in SPEECH_AFTER or lowers[b] == "menurut" or rank) \
                or j < n and lowers[j] in kb.speech_verbs
            out.setdefault(text[starts[i]:starts[j - 1] + len(texts[j - 1])], []).append((i, speaks))
        i = j
    return out


LEGAL = frozenset({"PT", "Tbk", "Tbk.", "(", ")", "Persero", "Perum", "CV"})
# name openers of ``name_prefixes.txt`` that are titles of birth (Bugis, Acehnese, Sundanese, Javanese,
# Sasak nobility; Balinese I/Ni): always a name's first word, never inside it
BIRTH_OPENERS = frozenset({"Andi", "Teuku", "Tengku", "Cut", "Raden", "Tubagus", "Lalu", "Baiq", "I", "Ni"})


@_per_doc
def _org_cores(doc: Doc, kb: Knowledge) -> frozenset[str]:
    """Organisation names of ``doc`` as they may stand before a person's name: each ORG entity,
    without its legal form (``PT Sinyalku (Persero) Tbk`` -> ``Sinyalku``) and without its
    head word (``Partai Golkar`` -> ``Golkar``)."""
    out = set()
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        core = [t.text for t in ent if t.text not in LEGAL]
        out.add(" ".join(core))
        if len(core) > 1 and core[0] in kb.org_heads_single:
            out.add(" ".join(core[1:]))
    return frozenset(c for c in out if c)


def _after_org_noun(doc: Doc, s: int, e: int, kb: Knowledge) -> int:
    """Where a name of two words or more starts after an organisation's last noun inside ``doc[s:e]``
    (``Ekonom Samuel Sekuritas | Rangga Cipta``, ``Indonesia Budget Center | Roy Salam``); ``s``
    when there is none."""
    for m in range(e - 3, s - 1, -1):
        if doc[m].text in kb.org_last_nouns and kb.is_first_name_word(doc[m + 1]) \
                and all(kb.is_name_word(doc[k]) for k in range(m + 2, e)):
            return m + 1
    return s


def _name_start(doc: Doc, s: int, e: int, kb: Knowledge) -> int:
    """Where the name in the run ``doc[s:e]`` starts when organisation words open it:

    * a name of the document's organisations (``Direktur Utama Sinyalku Setyo Handoko``
      after ``PT Sinyalku (Persero) Tbk``);
    * words that the text also uses as a whole on their own (one word: twice), never where a
      person speaks (``Kartu Usahawan Bima W Rusli`` after ``dengan Kartu Usahawan,``; but
      ``Aris Dwi Prasetya`` after ``penjelasan Aris`` and ``Menurut Aris``), before two name words;
    * words that the text also uses alone before a word that it uses alone as the person's
      short form (``CEO Belanjaku Adi Nugroho`` ... ``di Belanjaku`` ... ``kata Adi``).

    A run that opens with a name opener (``Muhammad Tito Karnavian``) or an initial stays whole; a run
    after an organisation or a title word starts at a title of birth inside it (``Bulog Sulselbar Andi
    Muhammad Yasir`` -> ``Andi Muhammad Yasir``)."""
    if e - s < 2:
        return s
    if (after := _after_org_noun(doc, s, e, kb)) > s:
        return after  # Samuel Sekuritas | Rangga Cipta
    if s > 0 and (doc[s - 1].ent_type_ == "ORG" or doc[s - 1].lower_ in kb.title_words):
        for m in range(s + 1, e - 1):
            if doc[m].text in BIRTH_OPENERS and not any(doc[k].text in kb.name_prefixes for k in range(s, m)):
                return m  # Perum Bulog Sulselbar | Andi Muhammad Yasir: a title of birth opens the name
    cores = _org_cores(doc, kb)
    start = s
    for m in range(s + 1, e):
        if doc[s:m].text in cores:
            start = m
    if start > s:
        return start
    if doc[s].text.rstrip(".") in kb.name_prefixes or INITIAL.match(doc[s].text):
        return s
    runs = _standalone_runs(doc, kb)
    for m in range(e - 2, s, -1):
        uses = runs.get(doc[s:m].text) or []
        if len(uses) >= (1 if m - s >= 2 else 2) and not any(speaks for _, speaks in uses) \
                and kb.is_first_name_word(doc[m]):
            return m
    bare = _bare_words(doc, kb)
    for m in range(s + 1, e - 1):
        if doc[m].text in bare and kb.is_first_name_word(doc[m]) and any(doc[k].text in bare for k in range(s, m)) \
                and not any(doc[k].text.rstrip(".") in kb.name_prefixes or INITIAL.match(doc[k].text)
                            for k in range(s, m)):
            return m
    return s


class _Counts:
    """Whether ``test(m)`` holds for some ``m`` in ``range(a, b)``, in constant time: prefix counts over
    blocks of :attr:`BLOCK` tokens, each built the first time a question reaches it, so that ``test`` runs
    at most once per token and only on the stretches asked about (the whole document was tested at the first
    question: 170,000 tests on a document of 1,000,000 characters that asked about a few hundred phrases). A
    question longer than :attr:`LONG` tokens makes the counts whole-document ones (built once from the
    blocks): a question then costs no more blocks than its length allows."""

    BLOCK = 64
    LONG = 4 * BLOCK

    def __init__(self, n: int, test):
        self.n, self.test, self.blocks, self.sums = n, test, {}, None

    def _block(self, block: int) -> list[int]:
        sums = self.blocks.get(block)
        if sums is None:
            first = block * self.BLOCK
            tests = (bool(self.test(m)) for m in range(first, min(self.n, first + self.BLOCK)))
            sums = self.blocks[block] = list(itertools.accumulate(tests, initial=0))
        return sums

    def any(self, a: int, b: int) -> bool:
        if a >= b:
            return False
        if self.sums is None and b - a > self.LONG:
            self.sums = [0]
            for block in range((self.n + self.BLOCK - 1) // self.BLOCK):
                self.sums += [self.sums[-1] + k for k in self._block(block)[1:]]
        if self.sums is not None:
            return self.sums[min(b, self.n)] > self.sums[min(a, self.n)]
        size = self.BLOCK
        for block in range(a // size, (b - 1) // size + 1):
            sums, first = self._block(block), block * size
            if sums[min(b - first, len(sums) - 1)] > sums[max(a - first, 0)]:
                return True
        return False


def _bracketed_short_forms(doc: Doc, kb: Knowledge, ents: dict[int, Span]) -> frozenset[tuple[str, ...]]:
    """The words of each bracket of two or three words right after an organisation that end in a word of
    no title: its short form (``Direktorat Jenderal Otonomi Daerah (Dirjen Otda)``), never a title and a
    name (not ``Partai X (Ketua Umum)``: a title in brackets)."""
    out = set()
    texts = tokens_of(doc).texts  # (iterating the Doc made a Token of each: 0.14 -> 0.02 CPU-s per 1,000 articles)
    for i, text in enumerate(texts):
        if text == "(" and i and ents.get(i - 1) is not None and ents[i - 1].label_ == "ORG":
            for k in (3, 4):
                if i + k < len(doc) and doc[i + k].text == ")" and all(_cap(t.text) for t in doc[i + 1:i + k]) \
                        and doc[i + k - 1].lower_ not in kb.title_words:
                    out.add(tuple(t.text for t in doc[i + 1:i + k]))
    return frozenset(out)


MINUTE_MARKS = frozenset({"'", "’", "‘"})


def _bracket_after_person(doc: Doc, i: int, kb: Knowledge, roles: Optional[dict[int, int]] = None) -> bool:
    """``(`` at ``i`` opens what the press writes in brackets after a person's name only: the minute of a
    goal in a match report (``Alan Fogel (74’)``, ``(45+2')``) or the person's occupation or title alone, in
    small letters (``Kirana Putri (tunggal putri)``, ``X (pelatih)``). ``roles``: :func:`role_matches` of
    ``doc`` when the caller holds them (each call of it copies the document's roles)."""
    n, k = len(doc), i + 1
    if k < n and doc[k].text.isdigit() and len(doc[k].text) <= 3:
        k += 1
        if k + 1 < n and doc[k].text == "+" and doc[k + 1].text.isdigit():
            k += 2  # stoppage time: 45+2'
        return k + 1 < n and doc[k].text in MINUTE_MARKS and doc[k + 1].text == ")"
    if k < n and doc[k].is_lower:
        end = (roles if roles is not None else role_matches(doc, kb)).get(k)
        return end is not None and end < n and doc[end].text == ")"
    return False


def _role_after(doc: Doc, k: int, kb: Knowledge, lowers, roles: dict[int, int]) -> bool:
    while k < len(doc) and lowers[k] in kb.modifiers:
        k += 1
    return k in roles or k < len(doc) and (lowers[k] in kb.person_nouns or lowers[k] in kb.status_nouns)


def person_spans(doc: Doc, kb: Knowledge) -> Iterator[Span]:
    """PER spans found by the rules of the module docstring (before propagation)."""
    ents = _ent_index(doc)
    titles = title_matches(doc, kb)
    headline = titlecase_tokens(doc)
    n = len(doc)
    tokens = tokens_of(doc)
    texts, lowers, punct = tokens.texts, tokens.lowers, tokens.punct
    sent_end = dict(enumerate(sentence_ends(doc)))
    tail_memo: dict[int, dict[int, int]] = {}  # limit -> memo of title_tail_end and of _phrase_end
    phrase_memo: dict[int, dict[int, int]] = {}
    # the words that tell an organisation inside a capitalised phrase, counted once (not once per title)
    org_marks = _Counts(n, lambda m: m in ents or _cap(texts[m]) and kb.is_org_word(texts[m])
                        or lowers[m] in ENGLISH_JOIN or texts[m] == "(" or texts[m] in kb.place_words)
    org_heads = _Counts(n, lambda m: ents[m].label_ == "ORG" if m in ents else kb.is_acronym(texts[m])
                        or lowers[m] in ENGLISH_JOIN)
    # names after a title and its organisation, or after a rank
    shorts = _bracketed_short_forms(doc, kb, ents) if titles else frozenset()
    for s, e in titles.items():
        if s in headline or e == s + 1 and _name_inner_title(doc, s, kb):
            continue
        if any(tuple(texts[s:s + k]) in shorts for k in (2, 3)):
            continue  # Direktorat Jenderal Otonomi Daerah (Dirjen Otda) ... Dirjen Otda: the organisation's short form
        limit = sent_end.get(s, n)
        region = doc[s:e].text.lower() in kb.region_titles
        if e < limit and texts[e] in kb.client_nouns and doc[s:e].text.lower() in kb.proxy_titles:
            e += 1  # penasihat hukum terdakwa, NAME
        w = e
        while w in titles and titles[w] > w:
            w = titles[w]  # Pelatih kepala: two titles
        if w + 2 < limit and texts[w + 1] == "," and w not in ents and _cap(texts[w]) and texts[w].isalpha() \
                and texts[w] not in kb.name_prefixes and not kb.is_rank(doc[w]) \
                and doc[s:e].text.lower() not in kb.proxy_titles:  # (kuasa hukum Sahara, X: the client)
            # Pelatih kepala Persebaya, Eduardo Santini, mengakui: one word, then a full name closed by
            # a comma or a speech verb: the word is the title's organisation, the name the person's
            k0 = _skip_ranks(doc, w + 2, kb, limit)
            k = _name_run(doc, k0, kb, ents, limit)
            if k - k0 >= 2 and k < limit and (texts[k] == "," or lowers[k] in kb.speech_verbs):
                yield Span(doc, _rank_start(doc, w + 2, k0, ents), k, label="PER")
                continue
        c = _tail_to_comma(doc, e, kb, ents, limit, region)
        cc = c - 2 if c - 2 > e and lowers[c - 1] == "itu" and lowers[c - 2] in WHEN_THEN else c
        if c > e and (region and cc - e <= 2 or _tail_closed(doc, cc, kb, ents)):
            k0 = _skip_ranks(doc, c + 1, kb, limit)
            k = _name_run(doc, k0, kb, ents, limit)
            if k > k0:
                yield Span(doc, _rank_start(doc, c + 1, k0, ents), k, label="PER")
                continue
        j = title_tail_end(doc, e, kb, ents, titles, limit, tail_memo.setdefault(limit, {}))
        j = _region_before_rank(doc, j, kb, ents, limit)
        if j < limit and texts[j] == ",":
            j += 1
        k0 = _skip_ranks(doc, j, kb, limit)
        k = _name_run(doc, k0, kb, ents, limit)
        if region and k > k0 and k + 2 < limit and texts[k] == "," and ents.get(k + 1) is not None \
                and ents[k + 1].label_ == "LOC" and ents[k + 1].end < limit and doc[ents[k + 1].end].text == ",":
            # bupati Tana Raiwu, Nusa Tenggara Timur, Yohanis P Lado Bire: the region, its province, the name
            j = _skip_ranks(doc, ents[k + 1].end + 1, kb, limit)
            m = _name_run(doc, j, kb, ents, limit)
            if m > j:
                yield Span(doc, j, m, label="PER")
            continue
        end = _phrase_end(doc, e, kb, ents, limit, phrase_memo.setdefault(limit, {}))
        if end > max(k, k0):
            # the capitalised phrase goes on with an organisation after the first name-like words
            # (``Direktur Eksekutif Network for Civic and Electoral Reform Ferry Kusuma``,
            # ``Wakil Ketua Baleg DPR dari``): the name, if any, ends the phrase
            start = _name_run_back(doc, end, kb, ents, max(k, k0, end - 5))
            marks = (max(k, k0), start)
            if start < end and org_marks.any(*marks) or start == end and org_heads.any(*marks):
                if start < end:
                    yield Span(doc, start, end, label="PER")
                continue
        if region and j == e and k0 == e and k - k0 >= 3 and not _name_evidence(doc, k0, kb) \
                and kb.is_first_name_word(doc[k0 + 1]):
            # Bupati Madina | Ari Wibowo: a region title heads its region, a word of no person's name
            yield Span(doc, k0 + 1, k, label="PER")
        elif k > k0:
            if k - k0 == 1 and k + 2 < limit and texts[k] == "," and doc[s:e].text.lower() not in kb.proxy_titles:
                # Ketua Panitia Muktamar, Abdul Gafur Lubis, mengatakan: one word closed by a comma, then a full
                # name closed by a comma or a speech verb: the word ends the title's unit, the name is the holder
                m0 = _skip_ranks(doc, k + 1, kb, limit)
                m = _name_run(doc, m0, kb, ents, limit)
                if m - m0 >= 2 and m < limit and (texts[m] == "," or lowers[m] in kb.speech_verbs):
                    yield Span(doc, _rank_start(doc, k + 1, m0, ents), m, label="PER")
                    continue
            yield Span(doc, _rank_start(doc, j, k0, ents), k, label="PER")
    in_title = {k for s, e in titles.items() for k in range(s + 1, e)}
    roles: dict[int, int] = {}  # (role_matches, read once when a rule needs it: each call copies the document's roles)
    for i in range(n):
        if i in headline:
            continue
        tx, low = texts[i], lowers[i]
        if i not in ents and i not in in_title and kb.is_rank_word(tx, low) \
                and (i == 0 or not kb.is_rank_word(texts[i - 1], lowers[i - 1]) and texts[i - 1] != "."):
            if tx in {"Ibu", "Bapak"} and i + 1 < n and texts[i + 1] in {"Kota", "Negara", "Pertiwi"}:
                continue
            limit = sent_end.get(i, n)
            k0 = _skip_ranks(doc, i, kb, limit)
            k = _name_run(doc, k0, kb, ents, limit)
            if k > k0 and k0 > i:
                yield Span(doc, _rank_start(doc, i, k0, ents), k, label="PER")
        # kata/ujar NAME
        if low in SPEECH_AFTER and tx == low and i + 1 < n:
            limit = sent_end.get(i, n)
            k0 = _skip_ranks(doc, i + 1, kb, limit)
            k = _name_run(doc, k0, kb, ents, limit)
            if k > k0 and (k == limit or not texts[k][:1].isupper()):
                yield Span(doc, i + 1, k, label="PER")
        # NAME selaku/yang juga/yang menjabat/speech verb/(age), NAME sebagai TITLE. (Any noun phrase stands before
        # ``sebagai`` and ``yang merupakan``: ``Yerusalem sebagai ibu kota``, ``TCash sebagai uang elektronik``,
        # ``X yang merupakan kota``; before ``sebagai`` a title, occupation, person or status noun makes the name
        # a person's, ``X sebagai tersangka``. Other names there are the model's to find.)
        if i > 0 and (low == "selaku" or low == "sebagai" and _role_after(doc, i + 1, kb, lowers,
                                                                          roles := roles or role_matches(doc, kb))
                      or low in kb.speech_verbs and not _cap(tx)
                      or low == "yang" and i + 1 < n and lowers[i + 1] in {"juga", "menjabat"}
                      or tx == "(" and i + 2 < n and texts[i + 1].isdigit() and texts[i + 2] == ")"
                      or tx == "(" and _bracket_after_person(doc, i, kb, roles := roles or role_matches(doc, kb))):
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if start < i and (start == 0 or not _cap(texts[start - 1]) or punct[start - 1]
                              or kb.is_rank_word(texts[start - 1], lowers[start - 1])
                              or lowers[start - 1] in kb.person_nouns
                              or (start - 1) in ents and ents[start - 1].label_ == "ORG"):
                if low in kb.speech_verbs and i - start == 1 and doc[start].is_sent_start is not True \
                        and start > 0 and texts[start - 1] not in {",", '"', "“", "”"}:
                    continue
                yield Span(doc, start, i, label="PER")
        # X, NAME, mengatakan
        if tx == "," and i + 1 < n and lowers[i + 1] in kb.speech_verbs and texts[i + 1].islower():
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if i - start >= 2 and start > 0 and texts[start - 1] == ",":
                yield Span(doc, start, i, label="PER")
        # NAME, TITLE  /  NAME, mantan TITLE  /  NAME, anggota ORG
        m = i + 1
        while m < n and lowers[m] in kb.modifiers and m - i <= 2:
            m += 1
        if tx == "," and m < n and m in titles and (_cap(texts[m]) or titles[m] < n and (
                _cap(texts[titles[m]]) or texts[titles[m]] in kb.client_nouns)):
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if i - start >= 2:
                yield Span(doc, start, i, label="PER")
        elif tx == "," and m < n and texts[m].islower() and m in (roles := roles or role_matches(doc, kb)):
            # a sentence that opens with a name and its occupation in apposition: X Y, desainer asal Z,
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if i - start >= 2 and doc[start].is_sent_start and kb.is_first_name_word(doc[start]):
                yield Span(doc, start, i, label="PER")
        # artis NAME / aktivis mahasiswa asal Riau, NAME (names of two words or more)
        if (low in kb.person_nouns or low in kb.status_nouns and i + 1 < n and texts[i + 1] == ",") \
                and tx == low:
            j = i + 1
            while j < n and j - i <= 6 and (lowers[j] in kb.person_nouns or lowers[j] in PLACE_OF
                                           or ents.get(j) is not None and ents[j].label_ == "LOC"):
                j = ents[j].end if ents.get(j) is not None else j + 1
            if j < n and texts[j] == "," and (j > i + 1 or i > 0 and lowers[i - 1] == "seorang"):
                j += 1  # (seorang warga, Tukiyem, mengaku)
            limit = sent_end.get(i, n)
            k = _name_run(doc, j, kb, ents, limit)
            if k - j >= 2 or k > j and k < limit and (lowers[k] in kb.speech_verbs or texts[k] == ","):
                yield Span(doc, j, k, label="PER")
        # pasangan Prabowo-Gibran, pendukung Jokowi-Ma'ruf: an election pair is two people
        if low in PAIR_CUES and i + 3 < n and texts[i + 2] in {"-", "–"} and not doc[i + 1].whitespace_ \
                and not doc[i + 2].whitespace_ and all(k not in ents and kb.is_first_name_word(doc[k])
                                                       for k in (i + 1, i + 3)):
            yield Span(doc, i + 1, i + 2, label="PER")
            yield Span(doc, i + 3, i + 4, label="PER")
        # berinisial AP, AM dan ACM / lima orang lainnya yakni A, AP, AM alias KA, dan MR
        if low in INITIAL_CUES or low in LIST_CUES and any(lowers[k] in COUNTED for k in range(max(0, i - 4), i)):
            j = i + 1
            while j < n and texts[j].isupper() and texts[j].isalpha() and len(texts[j]) <= 4 \
                    and j not in ents:
                yield Span(doc, j, j + 1, label="PER")
                j += 1
                if j + 2 < n and texts[j] == "(" and texts[j + 1].isdigit() and texts[j + 2] == ")":
                    j += 3  # berinisial SR (38) dan HD (25): the age after each
                if j + 1 < n and lowers[j] == "alias":
                    j += 2
                if j < n and lowers[j] in LIST_JOIN:
                    j += 1
                if j < n and lowers[j] in LIST_JOIN:
                    j += 1


def propagate(doc: Doc, kb: Knowledge, found: list[Span]) -> list[Span]:
    """Later and earlier bare uses of a name found elsewhere in ``doc`` (full or short forms)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    full: dict[tuple[str, ...], None] = {}
    parts: dict[str, None] = {}
    for span in found:
        toks = [t for t in span if not kb.is_rank(t) and t.text != "."]
        if not toks:
            continue
        full[tuple(t.text for t in toks)] = None
        for t in toks:
            if len(t.text) >= 3 and kb.is_first_name_word(t) and t.text not in kb.org_last_nouns:
                parts[t.text] = None  # (not Sekuritas of a model person Indosurya Sekuritas)
        # a nickname in brackets or after atau/alias right after the name
        e = span.end
        if e + 1 < len(doc) and lowers[e] in {"atau", "alias"} and kb.is_first_name_word(doc[e + 1]) \
                and not (e + 2 < len(doc) and _cap(texts[e + 2])):
            parts[texts[e + 1]] = None
        if e + 2 < len(doc) and texts[e] == "(" and texts[e + 2] == ")" and kb.is_first_name_word(doc[e + 1]):
            parts[texts[e + 1]] = None
    if not parts and not full:
        return []
    lengths: dict[str, list[int]] = {}
    for key in full:
        if len(key) > 1:
            lengths.setdefault(key[0], []).append(len(key))
    for first in lengths:
        lengths[first] = sorted(set(lengths[first]), reverse=True)
    out = []
    n = len(doc)
    i = 0
    while i < n:
        hit = 0
        text = texts[i]
        for length in lengths.get(text, ()):
            if i + length <= n and tuple(texts[i:i + length]) in full:
                hit = length
                break
        if not hit and text in parts and not (i + 1 < n and texts[i + 1] not in parts
                                              and kb.is_name_word(doc[i + 1])):
            hit = 1
        if hit:
            out.append(Span(doc, i, i + hit, label="PER"))
            i += hit
        else:
            i += 1
    return out


DEGREE = re.compile(r"^(?:s|m|d|ph|b|a)\.?[a-z]{0,4}(?:\.[a-z]{0,4})*\.?$", re.I)  # records-v1
YEAR_OR_NUMBER = re.compile(r"^(?:\d+[.)]?|(?:19|20)\d\d)$")
COORDINATION = frozenset({"dan", "serta", "&", ","})
NUMBER_MARKS = frozenset({"no.", "no", "nomor", "nmr."})  # an address's number mark (Jl. Pahlawan | No. 9)
AND_WORDS = frozenset({"dan", "serta", "&"})


def _furniture_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of page furniture: web leftover lines (``leftovers.leftover_lines``) and
    short lines written all in capitals on their own (``INFO NASIONAL``, a section label)."""
    from .leftovers import leftover_lines

    out = list(leftover_lines(text_of(doc)))
    pos = 0
    for line in text_of(doc).split("\n"):
        stripped = line.strip()
        if stripped and stripped.upper() == stripped and any(c.isalpha() for c in stripped) \
                and len(stripped.split()) <= 4 and not stripped.endswith(("-", "–", "—", ",")):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _numbers_name_before(doc: Doc, k: int) -> bool:
    """``doc[k]`` is a Roman numeral (two letters or more of I, V, X) written after a capitalised
    word or its bracketed short form: it numbers the name before it (``PON XXI | Aceh``, ``Pekan
    Olahraga Nasional (PON) XXI | Aceh``, ``Kodam IV``) and opens no name."""
    return k > 0 and bool(ROMAN_ORDINAL.match(doc[k].text)) \
        and (_cap(doc[k - 1].text) and doc[k - 1].is_alpha or doc[k - 1].text == ")")


def _trim(doc: Doc, start: int, end: int, label: str, kb: Knowledge, titles: dict[int, int]) -> tuple[int, int]:
    """The span without what records-v1 keeps out of a name: list numbers and years at either
    end, and the Roman numeral of the name before it in front (:func:`_numbers_name_before`); for a person also titles, ranks and honorifics in front and degrees behind; for an
    organisation the person's title in front (``Kepala Dinas X`` is ``Dinas X``) and the words
    before its legal form (``BUMN PT X`` is ``PT X``)."""
    tokens = tokens_of(doc)
    texts, lowers, space = tokens.texts, tokens.lowers, tokens.space
    while end - start > 1 and (YEAR_OR_NUMBER.match(texts[end - 1]) and label != "ORG"
                               or texts[end - 1] in {",", ".", "-", "("} or space[end - 1]
                               or label != "ORG" and lowers[end - 1] in NUMBER_MARKS
                               or label == "ORG" and re.match(r"^(?:19|20)\d\d$", texts[end - 1])):
        end -= 1
    while end - start > 1 and (YEAR_OR_NUMBER.match(texts[start]) or texts[start] in {",", ".", "-", ")"}
                               or space[start] or label != "PER" and _numbers_name_before(doc, start)):
        start += 1
    if label == "PER":
        titled = False
        while end - start > 1:
            if start in titles and titles[start] < end:
                start, titled = titles[start], True
            elif kb.is_rank(doc[start]) or lowers[start] in kb.modifiers or texts[start] == ",":
                start += 1
            elif titled and (kb.is_org_word(texts[start]) or texts[start] in kb.place_words):
                start += 1  # the title's organisation or region: Menteri Perdagangan | X
            else:
                break
        start = _after_org_noun(doc, start, end, kb)
        while end - start > 1 and ("." in texts[end - 1] and DEGREE.match(texts[end - 1])
                                   or texts[end - 1] in {",", "."}):
            end -= 1
    elif label == "ORG":
        while end - start > 1 and texts[start] not in kb.org_vocab:
            if start in titles and titles[start] < end and lowers[start] in kb.occupation_words \
                    and lowers[start] not in kb.title_words:
                start = titles[start]  # an occupation in front: Produser | Layar Kaca Pictures
            elif lowers[start] in kb.title_first_words or lowers[start] in kb.platforms and any(
                    t in kb.org_heads_single or t in kb.known_forms for t in texts[start + 1:end]):
                start += 1  # a title word, a platform before an institution: Instagram | Dinas X
            else:
                break
        if end - start > 3 and texts[end - 1] == ")" and texts[end - 3] == "(" \
                and _cap(texts[end - 2]) and texts[end - 2] not in LEGAL:
            end -= 3  # its bracketed short form, an alias of its own: Dinas Perhubungan | (Dishub)
        for k in range(start + 1, min(end - 1, start + 3)):
            if texts[k].rstrip(".") in {"PT", "CV", "Perum"}:
                start = k  # the legal form opens the name: BUMN | PT Pupuk Indonesia (Persero)
                break
    return start, end


def _pieces(doc: Doc, start: int, end: int, label: str, kb: Knowledge, starts: frozenset) -> list[tuple[int, int]]:
    """A span cut at its coordinations: people at every ``dan``/``serta``/comma (``Budi Santoso dan
    Rina Wulandari``); organisations where a new institution opens after the coordination (an
    organisation head or an acronym: ``Satreskrim Polres Sleman dan Intel Kodim 0732``) and
    after a bracketed short form followed by a person's name (``PT Sarana Energi (SE) Hadi
    Santoso``)."""
    tokens = tokens_of(doc)
    texts = tokens.texts
    if label == "ORG":
        for k in range(start + 2, end - 1):
            if texts[k] == ")" and kb.is_first_name_word(doc[k + 1]) \
                    and not kb.is_org_word(texts[k + 1]) and texts[k + 1] not in kb.place_words:
                end = k + 1
                break
    cuts = [start]
    for k in range(start + 1, end):
        if label == "ORG" and texts[k] in DASHES and WEBSITE_END.search(texts[k - 1]):
            cuts += [k, k + 1]  # a dateline's website before its dash: KABARWAJO.com | - Perayaan Idul Fitri
            continue
        if "\n" in texts[k] or k in starts or texts[k - 1].endswith(".") and texts[k] in kb.sentence_openers:
            # a line break or a sentence start (also one the splitter left: ``X. Kemudian``): no name
            # runs over it (``Kecanduan Media Sosial`` + blank line). (A spaced dash is no cut: IndoSum
            # writes ``Go - Jek``, ``Paris Saint - Germain``.)
            cuts += [k, k + tokens.space[k]]
            continue
        word = tokens.lowers[k]
        if label == "PER" and _spaced_pair_dash(doc, k, cuts[-1], end):
            cuts += [k, k + 1]  # Machfud Arifin - Mujiaman Sukirno: an election pair, two people
            continue
        if word not in COORDINATION or k == end - 1:
            continue
        nxt = doc[k + 1:min(end, k + 3)]
        if label == "PER" or label == "ORG" and any(
                t.text in kb.org_heads_single or kb.is_acronym(t.text) for t in nxt):
            cuts += [k, k + 1]
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if b > a]


def _spaced_pair_dash(doc: Doc, k: int, start: int, end: int) -> bool:
    """``doc[k]`` is a dash with spaces around it between two names of two capitalised words or more
    inside ``doc[start:end]`` (a pair of candidates: ``Machfud Arifin - Mujiaman Sukirno``); not a
    word spelt with spaces around its hyphen (``Eric Maxim Choupo - Moting``, ``Paris Saint - Germain``)."""
    if doc[k].text not in {"-", "–"} or not doc[k].whitespace_ or not doc[k - 1].whitespace_ \
            or k - start < 2 or end - k - 1 < 2:
        return False
    return all(_cap(t.text) and t.text[:1].isalpha() for t in (doc[k - 2], doc[k - 1], doc[k + 1], doc[k + 2]))


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """``doc[k]`` is a hyphen written without spaces between two words (``Jun-ho``, ``Al-Fatih``)."""
    if not 0 < k < len(doc) - 1:
        return False
    tokens = tokens_of(doc)
    texts, spaced = tokens.texts, tokens.spaced
    return texts[k] == "-" and not spaced[k - 1] and not spaced[k] and texts[k - 1].isalpha() and texts[k + 1].isalpha()


def _hyphen_end(doc: Doc, end: int) -> int:
    """A name's end moved over a lower-case syllable glued to it by a hyphen (Korean given names:
    ``Kim Seong`` + ``-min``); a capitalised part (``Jokowi-Ma'ruf``, a pair) is not taken."""
    while _glued_hyphen(doc, end) and doc[end + 1].is_lower:
        end += 2
    return end


def _after_dateline(doc: Doc, a: int) -> bool:
    """``doc[a]`` opens the story after a dateline's capitals and dash (``INGGRIS - | Mengejutkan ...``)."""
    return a >= 2 and doc[a - 1].text in DASHES and doc[a - 2].text.isupper() and doc[a - 2].is_alpha


def _opener_before_org(doc: Doc, a: int, b: int, kb: Knowledge) -> bool:
    """``doc[a]`` opens the sentence and is a common word capitalised only there, before the
    organisation that follows it (``Tragis | Real Madrid disingkirkan``, ``Arkeolog | Universitas X``,
    ``Rekomendasi | CORE``): a word of ``common_words.txt`` that is no institutional word, before a
    head, a known institution, an acronym, or words the text writes again (``Amnesty International``
    stays: ``International`` opens nothing)."""
    word = doc[a]
    if b - a < 2 or word.lower_ not in kb.common_words or word.text in kb.org_words or word.text in ORG_HINTS \
            or not word.is_alpha:
        return False
    nxt = doc[a + 1]
    rest = doc[a + 1:b].text
    return nxt.text in kb.org_heads_single or nxt.text in kb.known_forms or kb.is_acronym(nxt.text) \
        or text_of(doc).count(rest) > 1


def _acceptable(span: Span, kb: Knowledge) -> bool:
    """A trimmed model mention worth keeping: it holds a word that is not a degree, honorific,
    holiday or the like, and a person holds a name word. (Asking an organisation for a head word
    of ``org_heads.txt`` cost more on the tune split than it saved on dev: README, Results.)"""
    texts = tokens_of(span.doc).texts[span.start:span.end]
    if not any(w[:1].isalpha() and not (("." in w or len(w) <= 3) and DEGREE.match(w))
               and w.lower().rstrip(".") not in kb.honorifics and w not in kb.not_names for w in texts):
        return False
    return span.label_ != "PER" or any(kb.is_name_word(t) for t in span) and not _reduplicated(span) \
        and not (len(span) == 1 and _unit_name(span.doc, span.start)) and not _team_or_title(span, kb)


def _team_or_title(span: Span, kb: Knowledge) -> bool:
    """A model person that is the name of a team, band or work: English joining words inside or
    ``The`` in front (``Kings of Leon``, ``The Jakmania``; 18 of the 25,470 DBpedia person names of
    two words or more, all bands), or a city, province or country as its last word without a
    title or rank before it (``Persebaya Surabaya``, ``Satria Muda Pertamina Jakarta``; 55 of those
    25,470 names end so, mostly with a Jakarta area: ``Halim``, ``Thamrin``)."""
    doc = span.doc
    if span[0].text == "The" or any(t.lower_ in ENGLISH_JOIN for t in span[1:-1]):
        return True
    if len(span) < 2 or span[-1].text not in kb.place_words or span[-1].text in DIRECTIONS:
        return False
    b = span.start - 1
    return not (b >= 0 and (doc[b].lower_ in kb.title_words or kb.is_rank(doc[b]) or doc[b].lower_ in kb.person_nouns))


def _versioned(span: Span, kb: Knowledge) -> bool:
    """A model organisation with a number or version in it (``PlayStation 4 Pro``, ``Android
    7.1.1 Nougat``, ``C-130 Hercules``, ``U-22``): a product, model or team category, unless it
    holds an organisation head (``Intel Kodim 0732``) or a code name (``VR46``)."""
    return not any(t.text in kb.org_heads_single for t in span) and any(c.isdigit() for c in text_of_span(span)) \
        and not any(_cap(t.text) and kb.is_acronym(t.text) and t.text[-1:].isdigit() for t in span)


def postprocess_model_ents(doc: Doc, kb: Knowledge, ents: Iterable[Span]) -> list[Span]:
    """The model's mentions after the rules of the genre: none on page furniture lines or inside a word; each cut
    at its coordinations, line breaks and sentence starts (:func:`_pieces`),
    trimmed to records-v1 (:func:`_trim`; a person also of an occupation in front: ``Vokalis X``)
    and kept when :func:`_acceptable`."""
    furniture = sorted(_furniture_lines(doc))
    starts = [a for a, _ in furniture]
    reach = list(itertools.accumulate((b for _, b in furniture), max))  # furthest end of the lines so far
    titles = role_matches(doc, kb)
    sentence_opens = frozenset(s for s, _ in sentence_bounds(doc))  # read once, not once per mention
    places = _labelled(doc, kb.places)
    holders = _Holders(doc, kb, places, titles)
    model_people = frozenset(e.start for e in ents if e.label_ == "PER")
    tokens = tokens_of(doc)
    texts, lower = tokens.texts, tokens.lower
    out = []
    for ent in ents:
        before = bisect.bisect_left(starts, ent.end_char)  # the lines that start before the mention ends
        if before and reach[before - 1] > ent.start_char:  # one of them ends after it starts: they overlap
            continue
        if ent.start and not tokens.spaced[ent.start - 1] and texts[ent.start - 1][-1:].isalnum():
            continue  # it starts inside a word (3M Plus: M Plus), so no name starts there
        for a, b in _pieces(doc, ent.start, ent.end, ent.label_, kb, sentence_opens):
            a, b = _trim(doc, a, b, ent.label_, kb, titles)
            if ent.label_ == "ORG" and (a in sentence_opens or _after_dateline(doc, a)) \
                    and _opener_before_org(doc, a, b, kb):
                a += 1
            if ent.label_ == "ORG":
                b = _holder_cut(doc, a, b, kb, places, holders)
            if ent.label_ == "PER":
                b = _hyphen_end(doc, b)
            while b - a > 1 and lower[b - 1] and not _glued_hyphen(doc, b - 2) \
                    and not (ent.label_ == "ORG" and _hyphen_half(doc, b - 1)):
                b -= 1  # a function word at the end: Letter of (but Park Jun-ho, Perundang - undangan)
            if ent.label_ == "ORG":
                b = _org_bounds(doc, a, b, kb, model_people)
            span = Span(doc, a, b, label=ent.label_)
            if _acceptable(span, kb) and not (span.label_ == "ORG" and (_versioned(span, kb) or len(text_of_span(span)) < 2)):
                out.append(span)
    return out


def _rank_before_name(doc: Doc, k: int, kb: Knowledge) -> bool:
    """``doc[k]`` is a rank that introduces a name, so that a model person before it is the unit of
    the person after it (``Pangdam Iskandar Muda | Mayjen X``). A rank that is also a position
    (``Komisaris``, ``Jenderal``) introduces a name only when a rank or a name's first word follows it:
    ``1. Dedi Kurniawan Komisaris PT X``, ``Dedi Kurniawan Komisaris Utama`` are a person and a title."""
    if not kb.is_rank(doc[k]):
        return False
    if doc[k].lower_ not in kb.title_words:
        return True
    return k + 1 < len(doc) and (kb.is_rank(doc[k + 1]) or kb.is_first_name_word(doc[k + 1]))


def usable_model_ents(doc: Doc, kb: Knowledge) -> list[Span]:
    """The statistical model's entities that the rules may complete, after
    :func:`postprocess_model_ents`: not in headlines, opening with a capital, without degrees or
    stray brackets; adjacent PER pieces joined, a one-word PER kept only as the short form of
    a longer one, a PER or ORG that opens with a title dropped."""
    lowers = tokens_of(doc).lowers  # (doc[k].lower_ without a Token)
    ents = []
    act_end = -1  # the end of the last music act named after its noun (its list goes on: band X dan Y)
    for e in clean_model_people(doc, kb):
        if e.label_ not in {"PER", "ORG", "LOC", "GPE", "FAC"}:
            continue
        if e.label_ in {"PER", "ORG"} and (_act_span(doc, e, kb) or e.start == act_end + 1
                                            and lowers[act_end] in AND_WORDS):
            # a music act named after its noun, and the act joined to it by ``dan``, is an organisation, one word
            # or capitals alone too (``personel boyband X``, ``pentolan X dan Y``: the model reads many as people;
            # after a comma the act's members follow: ``personel X, Budi dan Andi``)
            e = Span(doc, e.start, e.end, label="ORG")
            act_end = e.end
        if ents and e.label_ == "PER" and ents[-1].label_ == "PER" and ents[-1].end + 1 == e.start \
                and _dotted_opener(doc, ents[-1].end, kb):
            ents[-1] = Span(doc, ents[-1].start, e.end, label="PER")  # Moh. | Rizal Lasahido
        else:
            ents.append(e)
    ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ != "PER" and len(e) > 1 and _institution_head(e, kb)
            else e for e in ents]
    model_labels: dict[str, dict[str, int]] = {}
    for e in ents:
        counts = model_labels.setdefault(text_of(doc)[e.start_char:e.end_char], {})  # (e.text)
        counts[e.label_] = counts.get(e.label_, 0) + 1
    ents = postprocess_model_ents(doc, kb, ents)
    if not ents:
        return []
    ents = _title_regions(doc, kb, ents)
    lowered = _lower_forms(doc)
    words_ = tokens_of(doc).texts
    person_words = {w for e in ents if e.label_ == "PER" and len(e) > 1 for w in words_[e.start:e.end]}
    org_ends = {e.end for e in ents_of(doc) if e.label_ == "ORG"}
    place_tokens = {k for e in ents_of(doc) if e.label_ in {"LOC", "GPE"} for k in range(e.start, e.end)}
    headline = titlecase_tokens(doc)
    starts = {s for s, _ in sentence_bounds(doc)}
    joined: list[Span] = []
    for ent in ents:
        if joined and ent.label_ == "PER" and joined[-1].label_ == "PER" and joined[-1].end == ent.start:
            joined[-1] = Span(doc, joined[-1].start, ent.end, label="PER")
        else:
            joined.append(ent)
    # news names a person in full first: a one-word person is a short form of a longer one or a
    # private person introduced as such (``seorang warga, Tukiyem,``, ``Tukiyem (52)``), else no
    # person (Jeep, a brand); the rules' own names come back through propagate()
    full_words = {w for e in joined if e.label_ == "PER" and len(e) > 1 for w in words_[e.start:e.end]}
    per_ends = {e.end for e in joined if e.label_ == "PER"}
    per_starts = {e.start for e in joined if e.label_ == "PER"}
    joined = [e for e in joined if e.label_ != "PER" or len(e) > 1 or text_of_span(e) in full_words or _introduced(doc, e, kb)
              or _coordinated(doc, e, per_starts, per_ends) or after_solo_noun(doc, e.start, kb)
              or solo_apposition(doc, e.end, kb) or _beside_person_noun(doc, e, kb)]
    out = []
    text = text_of(doc)  # (a span's text sliced from it: Span.text builds a Token for each of its words)
    for ent in joined:
        first, ent_text = words_[ent.start], text[ent.start_char:ent.end_char]
        if any(k in headline for k in range(ent.start, ent.end)) or not first[:1].isupper() \
                or ent_text.count("(") != ent_text.count(")") or first.lower() in kb.title_first_words:
            continue
        act = ent.label_ == "ORG" and len(ent) == 1 and _act_span(doc, ent, kb)
        if ent.label_ == "ORG" and len(ent) == 1 and not act and not _single_org(doc, ent, kb, model_labels, lowered,
                                                                                      person_words, org_ends, place_tokens):
            continue
        if ent.label_ != "PER" and ent_text in DIRECTIONS:
            continue  # a compass word alone (Tribune Utara dan Selatan) names no place
        if len(ent) == 1 and (ent.start in starts or ent.label_ != "PER" and ent_text.isupper() and not act):
            continue  # a capitalised sentence opener (Setiap, Terbatas), RI
        if ent.label_ == "PER" and (ent.end < len(doc) and _rank_before_name(doc, ent.end, kb)
                                    or any(c.isdigit() for c in ent_text)
                                    or ent.start >= 2 and words_[ent.start - 1] == ","
                                    and any("." in w[1:-1] for w in words_[max(0, ent.start - 3):ent.start - 1])):
            continue  # a unit before a rank (Pangdam Iskandar Muda Mayjen X), a product code, a degree
        out.append(Span(doc, ent.start, ent.end, label=ent.label_))
    return out


def _title_regions(doc: Doc, kb: Knowledge, ents: list[Span]) -> list[Span]:
    """Model organisations that follow a region head's title or a fused position abbreviation at
    once, with no organisation head, known institution or acronym in them, are the title's region
    (corpus/README: ``Bupati Mesuji``, ``Kapolda Metro Jaya``): a place after a region title (records-v1
    counts places inside a title), nothing after a fused title (its organisation is ``Polda Metro Jaya``,
    written elsewhere or not)."""
    ends = {e: s for s, e in title_matches(doc, kb).items()}
    out = []
    for ent in ents:
        s = ends.get(ent.start)
        if ent.label_ == "ORG" and s is not None and text_of_span(ent) not in kb.known_forms \
                and not any(t.text in kb.org_heads_single or kb.is_acronym(t.text) for t in ent):
            title = doc[s:ent.start].text.lower()
            if title in kb.region_titles:
                ent = Span(doc, ent.start, ent.end, label="LOC")
            elif title in kb.fused:
                continue
        out.append(ent)
    return out


WORD_CHARS = re.compile(r"\w+")


class _LowerForms:
    """``word in forms``: the text writes ``word`` (already lower case) as a word of its own. The
    words of the text are collected once (a regex over the whole text for each candidate was
    quadratic on a long document); a word with non-word characters is still searched for."""

    def __init__(self, text: str):
        self.text = text
        self._words: Optional[frozenset[str]] = None

    def __contains__(self, word: str) -> bool:
        if WORD_CHARS.fullmatch(word):
            if self._words is None:
                self._words = frozenset(WORD_CHARS.findall(self.text))
            return word in self._words
        return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", self.text))


_LOWER: "weakref.WeakKeyDictionary[Doc, _LowerForms]" = weakref.WeakKeyDictionary()


def _lower_forms(doc: Doc) -> _LowerForms:
    """The :class:`_LowerForms` of ``doc``'s text, made once per Doc (as :func:`_matched`; the entry goes with
    the Doc): a title's field is checked against the words of the whole text, and a long document has many
    (its words were collected again for each)."""
    forms = _LOWER.get(doc)
    if forms is None:
        forms = _LOWER[doc] = _LowerForms(text_of(doc))
    return forms


def _single_org(doc: Doc, ent: Span, kb: Knowledge, model_labels: dict, lowered: "_LowerForms",
                person_words: set[str], org_ends: set[int], place_tokens: set[int]) -> bool:
    """A one-word model organisation worth keeping (a club, band, company or outlet the lexicons
    cannot list: ``Arsenal``, ``Coldplay``, ``Skyscanner``): a name written with small letters in
    it (acronyms alone are too often programmes and indices: ``IHSG``, ``TMMD``; known acronyms and
    bracket definitions come from the rules), no digit or hyphen (``Moto3``, ``U-22``), not a
    word the text also writes in small letters (``Cabai``, ``Miliar``), no place, title or
    sentence word or province short form, not a person (the model's majority for that word, or a
    word of a model person: ``Khariq`` of ``Khariq Anhar``), not one word of a longer capitalised
    run the model cut (``Hubungan | Industrial``, ``Letter | of Intent``), in brackets only after
    an organisation (``Kementerian Kesehatan (Kemenkes)``, not ``Sistem Transportasi Nasional
    (Sistranas)``), not an item of a list of places, and not a product: after a product noun
    (``aplikasi Zangi``, ``motor sport Ducati``) or one of the platforms of ``product_words.txt``."""
    text = text_of_span(ent)
    if text.isupper() or not text[:1].isupper() or any(c.isdigit() or c == "-" for c in text) \
            or text in kb.not_names or text in kb.place_words or text.lower() in kb.title_words \
            or text in kb.products or text.lower() in STOP_WORDS or text.lower() in lowered:
        return False
    counts = model_labels.get(text, {})
    if counts.get("PER", 0) + counts.get("LOC", 0) + counts.get("GPE", 0) > counts.get("ORG", 0):
        return False
    if text in person_words or text in _province_shorts():
        return False
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and (before.lower_ in kb.product_nouns
                               or ent.start >= 2 and doc[ent.start - 2].lower_ in kb.product_nouns
                               or _cap(before.text) and before.is_alpha and not before.is_sent_start
                               and before.lower_ not in STOP_WORDS
                               or before.text == "(" and not _org_before(doc, ent.start - 1, kb, org_ends)):
        return False
    if after is not None and (_cap(after.text) and after.is_alpha or after.lower_ in ENGLISH_JOIN) \
            or any(t.lower_ in kb.product_nouns for t in doc[ent.end:ent.end + 3]):
        return False  # (Vespa hingga motor sport Ducati)
    # an item of a list of places (di Lhoksukon, Matangkuli, dan Tanah Jambo Aye)
    sides = 0
    for first, step in ((ent.start - 1, -1), (ent.end, 1)):
        k, joined = first, False
        while 0 <= k < len(doc) and doc[k].lower_ in LIST_JOIN:
            joined = joined or doc[k].lower_ != ","
            k += step
        if k != first and 0 <= k < len(doc) and k in place_tokens:
            sides += 2 if joined else 1
    return sides < 2


def _org_before(doc: Doc, bracket: int, kb: Knowledge, org_ends: set[int]) -> bool:
    """An organisation ends at ``bracket``: an ORG span, or capitalised words one of which is an
    organisation head (``Pusat Prestasi Nasional (Puspresnas)``, not ``Sistem Transportasi
    Nasional (Sistranas)``)."""
    if bracket in org_ends:
        return True
    k = bracket - 1
    while k >= 0 and bracket - k <= 8 and (_cap(doc[k].text) or doc[k].lower_ in ENGLISH_JOIN | {"dan"}):
        if doc[k].text in kb.org_heads_single or doc[k].text in ORG_HINTS:
            return True
        k -= 1
    return False


@functools.lru_cache(maxsize=1)
def _province_shorts() -> frozenset[str]:
    return frozenset(row["short"] for row in table("province_short.tsv"))


def _institution_head(span: Span, kb: Knowledge) -> bool:
    """A place the model found that opens with an organisation head and no place head
    (``Universitas X``, ``Polsek X``, ``University of X``) or a hospital's (``RSUD X``): an institution."""
    first = span[0].text
    return first in kb.institution_venues or first in kb.org_heads_single and first not in kb.place_heads_single \
        or span[:2].text in kb.institution_venues


def _coordinated(doc: Doc, span: Span, starts: set[int], ends: set[int]) -> bool:
    """``span`` is coordinated with another person the model found (``Irman, Sugiharto dan Diah``,
    ``Rizal dan Gilang``): a list of people."""
    b, e = span.start, span.end
    n = len(doc)
    return b >= 2 and (b - 1) in ends and (doc[b - 1].lower_ in AND_WORDS or doc[b - 1].text == ","
                                            and e < n and (doc[e].text == "," or doc[e].lower_ in AND_WORDS)) \
        or e + 1 < n and doc[e].lower_ in AND_WORDS and (e + 1) in starts  # (not Bupati Mesuji, Supriyanto W)


def _dotted_opener(doc: Doc, k: int, kb: Knowledge) -> bool:
    """``doc[k]`` is the dot of an abbreviated name opener (``Moh.``, ``Muh.``) before a name word."""
    return 0 < k < len(doc) - 1 and doc[k].text == "." and not doc[k - 1].whitespace_ \
        and doc[k - 1].text in kb.name_prefixes and kb.is_name_word(doc[k + 1])


def _introduced(doc: Doc, span: Span, kb: Knowledge) -> bool:
    """A one-word name that the text introduces as a person: an age in brackets after it
    (``Tukiyem (52)``), or between commas after a person noun (``Seorang warga, Tukiyem,``,
    ``ayah Rossi, Graziano,``, ``pedagang di Pasar Baru, Bandung, Samin,``)."""
    n = len(doc)
    e = span.end
    if e + 2 < n and doc[e].text == "(" and doc[e + 1].text.isdigit() and doc[e + 2].text == ")":
        return True
    if span.start < 2 or doc[span.start - 1].text != "," or e >= n or doc[e].text != ",":
        return False
    starts = [s for s, _ in sentence_bounds(doc)]
    floor = max(span.start - 10, starts[bisect.bisect_right(starts, span.start) - 1] if starts else 0, 0)
    return any((doc[k].lower_ in kb.person_nouns or doc[k].lower_ in kb.status_nouns) and doc[k].text.islower()
               or doc[k].lower_ == "seorang"
               for k in range(floor, span.start - 1))


# person nouns of a case or a death that name the one a report is about, no trade (``tersangka``, ``korban`` are in
# client_nouns.txt): before a one-word name they introduce it (``saksi Darmo``, ``almarhum Karto``)
CASE_NOUNS = frozenset({"saksi", "pelaku", "terpidana", "almarhum", "almarhumah", "mendiang"})


def _person_noun(token, kb: Knowledge, trades: bool = True) -> bool:
    """A person, status or kin noun (``person_nouns.txt`` when ``trades``, else only the nouns of a case,
    ``client_nouns.txt`` and :data:`CASE_NOUNS`; ``status_nouns.txt``, ``relation_nouns.txt``: ``tersangka``,
    ``korban``, ``warga``, ``istri``) in small letters, or capitalised as its sentence's first word."""
    lower = token.lower_
    return (token.is_lower or token.is_title and token.is_sent_start) \
        and ((lower in kb.person_nouns if trades else lower in kb.client_nouns or lower in CASE_NOUNS)
             or lower in kb.status_nouns or lower in kb.relation_nouns)


def _beside_person_noun(doc: Doc, span: Span, kb: Knowledge) -> bool:
    """A one-word name of the model (three letters or more, not in capitals: initials are read elsewhere) right
    after a noun of a case, a status or kin (``Korban Budi tewas``, ``pelaku Joko ditangkap``, ``warga Sutrisno``;
    an occupation takes works too: ``sutradara Thor: ...``): the press names private persons by one name so. (The
    same noun opening an apposition after the name, ``X, warga Y,``, added more wrong names than right ones on
    check117.)"""
    k, e = span.start, span.end
    word = doc[k].text
    return len(word) >= 3 and not word.isupper() and k > 0 and _person_noun(doc[k - 1], kb, trades=False) \
        and (e == len(doc) or not doc[e].text[:1].isupper())


# words between an act's noun and a name that tie the name to something else than the act (``band asal
# Bandung``, ``band pimpinan X``, ``grup bentukan X``): the name is no act's
INNER_JOINS = frozenset({"-", "&", ".", "/"})  # inside an act's name (``Super Junior-M``, ``Simon & Garfunkel``, ``AC/DC``)
ACT_LINKS = frozenset({"milik", "pimpinan", "asuhan", "besutan", "binaan", "bentukan", "pendiri", "pemilik", "bos",
                       "kepunyaan", "bernama", "berjudul", "bertajuk"})


def _noun_before(doc: Doc, k: int, nouns: frozenset) -> int:
    """The first token of a noun of ``nouns`` (tuples of lower-case words) that ends at token ``k``, written
    in small letters (its first word may open the sentence: ``Personel boyband X``), or -1."""
    tokens = tokens_of(doc)
    for size in (3, 2, 1):
        a = k - size + 1
        if a < 0:
            continue
        if tuple(tokens.lowers[a:k + 1]) in nouns \
                and all(tokens.lower[i] for i in range(a + 1, k + 1)) \
                and (tokens.lower[a] or tokens.title[a] and doc[a].is_sent_start):
            return a
    return -1


def act_cue(doc: Doc, start: int, kb: Knowledge) -> bool:
    """The name at ``start`` is a music act's, by the noun right before it (``genre_nouns.tsv``): an act's noun
    (``band X``, ``boyband X``, ``grup musik X``; one lower-case genre word may stand between:
    ``band hardrock X``, ``grup musik legendaris X``) or a member's noun (``personel X``: the group, the member
    follows in apposition). The press names the act, never its owner or a member, right after those nouns;
    a link word between (``band asal Bandung``, ``band pimpinan X``) or a title, person or stop word says
    the name is something else's."""
    k = start - 1
    if k < 0:
        return False
    if _noun_before(doc, k, kb.act_nouns) >= 0 or _noun_before(doc, k, kb.member_nouns) >= 0:
        return True
    tokens = tokens_of(doc)
    lower = tokens.lowers[k]
    return k > 0 and tokens.lower[k] and tokens.alpha[k] and lower not in STOP_WORDS \
        and lower not in ACT_LINKS and lower not in kb.person_nouns \
        and lower not in kb.occupation_words and lower not in kb.title_words \
        and _noun_before(doc, k - 1, kb.act_nouns) >= 0


def _act_span(doc: Doc, ent: Span, kb: Knowledge) -> bool:
    """A model person or organisation that :func:`act_cue` makes a music act, not opening with a rank, title or
    honorific (``personel Bripka X`` is the member) nor a product (``grup WhatsApp``). (A model place there
    is a country or city far more often, ``boyband Korea lainnya``, than an act named like one, ``band Bush``.)"""
    first = ent[0]
    if ent.label_ not in {"PER", "ORG"} or first.lower_.rstrip(".") in kb.honorifics or kb.is_rank(first) \
            or first.lower_ in kb.title_words or text_of_span(ent) in kb.products:
        return False
    return act_cue(doc, ent.start, kb)


def act_names(doc: Doc, kb: Knowledge, ents: Sequence[Span]) -> list[Span]:
    """Organisations named after a music act's noun where no entity is (``band hardrock X``, ``grup musik X``,
    ``personel X``: :func:`act_cue`): the capitalised run right after the noun, up to five words in one
    sentence (``-``, ``&`` and ``.`` may join its words), when no entity covers a word of it nor the word after
    it (``grup musik Kelompok | Penerbang Roket``: the model cut the name; ``band K-pop``: a genre), and it is no
    place of the gazetteer (``band asal Bandung`` stops at ``asal`` anyway), product, rank, title or
    honorific (``personel Bripka X``). The model misses many acts' names (``band Seringai``)."""
    taken = {k for e in ents for k in range(e.start, e.end)}
    texts = tokens_of(doc).texts
    ends = sentence_ends(doc)
    out = []
    n = len(doc)
    for k in range(1, n):
        if k in taken or not texts[k][:1].isupper() or doc[k].is_sent_start or not act_cue(doc, k, kb):
            continue
        limit = min(ends[k], n, k + 5)
        j = k
        while j < limit and j not in taken and (texts[j][:1].isupper() or texts[j] in INNER_JOINS and j + 1 < limit
                                                and texts[j + 1][:1].isupper()):
            j += 1
        first = doc[k]
        run = text_of(doc)[first.idx:doc[j - 1].idx + len(doc[j - 1])]
        if j < n and (j in taken or texts[j] in INNER_JOINS and texts[j] != ".") or len(run) < 2 or run in kb.place_words \
                or run in kb.products or kb.is_rank(first) \
                or first.lower_.rstrip(".") in kb.honorifics or first.lower_ in kb.title_words:
            continue
        out.append(Span(doc, k, j, label="ORG"))
    return out


def after_solo_noun(doc: Doc, start: int, kb: Knowledge) -> bool:
    """A performer's noun (``occupations.txt``, section solo: ``penyanyi``, ``pedangdut``, ``rapper``) right
    before the name at ``start``, in small letters or opening the sentence (``Penyanyi X merilis``, also after a
    dateline's dash): the
    press names a singer or actor by one stage name alone (``penyanyi Tulus``), so a one-word name there
    is a person, unless it is a word of places and organisations that no person is called (``thing_words.txt``:
    ``aktor Hollywood``, ``penyanyi Korea``: where the performer works or comes from)."""
    k = start - 1
    return k >= 0 and doc[k].lower_ in kb.solo_nouns and doc[start].lower_ not in kb.thing_words \
        and (doc[k].is_lower or doc[k].is_title and (doc[k].is_sent_start or k == 0 or doc[k - 1].is_punct))


def solo_apposition(doc: Doc, end: int, kb: Knowledge) -> bool:
    """A performer's noun in small letters opening an apposition after the name ending at ``end`` (``X, penyanyi
    asal Y``, ``X, sang penyanyi``): a one-word name there is a person, as after :func:`after_solo_noun`."""
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "sang":
        k += 1
    return k < len(doc) and doc[end].text == "," and doc[k].is_lower and doc[k].lower_ in kb.solo_nouns \
        and doc[end - 1].lower_ not in kb.thing_words


def _title_field(doc: Doc, start: int, end: int, name_end: int, kb: Knowledge) -> bool:
    """The words ``doc[start:end]`` after a title are its field, not an institution's name: common
    words (``common_words.txt``, or written in small letters elsewhere in the text), none heading an
    institution (but a unit's head, ``SUBUNITS``, may open them: ``Divisi Pengawasan``), and no short form in brackets after the name they open (``Pusat Kajian Politik
    Universitas X (Puskapol UX)``; a short form of syllables, ``Lemdiklat``, is no common word)."""
    if name_end < len(doc) and doc[name_end].text == "(":
        return False
    lowered = _lower_forms(doc)
    unit = end - start > 1 and doc[start].text in SUBUNITS  # Divisi Pengawasan | Bawaslu: a unit's head opens it
    return all((t.lower_ in kb.common_words or t.lower_ in lowered) and t.text not in kb.org_heads_single
               and t.text not in ORG_HINTS for t in doc[start + unit:end])


def extend_with_model(doc: Doc, model: list[Span], kb: Optional[Knowledge] = None,
                      ents: Optional[Sequence[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` where a model organisation or place strictly contains rule entities of its
    own label (an organisation also places) and overlaps no other entity: the model's longer span
    replaces them. The rules stop at a place they do not know (``Dinas Kesehatan Kabupaten |
    Mesuji``), and a place inside an organisation's name is no place of its own (records-v1:
    ``Persib | Bandung``, ``Real | Madrid``, ``University of | Melbourne``). The one guard: some
    words of the span are outside the rule entities (a model span that is exactly a rule place
    stays a place). A stricter guard for places (a capitalised word of its own that is no place,
    compass, region word, Roman numeral or sentence-opening noun) admitted the same replacements
    on dev, corpus/ and 400 IndoSum dev.01-04 articles; on the tune split it lost ``Pemerintah
    Desa Ponggok`` and dropped a wrong ``XXI Aceh`` (of ``PON XXI Aceh``): one rule, this guard. With ``kb``, a model
    organisation does not take a rule organisation back over the words a title of office names
    before it when none of them heads an institution: the unit stays in the title (corpus/README,
    ``Direktur Jenderal Perdagangan Dalam Negeri | Kemendag``, ``Direktur Imunisasi | Kemenkes``),
    also when the model span opens inside that field (``Direktur Hak Asasi Manusia dan | Kemanusiaan
    Kementerian Luar Negeri``)."""
    ents = sorted(ents_of(doc) if ents is None else ents, key=lambda e: e.start)  # never overlapping: ends in order too
    starts = [e.start for e in ents]
    title_ends = sorted(set(title_matches(doc, kb).values())) if kb is not None else []
    for m in model:
        if m.label_ not in {"ORG", "LOC"}:
            continue
        j = bisect.bisect_left(starts, m.end)  # the entities that overlap m: found by position, not by
        i = j  # a scan of every entity for every mention (quadratic on a long document)
        while i > 0 and ents[i - 1].end > m.start:
            i -= 1
        inside = _distinct(ents[i:j])
        if inside and all((e.label_ == m.label_ or e.label_ == "LOC" and m.label_ == "ORG")
                          and m.start <= e.start and e.end <= m.end for e in inside) \
                and sum(len(e) for e in inside) < len(m) \
                and not ((field := _field_start(title_ends, m.start)) is not None and inside[0].label_ == "ORG"
                         and inside[0].start > m.start and _title_field(doc, field, inside[0].start, m.end, kb)):
            # (the model span takes every slot of the entities it replaces: no shift of the list's tail, which
            # made the replacements quadratic on a long document; the runs are read as one span)
            ents[i:j], starts[i:j] = [m] * (j - i), [m.start] * (j - i)
    return tuple(_distinct(ents))


# how far into a title's field a model organisation may open and still be read as opening inside it
# (``Direktur Hak Asasi Manusia dan | Kemanusiaan Kementerian Luar Negeri``: the field's last word taken)
FIELD_REACH = 6


def _field_start(title_ends: list[int], start: int) -> Optional[int]:
    """The end of the last title (``title_ends``, sorted) at or at most :data:`FIELD_REACH` words
    before ``start``: where the field of a title that ``start`` may lie inside begins."""
    k = bisect.bisect_right(title_ends, start)
    return title_ends[k - 1] if k and start - title_ends[k - 1] <= FIELD_REACH else None


def _distinct(spans: list[Span]) -> list[Span]:
    """``spans`` with each run of one span object read once."""
    return [e for k, e in enumerate(spans) if k == 0 or e is not spans[k - 1]]


def org_short_forms(doc: Doc, kb: Knowledge, ents: Optional[Sequence[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with the short forms of organisations as ORG: a company without its legal form
    (``Railink`` of ``PT Railink``), a club or team without its city (``Persebaya`` of ``Persebaya
    Surabaya``), written alone elsewhere (not next to another capitalised word). A lone person or
    place of the same text becomes the organisation's; a word of a longer person's name does not."""
    ents = list(ents_of(doc) if ents is None else ents)
    texts = tokens_of(doc).texts
    person_words = {w for e in ents if e.label_ == "PER" and len(e) > 1 for w in texts[e.start:e.end]}
    forms: set[tuple[str, ...]] = set()
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        toks = texts[ent.start:ent.end]
        if toks[0] in {"PT", "CV", "Perum"}:
            core = [w for w in toks[1:] if w not in LEGAL]
        elif toks[-1] in kb.place_words and toks[0] not in kb.org_heads_single and text_of_span(ent) not in kb.known_forms:
            core = toks[:-1]
            while core and core[-1] in kb.place_words:
                core.pop()
        else:
            continue
        if 1 <= len(core) <= 3 and all(_cap(w) and w.isalpha() for w in core) \
                and not (len(core) == 1 and (core[0] in person_words or core[0] in kb.not_names
                                             or core[0] in kb.org_heads_single)):
            forms.add(tuple(core))
    if not forms:
        return tuple(ents)
    covered = {k: e for e in ents for k in range(e.start, e.end)}
    n = len(doc)
    at: dict[str, list[int]] = {}  # where each form's first word is: one pass, not one per form
    for i, text in enumerate(texts):
        at.setdefault(text, []).append(i)
    out = []
    for form in forms:
        size = len(form)
        for i in at.get(form[0], ()):
            if i > n - size or tuple(texts[i:i + size]) != form:
                continue
            if i > 0 and _cap(doc[i - 1].text) and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start \
                    or i + size < n and _cap(doc[i + size].text) and doc[i + size].is_alpha:
                continue
            inside = {covered[k] for k in range(i, i + size) if k in covered}
            if not inside or len(inside) == 1 and (lone := inside.pop()).label_ in {"PER", "LOC"} \
                    and lone.start == i and lone.end == i + size:
                out.append(Span(doc, i, i + size, label="ORG"))
    if not out:
        return tuple(ents)
    replaced = {(s.start, s.end) for s in out}
    ents = [e for e in ents if (e.start, e.end) not in replaced] + out
    return tuple(sorted(ents, key=lambda e: e.start))


def _same_sense(doc: Doc, model: list[Span], ents: Optional[Sequence[Span]] = None) -> list[Span]:
    """Model entities whose text the rules gave another label elsewhere in ``doc`` are dropped
    (one sense per document: ``Kecamatan Lhoksukon`` makes ``Lhoksukon`` a place, not a person)."""
    labels: dict[str, str] = {}
    for ent in ents_of(doc) if ents is None else ents:
        labels.setdefault(text_of_span(ent), ent.label_)
        if ent.label_ == "LOC" and len(ent) > 1:
            labels.setdefault(ent[1:].text, "LOC")
    return [e for e in model if labels.get(text_of_span(e), e.label_) == e.label_]


NAME_MARKS = frozenset({"-", ".", "'", "’"})  # (marks inside a person's name: Jean-Pierre, S. Budi, O'Neil)
HEAD_WORDS = 2  # words of a given name and surname before a team's name the model ran into


def team_tails(doc: Doc, ents: tuple, places: frozenset = frozenset(), given: frozenset = frozenset()) \
        -> dict[int, int]:
    """The new ends (by start) of the PER entities of three words or more that run into the next column of a
    results table or the team after a name (``1. Nico Rosberg Mercedes 1 menit``, ``Daniel Ricciardo Red Bull +
    1,681 detik``): the name ends before a mark that no name holds (``+``), and after its first two words when
    the words after them are no part of it by the document's own use: written elsewhere, outside every
    person and after no capitalised word, while the two words are written elsewhere without them (``Mercedes mendominasi`` ... ``Nico
    Rosberg mengalahkan``), or the same words close two names with other first words in the rows of a table
    (a number or a cut mark after each: a team's two drivers, ``A B Red Bull + 1,6``, ``C D Red Bull + 1,9``; in
    prose two people may share a family name). A surname of several words stays (``Juan Martin del Potro``: the
    first two words are never written alone). A last word that is a known place (``places``) and no word of a
    person's name (``given``: ``Andrew Robertson Skotlandia``, ``Budi Santoso Jerman``) is cut the same way."""
    texts = tokens_of(doc).texts
    per = [e for e in ents if e.label_ == "PER"]
    out: dict[int, int] = {}
    for e in per:
        for k in range(e.start + 1, e.end):
            if texts[k] not in NAME_MARKS and not any(c.isalnum() for c in texts[k]):
                out[e.start] = k
                break
    for e in per:
        end = out.get(e.start, e.end)
        if end - e.start > HEAD_WORDS and texts[end - 1] in places and texts[end - 1] not in given:
            out[e.start] = end - 1
    long = [(e.start, out.get(e.start, e.end)) for e in per if out.get(e.start, e.end) - e.start > HEAD_WORDS]
    if not long:
        return out
    in_person = set()
    for e in per:
        in_person.update(range(e.start, e.end))
    wanted = {texts[s] for s, _ in long} | {texts[s + HEAD_WORDS] for s, _ in long}
    at: dict[str, list[int]] = {}
    for k, t in enumerate(texts):
        if t in wanted:
            at.setdefault(t, []).append(k)
    heads: dict[tuple, set] = {}  # (the first words of the table rows each tail closes)
    for s, e in long:
        if e < len(texts) and (texts[e][:1].isdigit() or s in out):
            heads.setdefault(tuple(texts[s + HEAD_WORDS:e]), set()).add(tuple(texts[s:s + HEAD_WORDS]))
    for s, e in long:
        head, tail = tuple(texts[s:s + HEAD_WORDS]), tuple(texts[s + HEAD_WORDS:e])
        if len(heads.get(tail, ())) > 1 or _alone(doc, texts, at, tail, in_person, s) and _without(texts, at, head, tail, s):
            out[s] = s + HEAD_WORDS
    return out


def _alone(doc: Doc, texts: list[str], at: dict, words_: tuple, in_person: set, skip: int) -> bool:
    """``words_`` written in ``texts`` outside every person and after no capitalised word but a sentence's first
    (not the end of a name the model missed: ``Btari Embun Anandayu``); ``at``: a word's positions."""
    n = len(words_)
    return any(k != skip and tuple(texts[k:k + n]) == words_ and not in_person.intersection(range(k, k + n))
               and not (k > 0 and texts[k - 1][:1].isupper() and not doc[k - 1].is_sent_start)
               for k in at.get(words_[0], ()))


def _without(texts: list[str], at: dict, head: tuple, tail: tuple, skip: int) -> bool:
    """``head`` written in ``texts`` (not at ``skip``) without ``tail`` after it; ``at``: a word's positions."""
    n, m = len(head), len(tail)
    return any(k != skip and tuple(texts[k:k + n]) == head and tuple(texts[k + n:k + n + m]) != tail
               for k in at.get(head[0], ()))


def clean_model_people(doc: Doc, kb: Knowledge) -> list[Span]:
    """Model entities, with a PER that is a known place, institution or title word relabelled or dropped, a
    PER that ran into a team or the next column of a table cut (:func:`team_tails`), and a person noun that opens
    a PER at its sentence's start left out of it (``Tersangka Anto``, ``Suami Ratna``: :func:`_person_noun`)."""
    out = []
    model = ents_of(doc)
    tails = team_tails(doc, model, kb.place_words, kb.person_name_words)
    for ent in model:
        if ent.start in tails:
            ent = Span(doc, ent.start, tails[ent.start], label="PER")
        if ent.label_ == "PER" and len(ent) > 1 and ent[0].is_title and ent[0].text not in kb.person_name_words \
                and _person_noun(ent[0], kb):
            ent = Span(doc, ent.start + 1, ent.end, label="PER")  # (Tersangka Anto, Suami Ratna: the noun is no name)
        if ent.label_ == "PER":
            text = text_of_span(ent)
            if text in kb.known_forms:
                out.append(Span(doc, ent.start, ent.end, label="ORG"))
                continue
            if all(t.text in kb.place_words for t in ent):
                out.append(Span(doc, ent.start, ent.end, label="LOC"))
                continue
            if all(t.lower_ in kb.title_words or t.text in kb.org_words or not t.text[:1].isalpha() for t in ent):
                continue
        out.append(ent)
    return out


def _name_word_around(doc: Doc, k: int, kb: Knowledge, ents: dict[int, Span]) -> bool:
    """``doc[k]`` is a capitalised word of an unrecognised name around a place: no acronym (``UMP
    Sumbar``, ``PON Papua``: a place qualifying a programme or event counts), title, rank, place
    head, place, generic region word, month or weekday, function word or entity of its own."""
    t = doc[k]
    text = t.text
    return _cap(text) and text.isalpha() and not text.isupper() and k not in ents \
        and t.lower_ not in kb.title_words and t.lower_ not in kb.modifiers and not kb.is_rank(t) \
        and text not in kb.place_heads_single and text not in kb.place_words and text not in GENERIC \
        and text not in kb.not_names and t.lower_ not in STOP_WORDS and t.lower_ not in kb.region_titles


def places_in_names(doc: Doc, kb: Knowledge, ents: Optional[Sequence[Span]] = None) -> list[Span]:
    """Places that are a word of a longer capitalised name the entity layer did not recognise:
    after a capitalised name word (``Bursa Efek Indonesia``, ``Persib Bandung``, ``Timnas Indonesia``)
    or before one when no title precedes (``Bali United``, ``India Open``); records-v1 does not count
    a place inside an organisation's, event's or team's name. A sentence's first word says nothing by
    its capital (``Pinggiran Rotorua adalah ...``)."""
    entities = ents_of(doc) if ents is None else ents
    ents = _ent_index(doc, entities)
    starts = {s for s, _ in sentence_bounds(doc)}
    out = []
    n = len(doc)
    for ent in entities:
        if ent.label_ != "LOC":
            continue
        b, e = ent.start - 1, ent.end
        if ent[0].text in kb.place_heads_single or ent[0].lower_ in kb.venue_lower:
            continue
        if b >= 0 and ent.start not in starts and b not in starts and _name_word_around(doc, b, kb, ents) \
                or e < n and e not in starts and _name_word_around(doc, e, kb, ents) \
                and not (b >= 0 and (doc[b].lower_ in kb.title_words or kb.is_rank(doc[b]))):
            out.append(ent)
    return out


TITLE_SMALL_WORDS = frozenset({"dalam", "dan", "di", "pada", "atas", "untuk", "serta", "terhadap", "bagi",
                               "kepada", "antara", "tentang", "atau", "oleh", "dengan", "ke", "dari", "yang"})


def orgs_in_work_titles(doc: Doc, kb: Knowledge, ents: Optional[Sequence[Span]] = None) -> list[Span]:
    """Organisation mentions inside the title of a law, regulation, convention or report, the
    title-cased run after ``tentang`` (``UU Nomor 6 Tahun 2018 tentang Karantina Kesehatan``,
    ``Permen X tentang Pengendalian Transportasi dalam Rangka Pencegahan Penyebaran Covid-19``,
    ``surat edaran tentang Sistem Kerja ASN dalam Tatanan Normal Baru``): words of the title, no
    organisation, unless the mention opens with an institution's head, a known institution, an
    acronym or a legal form (``tentang BI``, ``... kepada PT X``). ``tentang`` before a small word
    (``tentang relief``) opens no title."""
    n = len(doc)
    out: list[Span] = []
    orgs = sorted((e for e in (ents_of(doc) if ents is None else ents) if e.label_ == "ORG"), key=lambda e: e.start)
    lowers = tokens_of(doc).lowers
    if not orgs or "tentang" not in lowers:
        return out
    heads = _labelled(doc, kb.org_heads)
    k = 0
    for i in range(n - 1):
        if lowers[i] != "tentang" or not _cap(doc[i + 1].text):
            continue
        j = i + 1
        while j < n and "\n" not in doc[j].text and (_cap(doc[j].text) or doc[j].like_num
                                                     or doc[j].text in {"-", "/", "(", ")"}
                                                     or doc[j].lower_ in TITLE_SMALL_WORDS):
            j += 1
        while k < len(orgs) and orgs[k].start <= i:
            k += 1
        m = k
        while m < len(orgs) and orgs[m].end <= j:
            e = orgs[m]
            if not (e.start in heads or e[0].text in kb.known_forms or kb.is_acronym(e[0].text)
                    or e[0].text.rstrip(".") in LEGAL):
                out.append(e)
            m += 1
    return out


COMPOUND_LEAGUE = "liga"  # (thing_heads.tsv's event head ``liga`` closing one word: ``Bundesliga``)


def _league(span: Span) -> bool:
    """The name is a league's: ``Liga ...``, ``... League``, or one word compounded with ``liga`` (``Bundesliga``)."""
    first, last = span[0].lower_, span[-1].lower_
    return first.endswith(COMPOUND_LEAGUE) or last == "league"


def thing_kind(span: Span, kb: Knowledge, organisation: bool = True) -> Optional[str]:
    """The class of ``thing_heads.tsv`` (event, programme, product, law, document, facility) that the
    head noun of a capitalised name names, or None: Indonesian names are head-initial, so the first
    word (``Festival Film Indonesia``, ``Kartu Indonesia Pintar``, ``Undang-Undang Cipta Kerja``);
    English ones head-final, so the last (``Indonesia Masters``, ``International Biology Olympiad``); a league
    compounded with its head (``Bundesliga``) is an event too.
    ``organisation`` (an organisation candidate): the first word capitalised, and no organisation head
    among the words for the head-final reading; a person candidate (``organisation=False``:
    :func:`pipeline.extract.person_types.thing_headed_name`) is read without these two conditions."""
    texts = tokens_of(span.doc).texts[span.start:span.end]
    if organisation and not texts[0][:1].isupper():
        return None
    lower = tuple(w.lower() for w in texts)
    if len(texts[0]) > 1 and texts[0].isupper() and lower[0] in kb.common_words:
        lower = ("",) + lower[1:]  # (a common word written in capitals is an acronym, no head: PETA, not peta)
    for size in (2, 1):
        if len(lower) >= size and lower[:size] in kb.thing_first:
            return kb.thing_first[lower[:size]]
    if len(lower[0]) > len(COMPOUND_LEAGUE) and lower[0].endswith(COMPOUND_LEAGUE) and lower[0].isalpha():
        return "event"  # (a league's name compounded with its head: Bundesliga, Superliga)
    if len(texts) >= 2 and texts[-1][:1].isupper() \
            and not (organisation and any(w in kb.org_head_openers for w in texts)):
        for size in (2, 1):
            if len(lower) > size and lower[-size:] in kb.thing_last:
                return kb.thing_last[lower[-size:]]
    return None


def gazetteer_orgs(doc: Doc, kb: Knowledge, ents: Optional[Sequence[Span]] = None) -> list[Span]:
    """The DBpedia organisation names of ``org_gazetteer.txt`` written in ``doc`` (every mention: one
    sense per document), where they are a whole capitalised name: no capitalised word right before
    (but a common word opening the sentence: ``Pemain X``) or after, not in a headline, and a one-word name never written in
    small letters in the text (``Mocca`` the band, not ``mocca`` the drink) nor a word of a longer person
    or place of it (``Kobe`` after ``Kobe Bryant``)."""
    found = filter_spans(Span(doc, s, e, label="ORG") for _, s, e in kb.org_gazetteer(doc))
    if not found:
        return []
    headline = titlecase_tokens(doc)
    lowered = _lower_forms(doc)
    words_ = tokens_of(doc).texts
    person_words = {w for e in (ents_of(doc) if ents is None else ents) if e.label_ != "ORG" and len(e) > 1
                    for w in words_[e.start:e.end]}
    out = []
    for span in found:
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and _cap(before.text) and before.is_alpha \
                and not (before.is_sent_start and (before.lower_ in kb.common_words or before.lower_ in STOP_WORDS)) \
                or after is not None and _cap(after.text) and after.is_alpha \
                or any(k in headline for k in range(span.start, span.end)) \
                or len(span) == 1 and (text_of_span(span).lower() in lowered or text_of_span(span) in person_words):
            continue
        out.append(span)
    return out


def _cue_before(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """A lower-case noun of ``nouns`` right before ``start`` or one word before: of ``genre_nouns.tsv``,
    one that makes the name after it an organisation (``perusahaan Kapal Api``, ``klub sepak bola
    X``) or a thing (``ajang Sumberjaya Open``, ``pameran bertajuk X``)."""
    return any(0 <= k < len(doc) and doc[k].is_lower and doc[k].lower_ in nouns for k in (start - 1, start - 2))


TITLE_OPENERS = frozenset({'"', "“", "'", "‘", "["})  # the marks a work's title opens with
WORK_NAMING = frozenset({"seperti", "yakni", "yaitu", "termasuk", "bernama", "berjudul", "bertajuk"})
WORK_STOPS = frozenset({"milik", "karya", "garapan", "besutan", "dari", "oleh", "untuk", "bersama", "dengan"})


def work_title_after(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """Whether the capitalised name at ``start`` is the title of a work that a noun of ``nouns`` before it
    names (``genre_nouns.tsv``, position listing: ``film``, ``lagu``, ``album``, ``novel``). Those nouns also
    take their maker as possessor right after them (``film Hanung``: his film), so the name is the work
    only when the grammar has filled that slot or says it is an instance: a naming word (``film seperti X``,
    ``lagu berjudul X``), a possessive ``-nya`` word between (``film barunya X``, ``album keduanya X``: the
    maker is ``-nya``), or the title in quotes or brackets (``film "X"``). Up to two lower-case modifiers
    may stand between (``film thriller seperti X``); a word of agency or origin stops (``lagu karya X``,
    ``film garapan X``: the maker)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    k = start - 1
    marked = False
    while k >= 0 and (texts[k] in TITLE_OPENERS or texts[k].isspace()):
        marked = marked or not texts[k].isspace()
        k -= 1
    if k >= 0 and lowers[k] in WORK_NAMING:
        k -= 1
        marked = True
    possessed = False
    for _ in range(3):
        if k < 0 or not tokens.alpha[k] or not tokens.lower[k] and not doc[k].is_sent_start:
            return False
        lower = lowers[k]
        first, _, second = lower.partition("-")
        if (first if first and first == second else lower) in nouns:
            return marked or possessed
        if lower in WORK_STOPS:
            return False
        possessed = possessed or len(lower) > 4 and lower.endswith("nya")
        k -= 1
    return False


# the region and settlement nouns of place_heads.txt (section ``[region]``): written in small letters before a
# name, the name is the region's (``di kota Shopian``, ``warga desa Sukamaju``, ``pemerintah kota Bandung``),
# no organisation
REGION_NOUNS = frozenset(w.lower() for w in section("place_heads.txt", "region"))


# the articles that open a club's nickname besides those of ``name_articles.txt`` (German, Spanish, Italian):
# Spanish ``El`` (``El Real``), Indonesian ``Si`` (``Si Setan Merah``); English ``The`` before one plural word
NICKNAME_ARTICLES = frozenset({"El", "Si"})


@functools.lru_cache(maxsize=1)
def _nickname_articles() -> frozenset[str]:
    return words("name_articles.txt") | NICKNAME_ARTICLES


def club_nickname(doc: Doc, e: Span, kb: Knowledge, known: set[int]) -> bool:
    """In a sports report (three lower-case words of ``sport_words.txt``), an organisation candidate that opens
    with a definite article (``Los Blancos``, ``El Real``, ``Si Setan Merah``; English ``The`` before one plural
    word: ``The Gunners``) is a club's nickname or its ground, no organisation of its own (the tune gold lists the
    nicknames among the club's aliases, records-v1's "other forms used"); not a known institution or a news
    outlet (``The Times``), no name closed by a club's last word (``Los Angeles FC``) nor a place after the
    article (``Los Angeles Lakers``)."""
    texts = tokens_of(doc).texts
    first = texts[e.start]
    if len(e) < 2 or len(e) > 3 or any(k in known for k in range(e.start, e.end)):
        return False
    if first == "The":
        if len(e) != 2 or not re.fullmatch(r"[A-Z][a-z]+s", texts[e.start + 1]):
            return False
    elif first not in _nickname_articles():
        return False
    name = text_of_span(e)
    if name in _outlet_names() or texts[e.end - 1].lower() in kb.company_ends \
            or f"{first} {texts[e.start + 1]}" in words("places.txt") or texts[e.start + 1] in kb.place_words:
        return False
    return sports_report(doc)


def type_org_candidates(doc: Doc, kb: Knowledge, ents: Optional[Sequence[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with each organisation whose head noun names an event, programme, product, law,
    document or facility (:func:`thing_kind`), or that a noun before names as such a thing
    (``genre_nouns.tsv``, type none: ``ajang``, ``bertajuk``, ``merk``), typed again, unless a noun before it says it is an
    organisation (``perusahaan``, ``klub``): an organisation's head or a known institution inside it
    is the organisation (``Rapat Paripurna | DPR``, ``Sidang | Majelis Umum PBB``), but a facility is a
    place (records-v1: venues and buildings, ``Gedung Kemenko Polkam``); the rest is no entity. A name typed so is no
    organisation anywhere in the document, nor is its bracketed short form (``Program Keluarga
    Harapan (PKH)``: one sense per document)."""
    entities = doc.ents if ents is None else tuple(ents)
    orgs = [e for e in entities if e.label_ == "ORG"]
    if not orgs:
        return entities
    heads = _labelled(doc, kb.org_heads)
    known = _labelled(doc, kb.known_org)
    swap: dict[tuple[int, int], Optional[Span]] = {}
    gone: set[str] = set()
    lines: set[tuple[str, str]] = set()  # the first two words of products named in three words or more
    # where a name may follow a noun it is an instance of (program kartu | OK Otrip ... biaya OK Otrip)
    texts, lowers = tokens_of(doc).texts, tokens_of(doc).lowers  # (spaCy's is_lower is str.islower)
    cue_starts = [i + 1 for i, low in enumerate(lowers) if low in kb.instance_nouns and texts[i].islower()
                  and i + 1 < len(texts) and _cap(texts[i + 1])]
    after_cue: dict[str, bool] = {}  # a name's text -> written after such a noun somewhere (once per text: linear)
    cues_by_word: dict[str, list[int]] = {}  # the word after such a noun -> where (a name's first word opens its text)
    for s in cue_starts:
        cues_by_word.setdefault(texts[s], []).append(s)

    def named_after_cue(e: Span) -> bool:
        if text_of_span(e) not in after_cue:
            # (only where the word after the noun opens the name's text, not at every such noun of the document)
            starts = sorted(s for k in range(1, len(text_of_span(e)) + 1) for s in cues_by_word.get(text_of_span(e)[:k], ()))
            after_cue[text_of_span(e)] = any(span_text(doc, s, s + len(e)) == text_of_span(e)
                                    and _instance_of_noun(doc, doc[s:s + len(e)], kb, heads, known) for s in starts)
        return after_cue[text_of_span(e)]

    for e in orgs:
        if e.start and doc[e.start - 1].is_lower and doc[e.start - 1].lower_ in REGION_NOUNS and len(e) <= 3 \
                and not any(k in heads or k in known or kb.is_acronym(doc[k].text) for k in range(e.start, e.end)):
            swap[(e.start, e.end)] = Span(doc, e.start, e.end, label="LOC")  # (di kota Shopian: a place)
            continue
        kind = thing_kind(e, kb) or ("cue" if _cue_before(doc, e.start, kb.thing_cue_nouns) else None) \
            or ("nickname" if nickname_of_noun(doc, e.start) else None) \
            or ("nickname" if club_nickname(doc, e, kb, known) else None) \
            or ("work" if work_title_after(doc, e.start, kb.work_nouns) else None) \
            or ("product" if _instance_of_noun(doc, e, kb, heads, known) or len(e) >= 2 and named_after_cue(e)
                or _version_before(doc, e, kb, heads, known) else None)
        if kind is None or _cue_before(doc, e.start, kb.org_cue_nouns) and not _league(e):
            continue  # (but klub Bundesliga, klub Liga 1: a club of that league, the league no organisation)
        if kind == "product" and len(e) >= 3 and e.start not in heads and e.start not in known:
            lines.add((e[0].text, e[1].text))  # (Xbox One Refurbished: Xbox One S, Xbox One X)
        inner = next((k for k in range(e.start + 1, e.end) if (k in heads or k in known) and _cap(doc[k].text)), None)
        if inner is not None and kind != "facility":  # (Gedung Kemenko Polkam: a place, corpus/README)
            swap[(e.start, e.end)] = Span(doc, inner, e.end, label="ORG")
            continue
        swap[(e.start, e.end)] = Span(doc, e.start, e.end, label="LOC") if kind == "facility" and len(e) > 1 else None
        if kind != "facility":
            gone.add(text_of_span(e))
            if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")":
                gone.add(doc[e.end + 1].text)
    if not swap:
        return entities
    out = []
    for e in entities:
        key = (e.start, e.end)
        if key in swap:
            if swap[key] is not None:
                out.append(swap[key])
        elif not (e.label_ == "ORG" and (text_of_span(e) in gone or len(e) >= 2 and (e[0].text, e[1].text) in lines)):
            out.append(e)
    return tuple(out)


def board_orgs(doc: Doc, kb: Knowledge, ents: Optional[Iterable[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with each organisation that a board's short form (``boards.txt``) written right before
    it and in no entity opens (``DPP | PKB``, ``PB | IDI``): the board and the body are one
    organisation, and so is a board before an acronym that no entity holds (``PP PBSI``)."""
    entities = doc.ents if ents is None else tuple(ents)
    n = len(doc)
    if not n:
        return entities
    boards = words("boards.txt")
    texts = tokens_of(doc).texts
    if boards.isdisjoint(texts):
        return entities
    covered = {k for e in entities for k in range(e.start, e.end)}
    current = {e.start: e for e in entities}  # by start, as this pass changes them
    changed = False
    k = 0
    while k < n - 1:
        own = current.get(k)  # (DPD alone is also the senate's short form: DPD | Partai Golkar)
        if texts[k] not in boards or k in covered and not (own is not None and len(own) == 1 and own.label_ == "ORG"):
            k += 1
            continue
        after = current.get(k + 1)
        if after is not None and after.label_ == "ORG":
            span = Span(doc, k, after.end, label="ORG")
            del current[k + 1]
        elif after is None and (k + 1) not in covered and kb.is_acronym(texts[k + 1]) \
                and len(texts[k + 1]) >= 3 and texts[k + 1].isalpha():
            span = Span(doc, k, k + 2, label="ORG")
        else:
            k += 1
            continue
        current[k] = span
        changed = True
        k = span.end
    return tuple(current[k] for k in sorted(current)) if changed else entities


def distributive_cut(doc: Doc, ents: Optional[Iterable[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with each organisation cut before a word of the distributive prefix ``se-``
    (``Bulog | se-Sulselbar``, ``Polres | se-Jawa Timur``: every one across the region), which opens
    no part of a name."""
    entities = doc.ents if ents is None else tuple(ents)
    out = []
    changed = False
    for e in entities:
        k = next((k for k in range(e.start, e.end - 2) if doc[k].text == "se" and doc[k + 1].text == "-"
                  and not doc[k].whitespace_ and _cap(doc[k + 2].text)), None)
        if e.label_ == "ORG" and k is not None:
            changed = True
            if k > e.start:
                out.append(Span(doc, e.start, k, label="ORG"))
            continue
        out.append(e)
    return tuple(out) if changed else entities


# heads of units that exist inside a parent institution: before the parent the unit stays in the title
# (``Kepala Departemen Pelindungan Konsumen | OJK``, as corpus/README has it)
SUBUNITS = frozenset({"Departemen", "Divisi", "Biro", "Bagian", "Bidang", "Subdirektorat", "Seksi", "Deputi"})
UNIT_HEADS = SUBUNITS | {"Satuan", "Subbagian", "Subbidang", "Unit", "Pengurus"}
# the last words of titles that a field follows with no unit's head (Direktur Jenderal | Perdagangan Dalam Negeri)
FIELD_TITLES = frozenset({"Jenderal", "Dirjen", "Deputi", "Direktur", "Asisten", "Staf", "Khusus"})
COUNTRY = frozenset({"RI", "NKRI"})  # the republic in a title (Konsul Jenderal RI), no organisation of its own


def unit_parent(doc: Doc, start: int, end: int, kb: Knowledge) -> Optional[int]:
    """Where the parent institution starts in the organisation mention ``doc[start:end]`` that a title
    of office opens with the unit or field it holds inside that institution (None when there is none).
    The one rule of a unit inside a title, read by the entity layer (:func:`title_units` cuts the
    mention to the parent) and by the roles (``people._split_title_org``: the unit stays in the
    title, the parent is the role's organisation), as corpus/README has it (``Kepala Departemen
    Pelindungan Konsumen | OJK``, ``Kepala Satuan Lalu Lintas | Polres Sleman``, ``Direktur Jenderal
    Perdagangan Dalam Negeri | Kemendag``, ``Ketua Pengurus Harian | YLKI``).

    The mention opens with a unit's head (``UNIT_HEADS``) followed by the unit's name, capitalised
    words (or ``dan``, a comma, a hyphen, a number), or right after a title that names a field
    (``FIELD_TITLES``: ``Direktur Jenderal``, ``Deputi``) with the field's words (common or stop
    words, field nouns, words of institutions' names; none an organisation's head or hint: not
    ``Kepala | Korps Lalu Lintas Polri``). The parent starts at the first later word that opens an
    institution: a known institution (``institutions.tsv``), after a unit's name a head of an
    institution's own name (``org_heads.txt``) or of a regional office (``Kantor``, ``Balai``: ``Kepala
    Seksi Keselamatan Berlayar | Kantor Kesyahbandaran X``), or an acronym (not a place, not the republic, not a Roman numeral, not after
    ``dan`` or a comma: ``Departemen Hukum dan HAM`` is a unit's name), and runs to the mention's end
    (``Satuan Polisi Pamong Praja Kota X``, ``Bidang Humas`` have none)."""
    unit = doc[start].text in UNIT_HEADS
    if not unit and not (start and (doc[start - 1].text in FIELD_TITLES or doc[start - 1].text in UNIT_HEADS)):
        return None
    known = _labelled(doc, kb.known_org)
    for p in range(start + unit, end):
        t = doc[p]
        opens = p in known or unit and (t.text in kb.org_heads_single or t.text in OFFICE_HEADS) or kb.is_acronym(t.text) \
            and t.text not in kb.place_words and t.text not in COUNTRY and not ROMAN.match(t.text) \
            and doc[p - 1].lower_ != "dan" and doc[p - 1].text != ","
        if opens and p == start and p not in known and p + 1 < end and t.text not in words("boards.txt") \
                and _written_once(doc, t.text):
            # (at the start, no unit and no known institution: ``opens`` read an acronym, no place or numeral)
            continue  # Direktur Jenderal ILMATE Kementerian X: the field's short form, named nowhere else (a board,
            # Sekretaris Jenderal DPP X, is the body's: boards.txt)
        if opens and p > start + unit:
            rest = doc[p:end]
            whole = known.get(p, (p,))[0] >= end or t.text in kb.org_heads_single or t.text in OFFICE_HEADS \
                or all(kb.is_acronym(x.text) or x.text in kb.place_words or x.text in GENERIC for x in rest)
            return p if whole else None
        if unit:
            if not (_cap(t.text) or t.lower_ == "dan" or t.text in {",", "-"} or t.is_digit):
                return None
        elif not ((t.lower_ in kb.common_words or t.lower_ in STOP_WORDS or FIELD_NOUN.match(t.text)
                   or t.text in kb.org_words and not kb.is_acronym(t.text))
                  and t.text not in kb.org_heads_single and t.text not in ORG_HINTS):
            return None
    return None


def _written_once(doc: Doc, word: str) -> bool:
    """Whether ``word`` is written once in ``doc`` (as a whole token)."""
    return word_count(doc, word) == 1


def title_units(doc: Doc, kb: Knowledge, ents: Optional[Iterable[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with each organisation that a title of office opens (or a unit's head that ends
    the title opens: ``Kepala [Departemen Pelindungan Nasabah OJK]``) and that holds the title's unit
    or field before its parent institution cut to that institution (:func:`unit_parent`)."""
    entities = doc.ents if ents is None else tuple(ents)
    # the titles of office by where they end: capitalised, no occupation (``dosen Departemen X Fakultas Y``:
    # the unit after an occupation is the workplace, as ``people._parent_acronym`` has it)
    offices = [e for s, e in title_matches(doc, kb).items()
               if _cap(doc[s].text) and doc[s].lower_ not in kb.occupation_words]
    title_ends = frozenset(offices + [t - 1 for t in offices if 0 < t <= len(doc) and doc[t - 1].text in UNIT_HEADS])
    if not title_ends:
        return entities
    out = []
    changed = False
    for e in entities:
        p = unit_parent(doc, e.start, e.end, kb) if e.label_ == "ORG" and e.start in title_ends and len(e) >= 2 else None
        if p is not None:
            out.append(Span(doc, p, e.end, label="ORG"))
            changed = True
            continue
        out.append(e)
    return tuple(out) if changed else entities


def _instance_of_noun(doc: Doc, e: Span, kb: Knowledge, heads: dict, known: dict) -> bool:
    """A name of two words or more right after a noun of ``genre_nouns.tsv`` (position instance) that
    it is an instance of (``aplikasi Lapor Warga Mobile``, ``konsol Xbox One Refurbished``, ``indeks
    Straits Times``, ``program Rumah Sehat``, ``dengan judul X``; a naming word may stand between: ``fitur
    seperti X Assistant``): a product, work or programme, unless
    it opens with an organisation's head, is a known institution or ends with a company's or an
    English organisation's last word (``Federation``; ``program BPJS Kesehatan``, ``aplikasi Bank Sumberjaya``: the body's own; ``aplikasi BPOM Mobile``
    is the product named after the body). An acronym before places or institutional words only is the
    owner (``program IOM Indonesia``), unless an organisation follows inside it (``program REHAB BPJS
    Kesehatan``: the organisation is that one)."""
    n = e.start - 1
    if n >= 1 and doc[n].lower_ in WORK_NAMING and doc[n].is_lower:
        n -= 1  # (fitur seperti X Assistant, layanan bernama X Cash: the naming word says it is an instance)
    if len(e) < 2 or n < 0 or not doc[n].is_lower or doc[n].lower_ not in kb.instance_nouns:
        return False
    if kb.is_acronym(e[0].text) and not any(k in heads or k in known for k in range(e.start + 1, e.end)) \
            and all(t.text in kb.place_words or kb.is_org_word(t.text) for t in e[1:]):
        return False
    return e.start not in heads and known.get(e.start, (e.start,))[0] < e.end and e[-1].lower_ not in kb.company_ends \
        and e[-1].text not in kb.org_last_nouns  # (laman International Padel Federation: the body's page)


VERSION_WORDS = frozenset({"versi"})  # (X versi terbaru, X versi 2.0: a product's version, never a body's)


def _version_before(doc: Doc, e: Span, kb: Knowledge, heads: dict, known: dict) -> bool:
    """A capitalised name right before a version word (``Whatsapp versi terbaru``, ``Android versi 8``):
    software or a product, no organisation, unless it opens with an organisation's head, is a known
    institution or an acronym (``data BPS versi terbaru``: the body's own figures)."""
    return e.end < len(doc) and doc[e.end].lower_ in VERSION_WORDS and doc[e.end].is_lower \
        and _cap(e[0].text) and not any(k in heads or k in known for k in range(e.start, e.end)) \
        and not kb.is_acronym(e[0].text) and e[-1].lower_ not in kb.company_ends


def _not_model_things(doc: Doc, found: list[Span]) -> list[Span]:
    """Rule people whose words open an organisation of the model somewhere in ``doc`` and
    that the model never takes for a person are dropped (one sense per document: ``Pelita Jaya``
    beside ``Pelita Jaya Bakrie Jakarta``, ``Persebaya`` beside ``Persebaya Surabaya``)."""
    model = [e for e in doc.spans["model_ents"]]
    people = {text_of_span(e) for e in model if e.label_ == "PER"}
    words_ = tokens_of(doc).texts
    things = [tuple(words_[e.start:e.end]) for e in model if e.label_ == "ORG"]
    if not things:
        return found
    openings = {thing[:k] for thing in things for k in range(1, len(thing) + 1)}  # a set, not a scan per span
    out = []
    for span in found:
        if text_of_span(span) not in people and tuple(words_[span.start:span.end]) in openings:
            continue
        out.append(span)
    return out


def _name_evidence(doc: Doc, k: int, kb: Knowledge) -> bool:
    """``doc[k]`` may belong to a person's name: a word of a DBpedia person name
    (``person_name_words.txt``), a rank, honorific, name opener or initial, a punctuation mark
    inside a name, or a word the text writes elsewhere on its own where a person speaks (``kata
    Vinda``: a rare given name the gazetteer lacks)."""
    t = doc[k]
    text = t.text
    if not text[:1].isalpha() or text in kb.person_name_words or kb.is_rank(t) or INITIAL.match(text) \
            or text.rstrip(".") in kb.name_prefixes or not _cap(text):
        return True
    return any(speaks for _, speaks in _standalone_runs(doc, kb).get(text, ()))


def _model_starts(doc: Doc, kb: Knowledge, found: list[Span]) -> list[Span]:
    """Rule people that run over words the NER model leaves out of the same name (a rule name and a
    model name of two words or more that end together, the model's starting later) start where the
    model's does, or at the first of those words with evidence of a name (:func:`_name_evidence`):
    the words before it name the title's organisation, unit or place, or they are a common noun
    (``CEO Tokopedia | William Tanuwijaya``, ``Juru bicara Taliban | Zabihullah Mujahid``,
    ``Kriminolog | Leopold Sudaryono``). A rank, an honorific or a given name the model dropped
    stays (``Kombes Pol X``, ``Raden X``, ``Humas Unesa | Vinda Maya S`` ... ``kata Vinda``)."""
    starts: dict[int, int] = {}
    for m in doc.spans["model_ents"]:
        if m.label_ == "PER" and len(m) >= 2:
            starts[m.end] = max(starts.get(m.end, m.start), m.start)
    out = []
    for span in found:
        m = starts.get(span.end, span.start)
        k = span.start
        while k < m and not _name_evidence(doc, k, kb):
            k += 1
        if k > span.start:
            span = Span(doc, k, span.end, label="PER")
        out.append(span)
    return out


def _located_runs(doc: Doc, kb: Knowledge) -> frozenset[str]:
    """Capitalised runs that ``doc`` writes after the locative ``di`` (``pilkada digelar di Tana
    Raiwu``): places, whatever a title before them elsewhere suggests (``bupati Tana Raiwu``)."""
    return frozenset(text for text, uses in _standalone_runs(doc, kb).items()
                     if any(i > 0 and doc[i - 1].text == "di" for i, _ in uses))


def _without_org_prefix(doc: Doc, span: Span, kb: Knowledge) -> Span:
    """``span`` without the organisation words that open it (see :func:`_name_start`)."""
    start = _name_start(doc, span.start, span.end, kb)
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _as_set(spans: Iterable[Span]) -> tuple[Span, ...]:
    """The entities ``doc.ents`` reads back after ``doc.ents = spans``: those with a label and a token,
    by start; overlapping ones are refused as spaCy refuses them (E1010)."""
    ents = sorted((e for e in spans if e.label and e.end > e.start), key=lambda e: e.start)
    for before, ent in zip(ents, ents[1:]):
        if ent.start < before.end:
            raise ValueError(f"[E1010] Unable to set entity information for token {ent.start} which is included "
                             "in more than one span in entities, blocked, missing or outside.")
    return tuple(ents)


@Language.factory("person_ruler", assigns=["doc.ents"], requires=["doc.ents"])
def make_person_ruler(nlp: Language, name: str):
    return PersonRuler(nlp)


class PersonRuler:
    """Adds PER spans to ``doc.ents`` where no entity is (see the module docstring)."""

    def __init__(self, nlp: Language):
        self.kb = knowledge(nlp)

    def __call__(self, doc: Doc) -> Doc:
        titled = titled_names(doc, self.kb)
        reserved: set[int] = set()
        titled_at: set[int] = set()
        if titled:
            doc.ents = _cut_before_titles(doc, titled)
            reserved = {k for t in titled for k in (*range(t.start, t.name_start), *range(t.name_end, t.end))}
            titled_at = {t.start for t in titled if t.start < t.name_start}
        places = _located_runs(doc, self.kb)
        found = [_without_org_prefix(doc, span, self.kb) for span in person_spans(doc, self.kb)]
        # (the words right before a titled name are the unit of the title before them: Kepala Instalasi
        # Farmasi | apt. X, S.Farm.; no person)
        found = [span for span in found if text_of_span(span) not in places and span.end not in titled_at
                 and not reserved.intersection(range(span.start, span.end))]
        if "model_ents" in doc.spans:
            # (a name with a goal's minute or an occupation in brackets after it is a person whatever the
            # model reads: Alan Fogel (74’))
            sure = [span for span in found if span.end < len(doc) and doc[span.end].text == "("
                    and _bracket_after_person(doc, span.end, self.kb)]
            found = _model_starts(doc, self.kb, _not_model_things(doc, found))
            covered = {k for f in found for k in range(f.start, f.end)}
            found += [span for span in sure if span.start not in covered]
        # each step reads the entities of the step before as a tuple (what doc.ents would read back:
        # :func:`_as_set`); doc.ents is set once, at the end (setting and reading it cost 60 and 11 us)
        ents = tuple(doc.ents)
        if titled:
            ents = _as_set(fill_entities(doc, [Span(doc, t.name_start, t.name_end, label="PER") for t in titled
                                               if t.name_end > t.name_start], ents))
        ents = _as_set(fill_entities(doc, found, ents))
        if "model_ents" in doc.spans:
            model = _same_sense(doc, list(doc.spans["model_ents"]), ents)
            if reserved:
                model = [m for m in model if not reserved.intersection(range(m.start, m.end))]
            ents = _as_set(extend_with_model(doc, model, self.kb, ents))
            ents = _as_set(fill_entities(doc, model, ents))
        ents = _as_set(fill_entities(doc, act_names(doc, self.kb, ents), ents))
        ents = _as_set(_quoted_nicknames(doc, self.kb, ents))
        ents = _as_set(split_holders(doc, self.kb, ents))
        people = [e for e in ents if e.label_ == "PER"]
        ents = _as_set(_join_adjacent_people(doc, self.kb, fill_entities(doc, propagate(doc, self.kb, people), ents)))
        ents = _as_set(org_short_forms(doc, self.kb, ents))
        inside = places_in_names(doc, self.kb, ents) + orgs_in_work_titles(doc, self.kb, ents)
        if inside:
            gone = {(e.start, e.end) for e in inside}  # (doc.ents never overlap)
            ents = _as_set(e for e in ents if (e.start, e.end) not in gone)
        ents = _as_set(fill_entities(doc, gazetteer_orgs(doc, self.kb, ents), ents))
        ents = _as_set(title_units(doc, self.kb, ents))
        ents = _as_set(distributive_cut(doc, ents))
        ents = _as_set(board_orgs(doc, self.kb, ents))
        doc.ents = type_org_candidates(doc, self.kb, ents)
        for key in DOC_CACHES:  # per-call caches: user_data must stay serialisable (DocBin, n_process)
            doc.user_data.pop(key, None)
        return doc


def _join_adjacent_people(doc: Doc, kb: Knowledge, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """A person of one given name (a DBpedia person's given name or a name opener) right before another
    person, a space between them in one sentence, opens that person's name: the press separates two people
    with a comma or a conjunction (``hakim Jhon | Halasan Butarbutar``, ``Budi | Gunadi Sadikin``, where a
    short form found elsewhere and the model's name met). Any other word typed a person there is more often
    an organisation or place before the name (``Hipmi | X``, ``Korut | Kim Jong Un``): those stay apart."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == ent.label_ == "PER" and last.end == ent.start and len(last) == 1 \
                and (last.text in kb.person_name_words or last.text in kb.name_prefixes) \
                and doc[last.end - 1].whitespace_ == " " and not ent[0].is_sent_start and ent[0].text[:1].isupper() \
                and ent[0].is_alpha and doc[last.end - 1].is_alpha:
            out[-1] = Span(doc, last.start, ent.end, label="PER")
        else:
            out.append(ent)
    return tuple(out)


OPEN_QUOTES = frozenset({'"', "“"})
CLOSE_QUOTES = frozenset({'"', "”"})


def _quoted_nicknames(doc: Doc, kb: Knowledge, ents: Optional[Iterable[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with each name that holds a nickname in quotes one person (``Dennis "Flash" Holloway``,
    the English press convention for a player's or artist's nickname): a first name, one or two capitalised
    words in quotes glued to them, and name words after; entities inside it go (``Dennis "Flash``).
    ``people.canonical_name`` drops the nickname. ``ents``: the entities so far (``doc.ents`` when not given)."""
    ents = list(ents_of(doc) if ents is None else ents)
    n = len(doc)
    found = []
    other_starts = None
    texts = tokens_of(doc).texts  # (read once: doc[i] makes a Token at each read of every token)
    for i in range(1, n - 3):
        if texts[i] not in OPEN_QUOTES or doc[i].whitespace_ or not doc[i - 1].whitespace_ \
                or not kb.is_first_name_word(doc[i - 1]):
            continue
        j = i + 1
        while j < n and j - i <= 2 and _cap(texts[j]) and doc[j].is_alpha:
            j += 1
        if j == i + 1 or j >= n or texts[j] not in CLOSE_QUOTES or not doc[j].whitespace_ \
                or doc[j - 1].whitespace_:
            continue
        k = j + 1
        while k < n and k - j <= 3 and kb.is_name_word(doc[k]) and not kb.is_rank(doc[k]):
            k += 1
        if k == j + 1 or not kb.is_first_name_word(doc[j + 1]) and doc[j + 1].text not in kb.person_name_words:
            continue
        s = i - 1
        if other_starts is None:
            other_starts = {e.start for e in ents if e.label_ != "PER"}
        while s - 1 >= 0 and i - s < 3 and kb.is_name_word(doc[s - 1]) and not kb.is_rank(doc[s - 1]) \
                and not doc[s - 1].is_sent_start and (s - 1) not in other_starts:
            s -= 1
        found.append(Span(doc, s, k, label="PER"))
    if not found:
        return tuple(ents)
    gone = {k for f in found for k in range(f.start, f.end)}
    out = [e for e in ents if not gone.intersection(range(e.start, e.end))] + found
    return tuple(sorted(out, key=lambda e: e.start))


def _cut_before_titles(doc: Doc, titled: list) -> tuple[Span, ...]:
    """``doc.ents`` without the names between titles and degrees (:mod:`.titled_names`), which are people:
    an organisation or place that runs into the titles ends before them (``RSUD X | dr. Y, Sp.A``), an
    entity inside them or the name goes."""
    out = []
    at = {k: t for t in titled for k in range(t.start, t.end)}
    for ent in doc.ents:
        hit = next((at[k] for k in range(ent.start, ent.end) if k in at), None)
        if hit is None:
            out.append(ent)
        elif ent.start < hit.start and ent.label_ in {"ORG", "LOC"}:
            out.append(Span(doc, ent.start, hit.start, label=ent.label_))
    return tuple(out)


# --- holders glued to the organisation or place before them ------------------------------

HOLDER_NAME_WORDS = 5  # the longest holder's name looked for at the end of an organisation or place
CLOSERS = frozenset({")", "Tbk", "Tbk."})


def _holder_word(token, kb: Knowledge) -> bool:
    """A word that may be part of a holder's name at an organisation's end: a name word (or initials
    of two or three capitals) that is no institutional, place, organisation-end or common word
    (unless a DBpedia person name holds it: ``Indah``, ``Hidayat``)."""
    text = token.text
    if text.isupper() and 2 <= len(text) <= 3 and text.isalpha():
        return text not in kb.known_forms and text not in kb.org_heads_single and not kb.is_rank(token)
    if not kb.is_name_word(token) or FIELD_NOUN.match(text) or text in kb.place_words or text in kb.org_last_nouns \
            or text in kb.org_heads_single or text in kb.place_heads_single:
        return False
    named = text in kb.person_name_words or text.rstrip(".") in kb.name_prefixes or bool(INITIAL.match(text))
    return named or (text not in kb.org_words and text.lower() not in kb.common_words)


def _head_word(text: str, kb: Knowledge) -> bool:
    """A word that heads an organisation's or place's name (``Desa``, ``Puskesmas``, ``RSUD``, ``Badan``)."""
    return text in kb.org_heads_single or text in kb.place_heads_single or text in ORG_HINTS or text in ADMIN_HEADS \
        or text in kb.institution_venues


def _holder_floor(doc: Doc, s: int, e: int, kb: Knowledge, in_title: bool) -> int:
    """The first position where a holder's name may start inside ``doc[s:e]``: after a head word and
    the word it heads (``Desa X``, ``Puskesmas X``, ``RSUD X``; right after the head when the title
    holds it: ``Wali Kota | X``), and after the namesake an honorific opens right after the head
    (``RSUP Dr M Djamil``, ``RSUD dr. X``: the institution's own name)."""
    if in_title or not _head_word(doc[s].text, kb):
        return s + 1
    k = s + 2
    if doc[s + 1].lower_.rstrip(".") in kb.honorifics and s + 2 < e:
        while k < e and (doc[k].text == "." or INITIAL.match(doc[k].text)):
            k += 1
        k += 1
    return k


def _titled_at(doc: Doc, s: int, kb: Knowledge, holders: "_Holders", titles: dict[int, int]) -> tuple[bool, bool, bool]:
    """Whether a title or occupation introduces the entity at ``s``, whether it is the title of a
    region's head (``Bupati``, ``Wali Kota``, ``Kepala Desa``), and whether the title holds the
    entity's first word (``Wali Kota`` / ``Kota X``)."""
    near = [(a, titles[a]) for a in range(max(0, s - 4), s) if a in titles and s <= titles[a] <= s + 1]
    region = any(doc[a:b].text.lower() in kb.region_titles for a, b in near)
    return bool(near) or holders.titled(doc, s) or _title_behind(doc, s, holders), region, \
        any(b == s + 1 for _, b in near)


TITLE_REACH = 12  # the furthest a title stands before the organisation it introduces (its unit words between)


def _title_behind(doc: Doc, s: int, holders: "_Holders") -> bool:
    """A title ends before the words that lead to ``s``: capitalised words, numbers, bracketed short
    forms, hyphens and ``dan`` (``Juru Bicara Satuan Tugas Covid - 19 | Kabupaten X``, ``Ketua Badan
    Pengawas Pemilu (Bawaslu) | Kabupaten X``), up to two small words of its field."""
    small = 0
    for k in range(s, max(-1, s - TITLE_REACH), -1):
        if k in holders.role_ends:
            return True
        if k == 0:
            return False
        before = doc[k - 1]
        if before.is_lower and before.is_alpha and before.lower_ not in STOP_WORDS and small < 2:
            small += 1
        elif not (_cap(before.text) or before.is_digit or before.text in {"(", ")", "-", "/"}
                  or before.lower_ == "dan"):
            return False
    return False


def _person_evidence(doc: Doc, kb: Knowledge) -> frozenset[str]:
    """Words the text gives a person elsewhere: the capitalised words written alone where a person
    speaks (``kata Sutiaji``, ``Menurut Sutiaji``, ``Sutiaji mengatakan``). (The words of its other
    PER entities were tried too: the model's people that are companies or ships, ``Media Grafika``,
    ``Berkah Abadi``, cut their names.)"""
    out = set()
    for text, uses in _standalone_runs(doc, kb).items():
        if any(speaks for _, speaks in uses):
            out.update(text.split())
    return frozenset(out)


def _holder_start(doc: Doc, s: int, e: int, kb: Knowledge, evidence: frozenset[str], model_starts: dict[int, int],
                  places, region: bool = False, in_title: bool = False, person_words=frozenset()) -> int:
    """Where the holder's name starts inside the organisation or place ``doc[s:e]`` that a title
    introduces, or ``e`` when no name ends it. The name is a run of holder words at its end
    (:func:`_holder_word`, up to five) that opens with a name's first word, initials or a name
    opener, after the head and the word it heads (:func:`_holder_floor`) and never right after a
    head word, told by one of:

    * a rank or honorific inside the entity: the name follows it (``Ikatan Dokter X dr | Eddy MS``,
      ``RSDC Wisma Atlet | Letnan Kolonel Laut Y``);
    * the NER model's person (two words or more) ending with the entity, from its first name word
      (one of a DBpedia person name where it falls on the word a head heads: ``Puskesmas Margadana
      Wahidin`` read ``Margadana Wahidin`` -> ``Wahidin``; ``Perumahan | Arief Sabaruddin``; none
      when that word names a person of the text: a namesake, ``Relawan Jokowi Mania``);
    * a word of the run that the text writes alone where a person speaks (:func:`_person_evidence`;
      the name goes back over name openers and initials before it, and over DBpedia person-name
      words in a run of up to three: ``Kota Malang | Sutiaji`` ... ``kata Sutiaji``);
    * one name word after a known place that a region's title names (``Wali Kota Malang | X``);
    * two name words or more, one of a DBpedia person name or a name opener, after an acronym, a
      place, a known institution, a company's last word, a bracket or ``Tbk`` (``Bank X NISP |
      Budi Santoso``, ``Kota Metro | Nurris Septa Pratama``)."""
    floor = _holder_floor(doc, s, e, kb, in_title)
    whole = e - s <= 4 and all(_holder_word(t, kb) for t in doc[s:e]) and not _head_word(doc[s].text, kb)
    if whole:
        floor = s  # no word of an organisation or place at all: the name may be all of it (Ketua PBNU X Y)
    if e - floor < 1:
        return e
    run = e  # the run of holder words at the end
    while run - 1 >= max(min(floor, s + 1), e - HOLDER_NAME_WORDS) and _holder_word(doc[run - 1], kb):
        run -= 1

    def opens(k: int) -> bool:
        t = doc[k]
        if k > 0 and _head_word(doc[k - 1].text, kb) and not (in_title and k - 1 == s) \
                and not (k < floor and t.text in kb.person_name_words):
            return False  # a head heads a name of its own (RSUD | Arjawinangun) unless the model says otherwise
        if t.text.isupper() and 2 <= len(t.text) <= 3:  # initials before a name word: RZ Panca, IGN Suriastawa
            return k + 1 < e and not doc[k + 1].text.isupper()
        return kb.is_first_name_word(t) or t.text in kb.name_prefixes or t.text in BALINESE \
            or t.text in kb.person_name_words and t.text not in kb.org_words

    # a rank or honorific inside the entity, the name after it
    for r in range(e - 2, floor - 1, -1):
        if r > s and (doc[r - 1].text == ")" or _head_word(doc[r - 1].text, kb)):
            continue  # a namesake's degree after a head or a short form: RSUD (RSUD) dr. X
        if kb.is_rank(doc[r]) or doc[r].lower_.rstrip(".") in prefix_titles() and doc[r].is_lower:
            k = r
            while k < e and (kb.is_rank(doc[k]) or doc[k].lower_.rstrip(".") in prefix_titles() or doc[k].text == "."):
                k += 1
            if k < e and k >= run and opens(k):
                return r
            break
    if run >= e:
        return e
    m = model_starts.get(e)
    if m is not None and not (m < floor and floor > s + 2):  # (not from inside a namesake: RSUD dr. X Y)
        k = max(m, run)
        while k < min(e, floor) and (not opens(k) or doc[k].text not in kb.person_name_words) \
                and doc[k].text not in person_words:
            k += 1  # (the word a head heads: Puskesmas Margadana | Wahidin; not a namesake: Relawan Jokowi X)
        if k < e and (k >= floor or k == m) and opens(k):
            return k
    run = max(run, floor)
    if run >= e:
        return e
    for k in range(run, e):
        if doc[k].text in evidence and doc[k].text.isalpha() and not doc[k].text.isupper():
            while k - 1 >= run and (doc[k - 1].text in kb.name_prefixes or INITIAL.match(doc[k - 1].text)
                                    or doc[k - 1].text.isupper()
                                    or e - run <= 3 and doc[k - 1].text in kb.person_name_words):
                k -= 1
            while k < e and not opens(k):
                k += 1
            if k < e:
                return k
            break
    if region and run == e - 1 and run in places and opens(run):
        return run
    for k in range(max(run, s + 2 if doc[s].text in kb.place_words else s + 1), e - 1 if not whole else s):
        before = doc[k - 1]  # (a place alone is no organisation: Paris Saint Germain)
        closed = before.text in CLOSERS or kb.is_acronym(before.text) and before.text.isupper() \
            or k in places or before.text in kb.place_words or before.lower_ in kb.company_ends \
            or before.text in kb.known_forms
        if closed and opens(k) and any(t.text in kb.person_name_words or t.text in kb.name_prefixes for t in doc[k:e]):
            return k
    return e


def split_holders(doc: Doc, kb: Knowledge, ents: Optional[Sequence[Span]] = None) -> tuple[Span, ...]:
    """``doc.ents`` with each organisation or place that a title introduces and that ends in its
    holder's name cut in two: the organisation or place, and the person (:func:`_holder_start`;
    ``Kepala Desa Karangbenda Sakino``, ``Direktur RSUD X Sri Indah Lestari``). Ranks and honorifics
    between them belong to neither."""
    ents = list(ents_of(doc) if ents is None else ents)
    if not any(e.label_ in {"ORG", "LOC"} and len(e) >= 2 for e in ents):
        return _name_openers_before(doc, kb, ents)
    titles = role_matches(doc, kb)
    places = _labelled(doc, kb.places)
    holders = _Holders(doc, kb, places, titles, ents=ents)
    evidence = None
    model_starts = {}
    for m in doc.spans["model_ents"] if "model_ents" in doc.spans else ():
        if m.label_ == "PER" and len(m) >= 2:  # (one word inside a name is no evidence: Relawan Jokowi Mania)
            model_starts[m.end] = m.start
    place_ends = {e for e, _ in places.values()}
    per_starts = {e.start for e in ents if e.label_ == "PER"}
    words_ = tokens_of(doc).texts
    person_words = frozenset(w for e in ents if e.label_ == "PER" for w in words_[e.start:e.end])
    bracketed = None  # (the words written alone in brackets: _bracketed_words)
    named: set[str] = set()
    out = []
    given_at: dict[int, int] = {}  # a person's start -> the given names an organisation before it took
    at_word: dict[str, list[int]] = {}  # (each word's places, read when first needed: _written_alone_start)
    for ent in ents:
        if ent.label_ == "PER" and ent.start in given_at:
            out.append(Span(doc, given_at[ent.start], ent.end, label="PER"))
            continue
        titled, region, in_title = _titled_at(doc, ent.start, kb, holders, titles) \
            if ent.label_ in {"ORG", "LOC"} and len(ent) >= 2 else (False, False, False)
        if titled and ent.label_ == "ORG" and ent.end in per_starts:
            # "Presiden UFC Dana | White": the organisation is written elsewhere without the given name
            k = _written_alone_start(doc, ent.start, ent.end, kb, words_, places, at_word, given=True)
            if k < ent.end:
                given_at[ent.end] = k
                out.append(Span(doc, ent.start, k, label=ent.label_))
                continue
        if not titled or ent.end < len(doc) and doc[ent.end].text in {"(", "&"} or ent.end in per_starts \
                or ent.end + 1 in per_starts and doc[ent.end].text == ",":
            out.append(ent)  # (the holder follows: Kepala UPT Bandara X Y, Suharno; a short form is the whole's)
            continue
        if evidence is None:
            evidence = _person_evidence(doc, kb)
        k = _holder_start(doc, ent.start, ent.end, kb, evidence, model_starts, place_ends, region, in_title,
                          person_words)
        if k == ent.start + 1 == ent.end - 1 and not (kb.is_acronym(doc[ent.start].text) or ent.start + 1 in place_ends
                                                      or _head_word(doc[ent.start].text, kb)):
            k = ent.end  # two words, neither a short form, a place nor a head: one name (Borussia Dortmund)
        if k == ent.start:
            if bracketed is None:
                bracketed = _bracketed_words(words_)
            if words_[k] in bracketed:
                k = ent.end  # a short form the text defines in brackets opens the unit, no holder: dokter Distan DIY
        if k >= ent.end and _closes_phrase(doc, ent.end, kb):
            k = _written_alone_start(doc, ent.start, ent.end, kb, words_, places, at_word)
        if k >= ent.end:
            out.append(ent)
            continue
        a = k
        while a < ent.end and (kb.is_rank(doc[a]) or doc[a].lower_.rstrip(".") in prefix_titles() or doc[a].text == "."):
            a += 1
        if k - ent.start > 1 or k > ent.start and not _head_word(doc[ent.start].text, kb):
            out.append(Span(doc, ent.start, k, label=ent.label_))  # (a head alone names nothing: Wali Kota | X)
        if a < ent.end:
            out.append(Span(doc, a, ent.end, label="PER"))
            named.add(doc[a:ent.end].text)
            if len(doc[ent.end - 1].text) >= 4:
                named.add(doc[ent.end - 1].text)
    if named:  # the same name written alone, typed otherwise before the cut, is the person (Menurut Mansuri)
        out = [Span(doc, e.start, e.end, label="PER") if e.label_ in {"ORG", "LOC"} and text_of_span(e) in named
               and not (e.start and _head_word(doc[e.start - 1].text, kb)) else e for e in out]
    return _name_openers_before(doc, kb, out)


HOLDER_CLOSERS = frozenset({",", ".", "yang", "selaku", "\"", "”", "'", "’"})


def _closes_phrase(doc: Doc, end: int, kb: Knowledge) -> bool:
    """The words after a titled entity ending at ``end`` close a holder's name: the end of the text, a comma,
    a full stop, a closing quote, ``yang`` or ``selaku`` (``CEO PT X Budi Santoso, yang ...``) or a speech verb
    (the holder speaks: ``Direktur PT X Budi Santoso mengatakan``)."""
    return end >= len(doc) or doc[end].lower_ in HOLDER_CLOSERS or doc[end].lower_ in kb.speech_verbs


def _written_alone_start(doc: Doc, s: int, e: int, kb: Knowledge, texts: Sequence[str], places,
                         at_word: dict[str, list[int]], given: bool = False) -> int:
    """Where the holder's name starts in ``doc[s:e]``, an organisation a title introduces with no comma before the
    name (``CEO PT X Aviasi Budi Santoso mengatakan``), told by the press's habit of naming the body first: the
    words before the name, two or more opening with the entity's first word, are written elsewhere in the text
    without it (``... diluncurkan PT X Aviasi ...``), and the name is one to four holder words (no institutional,
    place or common word) opening with a name's first word, none of them a place of the text; else ``e``.
    The words before the name may be one acronym (``UFC``). With ``given``, the model's person follows the
    entity, which holds only the name's first words (``Presiden UFC Dana | White``): one or two name words
    that open a name, common words too (``Dana``). ``at_word``: the places of each word of ``texts``, filled
    on the first call for the document (one pass, not one a titled entity: a long text holds hundreds)."""
    if not at_word:
        for i, w in enumerate(texts):
            at_word.setdefault(w, []).append(i)
    first = texts[s]
    elsewhere = [i for i in at_word.get(first, ()) if i != s]
    if not elsewhere:
        return e
    for k in range(max(s + 1, e - (2 if given else 4)), e):
        if k == s + 1 and not (doc[s].text.isupper() and kb.is_acronym(doc[s].text)) \
                or _head_word(doc[k - 1].text, kb) or not kb.is_first_name_word(doc[k]) \
                or not all((kb.is_name_word(t) and not kb.is_org_word(t.text) and t.text not in kb.place_words
                            if given else _holder_word(t, kb)) and t.i not in places for t in doc[k:e]):
            continue
        body, n = texts[s:k], k - s
        if any(texts[i:i + n] == body and (i + n >= len(texts) or texts[i + n] != texts[k]) for i in elsewhere):
            return k
    return e


def _bracketed_words(texts: Sequence[str]) -> frozenset[str]:
    """The words the text writes alone in brackets (``Dinas Pertanian (Distan)``): short forms it defines
    (read once per document, when an entity first asks)."""
    return frozenset(texts[i] for i in range(1, len(texts) - 1) if texts[i - 1] == "(" and texts[i + 1] == ")")


def _name_openers_before(doc: Doc, kb: Knowledge, ents: list[Span]) -> tuple[Span, ...]:
    """People whose first word another entity or no entity took: a name opener (``name_prefixes.txt``;
    a Balinese ``I``/``Ni`` before a Balinese name word, taken as a Roman numeral) that ends the name
    before (``PT X I | Gusti Putu Y`` -> ``I Gusti Putu Y``, ``Dinas X Jateng Lalu | M Y`` -> ``Lalu M
    Y``), and initials of two or three capitals between a rank and the name (``Inspektur Jenderal RZ |
    Panca Putra``, ``Kolonel (Czi) IGN | Suriastawa``, ``AKBP FX | Winardi``). A one-word place or
    organisation after a lower-case honorific (``dr``, ``drg``) is a person (not after a head: ``RSUD
    dr. X``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    out = list(ents)
    covered = {k: i for i, e in enumerate(out) for k in range(e.start, e.end)}
    for i, ent in enumerate(out):
        b = ent.start - 1
        if ent.label_ in {"ORG", "LOC"} and len(ent) == 1 and b >= 1 and doc[b].is_lower \
                and lowers[b].rstrip(".") in prefix_titles() and not _head_word(texts[b - 1], kb) \
                and kb.is_first_name_word(ent[0]):
            out[i] = Span(doc, ent.start, ent.end, label="PER")  # (Juru Bicara Gugus Tugas X dr | Y)
            continue
        if ent.label_ != "PER" or b < 1:
            continue
        text = texts[b]
        if text in kb.name_prefixes and (text not in BALINESE or ent[0].text in kb.name_prefixes) \
                and ent[0].text not in BALINESE:
            j = covered.get(b)
            if j is not None and out[j].end == b + 1 and out[j].end - out[j].start >= 3:
                out[j] = Span(doc, out[j].start, b, label=out[j].label_)
                out[i] = Span(doc, b, ent.end, label="PER")
            elif j is None and text.lower() not in kb.title_words:  # (Jaksa Agung | X)
                out[i] = Span(doc, b, ent.end, label="PER")
        elif b not in covered and 2 <= len(text) <= 3 and text.isalpha() and text.isupper() \
                and text not in kb.known_forms and text not in kb.org_words and not kb.is_rank(doc[b]) \
                and (kb.is_rank(doc[b - 1]) or texts[b - 1] == ")" and b >= 3 and kb.is_rank(doc[b - 3])):
            out[i] = Span(doc, b, ent.end, label="PER")
    return tuple(out)
