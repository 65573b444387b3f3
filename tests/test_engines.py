"""Worker start-up and memory zones of `pipeline.engines` (rules only)."""
from __future__ import annotations

import contextlib
import os
import sys

import pytest

from pipeline import engines
from pipeline.tokenizer import blank


@pytest.mark.parametrize("grown, zoned", [(0, False), (engines.WARM_STRINGS - 1, False), (engines.WARM_STRINGS, True)])
def test_memory_zone_after_the_warm_up(grown, zoned):
    nlp = blank()
    engines.memory_zone(nlp)  # records the vocabulary's size at the start
    for k in range(grown):
        nlp.vocab.strings.add(f"kata{k}")
    zone = engines.memory_zone(nlp)
    assert (not isinstance(zone, contextlib.nullcontext)) is zoned
    with zone:
        nlp.make_doc("Budi hadir di Jakarta.")


def _probe(_):
    return os.getpid(), id(engines.worker_nlp({}))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_forked_workers_start_with_the_loaded_pipeline():
    assert engines.start_method() == "fork"
    executor = engines._executor(2, {})
    try:
        seen = [executor.submit(_probe, k).result(timeout=120) for k in range(4)]
    finally:
        executor.shutdown()
    parent = id(engines.worker_nlp({}))  # a forked worker holds the parent's object, at the same address
    assert all(pid != os.getpid() and nlp_id == parent for pid, nlp_id in seen)
