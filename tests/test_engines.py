"""Worker start-up and memory zones of `pipeline.engines` (rules only)."""
from __future__ import annotations

import contextlib

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


class _Marker:
    """Stands for the NER model: every ``Budi`` is a person; remembers the length of each Doc it is given."""

    def __init__(self):
        self.lengths = []

    def __call__(self, doc):
        from spacy.tokens import Span

        self.lengths.append(len(doc))
        doc.ents = [Span(doc, t.i, t.i + 1, label="PER") for t in doc if t.text == "Budi"]
        return doc


@pytest.mark.parametrize("sentences, limit, lengths", [
    (["Budi datang ke kantor ."] * 6, 10, [10, 10, 10]),  # whole sentences, as many as fit
    (["Budi datang ke kantor ."] * 3, 100, [15]),  # short: one stretch
    (["Budi " * 25 + "."], 10, [10, 10, 6]),  # a sentence longer than a stretch is cut
    (["Ia pulang ."] + ["Budi " * 12 + "."], 10, [3, 10, 3]),
])
def test_model_in_chunks(monkeypatch, sentences, limit, lengths):
    from pipeline.extract.sentences import mark_sentence_starts

    nlp = blank()
    doc = nlp.make_doc(" ".join(sentences))
    starts, at = [], 0
    for sentence in sentences:
        starts.append(at)
        at += len(nlp.make_doc(sentence))
    mark_sentence_starts(doc, starts)
    monkeypatch.setattr(engines, "MODEL_CHUNK_TOKENS", limit)
    marker = _Marker()
    doc = engines.model_in_chunks(doc, [marker])
    assert marker.lengths == lengths
    assert [(e.start, e.text) for e in doc.ents] == [(t.i, "Budi") for t in doc if t.text == "Budi"]


@pytest.mark.parametrize("tokens, postponed", [(10, False), (engines.LONG_DOCUMENT_TOKENS, False),
                                               (engines.LONG_DOCUMENT_TOKENS + 1, True)])
def test_full_collections_wait_for_a_long_document(tokens, postponed):
    import gc

    before = gc.get_threshold()
    with engines.full_collections_postponed(tokens):
        inside = gc.get_threshold()
    assert inside[:2] == before[:2]
    assert (inside[2] > 1_000_000) is postponed
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), engines.full_collections_postponed(tokens):
        raise ValueError("a failing component")
    assert gc.get_threshold() == before  # (restored when the document fails too)
