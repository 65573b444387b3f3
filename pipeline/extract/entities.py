"""Institution knowledge for entity recognition (component ``institution_ruler``).

Finds organisation names the statistical model misses or cuts short: known
institutions and their acronyms (``institutions.tsv``), and productive names
that open with an organisation head word (``org_heads.txt``: ``Kementerian``,
``Badan``, ``Pengadilan Negeri`` ...) followed by capitalised words, with
``dan`` and commas inside long names (``Kementerian Koordinator Bidang Hukum,
Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan``).

Precedence: a rule span replaces the model entities it overlaps when it is at
least as long as each of them; otherwise the model's entity stays.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lang import table, words

CONNECTORS = frozenset({"dan", "&"})
LOWER_INSIDE = frozenset({"dan", "untuk", "pada", "dari", "bagi", "atas"})


def _is_name_word(token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and text.isalnum() or text in {"RI", "HAM"}


def _heads() -> dict[str, int]:
    """Head phrases by first word, with their length in words (longest kept)."""
    return {h: len(h.split()) for h in words("org_heads.txt")}


def _known() -> dict[tuple[str, ...], str]:
    known = {}
    for row in table("institutions.tsv"):
        for form in (row["name"], row["acronym"]):
            if form:
                known[tuple(form.replace(",", " ,").split())] = row["name"]
    return known


def _match_known(doc: Doc, i: int, known) -> int:
    """Length of the longest known institution form starting at token i (0 if none)."""
    best = 0
    for length in range(1, 16):
        if i + length > len(doc):
            break
        key = tuple(t.text for t in doc[i:i + length])
        if key in known:
            best = length
    return best


def institution_spans(doc: Doc) -> Iterator[Span]:
    """Yield ORG spans for known institutions and head-word organisation names."""
    heads = {tuple(h.split()) for h in _heads()}
    head_firsts = {h[0] for h in heads}
    known = _known()
    n = len(doc)
    i = 0
    while i < n:
        token = doc[i]
        length = _match_known(doc, i, known)
        end = i + length
        if token.text in head_firsts:
            j = i + 1
            # consume the rest of the head and the name words after it
            while j < n:
                t = doc[j]
                if _is_name_word(t):
                    j += 1
                elif t.lower_ in LOWER_INSIDE and j + 1 < n and _is_name_word(doc[j + 1]) and t.lower_ == "dan":
                    j += 1
                elif t.text == "," and j + 1 < n and _is_name_word(doc[j + 1]) and doc[j + 1].text not in head_firsts \
                        and _list_closes_with_dan(doc, j):
                    j += 1
                else:
                    break
            if j - i > 1:
                end = max(end, j)
        if end > i:
            yield Span(doc, i, end, label="ORG")
            i = end
        else:
            i += 1


def _list_closes_with_dan(doc: Doc, comma: int) -> bool:
    """True when the comma list starting at ``comma`` ends in `, dan X` inside one name."""
    j = comma
    while j < len(doc):
        t = doc[j]
        if t.lower_ == "dan":
            return j + 1 < len(doc) and _is_name_word(doc[j + 1])
        if not (t.text == "," or _is_name_word(t)):
            return False
        j += 1
    return False


def merge_entities(doc: Doc, rule_spans: list[Span]) -> tuple[Span, ...]:
    """Combine model entities and rule spans by the precedence above."""
    model = list(doc.ents)
    keep = []
    for ent in model:
        overlapping = [s for s in rule_spans if s.start < ent.end and ent.start < s.end]
        if any(len(s) >= len(ent) for s in overlapping):
            continue
        keep.append(ent)
    kept_rules = [s for s in rule_spans if not any(e.start < s.end and s.start < e.end for e in keep)]
    return tuple(filter_spans(keep + kept_rules))


@Language.factory("institution_ruler", assigns=["doc.ents"])
def make_institution_ruler(nlp: Language, name: str):
    return InstitutionRuler()


class InstitutionRuler:
    """Adds institution spans to ``doc.ents`` (see the module docstring for precedence)."""

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = merge_entities(doc, list(institution_spans(doc)))
        return doc
