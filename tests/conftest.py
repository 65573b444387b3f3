"""Shared fixtures: where ../shared is, and one loaded pipeline per test session."""
from __future__ import annotations

import os
import sys
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


FIRST = ("Budi", "Rina", "Dodi", "Sari", "Teguh", "Wulan", "Agus", "Maya", "Hendra", "Lina", "Yusuf")
LAST = ("Santoso", "Wibowo", "Lestari", "Hartono", "Pratama", "Kusuma", "Saputra", "Rahayu", "Nugroho")
PLACES = ("Sukamaju", "Karangjati", "Wonoasri", "Tanjungsari", "Mekarsari", "Sidomulyo", "Pasirjaya")


def invented_paragraph(k: int) -> str:
    """Paragraph ``k`` of an invented news text: names, titles, an institution, a date, quotes, site furniture."""
    a, b = f"{FIRST[k % 11]} {LAST[k % 9]}", f"{FIRST[(k + 5) % 11]} {LAST[(k + 4) % 9]}"
    place = PLACES[k % 7]
    return (f"Menteri Pertanian {a} meresmikan gudang beras di Kabupaten {place} pada Senin (26/5). "
            f"“Kami siap membantu petani {place},” ujar {a.split()[0]}. Kepala Dinas Pertanian {place}, "
            f"{b}, mengatakan produksi naik. Ia menambahkan bahwa Badan Pusat Statistik (BPS) mencatat "
            f"kenaikan {k % 50 + 3} persen.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n"
            f"Baca juga: Harga Beras di {place} Naik\n")


SYLLABLES = ("ka", "ri", "to", "sa", "wa", "ne", "mu", "lo", "pe", "di", "ga", "hu")


def invented_word(k: int) -> str:
    """Capitalised word ``k`` of three syllables (``Karito``): distinct for every ``k`` below 1,728."""
    n = len(SYLLABLES)
    return (SYLLABLES[k // (n * n) % n] + SYLLABLES[k // n % n] + SYLLABLES[k % n]).capitalize()



def with_model_ents(nlp, text: str, spans) -> list[tuple[str, str]]:
    """The (text, label) entities after the rule components of ``nlp`` ran on ``text`` whose doc already
    holds the given (model) entities, ``spans`` as (words, label) found by their first occurrence."""
    doc = nlp.make_doc(text)
    ents = []
    for words_, label in spans:
        start = text.index(words_)
        ents.append(doc.char_span(start, start + len(words_), label=label))
    doc.ents = ents
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e.text, e.label_) for e in doc.ents]

def count_lines(function, *args) -> int:
    """The Python lines run while ``function(*args)`` runs (each turn of a loop or comprehension
    counts again): work, not time."""
    lines = 0

    def trace(frame, event, arg):
        nonlocal lines
        lines += event == "line"
        return trace

    sys.settrace(trace)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return lines


def count_calls(function, *args) -> int:
    """The Python and C function calls made while ``function(*args)`` runs: work, not time."""
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return calls


def growth(nlp, component: str, paragraphs: int = 6, factor: int = 10, text=None) -> float:
    """Calls made by ``component`` of ``nlp`` (or ``"tokenizer"``) on an invented text ``factor`` times
    longer, divided by its calls on the shorter one (the components before it run first, uncounted).
    ``text(n)`` gives the text of ``n`` paragraphs (default: :func:`invented_paragraph`)."""
    from pipeline.nlp import make_doc

    counts = []
    for n in (paragraphs, paragraphs * factor):
        text_n = text(n) if text is not None else "\n".join(invented_paragraph(k) for k in range(n))
        if component == "tokenizer":
            counts.append(count_calls(nlp.make_doc, text_n))
            continue
        doc = make_doc(nlp, text_n, doc_id="long", published="2025-05-26")
        for name, pipe in nlp.pipeline:
            if name == component:
                counts.append(count_calls(pipe, doc))
                break
            doc = pipe(doc)
    return counts[1] / counts[0]


@pytest.fixture
def work_growth(nlp):
    """``work_growth(component)``: see :func:`growth`, on the test module's ``nlp``."""
    return lambda component, **kwargs: growth(nlp, component, **kwargs)



@pytest.fixture
def load_adds(monkeypatch):
    """A function of a component name: ``pipeline.nlp.load`` then adds that component last; the
    workers' pipeline cache is emptied when it is called and when the test ends."""
    from pipeline import engines
    from pipeline import nlp as nlp_module

    load = nlp_module.load

    def apply(component: str) -> None:
        def load_with(**overrides):
            built = load(**overrides)
            built.add_pipe(component)
            return built

        monkeypatch.setattr(nlp_module, "load", load_with)
        monkeypatch.setattr(engines._CACHE, "pipelines", {}, raising=False)

    yield apply
    engines._CACHE.pipelines = {}
