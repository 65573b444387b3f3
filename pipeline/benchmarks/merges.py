"""Precision and recall of person merges against a gold merge list.

``python -m pipeline.benchmarks.merges SOURCE... --gold corpus/merges.gold.tsv`` where each
SOURCE is a dataset folder (``person_mentions.parquet``, written by ``dataset``), an
``extract`` output folder or a records-v1 ``.jsonl`` file (people then merged here with
:func:`pipeline.merge.merge_people`, the organisations of their roles compared by name as
written, without the organisation merge of ``dataset``).

Each predicted person record (document, name, person id) is judged against the gold rows
of its document: the row with the same name (honorifics aside), else the one gold person
whose name holds it or is held by it word by word; records that match no gold person,
or several, are left unjudged. Over every pair of judged records: a true positive is a
pair merged in the prediction and the same gold person, a false positive a merged pair of
two gold people, a false negative a gold pair left apart. Scores are also given for pairs
across documents only.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Iterable, Optional

from ..merge import PersonItem, is_subsequence, merge_people, name_tokens, org_key

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "merges.gold.tsv"


def read_gold(path: Path) -> list[dict]:
    """The rows of a gold merge list (``person``, ``doc_id``, ``name``, ``note``)."""
    with Path(path).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def predicted(sources: Iterable[Path]) -> list[tuple[str, str, str]]:
    """``(doc_id, name, person_id)`` of every person record of the sources."""
    out: set[tuple[str, str, str]] = set()
    records = []
    for source in map(Path, sources):
        table = source / "person_mentions.parquet"
        if table.is_file():
            import pyarrow.parquet as pq

            for row in pq.read_table(table, columns=["doc_id", "record_name", "person_id"]).to_pylist():
                out.add((row["doc_id"], row["record_name"], row["person_id"]))
        else:
            from ..dataset import read_records

            found, problems = read_records([source])
            for problem in problems:
                print(f"warning: {problem}", file=sys.stderr)
            records += found
    items = [PersonItem(r["id"], p["name"], tuple(sorted({org_key(role["org"]) for role in p.get("roles") or []
                                                          if role.get("org")})))
             for r in records for p in r.get("people") or [] if name_tokens(p.get("name") or "")]
    clusters, _ = merge_people(items)
    for cluster in clusters:
        for i in cluster.members:
            out.add((items[i].doc_id, items[i].name, cluster.id))
    return sorted(out)


def judge(doc_id: str, name: str, gold_by_doc: dict[str, list[tuple[tuple, str]]]) -> Optional[str]:
    """The gold person of a predicted record, or None when there is none or several."""
    rows = gold_by_doc.get(doc_id, [])
    key = name_tokens(name)
    exact = {person for tokens, person in rows if tokens == key}
    if not exact and key:
        exact = {person for tokens, person in rows if is_subsequence(key, tokens) or is_subsequence(tokens, key)}
    return exact.pop() if len(exact) == 1 else None


def _prf(tp: int, fp: int, fn: int) -> dict:
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None}


def score(pred: list[tuple[str, str, str]], gold_rows: list[dict]) -> dict:
    """Pairwise scores of the predicted merges, with the false positives and the unjudged records."""
    gold_by_doc: dict[str, list[tuple[tuple, str]]] = {}
    for row in gold_rows:
        gold_by_doc.setdefault(row["doc_id"], []).append((name_tokens(row["name"]), row["person"]))
    judged, unjudged = [], []
    for doc_id, name, person_id in pred:
        person = judge(doc_id, name, gold_by_doc)
        (judged if person else unjudged).append((doc_id, name, person_id, person))
    counts = {"all": [0, 0, 0], "cross-document": [0, 0, 0]}
    false_merges, missed = [], []
    for a, b in combinations(judged, 2):
        same_pred, same_gold = a[2] == b[2], a[3] == b[3]
        scopes = ["all"] + (["cross-document"] if a[0] != b[0] else [])
        for scope in scopes:
            c = counts[scope]
            if same_pred and same_gold:
                c[0] += 1
            elif same_pred:
                c[1] += 1
            elif same_gold:
                c[2] += 1
        if same_pred != same_gold:
            (false_merges if same_pred else missed).append(
                {"a": f"{a[0]}: {a[1]}", "b": f"{b[0]}: {b[1]}", "person_id": a[2] if same_pred else a[3]})
    return {"records": len(pred), "judged": len(judged),
            **{scope: _prf(*c) for scope, c in counts.items()},
            "false_merges": false_merges, "missed_merges": missed,
            "unjudged": [f"{d}: {n}" for d, n, _, _ in unjudged]}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.merges", description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path, help="dataset folders, extract output folders or .jsonl")
    parser.add_argument("--gold", type=Path, default=GOLD, help=f"gold merge list (default: {GOLD.name})")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    result = score(predicted(args.sources), read_gold(args.gold))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"person records: {result['records']}, judged against the gold list: {result['judged']}")
    for scope in ("all", "cross-document"):
        s = result[scope]
        show = lambda v: "n/a" if v is None else f"{v:.4f}"  # noqa: E731
        print(f"{scope:>15} pairs: tp {s['tp']} fp {s['fp']} fn {s['fn']}  "
              f"precision {show(s['precision'])}  recall {show(s['recall'])}")
    for fm in result["false_merges"]:
        print(f"false merge: {fm['a']} = {fm['b']} ({fm['person_id']})")
    for mm in result["missed_merges"]:
        print(f"missed merge: {mm['a']} = {mm['b']} (gold {mm['person_id']})")
    if result["unjudged"]:
        print(f"unjudged ({len(result['unjudged'])}): " + "; ".join(result["unjudged"][:20]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
