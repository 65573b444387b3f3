"""The ``dataset`` command: records of many documents in, one database across them out.

``python -m pipeline dataset OUTPUT_DIR... --out DATASET_DIR [--inputs FILES...]`` reads
``records.jsonl`` from each folder written by ``extract`` (or a records-v1 ``.jsonl``
file itself, such as a gold file), merges people and organisations across documents
(:mod:`pipeline.merge`) and writes every table of :data:`SCHEMAS` as Parquet and CSV,
with ``README.md``, the data dictionary. The document texts, needed to show the
documents (``report``), come from a ``text`` field of the records or from the
original input files given with ``--inputs``; they go to ``texts``.

Deterministic: documents are taken in id order, rows are sorted, ids are hashes of
canonical keys, and Parquet is written by pyarrow with fixed options and no pandas
metadata, so the same inputs give byte-identical files.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from .jsonl import jsonl_lines
from .merge import (
    OrgItem,
    PersonItem,
    display,
    is_acronym,
    is_subsequence,
    merge_organizations,
    merge_people,
    name_tokens,
    org_index,
    org_key,
    stable_id,
    strip_name,
)
from .writers import atomic_path, atomic_text, formula_safe

STR, INT, BOOL, LIST = pa.string(), pa.int64(), pa.bool_(), pa.list_(pa.string())
TYPE_NAMES = {STR: "string", INT: "int64", BOOL: "bool (CSV: `true`/`false`)", LIST: "list<string> (CSV: joined with |)"}

# table -> (what one row is, [(column, type, meaning)])
SCHEMAS: dict[str, tuple[str, list[tuple[str, pa.DataType, str]]]] = {
    "documents": ("one input document", [
        ("doc_id", STR, "document id (file name without extension, or the `id` of a JSONL/CSV line)"),
        ("source", STR, "input file (and line) the text was read from, when known"),
        ("published", STR, "publication date, ISO `YYYY-MM-DD`, or empty"),
        ("published_source", STR, "where `published` came from: `input`, `dateline`, `first-date`, or empty"),
        ("n_chars", INT, "length of the text in characters, when the text is known"),
        ("sha256", STR, "SHA-256 of the UTF-8 text, when the text is known"),
        ("n_people", INT, "person records of the document"),
        ("n_organizations", INT, "organisation records of the document"),
        ("n_locations", INT, "location records of the document"),
        ("n_dates", INT, "date records of the document"),
        ("n_quotes", INT, "quotes of the document"),
    ]),
    "persons": ("one real person across the corpus (merged, see `merge_log`)", [
        ("person_id", STR, "stable id: `per_` + SHA-1 of the canonical key (the canonical name folded; "
                         "one-word and initials-only names add `@` and their first document)"),
        ("canonical_name", STR, "fullest name, without honorifics, ranks and degrees"),
        ("name_variants", LIST, "every form of the name seen, honorifics dropped"),
        ("n_documents", INT, "documents that name the person"),
        ("documents", LIST, "their ids"),
        ("first_seen", STR, "earliest publication date of those documents"),
        ("last_seen", STR, "latest publication date of those documents"),
        ("n_mentions", INT, "mentions in all documents"),
        ("n_quotes", INT, "quotes attributed to the person"),
    ]),
    "person_mentions": ("one mention of a person in a document (the person alias table with evidence)", [
        ("person_id", STR, "the person"),
        ("doc_id", STR, "the document"),
        ("record_name", STR, "the name of the person record of that document"),
        ("text", STR, "the mention as written"),
        ("start", INT, "character offset of the mention in the document text (empty when unknown)"),
        ("end", INT, "end offset (exclusive)"),
    ]),
    "positions": ("one title held by one person at one organisation", [
        ("position_id", STR, "stable id: `pos_` + SHA-1 of person id, folded title and organisation id"),
        ("person_id", STR, "the person"),
        ("person_name", STR, "the person's canonical name"),
        ("title", STR, "the title, its most frequent written form"),
        ("organization_id", STR, "the organisation, or empty when the text ties the title to none"),
        ("organization_name", STR, "the organisation's canonical name"),
        ("n_documents", INT, "documents that give this position"),
        ("documents", LIST, "their ids"),
        ("first_seen", STR, "earliest publication date of those documents"),
        ("last_seen", STR, "latest publication date of those documents"),
        ("evidence", LIST, "`doc_id:start-end` of each role mention (offsets into the document text; "
                        "`doc_id` alone when the record has no offsets)"),
    ]),
    "organizations": ("one organisation across the corpus (merged, see `merge_log`)", [
        ("organization_id", STR, "stable id: `org_` + SHA-1 of the folded canonical name"),
        ("canonical_name", STR, "full name (the lexicon's expansion when known, else the most used full form)"),
        ("aliases", LIST, "every other name seen anywhere (acronyms, short forms)"),
        ("acronym", STR, "the first acronym among the aliases, or empty"),
        ("n_documents", INT, "documents that name the organisation"),
        ("documents", LIST, "their ids"),
        ("first_seen", STR, "earliest publication date of those documents"),
        ("last_seen", STR, "latest publication date of those documents"),
        ("n_mentions", INT, "mentions in all documents"),
    ]),
    "aliases": ("one name of one person or organisation", [
        ("entity_type", STR, "`person` or `organization`"),
        ("entity_id", STR, "`person_id` or `organization_id`"),
        ("alias", STR, "the name as written (people: honorifics dropped)"),
        ("n_documents", INT, "documents that use this name for the entity"),
    ]),
    "quotes": ("one quotation", [
        ("quote_id", STR, "stable id: `quo_` + SHA-1 of document id, offsets and text"),
        ("doc_id", STR, "the document"),
        ("date", STR, "publication date of the document"),
        ("speaker_id", STR, "`person_id` or `organization_id` of the speaker, or empty"),
        ("speaker_type", STR, "`person`, `organization`, or empty"),
        ("speaker", STR, "the speaker as the record names it"),
        ("text", STR, "the quoted words"),
        ("kind", STR, "`direct` or `indirect`"),
        ("cue", STR, "the speech verb as written"),
        ("speaker_public", BOOL, "true: a named person or institution; false: a private person (an age in brackets, "
                                 "a description without a name); empty: no speaker"),
        ("start", INT, "character offset of the quote in the document text"),
        ("end", INT, "end offset (exclusive)"),
    ]),
    "mentions": ("one highlighted span of a document (for rendering)", [
        ("doc_id", STR, "the document"),
        ("start", INT, "character offset"),
        ("end", INT, "end offset (exclusive)"),
        ("label", STR, "`PERSON`, `ORG`, `LOC`, `DATE` or `QUOTE`"),
        ("text", STR, "the span as written"),
        ("entity_id", STR, "person, organisation or quote id, when there is one"),
    ]),
    "texts": ("the text of one document, when known (from the records or `--inputs`)", [
        ("doc_id", STR, "the document"),
        ("sha256", STR, "SHA-256 of the UTF-8 text"),
        ("text", STR, "the text, exactly as the offsets index it"),
    ]),
    "merge_log": ("one merge decision (`merged` or `refused`)", [
        ("entity_type", STR, "`person` or `organization`"),
        ("decision", STR, "`merged` or `refused`"),
        ("rule", STR, "the rule (see `pipeline/merge.py`)"),
        ("entity_id", STR, "the resulting entity of the name"),
        ("doc_id", STR, "document of the name"),
        ("name", STR, "the name"),
        ("target_doc_id", STR, "document of the name it was merged with"),
        ("target", STR, "that name, or the names a refused merge would have joined"),
        ("detail", STR, "why"),
    ]),
}
KEYS = {  # sort order of the rows
    "documents": ("doc_id",), "persons": ("person_id",), "person_mentions": ("person_id", "doc_id", "start", "text"),
    "positions": ("person_id", "position_id"), "organizations": ("organization_id",),
    "aliases": ("entity_type", "entity_id", "alias"), "quotes": ("doc_id", "start", "quote_id"),
    "mentions": ("doc_id", "start", "end", "label"), "texts": ("doc_id",),
    "merge_log": ("entity_type", "decision", "rule", "doc_id", "name", "target"),
}
PARQUET_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=False, write_statistics=False,
                       version="2.6", data_page_version="1.0", store_schema=False)


# --- reading -------------------------------------------------------------------------------------

def records_file(path: Path) -> Path:
    """``path/records.jsonl`` for an ``extract`` output folder, else ``path`` itself."""
    return path / "records.jsonl" if path.is_dir() else path


def read_records(paths: Iterable[Path]) -> tuple[list[dict], list[str]]:
    """Every record of every file, one per document id (the first wins), in id order; and the problems."""
    records: dict[str, dict] = {}
    problems = []
    for path in paths:
        file = records_file(Path(path))
        if not file.is_file():
            problems.append(f"{path}: no records.jsonl (expected a folder written by `extract` or a .jsonl file)")
            continue
        try:
            for number, line in jsonl_lines(file):
                try:
                    record = json.loads(line)
                    doc_id = str(record["id"])
                except (json.JSONDecodeError, KeyError, TypeError, RecursionError) as exc:
                    problems.append(f"{file}:{number}: not a records-v1 line ({type(exc).__name__})")
                    continue
                problems += _string_fields(record, f"{file}:{number}: document {doc_id}")
                if doc_id in records:
                    problems.append(f"{file}:{number}: document {doc_id} seen before; the first is kept")
                    continue
                records[doc_id] = record
        except UnicodeDecodeError as exc:
            problems.append(f"{file}: {exc.reason}; the rest of the file is left out")
    return [records[k] for k in sorted(records)], problems


def _string_fields(record: dict, where: str) -> list[str]:
    """Set to null the document fields that must be strings and are not (a number, NaN): the problems."""
    problems = []
    for key in ("source", "published", "published_source"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{where}: its '{key}' is {type(value).__name__} {json.dumps(value)[:40]}, not a string; "
                            "left out")
            record[key] = None
    return problems


def read_texts(inputs: Iterable[str], wanted: set[str]) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """``doc_id -> (text, source)`` from the original input files, for the wanted ids."""
    from .readers import InputDocument, read_inputs

    texts, problems = {}, []
    for item in read_inputs(inputs):
        if isinstance(item, InputDocument):
            if item.id in wanted and item.id not in texts:
                texts[item.id] = (item.text, item.source)
        else:
            problems.append(str(item))
    return texts, problems


def _text_sha256(record: dict):
    """The input text's sha256 as extract writes it (``text_sha256``; ``sha256`` in older records)."""
    return record.get("text_sha256") or record.get("sha256")


def _offsets_agree(record: dict, text: str) -> bool:
    """Whether ``text`` is the text the record was made from (its ``sha256`` if any, its mention offsets;
    a mention's text reads the flat view, so a name wrapped over two lines is the same with a space)."""
    expected = _text_sha256(record)
    if expected and expected != hashlib.sha256(text.encode("utf-8")).hexdigest():
        return False
    spans = [m for p in record.get("people") or [] for m in p.get("mentions") or []]
    spans += [m for o in record.get("organizations") or [] for m in o.get("mentions") or []]
    return all(" ".join(text[m["start"]:m["end"]].split()) == " ".join(m["text"].split())
               for m in spans if m.get("start") is not None)


# --- building ------------------------------------------------------------------------------------

def _key(*parts) -> str:
    """The parts joined by U+001F (None as empty): the text :func:`stable_id` hashes."""
    return "\x1f".join("" if p is None else str(p) for p in parts)


def _span(obj: dict) -> tuple[Optional[int], Optional[int]]:
    return obj.get("start"), obj.get("end")


def _seen(doc_ids: Iterable[str], published: dict[str, Optional[str]]) -> tuple[Optional[str], Optional[str]]:
    dates = sorted(d for d in (published.get(i) for i in doc_ids) if d)
    return (dates[0], dates[-1]) if dates else (None, None)


def _fold_title(title: str) -> str:
    """The key of a title: case folded, brackets (``Menteri Keuangan (Menkeu)``) and spacing aside."""
    return " ".join(re.sub(r"\([^()]*\)", " ", title).casefold().split())


def build(records: list[dict], texts: dict[str, tuple[str, Optional[str]]]) -> dict[str, list[dict]]:
    """Every table of :data:`SCHEMAS` as lists of rows, from records (in id order) and known texts."""
    published = {r["id"]: r.get("published") for r in records}
    tables: dict[str, list[dict]] = {name: [] for name in SCHEMAS}

    # people and organisations of every document, merged
    person_docs_recs, org_items, org_recs = [], [], []
    for rec in records:
        doc_names = set()
        for person in rec.get("people") or []:
            if name_tokens(person.get("name") or ""):
                person_docs_recs.append((rec["id"], person))
        for org in rec.get("organizations") or []:
            if org.get("name"):
                org_items.append(OrgItem(rec["id"], org["name"], tuple(a for a in org.get("aliases") or [] if a)))
                org_recs.append(org)
                doc_names |= {org_key(n) for n in [org["name"], *(org.get("aliases") or [])]}
        for person in rec.get("people") or []:  # an organisation named only in a role is an organisation too
            for role in person.get("roles") or []:
                if role.get("org") and org_key(role["org"]) not in doc_names:
                    doc_names.add(org_key(role["org"]))
                    org_items.append(OrgItem(rec["id"], role["org"]))
                    org_recs.append({"name": role["org"], "mentions": []})
    orgs, org_log = merge_organizations(org_items)
    org_of = {i: c for c in orgs for i in c.members}
    org_by_id = {c.id: c for c in orgs}
    org_ids = org_index(orgs)
    org_by_key = {key: org_by_id[cid] for key, cid in org_ids.items()}
    # a person's organisations (the merged ones of its roles, by their canonical names, which the org merge
    # makes unique) are the evidence of `shared-organization`
    person_items = [PersonItem(doc_id, person["name"], tuple(sorted(
        {org_by_id[org_ids[org_key(role["org"])]].name for role in person.get("roles") or []
         if role.get("org") and org_key(role["org"]) in org_ids})))
        for doc_id, person in person_docs_recs]
    person_recs = [person for _, person in person_docs_recs]
    persons, person_log = merge_people(person_items)
    person_of = {i: c for c in persons for i in c.members}
    org_keys = {c.id: {org_key(n) for n in c.names} for c in orgs}

    # documents, texts and mentions
    for rec in records:
        doc_id = rec["id"]
        text, source = texts.get(doc_id, (None, None))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest() if text is not None else _text_sha256(rec)
        tables["documents"].append({
            "doc_id": doc_id, "source": source or rec.get("source"), "published": rec.get("published"),
            "published_source": rec.get("published_source") or ("input" if rec.get("published") else None),
            "n_chars": len(text) if text is not None else None, "sha256": digest,
            **{f"n_{k}": len(rec.get(k) or []) for k in ("people", "organizations", "locations", "dates", "quotes")}})
        if text is not None:
            tables["texts"].append({"doc_id": doc_id, "sha256": digest, "text": text})
        for loc in rec.get("location_mentions") or []:
            for m in loc.get("mentions") or []:
                tables["mentions"].append({"doc_id": doc_id, "start": m["start"], "end": m["end"], "label": "LOC",
                                           "text": m["text"], "entity_id": None})
        for date in rec.get("dates") or []:
            if date.get("start") is not None:
                tables["mentions"].append({"doc_id": doc_id, "start": date["start"], "end": date["end"],
                                           "label": "DATE", "text": date["text"], "entity_id": None})

    # persons and their mentions
    person_docs: dict[str, set[str]] = defaultdict(set)
    n_mentions: Counter = Counter()
    for i, (item, person) in enumerate(zip(person_items, person_recs, strict=True)):
        cluster = person_of[i]
        person_docs[cluster.id].add(item.doc_id)
        mentions = person.get("mentions") or [{"text": item.name, "start": None, "end": None}]
        n_mentions[cluster.id] += len(mentions)
        for m in mentions:
            tables["person_mentions"].append({"person_id": cluster.id, "doc_id": item.doc_id,
                                              "record_name": item.name, "text": m["text"],
                                              "start": m.get("start"), "end": m.get("end")})
            if m.get("start") is not None:
                tables["mentions"].append({"doc_id": item.doc_id, "start": m["start"], "end": m["end"],
                                           "label": "PERSON", "text": m["text"], "entity_id": cluster.id})

    # organisations
    org_docs: dict[str, set[str]] = defaultdict(set)
    org_names: dict[str, Counter] = defaultdict(Counter)
    org_mentions: Counter = Counter()
    for i, (item, org) in enumerate(zip(org_items, org_recs, strict=True)):
        cluster = org_of[i]
        org_docs[cluster.id].add(item.doc_id)
        for name in {item.name, *item.aliases}:
            if org_key(name) in org_keys[cluster.id]:  # an alias refused by the merge stays out
                org_names[cluster.id][display(name)] += 1
        org_mentions[cluster.id] += len(org.get("mentions") or [])
        for m in org.get("mentions") or []:
            tables["mentions"].append({"doc_id": item.doc_id, "start": m["start"], "end": m["end"], "label": "ORG",
                                       "text": m["text"], "entity_id": cluster.id})
    for c in orgs:
        first, last = _seen(org_docs[c.id], published)
        aliases = [n for n in c.names if n != c.name]
        tables["organizations"].append({
            "organization_id": c.id, "canonical_name": c.name, "aliases": aliases,
            "acronym": next((a for a in aliases if is_acronym(a)), None), "n_documents": len(org_docs[c.id]),
            "documents": sorted(org_docs[c.id]), "first_seen": first, "last_seen": last,
            "n_mentions": org_mentions[c.id]})
        for name, count in org_names[c.id].items():
            tables["aliases"].append({"entity_type": "organization", "entity_id": c.id, "alias": name,
                                      "n_documents": count})

    # positions
    positions: dict[tuple, dict] = {}
    for i, (item, person) in enumerate(zip(person_items, person_recs, strict=True)):
        cluster = person_of[i]
        for role in person.get("roles") or []:
            title = " ".join((role.get("title") or "").split())
            if not title:
                continue
            org = org_by_key.get(org_key(role["org"])) if role.get("org") else None
            key = (cluster.id, _fold_title(title), org.id if org else "")
            entry = positions.setdefault(key, {"titles": Counter(), "docs": set(), "evidence": set()})
            entry["titles"][title] += 1
            entry["docs"].add(item.doc_id)
            start, end = _span(role)
            entry["evidence"].add(f"{item.doc_id}:{start}-{end}" if start is not None else item.doc_id)
    names = {c.id: c.name for c in persons}
    for (person_id, title_key, org_id), entry in positions.items():
        first, last = _seen(entry["docs"], published)
        title = min(entry["titles"], key=lambda t: (-entry["titles"][t], t))
        tables["positions"].append({
            "position_id": stable_id("pos", _key(person_id, title_key, org_id)), "person_id": person_id,
            "person_name": names[person_id], "title": title, "organization_id": org_id or None,
            "organization_name": org_by_id[org_id].name if org_id else None, "n_documents": len(entry["docs"]),
            "documents": sorted(entry["docs"]), "first_seen": first, "last_seen": last,
            "evidence": sorted(entry["evidence"], key=_evidence_order)})

    # quotes, with the speaker resolved within the document
    person_keys = [name_tokens(item.name) for item in person_items]
    people_in_doc: dict[str, list[tuple[tuple, str]]] = defaultdict(list)
    for i, item in enumerate(person_items):
        people_in_doc[item.doc_id].append((person_keys[i], person_of[i].id))
    orgs_in_doc: dict[str, dict[str, str]] = defaultdict(dict)
    for i, item in enumerate(org_items):
        for name in (item.name, *item.aliases):
            if org_key(name) in org_keys[org_of[i].id]:
                orgs_in_doc[item.doc_id].setdefault(org_key(name), org_of[i].id)
    people_anywhere: dict[tuple, set[str]] = defaultdict(set)  # full names (two words or more) of the corpus
    for i, key in enumerate(person_keys):
        if len(key) >= 2:
            people_anywhere[key].add(person_of[i].id)
    n_quotes: Counter = Counter()
    for rec in records:
        for quote in rec.get("quotes") or []:
            speaker_id, speaker_type = _speaker(quote.get("speaker"), people_in_doc[rec["id"]], orgs_in_doc[rec["id"]],
                                                people_anywhere)
            n_quotes[speaker_id] += 1
            start, end = _span(quote)
            quote_id = stable_id("quo", _key(rec["id"], start, end, quote.get("text")))
            tables["quotes"].append({
                "quote_id": quote_id, "doc_id": rec["id"], "date": rec.get("published"), "speaker_id": speaker_id,
                "speaker_type": speaker_type, "speaker": quote.get("speaker"), "text": quote.get("text"),
                "kind": quote.get("kind"), "cue": quote.get("cue"), "speaker_public": quote.get("speaker_public"),
                "start": start, "end": end})
            if start is not None:
                tables["mentions"].append({"doc_id": rec["id"], "start": start, "end": end, "label": "QUOTE",
                                           "text": quote.get("text"), "entity_id": quote_id})

    for c in persons:
        first, last = _seen(person_docs[c.id], published)
        tables["persons"].append({
            "person_id": c.id, "canonical_name": c.name, "name_variants": c.names,
            "n_documents": len(person_docs[c.id]), "documents": sorted(person_docs[c.id]), "first_seen": first,
            "last_seen": last, "n_mentions": n_mentions[c.id], "n_quotes": n_quotes[c.id]})
        by_name = Counter(strip_name(name) for _, name in {(person_items[i].doc_id, person_items[i].name)
                                                            for i in c.members})
        for name, count in by_name.items():
            tables["aliases"].append({"entity_type": "person", "entity_id": c.id, "alias": name, "n_documents": count})

    for entry in person_log + org_log:
        row = entry.to_dict()
        tables["merge_log"].append({"entity_type": row.pop("entity"), **row})
    return tables


def _evidence_order(value: str) -> tuple:
    doc, _, span = value.rpartition(":") if ":" in value else (value, "", "")
    start = span.split("-")[0]
    return (doc, int(start) if start.lstrip("-").isdigit() else -1, value)


def _speaker(speaker: Optional[str], people: list[tuple[tuple, str]], orgs: dict[str, str],
             anywhere: dict[tuple, set[str]]):
    """The speaker's id and type: a person or organisation of the document, else a full name of the corpus."""
    if not speaker:
        return None, None
    key = name_tokens(speaker)
    exact = {pid for k, pid in people if k == key}
    if not exact and key:
        exact = {pid for k, pid in people if is_subsequence(key, k)}
    if len(exact) == 1:
        return exact.pop(), "person"
    if org_key(speaker) in orgs:
        return orgs[org_key(speaker)], "organization"
    if len(anywhere.get(key, ())) == 1:
        return next(iter(anywhere[key])), "person"
    return None, None


# --- writing -------------------------------------------------------------------------------------

def _sort_key(row: dict, keys: tuple[str, ...]) -> tuple:
    present = tuple((row[k] is not None, row[k] if row[k] is not None else 0) for k in keys)
    return present + (json.dumps(row, sort_keys=True),)


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """The rows of table ``name`` sorted and typed by :data:`SCHEMAS`."""
    columns = SCHEMAS[name][1]
    rows = sorted(rows, key=lambda r: _sort_key(r, KEYS[name]))
    schema = pa.schema([pa.field(c, t) for c, t, _ in columns])
    return pa.table({c: pa.array([r.get(c) for r in rows], type=t) for c, t, _ in columns}, schema=schema)


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return formula_safe("|".join(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return formula_safe(value) if isinstance(value, str) else str(value)


def write_table(table: pa.Table, folder: Path, name: str) -> None:
    """``name.parquet`` (pyarrow, fixed options) and ``name.csv`` (lists joined with ``|``)."""
    with atomic_path(folder / f"{name}.parquet") as tmp:
        pq.write_table(table, tmp, **PARQUET_OPTIONS)
    with atomic_text(folder / f"{name}.csv") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(table.column_names)
        for row in table.to_pylist():
            writer.writerow([_csv_value(v) for v in row.values()])


def data_dictionary(counts: dict[str, int]) -> str:
    """``README.md`` of the dataset folder: every table, column, type and meaning."""
    lines = ["# Dataset", "",
             "Written by `python -m pipeline dataset`; every table is here as `NAME.parquet` and `NAME.csv`",
             "(same rows, sorted; in CSV an empty field is a null and a list is joined with `|`).",
             "Dates are ISO `YYYY-MM-DD` strings. Offsets index the document text (`texts`), Python slice",
             "convention. People and organisations are merged across documents by the rules of",
             "`pipeline/merge.py`; `merge_log` lists every merge and every refused one.", ""]
    for name, (row, columns) in SCHEMAS.items():
        lines += [f"## {name}", "", f"One row: {row}. Rows: {counts.get(name, 0)}.", "",
                  "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{c}` | {TYPE_NAMES[t]} | {meaning} |" for c, t, meaning in columns]
        lines.append("")
    return "\n".join(lines)


def write(tables: dict[str, list[dict]], out: Path) -> dict[str, int]:
    """Every table and the data dictionary into ``out``; the row counts."""
    counts = {}
    for name, rows in tables.items():
        write_table(to_arrow(name, rows), out, name)
        counts[name] = len(rows)
    with atomic_text(out / "README.md") as handle:
        handle.write(data_dictionary(counts))
    return counts


# --- command -------------------------------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the `dataset` subcommand."""
    parser.add_argument("records", nargs="+", type=Path, metavar="OUTPUT_DIR",
                        help="folders written by `extract` (holding records.jsonl), or records-v1 .jsonl files")
    parser.add_argument("--out", required=True, type=Path, help="dataset folder")
    parser.add_argument("--inputs", nargs="+", default=[], metavar="INPUT",
                        help="the original input files or folders, for the document texts (needed by `report`)")


def run(args: argparse.Namespace) -> int:
    """Write the dataset; 0 on success, 1 when no record was read or a warning was printed."""
    records, problems = read_records(args.records)
    texts: dict[str, tuple[str, Optional[str]]] = {}
    for rec in records:
        if isinstance(rec.get("text"), str):
            texts[rec["id"]] = (rec["text"], None)
    if args.inputs:
        found, input_problems = read_texts(args.inputs, {r["id"] for r in records})
        problems += input_problems
        texts.update(found)
    by_id = {r["id"]: r for r in records}
    for doc_id in sorted(texts):
        if not _offsets_agree(by_id[doc_id], texts[doc_id][0]):
            problems.append(f"document {doc_id}: the offsets of its records do not fit the text given; text left out")
            del texts[doc_id]
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not records:
        print("error: no records read", file=sys.stderr)
        return 1
    counts = write(build(records, texts), args.out)
    print(f"{counts['documents']} documents, {counts['persons']} persons, {counts['organizations']} organisations, "
          f"{counts['positions']} positions, {counts['quotes']} quotes, {counts['texts']} texts -> {args.out}",
          file=sys.stderr)
    return 1 if problems else 0
