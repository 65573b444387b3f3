"""The ``extract`` command: input files in, records and tables out.

Writes ``OUT/records.jsonl`` (records-v1, one line per document, in input
order), ``OUT/errors.jsonl`` (one line per input problem or failed document:
id, file, stage, message) and one table per record type as CSV and Parquet.
Exit status: 0 when every document was extracted, 1 when any input or
document failed (the rest are still written), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import nlp as nlp_module
from .readers import InputDocument, InputProblem, read_inputs
from .records import tables, to_records
from .writers import atomic_text, json_line, write_table

MAX_CHARS = 1_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", help=".txt, .jsonl or .csv files, or folders of them")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--splitter", choices=nlp_module.SPLITTERS, help="sentence splitter (default: rules)")
    parser.add_argument("--ner-model", help="path to a spaCy NER model, or 'none' for rules only")
    parser.add_argument("--max-chars", type=int, default=MAX_CHARS, help="refuse documents longer than this")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def _progress(iterable, enabled: bool):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit="doc", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    nlp = nlp_module.load(splitter=args.splitter, ner_model=args.ner_model)
    out: Path = args.out
    records, errors = [], []
    progress = sys.stderr.isatty() and not args.no_progress
    for item in _progress(read_inputs(args.inputs), progress):
        if isinstance(item, InputProblem):
            errors.append({"id": item.id, "file": item.source, "stage": "read", "message": item.message})
            print(f"error: {item}", file=sys.stderr)
            continue
        assert isinstance(item, InputDocument)
        if len(item.text) > args.max_chars:
            message = f"document {item.id} has {len(item.text):,} characters, over the limit of {args.max_chars:,}"
            errors.append({"id": item.id, "file": item.source, "stage": "read", "message": message})
            print(f"error: {item.source}: {message}", file=sys.stderr)
            continue
        try:
            doc = nlp_module.process(nlp, item.text, doc_id=item.id, published=item.published, meta=item.meta)
            records.append(to_records(doc))
        except Exception as exc:  # one failing document never stops the batch
            errors.append({"id": item.id, "file": item.source, "stage": "extract", "message": f"{type(exc).__name__}: {exc}"})
            print(f"error: {item.source}: document {item.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
    with atomic_text(out / "records.jsonl") as handle:
        for record in records:
            handle.write(json_line(record))
    with atomic_text(out / "errors.jsonl") as handle:
        for error in errors:
            handle.write(json_line(error))
    for name, frame in tables(records).items():
        write_table(frame, out, name)
    elapsed = time.perf_counter() - started
    print(f"{len(records)} documents extracted, {len(errors)} failed, {elapsed:.1f} s -> {out}", file=sys.stderr)
    return 1 if errors else 0
