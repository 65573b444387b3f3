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
  place or ``RI`` takes it (``DPRD Jawa Timur``, ``BPK RI``);
* places: ``places.txt`` and names after a place head (``place_heads.txt``:
  ``Kabupaten``, ``Jalan``, ``Hotel``, ``Kantor`` + an organisation).

``person_ruler`` finds PER spans: names after a title (``titles.txt``, with
the organisation or region it carries) or a rank/honorific, names before
``selaku``/``yang juga``/``, TITLE``, before an age in brackets, after
``berinisial``, subjects and objects of speech verbs, nicknames in brackets, and
later short forms of a name already found (``Purbaya``). A model PER that is a
known place, institution or title word is relabelled or dropped.

Precedence with the statistical model (``ner`` runs first): an ORG/LOC rule
span replaces the model entities it overlaps when it is at least as long as
each of them (institution knowledge beats the model on names it knows); a PER
rule span only fills tokens that no entity covers.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lang import ordered, table, words

ROMAN = re.compile(r"^[IVXL]+$")
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?$")
INITIAL = re.compile(r"^[A-Z]\.?$")
SPEECH_AFTER = frozenset({"kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "tambah", "ungkap",
                          "papar", "terang", "sebut", "lanjut", "pungkas", "beber"})
SELAKU = frozenset({"selaku", "sebagai"})
INITIAL_CUES = frozenset({"berinisial", "inisial"})
GENERIC = frozenset({"Daerah", "Pusat", "Provinsi", "Kabupaten", "Kota", "Desa", "Negara", "Wilayah", "Umum"})
ORG_HINTS = frozenset({"Office", "Agency", "Organization", "Organisation", "Institute", "Association", "Council",
                       "Fund", "Foundation", "Authority", "Committee", "Commission", "Corporation", "Company",
                       "Bank", "Board", "Center", "Centre", "Union", "Federation", "Watch", "Group", "Badan",
                       "Lembaga", "Komisi", "Dewan", "Yayasan", "Asosiasi", "Ikatan", "Persatuan", "Himpunan"})
DIRECTIONS = frozenset({"Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Daya", "Laut", "Raya"})
LIST_JOIN = frozenset({",", "dan", "serta"})


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
        self.org_heads = PhraseMatcher(nlp.vocab)
        for head, is_open in heads.items():
            self.org_heads.add("OPEN" if is_open else "CLOSED", [make(head)])
        self.places = PhraseMatcher(nlp.vocab)
        self.places.add("LOC", [make(p) for p in ordered("places.txt")])
        self.place_words = frozenset(p for p in ordered("places.txt") if " " not in p) | DIRECTIONS
        self.place_heads = PhraseMatcher(nlp.vocab)
        self.place_heads.add("LOC", [make(p) for p in ordered("place_heads.txt")])
        self.venue_lower = frozenset({"gedung", "kantor"})
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.titles.add("TITLE", [make(t.lower()) for t in ordered("titles.txt")])
        self.title_words = frozenset(w.lower() for t in ordered("titles.txt") for w in t.split())
        self.modifiers = frozenset(m.lower() for m in ordered("title_modifiers.txt"))
        self.honorifics = frozenset(h.lower() for h in words("honorifics.txt"))
        org_words = set(words("org_words.txt"))
        for row in rows:
            org_words.update(w.strip(",()") for w in row["name"].split())
        org_words.update(w for h in heads for w in h.split())
        self.org_words = frozenset(w for w in org_words if w)
        months = {r["form"] for r in table("months.tsv")} | {r["form"] for r in table("weekdays.tsv")}
        self.not_names = frozenset(words("not_names.txt")) | frozenset(months)
        self.speech_verbs = frozenset(v.lower() for v in words("speech_verbs.txt"))

    # --- word classes ---------------------------------------------------------------
    def is_rank(self, token) -> bool:
        return token.lower_.rstrip(".") in self.honorifics and _cap(token.text)

    def is_acronym(self, text: str) -> bool:
        return bool(ACRONYM.match(text)) and text not in self.not_names and text.lower() not in self.honorifics

    def is_org_word(self, text: str) -> bool:
        return text in self.org_words or bool(ROMAN.match(text)) or text.isdigit() or self.is_acronym(text)

    def is_name_word(self, token) -> bool:
        """A word that can be part of a person's name."""
        text = token.text
        if INITIAL.match(text) or (len(text) == 2 and text.endswith(".") and text[0].isupper()):
            return True
        if not _cap(text) or not text.replace("'", "").replace("-", "").replace("’", "").isalpha():
            return False
        if text.isupper() and len(text) > 1:
            return False
        lower = text.lower()
        return (text not in self.not_names and lower not in STOP_WORDS and lower not in self.title_words
                and lower not in self.modifiers)

    def is_first_name_word(self, token) -> bool:
        """A word that can open a name: a name word that is not an institutional or place word."""
        text = token.text
        if text.endswith("nya") and (text[:-3] in self.org_words or text[:-3].lower() in self.title_words):
            return False
        return (self.is_name_word(token) and not INITIAL.match(text) and token.text not in self.org_words
                and token.text not in self.place_words and not self.is_rank(token))


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


def _labelled(doc: Doc, matcher: PhraseMatcher) -> dict[int, tuple[int, str]]:
    return {s: (e, doc.vocab.strings[m]) for s, (e, m) in _longest(matcher(doc)).items()}


# --- institutions and places -------------------------------------------------------------

def institution_spans(doc: Doc, kb: Knowledge) -> list[Span]:
    """ORG spans: known institutions, head-word names, with places and ``RI`` after them."""
    known = _labelled(doc, kb.known_org)
    heads = _labelled(doc, kb.org_heads)
    places = _labelled(doc, kb.places)
    n = len(doc)
    spans = []
    i = 0
    while i < n:
        end = i
        if i in known:
            end = known[i][0]
        if i in heads:
            head_end, kind = heads[i]
            j = _continue_org(doc, head_end, kb, known, places, open_=(kind == "OPEN"), heads=heads)
            if j > head_end and (kind == "OPEN" or any(doc[k].text not in GENERIC for k in range(head_end, j))):
                end = max(end, j)
        if end > i:
            end = _org_suffix(doc, end, kb, places)
            spans.append(Span(doc, i, end, label="ORG"))
            i = end
        else:
            i += 1
    return spans


def _org_suffix(doc: Doc, end: int, kb: Knowledge, places) -> int:
    """Extend an organisation over a following place, ``RI``, ``(Persero)`` or ``Tbk``."""
    n = len(doc)
    while end < n:
        t = doc[end].text
        if end in places:
            end = places[end][0]
        elif t in {"RI", "Tbk"}:
            end += 1
        elif t == "(" and end + 2 < n and doc[end + 1].text == "Persero" and doc[end + 2].text == ")":
            end += 3
        else:
            break
    return end


def _continue_org(doc: Doc, j: int, kb: Knowledge, known, places, open_: bool, heads=()) -> int:
    """Where the name after an organisation head ends."""
    n = len(doc)
    start = j
    brackets = 0
    while j < n:
        t = doc[j]
        text = t.text
        if j in known:
            j = known[j][0]
            if open_ and j - start >= 1:
                break
            continue
        if j in places:
            j = places[j][0]
            continue
        if not kb.is_org_word(text) and (kb.is_rank(t) or text.lower() in kb.title_words and j > start):
            break
        if open_ and _cap(text) and (text.isalnum() or "-" in text or "'" in text):
            j += 1
        elif not open_ and _cap(text) and kb.is_org_word(text):
            j += 1
        elif text.isdigit() and j > start:
            j += 1
        elif text == "/" and j + 1 < n and _cap(doc[j + 1].text) and j > start:
            j += 1
        elif text in {"dan", "&"} and j > start and j + 1 < n and _cap(doc[j + 1].text) \
                and (open_ or kb.is_org_word(doc[j + 1].text)) and (j + 1) not in known:
            j += 1
        elif text == "," and j > start and (j + 1) not in heads and (j + 1) not in known \
                and _list_closes_with_dan(doc, j, kb):
            j += 1
        elif text == "(" and j + 2 < n and doc[j + 1].text == "Persero" and doc[j + 2].text == ")":
            j += 3
        elif text == "(" and j > start and j + 3 < n and doc[j + 2].text == ")" and not brackets \
                and (kb.is_acronym(doc[j + 1].text) or open_ and _cap(doc[j + 1].text)) \
                and _cap(doc[j + 3].text) and (open_ or kb.is_org_word(doc[j + 3].text)) \
                and not kb.is_rank(doc[j + 3]) and (j + 3) not in places:
            j += 3
            brackets += 1
        else:
            break
    while j > start and doc[j - 1].text in {"dan", "&", ",", "/"}:
        j -= 1
    return j


def _list_closes_with_dan(doc: Doc, comma: int, kb: Knowledge) -> bool:
    """True when the comma list at ``comma`` ends in ``, dan X`` inside one name."""
    j = comma + 1
    words_seen = 0
    while j < len(doc) and j < comma + 12:
        t = doc[j]
        if t.lower_ == "dan":
            return words_seen > 0 and j + 1 < len(doc) and _cap(doc[j + 1].text)
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


def defined_acronyms(doc: Doc, kb: Knowledge, taken_spans: list[Span]) -> Iterator[Span]:
    """``Capitalised Words (CW)``: the words whose initials spell the bracketed acronym, and
    every use of that acronym in ``doc``, as ORG (when no other span holds them)."""
    taken = set()
    for s in taken_spans:
        taken.update(range(s.start, s.end))
    defined = set()
    n = len(doc)
    for i in range(1, n - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not kb.is_acronym(doc[i + 1].text):
            continue
        acr = doc[i + 1].text
        letters = "".join(c for c in acr if c.isalpha()).upper()
        k = i
        while k - 1 >= 0 and (_cap(doc[k - 1].text) or doc[k - 1].lower_ in {"of", "for", "and", "dan"}) \
                and (k - 1) not in taken and i - (k - 1) <= len(letters) + 2:
            k -= 1
        for start in range(k, i):
            if _initials(doc[start:i]).upper() == letters and _cap(doc[start].text) \
                    and any(t.text in ORG_HINTS for t in doc[start:i]):
                if not any(j in taken for j in range(start, i + 3)):
                    yield Span(doc, start, i, label="ORG")
                    taken.update(range(start, i))
                    defined.add(acr)
                break
    if defined:
        for j in range(n):
            if doc[j].text in defined and j not in taken:
                yield Span(doc, j, j + 1, label="ORG")
                taken.add(j)


def place_spans(doc: Doc, kb: Knowledge, taken: set[int], orgs: dict[int, int]) -> list[Span]:
    """LOC spans in tokens not ``taken`` by organisations: heads with names, gazetteer places."""
    heads = _labelled(doc, kb.place_heads)
    places = _labelled(doc, kb.places)
    n = len(doc)
    spans = []
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        end = i
        t = doc[i]
        if i in heads or (t.lower_ in kb.venue_lower and i + 1 in orgs):
            head_end = heads[i][0] if i in heads else i + 1
            j = head_end
            while j < n:
                if j in orgs:
                    j = orgs[j]
                elif j in places:
                    j = places[j][0]
                elif j in taken:
                    break
                elif _cap(doc[j].text) and (doc[j].text.isalnum() or "-" in doc[j].text):
                    j += 1
                elif doc[j].text.isdigit() and j > head_end:
                    j += 1
                else:
                    break
            if j > head_end and _cap(t.text) or (j > head_end and t.lower_ in kb.venue_lower and head_end in orgs):
                end = j
        if end == i and i in places:
            end = places[i][0]
            if any(k in taken for k in range(i, end)):
                end = i
        if end > i:
            spans.append(Span(doc, i, end, label="LOC"))
            i = end
        else:
            i += 1
    return spans


def merge_entities(doc: Doc, rule_spans: list[Span]) -> tuple[Span, ...]:
    """Model entities and rule spans: a rule span wins over the entities it overlaps when it
    is at least as long as each of them; otherwise the model's entity stays."""
    model = list(doc.ents)
    if not model:
        return tuple(filter_spans(rule_spans))
    covered = {}
    for s in rule_spans:
        for k in range(s.start, s.end):
            covered[k] = s
    keep = []
    for ent in model:
        rivals = {id(covered[k]): covered[k] for k in range(ent.start, ent.end) if k in covered}
        if any(len(s) >= len(ent) for s in rivals.values()):
            continue
        keep.append(ent)
    kept = set()
    for ent in keep:
        kept.update(range(ent.start, ent.end))
    rules = [s for s in rule_spans if not any(k in kept for k in range(s.start, s.end))]
    return tuple(filter_spans(keep + rules))


def fill_entities(doc: Doc, spans: Iterable[Span]) -> tuple[Span, ...]:
    """Entities plus the spans that overlap none of them."""
    ents = list(doc.ents)
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
        orgs = institution_spans(doc, self.kb)
        taken = set()
        starts = {}
        for s in orgs:
            taken.update(range(s.start, s.end))
            starts[s.start] = s.end
        locs = place_spans(doc, self.kb, taken, starts)
        # a venue (Kantor Kemenkeu, gedung KPK) contains its organisation: the venue wins
        loc_tokens = set()
        for s in locs:
            loc_tokens.update(range(s.start, s.end))
        doc.spans["venue_orgs"] = [s for s in orgs if any(k in loc_tokens for k in range(s.start, s.end))]
        orgs = [s for s in orgs if not any(k in loc_tokens for k in range(s.start, s.end))]
        orgs += list(defined_acronyms(doc, self.kb, orgs + locs))
        doc.ents = merge_entities(doc, orgs + locs)
        return doc


# --- people ------------------------------------------------------------------------------

def title_matches(doc: Doc, kb: Knowledge) -> dict[int, int]:
    """Title phrases in ``doc``: start -> end (longest)."""
    return {s: e for s, (e, _) in _longest(kb.titles(doc)).items()}


def _ent_index(doc: Doc) -> dict[int, Span]:
    index = {}
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            index[k] = ent
    return index


def title_tail_end(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], titles: dict[int, int],
                   limit: Optional[int] = None) -> int:
    """Where the words that complete a title (its organisation, region, field) end, from ``j``."""
    n = len(doc) if limit is None else limit
    while j < n:
        t = doc[j]
        ent = ents.get(j)
        if ent is not None and ent.label_ != "PER":
            j = ent.end
        elif j in titles:
            j = titles[j]
        elif _cap(t.text) and kb.is_org_word(t.text) or t.text in kb.place_words and _cap(t.text):
            j += 1
        elif t.text in {"Bidang", "ke", "-", "/"} or t.text.isdigit():
            j += 1
        elif t.text == "(" and j + 2 < n and doc[j + 2].text == ")" and _cap(doc[j + 1].text):
            j += 3
        elif t.text == "," and j + 1 < n and ents.get(j + 1) is not None and ents[j + 1].label_ == "LOC" \
                and ents[j + 1].end < n and kb.is_first_name_word(doc[ents[j + 1].end]):
            j = ents[j + 1].end
        elif t.lower_ == "dan" and j + 1 < n and (doc[j + 1].text in kb.org_words or ents.get(j + 1) is not None
                                                  and ents[j + 1].label_ != "PER"):
            j += 1
        else:
            break
    return j


def _skip_ranks(doc: Doc, j: int, kb: Knowledge, limit: int) -> int:
    while j < limit and (kb.is_rank(doc[j]) or doc[j].text == "." and j > 0 and kb.is_rank(doc[j - 1])):
        j += 1
    return j


def _name_run(doc: Doc, j: int, kb: Knowledge, ents: dict[int, Span], limit: int, max_len: int = 5) -> int:
    """End of the run of name words from ``j`` (``j`` when there is none)."""
    if j >= limit or j in ents or not kb.is_first_name_word(doc[j]):
        return j
    k = j + 1
    while k < limit and k - j < max_len and k not in ents and kb.is_name_word(doc[k]):
        k += 1
    return k


def _name_run_back(doc: Doc, end: int, kb: Knowledge, ents: dict[int, Span], floor: int,
                   max_len: int = 5) -> int:
    """Start of the run of name words ending at ``end`` (``end`` when there is none)."""
    k = end
    while k - 1 >= floor and end - (k - 1) <= max_len and (k - 1) not in ents and kb.is_name_word(doc[k - 1]):
        k -= 1
    while k < end and not kb.is_first_name_word(doc[k]):
        k += 1
    return k


def person_spans(doc: Doc, kb: Knowledge) -> Iterator[Span]:
    """PER spans found by the rules of the module docstring (before propagation)."""
    ents = _ent_index(doc)
    titles = title_matches(doc, kb)
    n = len(doc)
    sent_end = {}
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        for k in range(sent.start, sent.end):
            sent_end[k] = sent.end
    # names after a title and its organisation, or after a rank
    for s, e in titles.items():
        limit = sent_end.get(s, n)
        j = title_tail_end(doc, e, kb, ents, titles, limit)
        if j < limit and doc[j].text == ",":
            j += 1
        k0 = _skip_ranks(doc, j, kb, limit)
        k = _name_run(doc, k0, kb, ents, limit)
        if k > k0:
            yield Span(doc, j, k, label="PER")
    for i in range(n):
        t = doc[i]
        if i not in ents and kb.is_rank(t) and (i == 0 or not kb.is_rank(doc[i - 1]) and doc[i - 1].text != "."):
            if t.text in {"Ibu", "Bapak"} and i + 1 < n and doc[i + 1].text in {"Kota", "Negara", "Pertiwi"}:
                continue
            limit = sent_end.get(i, n)
            k0 = _skip_ranks(doc, i, kb, limit)
            k = _name_run(doc, k0, kb, ents, limit)
            if k > k0 and k0 > i:
                yield Span(doc, i, k, label="PER")
        low = t.lower_
        # kata/ujar NAME
        if low in SPEECH_AFTER and t.text == low and i + 1 < n:
            limit = sent_end.get(i, n)
            k0 = _skip_ranks(doc, i + 1, kb, limit)
            k = _name_run(doc, k0, kb, ents, limit)
            if k > k0 and (k == limit or not doc[k].text[:1].isupper()):
                yield Span(doc, i + 1, k, label="PER")
        # NAME selaku/yang juga/speech verb/(age)
        if i > 0 and (low in SELAKU or low in kb.speech_verbs and not _cap(t.text)
                      or low == "yang" and i + 1 < n and doc[i + 1].lower_ in {"juga", "merupakan", "menjabat"}
                      or t.text == "(" and i + 2 < n and doc[i + 1].text.isdigit() and doc[i + 2].text == ")"):
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if start < i and (start == 0 or not _cap(doc[start - 1].text) or doc[start - 1].is_punct
                              or kb.is_rank(doc[start - 1])):
                if low in kb.speech_verbs and i - start == 1 and doc[start].is_sent_start is not True \
                        and start > 0 and doc[start - 1].text not in {",", '"', "“", "”"}:
                    continue
                yield Span(doc, start, i, label="PER")
        # X, NAME, mengatakan
        if t.text == "," and i + 1 < n and doc[i + 1].lower_ in kb.speech_verbs and doc[i + 1].text.islower():
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if i - start >= 2 and start > 0 and doc[start - 1].text == ",":
                yield Span(doc, start, i, label="PER")
        # NAME, TITLE
        if t.text == "," and i + 1 < n and (i + 1) in titles and _cap(doc[i + 1].text):
            start = _name_run_back(doc, i, kb, ents, max(0, i - 5))
            if i - start >= 2:
                yield Span(doc, start, i, label="PER")
        # berinisial AP, AM dan ACM
        if low in INITIAL_CUES:
            j = i + 1
            while j < n and doc[j].text.isupper() and doc[j].text.isalpha() and len(doc[j].text) <= 4:
                yield Span(doc, j, j + 1, label="PER")
                j += 1
                if j < n and doc[j].lower_ in LIST_JOIN:
                    j += 1
                if j < n and doc[j].lower_ in LIST_JOIN:
                    j += 1


def propagate(doc: Doc, kb: Knowledge, found: list[Span]) -> list[Span]:
    """Later and earlier bare uses of a name found elsewhere in ``doc`` (full or short forms)."""
    full: dict[tuple[str, ...], None] = {}
    parts: dict[str, None] = {}
    for span in found:
        toks = [t for t in span if not kb.is_rank(t) and t.text != "."]
        if not toks:
            continue
        full[tuple(t.text for t in toks)] = None
        for t in toks:
            if len(t.text) >= 3 and kb.is_first_name_word(t):
                parts[t.text] = None
        # a nickname in brackets or after atau/alias right after the name
        e = span.end
        if e + 1 < len(doc) and doc[e].lower_ in {"atau", "alias"} and kb.is_first_name_word(doc[e + 1]) \
                and not (e + 2 < len(doc) and _cap(doc[e + 2].text)):
            parts[doc[e + 1].text] = None
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and kb.is_first_name_word(doc[e + 1]):
            parts[doc[e + 1].text] = None
    if not parts and not full:
        return []
    max_len = max((len(k) for k in full), default=1)
    out = []
    n = len(doc)
    i = 0
    while i < n:
        hit = 0
        for length in range(min(max_len, n - i), 1, -1):
            if tuple(t.text for t in doc[i:i + length]) in full:
                hit = length
                break
        if not hit and doc[i].text in parts and not (i + 1 < n and kb.is_name_word(doc[i + 1])
                                                     and doc[i + 1].text not in parts):
            hit = 1
        if hit:
            out.append(Span(doc, i, i + hit, label="PER"))
            i += hit
        else:
            i += 1
    return out


def clean_model_people(doc: Doc, kb: Knowledge) -> list[Span]:
    """Model entities, with a PER that is a known place, institution or title word relabelled or dropped."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PER":
            text = ent.text
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


@Language.factory("person_ruler", assigns=["doc.ents"], requires=["doc.ents"])
def make_person_ruler(nlp: Language, name: str):
    return PersonRuler(nlp)


class PersonRuler:
    """Adds PER spans to ``doc.ents`` where no entity is (see the module docstring)."""

    def __init__(self, nlp: Language):
        self.kb = knowledge(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = tuple(filter_spans(clean_model_people(doc, self.kb)))
        found = list(person_spans(doc, self.kb))
        doc.ents = fill_entities(doc, found)
        people = [e for e in doc.ents if e.label_ == "PER"]
        doc.ents = fill_entities(doc, propagate(doc, self.kb, people))
        return doc
