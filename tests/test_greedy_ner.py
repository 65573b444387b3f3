from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline import greedy_ner
from pipeline import nlp as nlp_module

TEXTS = [
    "Jakarta - Gubernur Jawa Tengah Rina Wulandari bertemu Direktur Utama PT Sumber Makmur Teguh Saputra di "
    "Semarang, Senin (26/5). Menurut Rina, Dinas Pertanian Kabupaten Sukamaju akan membantu petani.",
    "Kepala Badan Pusat Statistik Budi Santoso\n\nmengatakan hal itu kepada wartawan di Bandung",  # blank line
    "Yang hadir: Maya Lestari, Hendra Kusuma, Lina Rahayu dan Yusuf Nugroho dari Universitas Sukamaju Raya",
    "Pertemuan itu digelar di Surabaya. Agus Pratama datang dari Medan. Sari Hartono dari Makassar",  # ends in a name
    "harga cabai naik lagi minggu ini menurut pedagang pasar",  # no capital at all
    "   ",
    "Wulan",
]


def _ents(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_the_decisions_are_spacys(nlp, text):
    """Entities and IOB of every token as spaCy's own greedy decoding gives them, on the docs the pipeline
    hands to the model (sentence starts set by the splitter)."""
    if "ner" not in nlp.pipe_names or not isinstance(nlp.get_pipe("ner"), greedy_ner.GreedyNER):
        pytest.skip("no NER model decoded here")
    wrapper = nlp.get_pipe("ner")
    doc = nlp_module.make_doc(nlp, text)
    for name in nlp.pipe_names[:nlp.pipe_names.index("ner")]:
        doc = nlp.get_pipe(name)(doc)
    ours, theirs = wrapper(doc.copy()), wrapper.ner(doc.copy())
    assert _ents(ours) == _ents(theirs)


@pytest.fixture(scope="module")
def spacys_own(nlp):
    """The NER model as spaCy loads it (thinc's tok2vec on BLIS, spaCy's compiled decoding), on ``nlp``'s vocab."""
    import spacy

    if "ner" not in nlp.pipe_names or not isinstance(nlp.get_pipe("ner"), greedy_ner.GreedyNER):
        pytest.skip("no NER model decoded here")
    return spacy.load(nlp_module.Settings().ner_model, vocab=nlp.vocab)


@pytest.mark.parametrize("text", TEXTS + [" ".join(TEXTS[:4]), TEXTS[0].upper(), TEXTS[2].replace(", ", " dan ")])
def test_the_model_finds_what_spacy_finds(nlp, spacys_own, text):
    """The whole model as the pipeline runs it (:mod:`pipeline.fast_tok2vec`, this module) against spaCy's own
    code: the same entities and IOB on the docs the pipeline hands to the model."""
    doc = nlp_module.make_doc(nlp, text)
    for name in nlp.pipe_names[:nlp.pipe_names.index("tok2vec")]:
        doc = nlp.get_pipe(name)(doc)
    ours = nlp.get_pipe("ner")(nlp.get_pipe("tok2vec")(doc.copy()))
    theirs = spacys_own.get_pipe("ner")(spacys_own.get_pipe("tok2vec")(doc.copy()))
    assert _ents(ours) == _ents(theirs)


def test_preset_entities_and_empty_docs_go_to_spacy(nlp):
    if "ner" not in nlp.pipe_names or not isinstance(nlp.get_pipe("ner"), greedy_ner.GreedyNER):
        pytest.skip("no NER model decoded here")
    wrapper = nlp.get_pipe("ner")
    calls = []
    wrapper.entities = lambda doc: calls.append(doc) or []  # the numpy path, replaced on this instance only
    try:
        doc = nlp_module.make_doc(nlp, "Rina Wulandari tiba di Semarang")
        doc = nlp.get_pipe("tok2vec")(doc)
        doc.ents = [Span(doc, 0, 2, label="PER")]
        assert ("PER", 0, 2) in [(e.label_, e.start, e.end) for e in wrapper(doc).ents]  # kept by spaCy's code
        wrapper(nlp_module.make_doc(nlp, ""))
        assert calls == []
        wrapper(nlp.get_pipe("tok2vec")(nlp_module.make_doc(nlp, "Rina tiba")))
        assert len(calls) == 1  # (the test can fail: the numpy path is taken for an ordinary doc)
    finally:
        del wrapper.entities


def test_applies_only_to_what_it_decodes(nlp):
    if "ner" not in nlp.pipe_names:
        pytest.skip("no NER model")
    wrapper = nlp.get_pipe("ner")
    assert isinstance(wrapper, greedy_ner.GreedyNER) and greedy_ner.applies(wrapper.ner)
    assert not greedy_ner.applies(wrapper)  # a wrapper is not wrapped again
    assert not greedy_ner.applies(nlp.get_pipe("tok2vec"))
