"""The Dask engine on a 2-worker ``LocalCluster`` gives the records of the local engine (`extract --engine dask`)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.records import TABLES

PRESS = Path(__file__).resolve().parents[1] / "corpus" / "press"
distributed = pytest.importorskip("distributed")


def test_dask_local_cluster_equals_local_engine(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    source = tmp_path / "docs.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for i, path in enumerate(sorted(PRESS.glob("*.txt"))[:4]):
            handle.write(json.dumps({"id": f"p{i}", "text": path.read_text(encoding="utf-8")}) + "\n")
            if i == 2:
                handle.write("{bad\n")
    common = ["--ner-model", "none", "--chunk-size", "2", "--no-progress"]
    assert main(["extract", str(source), "--out", str(tmp_path / "local"), *common]) == 1
    status = main(["extract", str(source), "--out", str(tmp_path / "dask"), "--engine", "dask", "--workers", "2",
                   *common])
    assert status == 1
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert (dask / "records.jsonl").read_bytes() == (local / "records.jsonl").read_bytes()
    assert (dask / "errors.jsonl").read_bytes() == (local / "errors.jsonl").read_bytes()
    parts = sorted((dask / "parts" / "records").glob("*.jsonl"))
    assert [p.name for p in parts] == [f"part-{k:06d}.jsonl" for k in range(3)]  # 5 entries, 2 per partition
    from_parts = b"".join(p.read_bytes() for p in parts)
    assert from_parts == (local / "records.jsonl").read_bytes()
    for name in TABLES:
        whole = pd.read_parquet(local / f"{name}.parquet")
        partitioned = pd.read_parquet(dask / "parts" / name)
        assert list(partitioned.columns) == list(whole.columns)
        assert len(partitioned) == len(whole)
    assert not [p for p in dask.rglob("*.part")]
    assert os.environ["OMP_NUM_THREADS"] == "1"
