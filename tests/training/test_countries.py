"""The countries of places.txt: CLDR territory names in Indonesian, filtered (no babel needed)."""
import pytest

from pipeline.training.countries import BEGIN, country_names, hand_part

TERRITORIES = {"HR": "Kroasia", "SN": "Senegal", "EU": "Uni Eropa", "UN": "Perserikatan Bangsa-Bangsa",
               "GE": "Georgia", "JE": "Jersey", "MM": "Myanmar (Burma)", "CD": "Kongo - Kinshasa",
               "HK": "Hong Kong DAK Tiongkok", "TT": "Trinidad dan Tobago", "150": "Eropa", "FR": "Prancis"}


@pytest.mark.parametrize("name,kept", [
    ("Kroasia", True), ("Senegal", True),
    ("Trinidad dan Tobago", True),           # a person-name word inside a longer name is no matter
    ("Uni Eropa", False), ("Perserikatan Bangsa-Bangsa", False),  # groupings and the UN: no country
    ("Georgia", False),                      # one word, a DBpedia person-name word
    ("Jersey", False),                       # one word, a common word
    ("Myanmar (Burma)", False), ("Kongo - Kinshasa", False), ("Hong Kong DAK Tiongkok", False),
    ("Eropa", False),                        # a region code, no country
    ("Prancis", False),                      # already in the hand-written list
])
def test_country_names(name, kept):
    names = country_names(TERRITORIES, frozenset({"georgia", "trinidad"}), frozenset({"jersey"}), {"Prancis"})
    assert (name in names) is kept


def test_hand_part_drops_the_generated_block():
    lines = ["# places", "Aceh", BEGIN + "; Babel 0,", "# licence", "Kroasia"]
    assert hand_part(lines) == ["# places", "Aceh"]
    assert hand_part(["Aceh"]) == ["Aceh"]
