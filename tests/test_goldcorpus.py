import json

import pytest

from pipeline.evaluate import InputError
from pipeline.goldcorpus import indosum_text, main, problems, split, split_of

TEXT = ("Jakarta, Senin (12/5/2025) - Kepala Dinas Contoh, Budi Santoso, meninjau Pasar Baru. "
        "\"Harga stabil,\" kata Budi. Dinas Pangan Kota Contoh (DPKC) memantau sejak Januari 2025.")


def _doc(**fields):
    doc = {"id": "x", "published": "2025-05-12", "text": TEXT, "people": [], "organizations": [],
           "locations": [], "dates": [], "quotes": []}
    doc.update(fields)
    return doc


@pytest.mark.parametrize("doc_id, expected", [
    ("a", "sealed"), ("b", "sealed"), ("c", "tune"), ("d", "tune"),
    ("fiksi-polisi-x", "sealed"), ("indosum-1494440391", "sealed"),
])
def test_split_is_a_function_of_the_id(doc_id, expected):
    assert split_of(doc_id) == expected


def test_split_is_about_half_and_half():
    sealed = sum(split_of(f"doc-{i}") == "sealed" for i in range(1000))
    assert 450 < sealed < 550


@pytest.mark.parametrize("fields, slip", [
    ({}, None),
    ({"people": [{"name": "Budi Santoso", "roles": [{"title": "Kepala", "org": "Dinas Contoh"}]}]}, None),
    ({"people": [{"name": "Budi Santosa", "roles": []}]}, "a word of the name"),
    ({"people": [{"name": "Budi Santoso", "roles": [{"title": "Direktur", "org": None}]}]}, "title 'Direktur'"),
    ({"organizations": [{"name": "Dinas Pangan Kota Contoh", "aliases": ["DPKC"]}]}, None),
    ({"organizations": [{"name": "Dinas Pangan Kota Contoh", "aliases": ["DPK"]}]}, "alias 'DPK'"),
    ({"locations": ["Pasar Baru", "Jakarta"]}, None),
    ({"locations": ["Pasar Lama"]}, "location 'Pasar Lama'"),
    ({"dates": [{"text": "Januari 2025", "value": "2025-01"}]}, None),
    ({"dates": [{"text": "Januari 2025", "value": "2025/01"}]}, "is not YYYY"),
    ({"dates": [{"text": "Februari 2025", "value": "2025-02"}]}, "date 'Februari 2025'"),
    ({"quotes": [{"text": "Harga stabil", "speaker": None, "kind": "direct", "cue": "kata"}]}, None),
    ({"quotes": [{"text": "Harga  stabil", "speaker": None, "kind": "direct", "cue": "kata"}]}, None),
    ({"quotes": [{"text": "Harga naik", "speaker": None, "kind": "direct", "cue": "kata"}]}, "is not in the text"),
    ({"quotes": [{"text": "Harga stabil", "speaker": "Budi", "kind": "direct", "cue": "kata"}]}, "no person"),
    ({"quotes": [{"text": "Harga stabil", "speaker": None, "kind": "langsung", "cue": "kata"}]}, "kind"),
    ({"published": "12/5/2025"}, "published"),
])
def test_problems(fields, slip):
    found = list(problems(_doc(**fields)))
    if slip is None:
        assert found == []
    else:
        assert any(slip in p for p in found), found


def _write(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def test_split_files_by_id_and_merges(tmp_path):
    _write(tmp_path / "in1.jsonl", [_doc(id="a"), _doc(id="c")])
    _write(tmp_path / "in2.jsonl", [_doc(id="d")])
    assert split([tmp_path / "in1.jsonl"], tmp_path) == {"tune": 1, "sealed": 1}
    assert split([tmp_path / "in2.jsonl"], tmp_path) == {"tune": 2, "sealed": 1}
    tune = [json.loads(line) for line in (tmp_path / "tune.gold.jsonl").read_text().splitlines()]
    assert [d["id"] for d in tune] == ["c", "d"] and {d["split"] for d in tune} == {"tune"}


def test_split_refuses_an_id_twice(tmp_path):
    _write(tmp_path / "in.jsonl", [_doc(id="a")])
    split([tmp_path / "in.jsonl"], tmp_path)
    with pytest.raises(InputError, match="already in the gold corpus"):
        split([tmp_path / "in.jsonl"], tmp_path)


def test_split_refuses_an_id_of_the_training_split(tmp_path):
    (tmp_path / "train").mkdir()
    _write(tmp_path / "train" / "t1.gold.jsonl", [_doc(id="a")])
    _write(tmp_path / "in.jsonl", [_doc(id="b")])
    counts = split([tmp_path / "in.jsonl"], tmp_path)
    assert sum(counts.values()) == 1 and counts[split_of("b")] == 1
    _write(tmp_path / "in2.jsonl", [_doc(id="a")])
    with pytest.raises(InputError, match="training split"):
        split([tmp_path / "in2.jsonl"], tmp_path)


def test_check_command_exit_status(tmp_path, capsys):
    _write(tmp_path / "ok.jsonl", [_doc()])
    _write(tmp_path / "bad.jsonl", [_doc(locations=["Bandung"])])
    assert main(["check", str(tmp_path / "ok.jsonl")]) == 0
    assert main(["check", str(tmp_path / "bad.jsonl")]) == 1
    assert "location 'Bandung'" in capsys.readouterr().out


@pytest.mark.parametrize("paragraphs, text", [
    ([[["Bandung", ",", "Kota", "Contoh", "-", "-", "Ia", "datang", "."]]], "Bandung, Kota Contoh - - Ia datang."),
    ([[["Dinas", "Contoh", "(", "DC", ")", "buka", ":", "50", "%", "."]]], "Dinas Contoh (DC) buka: 50%."),
    ([[['"', "Kami", "siap", ",", '"', "kata", "Budi", "."]]], '"Kami siap," kata Budi.'),
    ([[["\u201c", "Siap", "!", "\u201d", "ujarnya", "."]]], "\u201cSiap!\u201d ujarnya."),
    ([[["A", "."], ["B", "?"]], [["C", "."]]], "A. B?\n\nC."),
    ([[["A", "."]], [], [["B", "."]]], "A.\n\nB."),
    ([], ""),
])
def test_indosum_text_spaces_tokens_like_text(paragraphs, text):
    assert indosum_text(paragraphs) == text


@pytest.mark.parametrize("gold_ids, other_ids, printed", [
    (["a", "b", "c"], ["c", "a"], ["c", "a"]),
    (["a", "b"], [], []),
    (["a", "b"], ["b", "z"], None),  # z is not in the gold file: an error
])
def test_subset_command_prints_the_counterparts(tmp_path, capsys, gold_ids, other_ids, printed):
    _write(tmp_path / "gold.jsonl", [_doc(id=i) for i in gold_ids])
    _write(tmp_path / "other.jsonl", [_doc(id=i, annotator="second") for i in other_ids])
    status = main(["subset", str(tmp_path / "gold.jsonl"), "--ids-from", str(tmp_path / "other.jsonl")])
    captured = capsys.readouterr()
    if printed is None:
        assert status == 2 and "'z' is not in" in captured.err
    else:
        assert status == 0
        rows = [json.loads(line) for line in captured.out.splitlines()]
        assert [r["id"] for r in rows] == printed
        assert all("annotator" not in r for r in rows)
