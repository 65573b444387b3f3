"""The English common-word list (``pipeline.training.english_words``) and the file it wrote."""
from __future__ import annotations

import pytest

from pipeline.lang import words
from pipeline.training.english_words import english_words


def test_english_words_leave_out_names_and_non_words():
    top = ["the", "hair", "dryer", "taylor", "swift", "x", "covid-19", "2020", "boat"]
    assert english_words(top, frozenset({"taylor", "swift"})) == ["boat", "dryer", "hair", "the"]


@pytest.mark.parametrize("word,listed", [("hair", True), ("treasure", True), ("rescue", True),
                                         ("taylor", False), ("bill", False), ("budi", False)])
def test_shipped_list(word, listed):
    assert (word in words("english_words.txt")) is listed
