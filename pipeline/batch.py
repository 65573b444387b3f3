"""The ``extract`` command: input files in, records and tables out, streamed.

Writes ``OUT/records.jsonl`` (records-v1 plus ``text_sha256``, one line per
document, in input order whatever the number of workers), ``OUT/errors.jsonl``
(one line per input problem or failed document: id, file, stage, message) and
one table per record type as CSV and Parquet (``documents``, ``people``,
``organizations``, ``locations``, ``dates``, ``quotes``, fixed columns).

While running, records go to ``records.jsonl.part`` in complete, fsync'd
lines; the final names are only ever written whole (renamed into place at the
end), so a killed run leaves ``.part`` files and the previous outputs, never a
half-written output. ``--resume`` keeps the records of that part file (or of
``records.jsonl``) and skips every document whose id and text sha256 are
already there; failed documents are tried again. Memory stays flat: documents
are read, processed and written a chunk at a time and the tables are built
from ``records.jsonl`` in batches.

Each document has a time budget (``--doc-timeout``, seconds per 10,000
characters, default 2): documents run in supervised worker processes
(:mod:`pipeline.guard`), and one that runs over its budget is stopped and named
in ``errors.jsonl`` with its stage and time while the batch goes on
(``--doc-timeout 0``: no limit, documents run in this process, or in the same
worker processes with ``--workers N``). The Dask
engine has no budget: it says so on standard error, and refuses a positive ``--doc-timeout``
(a usage error) rather than ignore it.
Warnings (an encoding decided, a file name that is not UTF-8) go to standard
error and to ``errors.jsonl`` with ``"level": "warning"``; they do not fail the
run. Temporary files a killed run left in OUT are removed.

``--workers N`` runs N processes (:mod:`pipeline.guard`), forked from the loaded pipeline on Linux;
``--engine dask`` sends partitions to a Dask cluster (``--scheduler ADDRESS``,
else a ``LocalCluster`` of ``--workers`` processes) whose workers also write
``OUT/parts/`` (see :mod:`pipeline.engines`). Either way the outputs are the same.

``OUT/run.json`` keeps the settings (splitter, NER model path, size limit), the inputs
(path, size, sha256 of every file), the package version and git commit, the model versions,
the start and end time and the counts (:mod:`pipeline.provenance`); ``--resume`` refuses to
continue a run made with other settings. A folder that already holds records is refused
unless ``--resume`` or ``--overwrite`` says what to do with them. ``.extract.lock`` is removed
when the run ends.

Inputs without a date take ``--published``; table inputs name their columns with
``--text-column``, ``--id-column``, ``--date-column``, ``--title-column`` (see
:mod:`pipeline.formats.columns`). Files of a folder that no reader takes are named on
standard error; a run that could read no document at all exits 1.

Exit status: 0 when every document was extracted, 1 when any input or
document failed (the rest are still written), 2 for a usage error, 130 when
interrupted (rerun with ``--resume``).
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator, Optional

from . import nlp as nlp_module
from .engines import CHUNK_SIZE, PARTITION_SIZE, Outcome, iter_dask, iter_local, text_sha256
from .formats.columns import ORDERS, Columns
from .guard import PER_CHARS, iter_guarded
from .provenance import run_info
from .readers import SUFFIXES, InputDocument, InputProblem, Item, expand, read_inputs, unsupported
from .records import TABLE_SCHEMAS, tables
from .writers import Journal, atomic_text, open_nofollow, remove_leftovers, write_tables

MAX_CHARS = 1_000_000
DOC_TIMEOUT = 2.0
WARNING_AT = "_at"  # a reader warning's place among the outcomes (not written)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
ENGINES = ("local", "dask")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", help=".txt, .html, .pdf, .docx, .jsonl or .csv files, or folders of them")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--splitter", choices=nlp_module.SPLITTERS, help="sentence splitter (default: rules)")
    parser.add_argument("--ner-model", help="a spaCy NER model whose mentions the rules post-process (default: models/ner-id); 'none': rules only")
    parser.add_argument("--max-chars", type=int, default=MAX_CHARS,
                        help=f"refuse documents longer than this (default {MAX_CHARS:,})")
    parser.add_argument("--doc-timeout", type=float, default=None, metavar="SECONDS",
                        help=f"stop a document after SECONDS per {PER_CHARS:,} characters (at least SECONDS) and "
                             f"name it in errors.jsonl; 0: no limit (default {DOC_TIMEOUT:g}; the dask engine has "
                             "no budget and refuses a positive value)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--resume", action="store_true",
                        help="keep the records already in OUT and skip their documents (same id and text)")
    parser.add_argument("--overwrite", action="store_true", help="replace the records already in OUT")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date of the inputs that do not give one (the anchor of relative dates)")
    parser.add_argument("--text-column", default="text", help="CSV column / JSONL key of the text (default text)")
    parser.add_argument("--id-column", help="CSV column / JSONL key of the document id (default id; without "
                                            "one, FILE:LINE)")
    parser.add_argument("--date-column", default="published",
                        help="CSV column / JSONL key of the publication date (default published)")
    parser.add_argument("--title-column", help="CSV column / JSONL key of a title, joined as the first line")
    parser.add_argument("--date-order", choices=ORDERS, default="auto",
                        help="how D/M and M/D dates are told apart when both numbers are 12 or less: auto (with a "
                             "time of day month first, as spreadsheet exports; without, day first), dmy or mdy")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local processes, or a Dask cluster (default local)")
    parser.add_argument("--scheduler", help="with --engine dask: address of the Dask scheduler "
                                            "(default: a LocalCluster of --workers processes)")
    parser.add_argument("--chunk-size", type=int, default=None,
                        help=f"documents per task (default {CHUNK_SIZE} local, {PARTITION_SIZE} dask)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def doc_key(doc_id: Optional[str], sha: Optional[str]) -> int:
    """A 64-bit key for (id, text sha256): what ``--resume`` compares."""
    digest = hashlib.blake2b(f"{doc_id}\x00{sha}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


class DoneKeys:
    """The (id, sha256) keys of the records already written, as a sorted array with counts."""

    def __init__(self, keys: Iterable[int]):
        import numpy as np

        self.keys, self.left = np.unique(np.fromiter(keys, dtype=np.uint64), return_counts=True)

    def __len__(self) -> int:
        return int(self.left.sum())

    def take(self, key: int) -> bool:
        """True (and one fewer left) when ``key`` is done."""
        i = int(self.keys.searchsorted(key))
        if i < len(self.keys) and int(self.keys[i]) == key and self.left[i] > 0:
            self.left[i] -= 1
            return True
        return False

    def leftover(self) -> dict[int, int]:
        """Keys written earlier that this run's input no longer has."""
        return {int(k): int(n) for k, n in zip(self.keys[self.left > 0], self.left[self.left > 0], strict=True)}


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def _usage(message: str) -> int:
    print(f"error: {printable(message)}", file=sys.stderr)
    return 2


def printable(text: str) -> str:
    """``text`` on one line: control characters and line separators escaped (a file name cannot forge a line)."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


@contextlib.contextmanager
def _lock(out: Path) -> Iterator[bool]:
    """Hold ``OUT/.extract.lock`` (False when another run holds it); the file is removed at the end."""
    path = out / ".extract.lock"
    with os.fdopen(open_nofollow(path, os.O_WRONLY | os.O_CREAT), "w") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # POSIX: not held by forked workers
        except (BlockingIOError, PermissionError):  # EAGAIN or EACCES: held by another run
            yield False
            return
        try:
            yield True
        finally:
            path.unlink(missing_ok=True)


def _progress(iterable, enabled: bool):
    if not enabled:
        return iterable
    from tqdm import tqdm

    def counted():
        with tqdm(unit="doc", file=sys.stderr) as bar:
            for outcome in iterable:
                bar.update(outcome is not None)  # None: a tick while a slow document runs
                yield outcome

    return counted()


def run(args: argparse.Namespace) -> int:
    if args.workers < 1:
        return _usage("--workers must be at least 1")
    if args.max_chars < 1:
        return _usage("--max-chars must be at least 1")
    if args.chunk_size is not None and args.chunk_size < 1:
        return _usage("--chunk-size must be at least 1")
    if args.scheduler and args.engine != "dask":
        return _usage("--scheduler needs --engine dask")
    if args.doc_timeout is not None and not args.doc_timeout >= 0:
        return _usage("--doc-timeout must be 0 (no limit) or more seconds")
    if args.engine == "dask" and args.doc_timeout:
        return _usage("--engine dask has no per-document time budget: run untrusted input with the local engine "
                      "(--doc-timeout works there), or give --doc-timeout 0")
    if args.doc_timeout is None:
        args.doc_timeout = 0.0 if args.engine == "dask" else DOC_TIMEOUT
    out: Path = args.out
    if out.exists() and not out.is_dir():
        return _usage(f"--out {out} is a file, not a folder")
    if args.resume and args.overwrite:
        return _usage("--resume and --overwrite exclude each other")
    held = [name for name in ("records.jsonl", "records.jsonl.part") if (out / name).exists()]
    if held and not (args.resume or args.overwrite):
        return _usage(f"{out} already holds records ({held[0]}): add --resume to continue that run or "
                      "--overwrite to replace them")
    if args.published:
        try:
            args.published = dt.date.fromisoformat(args.published).isoformat()
        except ValueError:
            return _usage(f"--published {args.published!r} is not a date YYYY-MM-DD")
    settings = {k: v for k, v in (("splitter", args.splitter), ("ner_model", args.ner_model)) if v is not None}
    try:
        effective = {**dataclasses.asdict(nlp_module.Settings.from_env(**settings)), "max_chars": args.max_chars}
    except ValueError as exc:
        return _usage(str(exc))
    earlier = out / "run.json"
    if args.resume and earlier.exists():
        before = json.loads(earlier.read_text(encoding="utf-8")).get("settings")
        if before != effective:
            return _usage(f"{out} was written with other settings ({before}); resume with the same ones, "
                          "or run without --resume")
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if main_thread else None
    try:
        with contextlib.ExitStack() as stack:
            try:
                out.mkdir(parents=True, exist_ok=True)
                locked = stack.enter_context(_lock(out))
                if locked:
                    with atomic_text(earlier) as handle:
                        handle.write(json.dumps({"settings": effective}, indent=1) + "\n")
            except OSError as exc:
                return _usage(f"--out {out} cannot be written ({exc.strerror or exc})")
            if not locked:
                return _usage(f"another extract run is writing to {out}")
            info = run_info(effective, [p for p in expand(args.inputs) if isinstance(p, Path) and p.is_file()])
            info["counts"] = {"records": 0, "errors": 0, "skipped": 0, "warnings": 0}
            _write_run(earlier, info)
            try:
                return _extract(args, out, settings, info["counts"])
            finally:
                info["ended"] = _now()
                _write_run(earlier, info)
    except KeyboardInterrupt:
        print(f"interrupted: complete records are kept in {out}/records.jsonl.part; "
              "run the same command with --resume to continue", file=sys.stderr)
        return 130
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _write_run(path: Path, info: dict) -> None:
    with atomic_text(path) as handle:
        text = json.dumps(info, indent=1, ensure_ascii=False)  # a file name that is not UTF-8: \udcXX
        handle.write(text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n")


def _skipped_files(inputs: list[str]) -> None:
    """Name on stderr the files of the input folders that no reader takes."""
    files = unsupported(inputs)
    if files:
        shown = ", ".join(printable(str(p)) for p in files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else "")
        print(f"skipped {len(files)} file(s) of a type that cannot be read (supported: {', '.join(SUFFIXES)}): "
              f"{shown}", file=sys.stderr)


def _extract(args: argparse.Namespace, out: Path, settings: dict, counts: dict) -> int:
    started = time.perf_counter()
    for path in remove_leftovers(out):
        print(f"removed {printable(str(path))}, a temporary file left by an interrupted run", file=sys.stderr)
    _skipped_files(args.inputs)
    columns = Columns(id=args.id_column or "id", text=args.text_column, date=args.date_column,
                      title=args.title_column, date_order=args.date_order, id_given=bool(args.id_column))
    records = Journal(out / "records.jsonl", resume=args.resume)
    errors = Journal(out / "errors.jsonl")
    done = DoneKeys(doc_key(r.get("id"), r.get("text_sha256")) for r in records.lines()) if args.resume else None
    if done is not None and len(done):
        print(f"resuming: {len(done)} records already in {out}", file=sys.stderr)
    counts.setdefault("warnings", 0)
    warnings: list[dict] = []
    passed = [0]  # documents and problems handed on so far: a warning is written before the outcome of the next one

    def entries() -> Iterator[tuple[Item, bool]]:
        for item in read_inputs(args.inputs, max_chars=args.max_chars, columns=columns):
            if isinstance(item, InputProblem) and item.level == "warning":
                warnings.append({"id": item.id, "file": item.source, "stage": item.stage, "message": item.message,
                                 "level": "warning", WARNING_AT: passed[0] if args.engine != "dask" else 0})
                continue
            if args.published and isinstance(item, InputDocument) and not item.published:
                item.published = args.published
            taken = False
            if done is not None and isinstance(item, InputDocument):
                taken = done.take(doc_key(item.id, text_sha256(item.text)))
                counts["skipped"] += taken
            yield item, taken

    if args.engine == "dask":
        print("note: --engine dask has no per-document time budget (--doc-timeout): a document that runs for "
              "ever holds its partition", file=sys.stderr)
        if not args.resume:  # parts of an earlier run would mix with this one's
            shutil.rmtree(out / "parts", ignore_errors=True)
        outcomes = iter_dask(entries(), settings, out / "parts", scheduler=args.scheduler, workers=args.workers,
                             partition_size=args.chunk_size or PARTITION_SIZE, max_chars=args.max_chars)
    else:
        def todo() -> Iterator[Item]:
            for item, taken in entries():
                if not taken:
                    passed[0] += 1
                    yield item

        if args.doc_timeout or args.workers > 1:  # worker processes, with a budget or none (--doc-timeout 0)
            outcomes = iter_guarded(todo(), settings, workers=args.workers, seconds=args.doc_timeout,
                                    max_chars=args.max_chars, batch=args.chunk_size or CHUNK_SIZE)
        else:
            outcomes = iter_local(todo(), settings, chunk_size=args.chunk_size or CHUNK_SIZE, max_chars=args.max_chars)
    show = sys.stderr.isatty() and not args.no_progress
    try:
        _write(_progress(outcomes, show), records, errors, counts, warnings,
               flush_every=args.chunk_size or (PARTITION_SIZE if args.engine == "dask" else CHUNK_SIZE))
    finally:
        records.close()
        errors.close()
    leftover = done.leftover() if done is not None else {}
    records.commit(keep=_dropper(leftover) if leftover else None)
    errors.commit()
    with (out / "records.jsonl").open(encoding="utf-8") as handle:
        write_tables((json.loads(line) for line in handle), out, tables, TABLE_SCHEMAS)
    elapsed = time.perf_counter() - started
    print(f"{counts['records']} documents extracted, {counts['skipped']} already done, {counts['errors']} failed, "
          f"{counts['warnings']} warnings, {elapsed:.1f} s -> {printable(str(out))}", file=sys.stderr)
    if not counts["records"] and not counts["skipped"]:
        print(f"error: no document could be read from {printable(' '.join(args.inputs))}", file=sys.stderr)
        return 1
    return 1 if counts["errors"] else 0


def _write(outcomes: Iterable[Optional[Outcome]], records: Journal, errors: Journal, counts: dict,
           warnings: Optional[list] = None, flush_every: int = CHUNK_SIZE) -> None:
    """Append outcomes to the journals a chunk at a time (or every 2 s; ``None`` is a tick of the clock with no
    outcome), errors and the reader's ``warnings`` (taken from the list as they come) also told on stderr."""
    good, bad = [], []
    warnings = warnings if warnings is not None else []
    last = time.monotonic()
    seen = 0  # outcomes so far

    def flush(final: bool = False) -> None:
        # a reader's warning goes out once the outcomes before its place in the input are out, in input
        # order among the errors: errors.jsonl is the same however far the reader has run ahead
        told = [w for w in warnings if final or w.get(WARNING_AT, 0) <= seen]
        warnings[:] = [w for w in warnings if not (final or w.get(WARNING_AT, 0) <= seen)]
        for warning in told:
            print(f"warning: {printable(warning['file'])}: {printable(warning['message'])}", file=sys.stderr)
        records.append(good)
        lines = sorted([(w.pop(WARNING_AT, 0), 0, w) for w in told] + [(at, 1, e) for at, e in bad],
                       key=lambda line: line[:2])
        errors.append([line for _, _, line in lines])
        counts["records"] += len(good)
        counts["errors"] += len(bad)
        counts["warnings"] = counts.get("warnings", 0) + len(told)

    for outcome in outcomes:
        if outcome is None:  # nothing new yet (a slow document): write what is waiting
            pass
        elif outcome.record is not None:
            good.append(outcome.record)
            seen += 1
        else:
            bad.append((seen, outcome.error))
            seen += 1
            error = outcome.error
            print(f"error: {printable(error['file'])}: {error['stage']}: {printable(error['message'])}",
                  file=sys.stderr)
        if len(good) + len(bad) >= flush_every or time.monotonic() - last > 2:
            flush()
            good, bad, last = [], [], time.monotonic()
    flush(final=True)


def _dropper(leftover: dict[int, int]):
    """``keep`` for :meth:`Journal.commit`: drop the old records of documents no longer in the input."""
    def keep(record: dict) -> bool:
        key = doc_key(record.get("id"), record.get("text_sha256"))
        if leftover.get(key, 0) > 0:
            leftover[key] -= 1
            return False
        return True

    return keep
