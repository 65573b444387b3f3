"""Quotations and their speakers (component ``quotes``).

Direct quotations are the text between paired quotation marks (curly or
straight) followed or preceded by a speech cue (``speech_verbs.txt``, and
their ``-nya`` forms). The speaker is the PER entity next to the cue; a
``-nya`` cue or a pronoun (``ia``, ``dia``, ``beliau``) takes the most recent
person named outside quotation marks.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import Quote
from ..lang import words
from .people import canonical_name

QUOTE_RE = re.compile(r'["“”]([^"“”]{2,}?)["“”]')
PRONOUNS = frozenset({"ia", "dia", "beliau"})


def _cue_forms() -> dict[str, str]:
    forms = {}
    for verb in words("speech_verbs.txt"):
        forms[verb] = verb
        forms[verb + "nya"] = verb
    return forms


def _person_spans(doc: Doc):
    return [e for e in doc.ents if e.label_ == "PER"]


def _last_person_before(doc: Doc, char: int, quoted: list[tuple[int, int]]) -> Optional[tuple[str, int, int]]:
    best = None
    for ent in _person_spans(doc):
        if ent.end_char <= char and not any(s <= ent.start_char < e for s, e in quoted):
            best = ent
    if best is None:
        return None
    return canonical_name(best.text), best.start_char, best.end_char


def quotes(doc: Doc) -> Iterator[Quote]:
    """Yield the direct quotations of ``doc`` with cue and speaker."""
    text = doc.text
    cues = _cue_forms()
    spans = [(m.start(1), m.end(1)) for m in QUOTE_RE.finditer(text)]
    quoted = [(s - 1, e + 1) for s, e in spans]
    for start, end in spans:
        inner = text[start:end].strip().rstrip(",")
        if len(inner.split()) < 3:
            continue  # a quoted term or title, not a quotation
        after = text[end + 1:end + 80]
        match = re.match(r"\s*,?\s*(\w+)\s*(\w+)?(?:\s+(\w+(?:\s+[A-Z]\w+)*))?", after)
        if not match or match.group(1).lower() not in cues:
            continue
        cue = match.group(1)
        cue_start = end + 1 + match.start(1)
        speaker = None
        if cue.lower().endswith("nya") or (match.group(2) or "").lower() in PRONOUNS:
            found = _last_person_before(doc, start, quoted)
        else:
            found = None
            for ent in _person_spans(doc):
                if cue_start < ent.start_char < cue_start + 60:
                    found = (canonical_name(ent.text), ent.start_char, ent.end_char)
                    break
            if found is None:
                found = _last_person_before(doc, start, quoted)
        if found:
            speaker, s_start, s_end = found
        else:
            s_start = s_end = None
        text_start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        yield Quote(inner, text_start, text_start + len(inner), "direct", cue, cue_start, cue_start + len(cue),
                    speaker, s_start, s_end, rule="quote-then-cue")


@Language.factory("quotes", assigns=["doc._.quotes"], requires=["doc.ents", "doc._.people"])
def make_quotes(nlp: Language, name: str):
    return QuoteExtractor()


class QuoteExtractor:
    def __call__(self, doc: Doc) -> Doc:
        people = {p.name: p for p in (doc._.people or [])}
        result = []
        for quote in quotes(doc):
            # a speaker read from a short mention takes the person's full name
            if quote.speaker and quote.speaker not in people:
                for name in people:
                    if set(quote.speaker.split()) <= set(name.split()):
                        quote.speaker = name
                        break
            result.append(quote)
        doc._.quotes = result
        return doc
