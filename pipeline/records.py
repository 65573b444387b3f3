"""From an annotated ``Doc`` to records-v1 (``../shared/spec/records-v1.md``) and tables.

``to_records(doc)`` gives the records-v1 object, with added fields: character
offsets and provenance of every item (``mentions``, ``start``/``end``,
``rule``) and ``published_source``. ``tables(records)`` flattens records into
one pandas DataFrame per record type, each row with the document id and
offsets.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd
from spacy.tokens import Doc

TABLES = ("documents", "people", "organizations", "locations", "dates", "quotes")


def to_records(doc: Doc) -> dict:
    """The records-v1 object for one processed document."""
    return {
        "id": doc._.doc_id,
        "published": doc._.published,
        "published_source": doc._.published_source,
        "people": [p.to_dict() for p in doc._.people or []],
        "organizations": [o.to_dict() for o in doc._.organizations or []],
        "locations": [loc.name for loc in doc._.locations or []],
        "location_mentions": [loc.to_dict() for loc in doc._.locations or []],
        "dates": [d.to_dict() for d in doc._.dates or []],
        "quotes": [q.to_dict() for q in doc._.quotes or []],
    }


def _first(mentions: list[dict], key: str):
    return mentions[0][key] if mentions else None


def tables(records: Iterable[dict]) -> dict[str, pd.DataFrame]:
    """One DataFrame per record type, each row carrying ``doc_id`` and offsets."""
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
            rows["quotes"].append({"doc_id": doc_id, **{k: quote.get(k) for k in (
                "text", "speaker", "kind", "cue", "start", "end", "cue_start", "cue_end", "speaker_start",
                "speaker_end", "rule")}})
    return {name: pd.DataFrame(rows[name]) for name in TABLES}
