"""Input documents: ``.txt``, ``.html``, ``.jsonl`` and ``.csv`` files and folders of them.

``read_inputs(paths)`` yields, in input order, either an :class:`InputDocument`
or an :class:`InputProblem` naming the file (and line) and what is wrong with
it, so one bad file never stops a batch; an ``InputProblem`` whose ``level`` is
``"warning"`` tells a decision taken on a document that is still read (an
encoding, a file name). Files are streamed: a JSONL or CSV file of any size is
read one line at a time, and a line longer than ``--max-chars`` allows is
refused without being read whole.

Only regular files are read (a FIFO, ``/dev/zero`` or a socket is refused by
name); in folders, unreadable subfolders, dangling symbolic links and folder
loops are named, never skipped in silence. A document id used twice (the same
file given twice, one file name in two folders, a repeated JSONL or CSV id) is
refused by name the second time: ids are what records are joined on.

Every value is checked where it is read: ``id`` is a string or an integer,
``text`` a string, ``published``/``url``/``title``/``source`` strings (numbers
are written as text, ``NaN`` counts as missing, with a warning); no value may
hold a lone surrogate. JSON nested deeper than Python can parse is refused by
name. A file name that is not UTF-8 gives an id and a file name with its bytes
written as ``\\xNN`` (warned).

Encodings, decided per document (per line in JSONL and CSV): UTF-8 with or
without BOM; UTF-16/32 with a BOM or recognised by its NUL bytes (whole file);
otherwise, when the bytes are not UTF-8, text with other UTF-8 characters is
read as UTF-8 with each invalid byte read as cp1252 (a stray Windows quote in
UTF-8 text), text without any is read as cp1252 (latin-1 for the five bytes
cp1252 leaves undefined). Either way a warning names the file, the byte offset
of the first invalid byte and the decision. Binary content and empty files are
refused by name. ``.html``/``.htm`` files are reduced to their visible text
(:mod:`pipeline.html`), within a time limit; ``.pdf`` and ``.docx`` files to their article text
(:mod:`pipeline.formats`; ``encoding`` is then ``pdf`` or ``docx``). In JSONL and CSV the fields
are those ``columns`` names (``extract --text-column`` ...).
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import math
import os
import re
import signal
import stat
import threading
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
BYTES_PER_CHAR = 12  # the longest a character can take in a JSON line (an escaped surrogate pair is 12 bytes)
HTML_SECONDS = 3.0  # time allowed to reduce 10,000 characters of HTML to text (at least this)
_SURROGATE = re.compile("[\ud800-\udfff]")
_FILE_TYPES = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


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
    level: str = "error"  # or "warning": the document is still read

    def __post_init__(self) -> None:
        # a problem names the input as it came, lone surrogates included (an id quoted in a message):
        # written as \udcXX escapes, so that errors.jsonl and standard error can always be written
        for name in ("source", "message", "id"):
            value = getattr(self, name)
            if isinstance(value, str) and _SURROGATE.search(value):
                setattr(self, name, value.encode("utf-8", "backslashreplace").decode("utf-8"))

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Union[InputDocument, InputProblem]


def _warning(source: str, message: str, doc_id: Optional[str] = None) -> InputProblem:
    return InputProblem(source, message, id=doc_id, level="warning")


# --- encodings -----------------------------------------------------------------------------------

def _control_ratio(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc")
    return controls / len(sample)


def _wide_encoding(data: bytes) -> Optional[str]:
    """UTF-16/32 (BOM, or NUL bytes in every other place), None for a byte encoding; ValueError if binary."""
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
    return None


def sniff_encoding(data: bytes, final: bool = True) -> str:
    """The encoding of ``data`` (a whole file, or its first bytes with ``final=False``); ValueError if binary."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    wide = _wide_encoding(data)
    if wide:
        return wide
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


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes cp1252 leaves undefined: latin-1


_CP1252 = "".join(_cp1252_byte(b) for b in range(256))
_INVALID = threading.local()


def _utf8_or_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: each byte that is not UTF-8 read as cp1252, its offset kept."""
    _INVALID.offsets.append(error.start)
    return "".join(_CP1252[b] for b in error.object[error.start:error.end]), error.end


codecs.register_error("pipeline-utf8-cp1252", _utf8_or_cp1252)


def decode_bytes(data: bytes, where: str = "", offset: int = 0) -> tuple[str, str, Optional[str]]:
    """``(text, encoding, note)`` of one document's bytes (no BOM, not UTF-16/32): UTF-8, else the decision
    of the module docstring, told in ``note`` with the offset (``offset`` + position) of the first bad byte."""
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        first = offset + exc.start
        bad = data[exc.start]
    if any(ord(ch) > 127 for ch in data.decode("utf-8", "ignore")):
        _INVALID.offsets = []
        text = data.decode("utf-8", "pipeline-utf8-cp1252")
        count = len(_INVALID.offsets)
        note = (f"{where}not UTF-8 at byte offset {first} ({bad:#04x}); read as UTF-8 with "
                f"{count} invalid byte{'s' if count > 1 else ''} read as cp1252")
        return text, "utf-8+cp1252", note
    return data.decode("latin-1").translate(_CP1252_TABLE), "cp1252", (
        f"{where}not UTF-8 at byte offset {first} ({bad:#04x}) and no UTF-8 character anywhere; read as cp1252")


_CP1252_TABLE = {b: ch for b, ch in enumerate(_CP1252) if chr(b) != ch}


def decode(data: bytes) -> str:
    """Decode a whole file's bytes (see the module docstring); ValueError naming what is wrong."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str, Optional[str]]:
    """``(text, encoding, note)`` of a whole file's bytes."""
    if not data.strip():
        raise ValueError("empty file")
    wide = _wide_encoding(data)
    if wide:
        try:
            text, encoding, note = data.decode(wide), wide, None
        except UnicodeDecodeError as exc:
            raise ValueError(f"not valid {wide} (byte {data[exc.start]:#04x} at offset {exc.start})") from None
    else:
        bom = data.startswith(codecs.BOM_UTF8)
        text, encoding, note = decode_bytes(data[3:] if bom else data, offset=3 if bom else 0)
        encoding = "utf-8-sig" if bom and encoding == "utf-8" else encoding
    if _control_ratio(text) > 0.01:
        raise ValueError(f"binary content (control characters when read as {encoding}), not a text file")
    if not text.strip():
        raise ValueError("empty file")
    return text, encoding, note


# --- paths ---------------------------------------------------------------------------------------

def display_path(path: Union[str, Path]) -> str:
    """``path`` as text that can always be written: bytes that are not UTF-8 as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _name_warning(path: Path) -> Optional[InputProblem]:
    shown = display_path(path)
    if shown != str(path):
        return _warning(shown, "file name is not UTF-8; its bytes are written as \\xNN in the id and file name",
                        display_path(path.stem))
    return None


def unsupported(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """The files inside the folders of ``paths`` that :func:`expand` leaves out (unsupported types)."""
    return [p for path in map(Path, paths) if path.is_dir()
            for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() not in SUFFIXES]


def expand(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, InputProblem]]:
    """Files in input order; a folder gives every supported file below it, sorted, and names what it cannot
    read (an unreadable subfolder, a dangling symbolic link, a folder loop)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(top: Path) -> Iterator[Union[Path, InputProblem]]:
    found: list[tuple[str, Union[Path, InputProblem]]] = []

    def unreadable(error: OSError) -> None:
        name = error.filename or top
        found.append((str(name), InputProblem(display_path(name), f"folder cannot be read ({error.strerror or error}); "
                                                                  "its files are left out")))

    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(top, onerror=unreadable, followlinks=True):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:  # reached again through a symbolic link (a loop, or two links)
            found.append((folder, InputProblem(display_path(folder), "folder already read (reached again through a "
                                                                     "symbolic link); left out")))
            dirs.clear()
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs.sort()
        for name in files:
            path = Path(folder, name)
            if not path.exists():
                found.append((str(path), InputProblem(display_path(path), "dangling symbolic link (its target "
                                                                          f"{display_path(os.readlink(path))} is missing)")))
            elif path.suffix.lower() in SUFFIXES:
                found.append((str(path), path))
    for _, item in sorted(found, key=lambda pair: Path(pair[0]).parts):
        yield item


@contextlib.contextmanager
def _open_regular(path: Path) -> Iterator[IO[bytes]]:
    """``path`` opened for reading in binary; ValueError unless it is a regular file (never blocks on a FIFO)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _FILE_TYPES if test(mode)), "not a regular file")
            raise ValueError(f"{kind}, not a regular file; only regular files are read")
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


# --- values --------------------------------------------------------------------------------------

def _too_long(doc: InputDocument, max_chars: Optional[int]) -> Optional[InputProblem]:
    if max_chars is not None and len(doc.text) > max_chars:
        return InputProblem(doc.source, f"document {doc.id} has {len(doc.text):,} characters, over the limit of "
                                        f"{max_chars:,} (--max-chars)", id=doc.id, stage="size")
    return None


def _surrogate(value: str, name: str) -> Optional[str]:
    bad = _SURROGATE.search(value)
    if bad is None:
        return None
    return f"its {name} has a lone surrogate (U+{ord(bad.group()):04X} at character {bad.start()}), not text"


def _document(obj: dict, source: str, encoding: str) -> Iterator[Item]:
    """The document of one JSONL object or CSV row, every value checked (module docstring), and its warnings."""
    doc_id, text = obj.get("id"), obj.get("text")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        shown = "missing" if doc_id in (None, "") else f"{type(doc_id).__name__} {json.dumps(doc_id)[:40]}"
        yield InputProblem(source, f"needs an 'id' string or integer ({shown}) and a 'text' string")
        return
    problem = _surrogate(doc_id, "id")
    if problem:
        yield InputProblem(source, f"document refused: {problem}", id=doc_id.encode("utf-8", "backslashreplace")
                           .decode("utf-8"))
        return
    if not isinstance(text, str):
        shown = "missing" if text is None else type(text).__name__
        yield InputProblem(source, f"document {doc_id} needs an 'id' and a 'text' string (text: {shown})", id=doc_id)
        return
    problem = _surrogate(text, "text")
    if problem:
        yield InputProblem(source, f"document {doc_id} refused: {problem}", id=doc_id)
        return
    if not text.strip():
        yield InputProblem(source, f"document {doc_id} has an empty text", id=doc_id)
        return
    values: dict[str, str] = {}
    for key in OPTIONAL_FIELDS:
        value = obj.get(key)
        if isinstance(value, float) and math.isnan(value):
            yield _warning(source, f"document {doc_id}: '{key}' is NaN, read as missing", doc_id)
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            value = str(value)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            yield InputProblem(source, f"document {doc_id} refused: its '{key}' is {type(value).__name__} "
                                       f"{json.dumps(value)[:40]}, not a string", id=doc_id)
            return
        problem = _surrogate(value, key)
        if problem:
            yield InputProblem(source, f"document {doc_id} refused: {problem}", id=doc_id)
            return
        values[key] = value
    published = values.pop("published", None)
    yield InputDocument(doc_id, text, source, published, values, encoding)


def _named(obj: dict, source: str, encoding: str, columns: Columns, row_id: Optional[str] = None) -> Iterator[Item]:
    """:func:`_document` of a row whose fields ``columns`` names (``extract --text-column`` ...)."""
    try:
        standard = columns.standard(obj, row_id)
    except ValueError as exc:
        doc_id = obj.get(columns.id) or row_id
        yield InputProblem(source, str(exc), id=doc_id if isinstance(doc_id, str) and not _SURROGATE.search(doc_id)
                           else None)
        return
    yield from _document(standard, source, encoding)


# --- JSONL and CSV -------------------------------------------------------------------------------

@dataclass
class _Line:
    number: int
    offset: int  # of its first byte in the file
    text: Optional[str]  # None: longer than the limit, not read
    size: int
    note: Optional[str] = None
    encoding: str = "utf-8"


def _lines(handle: IO[bytes], source: str, limit: Optional[int]) -> Iterator[_Line]:
    """The lines of a byte-encoded file (UTF-8, cp1252, per line), none read past ``limit`` bytes."""
    number = offset = 0
    while True:
        raw = handle.readline(limit + 1 if limit else -1)
        if not raw:
            return
        number += 1
        if limit and len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
                size += len(raw)
            yield _Line(number, offset, None, size)
            offset += size
            continue
        start = 3 if number == 1 and raw.startswith(codecs.BOM_UTF8) else 0
        text, encoding, note = decode_bytes(raw[start:], f"line {number}: ", offset + start)
        yield _Line(number, offset, text, len(raw), note, encoding)
        offset += len(raw)


def _wide_lines(handle: IO[bytes], encoding: str, limit: Optional[int]) -> Iterator[_Line]:
    """The lines of a UTF-16/32 file (one encoding for the whole file)."""
    reader = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="\n")
    number = 0
    while True:
        try:
            text = reader.readline(limit + 1 if limit else -1)
        except UnicodeDecodeError as exc:
            yield _Line(number + 1, -1, None, 0, f"line {number + 1} is not valid {encoding} ({exc.reason}); "
                                                  "the rest of the file is left out")
            return
        if not text:
            return
        number += 1
        if limit and len(text) > limit and not text.endswith("\n"):
            size = len(text)
            while text and not text.endswith("\n"):
                text = reader.readline(1 << 20)
                size += len(text)
            yield _Line(number, -1, None, size)
            continue
        yield _Line(number, -1, text, len(text), encoding=encoding)


def _file_lines(handle: IO[bytes], source: str, limit: Optional[int]) -> Iterator[_Line]:
    head = handle.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(handle, "peek") else b""
    if not head.strip():
        raise ValueError("empty file")
    wide = _wide_encoding(head[: len(head) - len(head) % 4] or head)
    if wide:
        return _wide_lines(handle, wide, limit)
    return _lines(handle, source, limit)


def _line_limit(max_chars: Optional[int]) -> Optional[int]:
    return None if max_chars is None else BYTES_PER_CHAR * max_chars + (1 << 16)


def _oversized(source: str, line: _Line, max_chars: Optional[int]) -> InputProblem:
    return InputProblem(f"{source}:{line.number}", f"line {line.number} has {line.size:,} bytes, more than a "
                                                   f"document of {max_chars:,} characters can take (--max-chars); "
                                                   "refused without reading it", stage="size")


def _read_jsonl(handle: IO[bytes], source: str, max_chars: Optional[int],
                columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    for line in _file_lines(handle, source, _line_limit(max_chars)):
        where = f"{source}:{line.number}"
        if line.text is None:
            yield (InputProblem(where, line.note) if line.note else _oversized(source, line, max_chars))
            continue
        if not line.text.strip():
            continue
        try:
            obj = json.loads(line.text)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"line {line.number} is not JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield InputProblem(where, f"line {line.number} is JSON nested too deeply to read; refused")
            continue
        if not isinstance(obj, dict):
            yield InputProblem(where, f"line {line.number} is not a JSON object")
            continue
        if line.note:
            yield _warning(where, line.note, obj.get("id") if isinstance(obj.get("id"), str) else None)
        yield from _named(obj, where, line.encoding, columns)


def _csv_delimiter(first: str, needed: set[str]) -> str:
    return next((d for d in CSV_DELIMITERS if needed <= {c.strip().strip('"').lstrip("\ufeff")
                                                         for c in first.split(d)}), ",")


def _read_csv(handle: IO[bytes], source: str, max_chars: Optional[int], path: Path,
              columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    needed = {columns.id, columns.text} if columns.id_given else {columns.text}
    limit = _line_limit(max_chars)
    lines = _file_lines(handle, source, limit)
    csv.field_size_limit(min(limit or 2**31 - 1, 2**31 - 1))
    notes: list[_Line] = []
    stop: list[InputProblem] = []
    current: list[str] = []  # the lines of the record being read

    def texts() -> Iterator[str]:
        for line in lines:
            if line.text is None:
                stop.append(InputProblem(f"{source}:{line.number}", line.note) if line.note
                            else _oversized(source, line, max_chars))
                return  # a CSV record cannot be found again after a line left unread
            if line.note:
                notes.append(line)
            current.append(line.text)
            yield line.text

    rows = texts()
    first = next(rows, "")
    delimiter = _csv_delimiter(first, needed)
    reader = csv.reader(_chain_first(first, rows), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield InputProblem(f"{source}:1", f"malformed CSV header ({exc})")
        return
    header = [h.strip().lstrip("\ufeff") for h in header or []]
    current.clear()
    if not needed <= set(header):
        yield from stop
        missing = ", ".join(f"'{c}'" for c in sorted(needed - set(header)))
        yield InputProblem(source, f"no {missing} column; the header has {', '.join(header)}: name the "
                                   "columns with --text-column, --id-column, --date-column, --title-column")
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            yield from stop
            return
        except csv.Error as exc:
            current.clear()
            notes.clear()
            yield InputProblem(f"{source}:{start}", f"malformed CSV record starting at line {start} ({exc})")
            continue
        where = f"{source}:{start}"
        for line in notes:
            yield _warning(where, line.note)
        at = header.index(columns.id) if columns.id in header else header.index(columns.text)
        swallowed = _swallowed(current, delimiter, len(header), start, at, row[at] if len(row) > at else "")
        current.clear()
        if swallowed:
            yield _warning(where, swallowed, row[at] if len(row) == len(header) else None)
        decided = notes[-1].encoding if notes else "utf-8"
        notes.clear()
        if not row or row == [""]:
            continue
        if len(row) != len(header):
            yield InputProblem(where, f"CSV record at line {start} has {len(row)} fields, the header has {len(header)}")
            continue
        row_id = None if columns.id in header else f"{path.name}:{start}"  # no id column: file name and line
        yield from _named(dict(zip(header, row, strict=True)), where, decided, columns, row_id)


def _shape(value: str) -> str:
    """``q12`` -> ``a9``, ``doc-7`` -> ``a-9``: what ids of one file have in common."""
    return re.sub(r"(\d)\d*", "9", re.sub(r"([^\W\d])[^\W\d]*", "a", value))


def _swallowed(lines: list[str], delimiter: str, fields: int, start: int, at: int, first: str) -> Optional[str]:
    """A warning when a record that spans lines holds a line that looks like a record of its own
    (the header's number of fields, the first one shaped like this record's): a quote left open above it."""
    shape = _shape(first.strip())
    for offset, line in enumerate(lines[1:], 1):
        cells = line.rstrip("\r\n").split(delimiter)
        if len(cells) >= fields and cells[at].strip() and _shape(cells[at].strip()) == shape:
            return (f"CSV record at line {start} runs over {len(lines)} lines and line {start + offset} looks like a "
                    "record of its own: a quote left open? Read as one record")
    return None


def _chain_first(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


# --- files ---------------------------------------------------------------------------------------

def _html_text(markup: str) -> str:
    """:func:`pipeline.html.html_to_text` stopped after ``HTML_SECONDS`` per 10,000 characters (main thread)."""
    if threading.current_thread() is not threading.main_thread() or signal.getitimer(signal.ITIMER_REAL)[0]:
        return html_to_text(markup)
    allowed = HTML_SECONDS * max(1.0, len(markup) / 10_000)

    def expire(signum, frame):
        raise TimeoutError(f"HTML took more than {allowed:.1f} s to reduce to text (a malformed page?); refused")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, allowed)
    try:
        return html_to_text(markup)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_file(path: Path, max_chars: Optional[int] = None, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Yield the documents of one file, or the problems that stop them."""
    source = display_path(path)
    stem = display_path(path.stem)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputProblem(source, f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
        return
    whole = suffix not in (".jsonl", ".csv")
    warning = _name_warning(path)
    if warning:
        yield warning
    try:
        with _open_regular(path) as handle:
            if not whole:
                items = _read_jsonl(handle, source, max_chars, columns) if suffix == ".jsonl" else \
                    _read_csv(handle, source, max_chars, path, columns)
                for item in items:
                    problem = _too_long(item, max_chars) if isinstance(item, InputDocument) else None
                    yield problem or item
                return
            size = os.fstat(handle.fileno()).st_size
            if max_chars is not None and size > 4 * max_chars + 4:
                yield InputProblem(source, f"file has {size:,} bytes, more than {max_chars:,} characters can take "
                                           "(--max-chars)", id=stem, stage="size")
                return
            if suffix in DOCUMENT_SUFFIXES:
                text, encoding, note = read_document(path), suffix[1:], None
            else:
                text, encoding, note = _decode(handle.read())
        if suffix in (".html", ".htm"):
            text = _html_text(text)
            if not text:
                yield InputProblem(source, "HTML page without visible text", id=stem)
                return
    except OSError as exc:
        yield InputProblem(source, f"cannot be read ({exc.strerror or exc})", id=stem if whole else None)
        return
    except (ValueError, TimeoutError) as exc:
        yield InputProblem(source, str(exc), id=stem if whole else None)
        return
    if note:
        yield _warning(source, note, stem)
    doc = InputDocument(stem, text, source, encoding=encoding)
    yield _too_long(doc, max_chars) or doc


def read_inputs(paths: Iterable[Union[str, Path]], max_chars: Optional[int] = None,
                columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Every document of every input path, in order; missing paths and repeated ids are problems too."""
    first_source: dict[str, str] = {}
    for path in expand(paths):
        if isinstance(path, InputProblem):
            yield path
            continue
        if not path.exists():
            yield InputProblem(display_path(path), "no such file or folder" if not path.is_symlink()
                               else "dangling symbolic link (its target is missing)")
            continue
        for item in _guarded(read_file(path, max_chars, columns), path):
            if isinstance(item, InputDocument):
                if item.id in first_source:
                    item = InputProblem(item.source, f"document id {item.id} is already used by "
                                                     f"{first_source[item.id]}; ids must be unique (rename the "
                                                     "file, or give each line its own id)", id=item.id,
                                        stage="duplicate")
                else:
                    first_source[item.id] = item.source
            yield item


def _guarded(items: Iterator[Item], path: Path) -> Iterator[Item]:
    """``items``, and a problem naming ``path`` instead of any exception a reader raises (the batch goes on)."""
    try:
        yield from items
    except Exception as exc:  # a reader bug must not stop the batch: name the file and go on
        yield InputProblem(display_path(path), f"could not be read ({type(exc).__name__}: {exc}); "
                                               "what follows in this file is left out")


__all__ = ["InputDocument", "InputProblem", "Item", "decode", "decode_bytes", "display_path", "expand", "read_file",
           "read_inputs", "sniff_encoding", "unsupported"]
