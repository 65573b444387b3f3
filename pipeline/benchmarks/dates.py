"""Our date normaliser against ``dateparser`` (Indonesian) on the gold date mentions, as one table.

``python -m pipeline.benchmarks.dates [--gold FILE ...]`` prints a Markdown table and writes it
to ``outputs/dates-benchmark.md``. Gold files: ``../shared/dev/detik-dev.gold.jsonl`` (or
``$PIPELINE_SHARED/dev/...``), ``corpus/gold.jsonl`` and ``corpus/tune.gold.jsonl`` (never the
sealed split), each document with ``published``.

For every gold mention (each distinct text and value of a document), with the document's
``published`` as the anchor:

* ``ours (in text)``: the ``dates`` component run on the whole document found a mention with
  the gold value whose text contains the gold text or is contained in it (the scorer's rule);
* ``ours (alone)``: :func:`pipeline.extract.dates.date_mentions` on the gold text alone gives
  the gold value (its longest mention);
* ``dateparser``: ``DateDataParser(languages=["id"])`` with ``RELATIVE_BASE`` = the anchor on
  the gold text alone gives the gold value, read at the period it reports (day, month,
  year); for a range gold value, ``search_dates`` must find the two ends.

Mentions are grouped by shape, read from the gold text and value.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import time
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Optional

from ..evaluate import normalize_text
from ..jsonl import jsonl_values

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "outputs" / "dates-benchmark.md"
SHARED = Path(os.environ.get("PIPELINE_SHARED") or ROOT.parent / "shared")
GOLD_FILES = (SHARED / "dev" / "detik-dev.gold.jsonl", ROOT / "corpus" / "gold.jsonl", ROOT / "corpus" / "tune.gold.jsonl")
SHAPES = ("day month year", "day month (no year)", "numeric (26/5)", "month year", "month (relative)",
          "year", "relative day", "relative year", "range")


def shape(text: str, value: str) -> str:
    """The shape category of a gold mention."""
    if "/" in value:
        return "range"
    has_digit = bool(re.search(r"\d", text))
    if len(value) == 4:
        return "year" if has_digit else "relative year"
    if len(value) == 7:
        return "month year" if re.search(r"\d{4}", text) else "month (relative)"
    if not has_digit:
        return "relative day"
    if re.search(r"\d\s*/\s*\d", text):
        return "numeric (26/5)"
    return "day month year" if re.search(r"\d{4}", text) else "day month (no year)"


def _period_value(date: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{date.year:04d}"
    if period == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.date().isoformat()


class DateparserReader:
    """dateparser's reading of one mention, at the period it reports."""

    def __init__(self) -> None:
        import dateparser  # noqa: F401  (fail early when absent)

        self._parsers: dict = {}  # anchor -> DateDataParser: building one costs more than a parse

    def _parser(self, anchor: dt.date, settings: dict):
        from dateparser.date import DateDataParser

        if anchor not in self._parsers:
            self._parsers[anchor] = DateDataParser(languages=["id"], settings=settings)
        return self._parsers[anchor]

    def __call__(self, text: str, anchor: dt.date, range_wanted: bool) -> Optional[str]:
        from dateparser.search import search_dates

        base = dt.datetime.combine(anchor, dt.time(12))
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"}
        parser = self._parser(anchor, settings)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if range_wanted:
                found = search_dates(text, languages=["id"], settings=settings) or []
                if len(found) < 2:
                    return None
                ends = []
                for part, _ in (found[0], found[-1]):
                    data = parser.get_date_data(part)
                    if data.date_obj is None:
                        return None
                    ends.append(_period_value(data.date_obj, data.period or "day"))
                return "/".join(ends)
            data = parser.get_date_data(text)
            if data.date_obj is None:
                return None
            return _period_value(data.date_obj, data.period or "day")


def _ours_alone(text: str, anchor: dt.date) -> Optional[str]:
    from ..extract.dates import date_mentions

    found = list(date_mentions(text, anchor))
    return max(found, key=lambda m: m.end - m.start).value if found else None


def _ours_in_text(found: list[tuple[str, str]], text: str, value: str) -> bool:
    """Whether a ``(normalised text, value)`` found in the document matches the gold mention (the scorer's rule)."""
    gold = normalize_text(text)
    return any(v == value and (gold in t or t in gold) for t, v in found)


def run(gold_files) -> tuple[str, dict]:
    from ..extract.dates import date_mentions

    reader = DateparserReader()
    rows: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    timing = {"ours": 0.0, "dateparser": 0.0, "n": 0}
    sources = []
    for path in gold_files:
        path = Path(path)
        if not path.exists():
            continue
        sources.append(path)
        for doc in jsonl_values(path):
            if not doc.get("published"):
                continue
            anchor = dt.date.fromisoformat(doc["published"][:10])
            in_text = [(normalize_text(m.text), m.value) for m in date_mentions(doc["text"], anchor)]
            seen = set()
            for item in doc.get("dates", []):
                key = (normalize_text(item["text"]), item["value"])
                if key in seen:
                    continue
                seen.add(key)
                text, value = item["text"], item["value"]
                row = rows[shape(text, value)]
                row["n"] += 1
                row["ours (in text)"] += _ours_in_text(in_text, text, value)
                t0 = time.perf_counter()
                row["ours (alone)"] += _ours_alone(text, anchor) == value
                t1 = time.perf_counter()
                row["dateparser"] += reader(text, anchor, "/" in value) == value
                t2 = time.perf_counter()
                timing["ours"] += t1 - t0
                timing["dateparser"] += t2 - t1
                timing["n"] += 1
    columns = ("ours (in text)", "ours (alone)", "dateparser")
    lines = ["| shape | n | " + " | ".join(columns) + " |", "| --- | ---: | " + " | ".join("---:" for _ in columns) + " |"]
    total = defaultdict(int)
    for name in [s for s in SHAPES if s in rows] + sorted(set(rows) - set(SHAPES)):
        row = rows[name]
        for k, v in row.items():
            total[k] += v
        lines.append(f"| {name} | {row['n']} | " + " | ".join(f"{row[c]}" for c in columns) + " |")
    n = total["n"] or 1
    lines.append(f"| **all** | {total['n']} | " + " | ".join(f"{total[c]} ({100 * total[c] / n:.1f}%)" for c in columns) + " |")
    per_second = {k: (timing["n"] / timing[k] if timing[k] else 0.0) for k in ("ours", "dateparser")}
    header = [
        "# Dates: our normaliser against dateparser",
        "",
        "Gold mentions (distinct text and value per document) of " + ", ".join(f"`{p.name}`" for p in sources)
        + "; anchor = the document's `published`. A cell counts mentions whose value equals gold "
        "(see `pipeline/benchmarks/dates.py`).",
        "",
    ]
    footer = ["", f"Mentions per second on the mention text alone: ours {per_second['ours']:,.0f}, "
              f"dateparser {per_second['dateparser']:,.0f}.", ""]
    return "\n".join(header + lines + footer), {"rows": rows, "per_second": per_second}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.dates", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", nargs="*", default=[str(p) for p in GOLD_FILES], help="gold JSONL files")
    parser.add_argument("--out", default=str(OUTPUT), help="Markdown file to write")
    args = parser.parse_args(argv)
    table, _ = run(args.gold)
    print(table)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
