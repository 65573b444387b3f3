"""HTML to plain text: the visible text of a page, one block per paragraph.

``html_to_text(markup)`` drops scripts, styles, templates and comments, turns
block elements and ``<br>`` into line breaks, unescapes entities and collapses
runs of spaces, so that a saved web page reads like the ``.txt`` of the same
article. Offsets of the records then point into this text, not the markup.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "template", "noscript", "head", "svg", "iframe", "object"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "title", "tr", "ul",
})
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
BLANK_LINES = re.compile(r"\n\s*\n+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``, paragraphs separated by a blank line."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = [SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n")]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document (doctype or ``<html>``)."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))
