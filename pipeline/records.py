"""From an annotated ``Doc`` to records-v1 (``../shared/spec/records-v1.md``) and tables.

``to_records(doc)`` gives the records-v1 object, with added fields: character
offsets and provenance of every item (``mentions``, ``start``/``end``,
``rule``) and ``published_source``. ``tables(records)`` flattens records into
one pandas DataFrame per record type, each row with the document id and
offsets.
"""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Doc

from .extensions import text_of

if TYPE_CHECKING:  # (pandas is imported by the tables alone: a worker that only builds records spares its
    import pandas as pd  # ~100 MB of resident memory, issue #17's peak RSS per worker)

TABLES = ("documents", "people", "organizations", "locations", "dates", "quotes")


def to_records(doc: Doc) -> dict:
    """The records-v1 object for one processed document."""
    return {
        "id": doc._.doc_id,
        "published": doc._.published,
        "published_source": doc._.published_source,
        "source": (doc._.meta or {}).get("source"),
        "text_sha256": hashlib.sha256(text_of(doc).encode("utf-8")).hexdigest(),
        "people": [p.to_dict() for p in doc._.people or []],
        "organizations": [o.to_dict() for o in doc._.organizations or []],
        "locations": [loc.name for loc in doc._.locations or []],
        "location_mentions": [loc.to_dict() for loc in doc._.locations or []],
        "dates": [d.to_dict() for d in doc._.dates or []],
        "quotes": [q.to_dict() for q in doc._.quotes or []],
    }


def _first(mentions: list[dict], key: str):
    return mentions[0][key] if mentions else None


# Every table has these columns, with these types, even when it has no rows.
TABLE_SCHEMAS: dict[str, dict[str, str]] = {
    "documents": {"doc_id": "string", "published": "string", "published_source": "string",
                  **{f"n_{name}": "Int64" for name in TABLES[1:]}},
    "people": {"doc_id": "string", "name": "string", "start": "Int64", "end": "Int64", "mentions": "Int64",
               "title": "string", "org": "string", "role_start": "Int64", "role_end": "Int64"},
    "organizations": {"doc_id": "string", "name": "string", "aliases": "string", "start": "Int64",
                      "end": "Int64", "mentions": "Int64"},
    "locations": {"doc_id": "string", "name": "string", "start": "Int64", "end": "Int64", "mentions": "Int64"},
    "dates": {"doc_id": "string", "text": "string", "value": "string", "start": "Int64", "end": "Int64",
              "rule": "string"},
    "quotes": {"doc_id": "string", "text": "string", "speaker": "string", "kind": "string", "cue": "string",
               "start": "Int64", "end": "Int64", "cue_start": "Int64", "cue_end": "Int64",
               "speaker_start": "Int64", "speaker_end": "Int64", "rule": "string", "speaker_public": "boolean"},
}


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    import pandas as pd

    schema = TABLE_SCHEMAS[name]
    frame = pd.DataFrame(rows, columns=list(schema))
    return frame.astype(schema) if len(frame) else pd.DataFrame(
        {col: pd.Series([], dtype=dtype) for col, dtype in schema.items()})


def tables(records: Iterable[dict]) -> dict[str, pd.DataFrame]:
    """One DataFrame per record type with the columns of ``TABLE_SCHEMAS``, each row carrying ``doc_id``."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for rec in records:
        doc_id = rec["id"]
        rows["documents"].append({
            "doc_id": doc_id, "published": rec.get("published"), "published_source": rec.get("published_source"),
            **{f"n_{name}": len(rec.get(name) or []) for name in TABLES[1:]},
        })
        for person in rec.get("people", []):
            mentions = person.get("mentions", [])
            base = {"doc_id": doc_id, "name": person["name"], "start": _first(mentions, "start"),
                    "end": _first(mentions, "end"), "mentions": len(mentions)}
            if not person.get("roles"):
                rows["people"].append({**base, "title": None, "org": None, "role_start": None, "role_end": None})
            for role in person.get("roles", []):
                rows["people"].append({**base, "title": role["title"], "org": role.get("org"),
                                       "role_start": role.get("start"), "role_end": role.get("end")})
        for org in rec.get("organizations", []):
            mentions = org.get("mentions", [])
            rows["organizations"].append({"doc_id": doc_id, "name": org["name"], "aliases": "|".join(org.get("aliases", [])),
                                          "start": _first(mentions, "start"), "end": _first(mentions, "end"),
                                          "mentions": len(mentions)})
        for loc in rec.get("location_mentions", [{"name": n, "mentions": []} for n in rec.get("locations", [])]):
            mentions = loc.get("mentions", [])
            rows["locations"].append({"doc_id": doc_id, "name": loc["name"], "start": _first(mentions, "start"),
                                      "end": _first(mentions, "end"), "mentions": len(mentions)})
        for date in rec.get("dates", []):
            rows["dates"].append({"doc_id": doc_id, "text": date["text"], "value": date["value"],
                                  "start": date.get("start"), "end": date.get("end"), "rule": date.get("rule")})
        for quote in rec.get("quotes", []):
            rows["quotes"].append({"doc_id": doc_id, **{k: quote.get(k) for k in TABLE_SCHEMAS["quotes"] if k != "doc_id"}})
    return {name: _frame(name, rows[name]) for name in TABLES}
