"""Silver NER documents: raw news tagged by the project's own rules, partially annotated.

Text: IndoSum dev folds 01-04 (CC BY-SA 4.0; fold 05 is reserved for hand-annotated gold and is
never read here) and PFSA-ID dev-40 (CC BY-NC-SA 4.0: a model trained on it is for
non-commercial use). ``news/detik-2025`` is never used.

Each article goes whole through the rule components (``id_sentences``, ``institution_ruler``,
``person_ruler``, ``web_leftovers``; no model). Then, document-level propagation: a name the
rules found once (after a title, before ``selaku``, as a speaker...) is a name at every other
mention of the same words in the article (the people rule already does this for people and
their short forms; here for organisations and places too). Each sentence becomes one training
doc in which

* rule entities are entities;
* lower-case words, punctuation, numbers, and capitalised titles (whole title phrases:
  ``Ketua Umum``; a field after the title, ``Menteri | Keuangan``, stays missing unless an organisation
  of the rules follows it, or a unit opens that organisation: ``Ketua Dewan Syura | DPW PKB``,
  :func:`title_fields`, :func:`split_units`), honorifics,
  months, weekdays and stop words outside an entity are ``O``
  (the rules know these are not names);
* any other capitalised word outside an entity is *missing* (unknown): the rules miss many plain
  names, so their silence about a capitalised word is no evidence, and spaCy's NER does not learn
  from missing tokens.

Sentences without an entity and without a missing word are kept one in ``EMPTY_EVERY``.

:func:`check` (``convert --silver-check``; not used by the shipped model) then weighs each silver
sentence against knowledge from outside the rules: the gold training sets' labels of the same words
(the rules tag clubs and brands as people after a title, ``Pelatih Manchester City``) and the DBpedia
gazetteers (the rules leave most foreign people missing, ``Cristiano Ronaldo``).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

INDOSUM_FOLDS = (1, 2, 3, 4)  # dev.05 is reserved for hand-annotated gold: never here
PFSA_ASSET = "quotes/pfsa-id/dev-40.txt"
EMPTY_EVERY = 4
LABELS = ("PER", "ORG", "LOC")
# labels whose gazetteer entries become silver entities only where the gold training sets also give
# the words that label: DBpedia's organisation list holds leagues, nicknames and events (``La Liga``,
# ``The Gunners``) that records-v1 does not count as organisations (model card, fifth pass)
GOLD_BACKED = frozenset({"ORG"})


def indosum_articles(folds: Iterable[int] = INDOSUM_FOLDS) -> Iterator[dict]:
    """The IndoSum articles of ``folds`` (tokenised paragraphs), each article once."""
    from pipeline.assets import fetch
    from pipeline.jsonl import jsonl_values

    folds = tuple(folds)
    if 5 in folds:
        raise ValueError("IndoSum dev.05 is reserved for hand-annotated gold")
    seen = set()
    for fold in folds:
        for article in jsonl_values(fetch(f"news/indosum-dev/dev.0{fold}.jsonl")):
            if article["id"] not in seen:
                seen.add(article["id"])
                yield article


def indosum_texts(folds: Iterable[int] = INDOSUM_FOLDS) -> Iterator[tuple[str, str]]:
    """(id, text) of the IndoSum articles of ``folds``; paragraphs split by a blank line."""
    from pipeline.goldcorpus import indosum_text

    for article in indosum_articles(folds):
        yield f"indosum-{article['id']}", indosum_text(article["paragraphs"])


def pfsa_texts() -> Iterator[tuple[str, str]]:
    """(id, text) of the PFSA-ID dev-40 documents."""
    from pipeline.assets import fetch
    from pipeline.benchmarks.pfsa import detokenise, read_bilou

    with open(fetch(PFSA_ASSET), encoding="utf-8") as handle:
        for k, document in enumerate(read_bilou(handle)):
            yield f"pfsa-{k}", detokenise(document.tokens)[0]


def rules_nlp():
    """The project pipeline up to the entity rules, without a model."""
    from pipeline import nlp as pipeline_nlp

    nlp = pipeline_nlp.load(ner_model="none", splitter="rules")
    keep = ("id_sentences", "institution_ruler", "person_ruler", "web_leftovers")
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    return nlp


def propagate_all(doc: Doc) -> list[Span]:
    """``doc.ents`` plus every other uncovered mention of an entity's exact words."""
    by_words: dict[tuple[str, ...], str] = {}
    for ent in doc.ents:
        if ent[0].text[:1].isupper():
            by_words.setdefault(tuple(t.text for t in ent), ent.label_)
    taken = {k for e in doc.ents for k in range(e.start, e.end)}
    lengths = sorted({len(k) for k in by_words}, reverse=True)
    texts = [t.text for t in doc]
    extra = []
    i = 0
    while i < len(doc):
        for n in lengths:
            if i + n > len(doc):
                continue
            key = tuple(texts[i:i + n])
            if key in by_words and not taken.intersection(range(i, i + n)) \
                    and (i + n >= len(doc) or not texts[i + n][:1].isupper()) \
                    and (i == 0 or not texts[i - 1][:1].isupper() or doc[i].is_sent_start):
                extra.append(Span(doc, i, i + n, label=by_words[key]))
                i += n - 1
                break
        i += 1
    return filter_spans(list(doc.ents) + extra)


def is_known_outside(token, kb) -> bool:
    """A capitalised word the rules know is no name: a title, honorific, month, weekday, stop word."""
    return known_outside_word(token.text, kb)


def known_outside_word(text: str, kb) -> bool:
    """:func:`is_known_outside` for a word's text."""
    from spacy.lang.id.stop_words import STOP_WORDS

    lower = text.lower().rstrip(".")
    return lower in kb.title_words or lower in kb.honorifics or text in kb.not_names \
        or lower in STOP_WORDS or lower in kb.modifiers


def title_fields(doc: Doc, kb, titles: Mapping[int, int], ents: list[Span], common: frozenset = frozenset()) -> set[int]:
    """The words of a title's field between the title and the organisation the rules found
    after it (``Ketua | Dewan Syura | DPW PKB``, ``Koordinator | Divisi Pengawasan | Bawaslu``):
    records-v1 keeps them in the role's title, so they are no entity. Each is capitalised, outside
    an entity, no acronym (``DPP`` of ``DPP PKB`` is the organisation's) or place word, and an institution word, a common word (``common_words.txt``, ``common``: KBBI
    headwords no person's name holds) or a word the text also writes in small letters."""
    starts = {e.start: e for e in ents}
    taken = {k for e in ents for k in range(e.start, e.end)}
    lowered = {t.lower_ for t in doc if t.is_lower}
    out: set[int] = set()
    for end in titles.values():
        k = end
        while k < len(doc) and k not in taken and doc[k].text[:1].isupper() and doc[k].is_alpha \
                and not kb.is_acronym(doc[k].text) and doc[k].text not in kb.place_words \
                and (kb.is_org_word(doc[k].text) or doc[k].lower_ in kb.common_words
                     or doc[k].lower_ in common or doc[k].lower_ in lowered):
            k += 1
        if k > end and k in starts and starts[k].label_ == "ORG":
            out.update(range(end, k))
    return out


def split_units(doc: Doc, kb, titles: Mapping[int, int], ents: list[Span]) -> tuple[list[Span], set[int]]:
    """``ents`` with each organisation that opens right after a title with the words of a unit and goes
    on with its parent's name from an acronym (``Ketua | Dewan Syura DPW PKB``, ``Direktur | Reserse
    Narkoba Polda Metro Jaya``) cut to the parent, and the unit's words: records-v1 keeps a unit
    before its parent in the role's title (corpus/README). A place from the acronym on (``Dinas
    Kesehatan | DKI Jakarta``) is the unit's region, not a parent, and a head with one word before an
    acronym names its own institution (``Komnas HAM``, ``Komisi III DPR``), and ``RI`` is the country
    (``Kementerian Luar Negeri RI``): no cut."""
    from pipeline.extract.entities import _labelled
    from pipeline.extract.people import COUNTRY

    title_ends = frozenset(titles.values())
    places = _labelled(doc, kb.places)
    out, unit = [], set()
    for e in ents:
        if e.label_ == "ORG" and e.start in title_ends:
            k = next((k for k in range(e.start + 1, e.end) if kb.is_acronym(doc[k].text)), None)
            if k is not None and k - e.start > 1 and k not in places and doc[k].text not in kb.place_words \
                    and doc[k].text not in COUNTRY \
                    and all(t.text[:1].isupper() and t.is_alpha for t in doc[e.start:k]):
                unit.update(range(e.start, k))
                e = Span(doc, k, e.end, label="ORG")
        out.append(e)
    return out, unit


def sentence_docs(doc: Doc, kb, keep_empty: int = EMPTY_EVERY, common: frozenset = frozenset()) -> Iterator[Doc]:
    """One partially annotated doc per sentence of a rule-tagged article (module docstring)."""
    from pipeline.extract.entities import title_matches

    titles = title_matches(doc, kb)
    ents, units = split_units(doc, kb, titles, [e for e in propagate_all(doc) if e.label_ in LABELS])
    in_title = {k for s, e in titles.items() for k in range(s, e)} | title_fields(doc, kb, titles, ents, common) | units
    label_at = {}
    for e in ents:
        for k in range(e.start, e.end):
            label_at[k] = (e.start, e.label_)
    empty = 0
    for sent in doc.sents:
        words = [t.text for t in sent if not t.is_space]
        if len(words) < 3:
            continue
        toks = [t for t in sent if not t.is_space]
        spaces = [bool(t.whitespace_) for t in toks]
        out = Doc(doc.vocab, words=words, spaces=spaces)
        spans, missing = [], []
        i = 0
        has_missing = False
        while i < len(toks):
            t = toks[i]
            if t.i in label_at:
                start, label = label_at[t.i]
                j = i
                while j < len(toks) and label_at.get(toks[j].i, (None,))[0] == start:
                    j += 1
                if start >= sent.start and toks[j - 1].i < sent.end:
                    spans.append(Span(out, i, j, label=label))
                i = j
                continue
            if t.text[:1].isupper() and t.i not in in_title and not is_known_outside(t, kb):
                missing.append(Span(out, i, i + 1))
                has_missing = True
            i += 1
        if not spans and not has_missing:
            empty += 1
            if keep_empty and empty % keep_empty:
                continue
        out.set_ents(spans, missing=missing, default="outside")
        yield out


def gold_says_otherwise(votes: Counter | None, label: str, least: int = 2) -> bool:
    """Whether the gold training sets label these exact words otherwise: another label at least
    ``least`` times and more than twice as often as ``label``."""
    if not votes:
        return False
    top, n = votes.most_common(1)[0]
    return top != label and n >= least and 2 * votes[label] < n


def check(doc: Doc, votes: Mapping[str, Counter], names: Mapping[str, str]) -> tuple[Doc, Counter]:
    """A silver sentence checked against outside knowledge (module docstring) and what changed.

    ``votes``: exact words -> their labels in the gold training sets; ``names``: gazetteer entries of
    two words or more listed under one label only -> that label. An entity whose words gold labels
    otherwise (:func:`gold_says_otherwise`) becomes missing; a whole run of missing words that is
    exactly an entry of ``names`` becomes an entity of its label, unless gold labels it otherwise (a
    label of ``GOLD_BACKED`` only when gold gives the same words that label at least once).
    O words stay O."""
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    ents, missing, changed = [], [], Counter()
    for ent in doc.ents:
        if gold_says_otherwise(votes.get(ent.text), ent.label_):
            missing.append(Span(out, ent.start, ent.end))
            changed[f"{ent.label_} -> missing"] += 1
        else:
            ents.append(Span(out, ent.start, ent.end, label=ent.label_))
    i = 0
    while i < len(doc):
        if doc[i].ent_iob != 0:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].ent_iob == 0:
            j += 1
        text = doc[i:j].text
        label = names.get(text)
        if label in GOLD_BACKED and not (votes.get(text) or Counter())[label]:
            label = None
        if label and not gold_says_otherwise(votes.get(text), label):
            ents.append(Span(out, i, j, label=label))
            changed[f"missing -> {label}"] += 1
        else:
            missing.append(Span(out, i, j))
        i = j
    out.set_ents(ents, missing=missing, default="outside")
    return out, changed


def build(out: Path, sources: Iterable[str] = ("indosum", "pfsa"), limit: int = 0) -> dict:
    """Write ``out`` (a DocBin of silver sentences); return counts."""
    from spacy.tokens import DocBin

    from pipeline.extract.entities import knowledge

    from .common_words import gazetteer_person_words, kbbi_headwords

    nlp = rules_nlp()
    kb = knowledge(nlp)
    common = kbbi_headwords() - gazetteer_person_words()
    texts: list[tuple[str, str]] = []
    if "indosum" in sources:
        texts += list(indosum_texts())
    if "pfsa" in sources:
        texts += list(pfsa_texts())
    if limit:
        texts = texts[:limit]
    bin_ = DocBin(store_user_data=False)
    counts = {"documents": len(texts), "sentences": 0, "entities": {}, "missing_tokens": 0, "tokens": 0}
    for doc in nlp.pipe((t for _, t in texts), batch_size=32):
        for sdoc in sentence_docs(doc, kb, common=common):
            bin_.add(sdoc)
            counts["sentences"] += 1
            counts["tokens"] += len(sdoc)
            counts["missing_tokens"] += sum(1 for t in sdoc if t.ent_iob == 0)
            for e in sdoc.ents:
                counts["entities"][e.label_] = counts["entities"].get(e.label_, 0) + 1
    out.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    return counts
