"""Reading JSONL files: one JSON value a line (written by :func:`pipeline.writers.json_line`)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as ``surrogateescape`` reads it


def jsonl_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of every non-blank line of the UTF-8 file ``path``.

    A leading byte-order mark is dropped. Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` only:
    U+2028 and the like inside a JSON string do not cut a line. A line that is not UTF-8
    raises ``UnicodeDecodeError`` whose ``reason`` names it (``line 3: not UTF-8``).
    """
    with Path(path).open(encoding="utf-8-sig", errors="surrogateescape") as handle:
        for number, line in enumerate(handle, 1):
            bad = _NOT_UTF8.search(line)
            if bad is not None:
                raw = line.encode("utf-8", "surrogateescape")
                at = len(line[: bad.start()].encode("utf-8", "surrogateescape"))
                raise UnicodeDecodeError("utf-8", raw, at, at + 1, f"line {number}: not UTF-8")
            if line.strip():
                yield number, line


def jsonl_values(path: str | Path) -> Iterator[Any]:
    """The JSON value of every non-blank line of ``path``."""
    for _, line in jsonl_lines(path):
        yield json.loads(line)
