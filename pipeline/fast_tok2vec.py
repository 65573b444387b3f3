"""The NER model's ``tok2vec`` in plain numpy, with a per-word cache of its embedding layer.

spaCy's ``Tok2Vec`` (``spacy.Tok2Vec.v2``: ``MultiHashEmbed.v2`` with static vectors, then
``MaxoutWindowEncoder.v2``) runs through thinc's layers one document at a time. Its embedding layer
(four hash embeddings of NORM, PREFIX, SUFFIX and SHAPE, the static vector of ORTH projected, a maxout
over the 480 numbers and a layer norm) reads nothing but the token's word: the same word gets the same
96 numbers in every document. Here they are computed once per word (ORTH and NORM: a token's norm can
differ from its word's) and kept in a table; a document gathers its rows and runs only the encoder
(four windowed maxout layers with layer norm and residual sums). The encoder is thinc's, step for step
(the same padding of four rows either side of the document, the same products, sums and layer norm), with
its output pieces' columns reordered so that the maxout is two ``numpy.maximum`` calls (the same maximum).

Exactness: every number is computed by the same numpy calls as in thinc's layers on numpy's BLAS
(``pipeline.nlp.numpy_blas``), so ``doc.tensor`` is the same to the bit. A matrix product's row does not
depend on the other rows of the product here once it has at least a few rows (OpenBLAS takes another
kernel for products of one to four rows: differences of 1e-5), so the new words of a document are
computed in blocks of :data:`BLOCK` rows (zeros after the last): a word's row is then the same whatever
documents came before it. ``tests/test_fast_tok2vec.py`` compares ``doc.tensor`` with thinc's.

:func:`install` wraps the ``tok2vec`` component of a loaded model where this applies (:func:`applies`:
the architecture above, the default vectors mode, float32, numpy ops); anything else stays spaCy's.
"""
from __future__ import annotations

from itertools import repeat
from typing import Iterable, Iterator

import numpy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

BLOCK_NAME = "residual(expand_window>>maxout>>layernorm>>dropout)"  # one block of the encoder
BLOCK = 64  # the new words of a document are embedded in blocks of this many rows (see the module docstring)


class FastTok2Vec:
    """``tok2vec`` computed as the module docstring says; every other attribute is the wrapped component's."""

    def __init__(self, tok2vec, max_words: int = 60_000):
        self.tok2vec = tok2vec
        embed, encoder = tok2vec.model.layers
        extract = next(layer for layer in embed.walk() if layer.name == "extract_features")
        self.columns = [spacy_attr(name) for name in extract.attrs["columns"]]
        self.hash_layers = [(layer.attrs["column"], layer.attrs["seed"], layer.get_param("E"))
                            for layer in embed.walk() if layer.name == "hashembed"]
        self.hash_layers.sort(key=lambda item: item[0])
        static = next(layer for layer in embed.walk() if layer.name == "static_vectors")
        self.static_W = static.get_param("W")
        maxout, norm = _maxout_norm(next(layer for layer in embed.walk() if layer.name.startswith("with_array(maxout")))
        self.embed_maxout, self.embed_norm = _pieces_last(maxout), (norm.get_param("G"), norm.get_param("b"))
        self.pad = encoder.attrs["pad"]
        self.layers = []
        for block in _blocks(encoder):  # residual(expand_window >> maxout >> layernorm >> dropout)
            chain = block.layers[0]
            maxout, norm = _maxout_norm(chain)
            self.layers.append((_pieces_last(maxout), (norm.get_param("G"), norm.get_param("b"))))
        self.width = self.embed_norm[0].shape[0]
        self.ops = tok2vec.model.ops
        self.max_words = max_words
        self._clear()

    def _clear(self) -> None:
        self.by_orth: dict[int, int] = {}  # a word's row, for the norm it was first seen with
        self.by_key: dict[tuple[int, int], int] = {}  # (ORTH, NORM) -> row, every row
        self.table = numpy.zeros((BLOCK, self.width), dtype="float32")
        self.norms = numpy.zeros(BLOCK, dtype="uint64")  # the NORM of each row

    def __getattr__(self, name):
        return getattr(self.tok2vec, name)

    def __call__(self, doc: Doc) -> Doc:
        doc.tensor = self.predict(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def predict(self, doc: Doc) -> numpy.ndarray:
        n, pad = len(doc), self.pad
        if n == 0:
            return numpy.zeros((0, self.width), dtype="float32")
        rows = self._rows(doc)  # (before reading the table: new words grow it)
        X = numpy.zeros((n + 2 * pad, self.width), dtype="float32")
        X[pad:pad + n] = self.table[rows]
        window = numpy.zeros((n + 2 * pad, 3 * self.width), dtype="float32")
        for (W, b, pieces), norm in self.layers:
            _window(X, window)
            X += _layer_norm(_maxout(window, W, b, pieces), norm)
        return X[pad:pad + n]

    def _rows(self, doc: Doc) -> numpy.ndarray:
        """The table row of every token of ``doc``, new words embedded first."""
        words = doc.to_array([ORTH, NORM])
        orths, norms = words[:, 0], words[:, 1]
        rows = numpy.fromiter(map(self.by_orth.get, orths.tolist(), repeat(-1)), dtype=numpy.intp, count=len(orths))
        other = numpy.flatnonzero((rows < 0) | (self.norms[rows] != norms))
        if not len(other):
            return rows
        keys = list(zip(orths[other].tolist(), norms[other].tolist()))
        new = {key: int(i) for key, i in zip(keys, other) if key not in self.by_key}
        if self.by_key and len(self.by_key) + len(new) > self.max_words:  # a fresh table (the same rows)
            self._clear()
            return self._rows(doc)
        if new:
            self._embed(doc, list(new.keys()), list(new.values()))
        rows[other] = [self.by_key[key] for key in keys]
        return rows

    def _embed(self, doc: Doc, keys: list, first: list) -> None:
        """Embed the words ``keys`` (their first tokens in ``doc`` at ``first``) into new rows of the table."""
        attrs = doc.to_array(self.columns)[first]
        m = len(keys)
        size = -(-m // BLOCK) * BLOCK
        parts = []
        for column, seed, E in self.hash_layers:
            ids = numpy.ascontiguousarray(attrs[:, column], dtype="uint64")
            hashed = self.ops.hash(ids, seed) % E.shape[0]  # thinc's MurmurHash of the ids
            parts.append(((E[hashed[:, 0]] + E[hashed[:, 1]]) + E[hashed[:, 2]]) + E[hashed[:, 3]])
        vectors = doc.vocab.vectors
        found = vectors.find(keys=numpy.array([key[0] for key in keys], dtype="uint64"))
        V = numpy.zeros((size, vectors.data.shape[1]), dtype="float32")
        V[:m] = vectors.data[found]
        static = V @ self.static_W.T
        static = static[:m]
        static[found < 0] = 0
        parts.append(static)
        X = numpy.zeros((size, sum(part.shape[1] for part in parts)), dtype="float32")
        numpy.concatenate(parts, axis=1, out=X[:m])
        W, b, pieces = self.embed_maxout
        embedded = _layer_norm(_maxout(X, W, b, pieces), self.embed_norm)[:m]
        start = len(self.by_key)
        if start + m > len(self.table):
            grown = max(2 * len(self.table), start + size)
            self.table = numpy.concatenate([self.table[:start], numpy.zeros((grown - start, self.width), "float32")])
            self.norms = numpy.concatenate([self.norms[:start], numpy.zeros(grown - start, "uint64")])
        self.table[start:start + m] = embedded
        for i, key in enumerate(keys):
            self.by_key[key] = start + i
            self.by_orth.setdefault(key[0], start + i)
            self.norms[start + i] = key[1]


def spacy_attr(name: str) -> int:
    from spacy import attrs

    return attrs.IDS[name.upper()]


def _blocks(encoder) -> list:
    """The residual blocks of a ``MaxoutWindowEncoder``: thinc chains two or more, and one of depth 1 is the block
    itself (``with_array(residual(...))``)."""
    if not encoder.layers:
        return []
    inner = encoder.layers[0]
    return [inner] if inner.name == BLOCK_NAME else list(inner.layers)


def _maxout_norm(chain):
    maxout = next(layer for layer in chain.walk() if layer.name == "maxout")
    norm = next(layer for layer in chain.walk() if layer.name == "layernorm")
    return maxout, norm


def _pieces_last(maxout) -> tuple[numpy.ndarray, numpy.ndarray, int]:
    """A maxout layer's weights with the output columns ordered piece by piece (each output's pieces are
    ``width`` columns apart), so that the maximum is taken over whole blocks of columns."""
    W, b = maxout.get_param("W"), maxout.get_param("b")  # (nO, nP, nI), (nO, nP)
    nO, nP, nI = W.shape
    W = numpy.ascontiguousarray(W.transpose(1, 0, 2).reshape(nP * nO, nI).T)  # (nI, nP * nO)
    return W, numpy.ascontiguousarray(b.T.reshape(nP * nO)), nP


def _window(X: numpy.ndarray, out: numpy.ndarray) -> numpy.ndarray:
    """thinc's ``seq2col`` with a window of one into ``out`` (zeros in its first row's first block and its last
    row's last block): each row with the rows before and after it."""
    width = X.shape[1]
    out[1:, :width] = X[:-1]
    out[:, width:2 * width] = X
    out[:-1, 2 * width:] = X[1:]
    return out


def _maxout(X: numpy.ndarray, W: numpy.ndarray, b: numpy.ndarray, pieces: int) -> numpy.ndarray:
    Y = X @ W
    Y += b
    width = Y.shape[1] // pieces
    best = Y[:, :width].copy()
    for p in range(1, pieces):
        numpy.maximum(best, Y[:, p * width:(p + 1) * width], out=best)
    return best


def _layer_norm(X: numpy.ndarray, norm: tuple[numpy.ndarray, numpy.ndarray]) -> numpy.ndarray:
    """thinc's ``LayerNorm`` forward: the same numbers as its ``X.mean`` and ``X.var`` (numpy's own steps, the
    mean and the differences from it computed once)."""
    G, b = norm
    count = numpy.intp(X.shape[1])
    mu = numpy.add.reduce(X, axis=1, keepdims=True)
    numpy.true_divide(mu, count, out=mu, casting="unsafe")
    X = X - mu
    var = numpy.add.reduce(numpy.square(X), axis=1, keepdims=True)
    numpy.true_divide(var, count, out=var, casting="unsafe")
    var += 1e-08
    X *= var ** (-1.0 / 2.0)
    X *= G
    X += b
    return X


def applies(tok2vec) -> bool:
    """Whether ``tok2vec`` is a ``Tok2Vec`` whose model this module computes as thinc does."""
    from spacy.pipeline import Tok2Vec
    from spacy.vectors import Mode, Vectors
    from thinc.api import NumpyOps

    if type(tok2vec) is not Tok2Vec:
        return False
    model = tok2vec.model
    names = [layer.name for layer in model.walk()]
    if len(model.layers) != 2 or names.count("static_vectors") != 1 or names.count("hashembed") < 1:
        return False
    vectors = tok2vec.vocab.vectors
    if not isinstance(vectors, Vectors) or vectors.mode != Mode.default or vectors.data.dtype != numpy.float32:
        return False
    if any(type(layer.ops) is not NumpyOps or getattr(layer.ops, "use_blis", True) for layer in model.walk()):
        return False
    embed, encoder = model.layers
    blocks = _blocks(encoder)
    return (embed.name.startswith("extract_features>>list2ragged>>with_array(")
            and encoder.name.startswith("with_array(residual(") and bool(blocks)
            and all(block.name == BLOCK_NAME
                    and block.layers[0].layers[0].attrs.get("window_size") == 1 for block in blocks))


def install(nlp: Language) -> Language:
    """Wrap ``nlp``'s ``tok2vec`` component in :class:`FastTok2Vec` where :func:`applies` (else leave it)."""
    for i, (name, component) in enumerate(nlp._components):
        if name == "tok2vec" and applies(component):
            nlp._components[i] = (name, FastTok2Vec(component))
    return nlp
