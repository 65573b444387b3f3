"""Indonesian NER (PER, ORG, LOC): data conversion, training, scoring.

``python -m pipeline.training.ner silver``   rule-tagged raw news -> ``data/ner/silver.spacy``
``python -m pipeline.training.ner convert``  BIO files (+ silver) -> spaCy ``DocBin``s in ``data/ner/``
``python -m pipeline.training.ner vectors``  word2vec vectors from raw news -> ``data/ner/vectors``
``python -m pipeline.training.ner pretrain`` tok2vec weights pretrained on raw news -> ``data/ner/pretrain``
``python -m pipeline.training.ner train``    spaCy training with ``ner.cfg`` -> ``models/ner-id``
``python -m pipeline.training.ner install``  a trained pipeline (``--gazetteer``: + the gazetteer ruler) -> ``models/ner-id``
``python -m pipeline.training.ner evaluate`` exact-span P/R/F1 per label and words/s
``python -m pipeline.training.ner gold | rehearsal | finetune-data``  fine-tuning data from the hand gold of
``corpus/train`` (``pipeline.training.goldspans``, ``pipeline.training.finetune``; ``make train-ner-finetune``)

Sources (read through ``pipeline.assets.fetch``, converted by ``pipeline.training.corpora`` to
records-v1 spans): idner-news-2k (MIT), NER-UI fold 1 (CC BY 4.0), NERGrit (Apache-2.0),
NER-UGM without the sentences of idner-news-2k, NERP (Apache-2.0 repo; lowercased, re-cased),
plus silver sentences of IndoSum dev 01-04 and PFSA-ID dev tagged by the project's rules
(``pipeline.training.silver``; PFSA-ID is CC BY-NC-SA: the model is for non-commercial use).
Knowledge: the DBpedia organisation gazetteer (Alfina et al. 2017) as an ``entity_ruler`` after
``ner`` that adds the entries the model left untagged (``install --gazetteer``; measured, not shipped).
Training sentences that also occur in a test split are dropped. Scores are entity-level
exact spans on the gold tokens (CoNLL style).
"""
# ruff: noqa: E402  (threads are limited before numpy and torch are imported)
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import shutil
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from .corpora import (  # noqa: F401  (read_bio, bio_to_spans: the converter's API, re-exported)
    LABEL_MAPS,
    SOURCES,
    Conventions,
    Recaser,
    bio_to_spans,
    convert_source,
    read_bio,
    sentence_key,
)
from .finetune import GOLD_REPEAT

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data" / "ner"
MODEL_DIR = ROOT / "models" / "ner-id"
CONFIG = Path(__file__).with_name("ner.cfg")
PRETRAIN_CONFIG = Path(__file__).with_name("ner-pretrain.cfg")  # ner.cfg plus a [pretraining] section
PRETRAIN_DIR = DATA_DIR / "pretrain"
STUDENT_CONFIG = Path(__file__).with_name("ner-student.cfg")  # a narrow tok2vec trained on the teacher's labels
STUDENT_DATA_DIR = DATA_DIR / "student"
SEED = 0

# set name -> (source, split) of ``corpora.SOURCES``; the part before "-" is the source
SETS = {f"{name}-{split}": (name, split) for name, src in SOURCES.items() for split in src.splits}
TRAIN_SETS = ("idner-train", "nerui-train", "nergrit-train", "nerugm-train", "nerp-train")
DEV_SETS = ("idner-dev", "nergrit-valid", "nerui-dev")
TEST_SETS = ("idner-test", "nergrit-test", "nerp-test")
EVAL_SETS = ("idner-test", "nergrit-test", "nerp-test", "nerui-dev", "idner-dev", "nergrit-valid")
RULES_SETS = ("idner-test", "nergrit-test")  # also scored with the project's entity rules on top
SILVER = "silver"  # data/ner/silver.spacy, made by ``silver`` (pipeline.training.silver)
# per-source weights: NERGrit twice in train, three times in the dev F1; silver sentences capped
REPEAT = "nergrit=2"
DEV_REPEAT = "nergrit=3"
SILVER_MAX = 12000
# NERP's O on capitalised words as missing (corpora, ``Source.partial``); off: the shipped model
# was trained without it, and the candidates trained with it were not shipped (model card, third
# and fourth passes)
PARTIAL_MISSING = False
# silver sentences checked against the gold sets' labels and the DBpedia gazetteers (silver.check);
# off: measured only by counts so far (model card, fourth pass)
SILVER_CHECK = False
# DBpedia gazetteers (Alfina et al. 2017, "free to use with citation"): label -> (asset, fewest words
# an entry needs to become a ruler pattern; 0: not used). Chosen on the dev sets (model card).
GAZETTEERS = {"ORG": ("gazetteers/mdee/organization.txt", 1),
              "PER": ("gazetteers/mdee/person.txt", 0),
              "LOC": ("gazetteers/mdee/place.txt", 0)}
GAZETTEER_PIPE = "gazetteer"
# fine-tuning on the hand gold of corpus/train (pipeline.training.finetune, goldspans; model card, eighth pass)
FINETUNE_DIR = ROOT / "data" / "ner-ft"
GOLD_MODE = "o"
REHEARSAL_EVERY = 5
FINETUNE_SETS = "nergrit-train=2"

NO_SPACE_BEFORE = frozenset(", . ) ] } : ; ! ? % ...".split())
NO_SPACE_AFTER = frozenset("( [ {".split())
QUOTES = frozenset('" \u201c \u201d'.split())


def spaces_for(words: list[str]) -> list[bool]:
    """Whether a space follows each word, so the sentence reads as normal text.

    No space before ``, . ) : ;`` and the like, none after ``(``; straight double quotes
    alternate between opening (no space after) and closing (no space before).
    """
    spaces = [True] * len(words)
    opening = True
    for i, word in enumerate(words):
        if word in QUOTES:
            if word == "\u201c" or (word == '"' and opening):
                spaces[i] = False
            elif i > 0:
                spaces[i - 1] = False
            if word == '"':
                opening = not opening
        if word in NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
        if word in NO_SPACE_AFTER:
            spaces[i] = False
    if spaces:
        spaces[-1] = False
    return spaces


def make_doc(vocab, words: list[str], spans: list[tuple[int, int, str | None]]):
    """A ``Doc`` with the gold tokens, natural spacing and the ``(start, end, label)`` spans as
    ``doc.ents``; a span labelled ``None`` is missing (unknown: spaCy learns nothing from it)."""
    from spacy.tokens import Doc, Span

    doc = Doc(vocab, words=words, spaces=spaces_for(words))
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in spans if label is not None],
                 missing=[Span(doc, s, e) for s, e, label in spans if label is None], default="outside")
    return doc


def read_sets(names: Iterable[str]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The raw (words, tags) sentences of each set."""
    from pipeline.assets import fetch

    out = {}
    for name in names:
        source, split = SETS[name]
        with open(fetch(SOURCES[source].splits[split]), encoding="utf-8", newline="") as handle:
            out[name] = list(read_bio(handle))
    return out


def recaser_for(raw: dict, conv: Conventions, exclude: frozenset) -> Recaser:
    """A :class:`Recaser` learnt from the cased training sets (not a test split) and IndoSum
    dev 01-04 (text only)."""
    recaser = Recaser()
    for name in TRAIN_SETS:
        source = SOURCES[SETS[name][0]]
        if source.lowercased:
            continue
        for words, tags in raw[name]:
            if sentence_key(words) not in exclude:
                recaser.learn(words, bio_to_spans(tags, source.labels))
    for words in indosum_sentences():
        recaser.learn(words)
    return recaser


def load_sets(names: Iterable[str] = tuple(SETS), partial_missing: bool = PARTIAL_MISSING) -> dict:
    """Every set converted (``corpora.convert_source``): test sentences out of every other
    split, NER-UGM without the sentences of idner-news-2k, NERP re-cased; with
    ``partial_missing``, the capitalised ``O`` words of NERP's training split are missing."""
    names = tuple(names)
    raw = read_sets(dict.fromkeys(names + TRAIN_SETS + TEST_SETS + ("idner-dev",)))
    conv = Conventions.from_lexicons()
    test_keys = frozenset(sentence_key(w) for name in TEST_SETS for w, _ in raw[name])
    idner_keys = frozenset(sentence_key(w) for name in raw if name.startswith("idner-") for w, _ in raw[name])
    recaser = recaser_for(raw, conv, test_keys) if any(SOURCES[SETS[n][0]].lowercased for n in names) else None
    out = {}
    for name in names:
        source, split = SETS[name]
        exclude = frozenset() if name in TEST_SETS else test_keys
        if source == "nerugm":
            exclude = exclude | idner_keys
        out[name] = convert_source(SOURCES[source], split, raw[name], conv, recaser, exclude,
                                   partial_missing=partial_missing and name in TRAIN_SETS)
    return out


def parse_repeat(text: str) -> dict[str, int]:
    """``"idner=2,nerui=1"`` -> ``{"idner": 2, "nerui": 1}`` (per-source upsampling)."""
    out = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        source, _, times = item.partition("=")
        out[source.strip()] = int(times)
    return out


def convert(out_dir: Path = DATA_DIR, repeat: dict[str, int] | None = None,
            dev_repeat: dict[str, int] | None = None, silver_max: int = SILVER_MAX,
            partial_missing: bool = PARTIAL_MISSING, silver_check: bool = SILVER_CHECK) -> dict:
    """Write ``train.spacy``, ``dev.spacy`` and one ``<set>.spacy`` per set; return a report.

    ``repeat`` upsamples training sources; ``dev_repeat`` weights the sources of the joined
    dev set used for model selection (a source repeated twice counts twice in dev F1). Both
    default to the shipped model's weights (``REPEAT``, ``DEV_REPEAT``); ``{}`` means none.
    Silver sentences (``data/ner/silver.spacy``, when built) join the training set, evenly
    thinned to ``silver_max``; ``silver=0`` in ``repeat`` leaves them out. ``partial_missing``:
    see :func:`load_sets`. ``silver_check``: each silver sentence goes through ``silver.check``
    with the labels of the converted training sets and the gazetteer entries of two words or more.
    """
    import spacy
    from spacy.tokens import DocBin

    repeat = parse_repeat(REPEAT) if repeat is None else repeat
    dev_repeat = parse_repeat(DEV_REPEAT) if dev_repeat is None else dev_repeat
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("id").vocab
    data = load_sets(SETS, partial_missing)
    report: dict = {"sentences": {}, "dropped": {}, "entities": {}, "missing_tokens": {}}
    train_bin, dev_bin = DocBin(store_user_data=False), DocBin(store_user_data=False)
    for name, converted in data.items():
        report["sentences"][name] = len(converted.sentences)
        report["dropped"][name] = converted.dropped
        docs = [make_doc(vocab, w, spans) for w, spans in converted.sentences]
        report["entities"][name] = dict(Counter(ent.label_ for doc in docs for ent in doc.ents))
        report["missing_tokens"][name] = sum(1 for doc in docs for t in doc if t.ent_iob == 0)
        DocBin(store_user_data=False, docs=docs).to_disk(out_dir / f"{name}.spacy")
        if name in TRAIN_SETS:
            for _ in range(repeat.get(name.split("-")[0], 1)):
                for doc in docs:
                    train_bin.add(doc)
        elif name in DEV_SETS:
            for _ in range(dev_repeat.get(name.split("-")[0], 1)):
                for doc in docs:
                    dev_bin.add(doc)
    silver_path = out_dir / f"{SILVER}.spacy"
    if repeat.get(SILVER, 1) and silver_path.exists():
        silver = list(DocBin().from_disk(silver_path).get_docs(vocab))
        step = max(1, -(-len(silver) // silver_max)) if silver_max else 1
        silver = silver[::step]
        if silver_check:
            silver, report["silver_check"] = checked_silver(silver, data, vocab)
        for _ in range(repeat.get(SILVER, 1)):
            for doc in silver:
                train_bin.add(doc)
        report["sentences"][SILVER] = len(silver)
        report["entities"][SILVER] = dict(Counter(ent.label_ for doc in silver for ent in doc.ents))
    train_bin.to_disk(out_dir / "train.spacy")
    dev_bin.to_disk(out_dir / "dev.spacy")
    report["train_docs"], report["dev_docs"] = len(train_bin), len(dev_bin)
    report["repeat"], report["dev_repeat"] = repeat, dev_repeat
    (out_dir / "convert.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def checked_silver(silver: list, data: dict, vocab) -> tuple[list, dict]:
    """``silver.check`` of every silver doc against the labels of the training sets in ``data``
    and the single-label gazetteer entries of two words or more; the docs and the counts of changes."""
    from .silver import check

    votes: dict[str, Counter] = {}
    for name in TRAIN_SETS:
        for words, spans in data[name].sentences:
            doc = make_doc(vocab, words, spans)
            for ent in doc.ents:
                votes.setdefault(ent.text, Counter())[ent.label_] += 1
    names = {p["pattern"]: p["label"]
             for p in gazetteer_patterns({label: (asset, 2) for label, (asset, _) in GAZETTEERS.items()})}
    changed: Counter = Counter()
    out = []
    for doc in silver:
        doc, diff = check(doc, votes, names)
        out.append(doc)
        changed.update(diff)
    return out, dict(changed)


def indosum_sentences() -> Iterator[list[str]]:
    """Tokenised sentences of the IndoSum dev folds 01-04, each article once (fold 05 is
    reserved for hand-annotated gold)."""
    from .silver import indosum_articles

    for article in indosum_articles():
        for paragraph in article["paragraphs"]:
            yield from paragraph
        yield from article.get("summary", [])


UD_TRAIN = ("ud/gsd/id_gsd-ud-train-v2.0-2017.conllu", "ud/csui/id_csui-ud-train.conllu")


def ud_sentences() -> Iterator[list[str]]:
    """The word forms of the UD Indonesian training files (GSD 2017, CSUI)."""
    from pipeline.assets import fetch

    for key in UD_TRAIN:
        words: list[str] = []
        with open(fetch(key), encoding="utf-8") as handle:
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    words.append(cols[1])
                elif not line.strip() and words:
                    yield words
                    words = []
        if words:
            yield words


def raw_sentences() -> Iterator[list[str]]:
    """Tokenised sentences for word vectors: IndoSum dev 01-04, the NER training sets (NERP
    re-cased) and the UD training text. Never a test split, IndoSum dev.05 or detik-2025."""
    yield from indosum_sentences()
    for converted in load_sets(TRAIN_SETS).values():
        for words, _ in converted.sentences:
            yield words
    yield from ud_sentences()


def raw_paragraphs() -> Iterator[str]:
    """Paragraphs of raw news (IndoSum dev folds 01-04, each article once) as space-joined tokens."""
    from .silver import indosum_articles

    for article in indosum_articles():
        for paragraph in article["paragraphs"]:
            words = [word for sentence in paragraph for word in sentence]
            if words:
                yield " ".join(words)


def read_gazetteer(lines: Iterable[str]) -> Iterator[str]:
    """The entries of a gazetteer file: white space collapsed, only those written with a capital first."""
    for line in lines:
        entry = " ".join(line.split())
        if entry[:1].isupper():
            yield entry


def gazetteer_patterns(gazetteers: dict | None = None, files: dict | None = None) -> list[dict]:
    """``entity_ruler`` phrase patterns from the gazetteers of ``gazetteers`` (label -> (asset, fewest
    words)): an entry listed under one label only (``Golkar``, not ``Malang``, a place and a
    person), with at least that many words. ``files`` (label -> path) replaces the assets (tests)."""
    from pipeline.assets import fetch

    gazetteers = GAZETTEERS if gazetteers is None else gazetteers
    entries: dict[str, set] = {}
    for label, (asset, _) in gazetteers.items():
        path = files[label] if files else fetch(asset)
        with open(path, encoding="latin-1") as handle:  # the files are Latin-1 (SOURCES.tsv)
            for entry in read_gazetteer(handle):
                entries.setdefault(entry, set()).add(label)
    patterns = []
    for entry, labels in entries.items():
        if len(labels) == 1:
            (label,) = labels
            fewest = gazetteers[label][1]
            if fewest and len(entry.split()) >= fewest:
                patterns.append({"label": label, "pattern": entry, "id": GAZETTEER_PIPE})
    return sorted(patterns, key=lambda p: (p["label"], p["pattern"]))


def add_gazetteer(nlp, patterns: list[dict]):
    """An ``entity_ruler`` after ``ner`` that adds the gazetteer entries the model left untagged
    (it never overwrites nor overlaps a model entity; its entities have ``ent_id_ == "gazetteer"``,
    so that later components can tell them from the model's); returns ``nlp``."""
    if GAZETTEER_PIPE in nlp.pipe_names:
        nlp.remove_pipe(GAZETTEER_PIPE)
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER_PIPE, after="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(patterns)
    return nlp


def pretrain(config: Path = PRETRAIN_CONFIG, out_dir: Path = PRETRAIN_DIR, vectors: Path | None = None,
             epochs: int = 1) -> Path:
    """``spacy pretrain`` of the tok2vec on raw news (the ``[pretraining]`` section of the
    config, ``epochs`` passes); return the weights file ``out_dir/tok2vec.bin``."""
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    if not uses_pretraining(config, {}):
        raise ValueError(f"{config} has no [pretraining] objective")
    out_dir.mkdir(parents=True, exist_ok=True)
    text = out_dir / "indosum.jsonl"
    with text.open("w", encoding="utf-8") as handle:
        for paragraph in raw_paragraphs():
            handle.write(json.dumps({"text": paragraph}, ensure_ascii=False) + "\n")
    if vectors is None:
        vectors = DATA_DIR / "vectors"
        if not vectors.exists():
            build_vectors(DATA_DIR)
    overrides = {"paths.raw_text": str(text), "paths.vectors": str(vectors),
                 "paths.init_tok2vec": None, "system.seed": SEED,
                 "pretraining.max_epochs": epochs}
    cfg = load_config(config, overrides=overrides, interpolate=False)
    run = out_dir / "run"
    if run.exists():
        shutil.rmtree(run)
    run.mkdir(parents=True)
    cfg.to_disk(run / "config.cfg")
    spacy_pretrain(cfg.interpolate(), run, silent=False)
    target = out_dir / "tok2vec.bin"
    shutil.copyfile(run / f"model{epochs - 1}.bin", target)
    return target


def uses_pretraining(config: Path, overrides: dict) -> bool:
    """Whether the config (with overrides) has a ``[pretraining]`` objective, i.e. the
    tok2vec starts from weights made by :func:`pretrain`."""
    from spacy.util import load_config

    cfg = load_config(config, overrides=overrides, interpolate=False)
    return bool(cfg.get("pretraining", {}).get("objective"))


def _stable_hash(text: str) -> int:
    """A hash that does not change between processes (gensim seeds vectors with it)."""
    return zlib.crc32(text.encode("utf-8"))


def build_vectors(out_dir: Path = DATA_DIR, dim: int = 100, rows: int = 30000,
                  epochs: int = 10, seed: int = SEED) -> Path:
    """Train word2vec (gensim, one thread) and save a spaCy vectors model."""
    import spacy
    from gensim.models import Word2Vec
    from spacy.training.initialize import convert_vectors

    sentences = list(raw_sentences())
    model = Word2Vec(sentences, vector_size=dim, window=5, min_count=3, sg=1, negative=5,
                     workers=1, epochs=epochs, seed=seed, hashfxn=_stable_hash)
    text = out_dir / "vectors.txt"
    words = [w for w in model.wv.index_to_key if len(w.split()) == 1 and w.split()[0] == w][:rows]
    with text.open("w", encoding="utf-8") as handle:
        handle.write(f"{len(words)} {dim}\n")
        for word in words:
            handle.write(word + " " + " ".join(f"{x:.5f}" for x in model.wv[word]) + "\n")
    nlp = spacy.blank("id")
    convert_vectors(nlp, text, truncate=0, prune=-1, mode="default")
    target = out_dir / "vectors"
    nlp.to_disk(target)
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens, "
          f"{len(model.wv)} types, kept {len(words)} x {dim} -> {target}")
    return target


def uses_static_vectors(config: Path, overrides: dict) -> bool:
    """Whether the config (with overrides) asks for static vectors in the tok2vec."""
    from spacy.util import load_config

    cfg = load_config(config, overrides=overrides, interpolate=False)
    return bool(cfg["components"]["tok2vec"]["model"]["embed"].get("include_static_vectors"))


def init_from_config(config: Path, source: Path, out: Path) -> Path:
    """``config`` with its ``tok2vec`` and ``ner`` taken from the trained pipeline ``source`` (their
    weights go on training from there) and that pipeline's static vectors; written to ``out``."""
    from spacy.util import load_config

    cfg = load_config(config, interpolate=False)
    for name in ("tok2vec", "ner"):
        cfg["components"][name] = {"source": str(source)}
    cfg["initialize"]["vectors"] = str(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(out)
    return out


def train(config: Path = CONFIG, out_dir: Path = DATA_DIR, model_dir: Path = MODEL_DIR,
          run: str = "run", overrides: dict | None = None, init_from: Path | None = None,
          keep_steps: bool = False) -> Path:
    """Train with spaCy's own loop (from the weights of the pipeline ``init_from`` when given:
    :func:`init_from_config`); copy ``model-best`` to ``model_dir``. ``keep_steps``: every
    evaluation's checkpoint is kept (``finetune.register_step_logger``)."""
    from spacy.cli.train import train as spacy_train

    if init_from is not None:
        config = init_from_config(config, init_from, out_dir / "runs" / f"{run}.cfg")
        overrides = {**(overrides or {}), "paths.vectors": str(init_from)}
    settings = {
        "paths.train": str(out_dir / "train.spacy"),
        "paths.dev": str(out_dir / "dev.spacy"),
        "system.seed": SEED,
    }
    if keep_steps:
        from .finetune import register_step_logger

        settings["training.logger.@loggers"] = register_step_logger()
    settings.update(overrides or {})
    if "paths.vectors" not in (overrides or {}) and uses_static_vectors(config, settings):
        if not (out_dir / "vectors").exists():
            build_vectors(out_dir)
        settings["paths.vectors"] = str(out_dir / "vectors")
    pretrained = uses_pretraining(config, settings)
    if settings.get("paths.init_tok2vec") and not pretrained:
        # spaCy loads init_tok2vec only when [pretraining] names the layer, else ignores it
        raise ValueError(f"{config} has no [pretraining] section: paths.init_tok2vec would be ignored")
    if pretrained and "paths.init_tok2vec" not in (overrides or {}):
        weights = out_dir / "pretrain" / "tok2vec.bin"
        if not weights.exists():
            pretrain(config, out_dir / "pretrain", Path(settings["paths.vectors"]))
        settings["paths.init_tok2vec"] = str(weights)
    output = out_dir / "runs" / run
    spacy_train(config, output, overrides=settings)
    best = output / "model-best"
    if model_dir is not None:
        install(best, model_dir)
    return best


def install(best: Path, model_dir: Path = MODEL_DIR, gazetteer: bool = False, finetuned: bool = False) -> None:
    """Copy a trained pipeline to ``model_dir``, keeping its model card; with ``gazetteer``,
    the DBpedia gazetteer ruler joins it (:func:`add_gazetteer`); ``finetuned`` says in its meta that
    it was fine-tuned on the hand gold of ``corpus/train`` (``make train-ner-finetune``)."""
    card = model_dir / "MODEL_CARD.md"
    saved = card.read_text(encoding="utf-8") if card.exists() else None
    if model_dir.exists():
        shutil.rmtree(model_dir)
    if gazetteer:
        import spacy

        add_gazetteer(spacy.load(best), gazetteer_patterns()).to_disk(model_dir)
    else:
        shutil.copytree(best, model_dir)
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "ner_id", "version": "0.1.0",
        "description": "Indonesian NER (PER, ORG, LOC) in records-v1 conventions, trained on idner-news-2k, "
                       "NER-UI, NERGrit, NER-UGM, NERP and rule-tagged silver news (IndoSum, PFSA-ID)"
                       + ("; fine-tuned on the project's hand-annotated training gold (corpus/train: IndoSum "
                          "articles and fictional releases) with its own labels on IndoSum as rehearsal"
                          if finetuned else "")
                       + ("; DBpedia organisation gazetteer ruler (Alfina et al. 2017, with citation)"
                          if gazetteer else ""),
        "license": "CC BY-NC-SA 4.0 (non-commercial: trained on PFSA-ID); code MIT; data: idner-news-2k MIT, "
                   "NER-UI CC BY 4.0, NERGrit and NERP Apache-2.0, NER-UGM no licence (research), "
                   "IndoSum CC BY-SA 4.0, PFSA-ID CC BY-NC-SA 4.0"
                   + ("; DBpedia gazetteers (mdee): free to use with citation" if gazetteer else ""),
    })
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    if saved is not None:
        card.write_text(saved, encoding="utf-8")


def prf(gold: set, pred: set) -> dict:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2),
            "gold": len(gold), "pred": len(pred)}


def score(gold_docs, pred_docs) -> dict:
    """Entity P/R/F1 overall and per label; entities are ``(doc, start, end, label)``."""
    gold = {(i, e.start, e.end, e.label_) for i, d in enumerate(gold_docs) for e in d.ents}
    pred = {(i, e.start, e.end, e.label_) for i, d in enumerate(pred_docs) for e in d.ents}
    out = {"ALL": prf(gold, pred)}
    for label in sorted({x[3] for x in gold | pred}):
        out[label] = prf({x for x in gold if x[3] == label}, {x for x in pred if x[3] == label})
    return out


def score_raw(nlp, gold_docs) -> dict:
    """Same, with the model's own tokenizer on the text; entities as character spans."""
    pred_docs = list(nlp.pipe(d.text for d in gold_docs))
    gold = {(i, e.start_char, e.end_char, e.label_) for i, d in enumerate(gold_docs) for e in d.ents}
    pred = {(i, e.start_char, e.end_char, e.label_) for i, d in enumerate(pred_docs) for e in d.ents}
    return {"ALL": prf(gold, pred)}


def predict_on_gold_tokens(nlp, gold_docs):
    """Run the pipeline on copies of the gold docs (gold tokens, no entities)."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
            for d in gold_docs]
    return list(nlp.pipe(docs, batch_size=256))  # spaCy runs the enabled components on the Docs


def words_per_second(nlp, texts: list[str], min_words: int = 50000) -> tuple[float, float]:
    """Words (tokens) per second of ``nlp.pipe`` on raw text in one process, per second of
    CPU time of this process (one core, robust to a busy machine) and per wall-clock second."""
    per_round = sum(len(t.split()) for t in texts)
    if not per_round:
        raise ValueError("no words to time")
    batch = texts * -(-min_words // per_round)  # the texts repeated until they hold min_words words
    list(nlp.pipe(texts[:50]))  # warm up
    cpu, wall = time.process_time(), time.perf_counter()
    n = sum(len(doc) for doc in nlp.pipe(batch, batch_size=256))
    return n / (time.process_time() - cpu), n / (time.perf_counter() - wall)


def model_plus_rules(model_dir: Path = MODEL_DIR):
    """The project pipeline with ``model_dir`` as its NER, up to the entity rules
    (``institution_ruler``, ``person_ruler``; precedence as documented in
    ``pipeline.extract.entities``): the entities the extractors would read."""
    from .. import nlp as pipeline_nlp

    nlp = pipeline_nlp.load(ner_model=str(model_dir), splitter="rules")
    last = nlp.pipe_names.index("person_ruler")
    nlp.select_pipes(enable=nlp.pipe_names[: last + 1])
    return nlp


def evaluate(model_dir: Path = MODEL_DIR, data_dir: Path = DATA_DIR,
             sets: Iterable[str] = EVAL_SETS, speed: bool = True,
             rules_sets: Iterable[str] = RULES_SETS) -> dict:
    """Scores of the model alone on ``sets`` and of the model plus the entity rules on ``rules_sets``."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(model_dir)
    results: dict = {}
    all_texts: list[str] = []
    for name in sets:
        gold = list(DocBin().from_disk(data_dir / f"{name}.spacy").get_docs(nlp.vocab))
        all_texts.extend(d.text for d in gold)
        results[name] = score(gold, predict_on_gold_tokens(nlp, gold))
        results[name]["raw_text_F"] = score_raw(nlp, gold)["ALL"]["f"]
    rules_sets = list(rules_sets)
    if rules_sets:
        combined = model_plus_rules(model_dir)
        for name in rules_sets:
            gold = list(DocBin().from_disk(data_dir / f"{name}.spacy").get_docs(combined.vocab))
            results[f"{name} (model+rules)"] = score(gold, predict_on_gold_tokens(combined, gold))
            results[f"{name} (model+rules)"]["raw_text_F"] = score_raw(combined, gold)["ALL"]["f"]
    if speed:
        cpu, wall = words_per_second(nlp, all_texts)
        results["words_per_cpu_second"], results["words_per_second"] = round(cpu), round(wall)
    results["size_mb"] = round(sum(p.stat().st_size for p in Path(model_dir).rglob("*")
                                   if p.is_file()) / 1e6, 2)
    return results


def format_scores(results: dict) -> str:
    lines = ["| set | label | P | R | F1 | gold |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for name, table in results.items():
        if not isinstance(table, dict):
            continue
        for label, s in table.items():
            if isinstance(s, dict):
                lines.append(f"| {name} | {label} | {s['p']:.2f} | {s['r']:.2f} | {s['f']:.2f} | {s['gold']} |")
        lines.append(f"| {name} | raw text ALL F1 | | | {table['raw_text_F']:.2f} | |")
    lines.append(f"\nwords/s (nlp.pipe, raw text, one process): {results.get('words_per_cpu_second')} "
                 f"per CPU second, {results.get('words_per_second')} per wall-clock second")
    lines.append(f"size: {results['size_mb']} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.training.ner", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("convert", help="BIO files -> DocBins under data/ner/")
    p.add_argument("--out", type=Path, default=DATA_DIR)
    p.add_argument("--repeat", default=REPEAT, help="per-source upsampling, e.g. idner=2,nerui=2")
    p.add_argument("--dev-repeat", default=DEV_REPEAT, help="per-source weight in the dev set, e.g. nergrit=2")
    p.add_argument("--silver-max", type=int, default=SILVER_MAX, help="silver sentences kept at most (0: all)")
    p.add_argument("--partial-missing", action=argparse.BooleanOptionalAction, default=PARTIAL_MISSING,
                   help="capitalised O words of NERP (whose scheme has no government bodies or parties) as missing")
    p.add_argument("--silver-check", action=argparse.BooleanOptionalAction, default=SILVER_CHECK,
                   help="silver entities that the gold sets label otherwise as missing; missing runs that are "
                        "gazetteer entries of 2+ words as entities")
    p = sub.add_parser("silver", help="rule-tagged IndoSum dev 01-04 + PFSA-ID dev -> data/ner/silver.spacy")
    p.add_argument("--out", type=Path, default=DATA_DIR / f"{SILVER}.spacy")
    p.add_argument("--sources", default="indosum,pfsa")
    p = sub.add_parser("distil", help="teacher-labelled training data for a student model (pipeline.training.distil)")
    p.add_argument("--teacher", type=Path, default=MODEL_DIR)
    p.add_argument("--out", type=Path, default=STUDENT_DATA_DIR)
    p.add_argument("--gold", action=argparse.BooleanOptionalAction, default=False,
                   help="also the gold conversions the teacher was trained on")
    p = sub.add_parser("agree", help="entity P/R/F1 of a student against the teacher's labels of held-out articles")
    p.add_argument("--model", type=Path, required=True)
    p.add_argument("--data", type=Path, default=STUDENT_DATA_DIR)
    p = sub.add_parser("gold", help="corpus/train hand gold projected onto its text -> DIR/gold-{train,dev}.spacy")
    p.add_argument("paths", nargs="*", type=Path, help="gold files (default: corpus/train/*.gold.jsonl)")
    p.add_argument("--out", type=Path, default=FINETUNE_DIR)
    p.add_argument("--mode", choices=("o", "cautious"), default=GOLD_MODE,
                   help="a capitalised word outside every gold name: O, or missing next to a match (goldspans)")
    p = sub.add_parser("rehearsal", help="IndoSum dev 01-04 sentences labelled by a model -> DIR/rehearsal.spacy")
    p.add_argument("--teacher", type=Path, default=MODEL_DIR)
    p.add_argument("--out", type=Path, default=FINETUNE_DIR / "rehearsal.spacy")
    p.add_argument("--every", type=int, default=REHEARSAL_EVERY, help="one article in EVERY")
    p = sub.add_parser("finetune-data", help="DIR/train.spacy and DIR/dev.spacy from gold, rehearsal and data/ner sets")
    p.add_argument("--data", type=Path, default=FINETUNE_DIR)
    p.add_argument("--sets-dir", type=Path, default=DATA_DIR)
    p.add_argument("--gold-repeat", type=int, default=GOLD_REPEAT)
    p.add_argument("--sets", default=FINETUNE_SETS, help="converted sets joining train, e.g. nergrit-train=2")
    p.add_argument("--rehearsal-share", type=float, default=1.0)
    p.add_argument("--gold-dev-repeat", type=int, default=3)
    p.add_argument("--joined-dev", action=argparse.BooleanOptionalAction, default=True,
                   help="the NER sets' joined dev set (data/ner/dev.spacy) in dev too")
    p = sub.add_parser("vectors", help="train word vectors from raw news")
    p.add_argument("--out", type=Path, default=DATA_DIR)
    p.add_argument("--dim", type=int, default=100)
    p.add_argument("--rows", type=int, default=30000)
    p = sub.add_parser("pretrain", help="pretrain the tok2vec on raw news")
    p.add_argument("--config", type=Path, default=PRETRAIN_CONFIG)
    p.add_argument("--out", type=Path, default=PRETRAIN_DIR)
    p.add_argument("--epochs", type=int, default=1)
    p = sub.add_parser("train", help="train and install models/ner-id")
    p.add_argument("--config", type=Path, default=CONFIG)
    p.add_argument("--data", type=Path, default=DATA_DIR)
    p.add_argument("--model", type=Path, default=MODEL_DIR)
    p.add_argument("--run", default="run", help="name of the run folder under data/ner/runs/")
    p.add_argument("--no-install", action="store_true", help="keep the model under data/ner/runs/")
    p.add_argument("--init-from", type=Path, help="a trained pipeline whose tok2vec, ner and vectors training starts from")
    p.add_argument("--keep-steps", action="store_true",
                   help="keep every evaluation's checkpoint in RUN/steps/STEP, dev scores in RUN/steps.jsonl")
    p.add_argument("overrides", nargs="*", help="config overrides, section.key=value")
    p = sub.add_parser("soup", help="the mean of the weights of fine-tunes of one start (finetune.soup) -> OUT")
    p.add_argument("out", type=Path)
    p.add_argument("models", nargs="+", type=Path)
    p = sub.add_parser("install", help="copy a trained pipeline (a run's model-best) to models/ner-id")
    p.add_argument("best", type=Path)
    p.add_argument("--model", type=Path, default=MODEL_DIR)
    p.add_argument("--gazetteer", action="store_true", help="with the DBpedia gazetteer ruler (not in the shipped model)")
    p.add_argument("--finetuned", action="store_true", help="a fine-tune on corpus/train (train-ner-finetune): say so in meta")
    p = sub.add_parser("evaluate", help="P/R/F1 per label and words/s")
    p.add_argument("--model", type=Path, default=MODEL_DIR)
    p.add_argument("--data", type=Path, default=DATA_DIR)
    p.add_argument("--no-speed", action="store_true")
    p.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args(argv)

    if args.command == "convert":
        report = convert(args.out, parse_repeat(args.repeat), parse_repeat(args.dev_repeat), args.silver_max,
                         args.partial_missing, args.silver_check)
        print(json.dumps(report, indent=1))
    elif args.command == "silver":
        from .silver import build

        print(json.dumps(build(args.out, args.sources.split(",")), indent=1))
    elif args.command == "distil":
        from .distil import build as build_distil

        print(json.dumps(build_distil(args.teacher, args.out, args.gold), indent=1))
    elif args.command == "agree":
        from .distil import agreement

        for name, table in agreement(args.model, args.data).items():
            for label, s in table.items():
                print(f"| {name} | {label} | {s['p']:.2f} | {s['r']:.2f} | {s['f']:.2f} | {s['gold']} |")
    elif args.command == "gold":
        from .goldspans import build as build_gold

        paths = args.paths or sorted((ROOT / "corpus" / "train").glob("*.gold.jsonl"))
        print(json.dumps(build_gold(paths, args.out, args.mode), indent=1, ensure_ascii=False))
    elif args.command == "rehearsal":
        from .finetune import rehearsal

        print(json.dumps(rehearsal(args.teacher, args.out, args.every), indent=1))
    elif args.command == "finetune-data":
        from .finetune import mix

        print(json.dumps(mix(args.data, args.sets_dir, args.gold_repeat, parse_repeat(args.sets),
                             args.rehearsal_share, args.gold_dev_repeat, args.joined_dev), indent=1))
    elif args.command == "vectors":
        build_vectors(args.out, dim=args.dim, rows=args.rows)
    elif args.command == "pretrain":
        print(pretrain(args.config, args.out, epochs=args.epochs))
    elif args.command == "train":
        from spacy.cli._util import parse_config_overrides

        overrides = parse_config_overrides(_pairs(args.overrides))
        train(args.config, args.data, None if args.no_install else args.model, args.run, overrides, args.init_from,
              args.keep_steps)
    elif args.command == "soup":
        from .finetune import soup

        print(f"{soup(args.models, args.out)} weight arrays averaged over {len(args.models)} models -> {args.out}")
    elif args.command == "install":
        install(args.best, args.model, gazetteer=args.gazetteer, finetuned=args.finetuned)
    elif args.command == "evaluate":
        results = evaluate(args.model, args.data, speed=not args.no_speed)
        print(format_scores(results))
        if args.json:
            args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


def _pairs(items: list[str]) -> list[str]:
    """``a.b=1`` -> ``--a.b``, ``1`` for spaCy's override parser."""
    out = []
    for item in items:
        key, _, value = item.lstrip("-").partition("=")
        out.extend([f"--{key}", value])
    return out


if __name__ == "__main__":
    main()
