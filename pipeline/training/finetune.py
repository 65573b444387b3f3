"""Fine-tuning data for the mention model: projected hand gold + rehearsal (+ converted NER sets).

``python -m pipeline.training.ner gold``          ``corpus/train`` gold projected (:mod:`.goldspans`) -> ``DIR/gold-{train,dev}.spacy``
``python -m pipeline.training.ner rehearsal``     IndoSum dev 01-04 sentences labelled by the model being tuned -> ``DIR/rehearsal.spacy``
``python -m pipeline.training.ner finetune-data`` ``DIR/train.spacy`` and ``DIR/dev.spacy`` from the two and ``data/ner``'s sets
then ``python -m pipeline.training.ner train --data DIR --init-from models/ner-id ...`` (``make train-ner-finetune``).

Rehearsal: the model's own entities (its raw ``doc.ents`` as the pipeline reads an article: flat view,
rule sentences) on every ``every``-th IndoSum dev 01-04 article, one doc a sentence, the rest ``O``: the
fine-tune keeps the model's news behaviour where the hand gold says nothing (pseudo-rehearsal, as the
seventh pass of the model card did with the silver sentences). IndoSum dev.05 (the gold's text) is
never read here.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterator

from .goldspans import MIN_WORDS

GOLD_REPEAT = 6  # times the gold joins train (the shipped recipe; model card, ninth pass)
# spaCy logger (``train --keep-steps``): the console table, and a copy of each evaluation's checkpoint
# (``model-last`` then: averaged weights) in ``RUN/steps/STEP`` with its dev scores in ``RUN/steps.jsonl``,
# so that one long run also gives the shorter runs' models and any checkpoint choice (model card, tenth pass)
STEP_LOGGER = "pipeline.step_checkpoints.v1"


def register_step_logger() -> str:
    """Register :data:`STEP_LOGGER` with spaCy's registry (once) and return its name."""
    import shutil

    from spacy.util import registry

    if STEP_LOGGER in registry.loggers.get_all():
        return STEP_LOGGER

    @registry.loggers(STEP_LOGGER)
    def step_checkpoints(progress_bar: bool = False):
        console = registry.get("loggers", "spacy.ConsoleLogger.v1")(progress_bar=progress_bar)

        def setup(nlp, stdout, stderr):
            log_step, finalize = console(nlp, stdout, stderr)

            def log(info):
                log_step(info)
                if info and info.get("output_path"):
                    last = Path(info["output_path"])
                    shutil.copytree(last, last.parent / "steps" / str(info["step"]), dirs_exist_ok=True)
                    row = {"step": info["step"], "epoch": info["epoch"], "score": info["score"],
                           "words": info["words"], "ents": {k: v for k, v in info["other_scores"].items()
                                                            if k.startswith("ents_")}}
                    with (last.parent / "steps.jsonl").open("a", encoding="utf-8") as out:
                        out.write(json.dumps(row) + "\n")

            return log, finalize

        return setup

    return STEP_LOGGER


def soup(models: list[Path], out: Path) -> int:
    """Write to ``out`` the first of ``models`` with every weight the mean of the models' weights (a
    "model soup", Wortsman et al. 2022): fine-tunes of one start (``train --init-from`` the same
    pipeline, other seeds) average into one model with less of a single run's seed noise. The
    models must share their architecture (the same config); returns the number of averaged arrays."""
    import spacy

    nlps = [spacy.load(path) for path in models]
    first, count = nlps[0], 0
    for name in first.pipe_names:
        for nodes in zip(*(nlp.get_pipe(name).model.walk() for nlp in nlps)):
            if len({node.name for node in nodes}) != 1:
                raise ValueError(f"{name}: the models differ in architecture ({[n.name for n in nodes]})")
            for param in nodes[0].param_names:
                if all(node.has_param(param) for node in nodes):
                    nodes[0].set_param(param, sum(node.get_param(param) for node in nodes) / len(nodes))
                    count += 1
    first.to_disk(out)
    return count


def sentence_docs(doc) -> Iterator:
    """One doc per sentence of ``doc`` (three words or more, no space tokens) with the entities inside it."""
    from spacy.tokens import Doc, Span

    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < MIN_WORDS:
            continue
        index = {t.i: k for k, t in enumerate(toks)}
        out = Doc(doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks])
        ents = [Span(out, index[e.start], index[e.end - 1] + 1, label=e.label_) for e in doc.ents
                if e.start >= sent.start and e.end <= sent.end and e.start in index and e.end - 1 in index]
        out.set_ents(ents, default="outside")
        yield out


def rehearsal(teacher: Path, out: Path, every: int = 5) -> dict:
    """Write ``out``: the sentences of every ``every``-th IndoSum dev 01-04 article labelled by ``teacher``."""
    from spacy.tokens import DocBin

    from .distil import label_article, teacher_pipeline
    from .silver import indosum_texts

    nlp = teacher_pipeline(teacher)
    docbin = DocBin(store_user_data=False)
    counts: Counter = Counter()
    for k, (_, text) in enumerate(indosum_texts()):
        if k % every:
            continue
        counts["articles"] += 1
        for doc in sentence_docs(label_article(nlp, text)):
            docbin.add(doc)
            counts["sentences"] += 1
            counts.update(e.label_ for e in doc.ents)
    out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out)
    return dict(counts)


def mix(data: Path, sets_dir: Path, gold_repeat: int = GOLD_REPEAT, sets: dict[str, int] | None = None,
        rehearsal_share: float = 1.0, gold_dev_repeat: int = 3, joined_dev: bool = True) -> dict:
    """Write ``data/train.spacy`` and ``data/dev.spacy``.

    train: ``data/gold-train.spacy`` ``gold_repeat`` times, ``data/rehearsal.spacy`` (evenly thinned to
    ``rehearsal_share`` of its sentences; 0: none) and each converted set of ``sets_dir`` (``name`` ->
    times, e.g. ``{"nergrit-train": 2}``); dev: ``data/gold-dev.spacy`` (the held-out gold documents)
    ``gold_dev_repeat`` times, plus ``sets_dir/dev.spacy`` (the joined dev sets of ``convert``) with ``joined_dev``."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("id").vocab

    def docs(path: Path) -> list:
        return list(DocBin().from_disk(path).get_docs(vocab))

    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    report: dict = {"train": Counter(), "dev": Counter()}

    def add(bin_, split: str, name: str, items: list, times: int = 1) -> None:
        for _ in range(times):
            for doc in items:
                bin_.add(doc)
        report[split][name] += len(items) * times

    add(train, "train", "gold", docs(data / "gold-train.spacy"), gold_repeat)
    if rehearsal_share > 0:
        items = docs(data / "rehearsal.spacy")
        step = max(1, round(1 / rehearsal_share))
        add(train, "train", "rehearsal", items[::step])
    for name, times in (sets or {}).items():
        add(train, "train", name, docs(sets_dir / f"{name}.spacy"), times)
    add(dev, "dev", "gold", docs(data / "gold-dev.spacy"), gold_dev_repeat)
    if joined_dev:
        add(dev, "dev", "joined", docs(sets_dir / "dev.spacy"))
    train.to_disk(data / "train.spacy")
    dev.to_disk(data / "dev.spacy")
    return {k: dict(v) for k, v in report.items()}
