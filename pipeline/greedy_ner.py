"""The NER model's greedy decoding in numpy, with the decisions of spaCy's own (one document at a time).

spaCy's ``EntityRecognizer`` reads a document token by token in compiled code: for each state it sums three
precomputed feature vectors (the buffer's first token, the open entity's first token, the token before), takes
the maxout, multiplies by the output layer and takes the best valid move (BILUO). That loop runs without the GIL
but spaCy's state accessors (``StateC.B_``, ``safe_get``) take it back at every call (Cython's exception checks),
so about half of its time goes to taking and dropping the GIL: 12-15 microseconds a token, as much as half the
tok2vec layers.

Here the same numbers are computed with the same products as thinc's layers (the listener's linear layer over
``doc.tensor``, the precomputed lower layer with its output columns ordered piece by piece, the sums in the same
order; the features the same to the bit), but all at once: with no entity open a state's features depend on its token alone
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
from spacy.attrs import IS_SPACE, SENT_START
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
        self.pieces = self.lower.get_dim("nP")
        # the lower layer with its output columns piece by piece (feature, piece, hidden): the maxout is then
        # numpy.maximum over blocks of columns (the same maximum as over the innermost pieces)
        linear = self.listener.layers[-1]  # tok2vec-listener >> list2array >> linear
        self.linear_W, self.linear_b = linear.get_param("W"), linear.get_param("b")
        W = self.lower.get_param("W")  # (features, hidden, pieces, inputs)
        features, hidden, pieces, inputs = W.shape
        self.lower_W = numpy.ascontiguousarray(W.transpose(0, 2, 1, 3).reshape(-1, inputs))
        self.lower_pad = self.lower.get_param("pad").transpose(0, 1, 3, 2).reshape(features, -1)
        self.bias = self.lower.get_param("b").T.reshape(-1)  # (pieces * hidden)
        self.hidden = hidden
        self.invalid = [i for i in range(self.n_moves) if i != self.out and i not in self.move_label]

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
        """Scores of the moves from the summed features (rows of pieces * hidden): maxout, output layer."""
        hidden = self.hidden
        best = summed[:, :hidden]
        for p in range(1, self.pieces):
            best = numpy.maximum(best, summed[:, p * hidden:(p + 1) * hidden])
        return best @ self.W.T + self.b

    def _features(self, doc: Doc) -> numpy.ndarray:
        """The lower layer's features of every token: (n + 1, features, pieces * hidden), row 0 the padding
        (spaCy's precomputable affine layer over the listener's linear layer, as thinc computes them)."""
        n = len(doc)
        # spaCy's listener reads the tensor that tok2vec left, zeros where there is none
        tokvecs = doc.tensor if doc.tensor.size else numpy.zeros((n, self.linear_W.shape[1]), dtype="float32")
        linear = tokvecs @ self.linear_W.T
        linear += self.linear_b
        cached = numpy.empty((n + 1, self.lower_W.shape[0]), dtype="float32")
        numpy.dot(linear, self.lower_W.T, out=cached[1:])
        cached = cached.reshape(n + 1, len(self.lower_pad), -1)
        cached[0] = self.lower_pad
        return cached

    def entities(self, doc: Doc) -> list[Span]:
        n = len(doc)
        cached = self._features(doc)
        pad = cached[0]
        # outside an entity: the buffer's token, then padding for the entity's first token and the token before
        scores = self._scores(((cached[1:, 0] + pad[1]) + pad[2]) + self.bias)
        flags = doc.to_array([IS_SPACE, SENT_START])
        space = flags[:, 0] != 0
        starts_next = numpy.zeros(n, dtype=bool)  # the next token starts a sentence
        starts_next[:-1] = flags[1:, 1] == 1
        no_begin = space | starts_next
        no_begin[-1] = True
        for label in self.entity_labels:
            scores[no_begin, self.begin[label]] = NO_SCORE
            scores[space, self.unit[label]] = NO_SCORE
        scores[:, self.invalid] = NO_SCORE
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
