"""The DBpedia person-name word list (``pipeline.training.person_name_words``) and the file it wrote."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.lang import words
from pipeline.training.person_name_words import keep_last, name_words, ner_votes


def test_name_words_split_given_from_family_names():
    lines = ["Budi Santoso", "Rina Ayu Wulandari", "Santoso", "M. Tanjung", "Budi Rawa", "Ab Cd", "Dewi 2"]
    inner, last = name_words(lines)
    assert inner == {"Budi", "Rina", "Ayu", "Dewi"}  # (M. and Ab: no word of 3 letters; 2: no word)
    assert last == {"Santoso", "Wulandari", "Tanjung", "Rawa"}  # (Dewi stands before a word: 2)


def test_ner_votes_count_capitalised_tagged_words():
    sentences = [(["Kata", "Budi", "di", "Liverpool"], ["O", "B-PER", "O", "B-LOC"]),
                 (["Liverpool", "FC", "Budi"], ["B-ORGANISATION", "I-ORGANISATION", "B-PERSON"])]
    person, thing = ner_votes(sentences)
    assert person == Counter({"Budi": 2}) and thing == Counter({"Liverpool": 2, "FC": 1})


@pytest.mark.parametrize("word,person,thing,kept", [
    ("Wulandari", 0, 0, True),      # no evidence either way, no common word, no place
    ("Liverpool", 1, 5, False),     # the NER sets type it a place or organisation
    ("Rawa", 0, 0, False),          # a common word (KBBI)
    ("Boston", 0, 0, False),        # a DBpedia place
    ("Tanjung", 3, 1, True),        # a common word the NER sets type person more often
])
def test_keep_last(word, person, thing, kept):
    assert keep_last(word, Counter({word: person}), Counter({word: thing}), {"rawa", "tanjung"}, {"Boston"}) is kept


@pytest.mark.parametrize("word,listed", [("Budi", True), ("Agung", True), ("Santoso", False), ("Rawa", False)])
def test_shipped_list_is_given_names(word, listed):
    assert (word in words("person_name_words.txt")) is listed
