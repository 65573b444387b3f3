"""Sentence F1 and speed of the sentence splitters, as one table.

``python -m pipeline.benchmarks.sentences [--splitters rules,stanza,...]`` prints a Markdown
table and writes it to ``outputs/sentences-benchmark.md``.

Sentence F1 is computed the CoNLL 2018 way: the sentences of a UD test file are joined by
single spaces into one raw text, the splitter runs over it, and a predicted sentence counts
when its character span (white space trimmed) equals a gold one. The press-release set
``corpus/sentences.jsonl`` (``{"id", "sentences"}``, gold sentences of
``corpus/press/<id>.txt``) is scored per document on the raw file, a predicted sentence
counting when its white-space-normalised text equals a gold one (as a multiset).

The ceiling row runs a splitter inside each gold sentence instead (every gold boundary given
for free, so only its splits inside gold sentences can be wrong): the best score a splitter that
splits where it does can reach on a treebank whose sentences keep several orthographic
sentences together (GSD: headings, quotes and lists kept as one unit).

Speed is words (white-space separated) per second of CPU time (the machine is shared, so
wall-clock time would measure the neighbours) over the three UD texts, on one thread:
``total`` covers tokenizer and splitter (``nlp(text)``), ``splitter`` the splitter component
alone on already tokenised docs. Every row uses the faster tokenizer
of ``pipeline.tokenizer`` except ``rules+stock-tokenizer`` (spaCy's own).
"""
# ruff: noqa: E402  (threads are limited before numpy and torch are imported)
from __future__ import annotations

from ..threads import limit_threads

limit_threads()  # before numpy and torch are imported; inherited by worker processes

import argparse
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from ..jsonl import jsonl_values

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "outputs" / "sentences-benchmark.md"
PRESS = ROOT / "corpus" / "sentences.jsonl"
PRESS_DIR = ROOT / "corpus" / "press"
UD_SETS = {
    "GSD test": "ud/gsd/id_gsd-ud-test.conllu",
    "CSUI test": "ud/csui/id_csui-ud-test.conllu",
    "PUD test": "ud/pud/id_pud-ud-test.conllu",
}
DEV_SETS = {
    "GSD dev": "ud/gsd/id_gsd-ud-dev.conllu",
    "CSUI train": "ud/csui/id_csui-ud-train.conllu",
}
SPLITTERS = ("sentencizer", "rules", "stanza", "stanza-official")
TARGETS = {"GSD test": 96.0, "CSUI test": 92.0, "PUD test": 95.0, "press": 99.0}


def ud_sentences(key: str) -> list[str]:
    """The ``# text`` of every sentence of a UD file (fetched as an asset)."""
    from ..assets import fetch

    with fetch(key).open(encoding="utf-8") as handle:
        return [line.split("=", 1)[1].strip() for line in handle if line.startswith("# text =")]


def join(sentences: list[str]) -> tuple[str, set[tuple[int, int]]]:
    """The raw text (sentences joined by single spaces) and the gold character spans."""
    spans, start = set(), 0
    for sentence in sentences:
        spans.add((start, start + len(sentence)))
        start += len(sentence) + 1
    return " ".join(sentences), spans


def predicted_spans(doc) -> set[tuple[int, int]]:
    """Character spans of ``doc.sents``, white space trimmed; empty sentences dropped."""
    text = doc.text
    spans = set()
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.add((start, end))
    return spans


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    """F1 in percent (0.0 when either side is empty)."""
    if not n_pred or not n_gold:
        return 0.0
    p, r = tp / n_pred, tp / n_gold
    return 100 * 2 * p * r / (p + r) if p + r else 0.0


def score_text(nlp, text: str, gold: set[tuple[int, int]]) -> float:
    """Sentence F1 of ``nlp`` on one raw text against the gold spans."""
    pred = predicted_spans(nlp(text))
    return f1(len(pred & gold), len(pred), len(gold))


def ceiling_spans(nlp, sentences: list[str]) -> set[tuple[int, int]]:
    """Spans predicted by ``nlp`` run inside each gold sentence, placed in the joined text."""
    spans, start = set(), 0
    for sentence, doc in zip(sentences, nlp.pipe(sentences)):
        spans.update((start + a, start + b) for a, b in predicted_spans(doc))
        start += len(sentence) + 1
    return spans


def press_documents() -> list[tuple[str, list[str]]]:
    """(raw text, gold sentences) of the press-release set, when it is there."""
    if not PRESS.exists():
        return []
    out = []
    for row in jsonl_values(PRESS):
        path = PRESS_DIR / f"{row['id']}.txt"
        if not path.exists():
            path = PRESS_DIR / row["id"]
        if path.exists():
            out.append((path.read_text(encoding="utf-8"), row["sentences"]))
    return out


def score_press(nlp, documents, ceiling: bool = False) -> Optional[float]:
    """Sentence F1 over the press documents (white-space-normalised texts as a multiset), None without any.

    With ``ceiling``, ``nlp`` runs inside each gold sentence instead of over the raw file.
    """
    if not documents:
        return None
    tp = n_pred = n_gold = 0
    for text, gold in documents:
        sents = [s for doc in nlp.pipe(gold) for s in doc.sents] if ceiling else nlp(text).sents
        pred = Counter(" ".join(s.text.split()) for s in sents)
        pred.pop("", None)
        want = Counter(" ".join(s.split()) for s in gold)
        tp += sum((pred & want).values())
        n_pred += sum(pred.values())
        n_gold += sum(want.values())
    return f1(tp, n_pred, n_gold)


STOCK = "+stock-tokenizer"  # suffix of a splitter name: keep spaCy's own tokenizer


def build(splitter: str):
    """A blank Indonesian pipeline with only the splitter and ``pipeline.tokenizer``'s tokenizer.

    ``stanza:DIR`` is the project's stanza splitter with the model under ``DIR``.
    """
    import spacy

    from .. import nlp as nlp_module
    from .. import tokenizer

    nlp = spacy.blank("id")
    if splitter.endswith(STOCK):
        splitter = splitter[: -len(STOCK)]
    else:
        tokenizer.customize(nlp)
    if splitter.startswith("stanza:"):
        from ..extract import stanza_bridge  # noqa: F401  (registers the component)

        nlp.add_pipe("stanza_sentences", first=True, config={"model_dir": splitter.split(":", 1)[1]})
    else:
        nlp_module.add_splitter(nlp, splitter)
    return nlp


def words_per_second(nlp, texts: Iterable[str]) -> tuple[float, float]:
    """(total, splitter-only) words per second over ``texts``."""
    texts = list(texts)
    n_words = sum(len(t.split()) for t in texts)
    started = time.process_time()
    for text in texts:
        nlp(text)
    total = time.process_time() - started
    docs = [nlp.make_doc(t) for t in texts]
    _, component = nlp.pipeline[0]
    started = time.process_time()
    for doc in docs:
        component(doc)
    alone = time.process_time() - started
    return n_words / total, n_words / alone


CEILING = " inside gold sentences (ceiling)"


def run(splitters: list[str], sets: dict[str, str], ceilings: Iterable[str] = ()) -> tuple[list[str], list[list[str]]]:
    gold_sentences = {name: ud_sentences(key) for name, key in sets.items()}
    data = {name: join(sentences) for name, sentences in gold_sentences.items()}
    press = press_documents()
    header = ["splitter", *data, "press" + (f" ({len(press)} docs)" if press else " (absent)"),
              "words/s total", "words/s splitter"]
    rows = []
    for splitter in splitters:
        try:
            nlp = build(splitter)
            nlp(data[next(iter(data))][0][:2000])  # load lazily built parts before timing
        except Exception as error:  # noqa: BLE001 - a missing model is a row, not a crash
            rows.append([splitter, *["n/a"] * (len(header) - 2), f"({type(error).__name__}: {error})"[:80]])
            continue
        row = [splitter]
        for text, gold in data.values():
            row.append(f"{score_text(nlp, text, gold):.2f}")
        press_f1 = score_press(nlp, press)
        row.append("—" if press_f1 is None else f"{press_f1:.2f}")
        total, alone = words_per_second(nlp, [text for text, _ in data.values()])
        row += [f"{total:,.0f}", f"{alone:,.0f}"]
        rows.append(row)
    for splitter in ceilings:
        nlp = build(splitter)
        row = [splitter + CEILING]
        for name, (_, gold) in data.items():
            pred = ceiling_spans(nlp, gold_sentences[name])
            row.append(f"{f1(len(pred & gold), len(pred), len(gold)):.2f}")
        press_f1 = score_press(nlp, press, ceiling=True)
        row += ["—" if press_f1 is None else f"{press_f1:.2f}", "—", "—"]
        rows.append(row)
    return header, rows


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.sentences", description=__doc__.split("\n")[0])
    parser.add_argument("--splitters", default=f"sentencizer,rules,rules{STOCK},stanza,stanza-official",
                        help="comma-separated, from: " + ", ".join(SPLITTERS) + f" (any with {STOCK}), stanza:MODEL_DIR")
    parser.add_argument("--ceilings", default="rules",
                        help="comma-separated splitters also scored inside each gold sentence (empty: none)")
    parser.add_argument("--dev", action="store_true", help="score GSD dev and CSUI train instead of the test sets")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    ceilings = [name for name in args.ceilings.split(",") if name]
    header, rows = run(args.splitters.split(","), DEV_SETS if args.dev else UD_SETS, ceilings)
    table = markdown(header, rows)
    if ceilings:
        table += ("\n\n*Ceiling*: the splitter run inside each gold sentence (gold boundaries given for free), "
                  "the best it can score when the treebank keeps several orthographic sentences in one unit.")
    print(table)
    if not args.dev:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        note = ("Sentence F1 (CoNLL 2018 style: sentences joined by single spaces, exact spans) and words/s "
                "on one thread. Command: `python -m pipeline.benchmarks.sentences`. Targets for the default "
                "splitter: " + ", ".join(f"{k} >= {v:g}" for k, v in TARGETS.items()) + "; rules >= 50,000 words/s.")
        args.out.write_text(f"# Sentence splitters\n\n{note}\n\n{table}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
