"""Distillation data for a student NER model: text the project may train on, labelled by the teacher.

``python -m pipeline.training.ner distil [--teacher models/ner-id] [--out DIR] [--gold]`` writes

* ``DIR/train.spacy``: IndoSum dev 01-04 articles (whole, as the pipeline reads them: the flat view of
  ``layout_flat``, the rule splitter's sentences) and the sentences of the NER sets' *training* splits
  (their gold tokens; NERP re-cased), every entity the teacher's ``ner`` gives (its raw ``doc.ents``, before
  the rules' post-processing), the rest ``O``; with ``--gold`` also the gold conversions the teacher was
  trained on (``convert``'s training sets, NERGrit twice; no rule silver);
* ``DIR/dev.spacy`` and ``DIR/heldout.spacy``: two disjoint halves of the :data:`HELD_OUT` share of the
  IndoSum articles (chosen by a CRC of the article id), labelled the same way and never trained on:
  ``dev`` selects the student's steps (its F1 is agreement with the teacher), ``heldout`` is the
  agreement reported;
* ``DIR/<set>.spacy`` for the NER sets' test and dev splits (gold, for ``evaluate --data DIR``).

Never read: IndoSum dev.05, ``news/detik-2025``, the corpus' tune and sealed splits, ``../shared/dev``,
the NER sets' test and dev text (except as the gold files ``evaluate`` scores). PFSA-ID has no training
split among the assets and its dev-40 is the held-out check of roles and speakers: not read either.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

HELD_OUT = 20  # one article in HELD_OUT is held out: half of them dev, half heldout (5 % in all)
TEACHER_PIPES = ("layout_flat", "id_sentences", "tok2vec", "ner")


def split_of(doc_id: str) -> str:
    """``train``, ``dev`` or ``heldout`` for an article id (CRC-32: the same on every machine)."""
    h = zlib.crc32(doc_id.encode("utf-8"))
    if h % HELD_OUT:
        return "train"
    return "dev" if (h // HELD_OUT) % 2 == 0 else "heldout"


def teacher_pipeline(teacher: Path):
    """The project pipeline with ``teacher`` as its NER, up to the model (flat view, rule sentences, ``ner``)."""
    from pipeline import nlp as pipeline_nlp

    nlp = pipeline_nlp.load(ner_model=str(teacher), splitter="rules")
    nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in TEACHER_PIPES])
    return nlp


def plain_doc(vocab, doc):
    """A new Doc with ``doc``'s words, spaces and sentence starts, nothing else."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               sent_starts=[bool(t.is_sent_start) for t in doc])


def label_article(nlp, text: str):
    """The doc the teacher's ``ner`` reads in the pipeline, with its entities, as a plain training doc."""
    from spacy.tokens import Span

    from pipeline.tokenizer import tokenize

    doc = tokenize(nlp, text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    out = plain_doc(nlp.vocab, doc)
    out.set_ents([Span(out, e.start, e.end, label=e.label_) for e in doc.ents], default="outside")
    return out


def label_sentences(nlp, sentences: Iterable[list[str]]) -> Iterator:
    """Gold-tokenised sentences labelled by the teacher's model alone (``tok2vec`` and ``ner``)."""
    from spacy.tokens import Doc, Span

    from .ner import spaces_for

    model = [(name, component) for name, component in nlp.pipeline if name in ("tok2vec", "ner")]
    for words in sentences:
        doc = Doc(nlp.vocab, words=words, spaces=spaces_for(words))
        for _, component in model:
            doc = component(doc)
        out = Doc(nlp.vocab, words=words, spaces=spaces_for(words))
        out.set_ents([Span(out, e.start, e.end, label=e.label_) for e in doc.ents], default="outside")
        yield out


def build(teacher: Path, out_dir: Path, gold: bool = False) -> dict:
    """Write the DocBins of the module docstring under ``out_dir``; return counts."""
    from spacy.tokens import DocBin

    from pipeline.nlp import load_ner

    from . import ner
    from .silver import indosum_texts

    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = teacher_pipeline(teacher)
    bins = {name: DocBin(store_user_data=False) for name in ("train", "dev", "heldout")}
    report: dict = {"teacher": str(teacher), "docs": Counter(), "tokens": Counter(), "entities": {}}

    def add(split: str, source: str, doc) -> None:
        bins[split].add(doc)
        report["docs"][f"{split}:{source}"] += 1
        report["tokens"][f"{split}:{source}"] += len(doc)
        counts = report["entities"].setdefault(f"{split}:{source}", Counter())
        counts.update(e.label_ for e in doc.ents)

    for doc_id, text in indosum_texts():
        add(split_of(doc_id), "indosum", label_article(nlp, text))
    model = load_ner(teacher)
    data = ner.load_sets(ner.SETS)
    for name in ner.TRAIN_SETS:
        for doc in label_sentences(model, (words for words, _ in data[name].sentences)):
            add("train", name, doc)
    if gold:
        repeat = ner.parse_repeat(ner.REPEAT)
        for name in ner.TRAIN_SETS:
            docs = [ner.make_doc(nlp.vocab, w, spans) for w, spans in data[name].sentences]
            for _ in range(repeat.get(name.split("-")[0], 1)):
                for doc in docs:
                    add("train", f"gold-{name}", doc)
    for name in ner.TEST_SETS + ner.DEV_SETS:
        docs = [ner.make_doc(nlp.vocab, w, spans) for w, spans in data[name].sentences]
        DocBin(store_user_data=False, docs=docs).to_disk(out_dir / f"{name}.spacy")
    for name, docbin in bins.items():
        docbin.to_disk(out_dir / f"{name}.spacy")
    report = json.loads(json.dumps(report))
    (out_dir / "distil.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def agreement(student: Path, data: Path, sets: Iterable[str] = ("heldout", "dev")) -> dict:
    """Entity P/R/F1 of ``student`` (loaded as the pipeline loads it) against the teacher's labels of the
    held-out articles (the teacher's own words and sentence starts)."""
    from spacy.tokens import DocBin

    from pipeline.nlp import load_ner

    from .ner import score

    nlp = load_ner(student)
    out = {}
    for name in sets:
        gold = list(DocBin().from_disk(data / f"{name}.spacy").get_docs(nlp.vocab))
        pred = []
        for ref in gold:
            doc = plain_doc(nlp.vocab, ref)
            for _, component in nlp.pipeline:
                doc = component(doc)
            pred.append(doc)
        out[name] = score(gold, pred)
    return out
