"""The custom attributes the pipeline sets on a spaCy ``Doc``.

``doc._.doc_id``, ``doc._.published`` (ISO date or None) and
``doc._.published_source`` (``input``, ``dateline``, ``first-date`` or None)
describe the document; each extractor component fills one list of
annotations (see :mod:`pipeline.annotations`) and mirrors it in
``doc.spans[<name>]`` so that displaCy and other spaCy tools can show it.
"""
from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = ("doc_id", "published", "published_source", "meta")
ANNOTATION_LISTS = ("people", "organizations", "locations", "dates", "quotes")


def register() -> None:
    """Register every extension once (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ANNOTATION_LISTS:
        if not Doc.has_extension(name):
            # a getter-less default list would be shared between docs: use None and fill per doc
            Doc.set_extension(name, default=None)


register()
