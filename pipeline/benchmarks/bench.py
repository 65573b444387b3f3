"""Throughput and memory of the batch pipeline and of each stage alone, on 1 and 2 workers.

``python -m pipeline.benchmarks.bench [--workers 1,2] [--limit N]`` runs over the 1,000
detik.com articles of 2025 (asset ``news/detik-2025/data_berita.csv``; document id
``detik-<id>``, ``published`` the date of ``tanggal``) and writes ``outputs/bench.md`` and
``outputs/bench.json``.

Rows, each measured in this run:

* ``tokenizer (reference)``: ``spacy.blank("id")`` tokenisation alone;
* ``sentences``: the project's splitter on ``spacy.blank("id")`` (tokenizer included);
* ``ner``: the statistical model of ``models/ner-id`` alone (tokenizer included), when present;
* ``extractors``: the rule components on docs that already have sentences and entities;
* ``default pipeline``: :func:`pipeline.engines.process_document` with ``pipeline.load()``,
  the per-document work of ``extract`` (tokenizer to record).

Method: ``W`` worker processes (``spawn``, one thread each) get interleaved shards of the
articles balanced by length; each loads its pipeline and prepares its docs, all wait on a
barrier, then each processes its shard. ``docs/s`` and ``words/s`` (white-space words) use
the wall time from the barrier to the last worker's end; ``words/CPU-s`` the CPU time the
workers spent; peak RSS is the largest ``VmHWM`` of a worker. Load from other processes on
the machine lowers wall-clock figures: the load average is written with the table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import platform
import queue
import time
from pathlib import Path
from typing import Optional

from ..threads import limit_threads

limit_threads()  # before numpy and torch are imported; inherited by worker processes

ROOT = Path(__file__).resolve().parents[2]
ASSET = "news/detik-2025/data_berita.csv"
OUT_MD = ROOT / "outputs" / "bench.md"
OUT_JSON = ROOT / "outputs" / "bench.json"
STAGES = ("default pipeline", "sentences", "ner", "extractors", "tokenizer (reference)")


def load_articles(limit: Optional[int] = None) -> list[dict]:
    """The detik 2025 articles as ``{"id", "text", "published"}``."""
    import pandas as pd

    from ..assets import fetch

    frame = pd.read_csv(fetch(ASSET), dtype={"id": str})
    frame = frame[frame["isi_berita"].fillna("").str.strip() != ""]
    published = pd.to_datetime(frame["tanggal"], format="%m/%d/%Y %H:%M", errors="coerce").dt.date
    docs = [{"id": f"detik-{i}", "text": text, "published": d.isoformat() if pd.notna(d) else None}
            for i, text, d in zip(frame["id"], frame["isi_berita"], published, strict=True)]
    return docs[:limit] if limit else docs


def ner_model_path() -> Optional[Path]:
    """The statistical NER model to time alone: the configured one, else the shipped ``models/ner-id``."""
    from ..nlp import MODELS, Settings

    for path in (Path(Settings.from_env().ner_model), MODELS / "ner-id"):
        if (path / "config.cfg").exists():
            return path
    return None


def _vmhwm_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _prepare(stage: str, docs: list[dict]):
    """A zero-argument callable that does the timed work of ``stage`` over ``docs``."""
    import spacy

    from .. import engines
    from .. import nlp as nlp_module
    from ..readers import InputDocument

    if stage == "tokenizer (reference)":
        nlp = spacy.blank("id")
        return lambda: [nlp.make_doc(d["text"]) for d in docs]
    if stage == "sentences":
        nlp = spacy.blank("id")
        nlp_module.add_splitter(nlp, "rules")
        return lambda: [nlp(d["text"]) for d in docs]
    if stage == "ner":
        nlp = spacy.load(ner_model_path())
        return lambda: [nlp(d["text"]) for d in docs]
    nlp = nlp_module.load()
    if stage == "default pipeline":
        items = [InputDocument(d["id"], d["text"], "bench", d["published"]) for d in docs]
        return lambda: [engines.process_document(nlp, item) for item in items]
    # extractors: every component after the splitter and the statistical NER, on prepared docs
    names = nlp.pipe_names
    cut = names.index("ner") + 1 if "ner" in names else 1
    before, after = nlp.pipeline[:cut], nlp.pipeline[cut:]
    prepared = []
    for d in docs:
        doc = nlp_module.make_doc(nlp, d["text"], doc_id=d["id"], published=d["published"])
        for _, component in before:
            doc = component(doc)
        prepared.append(doc)

    def run():
        for doc in prepared:
            for _, component in after:
                doc = component(doc)
    return run


def _worker(stage: str, docs: list[dict], barrier, results) -> None:
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    work = _prepare(stage, docs)
    barrier.wait()
    start, cpu = time.monotonic(), time.process_time()
    work()
    end, cpu = time.monotonic(), time.process_time() - cpu
    results.put({"start": start, "end": end, "cpu": cpu, "docs": len(docs),
                 "words": sum(len(d["text"].split()) for d in docs), "rss_mb": _vmhwm_mb()})


def _shards(docs: list[dict], workers: int) -> list[list[dict]]:
    """Shards of about equal word counts (longest first, each to the lightest shard)."""
    shards: list[list[dict]] = [[] for _ in range(workers)]
    weights = [0] * workers
    for d in sorted(docs, key=lambda d: -len(d["text"].split())):
        k = weights.index(min(weights))
        shards[k].append(d)
        weights[k] += len(d["text"].split())
    return shards


def measure(stage: str, docs: list[dict], workers: int) -> dict:
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(stage, shard, barrier, results)) for shard in _shards(docs, workers)]
    for proc in procs:
        proc.start()
    got = []
    while len(got) < len(procs):
        try:
            got.append(results.get(timeout=5))
        except queue.Empty:
            if any(proc.exitcode not in (None, 0) for proc in procs):
                for proc in procs:
                    proc.kill()
                raise RuntimeError(f"a {stage!r} worker failed (exit codes {[p.exitcode for p in procs]})") from None
    for proc in procs:
        proc.join()
    wall = max(r["end"] for r in got) - min(r["start"] for r in got)
    words, n = sum(r["words"] for r in got), sum(r["docs"] for r in got)
    cpu = sum(r["cpu"] for r in got)
    return {"stage": stage, "workers": workers, "docs": n, "words": words, "seconds": round(wall, 2),
            "docs_per_s": round(n / wall, 1), "words_per_s": round(words / wall),
            "words_per_cpu_s": round(words / cpu), "core_share": round(cpu / (wall * workers), 2),
            "peak_rss_mb": round(max(r["rss_mb"] for r in got))}


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def table(rows: list[dict]) -> str:
    base = {r["stage"]: r["words_per_s"] for r in rows if r["workers"] == 1}
    lines = ["| stage | workers | docs/s | words/s | speed-up | words/CPU-s | core share | peak RSS/worker |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        speedup = f"{r['words_per_s'] / base[r['stage']]:.2f}x" if r["stage"] in base else ""
        lines.append(f"| {r['stage']} | {r['workers']} | {r['docs_per_s']:,.1f} | {r['words_per_s']:,} | {speedup} | "
                     f"{r['words_per_cpu_s']:,} | {r['core_share']:.2f} | {r['peak_rss_mb']:,} MB |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated stages (default all)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args(argv)
    import spacy

    from .. import nlp as nlp_module

    docs = load_articles(args.limit)
    model = ner_model_path()
    stages = [s for s in args.stages.split(",") if s and (s != "ner" or model)]
    counts = [int(w) for w in args.workers.split(",")]
    load_before = _loadavg()
    rows = []
    for stage in stages:
        for workers in counts:
            row = measure(stage, docs, workers)
            rows.append(row)
            print(f"{stage:24s} {workers} worker(s): {row['docs_per_s']:8.1f} docs/s {row['words_per_s']:9,} words/s "
                  f"{row['words_per_cpu_s']:9,} words/CPU-s {row['peak_rss_mb']:6,} MB", flush=True)
    pipe_names = nlp_module.load().pipe_names
    info = {
        "date": dt.date.today().isoformat(), "asset": ASSET, "documents": len(docs),
        "words": sum(len(d["text"].split()) for d in docs), "cpus": os.cpu_count(),
        "load_average_before": load_before, "load_average_after": _loadavg(),
        "ner_model": str(model.relative_to(ROOT)) if model and model.is_relative_to(ROOT) else (str(model) if model else None),
        "default_pipeline": pipe_names, "python": platform.python_version(), "spacy": spacy.__version__,
        "command": "python -m pipeline.benchmarks.bench " + " ".join(argv or []),
    }
    text = (f"# Batch benchmark ({info['date']})\n\n"
            f"{info['documents']:,} detik.com articles of 2025 ({info['words']:,} words, asset `{ASSET}`), "
            f"{info['cpus']} CPUs, one thread per worker; load average {load_before} before, "
            f"{info['load_average_after']} after.\n"
            f"NER model timed alone (stage `ner`): {info['ner_model'] or 'none'}; default pipeline: "
            f"{' > '.join(pipe_names)}.\n\n{table(rows)}\n")
    OUT_MD.parent.mkdir(parents=True, exist_ok=True)
    from ..writers import atomic_text

    with atomic_text(OUT_MD) as handle:
        handle.write(text)
    with atomic_text(OUT_JSON) as handle:
        handle.write(json.dumps({"info": info, "rows": rows}, indent=1, ensure_ascii=False) + "\n")
    print("\n" + text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
