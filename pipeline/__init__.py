"""Extraction of people, roles, organisations, places, dates and quotes from Indonesian press text.

    import pipeline
    nlp = pipeline.load()
    doc = nlp("Jakarta, 26 Mei 2025 — ...")
    pipeline.to_records(doc)
"""
from .nlp import load, make_doc, process
from .records import tables, to_records

__all__ = ["load", "make_doc", "process", "to_records", "tables"]
__version__ = "0.1.0"
