"""Metamorphic tests: the same articles in other layouts give the same records (within 0.01 F1
on every field) as the paragraph layout, on corpus/ and ../shared/dev (skipped when absent)."""
from __future__ import annotations

import re

import pytest

from pipeline.benchmarks import layouts
from pipeline.evaluate import read_jsonl

pytest.importorskip("fpdf")


@pytest.fixture(scope="module")
def splitter_nlp():
    return layouts._splitter()


@pytest.mark.parametrize("data", ["corpus", "dev"])
def test_every_layout_within_tolerance(nlp, splitter_nlp, data):
    sets = layouts.data_sets()
    if data not in sets:
        pytest.skip(f"no gold file for {data}")
    table = layouts.f1_table(layouts.measure(read_jsonl(sets[data]), layouts.LAYOUTS, nlp, splitter_nlp))
    assert set(table) == set(layouts.LAYOUTS)
    drops = {name: drop for name, drop in layouts.worst_drop(table).items() if drop[0] > layouts.TOLERANCE}
    assert not drops, layouts.markdown(data, table)


def test_pdf_and_docx_of_corpus_read_back_the_same_text(tmp_path):
    gold = read_jsonl(layouts.data_sets()["corpus"])
    read = layouts.file_variants(gold, ["pdf", "docx"], tmp_path)
    for doc, pdf, docx in zip(gold, read["pdf"], read["docx"], strict=True):
        paragraphs = "\n\n".join(p.strip() for p in re.split(r"\n+", doc["text"].strip()))
        assert pdf["text"] == paragraphs, doc["id"]
        assert docx["text"] == paragraphs, doc["id"]


@pytest.mark.parametrize("width", [60, 72, 80])
def test_wrap_keeps_words_and_blank_lines(width):
    text = "Judul\n\n" + "kata " * 40 + "\nbaris kedua"
    wrapped = layouts.wrap(text, width)
    assert wrapped.split() == text.split() and wrapped.startswith("Judul\n\n")
    assert max(len(line) for line in wrapped.split("\n")) <= width
