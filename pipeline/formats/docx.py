"""Text of a Word ``.docx`` file (python-docx).

The body's paragraphs and table cells in document order, one paragraph per block separated by
a blank line; page headers and footers (where page numbers live) are not part of the body
and are left out. A manual line break inside a paragraph stays a line break.
"""
from __future__ import annotations

import zipfile
from pathlib import Path


def docx_text(path: Path) -> str:
    """The paragraphs of the body of ``path``; ValueError when it is not a readable .docx."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"not a readable .docx file ({exc})") from None
    paragraphs: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            seen = set()  # a merged cell is returned once per grid column it spans
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        paragraphs += [p.text for p in cell.paragraphs]
        else:
            paragraphs.append(block.text)
    text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    if not text:
        raise ValueError("the document has no text")
    return text
