"""Location records (component ``locations``): each distinct form of a LOC entity.

A place inside an organisation's name is part of that ORG entity and is not
counted on its own.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import Location, Mention

LOCATION_LABELS = frozenset({"LOC", "GPE", "FAC"})


def locations(doc: Doc) -> Iterator[Location]:
    """Yield one :class:`Location` per distinct place form in ``doc``."""
    found: dict[str, Location] = {}
    for ent in doc.ents:
        if ent.label_ in LOCATION_LABELS:
            loc = found.setdefault(ent.text, Location(ent.text))
            loc.mentions.append(Mention(ent.text, ent.start_char, ent.end_char))
    yield from found.values()


@Language.factory("locations", assigns=["doc._.locations"], requires=["doc.ents"])
def make_locations(nlp: Language, name: str):
    return LocationExtractor()


class LocationExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = list(locations(doc))
        return doc
