"""Roles on text beyond the gold splits (``python -m pipeline.benchmarks.roles``, ``make eval-roles``).

Two measures, for reading and measuring only (no rule is read from them):

* **PFSA-ID dev-40 role recall.** PFSA-ID tags the ROLE and AFFILIATION written next to a
  PERSON (``Direktur Jenderal Penanganan Fakir Miskin`` + ``Kementerian Sosial`` + ``Asep Sasa
  Purnama``; ``Wiku Adisasmito, Juru bicara Satgas Covid-19``). Each ROLE written right before a
  PERSON (its AFFILIATION and a comma between) or right after it (after a comma, a bracket,
  ``selaku``, ``sebagai``, ``yang juga``) becomes a records-v1 role of that person (under the
  fullest name the document tags for it), and the pipeline's records are scored against them
  with :func:`pipeline.evaluate.score`: recall and role-org accuracy mean what they mean there;
  precision does not (PFSA tags the public figures of the statements only).
* **Shapes on unlabelled news.** For the PER mentions of the pipeline in IndoSum dev folds 01-04
  (fold 05 holds the gold splits' articles: never read here) and PFSA-ID, the shape of the
  apposition around each one (title before the name, ``NAME, TITLE``, ``selaku``, ``yang juga``,
  brackets, lists, ``mantan``/``Plt``/``nonaktif``...) and whether the person's record has a role:
  counts per shape and sampled sentences of each shape without a role, in
  ``outputs/roles-shapes.md``.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from ..threads import limit_threads

limit_threads()  # before spaCy (numpy, torch) is imported

from .pfsa import ASSET, _Coreference, bilou_spans, detokenise, read_bilou  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "outputs" / "roles-benchmark.md"
SHAPES = ROOT / "outputs" / "roles-shapes.md"
PRED = ROOT / "outputs" / "roles-pfsa-pred.jsonl"
ERRORS = ROOT / "outputs" / "roles-pfsa-errors.csv"  # missed roles and wrong organisations on PFSA-ID, for reading
AFTER_LINKS = frozenset({",", "(", "selaku", "sebagai", "yang", "juga", "menjabat", "merupakan", "adalah", "kini"})


def pfsa_role_gold(doc, doc_id: str) -> dict:
    """A records-v1 gold record of a PFSA-ID document holding only the roles written next to a PERSON."""
    text, offsets = detokenise(doc.tokens)
    spans = bilou_spans([t.label for t in doc.tokens])

    def span_text(s: int, e: int) -> str:
        return text[offsets[s][0]:offsets[e - 1][1]]

    coref = _Coreference(spans, span_text)
    persons = {s: (e, name) for s, e, name in coref.persons}
    ends = {e: s for s, e, _ in coref.persons}
    affs = {s: e for s, e, k in spans if k == "AFFILIATION"}
    toks = [t.text for t in doc.tokens]
    roles: dict[str, list[dict]] = defaultdict(list)
    for s, e, k in spans:
        if k != "ROLE":
            continue
        org_end = affs.get(e)
        org = span_text(e, org_end) if org_end else None
        k2 = org_end or e
        if k2 < len(toks) and toks[k2] == ",":
            k2 += 1
        holder = None
        if k2 in persons:
            holder = k2
        else:  # after the name: NAME, ROLE / NAME selaku ROLE / NAME (ROLE)
            j = s
            while j - 1 >= 0 and toks[j - 1].lower() in AFTER_LINKS and s - j < 4:
                j -= 1
            if j < s and j in ends:
                holder = ends[j]
        if holder is None:
            continue
        name = coref.resolve(persons[holder][1], holder) or persons[holder][1]
        title = span_text(s, e)
        if org is None and title.endswith(")"):
            continue  # a role span that swallowed its bracket: left out
        lo = min(s, holder)
        hi = max(org_end or e, persons[holder][0])
        roles[name].append({"title": title, "org": org, "person_at": [offsets[holder][0], offsets[persons[holder][0] - 1][1]],
                            "at": [offsets[lo][0], offsets[hi - 1][1]]})
    people = [{"name": n, "roles": r} for n, r in roles.items()]
    orgs = [{"name": r["org"], "aliases": _bracket_forms(r["org"])} for p in people for r in p["roles"] if r["org"]]
    return {"id": doc_id, "text": text, "people": people, "organizations": orgs, "locations": [],
            "dates": [], "quotes": []}


def _bracket_forms(org: str) -> list[str]:
    """The other names records-v1 gives an organisation written with its acronym in brackets:
    without the bracket (``Majelis Ulama Indonesia Kota Palembang``, the corpus convention), and the
    acronym with what follows it (``MUI Kota Palembang``)."""
    m = re.search(r"\s*\(([^()]+)\)\s*", org)
    if not m:
        return []
    rest = org[m.end():].strip()
    return [f"{org[:m.start()]} {rest}".strip(), org[:m.start()].strip(), f"{m.group(1)} {rest}".strip()]


def _shape(doc, ent, kb, titles) -> list[str]:
    """The shapes of the apposition around the PER mention ``ent`` (see the module doc)."""
    shapes = []
    sent = ent.sent
    after = doc[ent.end:min(sent.end, ent.end + 6)]
    low_after = [t.lower_ for t in after]
    title_before = [s for s, e in titles.items() if sent.start <= s < ent.start and ent.start - s <= 12 and e <= ent.start]
    if title_before:
        s = max(title_before)
        gap = doc[titles[s]:ent.start]
        if any(t.text == "," for t in gap) or (ent.start - 1 >= 0 and doc[ent.start - 1].text == ","):
            shapes.append("TITLE ..., NAME")
        elif any(t.lower_ in {"dan", "serta"} for t in gap):
            shapes.append("TITLE ... dan NAME")
        else:
            shapes.append("TITLE ... NAME")
        mods = {t.lower_.rstrip(".") for t in doc[max(sent.start, s - 2):titles[s] + 1]}
        for mod in ("mantan", "eks", "plt", "pj", "pjs", "penjabat", "pelaksana"):
            if mod in mods:
                shapes.append(f"  {mod} TITLE NAME")
    if low_after[:1] == [","] and len(after) > 1:
        nxt = after[1]
        if nxt.i in titles or nxt.lower_ in kb.modifiers or nxt.lower_ in kb.occupation_words:
            shapes.append("NAME, TITLE")
        elif low_after[1:3] == ["yang", "juga"] or low_after[1:3] == ["yang", "menjabat"] \
                or low_after[1:3] == ["yang", "merupakan"] or low_after[1:3] == ["yang", "kini"] \
                or low_after[1:3] == ["yang", "sebelumnya"]:
            shapes.append("NAME, yang X TITLE")
        elif nxt.text[:1].islower() and nxt.is_alpha and nxt.lower_ not in {"yang", "dan", "kata", "ujar", "ujarnya"}:
            shapes.append("NAME, lower ...")
    if low_after[:1] and low_after[0] in {"selaku", "sebagai"}:
        shapes.append(f"NAME {low_after[0]} ...")
    if low_after[:2] in (["yang", "juga"], ["yang", "menjabat"], ["yang", "merupakan"], ["yang", "kini"]):
        shapes.append("NAME yang X ...")
    if low_after[:1] in (["merupakan"], ["adalah"]):
        shapes.append("NAME merupakan/adalah ...")
    if low_after[:1] == ["("] and len(after) > 1 and not after[1].is_digit:
        shapes.append("NAME (...)")
    for w in ("nonaktif", "terpilih", "sementara", "terdahulu", "periode"):
        if w in [t.lower_ for t in doc[max(sent.start, ent.start - 8):min(sent.end, ent.end + 8)]]:
            shapes.append(f"  ... {w} ...")
    return shapes


def survey(texts: list[tuple[str, str]], sample: int = 12, seed: int = 7) -> tuple[Counter, Counter, dict]:
    """Per shape: mentions, mentions whose person has a role, sampled sentences without one."""
    from .. import nlp as pipeline_nlp
    from ..extract.entities import knowledge, role_matches
    from ..extract.entity_table import table_of

    nlp = pipeline_nlp.load()
    kb = knowledge(nlp)
    seen, covered = Counter(), Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    docs = (pipeline_nlp.make_doc(nlp, text, doc_id=i) for i, text in texts)
    for doc in pipeline_nlp.pipe(nlp, docs):
        titles = role_matches(doc, kb)
        table = table_of(doc, kb)
        with_role = {}
        for entity in table.people():
            for m in entity.mentions:
                with_role[m.end] = (entity.name, list(entity.roles))
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            name, roles = with_role.get(ent.end_char, (ent.text, None))
            for shape in _shape(doc, ent, kb, titles) or ["(none)"]:
                seen[shape] += 1
                if roles:
                    covered[shape] += 1
                else:
                    misses[shape].append(f"{doc._.doc_id}: {name} | {ent.sent.text.strip()[:300]}")
    rng = random.Random(seed)
    sampled = {k: rng.sample(v, min(sample, len(v))) for k, v in misses.items()}
    return seen, covered, sampled


def run_pfsa() -> dict:
    """Score the pipeline's roles on the PFSA-ID roles; write the missed roles and wrong organisations,
    each with the reason read from the pipeline's mentions at the person's place (no PER mention
    there, the name inside an organisation or place, a PER mention without this role) to ERRORS."""
    from .. import nlp as pipeline_nlp
    from ..assets import fetch
    from ..evaluate import ROLE_THRESHOLD, _joined, normalize_name, normalize_text, score, word_f1

    with open(fetch(ASSET), encoding="utf-8") as handle:
        gold = [pfsa_role_gold(d, f"pfsa-dev-{i:03d}") for i, d in enumerate(read_bilou(handle))]
    nlp = pipeline_nlp.load()
    pred, rows = [], []
    by_id = {g["id"]: g for g in gold}
    for doc in pipeline_nlp.pipe(nlp, (pipeline_nlp.make_doc(nlp, g["text"], doc_id=g["id"]) for g in gold)):
        record = {"id": doc._.doc_id, "people": [p.to_record() for p in doc._.people or []],
                  "organizations": [o.to_record() for o in doc._.organizations or []]}
        pred.append(record)
        roles = {normalize_name(p["name"]): p["roles"] for p in record["people"]}
        for person in by_id[doc._.doc_id]["people"]:
            for g in person["roles"]:
                got = roles.get(normalize_name(person["name"]))
                match = next((r for r in got or [] if word_f1(r["title"], g["title"]) >= ROLE_THRESHOLD or word_f1(
                    _joined(r["title"], r["org"]), _joined(g["title"], g["org"])) >= ROLE_THRESHOLD), None)
                if match is not None and (g["org"] is None or normalize_text(match["org"]) in {
                        normalize_text(x) for x in [g["org"], *_bracket_forms(g["org"])]}):
                    continue
                a, b = g["person_at"]
                span = doc.char_span(a, b, alignment_mode="expand")
                labels = {doc[k].ent_type_ for k in range(span.start, span.end)} if span is not None else set()
                if got is None:
                    reason = "person not found"
                elif labels & {"ORG", "LOC"}:
                    reason = "name inside " + "/".join(sorted(labels & {"ORG", "LOC"}))
                elif "PER" not in labels:
                    reason = "no PER mention here"
                elif match is None:
                    reason = "no such role"
                else:
                    reason = "wrong org"
                rows.append({"id": doc._.doc_id, "reason": reason, "person": person["name"], "gold_title": g["title"],
                             "gold_org": g["org"], "pred": "; ".join(f"{r['title']} / {r['org']}" for r in got or []),
                             "text": doc.text[g["at"][0]:g["at"][1]]})
    with PRED.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in pred)
    with ERRORS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    result = score(gold, pred)
    result["reasons"] = Counter(r["reason"] for r in rows)
    return result


def main(argv: Optional[list[str]] = None) -> int:
    from ..training.silver import indosum_texts, pfsa_texts

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--indosum", type=int, default=150, help="IndoSum articles of folds 01-04 to survey")
    p.add_argument("--pfsa", type=int, default=120, help="PFSA-ID documents to survey")
    p.add_argument("--no-survey", action="store_true")
    args = p.parse_args(argv)
    result = run_pfsa()
    roles, acc = result["roles"], result["role_org_accuracy"]
    lines = ["# Roles beyond the gold splits", "",
             f"PFSA-ID dev-40 roles written next to a PERSON: recall {roles['recall']:.3f} "
             f"({roles['tp']} of {roles['tp'] + roles['fn']}), role-org accuracy {acc['accuracy']:.3f} (n={acc['n']}); "
             f"people recall {result['people']['recall']:.3f}", "",
             "Missed or wrong, by what the pipeline has at the person's place: "
             + ", ".join(f"{k} {v}" for k, v in result["reasons"].most_common()), ""]
    print("\n".join(lines))
    if not args.no_survey:
        import itertools

        texts = list(itertools.islice(indosum_texts(), args.indosum)) + list(itertools.islice(pfsa_texts(), args.pfsa))
        seen, covered, sampled = survey(texts)
        lines += ["| shape | PER mentions | with a role | share |", "| --- | --- | --- | --- |"]
        lines += [f"| `{k}` | {n} | {covered[k]} | {covered[k] / n:.2f} |" for k, n in seen.most_common()]
        print("\n".join(lines[-len(seen) - 2:]))
        SHAPES.parent.mkdir(parents=True, exist_ok=True)
        body = lines + [""]
        for k, rows in sorted(sampled.items()):
            body += [f"## {k}", ""] + [f"- {r}" for r in rows] + [""]
        SHAPES.write_text("\n".join(body), encoding="utf-8")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
