"""Location records (component ``locations``): each distinct form of a LOC entity.

A place inside an organisation's name is part of that ORG entity and is not
counted on its own. Forms that differ only by a leading administrative word
(``Kabupaten Tangerang``, ``Kota Tangerang``, ``Tangerang``) are one record, under
the first form in the text (records-v1 compares places that way).
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import Location, Mention
from ..extensions import ents_of, text_of_span

LOCATION_LABELS = frozenset({"LOC", "GPE", "FAC"})
ADMIN_WORDS = frozenset({"provinsi", "prov", "kabupaten", "kab", "kota", "kecamatan", "kec", "kelurahan", "kel", "desa"})


def place_key(text: str) -> str:
    """The form of a place name used to tell places apart (leading administrative words aside)."""
    words = text.lower().split()
    while len(words) > 1 and words[0].rstrip(".") in ADMIN_WORDS:
        words.pop(0)
    return " ".join(words)


def locations(doc: Doc) -> Iterator[Location]:
    """Yield one :class:`Location` per distinct place form in ``doc``."""
    found: dict[str, Location] = {}
    for ent in ents_of(doc):
        if ent.label_ in LOCATION_LABELS:
            loc = found.setdefault(place_key(text_of_span(ent)), Location(text_of_span(ent)))
            loc.mentions.append(Mention(text_of_span(ent), ent.start_char, ent.end_char))
    yield from found.values()


@Language.factory("locations", assigns=["doc._.locations"], requires=["doc.ents"])
def make_locations(nlp: Language, name: str):
    return LocationExtractor()


class LocationExtractor:
    """Stores :func:`locations` in ``doc._.locations``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = list(locations(doc))
        return doc
