from __future__ import annotations

import dataclasses

import pytest

from pipeline.annotations import (
    DateMention,
    Entity,
    EntityMention,
    Mention,
    Organization,
    Person,
    Quote,
    Role,
    asdict,
)

CASES = [
    Mention("Rini Astuti", 10, 21),
    Role("Kepala Dinas", None, 0, 21, rule="title"),
    DateMention("Senin (26/5)", "2025-05-26", 3, 15, flags=["weekday", "anchored"]),
    Quote("Kami siap", 40, 49, "direct", cue="berkata", cue_start=30, cue_end=37, speaker="Rini Astuti",
          speaker_public=True),
    Quote("", 0, 0, "indirect"),
    Entity(2, "PER", "Rini Astuti", [EntityMention("Rini", 50, 54, "short"), EntityMention("Rini Astuti", 10, 21)]),
    Person("Rini Astuti", [Mention("Rini", 50, 54)], [Role("Kepala Dinas", "DKP", 0, 21)]),
    Organization("Dinas Ketahanan Pangan", ["DKP"], []),
]


@pytest.mark.parametrize("value", CASES, ids=lambda v: type(v).__name__)
def test_asdict_is_dataclasses_asdict(value):
    plain = asdict(value)
    assert plain == dataclasses.asdict(value)
    assert list(plain) == [f.name for f in dataclasses.fields(value)]  # the fields' order: JSON written the same
    for name, item in plain.items():
        if isinstance(item, list):
            assert item is not getattr(value, name)  # a copy: changing the dict leaves the annotation as it was


def test_asdict_copies_nested_lists():
    date = DateMention("2025", "2025", 0, 4, flags=["year"])
    plain = asdict(date)
    plain["flags"].append("changed")
    assert date.flags == ["year"]
