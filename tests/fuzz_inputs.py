"""``make fuzz``: Hypothesis over the readers and the pipeline for a given time; reports crashes and hangs.

Two targets, run in turns until the time is up (``--seconds``, default 600):

* ``readers``: files of every supported suffix made of random bytes, of JSONL lines of random JSON
  values (lone surrogates, NaN, deep nesting, huge numbers), of CSV-like and HTML-like text in
  several encodings, read by :func:`pipeline.readers.read_inputs`. It must never raise, give only
  documents and problems whose strings can be written as UTF-8, and take under ``--hang`` seconds.
* ``pipeline``: texts made of Indonesian press words, titles, names, quotes, brackets and runs of
  punctuation, processed by :func:`pipeline.engines.process_document`. No component may raise,
  every offset must point at its text in ``doc.text`` (white space aside: text fields read the
  flat view of :mod:`pipeline.extract.layout`), and a document of n characters must take under
  ``--hang`` CPU seconds per 10,000 (at least ``--hang``; CPU, as the machine may be shared).

A watchdog ends the run (with the stack of the hanging example) if one example takes more than ten
times its limit. The report (``outputs/fuzz.md``) lists the examples run and every crash and hang,
each with the input that caused it; the exit status is 1 when there is any.
"""
from __future__ import annotations

import argparse
import faulthandler
import json
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.engines import process_document, worker_nlp  # noqa: E402
from pipeline.readers import SUFFIXES, InputDocument, InputProblem, read_inputs  # noqa: E402
from pipeline.writers import json_line  # noqa: E402

WORDS = ["Menteri", "Kepala", "Ketua", "Wakil", "Direktur", "Badan", "Pusat", "Statistik", "(BPS)", "Kementerian",
         "Keuangan", "Budi", "Santoso", "Siti", "Rahayu", "mengatakan,", "ujarnya.", "kata", "Jakarta,", "Senin",
         "(26/5)", "26", "Mei", "2025", "ia", "dia", "beliau", "Dr.", "S.H.", "PT", "Tbk", "di", "dan", "yang",
         "\u201c", "\u201d", '"', "'", "(", ")", ".", ",", "-", "\u2014", ":", ";", "\n", "\n\n", "  ", "selaku",
         "Kapolres", "Polresta", "Denpasar", "RI", "DPR", "Komisi", "III", "https://contoh.id/a?b=1", "@akun",
         "=1+1", "\u00a0", "\u200b", "\ufeff", "\u2028"]
PUNCT_RUNS = st.builds(lambda ch, n: ch * n, st.sampled_from(list("\"'-=.!?*_~<>/\\|#()[]{}\u201c\u201d")),
                       st.integers(1, 3000))
TOKENS = st.one_of(st.sampled_from(WORDS), PUNCT_RUNS, st.text(max_size=20))
TEXTS = st.lists(TOKENS, min_size=1, max_size=300).map(" ".join)
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.sampled_from(
    ["bad\udc80id", "\ud800", "", " ", "=cmd", "../../etc/passwd", "a\nb"]))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                                  st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=4)), max_leaves=20)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"])


@st.composite
def jsonl_bytes(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            obj = {"id": draw(JSON_SCALARS), "text": draw(st.one_of(TEXTS, JSON_SCALARS))}
            obj.update(draw(st.dictionaries(st.sampled_from(["published", "source", "url", "title"]), JSON_VALUES,
                                            max_size=3)))
            lines.append(json.dumps(obj).encode("utf-8", "surrogatepass"))
        elif kind == 1:
            lines.append(json.dumps(draw(JSON_VALUES)).encode("utf-8", "surrogatepass"))
        elif kind == 2:
            depth = draw(st.integers(1, 3000))
            lines.append(b"[" * depth + b"]" * draw(st.sampled_from([0, depth])))
        else:
            lines.append(draw(st.binary(max_size=200)))
    return b"\n".join(lines)


@st.composite
def csv_bytes(draw) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    header = draw(st.sampled_from([["id", "text"], ["text", "id", "published"], ["id", "body"], ["id"]]))
    cells = st.one_of(TEXTS, st.text(max_size=30), st.sampled_from(['"', '""', '"a', 'a"b', "\r", "\n", "=1"]))
    rows = [delimiter.join(header)] + [delimiter.join(draw(st.lists(cells, min_size=1, max_size=4)))
                                       for _ in range(draw(st.integers(0, 5)))]
    return "\n".join(rows).encode(draw(ENCODINGS), "replace")


HTML_PIECES = st.sampled_from(["<p>", "</p>", "<head>", "</head>", "<title>", "<iframe src=x>", "</iframe>", "<script>",
                               "</script>", "<!--", "-->", "<a", "<a x='", ">", "<br>", "&amp;", "&#", "<![CDATA[",
                               "<!DOCTYPE html>", "<svg>", "<style>", "</", "<body>"])
HTML = st.lists(st.one_of(HTML_PIECES, TOKENS), max_size=200).map("".join)


@st.composite
def input_file(draw) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(SUFFIXES + (".pdf", "")))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        data = draw(st.binary(max_size=2000))
    elif suffix == ".jsonl":
        data = draw(jsonl_bytes())
    elif suffix == ".csv":
        data = draw(csv_bytes())
    elif suffix in (".html", ".htm"):
        data = draw(HTML).encode(draw(ENCODINGS), "replace")
    else:
        data = draw(TEXTS).encode(draw(ENCODINGS), "replace")
    name = draw(st.one_of(st.just("doc"), st.text(st.characters(blacklist_characters="/\x00"), min_size=1,
                                                                 max_size=12)))
    return name + suffix, data


class Findings:
    def __init__(self, hang: float):
        self.hang = hang
        self.examples = {"readers": 0, "pipeline": 0}
        self.crashes: list[str] = []
        self.hangs: list[str] = []

    def check_time(self, target: str, seconds: float, limit: float, example: str) -> None:
        if seconds > limit:
            self.hangs.append(f"{target}: {seconds:.1f} s (limit {limit:.1f} s): {example[:300]!r}")


def readers_target(findings: Findings, folder: Path):
    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate, Phase.shrink])
    @given(st.lists(input_file(), min_size=1, max_size=4))
    def read_everything(files):
        findings.examples["readers"] += 1
        case = Path(tempfile.mkdtemp(dir=folder))
        for i, (name, data) in enumerate(files):
            path = case / f"{i}-{name}"
            try:
                path.write_bytes(data)
            except (OSError, ValueError):  # a name the file system cannot take
                continue
        limit = findings.hang * max(1.0, sum(len(d) for _, d in files) / 10_000)
        faulthandler.dump_traceback_later(10 * limit + 10, exit=True)
        started = time.perf_counter()
        items = list(read_inputs([case], max_chars=100_000))
        findings.check_time("readers", time.perf_counter() - started, limit, repr(files))
        faulthandler.cancel_dump_traceback_later()
        for item in items:
            assert isinstance(item, (InputDocument, InputProblem))
            if isinstance(item, InputDocument):
                assert isinstance(item.id, str) and item.id and isinstance(item.text, str) and item.text.strip()
                json_line({"id": item.id, "text": item.text, "source": item.source, **item.meta}).encode("utf-8")
            else:
                json_line({"id": item.id, "file": item.source, "message": item.message}).encode("utf-8")

    return read_everything


def pipeline_target(findings: Findings, nlp):
    @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate])
    @given(TEXTS)
    def process(text):
        if not text.strip():
            return
        findings.examples["pipeline"] += 1
        limit = findings.hang * max(1.0, len(text) / 10_000)
        faulthandler.dump_traceback_later(10 * limit + 10, exit=True)
        started = time.process_time()  # CPU: on a shared machine, waiting for the processor is no hang
        outcome = process_document(nlp, InputDocument("fuzz", text, "fuzz"))
        findings.check_time("pipeline", time.process_time() - started, limit, text)
        faulthandler.cancel_dump_traceback_later()
        assert outcome.error is None, outcome.error
        record = outcome.record
        json_line(record).encode("utf-8")
        spans = [m for key in ("people", "organizations", "location_mentions") for item in record[key]
                 for m in item.get("mentions", [])] + record["dates"] + record["quotes"]
        for span in spans:  # the text fields read the flat view: a wrapped line reads with a space (layout)
            assert text[span["start"]:span["end"]].split() == span["text"].split(), span

    return process


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--hang", type=float, default=2.0, help="seconds per 10,000 characters that count as a hang")
    parser.add_argument("--report", type=Path, default=ROOT / "outputs" / "fuzz.md")
    args = parser.parse_args(argv)
    findings = Findings(args.hang)
    nlp = worker_nlp({"ner_model": "none"})
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        targets = [readers_target(findings, Path(tmp)), pipeline_target(findings, nlp)]
        turn = 0
        while time.monotonic() - started < args.seconds:
            target = targets[turn % 2]
            turn += 1
            try:
                target()
            except Exception as exc:  # a falsifying example: keep it, go on
                findings.crashes.append(f"{target.__name__}: {type(exc).__name__}: {exc}\n"
                                        + "".join(traceback.format_exception(exc))[-3000:])
            for entry in Path(tmp).iterdir():
                shutil.rmtree(entry, ignore_errors=True)
    elapsed = time.monotonic() - started
    lines = ["# Fuzzing (`make fuzz`)", "", f"{elapsed:.0f} s; examples: readers {findings.examples['readers']:,}, "
             f"pipeline {findings.examples['pipeline']:,}; crashes {len(findings.crashes)}, hangs "
             f"{len(findings.hangs)} (over {args.hang:g} s per 10,000 characters).", ""]
    lines += [f"## crash\n\n```\n{c}\n```\n" for c in findings.crashes]
    lines += [f"- hang: {h}" for h in findings.hangs]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:3]))
    return 1 if findings.crashes or findings.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
