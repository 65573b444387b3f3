"""Which columns (CSV) or keys (JSONL) of a table input hold the document, and input dates.

``Columns`` names the id, text, date and title columns (``extract --id-column``,
``--text-column``, ``--date-column``, ``--title-column``; defaults ``id``, ``text``,
``published``, none). A title is joined to the text as its first line, followed by a blank
line, as a headline is. Without an id column the id is the file name and the row's line.

:func:`input_date` reads the usual forms of a date cell: ISO (``2025-10-20``,
``2025-10-20T08:15:00``, ``2025-10-20 08:15``), ``D/M/YYYY`` and ``M/D/YYYY`` with ``/``, ``-``
or ``.`` and an optional time (``10/20/2025 8:15``), and ``20 Oktober 2025``. A slashed date is
ambiguous only when both numbers are 12 or less; then ``order`` settles it (``--date-order``):
``auto`` (default) reads a date with a time of day as month first (spreadsheet exports such as
the detik CSV, ``10/20/2025 8:15``) and one without as day first (as Indonesian writes dates);
``dmy`` and ``mdy`` force one order.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

ORDERS = ("auto", "dmy", "mdy")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp][Mm])?)?$")
_WORDS = re.compile(r"^(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:\s+\d{1,2}[:.]\d{2}.*)?$")


@dataclass(frozen=True)
class Columns:
    id: str = "id"
    text: str = "text"
    date: str = "published"
    title: Optional[str] = None
    date_order: str = "auto"
    id_given: bool = False  # the user named the id column: a missing one is then an error

    def standard(self, obj: dict, row_id: Optional[str] = None) -> dict:
        """``obj`` with the document under the standard keys ``id``, ``text`` (title joined first),
        ``published`` (ISO, or None); ``row_id`` is the id when there is no id column.
        ValueError names an unreadable date."""
        out = dict(obj)
        doc_id = obj.get(self.id)
        out["id"] = row_id if doc_id in (None, "") and row_id is not None else doc_id
        text, title = obj.get(self.text), obj.get(self.title) if self.title else None
        if isinstance(text, str) and isinstance(title, str) and title.strip():
            text = title.strip() + "\n\n" + text
        out["text"] = text
        try:
            out["published"] = input_date(obj.get(self.date), self.date_order)
        except ValueError as exc:
            raise ValueError(f"document {out['id']}: column '{self.date}': {exc}") from None
        return out


DEFAULT_COLUMNS = Columns()


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    from ..lang import table

    return {row["form"].lower().rstrip("."): int(row["month"]) for row in table("months.tsv")}


def input_date(value: object, order: str = "auto") -> Optional[str]:
    """The ISO date of a date cell (see the module docstring); None when empty; ValueError when unreadable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day).isoformat()
    match = _NUMERIC.match(text)
    if match:
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if a > 12 or (b <= 12 and order == "dmy") or (b <= 12 and order == "auto" and not match.group(4)):
            day, month = a, b
        else:
            month, day = a, b
        return dt.date(year, month, day).isoformat()
    match = _WORDS.match(text)
    if match and match.group(2).lower() in _months():
        return dt.date(int(match.group(3)), _months()[match.group(2).lower()], int(match.group(1))).isoformat()
    raise ValueError(f"unreadable date {text!r} (expected YYYY-MM-DD, D/M/YYYY, M/D/YYYY H:MM or '20 Oktober 2025')")
