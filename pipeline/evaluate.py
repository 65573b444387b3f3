"""Score records-v1 predictions against gold (`python -m pipeline evaluate`).

Follows `records-v1.md`, sections "Scoring" and "Normalisation, exactly". Where the spec
leaves room, this module reads it as follows:

- Every field except aliases and date_values is matched one-to-one, greedily, in
  prediction order: each prediction takes the first unmatched gold item it matches.
  Lists are not deduplicated (a repeated prediction is a false positive), except dates.
- people: `normalize_name` equal.
- roles: items are (person, title, org) over every role of every person. Match: person
  names equal after `normalize_name`, and `word_f1(title, gold title) >= 0.8` or
  `word_f1("title org", "gold title gold org") >= 0.8` (a null part is left out).
- role_org_accuracy: over matched roles whose gold org is not null. The gold org names
  the first gold `organizations` record any of whose names (name + aliases) has the
  same `normalize_text`; if none does, the gold org string alone stands for it. The
  predicted org is right when its `normalize_text` equals that of one of those names;
  a null predicted org is wrong.
- organizations: any name (name + aliases) of the prediction equals any name of the
  gold record after `normalize_text`.
- aliases: sets of (normalize_text(name), normalize_text(alias)) per document; tp is the
  intersection.
- locations: `normalize_place` equal.
- dates: each side first keeps one item per distinct (normalize_text(text), value),
  first occurrence first; match when the values are equal strings and one normalised
  text contains the other. date_values: sets of distinct values per document.
- quotes: `word_f1 >= 0.5`. quotes+speaker: a separate greedy matching that also needs
  the right speaker (`normalize_name` equal; both null is right, one null is wrong).
  speaker_accuracy: over the pairs of the `quotes` matching.
- Names: words are the space-separated pieces of the text before the first comma. In
  each round the first-word honorific rule, then the last-word degree rule, is tried,
  each only while more than one word is left; rounds repeat until neither applies.
  "Without a final dot" removes one trailing dot.
- Words: `\\w+` runs (Unicode letters, digits, underscore) of `normalize_text`.
  `word_f1` is `2*common / (len(a) + len(b))` over the multisets, 0.0 when either side
  has no words. Thresholds are compared on that exactly rounded quotient.
- Micro-averaging: tp/fp/fn are summed over documents. precision = tp/(tp+fp),
  recall = tp/(tp+fn), f1 = 2tp/(2tp+fp+fn); each is 0.0 when its denominator is 0.
- Documents pair by `id`. A gold document without prediction scores all its items as
  fn; a predicted document without gold is ignored with an `UnscoredDocumentWarning`.
  Missing or null list fields count as empty lists. Duplicate ids are an error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .jsonl import jsonl_lines

FIELDS = (
    "people",
    "roles",
    "organizations",
    "aliases",
    "locations",
    "dates",
    "date_values",
    "quotes",
    "quotes+speaker",
)
ACCURACIES = ("speaker_accuracy", "role_org_accuracy")

ROLE_THRESHOLD = 0.8
QUOTE_THRESHOLD = 0.5

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_STRIP = "\"'.,;:!?()[]-–— "
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_DEGREE = re.compile(r"^(s|m|d|ph|b|a)\.?[a-z]{0,4}(\.[a-z]{0,4})*\.?$")
HONORIFICS = frozenset(
    "aipda aiptu ajun akbp akp bapak besar brigadir brigjen brigpol bripda bripka briptu bu "
    "dr dra drs gus h habib hj ibu inspektur ipda iptu ir irjen jend jenderal kanjeng kapten "
    "kh kol kolonel kombes kombespol komisaris komjen kompol kopda koptu laksamana laksda "
    "laksdya laksma letda letjen letkol lettu marsda marsdya marsekal marsma mayjen mayor "
    "nyonya pak pol polisi prada pratu prof raden rm saudara saudari sdr sdri serka serma "
    "sertu tuan ustadz ustaz".split()
)
PLACE_PREFIXES = frozenset("provinsi prov kabupaten kab kota kecamatan kec kelurahan kel desa".split())


class UnscoredDocumentWarning(UserWarning):
    """A predicted document whose id has no gold document."""


class InputError(ValueError):
    """A gold or prediction file that cannot be read as records."""


# --- normalisation -------------------------------------------------------------------


def normalize_text(s: str | None) -> str:
    """NFKC, straight quotes, case fold, collapsed white space, trimmed punctuation."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).translate(_QUOTE_MARKS).casefold()
    return _WHITESPACE.sub(" ", s).strip(_STRIP)


def _without_final_dot(word: str) -> str:
    return word[:-1] if word.endswith(".") else word


def normalize_name(s: str | None) -> str:
    """Normalised text up to the first comma, without honorifics, ranks and degrees."""
    tokens = normalize_text(s).split(",", 1)[0].split()
    changed = True
    while changed:
        changed = False
        if len(tokens) > 1 and _without_final_dot(tokens[0]) in HONORIFICS:
            tokens.pop(0)
            changed = True
        if len(tokens) > 1 and "." in tokens[-1] and _DEGREE.match(tokens[-1]):
            tokens.pop()
            changed = True
    return " ".join(tokens)


def normalize_place(s: str | None) -> str:
    """Normalised text without leading administrative prefixes (Provinsi, Kota, ...)."""
    tokens = normalize_text(s).split()
    while len(tokens) > 1 and _without_final_dot(tokens[0]) in PLACE_PREFIXES:
        tokens.pop(0)
    return " ".join(tokens)


def words(s: str | None) -> list[str]:
    """The runs of letters, digits and underscores of the normalised text."""
    return _WORD.findall(normalize_text(s))


def word_f1(a: str | None, b: str | None) -> float:
    """Multiset F1 of the words of `a` and `b` (0.0 when either has no words)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())
    return 2 * common / (len(wa) + len(wb))


# --- matching ------------------------------------------------------------------------


def _greedy(
    preds: Sequence[Any], golds: Sequence[Any], matches: Callable[[Any, Any], bool]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one greedy matching: (pairs, unmatched pred indices, unmatched gold indices)."""
    used = [False] * len(golds)
    pairs: list[tuple[int, int]] = []
    unmatched_pred: list[int] = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if not used[gi] and matches(p, g):
                used[gi] = True
                pairs.append((pi, gi))
                break
        else:
            unmatched_pred.append(pi)
    return pairs, unmatched_pred, [gi for gi, u in enumerate(used) if not u]


def _items(doc: dict | None, key: str) -> list:
    value = (doc or {}).get(key)
    return list(value) if isinstance(value, list) else []


def _roles(doc: dict | None) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for person in _items(doc, "people"):
        for role in person.get("roles") or []:
            out.append((person.get("name"), role.get("title"), role.get("org")))
    return out


def _names(org: dict) -> list[str]:
    return [org.get("name")] + list(org.get("aliases") or [])


def _joined(*parts: str | None) -> str:
    return " ".join(p for p in parts if p is not None)


def _dedup_dates(dates: list[dict]) -> list[tuple[str, str | None, dict]]:
    seen: set = set()
    out = []
    for d in dates:
        key = (normalize_text(d.get("text")), d.get("value"))
        if key not in seen:
            seen.add(key)
            out.append((key[0], key[1], d))
    return out


def _gold_org_names(org: str, gold_orgs: list[dict]) -> set[str]:
    target = normalize_text(org)
    for record in gold_orgs:
        names = {normalize_text(n) for n in _names(record)}
        if target in names:
            return names
    return {target}


def _show_role(r: tuple) -> str:
    return f"{r[0]} | {r[1]} | {r[2]}"


def _show_quote(q: dict) -> str:
    return f"{q.get('speaker')}: {q.get('text')}"


def _match_document(gold: dict | None, pred: dict | None) -> dict:
    """Per field, tp and the shown fp and fn items; per accuracy, n, right and the wrong pairs."""
    result: dict[str, dict] = {}

    def greedy_field(field, p_items, g_items, matches, show):
        pairs, fps, fns = _greedy(p_items, g_items, matches)
        result[field] = {
            "tp": len(pairs),
            "fp": [show(p_items[i]) for i in fps],
            "fn": [show(g_items[i]) for i in fns],
        }
        return pairs

    def set_field(field, p_set, g_set, show):
        result[field] = {
            "tp": len(p_set & g_set),
            "fp": [show(x) for x in sorted(p_set - g_set, key=repr)],
            "fn": [show(x) for x in sorted(g_set - p_set, key=repr)],
        }

    greedy_field(
        "people",
        _items(pred, "people"),
        _items(gold, "people"),
        lambda p, g: normalize_name(p.get("name")) == normalize_name(g.get("name")),
        lambda x: str(x.get("name")),
    )

    p_roles, g_roles = _roles(pred), _roles(gold)

    def role_matches(p, g):
        return normalize_name(p[0]) == normalize_name(g[0]) and (
            word_f1(p[1], g[1]) >= ROLE_THRESHOLD or word_f1(_joined(p[1], p[2]), _joined(g[1], g[2])) >= ROLE_THRESHOLD
        )

    role_pairs = greedy_field("roles", p_roles, g_roles, role_matches, _show_role)
    gold_orgs = _items(gold, "organizations")
    wrong_orgs, org_n = [], 0
    for pi, gi in role_pairs:
        gold_org = g_roles[gi][2]
        if gold_org is None:
            continue
        org_n += 1
        pred_org = p_roles[pi][2]
        if pred_org is None or normalize_text(pred_org) not in _gold_org_names(gold_org, gold_orgs):
            wrong_orgs.append((_show_role(p_roles[pi]), _show_role(g_roles[gi])))
    result["role_org_accuracy"] = {"n": org_n, "right": org_n - len(wrong_orgs), "wrong": wrong_orgs}

    greedy_field(
        "organizations",
        _items(pred, "organizations"),
        gold_orgs,
        lambda p, g: bool({normalize_text(n) for n in _names(p)} & {normalize_text(n) for n in _names(g)}),
        lambda x: " | ".join(str(n) for n in _names(x)),
    )

    def alias_pairs(doc):
        return {
            (normalize_text(o.get("name")), normalize_text(a))
            for o in _items(doc, "organizations")
            for a in o.get("aliases") or []
        }

    set_field("aliases", alias_pairs(pred), alias_pairs(gold), lambda x: f"{x[0]} | {x[1]}")

    greedy_field(
        "locations",
        _items(pred, "locations"),
        _items(gold, "locations"),
        lambda p, g: normalize_place(p) == normalize_place(g),
        str,
    )

    p_dates, g_dates = _dedup_dates(_items(pred, "dates")), _dedup_dates(_items(gold, "dates"))
    greedy_field(
        "dates",
        p_dates,
        g_dates,
        lambda p, g: p[1] == g[1] and (p[0] in g[0] or g[0] in p[0]),
        lambda x: f"{x[2].get('text')} | {x[1]}",
    )
    set_field(
        "date_values",
        {d[1] for d in p_dates},
        {d[1] for d in g_dates},
        str,
    )

    p_quotes, g_quotes = _items(pred, "quotes"), _items(gold, "quotes")

    def quote_matches(p, g):
        return word_f1(p.get("text"), g.get("text")) >= QUOTE_THRESHOLD

    def speaker_right(p, g):
        ps, gs = p.get("speaker"), g.get("speaker")
        if ps is None or gs is None:
            return ps is None and gs is None
        return normalize_name(ps) == normalize_name(gs)

    quote_pairs = greedy_field("quotes", p_quotes, g_quotes, quote_matches, _show_quote)
    greedy_field(
        "quotes+speaker",
        p_quotes,
        g_quotes,
        lambda p, g: quote_matches(p, g) and speaker_right(p, g),
        _show_quote,
    )
    wrong_speakers = [
        (_show_quote(p_quotes[pi]), _show_quote(g_quotes[gi]))
        for pi, gi in quote_pairs
        if not speaker_right(p_quotes[pi], g_quotes[gi])
    ]
    result["speaker_accuracy"] = {
        "n": len(quote_pairs),
        "right": len(quote_pairs) - len(wrong_speakers),
        "wrong": wrong_speakers,
    }
    return result


def _index(docs: Iterable[dict], side: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for doc in docs:
        doc_id = doc.get("id")
        if doc_id in out:
            raise ValueError(f"duplicate {side} document id {doc_id!r}")
        out[doc_id] = doc
    return out


def _pairs(gold_docs: list[dict], pred_docs: list[dict]) -> list[tuple[str, dict, dict | None]]:
    gold = _index(gold_docs, "gold")
    pred = _index(pred_docs, "predicted")
    for doc_id in pred:
        if doc_id not in gold:
            warnings.warn(
                f"predicted document {doc_id!r} has no gold document; ignored",
                UnscoredDocumentWarning,
                stacklevel=4,
            )
    return [(doc_id, g, pred.get(doc_id)) for doc_id, g in gold.items()]


def _prf(tp: int, fp: int, fn: int) -> dict:
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
    }


def _match_all(gold_docs: list[dict], pred_docs: list[dict]) -> list[tuple[str, dict]]:
    """``(id, _match_document result)`` of every gold document."""
    return [(doc_id, _match_document(gold, pred)) for doc_id, gold, pred in _pairs(gold_docs, pred_docs)]


def _scores(results: list[tuple[str, dict]]) -> dict:
    counts = {f: [0, 0, 0] for f in FIELDS}
    acc = {a: [0, 0] for a in ACCURACIES}
    for _, result in results:
        for f in FIELDS:
            counts[f][0] += result[f]["tp"]
            counts[f][1] += len(result[f]["fp"])
            counts[f][2] += len(result[f]["fn"])
        for a in ACCURACIES:
            acc[a][0] += result[a]["n"]
            acc[a][1] += result[a]["right"]
    out: dict[str, dict] = {f: _prf(*counts[f]) for f in FIELDS}
    for a in ACCURACIES:
        n, right = acc[a]
        out[a] = {"n": n, "accuracy": right / n if n else 0.0}
    return out


def _errors(results: list[tuple[str, dict]]) -> list[dict]:
    rows = []
    for doc_id, result in results:
        for f in FIELDS:
            rows += [{"id": doc_id, "field": f, "error": "fp", "pred": x, "gold": ""} for x in result[f]["fp"]]
            rows += [{"id": doc_id, "field": f, "error": "fn", "pred": "", "gold": x} for x in result[f]["fn"]]
        for a, kind in (("speaker_accuracy", "wrong_speaker"), ("role_org_accuracy", "wrong_org")):
            rows += [{"id": doc_id, "field": a, "error": kind, "pred": p, "gold": g} for p, g in result[a]["wrong"]]
    return rows


def score(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """Micro-averaged tp/fp/fn, precision, recall, F1 per field, and the two accuracies."""
    return _scores(_match_all(gold_docs, pred_docs))


def document_errors(gold_docs: list[dict], pred_docs: list[dict]) -> list[dict]:
    """One row per error: id, field, error (fp, fn, wrong_speaker, wrong_org), pred, gold."""
    return _errors(_match_all(gold_docs, pred_docs))


# --- command -------------------------------------------------------------------------


def read_jsonl(path: str | Path) -> list[dict]:
    """Documents of a JSONL file; `InputError` names the file, line and problem."""
    path = Path(path)
    docs = []
    seen: dict[str, int] = {}
    try:
        for lineno, line in jsonl_lines(path):
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}: line {lineno}: invalid JSON: {e.msg} (column {e.colno})") from None
            if not isinstance(doc, dict):
                raise InputError(f"{path}: line {lineno}: expected a JSON object, got {type(doc).__name__}")
            doc_id = doc.get("id")
            if not isinstance(doc_id, str):
                raise InputError(f'{path}: line {lineno}: missing or non-string "id"')
            if doc_id in seen:
                raise InputError(f"{path}: line {lineno}: duplicate id {doc_id!r} (first on line {seen[doc_id]})")
            seen[doc_id] = lineno
            for key in ("people", "organizations", "locations", "dates", "quotes"):
                if key in doc and doc[key] is not None and not isinstance(doc[key], list):
                    raise InputError(f'{path}: line {lineno}: "{key}" must be a list')
            docs.append(doc)
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: {e.reason}") from None
    return docs


def format_table(scores: dict) -> str:
    """An aligned text table of `score()` output."""
    width = max(len(f) for f in FIELDS + ACCURACIES)
    lines = [f"{'field':<{width}} {'tp':>6} {'fp':>6} {'fn':>6} {'precision':>9} {'recall':>7} {'f1':>7}"]
    for f in FIELDS:
        s = scores[f]
        lines.append(
            f"{f:<{width}} {s['tp']:>6} {s['fp']:>6} {s['fn']:>6} "
            f"{s['precision']:>9.4f} {s['recall']:>7.4f} {s['f1']:>7.4f}"
        )
    lines.append("")
    for a in ACCURACIES:
        lines.append(f"{a:<{width}} n={scores[a]['n']:<6} accuracy={scores[a]['accuracy']:.4f}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the `evaluate` subcommand."""
    parser.add_argument("--gold", required=True, metavar="GOLD.jsonl", help="gold records (JSONL)")
    parser.add_argument("--pred", required=True, metavar="PRED.jsonl", help="predicted records (JSONL)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--errors", metavar="ERRORS.csv", help="write the fp/fn items per document as CSV")


def run(args: argparse.Namespace) -> int:
    """Score `args.pred` against `args.gold`; 0 on success, 2 on unreadable input."""
    try:
        gold = read_jsonl(args.gold)
        pred = read_jsonl(args.pred)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UnscoredDocumentWarning)
        results = _match_all(gold, pred)
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    scores = _scores(results)
    if args.errors:
        import pandas as pd

        frame = pd.DataFrame(_errors(results), columns=["id", "field", "error", "pred", "gold"])
        try:
            frame.to_csv(args.errors, index=False)
        except OSError as e:
            print(f"error: {args.errors}: cannot write: {e.strerror or e}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(scores, ensure_ascii=False))
    else:
        print(format_table(scores))
    return 0
