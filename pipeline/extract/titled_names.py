"""Names between academic or professional titles and degrees (issue 13).

Indonesian writes a doctor's, a professor's or a profession's title before a name and the degrees after it,
each degree after a comma (PP 17/2010 art. 97 and Permenristekdikti 59/2018 on how degrees are written: a
bachelor's ``S.`` and a master's ``M.`` with the initials of the field, ``S.H.``, ``M.Kes.``, ``S.Tr.Kes.``; the
vocational ``A.Md.``; a specialist's ``Sp.`` with the specialty's, ``Sp.A``, ``Sp.PD-KGEH``, ``Sp.JP(K)``,
``Sp.B(K)Onk.``; ``Ph.D.``; ``Dr.`` and the professions ``dr.``, ``drg.``, ``drh.``, ``apt.``, ``Ns.``, ``Ir.``
before it: ``academic_titles.txt``; forms without those shapes: ``degrees.txt``)::

    Kepala Dinas Kesehatan Kota X, dr. Yuliani Pertamasari, M.Kes., mengatakan
    Direktur RSUD X dr. Fitri Handayani Lubis, Sp.A mengatakan
    Rektor Universitas X Prof. Dr. Ir. Bambang Wicaksono, M.Sc. membuka
    Dr. (H.C.) Budi Hartono;  Andi Prasetyo, S.H., M.H., mengatakan

The words between the titles and the degrees are one person's name: neither the organisation or place
before it nor a degree after it (``Sp`` of ``Sp.A``) is a name or part of one. :func:`titled_names` finds them
for ``person_ruler``, which makes each name a person before any other rule reads the sentence and keeps
every entity out of the titles and degrees around it.

A name counts when degrees follow it (titles before it or not: two name words at least without them), or
when a title opens it outside any organisation or place the institution rules found and not right after a
head word (``RSUD dr. Soetomo``, ``RSUP Prof X``, ``RSUP Nasional Dr. Cipto Mangunkusumo``: a hospital named
after a doctor, whose name no degree follows); a name of one word after a capitalised title needs degrees
(``Prof Budi``: may be a short form), after a small one (``dr Budi``) not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..extensions import text_of, tokens_of
from ..lang import ordered, words

HONORARY = frozenset({"H.C.", "H.C", "HC", "h.c.", "Hc", "HC."})  # Dr. (H.C.): an honorary doctorate
RELIGIOUS = frozenset({"H", "H.", "Hj", "Hj.", "KH", "K.H.", "Hajah", "Haji"})  # Prof. Dr. H. X: inside the titles
NAME_WORDS = 6  # the longest name read between titles and degrees
_BOUND = r"(?![A-Za-z0-9])"
# the shapes of PP 17/2010 art. 97 and Permenristekdikti 59/2018 (module docstring)
_SHAPES = (
    r"[SM]\.(?:[A-Z][a-z]{0,5}\.?){1,4}",  # S.H., M.Kes., M.K.M., S.Tr.Kes, M.Pd.I., S.Kep.Ns
    r"A\.(?:Md|Ma|P)\.?(?:[A-Z][a-z]{0,4}\.?){0,2}",  # A.Md., A.Md.Kep.
    r"Ph\.\s?D\.?|D\.Sc\.?",
    # Sp.A, Sp.PD-KGEH, Sp.JP(K), Sp.B(K)Onk., Sp.An-KIC, Sp.THT-KL, Sp.Kep.Mat., Subsp.
    r"(?:Sub)?[Ss]p\.\s?[A-Z][A-Za-z]{0,5}(?:\.?[A-Z][A-Za-z]{0,5})*(?:\((?:K|K-?[A-Z]{1,5})\)[A-Z]?[a-z]{0,4})*"
    r"(?:-K?[A-Z]{1,6})*\.?(?:\s?\(K\))?",
)


@dataclass(frozen=True)
class Titled:
    """A name with the titles before it (``start``..``name_start``) and the degrees after it
    (``name_end``..``end``, commas included); no name (``name_start == name_end``) where only the degrees
    are sure."""

    start: int
    name_start: int
    name_end: int
    end: int


@lru_cache(maxsize=None)
def _degree_run() -> re.Pattern:
    listed = sorted(ordered("degrees.txt"), key=len, reverse=True)
    one = "(?:" + "|".join([*_SHAPES, *(re.escape(w) + r"\.?" for w in listed)]) + ")" + _BOUND
    dotted = "(?:" + "|".join(_SHAPES) + ")" + _BOUND
    # a first degree after a comma (any form) or after a space (a dotted shape only), then more after commas
    return re.compile(rf"(?:\s*,\s*{one}|[ \t]+{dotted})(?:\s*,?\s*{one})*")


@lru_cache(maxsize=None)
def _short_forms() -> frozenset[str]:
    """The listed degrees that are two capitals, also initials of a name (``SH``, ``MA``): alone, no degree."""
    return frozenset(w for w in ordered("degrees.txt") if len(w) <= 2 and w.isupper())


def prefix_titles() -> frozenset[str]:
    """The academic and professional titles written before a name (``academic_titles.txt``: ``dr``, ``Prof``,
    ``apt``), as written: the one reader of that list (entities, people and the Knowledge honorifics ask it)."""
    return words("academic_titles.txt")


def _prefix(doc: Doc, k: int) -> bool:
    """``dr.``, ``Prof``, ``Ir.``, ``Dr`` at ``k``: a title of ``academic_titles.txt``, small or capitalised
    (``DR``, ``PROF`` in capitals too), followed by its dot or by a capitalised word."""
    text = doc[k].text
    bare = text[:-1] if text.endswith(".") else text
    if bare.lower() not in prefix_titles() or not bare.isalpha():
        return False
    if not (bare.islower() or bare[0].isupper()):
        return False
    nxt = k + 1 < len(doc) and doc[k + 1]
    if text.endswith("."):
        return bool(nxt)
    if nxt and nxt.text == "." and not doc[k].whitespace_:
        return True
    return bool(nxt) and nxt.text[:1].isupper()


def _titles_end(doc: Doc, k: int) -> int:
    """The end of a run of titles from ``k`` (religious honorifics inside it, after a title of
    ``academic_titles.txt``: ``Dr. H. X``)."""
    n = len(doc)
    academic = False
    while k < n:
        if _prefix(doc, k):
            academic = True
            k += 2 if k + 1 < n and doc[k + 1].text == "." and not doc[k].text.endswith(".") else 1
            if k + 2 < n and doc[k].text == "(" and doc[k + 1].text in HONORARY and doc[k + 2].text == ")":
                k += 3  # Dr. (H.C.)
            elif k < n and doc[k].text in HONORARY:
                k += 1
        elif academic and doc[k].text in RELIGIOUS:
            k += 2 if k + 1 < n and doc[k + 1].text == "." and not doc[k].text.endswith(".") else 1
        else:
            break
    return k


def _name_end(doc: Doc, k: int, kb) -> int:
    """The end of the name words from ``k`` (initials with their dots included), up to :data:`NAME_WORDS`."""
    n, count, j = len(doc), 0, k
    while j < n and count < NAME_WORDS:
        t = doc[j]
        if t.text == "." and j > k and len(doc[j - 1].text) == 1 and not doc[j - 1].whitespace_:
            j += 1
            continue
        if not kb.is_name_word(t) or _prefix(doc, j) or t.text in RELIGIOUS and j == k:
            break
        count += 1
        j += 1
    return j


def degrees_end(doc: Doc, j: int) -> int:
    """The token after the degrees right after ``doc[:j]``, or ``j`` when none follow."""
    if j >= len(doc) or j == 0:
        return j
    tokens = tokens_of(doc)
    at = tokens.starts[j - 1] + len(tokens.texts[j - 1])
    m = _degree_run().match(text_of(doc), at)
    if m is None:
        return j
    found = m.group(0).replace(",", " ").split()
    if all(w.rstrip(".") in _short_forms() for w in found):
        return j  # (Budi, SE: initials as likely as a degree)
    end_char = m.end()
    text = text_of(doc)
    if not m.group(0).lstrip().startswith(",") and text[end_char:end_char + 2].strip()[:1].isupper():
        return j  # (Jalan M.H. Thamrin: initials before a name, no degree)
    k = j
    while k < len(doc) and tokens.starts[k] < end_char:
        k += 1
    return k


def _opens_phrase(doc: Doc, k: int) -> bool:
    """No capitalised word right before ``k`` (a name a title opens without degrees after it is read only
    there: ``Jalan Dr. Sutomo``, ``RSUP Nasional Dr. Cipto Mangunkusumo``, ``Universitas Prof. Dr. Hamka``
    are named after someone)."""
    return k == 0 or not doc[k - 1].text[:1].isupper() or not doc[k - 1].is_alpha


def _after_head(doc: Doc, k: int, kb) -> bool:
    """A word that opens an organisation's or place's name right before ``k`` (``RSUP | Prof X``: a hospital
    named after a professor)."""
    if k == 0:
        return False
    text = doc[k - 1].text
    return text in kb.org_heads_single or text in kb.place_heads_single or text in kb.institution_venue_words


def titled_names(doc: Doc, kb) -> list[Titled]:
    """The names of ``doc`` with titles before them or degrees after them (module docstring), in order.
    ``kb`` is the :class:`pipeline.extract.entities.Knowledge` of the pipeline (its name words)."""
    n = len(doc)
    inside = set()
    for ent in doc.ents:
        if ent.label_ in {"ORG", "LOC"}:
            inside.update(range(ent.start, ent.end))
    out: list[Titled] = []
    # the token texts read once, and a title's own word looked up before the tokens around it are read
    # (_prefix's first test): the two loops read every token of the document (0.63 -> 0.28 CPU-s per 1,000 articles)
    tokens = tokens_of(doc)  # (cached per Doc)
    texts = tokens.texts
    titles = prefix_titles()
    i = 0
    while i < n:
        t = texts[i]
        if (t[:-1] if t.endswith(".") else t).lower() in titles and _prefix(doc, i):
            start = i
            k = _titles_end(doc, i)
            e = _name_end(doc, k, kb)
            if e > k:
                end = degrees_end(doc, e)
                if end > e or start not in inside and not _after_head(doc, start, kb) and _opens_phrase(doc, start) \
                        and (e - k >= 2 or doc[start].is_lower):
                    out.append(Titled(start, k, e, end))
                    i = end
                    continue
            i = max(k, i + 1)
            continue
        i += 1
    # degrees after a name of two words or more without titles (Andi Prasetyo, S.H., M.H.)
    taken = {k for t in out for k in range(t.start, t.end)}
    for i in range(1, n):
        if texts[i] != "," and not texts[i][:1].isupper():
            continue
        if i - 1 in taken or i in taken or not tokens.alpha[i - 1] or not kb.is_name_text(texts[i - 1]):
            continue
        end = degrees_end(doc, i)
        if end == i:
            continue
        s = i
        while s - 1 >= 0 and i - (s - 1) <= NAME_WORDS and s - 1 not in taken and s - 1 not in inside \
                and kb.is_name_word(doc[s - 1]) and not _prefix(doc, s - 1) and not kb.is_org_word(doc[s - 1].text) \
                and not kb.is_rank(doc[s - 1]) and doc[s - 1].lower_ not in kb.honorifics \
                and doc[s - 1].text not in kb.place_words and not doc[s].is_sent_start:
            s -= 1
        if i - s >= 2 and kb.is_first_name_word(doc[s]) and (_opens_phrase(doc, s) or doc[s].is_sent_start):
            out.append(Titled(s, s, i, end))
            taken.update(range(s, end))
        else:  # (Kajari X Andi Pratama, S.H.: where the name starts is the other rules' to read; the degrees are no name)
            out.append(Titled(i, i, i, end))
            taken.update(range(i, end))
    return sorted(out, key=lambda t: t.start)
