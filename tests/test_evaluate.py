"""Tests for the records-v1 scorer (`pipeline.evaluate`)."""

from __future__ import annotations

import argparse
import copy
import json
import os
from pathlib import Path

import pytest

from pipeline import evaluate as ev

SHARED = Path(os.environ.get("PIPELINE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
SEED_GOLD = SHARED / "examples" / "seed.gold.jsonl"
DEV_GOLD = SHARED / "dev" / "detik-dev.gold.jsonl"


def doc(doc_id="d", **fields):
    return {"id": doc_id, **fields}


def counts(result, field):
    return result[field]["tp"], result[field]["fp"], result[field]["fn"]


# --- normalisers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("  “Halo,”  kata  dia. ", 'halo," kata dia'),
        ("‘Tes’", "tes"),
        ("„Ya“ «Tidak»", 'ya" "tidak'),
        ("ＩＯＭ Ｉｎｄｏｎｅｓｉａ", "iom indonesia"),
        ("Straße", "strasse"),
        ("—Jakarta—", "jakarta"),
        ("– Surabaya –", "surabaya"),
        ("a\u00a0\t\nb", "a b"),
        ("(IOM)", "iom"),
        ("[Kemlu];", "kemlu"),
        ("Rp1,5 triliun", "rp1,5 triliun"),
        ("Kemenko Kumham Imipas", "kemenko kumham imipas"),
        ("Kata dia…", "kata dia"),  # NFKC turns the ellipsis into dots, then stripped
        ("!?", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_text(text, expected):
    assert ev.normalize_text(text) == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Budi Gunarso Salim", "budi gunarso salim"),
        ("Prof. Dr. Ir. Budi Santoso, M.Si., Ph.D.", "budi santoso"),
        ("Budi Santoso S.H. M.H.", "budi santoso"),
        ("Budi Santoso S.H., M.H.", "budi santoso"),
        ("Dr. Budi", "budi"),
        ("Pak Jowar", "jowar"),
        ("Bu Ratih", "ratih"),
        ("Ibu Sri Rahayu Indraswari", "sri rahayu indraswari"),
        ("Hj. Siti Nurhaliza", "siti nurhaliza"),
        ("AKBP Budi Hartono", "budi hartono"),
        ("Kombes Pol. Ade Ary Syam Indradi", "ade ary syam indradi"),
        ("Irjen Pol Drs. H. Ahmad Luthfi, S.H., S.St.M.K.", "ahmad luthfi"),
        ("KH Ma'mun Amir", "ma'mun amir"),
        ("Ahmad M.Si", "ahmad"),
        ("Ahmad Ph.D", "ahmad"),
        ("Budi Sp.PD", "budi"),
        ("Budi S.Kom., M.T.", "budi"),
        ("Budi A.", "budi a"),  # the final dot is trimmed first: no dot, no degree
        ("“Dr. Budi Santoso”", "budi santoso"),
        # negative cases
        ("Bapak", "bapak"),
        ("Dr.", "dr"),
        ("Ibu Dr.", "dr"),  # the honorific goes first, then one word is left
        ("Budi Sm", "budi sm"),  # no dot: not a degree
        ("Budi Jr.", "budi jr"),
        ("Mr. Smith", "mr. smith"),
        ("H.Budi", "h.budi"),
        ("Dr.Budi", "dr.budi"),
        ("Brigjen TNI Budi", "tni budi"),
        ("Dokter Budi", "dokter budi"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_name(name, expected):
    assert ev.normalize_name(name) == expected


@pytest.mark.parametrize(
    "place,expected",
    [
        ("Provinsi Jawa Timur", "jawa timur"),
        ("Prov. DKI Jakarta", "dki jakarta"),
        ("Kab. Bogor", "bogor"),
        ("Kabupaten Bogor", "bogor"),
        ("Kota Bandung", "bandung"),
        ("Kec. Menteng", "menteng"),
        ("Kel Menteng", "menteng"),
        ("Desa Sukamaju", "sukamaju"),
        ("Kabupaten Kota Baru", "baru"),  # the rule repeats while two words are left
        ("Hotel Novotel Tangerang", "hotel novotel tangerang"),
        # negative cases
        ("Kota", "kota"),
        ("Kec. Kota", "kota"),
        ("Kotamobagu", "kotamobagu"),
        ("Jakarta Kota", "jakarta kota"),
        ("Jatim", "jatim"),
    ],
)
def test_normalize_place(place, expected):
    assert ev.normalize_place(place) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“Migrasi,” ujar", ["migrasi", "ujar"]),
        ("Rp1,5 triliun", ["rp1", "5", "triliun"]),
        ("snake_case-word", ["snake_case", "word"]),
        ("Émile Zola", ["émile", "zola"]),
        ("antar-kementerian/lembaga", ["antar", "kementerian", "lembaga"]),
        ("...", []),
        ("", []),
    ],
)
def test_words(text, expected):
    assert ev.words(text) == expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("a b c", "a b c", 1.0),
        ("A, b.", "a b", 1.0),
        ("a a b", "a b", 0.8),  # multiset: common 2, sizes 3 and 2
        ("a a", "a a", 1.0),
        ("Kepala Misi", "Kepala Misi IOM Indonesia", 2 * 2 / 6),
        ("x", "y", 0.0),
        ("", "a", 0.0),
        ("", "", 0.0),
    ],
)
def test_word_f1(a, b, expected):
    assert ev.word_f1(a, b) == pytest.approx(expected)
    assert ev.word_f1(b, a) == pytest.approx(expected)


# --- scoring, field by field ---------------------------------------------------------


def test_people_normalised_and_one_to_one():
    gold = [doc(people=[{"name": "Budi Santoso", "roles": []}, {"name": "Siti Aminah", "roles": []}])]
    pred = [doc(people=[{"name": "Dr. Budi Santoso, M.Si."}, {"name": "budi santoso"}, {"name": "Ani"}])]
    assert counts(ev.score(gold, pred), "people") == (1, 2, 1)


ROLE_GOLD_ORGS = [
    {"name": "International Organization for Migration", "aliases": ["IOM"]},
    {"name": "IOM Indonesia", "aliases": []},
]


@pytest.mark.parametrize(
    "pred_person,pred_role,gold_role,expected_counts,expected_org",
    [
        # title alone matches
        ("Jeffrey Labovitz", ("Kepala Misi", "IOM Indonesia"), ("Kepala Misi", "IOM Indonesia"), (1, 0, 0), (1, 1.0)),
        # title alone 0.67, title+org 1.0; org null counts wrong
        (
            "Jeffrey Labovitz",
            ("Kepala Misi IOM Indonesia", None),
            ("Kepala Misi", "IOM Indonesia"),
            (1, 0, 0),
            (1, 0.0),
        ),
        # title 0.67, title+org 6/7
        ("Jeffrey Labovitz", ("Kepala", "IOM Indonesia"), ("Kepala Misi", "IOM Indonesia"), (1, 0, 0), (1, 1.0)),
        # org by the other name of the gold organisation record
        (
            "Jeffrey Labovitz",
            ("Kepala", "International Organization for Migration"),
            ("Kepala", "IOM"),
            (1, 0, 0),
            (1, 1.0),
        ),
        ("Jeffrey Labovitz", ("Kepala", "Kemlu"), ("Kepala", "IOM"), (1, 0, 0), (1, 0.0)),
        # gold org in no record: the string alone
        ("Budi", ("Kapolda", "polda metro jaya."), ("Kapolda", "Polda Metro Jaya"), (1, 0, 0), (1, 1.0)),
        ("Budi", ("Kapolda", "Polda Metro"), ("Kapolda", "Polda Metro Jaya"), (1, 0, 0), (1, 0.0)),
        # gold org null: not in role_org_accuracy
        ("Budi", ("Menteri", "Kemlu"), ("Menteri", None), (1, 0, 0), (0, 0.0)),
        # negative: other person, low F1
        ("Labovitz", ("Kepala Misi", "IOM Indonesia"), ("Kepala Misi", "IOM Indonesia"), (0, 1, 1), (0, 0.0)),
        ("Jeffrey Labovitz", ("Direktur", "IOM Indonesia"), ("Kepala Misi", "IOM Indonesia"), (0, 1, 1), (0, 0.0)),
    ],
)
def test_roles(pred_person, pred_role, gold_role, expected_counts, expected_org):
    gold_person = pred_person if pred_person != "Labovitz" else "Jeffrey Labovitz"
    gold = [
        doc(
            people=[{"name": gold_person, "roles": [{"title": gold_role[0], "org": gold_role[1]}]}],
            organizations=ROLE_GOLD_ORGS,
        )
    ]
    pred = [doc(people=[{"name": pred_person, "roles": [{"title": pred_role[0], "org": pred_role[1]}]}])]
    result = ev.score(gold, pred)
    assert counts(result, "roles") == expected_counts
    assert (result["role_org_accuracy"]["n"], result["role_org_accuracy"]["accuracy"]) == expected_org


@pytest.mark.parametrize(
    "pred_order,expected",
    [((0, 1), (1, 1, 1)), ((1, 0), (2, 0, 0))],
)
def test_organizations_greedy_order(pred_order, expected):
    gold = [
        doc(
            organizations=[
                {"name": "Kementerian Luar Negeri", "aliases": ["Kemlu"]},
                {"name": "Kemlu RI", "aliases": []},
            ]
        )
    ]
    preds = [{"name": "Kemlu RI", "aliases": ["Kemlu"]}, {"name": "kementerian luar negeri", "aliases": []}]
    pred = [doc(organizations=[preds[i] for i in pred_order])]
    assert counts(ev.score(gold, pred), "organizations") == expected


def test_aliases_are_sets_of_pairs():
    gold = [
        doc(
            organizations=[
                {"name": "Kementerian Luar Negeri", "aliases": ["Kemlu"]},
                {"name": "International Organization for Migration", "aliases": ["IOM"]},
            ]
        )
    ]
    pred = [
        doc(
            organizations=[
                {"name": "KEMENTERIAN LUAR NEGERI", "aliases": ["Kemlu.", "KLN", "Kemlu"]},
                {"name": "IOM", "aliases": []},
            ]
        )
    ]
    assert counts(ev.score(gold, pred), "aliases") == (1, 1, 1)


def test_locations():
    gold = [doc(locations=["Provinsi Jawa Timur", "Jatim", "Kota Surabaya"])]
    pred = [doc(locations=["Jawa Timur", "Surabaya", "Surabaya", "Jakarta"])]
    assert counts(ev.score(gold, pred), "locations") == (2, 2, 1)


def test_dates_dedup_containment_and_values():
    gold = [
        doc(
            dates=[
                {"text": "Senin (26/5)", "value": "2025-05-26"},
                {"text": "senin (26/5).", "value": "2025-05-26"},  # same after normalisation
                {"text": "2025", "value": "2025"},
                {"text": "26 Mei 2025", "value": "2025-05-26"},
            ]
        )
    ]
    pred = [
        doc(
            dates=[
                {"text": "26/5", "value": "2025-05-26"},
                {"text": "26/5", "value": "2025-05-26"},  # duplicate: dropped, not a false positive
                {"text": "Senin", "value": "2025-05-26"},  # contained, but its gold is taken
                {"text": "tahun 2025", "value": "2025"},
                {"text": "27 Mei", "value": "2025-05-27"},
                {"text": "26 Mei 2025", "value": "2025-05"},  # same text, other value
            ]
        )
    ]
    result = ev.score(gold, pred)
    assert counts(result, "dates") == (2, 3, 1)
    assert counts(result, "date_values") == (2, 2, 0)


QUOTE_GOLD = [
    {"text": "Kami akan terus berkoordinasi dengan semua pihak", "speaker": "Budi Santoso"},
    {"text": "Harga beras naik tajam bulan ini", "speaker": None},
    {"text": "Tidak ada korban jiwa dalam kejadian itu", "speaker": "Siti"},
    {"text": "Kami menolak rencana itu", "speaker": None},
]


def test_quotes_and_speakers():
    pred = [
        {"text": "“Kami akan terus berkoordinasi,”", "speaker": "Pak Budi Santoso, S.H."},  # F1 8/11, right
        {"text": "Harga beras naik tajam bulan ini", "speaker": None},  # both null: right
        {"text": "Tidak ada korban jiwa dalam kejadian itu", "speaker": None},  # one null: wrong
        {"text": "Kami menolak rencana itu", "speaker": "Budi"},  # one null: wrong
        {"text": "Sesuatu yang lain sama sekali", "speaker": "Budi"},  # no match
    ]
    result = ev.score([doc(quotes=QUOTE_GOLD)], [doc(quotes=pred)])
    assert counts(result, "quotes") == (4, 1, 0)
    assert counts(result, "quotes+speaker") == (2, 3, 2)
    assert result["speaker_accuracy"] == {"n": 4, "accuracy": 0.5}


@pytest.mark.parametrize(
    "pred_order,expected",
    [((0, 1), (1, 1, 1)), ((1, 0), (2, 0, 0))],
)
def test_quotes_greedy_order(pred_order, expected):
    gold = [doc(quotes=[{"text": "a b c d", "speaker": None}, {"text": "a b e f", "speaker": None}])]
    preds = [
        {"text": "a b c d e f", "speaker": None},  # F1 0.8 with both: takes the first free
        {"text": "c d", "speaker": None},  # matches only the first
    ]
    pred = [doc(quotes=[preds[i] for i in pred_order])]
    assert counts(ev.score(gold, pred), "quotes") == expected


def test_quotes_speaker_matching_is_separate():
    gold = [doc(quotes=[{"text": "a b c d", "speaker": "Ani"}, {"text": "a b c e", "speaker": "Budi"}])]
    pred = [doc(quotes=[{"text": "a b c d", "speaker": "Budi"}])]
    result = ev.score(gold, pred)
    assert counts(result, "quotes") == (1, 0, 1)
    assert counts(result, "quotes+speaker") == (1, 0, 1)  # pairs with the second gold quote
    assert result["speaker_accuracy"] == {"n": 1, "accuracy": 0.0}


def test_missing_and_extra_documents():
    gold = [
        doc(
            "g",
            people=[{"name": "Ani", "roles": [{"title": "Ketua", "org": None}]}],
            locations=["Bogor"],
            quotes=[{"text": "x", "speaker": None}],
        )
    ]
    pred = [doc("other", people=[{"name": "Ani"}])]
    with pytest.warns(ev.UnscoredDocumentWarning, match="other"):
        result = ev.score(gold, pred)
    assert counts(result, "people") == (0, 0, 1)
    assert counts(result, "roles") == (0, 0, 1)
    assert counts(result, "locations") == (0, 0, 1)
    assert counts(result, "quotes") == (0, 0, 1)
    assert result["speaker_accuracy"] == {"n": 0, "accuracy": 0.0}


def test_micro_average_over_documents():
    gold = [doc("a", locations=["Bogor"]), doc("b", locations=["Depok", "Bekasi"])]
    pred = [doc("a", locations=["Bogor", "Bandung"]), doc("b", locations=["Depok"])]
    loc = ev.score(gold, pred)["locations"]
    assert (loc["tp"], loc["fp"], loc["fn"]) == (2, 1, 1)
    assert loc["precision"] == pytest.approx(2 / 3)
    assert loc["recall"] == pytest.approx(2 / 3)
    assert loc["f1"] == pytest.approx(2 / 3)


def test_shape_and_undefined_metrics():
    result = ev.score([], [])
    assert list(result) == list(ev.FIELDS) + list(ev.ACCURACIES)
    for field in ev.FIELDS:
        assert result[field] == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    for field in ev.ACCURACIES:
        assert result[field] == {"n": 0, "accuracy": 0.0}


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError, match="duplicate"):
        ev.score([doc("a"), doc("a")], [])


def test_document_errors():
    gold = [doc(locations=["Bogor", "Depok"], quotes=[{"text": "a b", "speaker": "Ani"}])]
    pred = [doc(locations=["Bogor", "Bandung"], quotes=[{"text": "a b", "speaker": "Budi"}])]
    rows = ev.document_errors(gold, pred)
    assert {"id": "d", "field": "locations", "error": "fp", "pred": "Bandung", "gold": ""} in rows
    assert {"id": "d", "field": "locations", "error": "fn", "pred": "", "gold": "Depok"} in rows
    assert [r["error"] for r in rows if r["field"] == "speaker_accuracy"] == ["wrong_speaker"]
    assert ev.document_errors(gold, gold) == []


# --- real gold files -----------------------------------------------------------------


def read_gold(path):
    if not path.exists():
        pytest.skip(f"{path} not available")
    return ev.read_jsonl(path)


@pytest.mark.parametrize("path", [SEED_GOLD, DEV_GOLD], ids=["seed", "dev"])
def test_gold_against_itself(path):
    gold = read_gold(path)
    result = ev.score(gold, gold)
    for field in ev.FIELDS:
        assert result[field]["fp"] == result[field]["fn"] == 0, field
        assert result[field]["f1"] == 1.0, field
    for field in ev.ACCURACIES:
        assert result[field]["accuracy"] == 1.0, field


def _drop_jeffrey(d):
    d["people"] = [p for p in d["people"] if p["name"] != "Jeffrey Labovitz"]


def _null_first_speaker(d):
    d["quotes"][0]["speaker"] = None


def _alias_as_org(d):
    for p in d["people"]:
        for r in p["roles"]:
            if r["org"] == "Kemenko Kumham Imipas":
                r["org"] = "Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan"


SEED_TOTALS = {
    "people": 3,
    "roles": 3,
    "organizations": 14,
    "aliases": 2,
    "locations": 3,
    "dates": 3,
    "date_values": 2,
    "quotes": 2,
    "quotes+speaker": 2,
}


@pytest.mark.parametrize(
    "change,changed_counts,accuracies",
    [
        (
            _drop_jeffrey,
            {"people": (2, 0, 1), "roles": (2, 0, 1)},
            {"speaker_accuracy": (2, 1.0), "role_org_accuracy": (2, 1.0)},
        ),
        (
            _null_first_speaker,
            {"quotes+speaker": (1, 1, 1)},
            {"speaker_accuracy": (2, 0.5), "role_org_accuracy": (3, 1.0)},
        ),
        (_alias_as_org, {}, {"speaker_accuracy": (2, 1.0), "role_org_accuracy": (3, 1.0)}),
    ],
    ids=["drop-person", "null-speaker", "org-by-full-name"],
)
def test_seed_gold_with_one_change(change, changed_counts, accuracies):
    gold = read_gold(SEED_GOLD)
    pred = copy.deepcopy(gold)
    change(pred[0])
    result = ev.score(gold, pred)
    for field in ev.FIELDS:
        expected = changed_counts.get(field, (SEED_TOTALS[field], 0, 0))
        assert counts(result, field) == expected, field
    for field, (n, accuracy) in accuracies.items():
        assert (result[field]["n"], result[field]["accuracy"]) == (n, accuracy), field


# --- command -------------------------------------------------------------------------


def run_command(argv):
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    return ev.run(parser.parse_args(argv))


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def test_command_json_and_errors_csv(tmp_path, capsys):
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc(locations=["Bogor", "Depok"])])
    pred = write_jsonl(tmp_path / "pred.jsonl", [doc(locations=["Bogor"]), doc("extra")])
    errors = tmp_path / "errors.csv"
    assert run_command(["--gold", gold, "--pred", pred, "--json", "--errors", str(errors)]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert list(result) == list(ev.FIELDS) + list(ev.ACCURACIES)
    assert counts(result, "locations") == (1, 0, 1)
    assert "extra" in err
    assert errors.read_text(encoding="utf-8").splitlines() == ["id,field,error,pred,gold", "d,locations,fn,,Depok"]


def test_command_table(tmp_path, capsys):
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc(locations=["Bogor"])])
    assert run_command(["--gold", gold, "--pred", gold]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["field", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert "role_org_accuracy" in out and "speaker_accuracy" in out


@pytest.mark.parametrize(
    "content,message",
    [
        ('{"id": "a"}\n{"id": x}\n', "line 2: invalid JSON"),
        ('["a"]\n', "line 1: expected a JSON object"),
        ('{"text": "no id"}\n', 'line 1: missing or non-string "id"'),
        ('{"id": "a"}\n{"id": "a"}\n', "line 2: duplicate id"),
        ('{"id": "a", "people": {}}\n', 'line 1: "people" must be a list'),
        (b'{"id": "a"}\n{"id": "\xff"}\n', "line 2: not UTF-8"),
    ],
)
def test_command_bad_file(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert run_command(["--gold", str(bad), "--pred", str(bad)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert str(bad) in err and message in err


def test_read_jsonl_takes_bom_crlf_and_line_separators(tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + '{"id": "a", "text": "x\u2028y\x85z"}\r\n\r\n{"id": "b"}'.encode("utf-8"))
    assert ev.read_jsonl(path) == [{"id": "a", "text": "x\u2028y\x85z"}, {"id": "b"}]


def test_command_missing_file(tmp_path, capsys):
    assert run_command(["--gold", str(tmp_path / "none.jsonl"), "--pred", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl: cannot read" in capsys.readouterr().err
