"""Sentence starts from a stanza tokenizer (component ``stanza_sentences``).

Runs stanza's own ``Pipeline`` (processor ``tokenize`` only) over ``doc.text`` and marks the
spaCy token at each stanza sentence's start character as a sentence start. spaCy's tokens
are kept, so ``doc.text`` and every offset stay as they were; stanza's words and multi-word
tokens (``-nya``) are not copied into the doc.

Models are read from local files only (``download_method=None``); nothing is downloaded.

* ``official: false`` (default): the project's model, ``models/stanza-id/id/tokenize/default.pt``
  (``python -m pipeline.training.tokenizer train``), or ``model_dir`` laid out the same way.
* ``official: true``: stanza's own Indonesian models, installed by the user under
  ``model_dir`` or stanza's resources directory (``$STANZA_RESOURCES_DIR``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .sentences import mark_sentence_starts, token_starts

ROOT = Path(__file__).resolve().parents[2]
PROJECT_MODEL_DIR = ROOT / "models" / "stanza-id"


class StanzaModelMissing(FileNotFoundError):
    """The stanza tokenizer model is not on disk (it is never downloaded)."""


def _official_dir(model_dir: Optional[str]) -> Path:
    if model_dir:
        return Path(model_dir)
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(os.environ.get("STANZA_RESOURCES_DIR", DEFAULT_MODEL_DIR))


def load_pipeline(official: bool = False, model_dir: Optional[str] = None, threads: int = 1):
    """A stanza ``Pipeline`` with the tokenizer only, from local files; torch set to ``threads`` (0: left as is)."""
    import stanza

    if threads:
        import torch

        torch.set_num_threads(threads)
    if official:
        directory = _official_dir(model_dir)
        if not (directory / "resources.json").exists() or not (directory / "id").is_dir():
            raise StanzaModelMissing(f"no official stanza Indonesian models under {directory} "
                                     "(install them there yourself; this project never downloads)")
        return stanza.Pipeline(lang="id", dir=str(directory), processors="tokenize", download_method=None,
                               logging_level="ERROR", use_gpu=False)
    directory = Path(model_dir) if model_dir else PROJECT_MODEL_DIR
    model = directory / "id" / "tokenize" / "default.pt"
    if not model.exists():
        raise StanzaModelMissing(f"no stanza tokenizer at {model} (run `make train-tokenizer`)")
    return stanza.Pipeline(lang="id", dir=str(directory), processors="tokenize", tokenize_model_path=str(model),
                           download_method=None, allow_unknown_language=True, logging_level="ERROR",
                           use_gpu=False)


def sentence_offsets(pipeline, text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences stanza finds in ``text``."""
    if not text.strip():
        return []
    document = pipeline(text)
    return [(s.tokens[0].start_char, s.tokens[-1].end_char) for s in document.sentences if s.tokens]


class StanzaSentences:
    """Set ``token.is_sent_start`` from stanza's sentence start characters."""

    def __init__(self, name: str, official: bool = False, model_dir: Optional[str] = None):
        self.name = name
        self.official = official
        self.model_dir = model_dir
        self._pipeline = None

    @property
    def pipeline(self):
        """The stanza pipeline, loaded on first use."""
        if self._pipeline is None:
            self._pipeline = load_pipeline(self.official, self.model_dir)
        return self._pipeline

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        starts = [start for start, _ in sentence_offsets(self.pipeline, doc.text)]
        return mark_sentence_starts(doc, token_starts(doc, starts))


@Language.factory("stanza_sentences", assigns=["token.is_sent_start"],
                  default_config={"official": False, "model_dir": None})
def make_stanza_sentences(nlp: Language, name: str, official: bool, model_dir: Optional[str]) -> StanzaSentences:
    """The stanza sentence splitter (see the module docstring)."""
    return StanzaSentences(name, official, model_dir)
