"""The cues of Indonesian press text that give a person a second name (pure functions over a Doc).

* after the full name, a nickname or stage name: ``X (Y)``, ``X atau Y``, ``X alias Y``, ``X, yang
  (akrab|biasa|lebih) (disapa|dipanggil|dijuluki) Y``, ``X, yang (lebih) dikenal sebagai Y``, ``X, yang
  dikenal dengan nama (panggung|pena|samaran) Y``, ``X, atau nama panggungnya Y``;
* before the full name, the nickname: ``Y, (sapaan|panggilan) (akrab) X``, ``Y, (yang) bernama asli X``,
  ``Y, nama aslinya X``.

:mod:`entity_table` joins the two names into one person; :mod:`person_types` types a nickname that the
model read as an organisation (one-word nicknames often are: ``Theus``, ``Gigi``) as the person's.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..extensions import tokens_of

CALLED = frozenset({"disapa", "dipanggil", "sapaan", "dijuluki"})
ADDRESSED = frozenset({"sapaan", "panggilan"})  # "Teco, sapaan (akrab) Stefano Cugurra"
CALL_MANNER = frozenset({"akrab", "biasa", "kerap", "sering", "lebih"})
# the kinds of name a person is known by besides the given one ("nama panggung", "nama pena")
OTHER_NAMES = frozenset({"panggung", "pena", "samaran", "julukan", "beken", "populer", "sebutan"})
NAME_NOUNS = frozenset({"nama", "sebutan", "julukan", "panggilan"})


def _lower(doc: Doc, k: int) -> str:
    return tokens_of(doc).lowers[k] if 0 <= k < len(doc) else ""  # (no Token built for a look-up)


def _known_as_end(doc: Doc, k: int) -> Optional[int]:
    """The end of ``dikenal sebagai`` / ``dikenal dengan nama (panggung)`` / ``(ber)nama panggung(nya)``
    opening at ``k``, else ``None``."""
    if _lower(doc, k) == "dikenal":
        if _lower(doc, k + 1) == "sebagai":
            return k + 2
        if _lower(doc, k + 1) == "dengan" and _lower(doc, k + 2) in NAME_NOUNS:
            k += 3
            return k + 1 if _lower(doc, k).removesuffix("nya") in OTHER_NAMES else k
        if _lower(doc, k + 1) == "dengan" and k + 2 < len(doc) and doc[k + 2].text[:1].isupper():
            return k + 2  # "Ramdoni atau yang lebih dikenal dengan Haji Doni"
        return None
    if _lower(doc, k) in ("nama", "bernama") and _lower(doc, k + 1).removesuffix("nya") in OTHER_NAMES:
        return k + 2
    return None


def nickname_at(doc: Doc, end: int) -> Optional[tuple[int, int, bool]]:
    """Where a nickname may start after a name ending at token ``end``: (start, most words, whether a
    naming word says so: ``alias``, ``disapa``, ``dikenal sebagai``, not a bracket or a plain ``atau``),
    else ``None``."""
    n = len(doc)
    if end + 2 < n and doc[end].text == "(" and doc[end + 2].text == ")":
        return end + 1, 1, False
    k = end + 1 if end < n and doc[end].text == "," else end
    called = _lower(doc, k) == "alias"
    if _lower(doc, k) in ("atau", "alias"):
        k += 1
    elif _lower(doc, k) != "yang":
        return None  # only "atau/alias ...", or ", yang biasa dipanggil X"
    if k + 1 < n and _lower(doc, k) == "yang":
        k += 1
    if k + 1 < n and _lower(doc, k) in CALL_MANNER:
        k += 1
    if k + 1 < n and _lower(doc, k) in CALLED:
        k, called = k + 1, True
    elif (known := _known_as_end(doc, k)) is not None:
        k, called = known, True
    # one word after a plain "atau"; two after a naming word (Andi Agustinus alias Andi Narogong)
    return (k, 2 if called else 1, called) if k < n else None


def full_name_at(doc: Doc, end: int) -> Optional[tuple[int, int]]:
    """Where the full name starts after a nickname ending at token ``end``, and the most words of that
    nickname: ``Teco, sapaan akrab Stefano Cugurra`` (one word), ``Dewi, yang bernama asli Dewi Lestari
    Putri`` (two); else ``None``."""
    n = len(doc)
    if _lower(doc, end) != ",":
        return None
    k = end + 1
    if k + 1 < n and _lower(doc, k) in ADDRESSED:
        return (k + 2 if _lower(doc, k + 1) in ("akrab", "dari") else k + 1), 1
    if _lower(doc, k) == "yang":
        k += 1
    if _lower(doc, k) == "memiliki" and _lower(doc, k + 1) == "nama":
        k += 1
    if _lower(doc, k) in ("nama", "bernama") and _lower(doc, k + 1) in ("asli", "aslinya", "lengkap", "lengkapnya"):
        return (k + 2, 2) if k + 2 < n else None
    return None
