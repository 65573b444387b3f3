"""Text of a PDF with a text layer (pypdf), paragraphs rebuilt.

pypdf was chosen over pdfminer.six on 34 releases typeset by fpdf2 from the texts of corpus/
and ``../shared/dev`` (justified, A4, running header and page numbers, as
``pipeline.benchmarks.layouts.write_pdf`` makes them): pypdf 7.1 gave every word in order in all
34, pdfminer.six 20260107 (``extract_text``) put words of justified lines out of order in 4, and
pypdf was about ten times faster (0.16 s against 1.5 s for the 34, a loaded machine); pypdf is
also pure Python without dependencies.

From the lines pypdf reads (each with its page, height on the page and font size):

* page furniture is dropped: a line in the top or bottom :data:`MARGIN` of a page that is a
  page number (``3``, ``- 3 -``, ``Halaman 3 dari 5``, ``Page 3 of 5``), that comes back on
  another page in the same band (digits aside: running headers, ``Halaman 2``), or that is
  set smaller than the body text (:data:`SMALL`);
* a paragraph ends where the space to the next line is more than :data:`GAP` times the usual
  line spacing (at most :data:`LEADING` font sizes), where the next line is indented (by
  position or by typed spaces), and at a page end after a sentence end;
  otherwise lines join with a space (with none after a hyphen before a lower-case letter:
  ``masing-`` + ``masing``);
* paragraphs are separated by a blank line.

A PDF whose pages give no text (a scanned document) is refused: it needs OCR first.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from ..extract.layout import SENTENCE_END

MARGIN = 0.1  # share of the page height at its top and bottom where headers and footers sit
GAP = 1.5
LEADING = 1.25  # line spacing assumed at most, in font sizes (when every paragraph is one line)
SMALL = 0.9  # a line set below this share of the body's font size is small print
INDENT = 1.5  # an indent of this many font sizes starts a paragraph
PAGE_NUMBER = re.compile(r"^[\s\-–—|]*(?:(?:halaman|hal\.?|page)\s*)?\d{1,4}(?:\s*(?:dari|of|/)\s*\d{1,4})?[\s\-–—|]*$",
                         re.IGNORECASE)


@dataclass
class Line:
    page: int
    y: float  # from the bottom of the page
    x: float
    size: float
    text: str
    spaces: int = 0  # white space the line opens with (an indent typed as spaces)


def _page_lines(page, number: int) -> list[Line]:
    """The text lines of one page, each placed by its first piece of text."""
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, font, size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        pieces.append((text, x, y, size * abs(cm[3] or 1)))

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    current: list[str] = []
    where = None

    def close():
        raw = "".join(current)
        if where is not None and raw.strip():
            lines.append(Line(number, where[1], where[0], where[2], raw.strip(), len(raw) - len(raw.lstrip())))

    for text, x, y, size in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                close()
                current, where = [], None
            if part:
                current.append(part)
                if where is None and part.strip():
                    where = (x, y, size)
    close()
    return lines


def _furniture(lines: list[Line], heights: dict[int, float]) -> set[int]:
    """Indices of the header, footer and page number lines."""
    body_size = statistics.median(line.size for line in lines)
    in_band = [i for i, line in enumerate(lines)
               if line.y > heights[line.page] * (1 - MARGIN) or line.y < heights[line.page] * MARGIN]
    shapes: dict[str, set[int]] = {}
    for i in in_band:
        shapes.setdefault(re.sub(r"\d+", "#", lines[i].text.lower()), set()).add(lines[i].page)
    return {i for i in in_band
            if PAGE_NUMBER.match(lines[i].text) or lines[i].size < SMALL * body_size
            or len(shapes[re.sub(r"\d+", "#", lines[i].text.lower())]) > 1}


def _join(paragraph: list[str]) -> str:
    out = paragraph[0]
    for line in paragraph[1:]:
        glue = "" if re.search(r"\w-$", out) and line[:1].islower() else " "
        out += glue + line
    return out


def paragraphs(lines: list[Line]) -> list[str]:
    """The paragraphs of the body lines (see the module docstring)."""
    if not lines:
        return []
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and a.y > b.y]
    size = statistics.median(line.size for line in lines)
    spacing = min(statistics.median(gaps), LEADING * size) if gaps else LEADING * size
    left = statistics.median(line.x for line in lines)
    out, current = [], [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page:
            indented = b.x - left > INDENT * b.size or b.spaces >= 2
            new = not (0 < a.y - b.y <= GAP * spacing) or indented
        else:
            new = bool(SENTENCE_END.search(a.text)) and not b.text[:1].islower()
        if new:
            out.append(_join(current))
            current = []
        current.append(b.text)
    out.append(_join(current))
    return out


def pdf_text(path: Path) -> str:
    """The article text of the PDF ``path``; ValueError naming what is wrong."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("encrypted PDF: give a copy without a password")
        heights = {}
        lines: list[Line] = []
        for number, page in enumerate(reader.pages):
            heights[number] = float(page.mediabox.height)
            lines += _page_lines(page, number)
    except (PyPdfError, OSError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a readable PDF ({exc})") from None
    if not lines:
        raise ValueError(f"PDF of {len(heights)} page(s) without a text layer (a scanned document?): "
                         "run OCR on it first")
    drop = _furniture(lines, heights)
    text = "\n\n".join(paragraphs([line for i, line in enumerate(lines) if i not in drop]))
    if not text.strip():
        raise ValueError("PDF with page headers and numbers only, no article text")
    return text
