"""Reading the lexicons of ``pipeline.lang``: the sections of a list file."""
import pytest

import pipeline.lang as lang
from pipeline.extract.entities import REGION_NOUNS
from pipeline.lang import ordered, section

LIST = """# Words of an invented list
# [alpha] the first class
Satu
Dua  # a comment after an entry
# [beta] the second class
Tiga
# an unmarked heading ends the section
Empat
"""


@pytest.fixture
def data(tmp_path, monkeypatch):
    (tmp_path / "invented_sections.txt").write_text(LIST, encoding="utf-8")
    monkeypatch.setattr(lang, "DATA", tmp_path)
    section.cache_clear()
    yield
    section.cache_clear()


@pytest.mark.parametrize("key,entries", [
    ("alpha", ("Satu", "Dua")),
    ("beta", ("Tiga",)),  # (not Empat: the comment line after Tiga ends the section)
])
def test_section(data, key, entries):
    assert section("invented_sections.txt", key) == entries


@pytest.mark.parametrize("key", ["gamma", "alp", "Words"])
def test_a_missing_section_is_an_error(data, key):
    with pytest.raises(KeyError):
        section("invented_sections.txt", key)


def test_region_nouns_are_a_section_of_the_place_heads():
    region = section("place_heads.txt", "region")
    assert set(region) <= set(ordered("place_heads.txt"))
    assert REGION_NOUNS == {w.lower() for w in region}
    assert {"kabupaten", "desa"} <= REGION_NOUNS and not {"jalan", "hotel", "gedung"} & REGION_NOUNS
