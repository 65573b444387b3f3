"""The asset manifest and the mirror fetch."""
from __future__ import annotations

import hashlib

import pytest

from pipeline import assets


def test_manifest_pins_every_asset():
    rows = assets.manifest()
    assert rows
    for asset in rows.values():
        assert asset.url.startswith("https://") and len(asset.sha256) == 64 and asset.licence


def test_fetch_from_mirror_checks_the_checksum(tmp_path, monkeypatch):
    mirror = tmp_path / "mirror"
    (mirror / "x").mkdir(parents=True)
    (mirror / "x" / "a.txt").write_bytes(b"hello")
    manifest = tmp_path / "assets.tsv"
    good = hashlib.sha256(b"hello").hexdigest()
    manifest.write_text("path\turl\tsha256\tbytes\tlicence\n"
                        f"x/a.txt\thttps://example.invalid/a.txt\t{good}\t5\tMIT\n"
                        f"x/b.txt\thttps://example.invalid/b.txt\t{'0' * 64}\t5\tMIT\n", encoding="utf-8")
    monkeypatch.setattr(assets, "MANIFEST", manifest)
    monkeypatch.setattr(assets, "ASSET_DIR", tmp_path / "local")
    monkeypatch.setenv(assets.MIRROR_ENV, str(mirror))
    assert assets.fetch("x/a.txt").read_bytes() == b"hello"
    (mirror / "x" / "b.txt").write_bytes(b"other")
    with pytest.raises(assets.AssetError, match="sha256"):
        assets.fetch("x/b.txt")
    assert not (tmp_path / "local" / "x" / "b.txt").exists()
    with pytest.raises(assets.AssetError, match="not in the asset manifest"):
        assets.fetch("x/c.txt")
