"""The NER model's greedy decoding in numpy, with the decisions of spaCy's own (one document at a time).

spaCy's ``EntityRecognizer`` reads a document token by token in compiled code: for each state it sums three
precomputed feature vectors (the buffer's first token, the open entity's first token, the token before), takes
the maxout, multiplies by the output layer and takes the best valid move (BILUO). That loop runs without the GIL
but spaCy's state accessors (``StateC.B_``, ``safe_get``) take it back at every call (Cython's exception checks),
so about half of its time goes to taking and dropping the GIL: 12-15 microseconds a token, as much as half the
tok2vec layers.

Here the same numbers are computed by the same layers (the tok2vec listener, the precomputed lower layer; the
sums in the same order), but all at once: with no entity open a state's features depend on its token alone
(the other two are padding), so the scores of every token as the start of a step outside an entity are one matrix
product; only tokens inside an entity (a few per cent) are scored one step at a time. The valid moves are
spaCy's (``spacy/pipeline/_parser_internals/ner.pyx``) for a document with no preset entities: ``O`` always;
``B-X`` not on the last token, not on white space, not when the next token starts a sentence; ``U-X`` not on
white space; inside an entity ``I-X`` (same label; not on the last token nor before a sentence start) or ``L-X``;
the first best score wins, as in spaCy's ``arg_max_if_valid``. The output layer's product runs on numpy's BLAS
here and on BLIS in spaCy (sums in another order): the entities of the 1,000 detik articles and the records of
dev, corpus, tune and seed are the same (``tests/test_greedy_ner.py`` compares on invented text).

:func:`install` wraps the ``ner`` component of a loaded model where this applies (a greedy transition-based NER
with an output layer, maxout, three features, every class seen in training); documents with preset entities
and batches go to spaCy's own code.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

NO_SCORE = -numpy.inf  # the score of an invalid move


class GreedyNER:
    """``ner`` with the greedy decoding of this module; every other attribute is the wrapped component's."""

    def __init__(self, ner):
        self.ner = ner
        model = ner.model
        self.listener, self.lower, self.upper = model.layers[0], model.layers[1], model.layers[-1]  # as spaCy's ParserStepModel
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.entity_labels = sorted({name[2:] for name in names if name[:2] in ("B-", "U-") and name[2:]})
        self.out = names.index("O")
        self.begin = {label: names.index(f"B-{label}") for label in self.entity_labels}
        self.inside = {label: names.index(f"I-{label}") for label in self.entity_labels}
        self.last = {label: names.index(f"L-{label}") for label in self.entity_labels}
        self.unit = {label: names.index(f"U-{label}") for label in self.entity_labels}
        self.move_label = {i: label for table in (self.begin, self.unit) for label, i in table.items()}
        self.n_moves = len(names)
        self.W = self.upper.get_param("W")
        self.b = self.upper.get_param("b")
        self.bias = self.lower.get_param("b").reshape(-1)  # (hidden * pieces), pieces innermost
        self.pieces = self.lower.get_dim("nP")

    def __getattr__(self, name):
        return getattr(self.ner, name)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or doc.has_annotation("ENT_IOB"):
            return self.ner(doc)
        doc.set_ents(self.entities(doc), default="outside")
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _scores(self, summed: numpy.ndarray) -> numpy.ndarray:
        """Scores of the moves from the summed features (rows of hidden * pieces): maxout, output layer."""
        hidden = summed.reshape(summed.shape[0], -1, self.pieces).max(axis=2)
        return hidden @ self.W.T + self.b

    def entities(self, doc: Doc) -> list[Span]:
        n = len(doc)
        tokvecs = self.listener.predict([doc])
        cached = self.lower.predict(tokvecs)  # (n + 1, features, hidden, pieces); row 0 is the padding
        cached = cached.reshape(n + 1, cached.shape[1], -1)
        pad = cached[0]
        # outside an entity: the buffer's token, then padding for the entity's first token and the token before
        scores = self._scores(((cached[1:, 0] + pad[1]) + pad[2]) + self.bias)
        space = numpy.array([t.is_space for t in doc], dtype=bool)
        starts_next = numpy.zeros(n, dtype=bool)  # the next token starts a sentence
        starts_next[:-1] = numpy.array([t.sent_start == 1 for t in doc[1:]], dtype=bool)
        no_begin = space | starts_next
        no_begin[-1] = True
        for label in self.entity_labels:
            scores[no_begin, self.begin[label]] = NO_SCORE
            scores[space, self.unit[label]] = NO_SCORE
        invalid = [i for i in range(self.n_moves) if i != self.out and i not in self.move_label]
        scores[:, invalid] = NO_SCORE
        best = scores.argmax(axis=1)
        ents, free = [], 0
        for i in numpy.flatnonzero(best != self.out).tolist():
            if i < free:
                continue
            move = int(best[i])
            label = self.move_label[move]
            if move == self.unit[label]:
                ents.append(Span(doc, i, i + 1, label=label))
                free = i + 1
                continue
            j = i + 1
            inside, last = self.inside[label], self.last[label]
            while True:  # the entity opened at i: one step a token
                row = self._scores((((cached[j + 1, 0] + cached[i + 1, 1]) + cached[j, 2]) + self.bias)[None])[0]
                can_go_on = j < n - 1 and not starts_next[j]
                if can_go_on and (row[inside] > row[last] or (row[inside] == row[last] and inside < last)):
                    j += 1
                    continue
                ents.append(Span(doc, i, j + 1, label=label))
                free = j + 1
                break
        return ents


def applies(ner) -> bool:
    """Whether ``ner`` is a greedy BILUO entity recognizer that this module decodes as spaCy does."""
    from spacy.pipeline import EntityRecognizer

    if type(ner) is not EntityRecognizer or ner.cfg.get("beam_width", 1) != 1:
        return False
    model = ner.model
    if len(model.layers) != 3 or model.layers[-1].name != "linear":  # no output layer (use_upper = false)
        return False
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    lower = model.layers[1]
    return (lower.get_dim("nF") == 3 and lower.get_dim("nP") >= 2 and "O" in names
            and not model.attrs.get("unseen_classes"))


def install(nlp: Language) -> Language:
    """Wrap ``nlp``'s ``ner`` component in :class:`GreedyNER` where :func:`applies` (else leave it)."""
    for i, (name, component) in enumerate(nlp._components):
        if name == "ner" and applies(component):
            nlp._components[i] = (name, GreedyNER(component))
    return nlp
