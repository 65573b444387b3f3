"""Output files, written whole or not at all.

Every final file is written under a temporary ``.part`` name in its target
folder and renamed into place once complete (``os.replace`` is atomic on one
file system), so an interrupted run never leaves a half-written output under
its final name. :class:`Journal` is the append-only ``.part`` file a batch
streams its lines into (complete, fsync'd lines only); :class:`TableWriter`
streams one table to CSV and Parquet in batches with a fixed schema.

Nothing in the output folder is opened through a symbolic link: a link planted
under a name this module writes is replaced (``os.replace``) or removed, never
followed. In CSV files (not in JSONL or Parquet) a text cell that a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) gets a leading ``'`` (the OWASP CSV injection rule).
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable, Iterator, Optional

if TYPE_CHECKING:
    import pandas as pd

# (pandas and pyarrow, about 0.3 s to import and 100 MB resident, are imported where tables are written: not in
# the start-up of `extract`, whose worker processes never write a table)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NOFOLLOW = os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o666 & ~_UMASK)
        fsync_path(tmp_path)
        os.replace(tmp_path, path)
    finally:
        tmp_path.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_text(path: Path) -> Iterator[IO[str]]:
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as handle:
        yield handle


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# characters str.splitlines() breaks on that json.dumps(ensure_ascii=False) leaves raw
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(obj: dict) -> str:
    """``obj`` as one JSON line that every line splitter reads as one line."""
    return json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def formula_safe(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its text cells made :func:`formula_safe` (a copy when anything changes)."""
    masks = {c: frame[c].str.startswith(FORMULA_STARTS, na=False).astype(bool) for c in frame.columns
             if frame[c].dtype == object or str(frame[c].dtype) == "string"}
    risky = {c: mask for c, mask in masks.items() if mask.any()}
    if not risky:
        return frame
    frame = frame.copy()
    for column, mask in risky.items():
        frame.loc[mask, column] = "'" + frame.loc[mask, column]
    return frame


def open_nofollow(path: Path, flags: int, mode: int = 0o666) -> int:
    """``os.open`` that never follows a symbolic link at ``path``: a link found there is removed first."""
    try:
        return os.open(path, flags | _NOFOLLOW, mode)
    except OSError as exc:
        if not path.is_symlink():
            raise exc
    path.unlink()
    return os.open(path, flags | _NOFOLLOW, mode)


def arrow_schema(schema: dict[str, str]):
    """The Arrow schema of a table's columns (``records.TABLE_SCHEMAS``: pandas dtypes by column)."""
    import pyarrow as pa

    types = {"string": pa.string(), "Int64": pa.int64(), "boolean": pa.bool_()}
    return pa.schema([(column, types[dtype]) for column, dtype in schema.items()])


def write_table(frame: pd.DataFrame, folder: Path, name: str) -> None:
    """``name.csv`` and ``name.parquet`` in ``folder``."""
    with atomic_path(folder / f"{name}.csv") as tmp:
        csv_safe(frame).to_csv(tmp, index=False)
    with atomic_path(folder / f"{name}.parquet") as tmp:
        frame.to_parquet(tmp, index=False)


def complete_lines_end(path: Path) -> int:
    """Byte length of the prefix of ``path`` made of complete lines that parse as JSON."""
    end = 0
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                json.loads(line)
            except ValueError:
                break
            end += len(line)
    return end


class Journal:
    """An append-only JSONL ``.part`` file: lines go in whole and fsync'd, or not at all.

    ``Journal(path, resume=True)`` keeps what an earlier run wrote, cut after its
    last complete line; ``commit()`` renames the part to its final name.
    """

    def __init__(self, final: Path, resume: bool = False):
        self.final = final
        self.part = final.with_name(final.name + ".part")
        final.parent.mkdir(parents=True, exist_ok=True)
        if self.part.is_symlink():  # never ours: a link planted where the part goes
            self.part.unlink()
        if resume and self.part.exists():
            with os.fdopen(open_nofollow(self.part, os.O_RDWR), "r+b") as handle:
                handle.truncate(complete_lines_end(self.part))
        elif resume and final.exists() and not final.is_symlink():
            with atomic_path(self.part) as tmp:
                tmp.write_bytes(b"")
                with final.open("rb") as src, tmp.open("ab") as dst:
                    for block in iter(lambda: src.read(1 << 20), b""):
                        dst.write(block)
        else:
            self.part.unlink(missing_ok=True)
            os.close(open_nofollow(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
        self._handle: Optional[IO[bytes]] = None

    def lines(self) -> Iterator[dict]:
        """The objects already in the part file."""
        with self.part.open("rb") as handle:
            for line in handle:
                yield json.loads(line)

    def append(self, objects: Iterable[dict]) -> None:
        """Append objects, one line each, then flush and fsync."""
        data = "".join(json_line(obj) for obj in objects).encode("utf-8", "backslashreplace")
        if not data:
            return
        if self._handle is None:
            self._handle = os.fdopen(open_nofollow(self.part, os.O_WRONLY | os.O_APPEND), "ab")
        self._handle.write(data)
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def commit(self, keep=None) -> None:
        """Rename the part to the final name; with ``keep(obj) -> bool``, copy only the kept lines."""
        self.close()
        if keep is None:
            fsync_path(self.part)
            os.replace(self.part, self.final)
            return
        with atomic_path(self.final) as tmp, tmp.open("wb") as out, self.part.open("rb") as src:
            for line in src:
                if keep(json.loads(line)):
                    out.write(line)
        self.part.unlink()


class TableWriter:
    """One table streamed in batches to ``name.csv`` and ``name.parquet`` with a fixed schema."""

    def __init__(self, folder: Path, name: str, schema: dict[str, str]):
        import pyarrow.parquet as pq

        self.schema = schema
        self.arrow = arrow_schema(schema)
        self._csv_ctx = atomic_path(folder / f"{name}.csv")
        self._pq_ctx = atomic_path(folder / f"{name}.parquet")
        self._csv = self._csv_ctx.__enter__().open("w", encoding="utf-8", newline="")
        self._pq = pq.ParquetWriter(self._pq_ctx.__enter__(), self.arrow)
        self._header = True

    def write(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa

        csv_safe(frame).to_csv(self._csv, index=False, header=self._header)
        self._header = False
        if len(frame):
            self._pq.write_table(pa.Table.from_pandas(frame, schema=self.arrow, preserve_index=False))

    def close(self, ok: bool = True) -> None:
        """Finish both files and move them into place (``ok``) or drop them."""
        if self._header:
            import pandas as pd

            self.write(pd.DataFrame({c: pd.Series([], dtype=d) for c, d in self.schema.items()}))
        self._csv.close()
        self._pq.close()
        exc = (None, None, None) if ok else (RuntimeError, RuntimeError("aborted"), None)
        for ctx in (self._csv_ctx, self._pq_ctx):
            try:
                ctx.__exit__(*exc)
            except RuntimeError:
                pass


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files (``.NAME.xxxxxxxx.part``) a killed run left in ``folder``; the removed."""
    removed = []
    for path in folder.glob(".*.part"):
        if _TEMPORARY.fullmatch(path.name) and (path.is_file() or path.is_symlink()):
            path.unlink()
            removed.append(path)
    return removed


_TEMPORARY = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.part")


def write_tables(records: Iterable[dict], folder: Path, tables_fn, schemas: dict[str, dict[str, str]],
                 batch: int = 1000) -> None:
    """Every table of ``tables_fn(records)`` to CSV and Parquet, ``batch`` records at a time."""
    writers = {name: TableWriter(folder, name, schema) for name, schema in schemas.items()}
    ok = False
    try:
        chunk: list[dict] = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= batch:
                for name, frame in tables_fn(chunk).items():
                    writers[name].write(frame)
                chunk = []
        if chunk:
            for name, frame in tables_fn(chunk).items():
                writers[name].write(frame)
        ok = True
    finally:
        for writer in writers.values():
            writer.close(ok)
