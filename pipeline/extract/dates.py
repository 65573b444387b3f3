"""Calendar expressions normalised to ISO (component ``dates``).

The anchor date of a document is ``doc._.published`` when the input gives
it; else the dateline's date; else the latest full date in the text
(``doc._.published_source`` says which). Shapes: ``26 Mei 2025``,
``Senin (26/5)``, ``Selasa (27/5/2025)``, ``(14/05/2025)``, ``Mei 2025``.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import DateMention
from ..lang import table


def _months() -> dict[str, int]:
    return {row["form"].lower(): int(row["month"]) for row in table("months.tsv")}


def _weekdays() -> dict[str, int]:
    return {row["form"].lower(): int(row["weekday"]) for row in table("weekdays.tsv")}


def _alternation(forms) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


def _patterns():
    months = _alternation(row["form"] for row in table("months.tsv"))
    days = _alternation(row["form"] for row in table("weekdays.tsv"))
    return [
        ("day-month-year", re.compile(rf"(?:\b(?P<wd>{days}),?\s+)?\b(?P<d>\d{{1,2}})\s+(?P<m>{months})\.?\s+(?P<y>\d{{4}})\b")),
        ("weekday-numeric", re.compile(rf"\b(?P<wd>{days})\s*\((?P<d>\d{{1,2}})/(?P<mn>\d{{1,2}})(?:/(?P<y>\d{{4}}))?\)")),
        ("numeric", re.compile(r"\((?P<d>\d{1,2})/(?P<mn>\d{1,2})/(?P<y>\d{4})\)")),
        ("month-year", re.compile(rf"\b(?P<m>{months})\s+(?P<y>\d{{4}})\b")),
    ]


def _valid(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def date_mentions(text: str, anchor: Optional[dt.date]) -> Iterator[DateMention]:
    """Yield the date expressions of ``text`` with ISO values, resolving partial dates against ``anchor``."""
    months = _months()
    taken: list[tuple[int, int]] = []
    for rule, pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if match.group(0).startswith("(") and rule == "numeric":
                start, end = start + 1, end - 1
            if any(s < end and start < e for s, e in taken):
                continue
            groups = match.groupdict()
            month = months.get((groups.get("m") or "").lower()) if groups.get("m") else int(groups["mn"]) if groups.get("mn") else None
            year = int(groups["y"]) if groups.get("y") else (anchor.year if anchor else None)
            if month is None or year is None:
                continue
            if groups.get("d"):
                date = _valid(year, month, int(groups["d"]))
                if date is None:
                    continue
                value = date.isoformat()
            else:
                value = f"{year:04d}-{month:02d}"
            taken.append((start, end))
            yield DateMention(text[start:end], value, start, end, rule=rule)


def anchor_date(doc: Doc) -> tuple[Optional[dt.date], Optional[str]]:
    """The document's anchor date and where it came from."""
    if doc._.published:
        return dt.date.fromisoformat(doc._.published[:10]), "input"
    head = doc.text[:200]
    full = [m for m in date_mentions(head, None) if len(m.value) == 10]
    if full:
        return dt.date.fromisoformat(full[0].value), "dateline"
    full = [m for m in date_mentions(doc.text, None) if len(m.value) == 10]
    if full:
        return max(dt.date.fromisoformat(m.value) for m in full), "latest-date"
    return None, None


@Language.factory("dates", assigns=["doc._.dates", "doc._.published"])
def make_dates(nlp: Language, name: str):
    return DateExtractor()


class DateExtractor:
    def __call__(self, doc: Doc) -> Doc:
        anchor, source = anchor_date(doc)
        if anchor is not None and not doc._.published:
            doc._.published = anchor.isoformat()
        doc._.published_source = source
        doc._.dates = sorted(date_mentions(doc.text, anchor), key=lambda m: m.start)
        return doc
