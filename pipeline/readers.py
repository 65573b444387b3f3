"""Input documents: ``.txt``, ``.html``, ``.jsonl`` and ``.csv`` files and folders of them.

``read_inputs(paths)`` yields, in input order, either an :class:`InputDocument`
or an :class:`InputProblem` naming the file (and line) and what is wrong with
it, so one bad file never stops a batch. Files are streamed: a JSONL or CSV
file of any size is read one document at a time.

Encodings: UTF-8 with or without BOM, UTF-16/32 with a BOM, UTF-16 without
BOM (recognised by its NUL bytes), and cp1252 (latin-1 for the bytes cp1252
leaves undefined) when the bytes are not UTF-8; the encoding used is kept in
``InputDocument.encoding``. Binary content and empty files are refused by name.
``.html``/``.htm`` files are reduced to their visible text (:mod:`pipeline.html`), ``.pdf`` and
``.docx`` files to their article text (:mod:`pipeline.formats`; ``encoding`` is then ``pdf`` or ``docx``).
"""
from __future__ import annotations

import codecs
import csv
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from .formats import SUFFIXES as DOCUMENT_SUFFIXES
from .formats import read_document
from .formats.columns import DEFAULT_COLUMNS, Columns
from .html import html_to_text

SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm") + DOCUMENT_SUFFIXES
OPTIONAL_FIELDS = ("published", "url", "title", "source")
SNIFF_BYTES = 1 << 20
CSV_DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long articles; --max-chars gives the clear message


@dataclass
class InputDocument:
    id: str
    text: str
    source: str
    published: Optional[str] = None
    meta: dict = field(default_factory=dict)
    encoding: str = "utf-8"


@dataclass
class InputProblem:
    source: str
    message: str
    id: Optional[str] = None
    stage: str = "read"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Union[InputDocument, InputProblem]


def _control_ratio(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc")
    return controls / len(sample)


def sniff_encoding(data: bytes, final: bool = True) -> str:
    """The encoding of ``data`` (a whole file, or its first bytes with ``final=False``); ValueError if binary."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in data:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        half = len(data) // 2
        if half and odd > 0.9 * half and even == 0:
            return "utf-16-le"
        if half and even > 0.9 * half and odd == 0:
            return "utf-16-be"
        raise ValueError("binary content (NUL bytes), not a text file")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode(data: bytes) -> str:
    """Decode a whole file's bytes (see the module docstring); ValueError naming what is wrong."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise ValueError("empty file")
    encoding = sniff_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid {encoding} (byte {data[exc.start]:#04x} at offset {exc.start})") from None
    if _control_ratio(text) > 0.01:
        raise ValueError(f"binary content (control characters when read as {encoding}), not a text file")
    if not text.strip():
        raise ValueError("empty file")
    return text, encoding


def unsupported(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """The files inside the folders of ``paths`` that :func:`expand` leaves out (unsupported types)."""
    return [p for path in map(Path, paths) if path.is_dir()
            for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() not in SUFFIXES]


def expand(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files in input order; a folder gives every supported file below it, sorted."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _too_long(doc: InputDocument, max_chars: Optional[int]) -> Optional[InputProblem]:
    if max_chars is not None and len(doc.text) > max_chars:
        return InputProblem(doc.source, f"document {doc.id} has {len(doc.text):,} characters, over the limit of "
                                        f"{max_chars:,} (--max-chars)", id=doc.id, stage="size")
    return None


def _document(obj: dict, source: str, encoding: str) -> Item:
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id in (None, "") or not isinstance(text, str):
        return InputProblem(source, "needs an 'id' and a 'text' string", id=str(doc_id) if doc_id else None)
    if not text.strip():
        return InputProblem(source, f"document {doc_id} has an empty text", id=str(doc_id))
    meta = {k: obj[k] for k in OPTIONAL_FIELDS if obj.get(k) not in (None, "") and k != "published"}
    published = obj.get("published") or None
    return InputDocument(str(doc_id), text, source, str(published) if published else None, meta, encoding)


def _named(obj: dict, source: str, encoding: str, columns: Columns, row_id: Optional[str] = None) -> Item:
    """:func:`_document` of a row whose fields ``columns`` names (``extract --text-column`` ...)."""
    try:
        return _document(columns.standard(obj, row_id), source, encoding)
    except ValueError as exc:
        return InputProblem(source, str(exc), id=str(obj.get(columns.id) or row_id or "") or None)


def _open_text(path: Path, newline: str) -> tuple[IO[str], str]:
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise ValueError("empty file")
    encoding = sniff_encoding(head, final=len(head) < SNIFF_BYTES)
    return open(path, encoding=encoding, errors="strict", newline=newline), encoding


def _read_jsonl(path: Path, source: str, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    handle, encoding = _open_text(path, newline="\n")
    number = 0
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield InputProblem(f"{source}:{number}", f"line {number} is not JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(obj, dict):
                    yield InputProblem(f"{source}:{number}", f"line {number} is not a JSON object")
                    continue
                yield _named(obj, f"{source}:{number}", encoding, columns)
        except UnicodeDecodeError as exc:
            yield InputProblem(f"{source}:{number + 1}", f"line {number + 1} is not valid {encoding} "
                                                         f"({exc.reason}); the rest of the file is skipped")


def _read_csv(path: Path, source: str, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    handle, encoding = _open_text(path, newline="")
    needed = {columns.id, columns.text} if columns.id_given else {columns.text}
    with handle:
        first = handle.readline()
        delimiter = next((d for d in CSV_DELIMITERS if needed <= {c.strip().strip('"') for c in first.split(d)}), ",")
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield InputProblem(f"{source}:1", f"malformed CSV header ({exc})")
            return
        header = [h.strip().lstrip("\ufeff") for h in header or []]
        if not needed <= set(header):
            missing = ", ".join(f"'{c}'" for c in sorted(needed - set(header)))
            yield InputProblem(source, f"no {missing} column; the header has {', '.join(header)}: name the "
                                       "columns with --text-column, --id-column, --date-column, --title-column")
            return
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield InputProblem(f"{source}:{start}", f"malformed CSV record starting at line {start} ({exc})")
                continue
            except UnicodeDecodeError as exc:
                yield InputProblem(f"{source}:{start}", f"line {start} is not valid {encoding} ({exc.reason}); "
                                                        "the rest of the file is skipped")
                return
            if not row or row == [""]:
                continue
            if len(row) != len(header):
                yield InputProblem(f"{source}:{start}", f"CSV record at line {start} has {len(row)} fields, "
                                                        f"the header has {len(header)}")
                continue
            row_id = None if columns.id in header else f"{path.name}:{start}"  # no id column: file name and line
            yield _named(dict(zip(header, row, strict=True)), f"{source}:{start}", encoding, columns, row_id)


def read_file(path: Path, max_chars: Optional[int] = None, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Yield the documents of one file, or the problems that stop them."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputProblem(source, f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
        return
    try:
        if suffix in (".jsonl", ".csv"):
            items = _read_jsonl(path, source, columns) if suffix == ".jsonl" else _read_csv(path, source, columns)
            for item in items:
                problem = _too_long(item, max_chars) if isinstance(item, InputDocument) else None
                yield problem or item
            return
        size = path.stat().st_size
        if max_chars is not None and size > 4 * max_chars + 4:
            yield InputProblem(source, f"file has {size:,} bytes, more than {max_chars:,} characters can take "
                                       "(--max-chars)", id=path.stem, stage="size")
            return
        if suffix in DOCUMENT_SUFFIXES:
            text, encoding = read_document(path), suffix[1:]
        else:
            text, encoding = _decode(path.read_bytes())
    except OSError as exc:
        yield InputProblem(source, f"cannot be read ({exc.strerror or exc})")
        return
    except ValueError as exc:
        yield InputProblem(source, str(exc), id=path.stem if suffix not in (".jsonl", ".csv") else None)
        return
    if suffix in (".html", ".htm"):
        text = html_to_text(text)
        if not text:
            yield InputProblem(source, "HTML page without visible text", id=path.stem)
            return
    doc = InputDocument(path.stem, text, source, encoding=encoding)
    yield _too_long(doc, max_chars) or doc


def read_inputs(paths: Iterable[Union[str, Path]], max_chars: Optional[int] = None,
                columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Every document of every input path, in order; missing paths are problems too."""
    for path in expand(paths):
        if not path.exists():
            yield InputProblem(str(path), "no such file or folder")
            continue
        yield from read_file(path, max_chars, columns)


__all__ = ["InputDocument", "InputProblem", "Item", "decode", "expand", "read_file", "read_inputs", "sniff_encoding",
           "unsupported"]
