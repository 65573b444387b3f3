"""Indonesian lexicons as data files (see ``data/README.md`` for where each came from).

Each lexicon is read once and cached. ``words(name)`` reads a one-entry-per-line
list (``#`` starts a comment); ``section(name, key)`` the entries of one section of such a list
(``# [key] ...``); ``table(name)`` reads a TSV with a header row.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str):
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                yield line


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of a list file, as written."""
    return frozenset(_lines(name))


@lru_cache(maxsize=None)
def ordered(name: str) -> tuple[str, ...]:
    """The entries of a list file, in file order."""
    return tuple(dict.fromkeys(_lines(name)))


@lru_cache(maxsize=None)
def section(name: str, key: str) -> tuple[str, ...]:
    """The entries of a list file, in file order, from the whole-line comment that opens with ``# [key]``
    to the next whole-line comment: a class of the list that code reads apart (``place_heads.txt``,
    ``# [region]``: the region and settlement nouns). A key the file lacks is an error."""
    out, inside, found = [], False, False
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.lstrip().startswith("#"):
                inside = line.lstrip()[1:].lstrip().startswith(f"[{key}]")
                found = found or inside
            elif inside and (entry := line.split("#", 1)[0].strip()):
                out.append(entry)
    if not found:
        raise KeyError(f"{name}: no section [{key}]")
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict, ...]:
    """The rows of a TSV file with a header row."""
    with (DATA / name).open(encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(rows, delimiter="\t"))


def opening(forms) -> str:
    """A regex lookahead for the first letters of ``forms``: put right before their alternation, it
    changes no match (every form starts with one of them; under IGNORECASE the class reads case aside as
    the alternation does), but the regex engine leaves most positions after one test instead of trying
    every form there (``\\b(?:kata|ujar|...)`` over a whole text: 0.52 -> 0.27 s per 1,000 articles)."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({f[0] for f in forms if f})) + "])"
