"""Where documents are processed: in this process, in a pool of local processes, or on a Dask cluster.

One function does the work everywhere: :func:`process_document` takes a loaded
pipeline and one input item and returns an :class:`Outcome` holding either the
record or the error (id, file, stage, message); it never raises for a bad
document. Each worker loads the pipeline once (:func:`worker_nlp`).

* :func:`iter_local` yields outcomes in input order from this process, a chunk
  at a time; worker processes (``--workers``, and the per-document time budget)
  are :mod:`pipeline.guard`'s: on Linux the pipeline is loaded once, before the
  workers are forked, so they start at once and share its memory; elsewhere
  each ``spawn``-ed worker loads it (:func:`start_method`).
* :func:`iter_dask` runs :func:`process_partition` on a Dask cluster (a
  ``LocalCluster`` when no scheduler address is given); each partition also
  writes ``parts/records/part-K.jsonl`` and ``parts/<table>/part-K.parquet``.

Memory: each chunk runs in a spaCy memory zone (its strings and lexemes freed
afterwards) once the vocabulary has grown by :data:`WARM_STRINGS` strings. Until
then chunks run outside one, because spaCy's tokenizer caches nothing inside a
zone: the first documents fill its cache (10,000 words at most, the frequent ones)
and the later ones read it, tokenising about 2.5 times faster than in zones alone.
"""
from __future__ import annotations

import collections
import contextlib
import gc
import hashlib
import itertools
import sys
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .readers import InputDocument, InputProblem, Item

CHUNK_SIZE = 16
PARTITION_SIZE = 256
WARM_STRINGS = 50_000
MODEL_CHUNK_TOKENS = 5_000  # a longer document goes through the NER model in stretches (model_in_chunks; 80 MB a stretch)
LONG_DOCUMENT_TOKENS = 5_000  # a longer document runs with the GC's full collections postponed (full_collections_postponed)
_CACHE = threading.local()
_BASE_STRINGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


@dataclass
class Outcome:
    """What became of one input item: ``record`` or ``error``, never both."""

    id: Optional[str]
    source: str
    sha256: Optional[str] = None
    record: Optional[dict] = None
    error: Optional[dict] = None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _error(item: Item, stage: str, message: str, sha: Optional[str] = None) -> Outcome:
    error = {"id": item.id, "file": item.source, "stage": stage, "message": message}
    return Outcome(item.id, item.source, sha, error=error)


def process_document(nlp, item: Item, max_chars: Optional[int] = None, on_stage=None) -> Outcome:
    """The record of one input item, or its error with the stage that raised (a component name, or
    ``read``, ``size``, ``records``); ``on_stage(name)``, if given, is told each stage as it begins."""
    from . import nlp as nlp_module
    from .records import to_records

    if isinstance(item, InputProblem):
        return _error(item, item.stage, item.message)
    assert isinstance(item, InputDocument)
    sha = text_sha256(item.text)
    if max_chars is not None and len(item.text) > max_chars:
        return _error(item, "size", f"document {item.id} has {len(item.text):,} characters, over the limit of "
                                    f"{max_chars:,} (--max-chars)", sha)
    stage = "tokenizer"
    try:
        doc = nlp_module.make_doc(nlp, item.text, doc_id=item.id, published=item.published, meta=item.meta)
        pipeline = list(nlp.pipeline)
        with full_collections_postponed(len(doc)):
            while pipeline:
                model = _model_run(pipeline) if len(doc) > MODEL_CHUNK_TOKENS else []
                names = [name for name, _ in model] or [pipeline[0][0]]
                stage = names[0]
                if on_stage is not None:
                    on_stage(stage)
                if model:
                    doc = model_in_chunks(doc, [component for _, component in model])
                else:
                    doc = pipeline[0][1](doc)
                del pipeline[:len(names)]
        stage = "records"
        if on_stage is not None:
            on_stage(stage)
        record = to_records(doc)
    except Exception as exc:  # one failing document never stops the batch
        return _error(item, stage, f"{type(exc).__name__}: {exc}", sha)
    record.setdefault("text_sha256", sha)
    return Outcome(item.id, item.source, sha, record=record)


@contextlib.contextmanager
def full_collections_postponed(tokens: int):
    """While a document of more than :data:`LONG_DOCUMENT_TOKENS` tokens runs, the garbage collector's
    full collections (of its oldest generation) wait until it ends; the younger generations are collected
    as before. A full collection walks every container alive, and a long document's per-document views
    (lists of every token's text and flags, its Spans and indexes) are alive until it ends: the collections
    that fall due while it runs grow in number and in cost with its length, so their cost grows with its
    length squared (8 of them, about 0.5 of 7.4 CPU-s on the bench's 1,000,000-character document; none
    on a news article), and they free next to nothing (the rule components leave no reference cycles:
    a few hundred objects over the 1,000 detik articles). Whatever is due is collected at the first
    collection after the document."""
    if tokens <= LONG_DOCUMENT_TOKENS:
        yield
        return
    threshold = gc.get_threshold()
    gc.set_threshold(threshold[0], threshold[1], 2**31 - 1)  # (the largest it takes: never reached)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _model_run(pipeline: list) -> list:
    """The NER model's components at the head of ``pipeline`` (a tok2vec and the entity recognizer)."""
    from spacy.pipeline import EntityRecognizer, Tok2Vec

    from .fast_tok2vec import FastTok2Vec
    from .greedy_ner import GreedyNER

    recognizers = (EntityRecognizer, GreedyNER)
    run = list(itertools.takewhile(lambda pair: isinstance(pair[1], (Tok2Vec, FastTok2Vec, *recognizers)), pipeline))
    return run if any(isinstance(component, recognizers) for _, component in run) else []


def model_in_chunks(doc, components: list):
    """``components`` (the NER model) run on stretches of at most :data:`MODEL_CHUNK_TOKENS` tokens of ``doc``,
    whole sentences where they fit, their entities set on ``doc``. The model's memory grows with the tokens it
    is given at once (about 15 KB a token in the tok2vec layers: 2.8 GB for a document of 1,000,000
    characters); the entities it reads stay within a sentence. Documents of fewer tokens are run whole."""
    from spacy.tokens import Span

    ends = [s.end for s in doc.sents] if doc.has_annotation("SENT_START") else [len(doc)]
    cuts, begin, last = [], 0, 0  # stretches [0, cuts[0]), [cuts[0], cuts[1]), ...; last: where a sentence ended
    for end in ends:
        if end - begin > MODEL_CHUNK_TOKENS:
            if last > begin:  # the sentences so far make a stretch
                begin = last
                cuts.append(begin)
            while end - begin > MODEL_CHUNK_TOKENS:  # a sentence longer than a stretch is cut
                begin += MODEL_CHUNK_TOKENS
                cuts.append(begin)
        last = end
    ents = []
    # (the document's arrays read once: Span.as_doc reads them whole for each stretch otherwise, which made
    # the stretches of a long document cost its length squared; each stretch changes only its own rows)
    head = doc._get_array_attrs()
    array = doc.to_array(head)
    for lo, hi in zip([0, *cuts], [*cuts, len(doc)]):
        part = doc[lo:hi].as_doc(array_head=head, array=array)
        for component in components:
            part = component(part)
        ents += [Span(doc, lo + e.start, lo + e.end, label=e.label, kb_id=e.kb_id) for e in part.ents]
        del part
    doc.ents = ents
    return doc


def worker_nlp(settings: dict):
    """The pipeline for ``settings``, loaded once per process (and thread)."""
    cache = getattr(_CACHE, "pipelines", None)
    if cache is None:
        cache = _CACHE.pipelines = {}
    key = tuple(sorted(settings.items()))
    if key not in cache:
        from . import nlp as nlp_module

        cache[key] = nlp_module.load(**settings)
        freeze_loaded()
    return cache[key]


def freeze_loaded() -> None:
    """Move every object alive now (the loaded pipeline: vocabulary, lexicons, compiled patterns) out of
    the garbage collector's reach: its full collections then walk only what documents make (GC time of
    the extractors stage on 300 news articles 0.121 -> 0.056 s), and forked workers do not write to the
    pages of the objects they share (a collection touches the header of every object it walks). What a
    document makes is collected as before; only garbage alive at the call is kept for good."""
    gc.freeze()


def memory_zone(nlp):
    """``nlp.memory_zone()`` once the vocabulary has grown by :data:`WARM_STRINGS` strings, else no zone."""
    base = _BASE_STRINGS.setdefault(nlp, len(nlp.vocab.strings))
    if len(nlp.vocab.strings) - base < WARM_STRINGS:
        return contextlib.nullcontext()
    return nlp.memory_zone()


def process_chunk(items: list[Item], settings: dict, max_chars: Optional[int] = None) -> list[Outcome]:
    """:func:`process_document` over a chunk, strings freed afterwards after the warm-up (:func:`memory_zone`)."""
    nlp = worker_nlp(settings)
    with memory_zone(nlp):
        return [process_document(nlp, item, max_chars) for item in items]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def start_method() -> str:
    """``fork`` on Linux (workers inherit the loaded pipeline), ``spawn`` elsewhere (fork is unsafe on macOS)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def iter_local(items: Iterable[Item], settings: dict, chunk_size: int = CHUNK_SIZE,
               max_chars: Optional[int] = None) -> Iterator[Outcome]:
    """Outcomes of ``items`` in input order, from this process (worker processes: :mod:`pipeline.guard`)."""
    for chunk in _chunks(items, chunk_size):
        yield from process_chunk(chunk, settings, max_chars)


# --- Dask ------------------------------------------------------------------------------------


def process_partition(items: list[Item], settings: dict, parts_dir: Optional[str], name: str,
                      max_chars: Optional[int] = None) -> list[Outcome]:
    """A partition's outcomes; with ``parts_dir``, also its JSONL and Parquet parts, each written atomically."""
    outcomes = process_chunk(items, settings, max_chars)
    if parts_dir:
        write_parts([o.record for o in outcomes if o.record is not None], Path(parts_dir), name)
    return outcomes


def write_parts(records: list[dict], parts_dir: Path, name: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .records import TABLE_SCHEMAS, tables
    from .writers import arrow_schema, atomic_path, atomic_text, json_line

    with atomic_text(parts_dir / "records" / f"{name}.jsonl") as handle:
        for record in records:
            handle.write(json_line(record))
    for table, frame in tables(records).items():
        schema = arrow_schema(TABLE_SCHEMAS[table])
        with atomic_path(parts_dir / table / f"{name}.parquet") as tmp:
            pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), tmp)


def dask_client(scheduler: Optional[str], workers: int):
    """A client of the cluster at ``scheduler``, or of a new ``LocalCluster`` with ``workers`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def iter_dask(entries: Iterable[tuple[Item, bool]], settings: dict, parts_dir: Optional[Path],
              scheduler: Optional[str] = None, workers: int = 1, partition_size: int = PARTITION_SIZE,
              max_chars: Optional[int] = None) -> Iterator[Outcome]:
    """Outcomes, in input order, of the ``(item, done)`` entries not done, from a Dask cluster.

    Partition K holds entries K*size.. of the input. A partition whose entries are all done is not
    sent (resume); the others are sent whole, so a part file always holds the same documents.
    """
    client, cluster = dask_client(scheduler, workers)
    try:
        slots = 2 * max(1, len(client.scheduler_info().get("workers", {}))) + 1
        pending: collections.deque = collections.deque()
        partitions = enumerate(_chunks(entries, partition_size))
        while True:
            while len(pending) < slots:
                nxt = next(partitions, None)
                if nxt is None:
                    break
                number, part = nxt
                if all(done for _, done in part):
                    continue
                future = client.submit(process_partition, [item for item, _ in part], settings,
                                       str(parts_dir) if parts_dir else None, f"part-{number:06d}", max_chars,
                                       pure=False)
                pending.append((part, future))
            if not pending:
                return
            part, future = pending.popleft()
            try:
                outcomes = future.result()
            except Exception as exc:  # a lost worker or a task that cannot travel: name its documents
                outcomes = [_error(item, "worker", f"{type(exc).__name__}: {exc}") for item, _ in part]
            yield from (outcome for outcome, (_, done) in zip(outcomes, part, strict=True) if not done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
