"""Speed as users meet it: the ``extract`` command itself, its start-up, each stage alone and peers, in one run.

``python -m pipeline.benchmarks.bench [--quick] [--limit N] [--workers 1,2] [--stages ...]`` runs
over the 1,000 detik.com articles of 2025 (asset ``news/detik-2025/data_berita.csv``; document id
``detik-<id>``, ``published`` the date of ``tanggal``) and writes ``outputs/bench.md`` and
``outputs/bench.json``. ``--quick`` (100 articles, smaller peers) is for development runs.

Parts, each measured in this run:

* **extract**: ``python -m pipeline extract ARTICLES.jsonl --out TMP --workers W`` as a user runs
  it, timed from outside (wall clock, and CPU time of the command and its workers from
  ``wait4``; peak RSS is the largest of its processes). ``steady state`` is the same command on
  all the articles minus the command on one article (start-up and the fixed costs out).
* **start-up**: ``extract`` on one article against ``python -c 'import spacy;
  spacy.blank("id")(text)'`` on the same text (the median of three runs of each).
* **stages**: ``W`` worker processes (``spawn``, one thread each) get shards of the articles
  balanced by length; each loads its stage and prepares its docs, all wait on a barrier, then
  each runs its shard. Stages: ``default pipeline`` (:func:`pipeline.engines.process_document`
  with ``pipeline.load()``), ``sentences`` (the rule splitter, tokenizer included), ``ner``
  (``models/ner-id`` alone, loaded as the pipeline loads it: :func:`pipeline.nlp.load_ner`),
  ``extractors`` (the rule components on prepared docs), and the
  peers ``spacy tokenizer`` (``spacy.blank("id")`` tokenisation) and ``stanza tokenizer``
  (``models/stanza-id``; on the first :data:`STANZA_SHARE` of the articles and one worker: it is slow).
* **long document**: the articles joined into one document of 100,000 and one of 1,000,000
  characters, each through :func:`process_document` in a fresh process (CPU time), :data:`LONG_REPEATS`
  times, the median kept (the 100,000-character one took 0.61 to 0.73 CPU-s in runs of the same code on
  the same machine: one run moved the ratio by more than one).

The machine's load average is written with the tables: other processes lower the wall-clock
figures, so the targets are read as ratios within one run, on CPU time where it applies.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import platform
import queue
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from ..threads import limit_threads

limit_threads()  # before numpy and torch are imported; inherited by worker processes

ROOT = Path(__file__).resolve().parents[2]
ASSET = "news/detik-2025/data_berita.csv"
OUT_MD = ROOT / "outputs" / "bench.md"
OUT_JSON = ROOT / "outputs" / "bench.json"
STAGES = ("default pipeline", "sentences", "ner", "extractors", "spacy tokenizer", "stanza tokenizer")
STANZA_SHARE = 0.2
QUICK = {"limit": 100, "long": (20_000, 200_000)}
LONG = (100_000, 1_000_000)
LONG_REPEATS = 3
PEER_STARTUP = "import sys, spacy; nlp = spacy.blank('id'); nlp(sys.stdin.read())"
TARGETS = (  # (key, what, target text, passes)
    ("startup_cpu_ratio", "start-up to first record / `import spacy; spacy.blank(\"id\")` (CPU)", "<= 1.2x",
     lambda v: v <= 1.2),
    ("steady_vs_tokenizer", "steady state / spaCy's bare tokenizer (words per CPU-s)", ">= 0.30",
     lambda v: v >= 0.30),
    ("two_workers", "2 workers / 1 worker (`extract`, words/s, wall)", ">= 1.8x", lambda v: v >= 1.8),
    ("long_ratio", "1M-character document / 100k-character one (CPU)", "<= 12x", lambda v: v <= 12),
    ("peak_rss_mb", "peak RSS of a worker (MB, largest over `extract`, the project's stages and the long documents)", "<= 450",
     lambda v: v <= 450),
    ("steady_vs_stanza", "steady state / stanza tokenizer with models/stanza-id (words per CPU-s)", "", None),
    ("steady_vs_ner", "steady state / the NER model alone (words per CPU-s)", "", None),
)


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


def words(docs: list[dict]) -> int:
    return sum(len(d["text"].split()) for d in docs)


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


# --- the extract command, from outside -------------------------------------------------------


def run_command(args: list[str], stdin: Optional[str] = None) -> dict:
    """Wall and CPU seconds and peak RSS of one command (``wait4``: the process and the children it waited for)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err, text=True, cwd=ROOT)
        if stdin is not None:
            proc.stdin.write(stdin)
            proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(args[:5])} ... exited with {proc.returncode}: {err.read()[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def _write_jsonl(docs: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def extract_command(docs: list[dict], workers: int, tmp: Path, name: str) -> dict:
    source = _write_jsonl(docs, tmp / f"{name}.jsonl")
    return run_command([sys.executable, "-m", "pipeline", "extract", str(source), "--out", str(tmp / f"out-{name}"),
                        "--workers", str(workers), "--no-progress", "--overwrite"])


def measure_extract(docs: list[dict], counts: list[int], tmp: Path, repeats: int = 3) -> dict:
    """``extract`` on all the articles and on the first alone, per worker count; the peer's start-up."""
    first = docs[:1]
    result: dict = {"startup": {}, "command": {}, "steady": {}}
    peer = [run_command([sys.executable, "-c", PEER_STARTUP], stdin=first[0]["text"]) for _ in range(repeats)]
    result["peer_startup"] = _median(peer)
    for workers in counts:
        one = _median([extract_command(first, workers, tmp, f"one-{workers}") for _ in range(repeats)])
        whole = extract_command(docs, workers, tmp, f"all-{workers}")
        result["startup"][workers], result["command"][workers] = one, whole
        n, w = len(docs) - 1, words(docs) - words(first)
        wall, cpu = max(whole["wall"] - one["wall"], 1e-9), max(whole["cpu"] - one["cpu"], 1e-9)
        result["steady"][workers] = {"docs": n, "words": w, "wall": wall, "cpu": cpu,
                                     "words_per_s": w / wall, "words_per_cpu_s": w / cpu}
        print(f"extract {workers} worker(s): start-up {one['wall']:.2f} s ({one['cpu']:.2f} CPU-s), all "
              f"{whole['wall']:.1f} s ({whole['cpu']:.1f} CPU-s), steady {w / wall:,.0f} words/s "
              f"{w / cpu:,.0f} words/CPU-s, peak RSS {whole['rss_mb']:.0f} MB", flush=True)
    return result


def _median(runs: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


# --- stages, in worker processes --------------------------------------------------------------


def _prepare(stage: str, docs: list[dict]):
    """A zero-argument callable that does the timed work of ``stage`` over ``docs``."""
    from .. import engines
    from .. import nlp as nlp_module
    from ..readers import InputDocument

    if stage == "spacy tokenizer":
        import spacy

        nlp = spacy.blank("id")
        return lambda: [nlp.make_doc(d["text"]) for d in docs]
    if stage == "stanza tokenizer":
        from ..extract.stanza_bridge import load_pipeline

        stanza_nlp = load_pipeline(threads=1)
        return lambda: [stanza_nlp(d["text"]) for d in docs]
    if stage == "sentences":
        from ..tokenizer import blank

        nlp = blank()
        nlp_module.add_splitter(nlp, "rules")
        return lambda: [nlp(d["text"]) for d in docs]
    if stage == "ner":
        nlp = nlp_module.load_ner(ner_model_path())
        return lambda: [nlp(d["text"]) for d in docs]
    nlp = nlp_module.load()
    if stage == "default pipeline":
        items = [InputDocument(d["id"], d["text"], "bench", d["published"]) for d in docs]

        def run_all():
            for i in range(0, len(items), engines.CHUNK_SIZE):
                with engines.memory_zone(nlp):
                    for item in items[i:i + engines.CHUNK_SIZE]:
                        engines.process_document(nlp, item)
        return run_all
    # extractors: every component after the splitter and the statistical NER (its tensor released), on prepared docs
    names = nlp.pipe_names
    model_end = next((name for name in ("release_tensor", "ner") if name in names), None)
    cut = names.index(model_end) + 1 if model_end else 1
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
    work = _prepare(stage, docs)
    barrier.wait()
    start, cpu = time.monotonic(), time.process_time()
    work()
    end, cpu = time.monotonic(), time.process_time() - cpu
    results.put({"start": start, "end": end, "cpu": cpu, "docs": len(docs), "words": words(docs),
                 "rss_mb": _vmhwm_mb()})


def _shards(docs: list[dict], workers: int) -> list[list[dict]]:
    """Shards of about equal word counts (longest first, each to the lightest shard)."""
    shards: list[list[dict]] = [[] for _ in range(workers)]
    weights = [0] * workers
    for d in sorted(docs, key=lambda d: -len(d["text"].split())):
        k = weights.index(min(weights))
        shards[k].append(d)
        weights[k] += len(d["text"].split())
    return shards


def _run_workers(target, jobs: list[tuple], label: str) -> list[dict]:
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(len(jobs)), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*job, barrier, results)) for job in jobs]
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
                raise RuntimeError(f"a {label!r} worker failed (exit codes {[p.exitcode for p in procs]})") from None
    for proc in procs:
        proc.join()
    return got


def measure(stage: str, docs: list[dict], workers: int) -> dict:
    got = _run_workers(_worker, [(stage, shard) for shard in _shards(docs, workers)], stage)
    wall = max(r["end"] for r in got) - min(r["start"] for r in got)
    n, w, cpu = sum(r["docs"] for r in got), sum(r["words"] for r in got), sum(r["cpu"] for r in got)
    return {"stage": stage, "workers": workers, "docs": n, "words": w, "seconds": round(wall, 2),
            "docs_per_s": round(n / wall, 1), "words_per_s": round(w / wall),
            "words_per_cpu_s": round(w / cpu), "core_share": round(cpu / (wall * workers), 2),
            "peak_rss_mb": round(max(r["rss_mb"] for r in got))}


# --- one long document -------------------------------------------------------------------------


def long_text(docs: list[dict], chars: int) -> str:
    """The articles joined by blank lines into one text of ``chars`` characters (repeated if needed)."""
    parts, size, i = [], 0, 0
    while size < chars:
        text = docs[i % len(docs)]["text"]
        parts.append(text)
        size += len(text) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def _long_worker(text: str, barrier, results) -> None:
    from .. import engines
    from .. import nlp as nlp_module
    from ..readers import InputDocument

    nlp = nlp_module.load()
    engines.process_document(nlp, InputDocument("warm", text[:5000], "bench"))
    barrier.wait()
    cpu = time.process_time()
    outcome = engines.process_document(nlp, InputDocument("long", text, "bench"), max_chars=None)
    results.put({"cpu": time.process_time() - cpu, "ok": outcome.error is None, "rss_mb": _vmhwm_mb(),
                 "error": outcome.error})


def measure_long(docs: list[dict], sizes: tuple[int, int], repeats: int = LONG_REPEATS) -> dict:
    rows = {}
    for chars in sizes:
        text = long_text(docs, chars)
        runs = [_run_workers(_long_worker, [(text,)], f"long document {chars}")[0] for _ in range(repeats)]
        failed = [r for r in runs if not r["ok"]]
        got = dict(failed[0] if failed else sorted(runs, key=lambda r: r["cpu"])[len(runs) // 2])
        got["runs"] = [round(r["cpu"], 3) for r in runs]
        got["rss_mb"] = max(r["rss_mb"] for r in runs)
        rows[chars] = got
        print(f"one document of {chars:,} characters: {got['cpu']:.2f} CPU-s (median of {got['runs']}), "
              f"peak RSS {got['rss_mb']:.0f} MB" + ("" if got["ok"] else f" (failed: {got['error']})"), flush=True)
    return rows


# --- report ------------------------------------------------------------------------------------


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def table(rows: list[dict]) -> str:
    base = {r["stage"]: r["words_per_s"] for r in rows if r["workers"] == 1}
    lines = ["| stage | workers | docs | docs/s | words/s | speed-up | words/CPU-s | core share | peak RSS/worker |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        speedup = f"{r['words_per_s'] / base[r['stage']]:.2f}x" if r["stage"] in base else ""
        lines.append(f"| {r['stage']} | {r['workers']} | {r['docs']:,} | {r['docs_per_s']:,.1f} | {r['words_per_s']:,} | "
                     f"{speedup} | {r['words_per_cpu_s']:,} | {r['core_share']:.2f} | {r['peak_rss_mb']:,} MB |")
    return "\n".join(lines)


def extract_table(ext: dict, docs: int, n_words: int) -> str:
    lines = ["| `extract` | workers | seconds | CPU-s | docs/s | words/s | words/CPU-s | speed-up | peak RSS |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    peer = ext["peer_startup"]
    lines.append(f"| peer start-up: `import spacy; spacy.blank(\"id\")(text)` | 1 | {peer['wall']:.2f} | {peer['cpu']:.2f} | "
                 f" | | | | {peer['rss_mb']:,.0f} MB |")
    base = ext["command"][min(ext["command"])]
    for workers, one in ext["startup"].items():
        lines.append(f"| start-up: one article, to its record | {workers} | {one['wall']:.2f} | {one['cpu']:.2f} | | | | | "
                     f"{one['rss_mb']:,.0f} MB |")
    for workers, whole in ext["command"].items():
        lines.append(f"| whole command, {docs:,} articles | {workers} | {whole['wall']:.1f} | {whole['cpu']:.1f} | "
                     f"{docs / whole['wall']:,.1f} | {n_words / whole['wall']:,.0f} | {n_words / whole['cpu']:,.0f} | "
                     f"{base['wall'] / whole['wall']:.2f}x | {whole['rss_mb']:,.0f} MB |")
    base_steady = ext["steady"][min(ext["steady"])]
    for workers, s in ext["steady"].items():
        lines.append(f"| steady state (whole minus start-up) | {workers} | {s['wall']:.1f} | {s['cpu']:.1f} | "
                     f"{s['docs'] / s['wall']:,.1f} | {s['words_per_s']:,.0f} | {s['words_per_cpu_s']:,.0f} | "
                     f"{s['words_per_s'] / base_steady['words_per_s']:.2f}x | |")
    return "\n".join(lines)


def ratios(ext: dict, rows: list[dict], long: dict) -> dict:
    one = {r["stage"]: r for r in rows if r["workers"] == 1}
    steady = ext["steady"][1]["words_per_cpu_s"] if 1 in ext["steady"] else None
    values: dict = {}
    if 1 in ext["startup"]:
        values["startup_cpu_ratio"] = ext["startup"][1]["cpu"] / ext["peer_startup"]["cpu"]
        values["startup_wall_ratio"] = ext["startup"][1]["wall"] / ext["peer_startup"]["wall"]
    for key, stage in (("steady_vs_tokenizer", "spacy tokenizer"), ("steady_vs_stanza", "stanza tokenizer"),
                       ("steady_vs_ner", "ner")):
        if steady and stage in one:
            values[key] = steady / one[stage]["words_per_cpu_s"]
    if 1 in ext["command"] and 2 in ext["command"]:
        values["two_workers"] = ext["command"][1]["wall"] / ext["command"][2]["wall"]
        values["two_workers_steady"] = ext["steady"][2]["words_per_s"] / ext["steady"][1]["words_per_s"]
    if len(long) == 2:
        small, big = sorted(long)
        values["long_ratio"] = long[big]["cpu"] / long[small]["cpu"]
    ours = ("default pipeline", "sentences", "extractors")  # the peers' memory is theirs
    rss = [w["rss_mb"] for w in ext["command"].values()] + [r["peak_rss_mb"] for r in rows if r["stage"] in ours]
    rss += [r["rss_mb"] for r in long.values()]
    if rss:
        values["peak_rss_mb"] = max(rss)
    return values


def targets_table(values: dict, sizes: tuple[int, int]) -> str:
    lines = ["| measure | this run | target |", "|---|---:|---|"]
    for key, what, target, passes in TARGETS:
        if key not in values:
            continue
        value = values[key]
        shown = f"{value:,.0f}" if key == "peak_rss_mb" else f"{value:.2f}"
        verdict = "" if passes is None else (" (met)" if passes(value) else " (not met)")
        if key == "long_ratio":
            what = what.replace("1M", f"{sizes[1]:,}").replace("100k", f"{sizes[0]:,}")
        lines.append(f"| {what} | {shown} | {target}{verdict} |")
    if "startup_wall_ratio" in values:
        lines.append(f"| start-up, wall clock | {values['startup_wall_ratio']:.2f} | |")
    if "two_workers_steady" in values:
        lines.append(f"| 2 workers / 1 worker, steady state | {values['two_workers_steady']:.2f} | |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"a development run: {QUICK['limit']} articles, long documents of "
                             f"{QUICK['long'][0]:,} and {QUICK['long'][1]:,} characters")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated stages (default all; '' for none)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--no-extract", action="store_true", help="skip the extract command runs")
    parser.add_argument("--no-long", action="store_true", help="skip the long documents")
    args = parser.parse_args(argv)
    import spacy

    from .. import nlp as nlp_module
    from ..writers import atomic_text

    docs = load_articles(args.limit or (QUICK["limit"] if args.quick else None))
    sizes = QUICK["long"] if args.quick else LONG
    model = ner_model_path()
    stanza_model = nlp_module.MODELS / "stanza-id" / "id" / "tokenize" / "default.pt"
    stages = [s for s in args.stages.split(",") if s and (s != "ner" or model)
              and (s != "stanza tokenizer" or stanza_model.exists())]
    counts = [int(w) for w in args.workers.split(",")]
    load_before = _loadavg()
    ext: dict = {"startup": {}, "command": {}, "steady": {}}
    if not args.no_extract:
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            ext = measure_extract(docs, counts, Path(tmp))
    rows = []
    for stage in stages:
        subset = docs[:max(2, int(len(docs) * STANZA_SHARE))] if stage == "stanza tokenizer" else docs
        for workers in counts[:1] if stage == "stanza tokenizer" else counts:  # a peer: one worker is enough
            row = measure(stage, subset, workers)
            rows.append(row)
            print(f"{stage:20s} {workers} worker(s): {row['docs_per_s']:8.1f} docs/s {row['words_per_s']:9,} words/s "
                  f"{row['words_per_cpu_s']:9,} words/CPU-s {row['peak_rss_mb']:6,} MB", flush=True)
    long = {} if args.no_long else measure_long(docs, sizes)
    values = ratios(ext, rows, long)
    pipe_names = nlp_module.load().pipe_names
    n_words = words(docs)
    info = {
        "date": dt.date.today().isoformat(), "asset": ASSET, "documents": len(docs), "words": n_words,
        "cpus": os.cpu_count(), "load_average_before": load_before, "load_average_after": _loadavg(),
        "ner_model": str(model.relative_to(ROOT)) if model and model.is_relative_to(ROOT) else (str(model) if model else None),
        "default_pipeline": pipe_names, "python": platform.python_version(), "spacy": spacy.__version__,
        "command": "python -m pipeline.benchmarks.bench " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    parts = [f"# Speed benchmark ({info['date']})\n",
             f"{info['documents']:,} detik.com articles of 2025 ({n_words:,} words, asset `{ASSET}`), "
             f"{info['cpus']} CPUs, one thread per worker; load average {load_before} before, "
             f"{info['load_average_after']} after. Command: `{info['command'].strip()}`.\n"
             f"Default pipeline: {' > '.join(pipe_names)}; NER model timed alone (stage `ner`): "
             f"{info['ner_model'] or 'none'}.\n"]
    if values:
        parts.append("## Targets (ratios within this run)\n\n" + targets_table(values, sizes) + "\n")
    if ext["command"]:
        parts.append("## `python -m pipeline extract` as users run it\n\n" + extract_table(ext, len(docs), n_words) + "\n")
    if rows:
        parts.append("## Stages and peers alone (in worker processes, after loading)\n\n" + table(rows) + "\n\n"
                     f"`stanza tokenizer` runs on the first {STANZA_SHARE:.0%} of the articles, on one worker.\n")
    if long:
        lines = ["| characters | CPU-s (median) | runs | peak RSS |", "|---:|---:|---|---:|"]
        lines += [f"| {chars:,} | {r['cpu']:.2f} | {', '.join(f'{c:.2f}' for c in r['runs'])} | {r['rss_mb']:,.0f} MB |"
                  for chars, r in long.items()]
        parts.append("## One long document (the articles joined)\n\n" + "\n".join(lines) + "\n")
    text = "\n".join(parts)
    OUT_MD.parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(OUT_MD) as handle:
        handle.write(text)
    with atomic_text(OUT_JSON) as handle:
        handle.write(json.dumps({"info": info, "targets": values, "extract": _jsonable(ext), "rows": rows,
                                 "long": {str(k): v for k, v in long.items()}}, indent=1, ensure_ascii=False) + "\n")
    print("\n" + text)
    return 0


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return round(value, 3) if isinstance(value, float) else value


if __name__ == "__main__":
    raise SystemExit(main())
