"""Tests for the per-document time budget (`pipeline.guard`): supervised, killable worker processes."""
from __future__ import annotations

import os
import sys
import time

import pytest
from spacy.language import Language

from pipeline import engines, guard
from pipeline.readers import InputDocument, InputProblem

TEXT = "Camat Budi Santoso hadir di Bogor, Senin (26/5)."


@Language.component("test_trap")
def trap_component(doc):
    if "LAMBAT" in doc.text:  # stands for a component or the tokenizer that never returns
        while True:
            pass
    if "TIDUR" in doc.text:  # stands for a document that waits for ever
        time.sleep(600)
    if "MATI" in doc.text:  # stands for a crash or the out-of-memory killer
        os._exit(3)
    return doc


@pytest.fixture
def trapped(load_adds):
    load_adds("test_trap")


def docs(*texts):
    return [InputDocument(f"d{i}", text, f"f{i}.txt") for i, text in enumerate(texts)]


@pytest.mark.parametrize("seconds, n_chars, allowed", [(2, 100, 2), (2, 10_000, 2), (2, 50_000, 10), (0.5, 30_000, 1.5)])
def test_budget(seconds, n_chars, allowed):
    assert guard.budget(seconds, n_chars) == pytest.approx(allowed)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_hanging_or_dying_document_is_named_and_the_rest_go_on(trapped, workers):
    items = docs(TEXT, f"{TEXT} LAMBAT", TEXT, f"{TEXT} MATI", TEXT, f"{TEXT} TIDUR", TEXT)
    items.insert(2, InputProblem("bad.txt", "empty file"))
    started = time.monotonic()
    outcomes = [o for o in guard.iter_guarded(items, {"ner_model": "none"}, workers=workers, seconds=0.5)
                if o is not None]  # None: a tick while a document runs
    assert time.monotonic() - started < 60  # each trap alone would take 600 s or for ever
    assert [o.id for o in outcomes] == ["d0", "d1", None, "d2", "d3", "d4", "d5", "d6"]  # input order
    assert [o.record is not None for o in outcomes] == [True, False, False, True, False, True, False, True]
    busy, crash, asleep = outcomes[1].error, outcomes[4].error, outcomes[6].error
    assert busy["stage"] == crash["stage"] == asleep["stage"] == "test_trap"
    assert busy["message"].startswith("timed out: stopped after 0.") and "of CPU" in busy["message"]
    assert "--doc-timeout 0.5 s per 10,000 characters" in busy["message"]
    assert asleep["message"].startswith("timed out: stopped after 0.0 s of CPU (5.")  # the wall-clock limit
    assert "exit status 3" in crash["message"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
@pytest.mark.parametrize("seconds", [2, 0])
def test_forked_workers_start_with_the_loaded_pipeline(monkeypatch, seconds):
    """With a budget or without one (``--doc-timeout 0 --workers 2``), the workers are children forked from
    this process: they hold its loaded pipeline, at the same address."""
    assert engines.start_method() == "fork"

    def probe(nlp, item, max_chars=None, on_stage=None):
        return engines.Outcome(item.id, item.source, record={"pid": os.getpid(), "nlp": id(nlp)})

    monkeypatch.setattr(guard, "process_document", probe)
    seen = [o.record for o in guard.iter_guarded(docs(TEXT, TEXT, TEXT, TEXT), {"ner_model": "none"}, workers=2,
                                                 seconds=seconds) if o]
    parent = id(engines.worker_nlp({"ner_model": "none"}))
    assert len(seen) == 4 and all(r["pid"] != os.getpid() and r["nlp"] == parent for r in seen)


class _Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot travel")


def test_an_outcome_that_cannot_travel_back_is_named(monkeypatch):
    def probe(nlp, item, max_chars=None, on_stage=None):
        return engines.Outcome(item.id, item.source, record={"x": _Unpicklable()} if "X" in item.text else {})

    monkeypatch.setattr(guard, "process_document", probe)
    outcomes = [o for o in guard.iter_guarded(docs(TEXT, TEXT + " X", TEXT), {"ner_model": "none"}, workers=1,
                                              seconds=0) if o]
    assert [o.record is not None for o in outcomes] == [True, False, True]
    assert outcomes[1].error["stage"] == "worker" and "cannot travel" in outcomes[1].error["message"]


def test_same_records_as_in_process():
    items = docs(TEXT, "Menteri Keuangan Sri Rahayu mengatakan, “Kami siap.”", TEXT + " Lagi.")
    nlp = engines.worker_nlp({"ner_model": "none"})
    alone = [engines.process_document(nlp, item).record for item in items]
    guarded = [o.record for o in guard.iter_guarded(items, {"ner_model": "none"}, workers=2, seconds=5) if o]
    assert guarded == alone


def test_a_long_document_queued_behind_a_hanging_one(trapped):
    """Sending a document larger than the pipe holds must not block the supervisor while the child hangs."""
    items = docs(TEXT, f"{TEXT} LAMBAT", TEXT * 5000, TEXT)  # the long one is sent once the first is done
    started = time.monotonic()
    outcomes = [o for o in guard.iter_guarded(items, {"ner_model": "none"}, workers=1, seconds=0.5,
                                              max_chars=100_000) if o is not None]
    assert time.monotonic() - started < 60
    assert outcomes[0].record is not None and outcomes[3].record is not None
    assert [o.error["stage"] for o in outcomes[1:3]] == ["test_trap", "size"]


def test_the_loaded_pipeline_is_kept_from_the_collector(monkeypatch):
    """worker_nlp freezes what loading made (gc.freeze): collections then skip it, forked workers share its pages."""
    import gc

    monkeypatch.setattr(engines._CACHE, "pipelines", {}, raising=False)
    before = gc.get_freeze_count()
    nlp = engines.worker_nlp({"ner_model": "none"})
    assert gc.get_freeze_count() > before
    assert all(o is not nlp for o in gc.get_objects())  # in no generation a collection walks
    assert engines.worker_nlp({"ner_model": "none"}) is nlp  # loaded once
