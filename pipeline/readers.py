"""Input documents: ``.txt``, ``.jsonl`` and ``.csv`` files and folders of them.

``read_inputs(paths)`` yields, in input order, either an :class:`InputDocument`
or an :class:`InputProblem` naming the file (and line) and what is wrong with
it, so one bad file never stops a batch.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

SUFFIXES = (".txt", ".jsonl", ".csv")
OPTIONAL_FIELDS = ("published", "url", "title", "source")


@dataclass
class InputDocument:
    id: str
    text: str
    source: str
    published: Optional[str] = None
    meta: dict = field(default_factory=dict)


@dataclass
class InputProblem:
    source: str
    message: str
    id: Optional[str] = None

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Union[InputDocument, InputProblem]


def decode(data: bytes) -> str:
    """Decode file bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; refuse the rest by name."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ValueError("binary content (NUL bytes), not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "the file looks like a legacy 8-bit encoding (cp1252/latin-1): convert it to UTF-8"
        ) from None


def expand(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files in input order; a folder gives every supported file below it, sorted."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _document(obj: dict, source: str) -> Item:
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id in (None, "") or not isinstance(text, str):
        return InputProblem(source, "needs an 'id' and a 'text' string", id=str(doc_id) if doc_id else None)
    meta = {k: obj[k] for k in OPTIONAL_FIELDS if obj.get(k) not in (None, "") and k != "published"}
    published = obj.get("published") or None
    return InputDocument(str(doc_id), text, source, str(published) if published else None, meta)


def read_file(path: Path) -> Iterator[Item]:
    """Yield the documents of one file, or the problems that stop them."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputProblem(source, f"unsupported file type {suffix or '(none)'}; expected .txt, .jsonl or .csv")
        return
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        yield InputProblem(source, f"cannot be read ({exc.strerror or exc})")
        return
    except ValueError as exc:
        yield InputProblem(source, str(exc))
        return
    if suffix == ".txt":
        yield InputDocument(path.stem, text, source)
    elif suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputProblem(f"{source}:{number}", f"not JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield InputProblem(f"{source}:{number}", "not a JSON object")
                continue
            yield _document(obj, f"{source}:{number}")
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or not {"id", "text"} <= set(reader.fieldnames):
            yield InputProblem(source, "a CSV input needs 'id' and 'text' columns")
            return
        try:
            for row in reader:
                yield _document(row, f"{source}:{reader.line_num}")
        except csv.Error as exc:
            yield InputProblem(f"{source}:{reader.line_num}", f"malformed CSV ({exc})")


def read_inputs(paths: Iterable[Union[str, Path]]) -> Iterator[Item]:
    """Every document of every input path, in order; missing paths are problems too."""
    for path in expand(paths):
        if not path.exists():
            yield InputProblem(str(path), "no such file or folder")
            continue
        yield from read_file(path)
