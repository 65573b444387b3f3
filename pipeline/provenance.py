"""What ``OUT/run.json`` records about an ``extract`` run: settings, inputs, versions, times.

``run_info(settings, files)`` gives ``settings`` (what ``--resume`` compares), ``inputs`` (path,
size in bytes and sha256 of every input file), ``package`` (name, version, git commit of the
checkout when there is one, else None), ``models`` (the version of every model the settings
load, read from its ``meta.json`` or model card), ``started`` (UTC, ISO 8601); the ``extract``
command adds ``ended`` and ``counts``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _input(path: Path) -> dict:
    try:
        return {"path": str(path), "bytes": path.stat().st_size, "sha256": file_sha256(path)}
    except OSError as exc:
        return {"path": str(path), "error": exc.strerror or str(exc)}


def git_commit(root: Path = ROOT) -> Optional[str]:
    """The commit of the checkout the package runs from (``+dirty`` with local changes), or None."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                              timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("+dirty" if dirty else "") if head else None


def _version() -> Optional[str]:
    try:
        return metadata.version("pipeline")
    except metadata.PackageNotFoundError:
        return None


def model_versions(settings: dict) -> dict:
    """``{name: version}`` of the models ``settings`` load (rules only: none)."""
    models = {}
    ner = settings.get("ner_model")
    if ner and ner != "none":
        meta = Path(ner) / "meta.json"
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            models["ner"] = f"{info.get('name', Path(ner).name)} {info.get('version', '?')}"
        except (OSError, ValueError):
            models["ner"] = f"{ner} (no meta.json)"
    splitter = settings.get("splitter")
    if splitter in ("stanza", "stanza-official"):
        try:
            models["splitter"] = f"{splitter} (stanza {metadata.version('stanza')})"
        except metadata.PackageNotFoundError:
            models["splitter"] = splitter
    return models


def run_info(settings: dict, files: list[Path]) -> dict:
    return {
        "settings": settings,
        "inputs": [_input(path) for path in files],
        "package": {"name": "pipeline", "version": _version(), "git_commit": git_commit()},
        "models": model_versions(settings),
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
