"""A rules-only pipeline (no model) with the entity rulers and the extractors a test names."""
from __future__ import annotations

import pytest
import spacy

import pipeline.nlp  # noqa: F401  (registers every component and extension)

ENTITY_RULES = ("id_sentences", "institution_ruler", "person_ruler")


@pytest.fixture(scope="session")
def rules_pipeline():
    def build(*extractors: str):
        nlp = spacy.blank("id")
        for name in (*ENTITY_RULES, *extractors):
            nlp.add_pipe(name)
        return nlp

    return build


@pytest.fixture(scope="session")
def marked_roles():
    """The roles of the people of a text whose PER and ORG mentions the test marks by hand (no model):
    ``marked_roles(text, per, org, loc=())`` -> {name: [(title, org), ...]}; each name marks its first
    occurrence that no mention marked before holds."""
    from pipeline import extensions  # noqa: F401
    from pipeline.extract import people

    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences")

    def read(text, per, org, loc=()):
        doc = nlp(text)
        spans = []
        for label, names in (("PER", per), ("ORG", org), ("LOC", loc)):
            for name in names:
                at = text.index(name)
                while any(s.start_char < at + len(name) and at < s.end_char for s in spans):
                    at = text.index(name, at + 1)
                spans.append(doc.char_span(at, at + len(name), label=label))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return {p.name: [(r.title, r.org) for r in p.roles] for p in people.people(doc)}

    return read


@pytest.fixture(scope="session")
def sentences_nlp():
    """A blank pipeline with the sentence rules only: the tests give the entities by hand."""
    nlp = spacy.blank("id")
    nlp.add_pipe("id_sentences")
    return nlp
