"""The one place that builds the pipeline and loads models.

``load()`` returns a spaCy ``Language`` for Indonesian (``spacy.blank("id")``,
or the project's NER model ``models/ner-id`` as the base when asked for), with
the project's components added:

    layout_flat -> sentences -> [ner -> release_tensor] -> institution_ruler -> person_ruler -> person_types
    -> list_types -> named_things -> players -> aged_initials -> apposed_names -> web_leftovers
    -> dates -> entity_table -> organizations -> people -> locations -> quotes -> layout_restore

``layout_flat`` and ``layout_restore`` (:mod:`pipeline.extract.layout`) let every component read a
line break inside a paragraph as a space and give back a Doc of the input text.

Settings (keyword arguments, or environment variables ``PIPELINE_<NAME>``):

* ``splitter``: ``rules`` (default), ``stanza`` (the project's stanza model
  under ``models/stanza-id``), ``stanza-official`` (stanza's own Indonesian
  models, when the user has them installed; never downloaded here) or
  ``sentencizer`` (spaCy's plain one, for comparison);
* ``ner_model``: a path to a spaCy NER model, by default the project's
  ``models/ner-id``, whose mentions the rule components post-process (trimmed,
  split, refused on page furniture: ``pipeline.extract.entities``) and use
  where the rules found nothing or stopped short; ``none`` for entities from the
  rule components alone. The model is the default because it measured better
  on the sealed gold split on people, organisations and locations (README, "Results").
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable, Iterator, Optional

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

from . import (
    extensions,  # (importing it registers the Doc extensions)
    fast_tok2vec,
    greedy_ner,
    threads,
    torch_guard,
)
from .extract import (  # noqa: F401,E501
    apposed,
    dates,
    entities,
    entity_table,
    initials,
    layout,
    leftovers,
    lists,
    locations,
    named_things,
    organizations,
    people,
    person_types,
    players,
    quotes,
    sentences,
)
from .tokenizer import blank as blank_tokenizer
from .tokenizer import load_model, tokenize

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
SPLITTERS = ("rules", "stanza", "stanza-official", "sentencizer")
EXTRACTORS = ("dates", "entity_table", "organizations", "people", "locations", "quotes")


@dataclass
class Settings:
    splitter: str = "rules"
    ner_model: str = str(MODELS / "ner-id")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in fields(cls):
            env = os.environ.get(f"PIPELINE_{f.name.upper()}")
            if env:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        if settings.splitter not in SPLITTERS:
            raise ValueError(f"unknown splitter {settings.splitter!r}; choose one of {', '.join(SPLITTERS)}")
        return settings


def _base(settings: Settings) -> Language:
    """The NER model as the base Language (or a blank Indonesian one), with the fast tokenizer."""
    path = Path(settings.ner_model) if settings.ner_model and settings.ner_model != "none" else None
    if path is None or not (path / "config.cfg").exists():
        return blank_tokenizer()
    if not torch_guard.thinc_has_torch() and torch_guard.needs_torch((path / "config.cfg").read_text(encoding="utf-8")):
        raise ValueError(f"{path} has PyTorch layers: run with {torch_guard.VARIABLE}=1 so that thinc loads torch")
    return load_ner(path)


def load_ner(path: Path) -> Language:
    """The NER model at ``path`` (:func:`pipeline.tokenizer.load_model`) with its layers on numpy's BLAS
    (:func:`numpy_blas`), its tok2vec computed by :mod:`pipeline.fast_tok2vec` (each word's embedding
    once) and its entity recognizer decoded by :mod:`pipeline.greedy_ner`."""
    return greedy_ner.install(fast_tok2vec.install(numpy_blas(load_model(path))))


def numpy_blas(nlp: Language) -> Language:
    """Every layer of ``nlp``'s models on thinc's ``NumpyOps`` with numpy's BLAS instead of BLIS, on one thread
    (:func:`pipeline.threads.one_blas_thread`). thinc multiplies matrices with the BLIS bundled in ``blis``,
    which runs at about 20 GFLOPS here against about 80 for numpy's OpenBLAS (its AVX-512 kernels): the
    tok2vec layers took 62 microseconds a token with BLIS and take 25 with OpenBLAS. The sums come out in
    another order (differences of 1e-5 in a layer's output); the entities of the 1,000 detik articles and
    the records of dev, corpus, tune and seed are the same. The parser's per-step products stay in spaCy's
    compiled code (BLIS)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    models = [component.model for _, component in nlp.pipeline if isinstance(getattr(component, "model", None), Model)]
    if not any(type(model.ops) is NumpyOps for model in models):  # a GPU or another backend: left alone
        return nlp
    threads.one_blas_thread()
    for model in models:
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops
    return nlp


def add_splitter(nlp: Language, splitter: str) -> None:
    """Put the chosen sentence splitter first in ``nlp``, after ``layout_flat`` (the flat view)."""
    if splitter == "rules":
        nlp.add_pipe("id_sentences", first=True)
    elif splitter == "sentencizer":
        nlp.add_pipe("sentencizer", first=True)
    else:
        from .extract import stanza_bridge

        nlp.add_pipe("stanza_sentences", first=True, config={"official": splitter == "stanza-official"})
        del stanza_bridge
    nlp.add_pipe("layout_flat", first=True)


@Language.factory("release_tensor", assigns=["doc.tensor"], requires=["doc.ents"])
def make_release_tensor(nlp: Language, name: str):
    return ReleaseTensor()


class ReleaseTensor:
    """Empties ``doc.tensor`` once the NER model has read it: its tok2vec leaves 384 bytes a token
    there (width 96, float32) that no rule component reads (186 MB for the 1,000 detik articles held
    at once; the records are the same)."""

    def __call__(self, doc: Doc) -> Doc:
        if doc.tensor.size:
            doc.tensor = numpy.empty((0,), dtype="float32")
        return doc


def load(**overrides) -> Language:
    """Build the pipeline (see the module docstring for the settings)."""
    settings = Settings.from_env(**overrides)
    nlp = _base(settings)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("release_tensor", after="ner")
    add_splitter(nlp, settings.splitter)
    nlp.add_pipe("institution_ruler")
    nlp.add_pipe("person_ruler")
    nlp.add_pipe("person_types")
    nlp.add_pipe("list_types")
    nlp.add_pipe("named_things")
    nlp.add_pipe("players")
    nlp.add_pipe("aged_initials")
    nlp.add_pipe("apposed_names")
    nlp.add_pipe("web_leftovers")
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    nlp.add_pipe("layout_restore")
    return nlp


def make_doc(nlp: Language, text: str, doc_id: Optional[str] = None, published: Optional[str] = None,
             meta: Optional[dict] = None) -> Doc:
    """Tokenise ``text`` (:func:`pipeline.tokenizer.tokenize`) and set the document attributes the components read."""
    doc = extensions.remember_text(tokenize(nlp, text), text)
    doc._.doc_id = doc_id
    doc._.published = _iso_date(published)
    doc._.published_source = "input" if doc._.published else None
    doc._.meta = meta or {}
    return doc


def _iso_date(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    value = str(value).strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def process(nlp: Language, text: str, **attrs) -> Doc:
    """Run the whole pipeline on one text with its document attributes."""
    return nlp(make_doc(nlp, text, **attrs))


def pipe(nlp: Language, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over prepared docs (see :func:`make_doc`)."""
    yield from nlp.pipe(docs, batch_size=batch_size)
