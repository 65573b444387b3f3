"""Shared fixtures: where ../shared is, and one loaded pipeline per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PIPELINE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "spec" / "records-v1.md").exists():
        pytest.skip(f"no shared folder at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The full default pipeline (with models/ner-id when it is there)."""
    import pipeline

    return pipeline.load()
