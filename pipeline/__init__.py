"""Extraction of people, roles, organisations, places, dates and quotes from Indonesian press text.

    import pipeline
    nlp = pipeline.load()
    doc = nlp("Jakarta, 26 Mei 2025 — ...")
    pipeline.to_records(doc)

The names below are imported on first use, so ``import pipeline`` (and ``python -m
pipeline.<module>``) loads no model library before the module has set its thread limits. It
also keeps thinc from importing torch when nothing asks for it (:mod:`pipeline.torch_guard`).
"""
from importlib import import_module

from . import torch_guard

torch_guard.install()

_EXPORTS = {"load": ".nlp", "make_doc": ".nlp", "process": ".nlp", "tables": ".records", "to_records": ".records"}

__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
