"""The ``dataset`` command: tables across documents, deterministic to the byte."""
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.benchmarks import merges as merge_benchmark
from pipeline.dataset import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent

DOCS = [
    ("a-bps", "2025-05-01",
     'Kepala Badan Pusat Statistik (BPS) Dr. Hartini Wulandari, M.Si. mengatakan inflasi terkendali. '
     '"Harga beras stabil," kata Hartini.'),
    ("b-bps", "2025-06-10",
     "Kepala BPS Hartini Wulandari menyebut ekspor naik. Retno Wulandari dari Dinas Pertanian hadir."),
    ("c-tani", "2025-07-01",
     'Kepala Dinas Pertanian Retno Wulandari meninjau sawah. "Kami siap," ujar Retno. Tersangka berinisial AP ditahan.'),
    ("d-kpk", "2025-07-02", "Tersangka berinisial AP ditahan KPK."),
]
PEOPLE = {  # doc -> [(name, mentions, [(title, org, evidence)])]
    "a-bps": [("Hartini Wulandari", ["Hartini Wulandari", "Hartini"],
               [("Kepala", "Badan Pusat Statistik", "Kepala Badan Pusat Statistik (BPS) Dr. Hartini Wulandari")])],
    "b-bps": [("Hartini Wulandari", ["Hartini Wulandari"], [("Kepala", "BPS", "Kepala BPS Hartini Wulandari")]),
              ("Retno Wulandari", ["Retno Wulandari"], [])],
    "c-tani": [("Retno Wulandari", ["Retno Wulandari"],
                [("Kepala", "Dinas Pertanian", "Kepala Dinas Pertanian Retno Wulandari")]),
               ("Retno", ["Retno"], []), ("AP", ["AP"], [])],
    "d-kpk": [("AP", ["AP"], [])],
}
ORGS = {"a-bps": [("Badan Pusat Statistik", ["BPS"])], "b-bps": [("BPS", []), ("Dinas Pertanian", [])],
        "c-tani": [("Dinas Pertanian", [])], "d-kpk": [("KPK", [])]}
QUOTES = {"a-bps": [("Harga beras stabil", "Hartini", "kata")], "c-tani": [("Kami siap", "Retno", "ujar")]}


def _span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


def record(doc_id: str, published: str, text: str) -> dict:
    """A records-v1 line with offsets, as ``extract`` writes it."""
    people = [{"name": name, "mentions": [_span(text, m) for m in mentions],
               "roles": [{"title": t, "org": o, **{k: v for k, v in _span(text, ev).items() if k != "text"}}
                         for t, o, ev in roles]} for name, mentions, roles in PEOPLE[doc_id]]
    orgs = [{"name": n, "aliases": a, "mentions": [_span(text, n)]} for n, a in ORGS[doc_id]]
    quotes = [{**_span(text, q), "speaker": s, "kind": "direct", "cue": c} for q, s, c in QUOTES.get(doc_id, [])]
    dates = []
    return {"id": doc_id, "published": published, "published_source": "input", "people": people,
            "organizations": orgs, "locations": [], "location_mentions": [], "dates": dates, "quotes": quotes}


@pytest.fixture()
def extracted(tmp_path: Path) -> tuple[Path, Path]:
    """An ``extract``-like output folder and the input texts it came from."""
    out, inputs = tmp_path / "extracted", tmp_path / "inputs"
    out.mkdir()
    inputs.mkdir()
    with (out / "records.jsonl").open("w", encoding="utf-8") as handle:
        for doc_id, published, text in DOCS:
            handle.write(json.dumps(record(doc_id, published, text), ensure_ascii=False) + "\n")
            (inputs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return out, inputs


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_regeneration_is_byte_identical(extracted, tmp_path):
    out, inputs = extracted
    assert cli.main(["dataset", str(out), "--out", str(tmp_path / "one"), "--inputs", str(inputs)]) == 0
    assert cli.main(["dataset", str(out), "--out", str(tmp_path / "two"), "--inputs", str(inputs)]) == 0
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert one == two
    assert set(one) == {f"{n}.{ext}" for n in SCHEMAS for ext in ("csv", "parquet")} | {"README.md"}


def test_input_order_does_not_change_the_files(extracted, tmp_path):
    out, inputs = extracted
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    reversed_out = tmp_path / "reversed"
    reversed_out.mkdir()
    (reversed_out / "records.jsonl").write_text("".join(reversed(lines)), encoding="utf-8")
    assert cli.main(["dataset", str(out), "--out", str(tmp_path / "one"), "--inputs", str(inputs)]) == 0
    assert cli.main(["dataset", str(reversed_out), "--out", str(tmp_path / "two"), "--inputs", str(inputs)]) == 0
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def _rows(folder: Path, name: str) -> list[dict]:
    return pq.read_table(folder / f"{name}.parquet").to_pylist()


@pytest.fixture()
def dataset(extracted, tmp_path) -> Path:
    out, inputs = extracted
    assert cli.main(["dataset", str(out), "--out", str(tmp_path / "ds"), "--inputs", str(inputs)]) == 0
    return tmp_path / "ds"


def test_from_extract_to_dataset_twice(extracted, tmp_path):
    """The real way: ``extract`` on raw texts, then ``dataset`` twice gives the same bytes."""
    _, inputs = extracted
    cli.main(["extract", str(inputs), "--out", str(tmp_path / "out"), "--no-progress"])
    for name in ("one", "two"):
        assert cli.main(["dataset", str(tmp_path / "out"), "--out", str(tmp_path / name), "--inputs", str(inputs)]) == 0
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert len(_rows(tmp_path / "one", "texts")) == len(DOCS)


def test_schema_and_data_dictionary(dataset):
    readme = (dataset / "README.md").read_text(encoding="utf-8")
    for name, (_, columns) in SCHEMAS.items():
        table = pq.read_table(dataset / f"{name}.parquet")
        assert table.column_names == [c for c, _, _ in columns]
        assert table.schema.metadata is None or b"pandas" not in table.schema.metadata
        header = (dataset / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(c for c, _, _ in columns)
        assert f"## {name}" in readme
        assert all(f"| `{c}` |" in readme for c, _, _ in columns)


def test_persons_merged_conservatively(dataset):
    persons = {p["canonical_name"]: p for p in _rows(dataset, "persons")}
    hartini = persons["Hartini Wulandari"]
    assert hartini["documents"] == ["a-bps", "b-bps"]
    assert (hartini["first_seen"], hartini["last_seen"]) == ("2025-05-01", "2025-06-10")
    retno = persons["Retno Wulandari"]  # "Retno" of c-tani is hers; Hartini, sharing the surname, is not
    assert retno["documents"] == ["b-bps", "c-tani"] and retno["person_id"] != hartini["person_id"]
    initials = [p for p in _rows(dataset, "persons") if p["canonical_name"] == "AP"]
    assert len(initials) == 2  # the same initials in two documents are two people
    log = _rows(dataset, "merge_log")
    assert any(e["rule"] == "same-name" and e["decision"] == "merged" for e in log)


@pytest.mark.parametrize("org_a, org_b, merged", [
    ("Badan Pusat Statistik", "BPS", True),   # one organisation once the organisations are merged
    ("Badan Pusat Statistik", "Badan Pusat Statistik", True),
    ("Badan Pusat Statistik", "Dinas Pertanian", False),  # a shared given name and two organisations
    (None, None, False),  # a shared given name alone
])
def test_given_name_across_documents_needs_a_shared_organisation(org_a, org_b, merged):
    from pipeline.dataset import build

    def rec(doc_id: str, name: str, org) -> dict:
        roles = [{"title": "Kepala", "org": org}] if org else []
        return {"id": doc_id, "people": [{"name": name, "roles": roles, "mentions": []}],
                "organizations": [{"name": org, "aliases": [], "mentions": []}] if org else []}

    tables = build([rec("e1", "Galih Rakasiwi Raharja", org_a), rec("e2", "Galih", org_b)], {})
    ids = {p["canonical_name"]: p["person_id"] for p in tables["persons"]}
    assert (len(ids) == 1) is merged, ids


def test_positions_organisations_and_quotes(dataset):
    orgs = {o["canonical_name"]: o for o in _rows(dataset, "organizations")}
    bps = orgs["Badan Pusat Statistik"]
    assert bps["aliases"] == ["BPS"] and bps["acronym"] == "BPS" and bps["n_documents"] == 2
    assert orgs["Komisi Pemberantasan Korupsi"]["aliases"] == ["KPK"]
    positions = [p for p in _rows(dataset, "positions") if p["person_name"] == "Hartini Wulandari"]
    assert len(positions) == 1  # "Badan Pusat Statistik" and "BPS" are one organisation
    position = positions[0]
    assert position["organization_id"] == bps["organization_id"]
    assert (position["first_seen"], position["last_seen"]) == ("2025-05-01", "2025-06-10")
    text = dict((d, t) for d, _, t in DOCS)
    for evidence in position["evidence"]:
        doc_id, span = evidence.split(":")
        start, end = map(int, span.split("-"))
        assert "Hartini Wulandari" in text[doc_id][start:end]
    quotes = {q["text"]: q for q in _rows(dataset, "quotes")}
    persons = {p["person_id"]: p["canonical_name"] for p in _rows(dataset, "persons")}
    assert persons[quotes["Kami siap"]["speaker_id"]] == "Retno Wulandari"
    assert quotes["Harga beras stabil"]["date"] == "2025-05-01"


def test_texts_and_mentions_point_into_the_text(dataset):
    texts = {t["doc_id"]: t["text"] for t in _rows(dataset, "texts")}
    assert texts == {d: t for d, _, t in DOCS}
    mentions = _rows(dataset, "mentions")
    assert {m["label"] for m in mentions} == {"PERSON", "ORG", "QUOTE"}
    assert all(texts[m["doc_id"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    documents = {d["doc_id"]: d for d in _rows(dataset, "documents")}
    assert documents["a-bps"]["source"].endswith("a-bps.txt") and documents["a-bps"]["n_chars"] == len(DOCS[0][2])


def test_text_that_does_not_fit_the_offsets_is_left_out(extracted, tmp_path):
    out, inputs = extracted
    (inputs / "a-bps.txt").write_text("Teks lain sama sekali.", encoding="utf-8")
    assert cli.main(["dataset", str(out), "--out", str(tmp_path / "ds"), "--inputs", str(inputs)]) == 1
    assert "a-bps" not in {t["doc_id"] for t in _rows(tmp_path / "ds", "texts")}


@pytest.mark.parametrize("text, fits", [
    ("Kepala Dinas Budi\nSantoso hadir.", True),  # a hard-wrapped name: its mention reads the flat view
    ("Kepala Dinas Budi Santoso hadir.", True),
    ("Kepala Dinas Budi Santosa hadir.", False),  # another text
])
def test_offsets_of_a_wrapped_name_fit_its_text(text, fits):
    from pipeline.dataset import _offsets_agree

    record = {"id": "x", "people": [{"name": "Budi Santoso", "mentions": [{"text": "Budi Santoso", "start": 13,
                                                                           "end": 25}]}]}
    assert _offsets_agree(record, text) is fits


@pytest.mark.parametrize("bad", ["missing-folder", "not-json", "not-utf8"])
def test_bad_inputs_are_reported(tmp_path, capsys, bad):
    path = tmp_path / "x"
    if bad != "missing-folder":
        path.mkdir()
        (path / "records.jsonl").write_bytes(b"{oops\n" if bad == "not-json" else b'{"id": "\xff"}\n')
    assert cli.main(["dataset", str(path), "--out", str(tmp_path / "ds")]) == 1
    assert "error: no records read" in capsys.readouterr().err


def test_person_merges_on_the_gold_corpus_are_precise():
    """The merge rules on the gold people of corpus/ (and ../shared/dev when present) against merges.gold.tsv."""
    gold_list = ROOT / "corpus" / "merges.gold.tsv"
    sources = [p for p in (ROOT / "corpus" / "gold.jsonl", ROOT.parent / "shared" / "dev" / "detik-dev.gold.jsonl")
               if p.is_file()]
    if not gold_list.is_file() or not sources:
        pytest.skip("corpus/merges.gold.tsv or the gold records are not there")
    result = merge_benchmark.score(merge_benchmark.predicted(sources), merge_benchmark.read_gold(gold_list))
    assert result["all"]["precision"] is None or result["all"]["precision"] >= 0.98, result["false_merges"]


@pytest.mark.parametrize("source", [7, float("nan"), ["a"]])
def test_a_source_that_is_not_text_is_named_not_a_crash(tmp_path, capsys, source):
    path = tmp_path / "records.jsonl"
    doc_id, published, text = DOCS[0]
    path.write_text(json.dumps({**record(doc_id, published, text), "source": source}) + "\n", encoding="utf-8")
    assert cli.main(["dataset", str(path), "--out", str(tmp_path / "ds")]) == 1
    assert "its 'source' is" in capsys.readouterr().err
    assert pq.read_table(tmp_path / "ds" / "documents.parquet").column("source").to_pylist() == [None]
