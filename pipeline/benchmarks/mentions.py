"""Held-out check of the mention layer's types: the whole default pipeline on NER test splits.

``python -m pipeline.benchmarks.mentions [--sets idner-test,nergrit-test] [--group 5] [--sample N]``
(``make eval-mentions``) reads the test splits of the NER sets (converted to records-v1 spans by
the project's one converter, ``pipeline.training.corpora``: people without titles, institutions
whole), joins every ``--group`` consecutive sentences into one text, runs ``pipeline.process``
and ``to_records`` on it (the default pipeline: NER model and rules), and scores per text the
names of each type as sets:

* gold: the distinct texts of the PER / ORG / LOC spans;
* output: people names and their mention texts (pronouns and lower-case mentions aside),
  organisation names, aliases and mention texts, locations.

Texts are compared after records-v1 normalisation (names for people, places for locations, text
for organisations). Besides P / R / F1 per type it counts the **type confusions**: a gold name of
one type that the output has only under another (``ORG -> PER``: a club, company or band read as
a person), and the output names that no gold span of any type holds. The model was trained on
the train splits only: sentences of a test split are dropped from every other split by the
converter (:func:`train_overlap` counts them again from the raw files, and checks that the
converted training sets hold none of them). ``--sample`` keeps every k-th text (deterministic) to
make a quick run. Writes ``outputs/mentions-benchmark.md`` (tables) and
``outputs/mentions-errors.csv`` (one row per missed, confused or spurious name).

These test splits are single-sentence news (idner-news-2k) and encyclopaedic text (NERGrit): the
numbers measure type decisions on text the rules were not written from, not records F1 of press
documents (gold spans here also count things records-v1 leaves out, e.g. places inside event names).
"""
from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from ..threads import limit_threads

limit_threads()

ROOT = Path(__file__).resolve().parents[2]
OUT_MD = ROOT / "outputs" / "mentions-benchmark.md"
DEFAULT_SETS = ("idner-test", "nergrit-test")
LABELS = ("PER", "ORG", "LOC")
GROUP = 5


def _normalisers():
    from ..evaluate import normalize_name, normalize_place, normalize_text

    return {"PER": normalize_name, "ORG": normalize_text, "LOC": normalize_place}


def build_items(name: str, sentences: list, group: int = GROUP) -> list[dict]:
    """Texts of ``group`` consecutive sentences (natural spacing, one paragraph) with the raw
    texts of their gold spans per label. ``sentences`` are ``(words, spans)`` pairs."""
    from ..training.ner import spaces_for

    items = []
    for k in range(0, len(sentences), group):
        parts, gold = [], {label: [] for label in LABELS}
        for words, spans in sentences[k:k + group]:
            spaces = spaces_for(words)
            offsets, pos = [], 0
            for word, space in zip(words, spaces):
                offsets.append(pos)
                pos += len(word) + (1 if space else 0)
            text = "".join(w + (" " if s else "") for w, s in zip(words, spaces))
            for s, e, label in spans:
                if label in gold:
                    gold[label].append(text[offsets[s]:offsets[e - 1] + len(words[e - 1])])
            parts.append(text)
        items.append({"id": f"{name}-{k // group:04d}", "text": " ".join(parts), "gold": gold})
    return items


PRONOUNS_FALLBACK = frozenset({"ia", "dia", "beliau", "nya", "-nya", "mereka", "kami", "saya", "aku"})


def predicted(record: dict) -> dict[str, list[str]]:
    """The raw names of each type a record gives (module docstring)."""
    out = {label: [] for label in LABELS}
    for person in record.get("people", []):
        out["PER"].append(person["name"])
        out["PER"].extend(m["text"] for m in person.get("mentions", [])
                          if m["text"][:1].isupper() and m["text"].lower() not in PRONOUNS_FALLBACK)
    for org in record.get("organizations", []):
        out["ORG"].append(org["name"])
        out["ORG"].extend(org.get("aliases", []))
        out["ORG"].extend(m["text"] for m in org.get("mentions", []))
    out["LOC"].extend(record.get("locations", []))
    return out


def compare(gold: dict[str, list[str]], pred: dict[str, list[str]], norm=None) -> dict:
    """Counts of one text: ``tp``/``fp``/``fn`` per label, ``confusion[(gold, out)]`` (``out`` is
    another label, or ``None`` when the output has it under no label), ``spurious[label]`` (output
    names no gold span of any label holds) and the error rows."""
    norm = norm or _normalisers()
    keyed = {side: {label: {norm[label](t): t for t in texts if norm[label](t)}
                    for label, texts in names.items()} for side, names in (("gold", gold), ("pred", pred))}
    result = {"tp": Counter(), "fp": Counter(), "fn": Counter(), "confusion": Counter(),
              "spurious": Counter(), "rows": []}

    def under(side: str, label: str, raw: str) -> bool:
        return norm[label](raw) in keyed[side][label]

    for label in LABELS:
        g, p = keyed["gold"][label], keyed["pred"][label]
        result["tp"][label] += len(g.keys() & p.keys())
        for key in g.keys() - p.keys():
            result["fn"][label] += 1
            raw = g[key]
            others = [m for m in LABELS if m != label and under("pred", m, raw)]
            result["confusion"][(label, others[0] if others else None)] += 1
            result["rows"].append(("missed" if not others else f"{label}->{others[0]}", label, raw))
        for key in p.keys() - g.keys():
            result["fp"][label] += 1
            raw = p[key]
            if not any(under("gold", m, raw) for m in LABELS if m != label):
                result["spurious"][label] += 1
                result["rows"].append(("spurious", label, raw))
    return result


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "fp": fp, "fn": fn}


def train_overlap(sets: Iterable[str]) -> dict:
    """How many sentences of the test ``sets`` the raw training files hold (the converter drops
    them) and how many the converted training sets still hold (must be 0)."""
    from ..training.corpora import SOURCES, Conventions, convert_source
    from ..training.ner import SETS, TEST_SETS, TRAIN_SETS, read_sets, sentence_key

    raw = read_sets(dict.fromkeys(tuple(sets) + TRAIN_SETS + TEST_SETS))
    test_keys = frozenset(sentence_key(w) for name in sets for w, _ in raw[name])
    all_test = frozenset(sentence_key(w) for name in TEST_SETS for w, _ in raw[name])
    conv = Conventions.from_lexicons()
    out = {"raw": {}, "converted": {}}
    for name in TRAIN_SETS:
        out["raw"][name] = sum(sentence_key(w) in test_keys for w, _ in raw[name])
        source = SOURCES[SETS[name][0]]
        if source.lowercased:  # the lowercase key does not depend on the re-casing
            kept = [w for w, _ in raw[name] if sentence_key(w) not in all_test]
        else:
            kept = [w for w, _ in convert_source(source, SETS[name][1], raw[name], conv,
                                                 exclude=all_test).sentences]
        out["converted"][name] = sum(sentence_key(w) in test_keys for w in kept)
    return out


def run(sets: Iterable[str] = DEFAULT_SETS, group: int = GROUP, sample: int = 0,
        ner_model: Optional[str] = None, overlap: bool = True) -> dict:
    """Score the default pipeline (or ``ner_model``) on ``sets``; see the module docstring."""
    import pipeline

    from ..training.ner import load_sets

    sets = tuple(sets)
    data = load_sets(sets)
    nlp = pipeline.load(**({"ner_model": ner_model} if ner_model else {}))
    norm = _normalisers()
    report: dict = {"sets": {}, "group": group, "sample": sample}
    rows: list[tuple] = []
    for name in sets:
        items = build_items(name, data[name].sentences, group)
        if sample and sample < len(items):
            step = len(items) / sample
            items = [items[int(i * step)] for i in range(sample)]
        totals = {key: Counter() for key in ("tp", "fp", "fn", "confusion", "spurious")}
        words = 0
        start = time.process_time()
        for item in items:
            doc = pipeline.process(nlp, item["text"], doc_id=item["id"])
            result = compare(item["gold"], predicted(pipeline.to_records(doc)), norm)
            words += len(item["text"].split())
            for key in totals:
                totals[key].update(result[key])
            rows.extend((item["id"], kind, label, text) for kind, label, text in result["rows"])
        cpu = time.process_time() - start
        gold_counts = {label: totals["tp"][label] + totals["fn"][label] for label in LABELS}
        report["sets"][name] = {
            "texts": len(items), "words": words, "words_per_cpu_second": round(words / cpu) if cpu else None,
            "scores": {label: _prf(totals["tp"][label], totals["fp"][label], totals["fn"][label]) for label in LABELS},
            "gold": gold_counts,
            "confusion": {f"{g}->{o or 'none'}": n for (g, o), n in sorted(totals["confusion"].items(),
                                                                             key=lambda kv: (kv[0][0], str(kv[0][1])))},
            "spurious": dict(totals["spurious"]),
        }
    if overlap:
        report["train_overlap"] = train_overlap(sets)
    report["rows"] = rows
    return report


def format_report(report: dict) -> str:
    lines = ["# Held-out mention check (`make eval-mentions`)", "",
             f"Default pipeline on NER test splits, {report['group']} sentences per text"
             + (f", sample of {report['sample']} texts per set" if report["sample"] else "") + "; names per text as sets "
             "(`pipeline/benchmarks/mentions.py`).", "",
             "| set | texts | type | P | R | F1 | gold | tp | fp | fn |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in report["sets"].items():
        for label, s in r["scores"].items():
            lines.append(f"| {name} | {r['texts']} | {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | "
                         f"{r['gold'][label]} | {s['tp']} | {s['fp']} | {s['fn']} |")
    lines += ["", "Type confusions: a gold name of one type found only under another type of the output "
              "(`none`: under no type), and output names that no gold span of any type holds (spurious).", "",
              "| set | gold type | as PER | as ORG | as LOC | missed | spurious output of the type |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in report["sets"].items():
        for label in LABELS:
            cells = [str(r["confusion"].get(f"{label}->{o}", 0)) if o != label else "-" for o in LABELS]
            lines.append(f"| {name} | {label} | {' | '.join(cells)} | {r['confusion'].get(f'{label}->none', 0)} | "
                         f"{r['spurious'].get(label, 0)} |")
    if "train_overlap" in report:
        o = report["train_overlap"]
        lines += ["", "Test sentences in the training sets (raw files / after the converter, which drops them): "
                  + ", ".join(f"{k} {o['raw'][k]} / {o['converted'][k]}" for k in o["raw"]) + "."]
    lines += ["", "Words per CPU second (noisy, shared machine): "
              + ", ".join(f"{k} {r['words_per_cpu_second']}" for k, r in report["sets"].items()) + "."]
    return "\n".join(lines) + "\n"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.mentions", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help="NER sets (names of pipeline.training.ner.SETS)")
    parser.add_argument("--group", type=int, default=GROUP, help="sentences joined into one text")
    parser.add_argument("--sample", type=int, default=0, help="texts kept per set (0: all)")
    parser.add_argument("--ner-model", default=None, help="as extract --ner-model (default: the pipeline's)")
    parser.add_argument("--no-overlap", action="store_true", help="skip the train/test overlap check")
    parser.add_argument("--out", type=Path, default=OUT_MD)
    args = parser.parse_args(argv)
    report = run([s.strip() for s in args.sets.split(",") if s.strip()], args.group, args.sample,
                 args.ner_model, not args.no_overlap)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = format_report(report)
    args.out.write_text(text, encoding="utf-8")
    rows = report.pop("rows")
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    with open(args.out.with_name("mentions-errors.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["item", "kind", "gold_or_output_type", "text"])
        writer.writerows(rows)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
