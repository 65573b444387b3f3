"""Hand gold of records-v1 projected onto its own text: NER training docs for the mention model.

The ``train`` split of the corpus (``corpus/train/*.gold.jsonl``: IndoSum dev.05 articles and fictional
documents annotated by hand in records-v1, never scored) lists each document's people, organisations
(with aliases) and places, but no offsets. :func:`project` finds them in the text the model reads in the
pipeline (the flat view of ``layout_flat``, the project's tokenizer, the rule splitter's sentences):

* every token-aligned, case-sensitive, whole-word occurrence of a gold name is an entity: people ``PER``,
  organisation names and aliases ``ORG``, places ``LOC`` (a place also in its other forms that
  records-v1's place normalisation makes equal: ``Kabupaten Bogor`` = ``Kota Bogor`` = ``Bogor``; an
  all-capital form also in title case and the reverse, ``JAKARTA`` = ``Jakarta``);
* a person's short form (a contiguous part of the gold name, every word capitalised and no initial; or a
  blend of its words' beginnings or its initials, :func:`nicknames`) standing alone (no capitalised word next to it other than a title or a stop word) is ``PER``;
* longest match first, full forms before short forms, no overlaps; the same words listed under two labels
  are missing (spaCy learns nothing from them), and so is a name found only with a bracketed acronym
  inside (``Kepolisian Resor (Polres) Toba``);
* every other token is ``O`` when it is lower-case, punctuation, a number, a title, an honorific, a month or
  a stop word (the rules' lexicons: ``silver.is_known_outside``, ``entities.title_matches``); a capitalised
  word outside every gold name is, by the annotation, no person, organisation or place (events,
  products, works, page furniture): ``O`` in mode ``o``. In mode ``cautious`` such a word is missing when it
  touches a match (the gold span may be drawn otherwise than the model would) or is a word of a gold name
  that occurs nowhere token-aligned. In both modes the capitalised words of a page-furniture sentence
  (``Baca juga:``, bylines) are missing (records-v1 leaves furniture unannotated, not entity-free), and
  so is a run of capitalised words that holds a word of a gold person's name but is no listed form of
  it (:func:`person_variants`: a stage name, a fuller name).

Each sentence of three words or more becomes one training doc. A document whose id falls in the held-out
share (:func:`held_out`, CRC-32 of the id) goes to the dev docs instead (model selection).
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from ..evaluate import PLACE_PREFIXES

HOLD_OUT = 10  # one document in HOLD_OUT is held out for model selection
MODES = ("o", "cautious")
LABELS = {"people": "PER", "organizations": "ORG", "locations": "LOC"}
# records-v1 "Places": a first word dropped before comparing places (the scorer's PLACE_PREFIXES, written as the
# press writes them)
ADMIN_WORDS = ("Provinsi", "Prov.", "Kabupaten", "Kab.", "Kota", "Kecamatan", "Kec.", "Kelurahan", "Kel.", "Desa")
MIN_WORDS = 3


@dataclass(frozen=True)
class Form:
    """A written form to find: ``label`` None when two labels claim the same words (missing)."""

    text: str
    label: Optional[str]
    short: bool = False  # a person's short form (matched only standing alone, after every full form)


def held_out(doc_id: str) -> bool:
    """Whether a document is held out for model selection (the same on every machine)."""
    return zlib.crc32(doc_id.encode("utf-8")) % HOLD_OUT == 0


def capitalised(text: str) -> str:
    """Every word of ``text`` with a capital first letter (``Barack obama``, ``ter Stegen`` as the text writes them)."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def case_forms(text: str) -> set[str]:
    """``text``, its all-capital form and its words capitalised (:func:`capitalised`); an all-capital text
    also in title case (datelines: ``JAKARTA``)."""
    out = {text, text.upper(), capitalised(text)}
    if text.isupper() and len(text.split()) == len([w for w in text.split() if len(w) > 1]):
        out.add(" ".join(w[:1] + w[1:].lower() for w in text.split()))
    return out


def place_forms(name: str) -> set[str]:
    """A place and the forms records-v1 counts as the same place (an administrative word in front or not)."""
    words = name.split()
    bare = " ".join(words[1:]) if len(words) > 1 and words[0].lower().rstrip(".") in PLACE_PREFIXES else name
    return {name, bare} | {f"{kind} {bare}" for kind in ADMIN_WORDS}


def is_name_word(word: str) -> bool:
    """A word a short form may hold: capitalised, two letters or more, no initial or abbreviation."""
    return word[:1].isupper() and not word.endswith(".") and sum(c.isalpha() for c in word) >= 2


def short_forms(name: str, outside: Callable[[str], bool] = lambda w: False) -> set[str]:
    """Contiguous parts of a person's name (not the whole; each word capitalised: ``ter Stegen`` ->
    ``Ter Stegen``) whose words are all name words (:func:`is_name_word`) and not all words the rules
    know are no names (``outside``)."""
    written = name.split()
    words = capitalised(name).split()
    out = set()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            part = words[i:j]
            if j - i == len(words) or not all(is_name_word(w) for w in part) or all(outside(w) for w in part):
                continue
            if all(w.islower() and len(w) < 4 for w in written[i:j]):  # a particle alone (``van``, ``bin``)
                continue
            out.add(" ".join(part))
    return out


def nicknames(name: str, longest: int = 4) -> set[str]:
    """Blends of a person's name the press coins (``Setya Novanto`` -> ``Setnov``, ``Joko Widodo`` ->
    ``Jokowi``: a prefix of two letters or more of each of two or more consecutive name words, capitalised
    once) and the capital initials of three or more (``Susilo Bambang Yudhoyono`` -> ``SBY``); a prefix is at
    most ``longest`` letters."""
    from itertools import product

    words = [w for w in name.split() if w.isalpha()]
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            run = words[i:j]
            if j - i >= 3:
                out.add("".join(w[0].upper() for w in run))
            for cut in product(*(range(2, min(longest, len(w)) + 1) for w in run)):
                blend = "".join(w[:n] for w, n in zip(run, cut))
                out.add(blend[:1].upper() + blend[1:].lower())
    return out


def gold_forms(record: dict, outside: Callable[[str], bool] = lambda w: False) -> list[Form]:
    """Every form to look for in ``record``'s text (module docstring): full forms, then short forms
    that are no full form of anything."""
    full: dict[str, set[str]] = {}

    def add(text: str, label: str) -> None:
        for form in case_forms(text.strip()):
            if form:
                full.setdefault(form, set()).add(label)

    for person in record.get("people") or []:
        add(person["name"], "PER")
    for org in record.get("organizations") or []:
        for text in [org["name"], *(org.get("aliases") or [])]:
            add(text, "ORG")
    for place in record.get("locations") or []:
        for text in place_forms(place):
            add(text, "LOC")
    forms = [Form(text, next(iter(labels)) if len(labels) == 1 else None) for text, labels in full.items()]
    shorts = set()
    for person in record.get("people") or []:
        shorts |= (short_forms(person["name"], outside) | nicknames(person["name"])) - set(full)
    return forms + [Form(text, "PER", short=True) for text in sorted(shorts)]


def gold_names(record: dict) -> list[tuple[str, str]]:
    """(name as listed, label) of every person, organisation (name and aliases) and place."""
    out = [(p["name"], "PER") for p in record.get("people") or []]
    out += [(t, "ORG") for o in record.get("organizations") or [] for t in [o["name"], *(o.get("aliases") or [])]]
    return out + [(p, "LOC") for p in record.get("locations") or []]


def form_pattern(text: str) -> re.Pattern:
    """Whole-word, case-sensitive occurrences of ``text``, any white space between its words."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in text.split()) + r"(?!\w)")


def bracketed_pattern(text: str) -> Optional[re.Pattern]:
    """Occurrences of a name of two words or more with a bracketed acronym between two of its words
    (``Kepolisian Resor (Polres) Toba``: records-v1 lists the name without the bracket)."""
    words = text.split()
    if len(words) < 2:
        return None
    gap = r"\s+(?:\([^()\s]{2,15}\)\s+)?"
    return re.compile(r"(?<!\w)" + gap.join(re.escape(w) for w in words) + r"(?!\w)")


def occurrences(doc, forms: Iterable[Form]) -> tuple[list[tuple[int, int, Form]], Counter]:
    """Token spans ``(start, end, form)`` of every occurrence of the forms in ``doc.text``, and the
    count of occurrences not on token boundaries, by form. A full form found only with a bracketed
    acronym inside (:func:`bracketed_pattern`) is a missing span (label ``None``): the model's span for
    it is not the listed name."""
    spans, unaligned = [], Counter()
    for form in forms:
        patterns = [(form_pattern(form.text), form)]
        if not form.short and form.label in ("ORG", "LOC"):
            bracketed = bracketed_pattern(form.text)
            if bracketed is not None:
                patterns.append((bracketed, Form(form.text, None)))
        for pattern, as_form in patterns:
            for m in pattern.finditer(doc.text):
                if as_form is not form and "(" not in m.group():
                    continue
                span = doc.char_span(m.start(), m.end())
                if span is None:
                    unaligned[form.text] += 1
                else:
                    spans.append((span.start, span.end, as_form))
    return spans, unaligned


def choose(doc, spans: list[tuple[int, int, Form]], outside: Callable) -> list[tuple[int, int, Form]]:
    """Longest first, full forms before short forms, no overlaps; a short form only standing alone
    (neither neighbour in its sentence a capitalised word that ``outside`` does not know; ``outside``
    also gets a flag: whether the word opens the sentence)."""
    taken: set[int] = set()
    chosen = []
    for start, end, form in sorted(spans, key=lambda s: (s[2].short, s[0] - s[1], s[0])):
        if taken.intersection(range(start, end)):
            continue
        if form.short and not all(standalone_side(doc, k, start, end, outside) for k in (start - 1, end)):
            continue
        taken.update(range(start, end))
        chosen.append((start, end, form))
    return sorted(chosen, key=lambda s: s[0])


def standalone_side(doc, k: int, start: int, end: int, outside: Callable) -> bool:
    """Whether token ``k`` (next to the span ``start:end``) leaves the span standing alone."""
    if k < 0 or k >= len(doc):
        return True
    token = doc[k]
    if (k == end and token.is_sent_start) or (k == start - 1 and doc[start].is_sent_start):
        return True
    return not (token.text[:1].isupper() and token.is_alpha) or outside(token, token.is_sent_start)


def project(doc, record: dict, kb, mode: str = "o", common: frozenset = frozenset()) -> tuple[list, dict]:
    """Sentence docs of ``doc`` (the pipeline's flat view of ``record``'s text, with sentence starts)
    labelled from ``record``'s gold names (module docstring), and counts. ``common``: lower-case common
    words (KBBI headwords no person is called, as ``silver.build``); one of them opening a sentence leaves
    a short form after it standing alone (``Sinar Ozil meredup``)."""
    from spacy.tokens import Doc, Span

    from pipeline.extract.entities import title_matches
    from pipeline.extract.leftovers import leftover_lines

    from .silver import is_known_outside, known_outside_word

    if mode not in MODES:
        raise ValueError(f"mode {mode!r}: one of {', '.join(MODES)}")
    def outside(token, opening: bool = False) -> bool:
        return is_known_outside(token, kb) or (opening and token.lower_ in common)

    forms = gold_forms(record, lambda word: known_outside_word(word, kb))
    spans, unaligned = occurrences(doc, forms)
    chosen = choose(doc, spans, outside)
    found = {f.text for _, _, f in spans}
    missing_names = [(name, label) for name, label in gold_names(record)
                     if not any(case in found for form in (place_forms(name) if label == "LOC" else {name})
                                for case in case_forms(form))]
    lost_words = {w for name, _ in missing_names for w in name.split() if w[:1].isupper()}
    titles = {k for s, e in title_matches(doc, kb).items() for k in range(s, e)}
    label_at: dict[int, tuple[int, int, Optional[str]]] = {}
    for start, end, form in chosen:
        for k in range(start, end):
            label_at[k] = (start, end, form.label)
    touching = {k for start, end, _ in chosen for k in (start - 1, end)}

    def capital(t) -> bool:
        return t.text[:1].isupper() and t.i not in titles and t.i not in label_at and not outside(t)

    variants = person_variants(doc, record, lambda t: capital(t) and not (t.is_sent_start and t.lower_ in common))
    counts = Counter()
    docs = []
    # page furniture: the lines the pipeline's own web-leftover component marks (read-also cues and their
    # headlines, bylines, photo credits: pipeline/lang/data/web_leftovers.txt)
    furniture_lines = list(leftover_lines(doc.text))
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < MIN_WORDS:
            continue
        out = Doc(doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks])
        furniture = any(a < sent.end_char and sent.start_char < b for a, b in furniture_lines)
        ents, missing = [], []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.i in label_at:
                start, end, label = label_at[t.i]
                j = i
                while j < len(toks) and toks[j].i in label_at and label_at[toks[j].i][0] == start:
                    j += 1
                whole = start >= sent.start and end <= sent.end
                if label is not None and whole:
                    ents.append(Span(out, i, j, label=label))
                    counts[label] += 1
                else:
                    missing.append(Span(out, i, j))
                    counts["missing spans (two labels, bracketed)" if whole else "cross-sentence"] += 1
                i = j
                continue
            if t.i in variants:
                missing.append(Span(out, i, i + 1))
                counts["missing tokens (person name variants)"] += 1
            elif capital(t) and (furniture or (mode == "cautious" and (t.i in touching or t.text in lost_words))):
                missing.append(Span(out, i, i + 1))
                counts["missing tokens"] += 1
            elif capital(t):
                counts["capitalised O"] += 1
            i += 1
        out.set_ents(ents, missing=missing, default="outside")
        docs.append(out)
    counts["sentences"] = len(docs)
    counts["unaligned occurrences"] = sum(unaligned.values())
    counts["gold names"] = len(gold_names(record))
    counts["gold names not found"] = len(missing_names)
    return docs, {"counts": counts, "not_found": missing_names, "unaligned": dict(unaligned)}


def person_variants(doc, record: dict, capital: Callable) -> set[int]:
    """Tokens of runs of unmatched capitalised words (``capital``) that hold a word of a gold person's
    name: a form of the person the gold does not list (a stage name ``Ucok Tigor`` of ``Tigor Parulian
    Siahaan``, a longer name): missing, not ``O``."""
    words = {w for p in record.get("people") or [] for w in capitalised(p["name"]).split() if is_name_word(w)}
    out: set[int] = set()
    run: list[int] = []
    for t in [*doc, None]:
        if t is not None and capital(t) and not (run and t.is_sent_start):
            run.append(t.i)
            continue
        if any(doc[k].text in words for k in run):
            out.update(run)
        run = [t.i] if t is not None and capital(t) else []
    return out


def reader_nlp():
    """The pipeline up to the sentences, without a model: the text as the model reads it."""
    from pipeline import nlp as pipeline_nlp

    nlp = pipeline_nlp.load(ner_model="none", splitter="rules")
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("layout_flat", "id_sentences")])
    return nlp


def read_doc(nlp, text: str):
    """``text`` through the reader pipeline (flat view, sentence starts)."""
    from pipeline.tokenizer import tokenize

    doc = tokenize(nlp, text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def read_records(paths: Iterable[Path]) -> Iterator[dict]:
    import json

    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def build(paths: Iterable[Path], out_dir: Path, mode: str = "o") -> dict:
    """Write ``out_dir/gold-train.spacy`` and ``out_dir/gold-dev.spacy`` (held-out documents); return counts."""
    from spacy.tokens import DocBin

    from pipeline.extract.entities import knowledge

    from .common_words import gazetteer_person_words, kbbi_headwords

    nlp = reader_nlp()
    kb = knowledge(nlp)
    common = frozenset(kbbi_headwords() - gazetteer_person_words())
    bins = {"train": DocBin(store_user_data=False), "dev": DocBin(store_user_data=False)}
    report: dict = {"mode": mode, "documents": Counter(), "counts": Counter(), "not_found": {}, "unaligned": {}}
    seen = set()
    for record in read_records(paths):
        if record["id"] in seen:
            continue
        seen.add(record["id"])
        split = "dev" if held_out(record["id"]) else "train"
        docs, info = project(read_doc(nlp, record["text"]), record, kb, mode, common)
        for doc in docs:
            bins[split].add(doc)
        report["documents"][split] += 1
        report["counts"].update({f"{split}: {k}": v for k, v in info["counts"].items()})
        if info["not_found"]:
            report["not_found"][record["id"]] = info["not_found"]
        if info["unaligned"]:
            report["unaligned"][record["id"]] = info["unaligned"]
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, docbin in bins.items():
        docbin.to_disk(out_dir / f"gold-{split}.spacy")
    report["documents"] = dict(report["documents"])
    report["counts"] = dict(sorted(report["counts"].items()))
    return report
