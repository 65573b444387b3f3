"""Tests of the silver NER sentences (``pipeline.training.silver``); invented names and sentences."""
from collections import Counter

import pytest
import spacy

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


@pytest.mark.parametrize("text, expected", [
    # a unit between a title and its parent's acronym stays in the title (records-v1): no entity
    ("Direktur Reserse Narkoba Polda Jawa Timur Kombes Andi Saputra menyebut pelaku ditangkap.",
     ["Direktur Reserse Narkoba <Polda|ORG> <Jawa|ORG> <Timur|ORG> Kombes <Andi|PER> <Saputra|PER> menyebut"
      " pelaku ditangkap ."]),
    ("Ketua Dewan Syura DPW PKB Jawa Tengah Budi Santoso hadir.",
     ["Ketua Dewan Syura <DPW|ORG> <PKB|ORG> <Jawa|ORG> <Tengah|ORG> <Budi|PER> <Santoso|PER> hadir ."]),
    # a title's field of common words before the rules' organisation is O; a word no dictionary holds stays missing
    ("Direktur Pemasaran PT Contoh Jaya, Budi Santoso, hadir.",
     ["Direktur Pemasaran <PT|ORG> <Contoh|ORG> <Jaya|ORG> , <Budi|PER> <Santoso|PER> , hadir ."]),
    ("Manajer Wiryo PT Contoh Jaya, Budi Santoso, hadir.",
     ["Manajer [Wiryo] <PT|ORG> <Contoh|ORG> <Jaya|ORG> , <Budi|PER> <Santoso|PER> , hadir ."]),
    # a head with one word before an acronym, or the country after it: the institution stays whole
    ("Ketua Komnas HAM Budi Santoso hadir.",
     ["Ketua <Komnas|ORG> <HAM|ORG> <Budi|PER> <Santoso|PER> hadir ."]),
    ("Juru Bicara Kementerian Luar Negeri RI, Budi Santoso, hadir.",
     ["Juru Bicara <Kementerian|ORG> <Luar|ORG> <Negeri|ORG> <RI|ORG> , <Budi|PER> <Santoso|PER> , hadir ."]),
    # a region after the unit is no parent: the institution stays whole
    ("Kepala Dinas Kesehatan DKI Jakarta Budi Santoso hadir.",
     ["Kepala <Dinas|ORG> <Kesehatan|ORG> <DKI|ORG> <Jakarta|ORG> <Budi|PER> <Santoso|PER> hadir ."]),
    ("Kepala Dinas Kesehatan Kota Palembang Budi Santoso hadir.",
     ["Kepala <Dinas|ORG> <Kesehatan|ORG> <Kota|ORG> <Palembang|ORG> <Budi|PER> <Santoso|PER> hadir ."]),
])
def test_units_before_a_parent_stay_in_the_title(nlp, text, expected):
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


VOTES = {  # invented words -> their labels in the gold training sets
    "Klub Sinar": Counter(ORG=4), "Wirya": Counter(PER=1, ORG=1), "Taman Lestari": Counter(ORG=3, LOC=1),
    "Kota Ardana": Counter(LOC=1),
}
NAMES = {"Sandro Valeri": "PER", "Taman Lestari": "LOC", "Klub Sinar": "ORG", "Liga Prima": "ORG"}  # gazetteer entries of 2+ words


def silver_doc(marked: str):
    """``<a b|PER>`` an entity, ``[a b]`` missing words, the rest O (invented sentences)."""
    import re

    from pipeline.training.ner import make_doc

    words, spans = [], []
    for entity, label, gap, plain in re.findall(r"<([^|>]+)\|(\w+)>|\[([^\]]+)\]|(\S+)", marked):
        start = len(words)
        words.extend((entity or gap or plain).split())
        if entity:
            spans.append((start, len(words), label))
        elif gap:
            spans.extend((k, k + 1, None) for k in range(start, len(words)))
    return make_doc(spacy.blank("id").vocab, words, spans)


def marked(doc) -> str:
    return " ".join(t.text if t.ent_iob == 2 else f"[{t.text}]" if t.ent_iob == 0
                    else f"<{t.text}|{t.ent_type_}>" for t in doc)


@pytest.mark.parametrize("text, expected, changes", [
    # a silver entity that the gold sets label otherwise is missing
    ("Pelatih <Klub Sinar|PER> memuji [Budiono] .", "Pelatih [Klub] [Sinar] memuji [Budiono] .",
     {"PER -> missing": 1}),
    # gold that agrees, or is split, leaves the entity alone
    ("Kata <Wirya|PER> di <Kota Ardana|LOC> .", "Kata <Wirya|PER> di <Kota|LOC> <Ardana|LOC> .", {}),
    # a whole missing run that is a gazetteer entry becomes an entity of its label
    ("Gol [Sandro Valeri] di menit akhir .", "Gol <Sandro|PER> <Valeri|PER> di menit akhir .", {"missing -> PER": 1}),
    # a longer run, a shorter one, O words and a gold label against the gazetteer's: unchanged
    ("[Kapten Sandro Valeri] dan [Sandro] .", "[Kapten] [Sandro] [Valeri] dan [Sandro] .", {}),
    ("Gol Sandro Valeri di menit akhir .", "Gol Sandro Valeri di menit akhir .", {}),
    ("Warga [Taman Lestari] berkumpul .", "Warga [Taman] [Lestari] berkumpul .", {}),
    # an organisation entry only where gold also labels the words ORG (a league, a nickname: not)
    ("Juara [Klub Sinar] .", "Juara <Klub|ORG> <Sinar|ORG> .", {"missing -> ORG": 1}),
    ("Juara [Liga Prima] .", "Juara [Liga] [Prima] .", {}),
])
def test_check_weighs_silver_against_gold_labels_and_gazetteers(text, expected, changes):
    doc, changed = silver.check(silver_doc(text), VOTES, NAMES)
    assert marked(doc) == expected
    assert dict(changed) == changes


@pytest.mark.parametrize("votes, label, expected", [
    (None, "PER", False), (Counter(ORG=2), "PER", True), (Counter(ORG=1), "PER", False),
    (Counter(ORG=3, PER=2), "PER", False), (Counter(ORG=5, PER=2), "PER", True), (Counter(PER=9), "PER", False),
])
def test_gold_says_otherwise(votes, label, expected):
    assert silver.gold_says_otherwise(votes, label) is expected
