"""PFSA-ID ROLE/AFFILIATION -> records-v1 roles on an invented inline sample (``pipeline.benchmarks.roles``)."""
from __future__ import annotations

import pytest

from pipeline.benchmarks import pfsa, roles

DATELINE = "JAKARTA\tO\n,\tO\nKOMPAS\tO\n—\tO\n"


def _rows(*tagged: str) -> str:
    return DATELINE + "".join(f"{w}\t{t}\n" for line in tagged for w, t in (x.rsplit("/", 1) for x in line.split()))


SAMPLE = _rows(
    # ROLE AFFILIATION PERSON
    "Kepala/B-ROLE Dinas/B-AFFILIATION Sosial/I-AFFILIATION Sukamaju/L-AFFILIATION Rudi/B-PERSON Hartono/L-PERSON "
    "hadir/O ./O",
    # PERSON , ROLE AFFILIATION
    "Wulan/B-PERSON Kartika/L-PERSON ,/O pengajar/U-ROLE Universitas/B-AFFILIATION Sukamaju/I-AFFILIATION "
    "(/I-AFFILIATION Unsuka/I-AFFILIATION )/L-AFFILIATION ,/O menilai/O ./O",
    # a ROLE far from any PERSON: no role
    "Jabatan/O Ketua/U-ROLE masih/O kosong/O ,/O kata/O Dedi/B-PERSON Firmansyah/L-PERSON ./O",
)


def test_roles_next_to_a_person():
    doc = next(pfsa.read_bilou(SAMPLE.splitlines(keepends=True)))
    gold = roles.pfsa_role_gold(doc, "pfsa-x")
    found = {p["name"]: [(r["title"], r["org"]) for r in p["roles"]] for p in gold["people"]}
    assert found == {"Rudi Hartono": [("Kepala", "Dinas Sosial Sukamaju")],
                     "Wulan Kartika": [("pengajar", "Universitas Sukamaju (Unsuka)")]}
    at = gold["people"][0]["roles"][0]["person_at"]
    assert gold["text"][at[0]:at[1]] == "Rudi Hartono"


@pytest.mark.parametrize("org,forms", [
    ("Majelis Ulama Indonesia (MUI) Kota Palembang",
     ["Majelis Ulama Indonesia Kota Palembang", "Majelis Ulama Indonesia", "MUI Kota Palembang"]),
    ("Universitas Sukamaju (Unsuka)", ["Universitas Sukamaju", "Universitas Sukamaju", "Unsuka"]),
    ("Dinas Sosial Sukamaju", []),
])
def test_bracket_forms(org, forms):
    assert roles._bracket_forms(org) == forms
