"""Tests of the student's distillation data (``pipeline.training.distil``), on invented text."""
from pathlib import Path

import pytest
from spacy.util import load_config

from pipeline.training import distil
from pipeline.training.ner import CONFIG, STUDENT_CONFIG

MODEL = Path(__file__).resolve().parents[2] / "models" / "ner-id"
TEXT = ("Menteri Keuangan Sri Wahyuni mengunjungi Surabaya pada Senin (3/2).\n\n"
        "Kepala Dinas Kesehatan Kota Malang, Budi Santoso, mengatakan\n"
        "rumah sakit itu siap. Ia menambahkan bahwa Kementerian Kesehatan membantu.")


def test_split_of_is_stable_and_holds_out_a_twentieth():
    ids = [f"indosum-{k}" for k in range(4000)]
    splits = [distil.split_of(i) for i in ids]
    assert splits == [distil.split_of(i) for i in ids]  # the same on every call (CRC, not hash())
    assert set(splits) == {"train", "dev", "heldout"}
    held = sum(s != "train" for s in splits) / len(splits)
    assert 0.035 < held < 0.065
    assert abs(splits.count("dev") - splits.count("heldout")) < 0.3 * (splits.count("dev") + splits.count("heldout"))


def test_student_config_is_the_teachers_with_a_narrow_tok2vec():
    teacher, student = load_config(CONFIG, interpolate=False), load_config(STUDENT_CONFIG, interpolate=False)
    encode = student["components"]["tok2vec"]["model"]["encode"]
    assert (encode["width"], encode["depth"], encode["window_size"]) == (64, 2, 1)
    for section in ("components", "training"):
        for key in set(teacher[section]) | set(student[section]):
            if key not in ("tok2vec", "patience", "max_steps", "eval_frequency"):
                assert teacher[section].get(key) == student[section].get(key), (section, key)
    assert student["components"]["tok2vec"]["model"]["embed"] == teacher["components"]["tok2vec"]["model"]["embed"]


@pytest.fixture(scope="module")
def teacher():
    if not (MODEL / "meta.json").exists():
        pytest.skip("models/ner-id is not there")
    return distil.teacher_pipeline(MODEL)


def test_label_article_keeps_what_the_teachers_ner_reads(teacher):
    from pipeline import nlp as pipeline_nlp

    doc = distil.label_article(teacher, TEXT)
    assert doc.text == TEXT.replace("mengatakan\nrumah", "mengatakan rumah")  # the flat view: a soft line break reads as a space
    full = pipeline_nlp.load(ner_model=str(MODEL))
    names = full.pipe_names[:full.pipe_names.index("ner") + 1]
    with full.select_pipes(enable=names):
        ref = full(pipeline_nlp.make_doc(full, TEXT))
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in ref.ents]
    assert [t.is_sent_start for t in doc] == [bool(t.is_sent_start) for t in ref]
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)  # every token annotated: no missing


def test_label_sentences_keeps_the_gold_tokens(teacher):
    from pipeline.nlp import load_ner

    words = "Gubernur Jawa Tengah Andi Wirawan meresmikan pasar di Semarang .".split()
    (doc,) = distil.label_sentences(load_ner(MODEL), [words])
    assert [t.text for t in doc] == words
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)
