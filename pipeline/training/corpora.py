"""Every NER set of ``assets.tsv`` in one scheme, with records-v1 conventions (one converter).

Sources and their labels (anything not listed, e.g. NER-UGM's ``TIME``/``QUANTITY`` or NERP's
``EVT``/``FNB``, becomes ``O``):

| source | labels | notes |
| --- | --- | --- |
| idner-news-2k | PER ORG LOC | train / dev / test |
| NER-UI fold 1 | PERSON ORGANIZATION LOCATION | train / dev |
| NERGrit | PERSON ORGANISATION PLACE | train / valid / test |
| NER-UGM | PERSON ORGANIZATION LOCATION | one file; its sentences also in idner-news-2k are dropped |
| NERP | PPL IND PLC | lowercased: re-cased by :class:`Recaser` (below) |

records-v1 conventions (``../shared/spec/records-v1.md``), applied to every gold span by
:func:`to_records_v1`: a person without the honorifics, ranks and titles in front or the
academic degree behind (``Dr. Budi Santoso, M.Si.`` -> ``Budi Santoso``); an institution whole,
i.e. an ORG followed at once by the LOC of its region is one ORG (``DPRD | Surabaya``,
``PWNU | Jatim``) and an ORG followed by its legal form in brackets takes it
(``PT Contoh | (Persero)``); an ORG that opens with a person's title loses it
(``Kepala Pusat Data`` -> ``Pusat Data``). A place is the name, not a lower-case common noun of
its kind in front (``pulau | Belitung``, ``desa | Pegayaman``: Indonesian spelling capitalises such a
word only as part of the name; NERGrit takes it in, the news sets do not); a hospital, school or
university (``institution_venues.txt``) is an organisation, not a place (NERGrit tags ``SMA Negeri
...`` LOC 46 times and ORG 28 times in its training split, ``Universitas`` LOC 14 / ORG 40; NERP tags
``Universitas`` LOC): every set is redrawn to ORG.

A source whose scheme leaves part of an ORG/PER/LOC out (``Source.partial``: NERP's ``IND`` is
companies and brands; ``dpr``, ``kpk``, ``golkar`` are ``O`` there hundreds of times) teaches that
those names are no entity. With ``partial_missing``, the capitalised words (after re-casing) it
leaves ``O`` become *missing* (``(i, i + 1, None)``: spaCy learns nothing from them), as in the
silver data, titles, honorifics, months, weekdays and stop words aside.

NERP re-casing: every word takes its most frequent written form in the cased text of the other
NER sets and the IndoSum dev folds 01-04 (forms inside entities counted apart, so ``sby`` in an
entity becomes ``SBY`` and ``bank`` outside one stays ``bank``); an entity word never seen is
title-cased; the first word of a sentence is capitalised.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

Sentence = tuple[list[str], list[str]]

DEGREE = re.compile(r"^(s|m|d|ph|b|a)\.?[a-z]{0,4}(\.[a-z]{0,4})*\.?$")  # records-v1, "Names"
LEGAL_FORMS = frozenset({"persero", "tbk", "tbk.", "perum", "perseroda"})
# kinds of place whose lower-case noun in front of a name is no part of it (``kota | Medan``): the
# administrative words of records-v1's place normalisation and the natural features of place_heads.txt
PLACE_KINDS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "dusun",
                         "kampung", "distrik", "pulau", "kepulauan", "selat", "teluk", "sungai", "danau",
                         "gunung", "pantai", "tanjung"})


@dataclass(frozen=True)
class Source:
    """One NER set: asset keys per split and its label map (``None``: not an entity here)."""

    name: str
    splits: dict
    labels: dict
    lowercased: bool = False
    notes: str = ""
    partial: str = ""  # what its scheme leaves out of our labels: then its O is no evidence (below)


LABEL_MAPS = {
    "idner": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "nerui": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    "nergrit": {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    "nerugm": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "TIME": None, "QUANTITY": None},
    "nerp": {"PPL": "PER", "IND": "ORG", "PLC": "LOC", "EVT": None, "FNB": None},
}

SOURCES = {
    "idner": Source("idner", {"train": "ner/idner-news-2k/train.txt", "dev": "ner/idner-news-2k/dev.txt",
                              "test": "ner/idner-news-2k/test.txt"}, LABEL_MAPS["idner"]),
    "nerui": Source("nerui", {"train": "ner/nerui/train.01.tsv", "dev": "ner/nerui/dev.01.tsv"},
                    LABEL_MAPS["nerui"]),
    "nergrit": Source("nergrit", {"train": "ner/nergrit/train_preprocess.txt",
                                  "valid": "ner/nergrit/valid_preprocess.txt",
                                  "test": "ner/nergrit/test_preprocess.txt"}, LABEL_MAPS["nergrit"]),
    "nerugm": Source("nerugm", {"train": "ner/nerugm/nerugm.txt"}, LABEL_MAPS["nerugm"],
                     notes="deduplicated against idner-news-2k (all splits)"),
    "nerp": Source("nerp", {"train": "ner/nerp/train_preprocess.txt", "valid": "ner/nerp/valid_preprocess.txt",
                            "test": "ner/nerp/test_preprocess.txt"}, LABEL_MAPS["nerp"], lowercased=True,
                 partial="IND is companies and brands: government bodies and parties are O (dpr, kpk, golkar)"),
}


def read_bio(lines: Iterable[str]) -> Iterator[Sentence]:
    """Yield (words, tags) per sentence from token-per-line BIO text.

    The word is the first column and the tag the last, columns split on tabs when the line
    has one, else on spaces; blank lines end sentences; CRLF line ends are accepted.
    """
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        word = cols[0].strip()
        tag = cols[-1].strip() if len(cols) > 1 else "O"
        if not word:  # a token of white space only: nothing to tag
            continue
        words.append(word)
        tags.append(tag)
    if words:
        yield words, tags


def bio_to_spans(tags: list[str], labels: dict) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` from BIO tags, CoNLL style, labels mapped by ``labels``.

    An ``I-`` tag that does not continue an entity of its label starts a new entity; a label
    mapped to ``None`` is no entity; a label missing from ``labels`` is an error.
    """
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O":
            prefix, kind = "O", None
        elif len(tag) > 2 and tag[1] == "-" and tag[0] in "BI":
            if tag[2:] not in labels:
                raise ValueError(f"unknown entity label {tag[2:]!r}")
            prefix, kind = tag[0], labels[tag[2:]]
            if kind is None:
                prefix = "O"
        else:
            raise ValueError(f"malformed BIO tag {tag!r}")
        if start is not None and (prefix != "I" or kind != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix in "BI" and start is None:
            start, label = i, kind
    return spans


@dataclass
class Conventions:
    """The word lists of records-v1 trimming (lower case, no final dot)."""

    honorifics: frozenset = frozenset()
    title_words: frozenset = frozenset()
    org_words: frozenset = frozenset()
    outside: frozenset = frozenset()  # capitalised words that are no name: months, weekdays, stop words
    institutions: frozenset = frozenset()  # opening words (lower-case tuples) of hospitals, schools, universities

    @classmethod
    def from_lexicons(cls) -> "Conventions":
        from spacy.lang.id.stop_words import STOP_WORDS

        from ..lang import ordered, table, words

        titles = frozenset(t.split()[0].lower() for t in ordered("titles.txt"))
        org = frozenset(w.lower() for w in words("org_words.txt")) \
            | frozenset(h.rstrip(" *").split()[0].lower() for h in ordered("org_heads.txt"))
        outside = frozenset(row["form"].lower() for name in ("months.tsv", "weekdays.tsv") for row in table(name)) \
            | frozenset(w.lower() for w in words("not_names.txt")) | frozenset(STOP_WORDS)
        institutions = frozenset(tuple(entry.lower().split()) for entry in ordered("institution_venues.txt"))
        return cls(frozenset(h.lower() for h in words("honorifics.txt")), titles, org, outside, institutions)

    def is_honorific(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.honorifics

    def is_person_title(self, word: str) -> bool:
        """A title that names a position (``Kepala``, ``Menteri``), not an institution's head word."""
        lower = word.lower()
        return lower in self.title_words and lower not in self.org_words

    def is_institution(self, words: list[str]) -> bool:
        """Whether ``words`` open with a hospital's, school's or university's head and a name follows."""
        lowered = tuple(w.lower() for w in words)
        return any(len(lowered) > len(head) and lowered[:len(head)] == head for head in self.institutions)


def to_records_v1(words: list[str], spans: list[tuple[int, int, str]],
                  conv: Conventions) -> list[tuple[int, int, str]]:
    """The spans redrawn to records-v1 conventions (module docstring)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label == "PER":
            while end - start > 1 and (conv.is_honorific(words[start]) or conv.is_person_title(words[start])
                                       or words[start] in {".", ","}):
                start += 1
            while end - start > 1 and (words[end - 1] in {",", "."} or "." in words[end - 1]
                                       and DEGREE.match(words[end - 1].lower())):
                end -= 1
        elif label == "ORG":
            while end - start > 1 and conv.is_person_title(words[start]):
                start += 1
        elif label == "LOC":
            if end - start > 1 and words[start] in PLACE_KINDS and words[start + 1][:1].isupper():
                start += 1  # kota | Medan: the lower-case kind is no part of the name
            if conv.is_institution(words[start:end]):
                label = "ORG"  # SMA Negeri 1 Kawali, Universitas Indonesia: an institution
        if out and label == "LOC" and out[-1][2] == "ORG" and out[-1][1] == start:
            out[-1] = (out[-1][0], end, "ORG")  # DPRD | Surabaya: the institution whole
            continue
        out.append((start, end, label))
    # an ORG followed by its legal form in brackets takes it: PT Contoh (Persero)
    merged = []
    for start, end, label in out:
        if label == "ORG" and end + 2 < len(words) and words[end] == "(" \
                and words[end + 1].lower() in LEGAL_FORMS and words[end + 2] == ")":
            end += 3
        if merged and merged[-1][1] > start:  # swallowed by the previous span
            continue
        merged.append((start, end, label))
    return merged


@dataclass
class Recaser:
    """Re-cases lowercased sentences from the written forms of cased text (module docstring)."""

    inside: dict = field(default_factory=lambda: defaultdict(Counter))
    outside: dict = field(default_factory=lambda: defaultdict(Counter))

    def learn(self, words: list[str], spans: Iterable[tuple[int, int, str]] = ()) -> None:
        in_ent = {k for s, e, _ in spans for k in range(s, e)}
        for i, word in enumerate(words):
            if i == 0 and not word.isupper():
                continue  # a sentence's first word is capitalised whatever it is
            (self.inside if i in in_ent else self.outside)[word.lower()][word] += 1

    def form(self, word: str, entity: bool) -> str:
        key = word.lower()
        first = self.inside if entity else self.outside
        for table in (first, self.outside if entity else self.inside):
            if key in table:
                best = max(table[key].items(), key=lambda kv: (kv[1], kv[0] == key))[0]
                if entity and table is self.outside and best == key:
                    break  # a common word, but inside an entity here: title-case it
                return best
        if entity and key[:1].isalpha():
            return key[:1].upper() + key[1:]
        return key

    def recase(self, words: list[str], spans: Iterable[tuple[int, int, str]]) -> list[str]:
        in_ent = {k for s, e, _ in spans for k in range(s, e)}
        out = [self.form(w, i in in_ent) for i, w in enumerate(words)]
        if out and out[0][:1].islower():
            out[0] = out[0][:1].upper() + out[0][1:]
        return out


def sentence_key(words: list[str]) -> str:
    """Identity of a sentence for overlap checks: its characters, lower-cased, no spaces."""
    return "".join(words).lower()


@dataclass
class Converted:
    """One split of one source in the project's scheme."""

    source: str
    split: str
    sentences: list = field(default_factory=list)  # (words, spans)
    dropped: dict = field(default_factory=dict)  # reason -> count


def silent_names(words: list[str], spans: list[tuple[int, int, str]], conv: Conventions,
                 first_form: str, tagged: frozenset = frozenset()) -> list[tuple[int, int, None]]:
    """Missing spans ``(i, i + 1, None)`` over the capitalised words outside ``spans`` (module
    docstring, ``partial``); ``first_form`` is the first word's form were it not first. Words
    in ``tagged`` (the source gave them a tag of its own, e.g. NERP's ``EVT``) stay ``O``: that
    tag says they are no PER/ORG/LOC."""
    taken = {k for s, e, _ in spans for k in range(s, e)} | set(tagged)
    out = []
    for i, word in enumerate(words):
        form = first_form if i == 0 else word
        if i not in taken and form[:1].isupper() and not conv.is_honorific(form) \
                and form.lower() not in conv.title_words and form.lower() not in conv.outside:
            out.append((i, i + 1, None))
    return out


def convert_source(source: Source, split: str, sentences: list[Sentence], conv: Conventions,
                   recaser: Optional[Recaser] = None, exclude: frozenset = frozenset(),
                   partial_missing: bool = False) -> Converted:
    """Map labels, redraw spans to records-v1, re-case (lowercased sources) and drop the
    sentences whose key is in ``exclude`` (test sentences, or duplicates of another set).
    With ``partial_missing`` and a ``partial`` source, its capitalised ``O`` words are missing
    (:func:`silent_names`; training splits only)."""
    out = Converted(source.name, split)
    for words, tags in sentences:
        if sentence_key(words) in exclude:
            out.dropped["excluded"] = out.dropped.get("excluded", 0) + 1
            continue
        spans = to_records_v1(words, bio_to_spans(tags, source.labels), conv)
        if source.lowercased:
            if recaser is None:
                raise ValueError(f"{source.name} is lowercased: give a Recaser")
            first = recaser.form(words[0], any(s == 0 for s, _, _ in spans)) if words else ""
            words = recaser.recase(words, spans)
        else:
            first = words[0] if words else ""
        if partial_missing and source.partial:
            tagged = frozenset(i for i, tag in enumerate(tags) if tag != "O")
            spans = sorted(spans + silent_names(words, spans, conv, first, tagged))
        out.sentences.append((words, spans))
    return out
