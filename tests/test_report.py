"""The ``report`` command: one static HTML page, checked in headless Chromium when it is installed."""
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline import cli, report

TEXT = ('Kepala Badan Pusat Statistik Hartini Wulandari menyebut "harga beras di Jakarta stabil sejak Mei 2025," '
        "katanya.")


def _span(part: str) -> dict:
    start = TEXT.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


@pytest.fixture()
def dataset(tmp_path: Path) -> Path:
    """A dataset folder made by ``dataset`` from one record with offsets and its text."""
    quote = "harga beras di Jakarta stabil sejak Mei 2025,"
    rec = {"id": "doc-1", "published": "2025-05-02", "published_source": "input", "text": TEXT,
           "people": [{"name": "Hartini Wulandari", "mentions": [_span("Hartini Wulandari")],
                       "roles": [{"title": "Kepala", "org": "Badan Pusat Statistik", "start": 0,
                                  "end": TEXT.index(" menyebut")}]}],
           "organizations": [{"name": "Badan Pusat Statistik", "aliases": [], "mentions": [_span("Badan Pusat Statistik")]}],
           "locations": ["Jakarta"], "location_mentions": [{"name": "Jakarta", "mentions": [_span("Jakarta")]}],
           "dates": [{**_span("Mei 2025"), "value": "2025-05"}],
           "quotes": [{**_span(quote), "text": quote, "speaker": "Hartini Wulandari", "kind": "direct", "cue": "katanya"}]}
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli.main(["dataset", str(records), "--out", str(tmp_path / "ds")]) == 0
    return tmp_path / "ds"


# (mentions as (start, end, label), expected displaCy spans as (start, end, label))
SPANS = [
    ([(0, 10, "QUOTE"), (3, 5, "PERSON")], [(0, 3, "QUOTE"), (3, 5, "PERSON"), (5, 10, "QUOTE")]),
    ([(0, 8, "ORG"), (2, 4, "LOC")], [(0, 8, "ORG")]),  # overlapping entities: the longer one wins
    ([(2, 4, "LOC"), (0, 8, "ORG")], [(0, 8, "ORG")]),
    ([(0, 4, "PERSON"), (0, 4, "QUOTE")], [(0, 4, "PERSON")]),  # a quote wholly under an entity disappears
    ([(5, 50, "DATE")], []),  # out of the text
    ([(0, 7, "QUOTE"), (4, 7, "PERSON")], [(0, 3, "QUOTE"), (4, 7, "PERSON")]),  # pieces trimmed of spaces
]


@pytest.mark.parametrize("mentions,expected", SPANS)
def test_spans_for_display(mentions, expected):
    text = "abc defghij"
    rows = [{"start": s, "end": e, "label": label} for s, e, label in mentions]
    assert [(s["start"], s["end"], s["label"]) for s in report.spans_for_display(rows, text)] == expected


@pytest.mark.parametrize("items", [[("Purwaka Yudha Sadewo", 12), ("A & B <x>", 3)], []])
def test_bar_chart_is_svg(items):
    markup = report.bar_chart(items, "Quotes", "chart")
    if items:
        root = ET.fromstring(markup)
        assert root.tag.endswith("svg") and len(root.findall(".//{http://www.w3.org/2000/svg}rect")) == len(items)
    else:
        assert "No data" in markup


def test_timeline_is_svg():
    positions = [{"person_name": "A B", "title": "Kepala", "organization_name": "BPS", "n_documents": 2,
                  "first_seen": "2025-01-01", "last_seen": "2025-03-01"},
                 {"person_name": "C D", "title": "Ketua", "organization_name": None, "n_documents": 1,
                  "first_seen": None, "last_seen": None}]
    root = ET.fromstring(report.timeline(positions))
    assert "A B — Kepala (BPS)" in "".join(root.itertext()) and "C D" not in "".join(root.itertext())


def test_report_is_one_deterministic_page(dataset, tmp_path):
    for name in ("one.html", "two.html"):
        assert cli.main(["report", str(dataset), "--out", str(tmp_path / name)]) == 0
    page = (tmp_path / "one.html").read_text(encoding="utf-8")
    assert page == (tmp_path / "two.html").read_text(encoding="utf-8")
    for marker in ('id="table-persons"', 'id="table-positions"', 'id="table-organizations"', 'id="table-quotes"',
                   'id="chart-speakers"', 'id="positions-timeline"', 'id="doc-doc-1"', "Hartini Wulandari"):
        assert marker in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")


def test_report_refuses_a_folder_that_is_no_dataset(tmp_path):
    assert cli.main(["report", str(tmp_path), "--out", str(tmp_path / "r.html")]) == 2


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)")
def test_report_loads_in_headless_chromium(dataset, tmp_path):
    page = tmp_path / "report.html"
    assert cli.main(["report", str(dataset), "--out", str(page)]) == 0
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'chromium-profile'}", "--dump-dom", page.resolve().as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    dom = done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<table" in dom and 'id="table-persons"' in dom and 'id="table-positions"' in dom
    assert "Hartini Wulandari" in dom and "Badan Pusat Statistik" in dom
    assert "<svg" in dom and 'id="positions-timeline"' in dom
    assert 'class="entities"' in dom and "QUOTE" in dom and "PERSON" in dom  # the displaCy view
