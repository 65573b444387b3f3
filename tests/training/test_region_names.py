"""The region-name list (``pipeline.training.region_names``) and the file it wrote."""
from __future__ import annotations

import pytest

from pipeline.lang import words
from pipeline.training.region_names import areaid_names, region_names

PROVINCES = [{"provinsi": "Jawa Kulon", "kabupaten": [
    {"kab_kota": "Kabupaten Sukarame", "kecamatan": [
        {"kec": "Cilorok", "kelurahan": [{"kelu": "Kebon Gede"}, {"kelu": "Adam"}, {"kelu": "Derup/Darup"}]}]},
    {"kab_kota": "Kota Tanjung Wetan", "kecamatan": []}]}]


def test_areaid_names_read_every_level_without_the_admin_word():
    assert list(areaid_names(PROVINCES)) == ["Sukarame", "Cilorok", "Kebon Gede", "Adam", "Derup/Darup", "Tanjung Wetan"]


def test_region_names_leave_out_person_words_and_odd_spellings():
    assert region_names(areaid_names(PROVINCES), frozenset({"adam", "tanjung"})) == ["Cilorok", "Kebon Gede", "Sukarame"]


@pytest.mark.parametrize("name,listed", [("Cibubur", True), ("Rote Ndao", True), ("Kebon Jeruk", True),
                                         ("Adam", False), ("Wisnu", False), ("Budi Santoso", False)])
def test_shipped_list(name, listed):
    assert (name in words("region_names.txt")) is listed
