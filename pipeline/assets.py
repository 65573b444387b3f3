"""The asset manifest and the fetch step.

Every public data file the project trains or measures on is declared in
``assets.tsv`` at the repository root: its local path, the upstream URL at a
pinned commit, its sha256, size and licence. ``fetch`` brings a file into
``data/assets/`` (ignored by git):

* from the folder named by the environment variable ``PIPELINE_ASSET_MIRROR``
  when it is set (CI and the Makefile point it at ``../shared/assets``);
* otherwise from the upstream URL.

Either way the sha256 is checked before the file is moved into place, so a
half-downloaded or altered file is never used.
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "assets.tsv"
ASSET_DIR = Path(os.environ.get("PIPELINE_ASSET_DIR", ROOT / "data" / "assets"))
MIRROR_ENV = "PIPELINE_ASSET_MIRROR"


class AssetError(RuntimeError):
    """An asset is missing from the manifest, unreachable, or fails its checksum."""


@dataclass(frozen=True)
class Asset:
    """One row of the manifest."""

    path: str
    url: str
    sha256: str
    bytes: int
    licence: str

    @property
    def local(self) -> Path:
        """Where the fetched file lives."""
        return ASSET_DIR / self.path


def manifest() -> dict[str, Asset]:
    """Every asset of ``assets.tsv`` by its path."""
    with MANIFEST.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {
        row["path"]: Asset(row["path"], row["url"], row["sha256"], int(row["bytes"]), row["licence"])
        for row in csv.DictReader(lines, delimiter="\t")
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(path: str) -> Path:
    """Return the local path of asset ``path``, fetching and checking it first if needed."""
    assets = manifest()
    if path not in assets:
        raise AssetError(f"{path}: not in the asset manifest {MANIFEST.name}")
    asset = assets[path]
    if asset.local.exists() and _sha256(asset.local) == asset.sha256:
        return asset.local
    asset.local.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=asset.local.parent, delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        mirror = os.environ.get(MIRROR_ENV)
        if mirror:
            source = Path(mirror) / asset.path
            if not source.exists():
                raise AssetError(f"{path}: not found in the mirror {mirror} ({MIRROR_ENV})")
            shutil.copyfile(source, tmp_path)
        else:
            try:
                with urllib.request.urlopen(asset.url, timeout=60) as response, tmp_path.open("wb") as out:
                    shutil.copyfileobj(response, out)
            except OSError as exc:
                raise AssetError(
                    f"{path}: download from {asset.url} failed ({exc}); "
                    f"set {MIRROR_ENV} to a folder holding a copy"
                ) from exc
        got = _sha256(tmp_path)
        if got != asset.sha256:
            raise AssetError(f"{path}: sha256 {got} does not match the manifest's {asset.sha256}")
        os.replace(tmp_path, asset.local)
    finally:
        tmp_path.unlink(missing_ok=True)
    return asset.local


def fetch_all(prefix: str = "") -> list[Path]:
    """Fetch every asset whose path starts with ``prefix``."""
    return [fetch(path) for path in manifest() if path.startswith(prefix)]
