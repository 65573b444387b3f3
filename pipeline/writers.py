"""Output files, written whole or not at all.

Every file goes to a temporary name in its target folder and is renamed into
place once complete (``os.replace`` is atomic on one file system), so an
interrupted run never leaves a half-written output under its final name.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator

import pandas as pd


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    finally:
        tmp_path.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_text(path: Path) -> Iterator[IO[str]]:
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as handle:
        yield handle


def json_line(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def write_table(frame: pd.DataFrame, folder: Path, name: str) -> None:
    """``name.csv`` and ``name.parquet`` in ``folder``."""
    with atomic_path(folder / f"{name}.csv") as tmp:
        frame.to_csv(tmp, index=False)
    with atomic_path(folder / f"{name}.parquet") as tmp:
        frame.to_parquet(tmp, index=False)
