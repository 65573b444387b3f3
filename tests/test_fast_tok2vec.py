from __future__ import annotations

import numpy
import pytest

from pipeline import fast_tok2vec
from pipeline import nlp as nlp_module
from tests.conftest import invented_word

TEXTS = [
    "Jakarta - Gubernur Jawa Tengah Rina Wulandari bertemu Direktur Utama PT Sumber Makmur Teguh Saputra di "
    "Semarang, Senin (26/5). Menurut Rina, Dinas Pertanian Kabupaten Sukamaju akan membantu petani.",
    "Kepala Badan Pusat Statistik Budi Santoso\n\nmengatakan hal itu kepada wartawan di Bandung",  # blank line
    "harga cabai naik lagi minggu ini menurut pedagang pasar",  # no capital at all
    "Wulan",  # one token: fewer rows than a product needs for its usual kernel
    "Rina Rina Rina, Rina! RINA rina",  # one word in several shapes and cases
    "   ",
]


def _model(nlp):
    if "tok2vec" not in nlp.pipe_names or not isinstance(nlp.get_pipe("tok2vec"), fast_tok2vec.FastTok2Vec):
        pytest.skip("no NER model with a tok2vec computed here")
    return nlp.get_pipe("tok2vec")


def _thinc(wrapper, doc):
    return wrapper.tok2vec.predict([doc])[0]


def _close(ours, thincs) -> bool:
    """The same numbers as thinc's up to the order of a product's sums: thinc embeds a document's words in one
    product of as many rows as tokens, and OpenBLAS takes another kernel for products of a few rows (up to
    about 12 here: differences of 1e-6); this module's products have at least BLOCK rows."""
    return ours.shape == thincs.shape and bool(numpy.allclose(ours, thincs, rtol=0, atol=1e-4))


@pytest.mark.parametrize("text", TEXTS)
def test_the_tensor_is_thincs(nlp, text):
    wrapper = _model(nlp)
    doc = nlp_module.make_doc(nlp, text)
    first, again = wrapper(doc.copy()).tensor, wrapper(doc.copy()).tensor  # again: every word from the table
    assert _close(first, _thinc(wrapper, doc)) and numpy.array_equal(first, again)


def test_the_tensor_of_a_longer_text_is_thincs_to_the_bit(nlp):
    """With as many rows as a paragraph has tokens thinc's products take the kernel of this module's blocks."""
    wrapper = _model(nlp)
    doc = nlp_module.make_doc(nlp, TEXTS[0] + " " + TEXTS[1])
    assert numpy.array_equal(wrapper(doc.copy()).tensor, _thinc(wrapper, doc))


def test_a_words_row_does_not_depend_on_the_documents_before(nlp):
    """New words are embedded in blocks of BLOCK rows whatever their number: the same numbers in any order
    of documents, with more new words than one block, and after the table was emptied."""
    wrapper = _model(nlp)
    many = " ".join(invented_word(k) for k in range(3 * fast_tok2vec.BLOCK + 5)) + " datang ke Sukamaju."
    texts = [many, "Karito datang ke Sukamaju.", "Karito", "Pasar baru dibuka pagi tadi."]
    fresh = fast_tok2vec.FastTok2Vec(wrapper.tok2vec)
    forwards = [fresh.predict(nlp.make_doc(text)) for text in texts]
    small = fast_tok2vec.FastTok2Vec(wrapper.tok2vec, max_words=50)  # emptied at the long text and after it
    backwards = [small.predict(nlp.make_doc(text)) for text in texts[2::-1]] + [small.predict(nlp.make_doc(texts[3]))]
    for text, a, b in zip(texts, forwards, backwards[2::-1] + backwards[3:]):
        assert numpy.array_equal(a, b)
        assert _close(a, _thinc(wrapper, nlp.make_doc(text)))
    assert len(fresh.by_key) > 200 and len(small.by_key) == 6


def test_a_tokens_own_norm_has_its_own_row(nlp):
    """The embedding reads NORM, which a token can have apart from its word's: the same word with another
    norm gets another row, and the word's own norm keeps its row."""
    wrapper = _model(nlp)
    fresh = fast_tok2vec.FastTok2Vec(wrapper.tok2vec)
    plain = nlp.make_doc("Gubernur yg datang")
    normed = nlp.make_doc("Gubernur yg datang")
    normed[1].norm_ = "yang"
    for doc in (plain, normed, plain):
        assert _close(fresh.predict(doc), _thinc(wrapper, doc))
    assert not numpy.array_equal(fresh.predict(plain), fresh.predict(normed))
    assert len(fresh.by_key) == 4


def test_applies_only_to_what_it_computes(nlp):
    wrapper = _model(nlp)
    assert fast_tok2vec.applies(wrapper.tok2vec)
    assert not fast_tok2vec.applies(wrapper)  # a wrapper is not wrapped again
    assert not fast_tok2vec.applies(nlp.get_pipe("ner"))
    assert fast_tok2vec.install(nlp) is nlp and nlp.get_pipe("tok2vec") is wrapper


@pytest.mark.parametrize("depth", [1, 2])
def test_a_shallower_encoder_is_computed_as_thinc_does(nlp, depth):
    """A student's encoder of one block (thinc keeps the block itself, no chain) or two: the same tensor."""
    import copy

    wrapper = _model(nlp)
    tok2vec = copy.deepcopy(wrapper.tok2vec)
    blocks = tok2vec.model.layers[1].layers[0]
    if depth == 1:
        tok2vec.model.layers[1].layers[0] = blocks.layers[0]
    else:
        blocks.layers[:] = blocks.layers[:depth]
    assert fast_tok2vec.applies(tok2vec)
    shallow = fast_tok2vec.FastTok2Vec(tok2vec)
    assert len(shallow.layers) == depth
    doc = nlp_module.make_doc(nlp, TEXTS[0] + " " + TEXTS[1])
    assert _close(shallow.predict(doc), tok2vec.predict([doc])[0])
