"""Tests for the stanza sentence bridge (`stanza_sentences`); they load the shipped model."""
from __future__ import annotations

import pytest
import spacy

from pipeline.extract import stanza_bridge

MODEL = stanza_bridge.PROJECT_MODEL_DIR / "id" / "tokenize" / "default.pt"
needs_model = pytest.mark.skipif(not MODEL.exists(), reason="no models/stanza-id (make train-tokenizer)")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("stanza_sentences", config={"official": False})
    return nlp


@needs_model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ia datang. Dia pergi.", ["Ia datang.", "Dia pergi."]),
        ("Rumahnya besar. Mobilnya baru.", ["Rumahnya besar.", "Mobilnya baru."]),  # -nya stays aligned
        ("“Kami siap. Kami datang,” katanya.", ["“Kami siap.", "Kami datang,” katanya."]),
        ("Dr. Budi hadir di sana.", ["Dr. Budi hadir di sana."]),
        ("Judul Berita\n\nIa datang.", ["Judul Berita", "Ia datang."]),
    ],
)
def test_sentences(nlp, text, expected):
    doc = nlp(text)
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == expected


@needs_model
@pytest.mark.parametrize("text", ["", "   ", "Halo", "Ia datang.\n\n\nDia pergi.  "])
def test_offsets_kept(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert "".join(s.text_with_ws for s in doc.sents) == text if len(doc) else True


def test_official_never_downloads(tmp_path):
    nlp = spacy.blank("id")
    nlp.add_pipe("stanza_sentences", config={"official": True, "model_dir": str(tmp_path)})
    with pytest.raises(stanza_bridge.StanzaModelMissing):
        nlp("Ia datang.")
    assert list(tmp_path.iterdir()) == []


def test_missing_project_model(tmp_path):
    nlp = spacy.blank("id")
    nlp.add_pipe("stanza_sentences", config={"model_dir": str(tmp_path)})
    with pytest.raises(stanza_bridge.StanzaModelMissing):
        nlp("Ia datang.")
