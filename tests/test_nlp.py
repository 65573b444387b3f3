"""The pipeline builder: settings, component order, document attributes."""
from __future__ import annotations

import pytest

from pipeline import nlp as nlp_module


@pytest.mark.parametrize("overrides, splitter", [({}, "rules"), ({"splitter": "sentencizer"}, "sentencizer")])
def test_settings(overrides, splitter):
    assert nlp_module.Settings.from_env(**overrides).splitter == splitter


def test_unknown_splitter_is_refused():
    with pytest.raises(ValueError, match="unknown splitter"):
        nlp_module.Settings.from_env(splitter="magic")


def test_env_setting(monkeypatch):
    monkeypatch.setenv("PIPELINE_SPLITTER", "sentencizer")
    assert nlp_module.Settings.from_env().splitter == "sentencizer"


def test_rules_only_pipeline_order():
    nlp = nlp_module.load(ner_model="none")
    names = nlp.pipe_names
    assert names[:2] == ["layout_flat", "id_sentences"] and names[-1] == "layout_restore"
    assert names.index("institution_ruler") < names.index("people") < names.index("quotes")


@pytest.mark.parametrize("published, expected, source", [
    ("2025-05-26", "2025-05-26", "input"),
    ("2025-05-26T10:00:00", "2025-05-26", "input"),
    ("not a date", None, None),
    (None, None, None),
])
def test_make_doc_published(published, expected, source):
    nlp = nlp_module.load(ner_model="none")
    doc = nlp_module.make_doc(nlp, "Teks.", doc_id="d", published=published)
    assert doc._.published == expected
    assert doc._.published_source == source


@pytest.mark.parametrize("text", [
    "Budi  datang.\nIa pulang.\r\n\r\n",
    "  \t Kata Andi: \"siap\" ",
    "a\u00a0b\u200bc\x00d\u2028e",
    "Rapat " + "=" * 70 + " selesai " + "x" * 300 + " .",  # long runs, tokenised piece by piece
    "",
])
def test_make_doc_remembers_the_text_its_tokens_spell(text):
    from pipeline.extensions import text_of
    from pipeline.tokenizer import blank

    doc = nlp_module.make_doc(blank(), text)
    assert text_of(doc) is text and doc.text == text


def test_text_of_builds_the_text_once_per_doc():
    import gc

    from pipeline.extensions import _TEXTS, text_of
    from pipeline.tokenizer import blank

    nlp = blank()
    doc, other = nlp.make_doc("Budi  datang.\nIa pulang."), nlp.make_doc("Lain.")
    assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)  # built once, then kept
    assert text_of(other) == "Lain."
    count = len(_TEXTS)
    del doc
    gc.collect()
    assert len(_TEXTS) == count - 1  # the entry goes with its Doc



@pytest.mark.parametrize("text", [
    "Budi  datang.\nIa pulang.",
    "Kepala Dinas Ketahanan Pangan (DKP) Sukamaju, Ir. Rini Astuti, M.Si., berkata: \u201cKami siap!\u201d",
    "Überraschung \u00c9cole naïve ŞAHİN \u2014 Rp 1.500,- (2025) https://contoh.id/a?b=1 \t\n\n  ",
    "",
])
def test_tokens_of_reads_what_the_tokens_hold(text):
    """Each token's text, lower case, start and punctuation flag, as spaCy's Token gives them
    (the texts are slices of the Doc's text, the lower cases str.lower of them)."""
    from pipeline.extensions import tokens_of
    from pipeline.tokenizer import blank

    doc = blank().make_doc(text)
    tokens = tokens_of(doc)
    assert tokens.texts == [t.text for t in doc]
    assert tokens.lowers == [t.lower_ for t in doc]
    assert tokens.starts == [t.idx for t in doc]
    assert tokens.punct == [t.is_punct for t in doc]
    assert tokens.lower == [t.is_lower for t in doc]
    assert tokens.title == [t.is_title for t in doc]
    assert tokens.alpha == [t.is_alpha for t in doc]
    assert tokens_of(doc) is tokens  # read once per Doc
    other = blank().make_doc(text + " lagi")
    assert tokens_of(other) is not tokens
    assert tokens_of(doc) is tokens and tokens_of(other) is tokens_of(other)  # (the last Doc asked, then the other)


def test_tokens_of_forgets_and_reads_again():
    from pipeline.extensions import forget_tokens, tokens_of
    from pipeline.tokenizer import blank

    doc = blank().make_doc("Budi datang.")
    tokens = tokens_of(doc)
    forget_tokens(doc)
    again = tokens_of(doc)
    assert again is not tokens and again == tokens


@pytest.mark.parametrize("text", [
    "Budi  datang.\nIa pulang.",
    "Kepala Dinas (DKP) Sukamaju, Ir. Rini Astuti, M.Si., berkata: \u201cKami siap!\u201d  ",
    " \t Kata Andi: \"siap\" ",
    "Satu",
    "",
])
def test_span_text_is_the_slices_text(text):
    """``span_text(doc, a, b)`` is ``doc[a:b].text`` for every stretch, an end past the Doc cut as a slice cuts it."""
    from pipeline.extensions import span_text
    from pipeline.tokenizer import blank

    doc = blank().make_doc(text)
    n = len(doc)
    for a in range(n + 1):
        for b in range(a, n + 3):
            assert span_text(doc, a, b) == doc[a:b].text, (a, b)

@pytest.mark.parametrize("text, word, count", [
    ("Budi datang. Budi pulang, lalu budi tidur.", "Budi", 2),  # (case counts: budi is another word)
    ("Budi datang. Budi pulang, lalu budi tidur.", "budi", 1),
    ("Budi datang.", ".", 1),
    ("Budi datang.", "Rina", 0),
    ("Budiman datang.", "Budi", 0),  # (a whole token only)
    ("", "Budi", 0),
])
def test_word_count_counts_the_tokens_written_so(text, word, count):
    """How many tokens are written ``word``, as a scan of the tokens counts them, counted once per Doc."""
    from pipeline.extensions import _COUNTS, forget_tokens, word_count
    from pipeline.tokenizer import blank

    doc = blank().make_doc(text)
    assert word_count(doc, word) == count == sum(t.text == word for t in doc)
    assert doc in _COUNTS  # (kept for the next question)
    forget_tokens(doc)
    assert doc not in _COUNTS and word_count(doc, word) == count


def test_the_model_tensor_is_released(nlp):
    """The NER model's tok2vec output (384 bytes a token) is dropped once the model has read it;
    the entities are those of the pipeline that keeps it."""
    if "ner" not in nlp.pipe_names:
        pytest.skip("no NER model")
    assert nlp.pipe_names.index("release_tensor") == nlp.pipe_names.index("ner") + 1
    text = "Jakarta - Menteri Pertanian Budi Santoso meninjau gudang Bulog di Kabupaten Sukamaju, Senin (26/5)."
    doc = nlp_module.process(nlp, text)
    assert doc.tensor.size == 0
    with nlp.select_pipes(disable=["release_tensor"]):
        kept = nlp_module.process(nlp, text)
    assert kept.tensor.shape[0] > 0  # (the test can fail: without the component the tensor stays)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in kept.ents]


def test_the_model_runs_on_numpy_blas_with_the_same_entities(nlp):
    """Every layer of the NER model runs on thinc's NumpyOps without BLIS (numpy's BLAS), and the model finds
    the entities it finds as spaCy loads it (on BLIS)."""
    from spacy.util import load_model as spacy_load
    from thinc.api import Model, NumpyOps

    if "ner" not in nlp.pipe_names:
        pytest.skip("no NER model")
    layers = [layer for _, component in nlp.pipeline if isinstance(getattr(component, "model", None), Model)
              for layer in component.model.walk()]
    assert layers and all(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)
    plain = spacy_load(nlp_module.Settings().ner_model)
    assert all(layer.ops.use_blis for _, component in plain.pipeline for layer in component.model.walk())
    text = ("Jakarta - Gubernur Jawa Tengah Rina Wulandari bertemu Direktur Utama PT Sumber Makmur Teguh Saputra "
            "di Semarang, Senin (26/5). Menurut Rina, Dinas Pertanian Kabupaten Sukamaju akan membantu petani.")

    def ents(model):
        doc = model.make_doc(text)
        for name in ("tok2vec", "ner"):
            doc = model.get_pipe(name)(doc)
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    assert ents(nlp) == ents(plain) and ents(plain)
