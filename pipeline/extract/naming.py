"""The cues of Indonesian press text that give a person a second name (pure functions over a Doc).

* after the full name, a nickname or stage name: ``X (Y)``, ``X atau Y``, ``X alias Y``, ``X, yang
  (akrab|biasa|lebih) (disapa|dipanggil|dijuluki) Y``, ``X, yang (lebih) dikenal sebagai Y``, ``X, yang
  dikenal dengan nama (panggung|pena|samaran) Y``, ``X, atau nama panggungnya Y``, ``X, yang (manggung|tampil|
  berkarier|...) dengan nama (panggung) Y``;
* after an epithet that opens its sentence and stands for a person the text has just named, the nickname
  of that person: ``Pembalap berusia 19 tahun yang akrab disapa Y itu ...`` (:func:`epithet_called_at`);
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
# verbs of performing or working under a name: "X, yang manggung dengan nama Y", "tampil dengan nama panggung Y"
PERFORMED = frozenset({"manggung", "tampil", "berkarier", "berkarir", "berkarya", "berkiprah", "bermusik",
                       "beraksi", "bertanding", "menulis"})


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
    if _lower(doc, k) in PERFORMED and _lower(doc, k + 1) in ("dengan", "memakai", "menggunakan") \
            and _lower(doc, k + 2) in NAME_NOUNS:
        k += 3  # "yang manggung dengan nama Y", "tampil dengan nama panggung Y"
        return k + 1 if _lower(doc, k).removesuffix("nya") in OTHER_NAMES else k
    return None


def nickname_at(doc: Doc, end: int) -> Optional[tuple[int, int, bool]]:
    """Where a nickname may start after a name ending at token ``end``: (start, most words, whether a
    naming word says so: ``alias``, ``disapa``, ``dikenal sebagai``, not a bracket or a plain ``atau``),
    else ``None``."""
    n = len(doc)
    texts = tokens_of(doc).texts
    if end + 2 < n and texts[end] == "(" and texts[end + 2] == ")":
        return end + 1, 1, False
    k = end + 1 if end < n and texts[end] == "," else end
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


NICKNAME_CUES = frozenset({"berjuluk", "berjulukan", "dijuluki", "julukan", "julukannya"})
OPEN_MARKS = frozenset({'"', "“", "'", "‘"})


def nickname_of_noun(doc: Doc, start: int) -> bool:
    """Whether the capitalised name at token ``start`` is a nickname that the text gives to a thing or
    person named by a common noun only: ``tim berjuluk "Pesut Etam"``, ``pemain yang dijuluki La Joya``,
    ``klub dengan julukan Naga Mekes``. Such a name is neither a person nor an organisation of its own
    (records-v1 lists a person or organisation under its name; the nickname's owner is not named there).
    A name before the cue is the owner (``Persipura yang berjuluk Mutiara Hitam``, ``X, yang dijuluki Y``:
    :func:`nickname_at` and the organisations' short forms read those), so the word before the cue (past
    ``yang``) is a lower-case word, or a common noun capitalised because it opens the sentence (``Pemain
    berjuluk X``; the sentence's first word is no name's end when the cue follows it)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers
    k = start - 1
    while k >= 0 and texts[k] in OPEN_MARKS:
        k -= 1
    if k >= 0 and lowers[k] == "sebagai":
        k -= 1
    if k < 1 or lowers[k] not in NICKNAME_CUES or not tokens.lower[k]:
        return False
    k -= 1
    if lowers[k] in ("yang", "dengan"):
        k -= 1
    return k >= 0 and tokens.alpha[k] and (tokens.lower[k] or doc[k].is_sent_start and texts[k][1:].islower())


EPITHET_WORDS = 8  # the longest epithet looked for before its "yang": "Pembalap muda berusia 19 tahun"


def epithet_called_at(doc: Doc, start: int, nouns: frozenset[str]) -> Optional[int]:
    """Where the epithet starts whose ``yang (akrab) disapa|dipanggil|dijuluki`` names the nickname at token
    ``start``, when that epithet opens its sentence: a capitalised common noun of ``nouns`` (a title, occupation or
    person noun: ``Pembalap``, ``Pria``; no pronoun) and lower-case words or numbers after it up to ``yang`` (``Pembalap berusia
    19 tahun yang akrab disapa Y itu``); it stands for the person the text has just named. ``None`` when a name
    or anything else stands before ``yang`` (``X, yang akrab disapa Y``: :func:`nickname_at` reads it) or the
    epithet does not open the sentence (``bersama pemuda yang akrab disapa Y``: a new person)."""
    k = start - 1
    if _lower(doc, k) not in CALLED - ADDRESSED:
        return None
    k -= 1
    if _lower(doc, k) in CALL_MANNER:
        k -= 1
    if _lower(doc, k) != "yang":
        return None
    j = k - 1
    while j >= 0 and k - j <= EPITHET_WORDS and not doc[j].is_sent_start \
            and (doc[j].is_lower and doc[j].is_alpha or doc[j].is_digit):
        j -= 1
    if j < 0 or j == k - 1 and not doc[j].is_sent_start:
        return None
    opener = doc[j]
    before = doc[j - 1].text if j else "\n"
    if not (opener.is_sent_start or before in {".", "!", "?", "\n", "\n\n"} or before.isspace()) \
            or opener.lower_ not in nouns or not opener.text[:1].isupper():
        return None
    return j
