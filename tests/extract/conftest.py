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
