"""Tests of the silver NER sentences (``pipeline.training.silver``); invented names and sentences."""
import pytest

from pipeline.extract.entities import knowledge
from pipeline.training import silver


@pytest.fixture(scope="module")
def nlp():
    return silver.rules_nlp()


def tags(nlp, text):
    """Per sentence, each word as ``word`` (O), ``<word|LABEL>`` (entity) or ``[word]`` (missing)."""
    doc = nlp(text)
    out = []
    for sdoc in silver.sentence_docs(doc, knowledge(nlp), keep_empty=1):
        out.append(" ".join(t.text if t.ent_iob == 2 else f"[{t.text}]" if t.ent_iob == 0
                            else f"<{t.text}|{t.ent_type_}>" for t in sdoc))
    return out


@pytest.mark.parametrize("text, expected", [
    # a name found in a sure context (after a title) is a name at its other mentions too
    ("Menteri Keuangan Budi Santoso hadir di Jakarta. Menurut Budi Santoso, harga naik.",
     ["Menteri [Keuangan] <Budi|PER> <Santoso|PER> hadir di <Jakarta|LOC> .",
      "Menurut <Budi|PER> <Santoso|PER> , harga naik ."]),
    # a capitalised word the rules cannot vouch for is missing, not O; titles and weekdays are O
    ("Kemarin Wiryo Prakoso datang pada Senin bersama Ketua Umum panitia.",
     ["[Kemarin] [Wiryo] [Prakoso] datang pada Senin bersama Ketua Umum panitia ."]),
    # lower-case sentences are all O
    ("harga cabai naik lagi hari ini.", ["harga cabai naik lagi hari ini ."]),
])
def test_sentence_docs(nlp, text, expected):
    assert tags(nlp, text) == expected


@pytest.mark.parametrize("text, kept", [
    ("Warga Bandung datang. Harga naik. Ada rapat. Ia pergi.", 4),
])
def test_sentences_without_anything_to_learn_are_thinned(nlp, text, kept):
    doc = nlp(text)
    assert len(list(silver.sentence_docs(doc, knowledge(nlp), keep_empty=1))) == kept
    assert len(list(silver.sentence_docs(doc, knowledge(nlp), keep_empty=3))) < kept


def test_indosum_fold_05_is_refused():
    with pytest.raises(ValueError, match="reserved"):
        list(silver.indosum_texts(folds=(4, 5)))
