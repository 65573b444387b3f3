"""HTML to plain text: the visible text of a page, one block per paragraph.

``html_to_text(markup)`` drops scripts, styles, templates and comments, turns
block elements and ``<br>`` into line breaks, unescapes entities and collapses
runs of spaces, so that a saved web page reads like the ``.txt`` of the same
article. Offsets of the records then point into this text, not the markup.

HTML5 lets ``</head>`` out: the head ends at the first element or text that
belongs to the body. An element whose text is hidden (``iframe``, ``object``,
``noscript``, ``svg``, ``template``) but is never closed hides nothing, so one
unclosed ``<iframe>`` does not swallow the rest of the page; unclosed
``script`` and ``style`` stay hidden. A ``<`` that no ``>`` follows is read
as text before parsing, so that the parser keeps to linear time.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Optional

SKIP = frozenset({"script", "style", "template", "noscript", "head", "svg", "iframe", "object"})
RAW = frozenset({"script", "style"})  # hidden even when left open: their text is code
HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "title", "tr", "ul",
})
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
BLANK_LINES = re.compile(r"\n\s*\n+")


class _Hidden:
    """An element whose text is hidden if it is closed (or raw text), and everything inside it."""

    __slots__ = ("tag", "parent", "closed", "_hidden")

    def __init__(self, tag: str, parent: Optional["_Hidden"]):
        self.tag, self.parent, self.closed = tag, parent, tag in RAW
        self._hidden: Optional[bool] = None

    def hidden(self) -> bool:
        chain, node = [], self
        while node is not None and node._hidden is None:
            chain.append(node)
            node = node.parent
        hidden = node._hidden if node is not None else False
        for node in reversed(chain):
            hidden = node._hidden = hidden or node.closed
        return hidden


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, Optional[_Hidden]]] = []
        self.stack: list[_Hidden] = []
        self.in_title = False

    def _close(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth].tag == tag:
                self.stack[depth].closed = True
                del self.stack[depth:]
                return

    def _leave_head(self) -> None:  # HTML5: </head> may be left out; body content ends the head
        if self.stack and self.stack[-1].tag == "head":
            self._close("head")

    def handle_starttag(self, tag, attrs):
        self.in_title = tag == "title" or self.in_title
        if tag not in HEAD_CONTENT:
            self._leave_head()
        if tag in SKIP:
            self.stack.append(_Hidden(tag, self.stack[-1] if self.stack else None))
        elif tag in BLOCKS:
            self.parts.append(("\n\n" if tag != "br" else "\n", self.stack[-1] if self.stack else None))

    def handle_startendtag(self, tag, attrs):
        if tag not in HEAD_CONTENT:
            self._leave_head()
        if tag in BLOCKS:
            self.parts.append(("\n", self.stack[-1] if self.stack else None))

    def handle_endtag(self, tag):
        self.in_title = self.in_title and tag != "title"
        if tag in SKIP:
            self._close(tag)
        elif tag in BLOCKS:
            self.parts.append(("\n\n", self.stack[-1] if self.stack else None))

    def handle_data(self, data):
        if data.strip() and not self.in_title:
            self._leave_head()
        self.parts.append((data, self.stack[-1] if self.stack else None))

    def text(self) -> str:
        """The visible text: what no closed hidden element holds (an unclosed ``<iframe>`` hides nothing)."""
        return "".join(data for data, node in self.parts if node is None or not node.hidden())


def _unterminated(markup: str) -> str:
    """``markup`` with every ``<`` that no ``>`` (``-->`` for a comment) follows written ``&lt;``.

    Python's parser rescans the rest of the page from each such ``<`` (quadratic time: 120 KB of
    ``<a x='`` took 78 s); it then reads them as text anyway, which ``&lt;`` also gives.
    """
    gt = markup.rfind(">")
    head, tail = markup[: gt + 1], markup[gt + 1:].replace("<", "&lt;")
    end = head.rfind("-->") + 1 or 0
    if "<!--" in head[end:]:
        head = head[:end] + head[end:].replace("<!--", "&lt;!--")
    return head + tail


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``, paragraphs separated by a blank line."""
    parser = _TextParser()
    parser.feed(_unterminated(markup))
    parser.close()
    lines = [SPACES.sub(" ", line).strip() for line in parser.text().split("\n")]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document (doctype or ``<html>``)."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))
