"""Line breaks that only wrap a paragraph read as spaces (components ``layout_flat`` and
``layout_restore``).

The same article reaches the pipeline as paragraphs on one line each, hard-wrapped at 60-80
columns (mail, PDF-to-text), one sentence per line, or with Windows line ends. :func:`flatten`
gives a *flat view* of a text, of the same length, in which every line break inside a
paragraph is a space and ``\\r`` before ``\\n`` is a space; paragraph breaks stay. A single line
break ``A\\nB`` is inside a paragraph when ``B`` is not indented, not a list item and not site
furniture (``web_leftovers``; a furniture line ``A`` only joins what wraps it), and:

* ``A`` is not short, does not end a sentence and ``B`` goes on in lower case (a wrapped
  sentence); or
* the text is hard-wrapped (its longest line holding a space is at most :data:`MAX_WRAP`
  characters and at least a third of its single breaks come after a full line) and ``A`` is
  full: the first word of ``B`` would not have fitted on it (the test every wrapping tool
  applies), unless ``A`` ends a sentence and ``B`` opens a quotation (the press opens a
  paragraph with a quotation; a wrong paragraph end costs less than a wrong join); or
* the text has one sentence per line (at least :data:`MIN_LINES` lines and at most
  :data:`SENTENCE_LINE_SHARE` of them hold a stop followed by a new sentence) and ``A`` ends
  with a stop (a line without one is a headline or dateline: it stays a line of its own).

``layout_flat`` (first in the pipeline) tokenises the flat view when it differs from the text, so
every component reads names, titles, quotes and cues across wrapped lines; ``layout_restore``
(last) puts the annotations back on a ``Doc`` of the input text by their character offsets,
which the flat view keeps (:func:`flat_view` makes the white space around a soft break one
space, ``\\r`` and spaces at a line end included, and then maps every offset back). ``doc.text`` is therefore the input text when the pipeline is done,
and the text fields of annotations read the flat view (a name wrapped over two lines reads with
a space).
"""
from __future__ import annotations

import copy
import dataclasses
import functools
import re
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import forget_tokens, text_of
from ..tokenizer import tokenize
from .leftovers import leftover_lines
from .sentences import LIST_ITEM, OPENERS, SHORT_LINE, stop_ends_sentence, token_starts

USER_KEY = "layout_text"  # doc.user_data: the input text (and offset map) while the flat view is processed
MAX_WRAP = 160  # a text whose longest line (with a space) is longer is not hard-wrapped
WRAPPED_SHARE = 1 / 3  # share of single breaks after a full line that makes a text hard-wrapped
MIN_LINES = 4
OPENING_QUOTES = frozenset(OPENERS) - set("([`")
SENTENCE_LINE_SHARE = 0.1
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
INNER_STOP = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"“‘'«(]?[A-Z])")


def _first_word(line: str) -> str:
    return line.split(None, 1)[0] if line.strip() else ""


def _two_sentences(line: str) -> bool:
    """Whether a stop inside ``line`` ends a sentence (not ``Dr.``, ``Jl.``, initials)."""
    return any(line[m.start()] != "." or stop_ends_sentence(line, m.start(), m.end())
               for m in INNER_STOP.finditer(line))


def _sentence_per_line(lines: list[str]) -> bool:
    """Whether at least MIN_LINES ``lines`` hold at most SENTENCE_LINE_SHARE of two-sentence lines."""
    if len(lines) < MIN_LINES:
        return False
    allowed = int(SENTENCE_LINE_SHARE * len(lines))
    for line in lines:
        if _two_sentences(line):
            allowed -= 1
            if allowed < 0:
                return False
    return True


def soft_breaks(text: str) -> list[int]:
    """Offsets of the ``\\n`` of ``text`` that wrap a paragraph (see the module docstring)."""
    if "\n" not in text:
        return []
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line.rstrip("\r \t")))
        start += len(line) + 1
    pairs = [(i, a, b) for i, ((_, a), (_, b)) in enumerate(zip(lines, lines[1:])) if a.strip() and b.strip()]
    if not pairs:
        return []
    # the width a text is wrapped at: its longest line, but not a headline standing on its own above a blank
    # line (headlines are set apart and often longer than the wrapped body)
    body = lines[2:] if len(lines) > 2 and lines[0][1].strip() and not lines[1][1].strip() else lines
    width = max((len(a) for _, a in body if " " in a.strip()), default=0)
    full = [len(a) + 1 + len(_first_word(b)) > width for _, a, b in pairs]
    wrapped = width <= MAX_WRAP and sum(full) >= max(2, WRAPPED_SHARE * len(pairs))
    sentence_lines = _sentence_per_line([a for _, a in lines if a.strip()])
    furniture = {start for start, _ in leftover_lines(text)}
    soft = []
    for (i, a, b), is_full in zip(pairs, full, strict=True):
        if b[0].isspace() or LIST_ITEM.match(b) or lines[i + 1][0] in furniture:
            continue
        ends = bool(SENTENCE_END.search(a))
        wraps = wrapped and is_full and not (ends and b[0] in OPENING_QUOTES)
        if lines[i][0] in furniture:
            if wraps:  # a furniture line wrapped by hand: its rest follows
                soft.append(lines[i + 1][0] - 1)
        elif (not ends and b[0].islower() and len(a) >= SHORT_LINE * width) or wraps or (sentence_lines and ends):
            soft.append(lines[i + 1][0] - 1)
    return soft


def _flatten(text: str) -> tuple[str, list[int]]:
    flat = text
    if "\r" in flat:
        flat = flat.replace("\r\n", " \n").replace("\r", "\n")
    breaks = soft_breaks(flat)
    if not breaks:
        return flat, breaks
    chars = list(flat)
    for i in breaks:
        chars[i] = " "
    return "".join(chars), breaks


def flatten(text: str) -> str:
    """The flat view of ``text``: same length, paragraph-internal line breaks and ``\r`` as spaces."""
    return _flatten(text)[0]


def flat_view(text: str) -> tuple[str, Optional[list[int]]]:
    """What the components read: :func:`flatten`, with the white space around each soft break
    (``\r``, spaces at the end of a line, as in format=flowed mail) made one space, so that no
    white-space token splits a name; and, when that made it shorter, the offset in ``text`` of
    each of its characters (then one more: ``len(text)``), else None."""
    flat, breaks = _flatten(text)
    runs = []
    for i in breaks:
        start, end = i, i + 1
        while start > 0 and flat[start - 1] in " \t":
            start -= 1
        while end < len(flat) and flat[end] in " \t":
            end += 1
        if end - start > 1:
            runs.append((start, end))
    if not runs:
        return flat, None
    parts, origin, pos = [], [], 0
    for start, end in runs:
        parts += [flat[pos:start], " "]
        origin += [*range(pos, start), start]
        pos = end
    parts.append(flat[pos:])
    origin += [*range(pos, len(flat) + 1)]
    return "".join(parts), origin


def _remap(value, origin: list[int], seen: set[int]) -> None:
    """Move the ``*start``/``*end`` offsets of an annotation (and the annotations inside it) by ``origin``."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, list):
        for item in value:
            _remap(item, origin, seen)
        return
    if not dataclasses.is_dataclass(value):
        return
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        if isinstance(item, int) and not isinstance(item, bool) and f.name.endswith("start"):
            setattr(value, f.name, origin[item])
        elif isinstance(item, int) and not isinstance(item, bool) and f.name.endswith("end"):
            setattr(value, f.name, origin[item - 1] + 1 if item > 0 else origin[0])
        elif isinstance(item, list) or dataclasses.is_dataclass(item):
            _remap(item, origin, seen)


def copy_annotations(source: Doc, target: Doc, origin: Optional[list[int]] = None) -> Doc:
    """Sentence starts, entities, span groups and extension values of ``source`` on ``target``, a
    Doc of a text whose characters are those of ``source`` at the offsets ``origin`` maps them to
    (the same offsets when None), white space aside."""
    from ..extensions import ANNOTATION_LISTS
    from .sentences import mark_sentence_starts

    def start(i: int) -> int:
        return origin[i] if origin else i

    def end(i: int) -> int:
        return (origin[i - 1] + 1 if i > 0 else origin[0]) if origin else i

    if source.has_annotation("SENT_START"):
        mark_sentence_starts(target, token_starts(target, (start(s.start_char) for s in source.sents)))

    def moved(spans):
        out = []
        for span in spans:
            new = target.char_span(start(span.start_char), end(span.end_char), label=span.label, kb_id=span.kb_id,
                                   span_id=span.id, alignment_mode="expand")
            if new is not None:
                out.append(new)
        return out

    target.ents = moved(source.ents)
    for key, group in source.spans.items():
        target.spans[key] = moved(group)
    for key, value in source.user_data.items():  # extension values; not the caches of token indices
        if isinstance(key, tuple) or (key != USER_KEY and not str(key).startswith("_")):
            target.user_data[key] = value
    if origin:  # on copies (an extractor may share annotation objects between documents), all kept
        # alive while ``seen`` holds their ids, so that no id is reused
        copies = {name: copy.deepcopy(getattr(target._, name)) for name in ANNOTATION_LISTS}
        seen: set[int] = set()
        for name, value in copies.items():
            if value is not None:
                _remap(value, origin, seen)
                setattr(target._, name, value)
    return target


class LayoutFlat:
    """Replace a Doc whose text has paragraph-internal line breaks by a Doc of its flat view."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, doc: Doc) -> Doc:
        if USER_KEY in doc.user_data:
            return doc
        text = text_of(doc)
        flat, origin = flat_view(text)
        if flat == text:
            return doc
        new = self.tokenizer(flat)
        new.user_data.update(doc.user_data)
        new.user_data[USER_KEY] = (text, origin)
        return new


class LayoutRestore:
    """Put the annotations of a flat-view Doc back on a Doc of the input text."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, doc: Doc) -> Doc:
        kept = doc.user_data.get(USER_KEY)
        out = doc if kept is None else copy_annotations(doc, self.tokenizer(kept[0]), kept[1])
        forget_tokens(doc)  # (the last step: the rules' token lists go, see forget_tokens)
        forget_tokens(out)
        return out


# both tokenise as the pipeline's first step does (:func:`pipeline.tokenizer.tokenize`: long runs of marks
# cut into pieces), not with ``nlp.tokenizer`` alone, on which such a run takes quadratic time
@Language.factory("layout_flat", assigns=["doc.text"])
def make_layout_flat(nlp: Language, name: str) -> LayoutFlat:
    return LayoutFlat(functools.partial(tokenize, nlp))


@Language.factory("layout_restore", assigns=["doc.text", "doc.ents", "doc.spans", "token.is_sent_start"])
def make_layout_restore(nlp: Language, name: str) -> LayoutRestore:
    return LayoutRestore(functools.partial(tokenize, nlp))
