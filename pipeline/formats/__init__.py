"""Readers for document files that are not plain text: ``.pdf`` (:mod:`.pdf`) and ``.docx`` (:mod:`.docx`).

``read_document(path)`` gives the article text of one such file, paragraphs separated by a
blank line, page headers, footers and page numbers left out; ``ValueError`` says what is
wrong with a file that gives no text (a scanned PDF without a text layer, an encrypted or
damaged file).
"""
from __future__ import annotations

from pathlib import Path

SUFFIXES = (".pdf", ".docx")


def read_document(path: Path) -> str:
    """The text of a ``.pdf`` or ``.docx`` file (see the module docstring)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from .pdf import pdf_text

        return pdf_text(path)
    if suffix == ".docx":
        from .docx import docx_text

        return docx_text(path)
    raise ValueError(f"unsupported file type {suffix}")
