from __future__ import annotations

import pytest

from pipeline.formats.columns import input_date


@pytest.mark.parametrize("value, order, expected", [
    ("2025-10-20", "auto", "2025-10-20"),
    ("2025-10-20T08:15:00+07:00", "auto", "2025-10-20"),
    ("2025-10-20 08:15", "auto", "2025-10-20"),
    ("10/20/2025 8:15", "auto", "2025-10-20"),   # the detik CSV: month first, with a time
    ("20/10/2025", "auto", "2025-10-20"),        # a number over 12 decides
    ("10/20/2025", "auto", "2025-10-20"),
    ("3/4/2025", "auto", "2025-04-03"),          # ambiguous, no time: day first (Indonesian)
    ("3/4/2025 10:00", "auto", "2025-03-04"),    # ambiguous, with a time: month first (export)
    ("3/4/2025", "mdy", "2025-03-04"),
    ("3/4/2025 10:00", "dmy", "2025-04-03"),
    ("03.04.2025", "auto", "2025-04-03"),
    ("20 Oktober 2025", "auto", "2025-10-20"),
    ("Senin, 20 Okt 2025", "auto", "2025-10-20"),
    ("", "auto", None),
    (None, "auto", None),
])
def test_input_date(value, order, expected):
    assert input_date(value, order) == expected


@pytest.mark.parametrize("value", ["kemarin", "31/2/2025", "2025-13-01", "20 Brumaire 2025"])
def test_unreadable_dates_raise(value):
    with pytest.raises(ValueError):
        input_date(value)
