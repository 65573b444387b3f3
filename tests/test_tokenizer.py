"""Tests for the faster Indonesian tokenizer (`pipeline.tokenizer.blank`, `pipeline.tokenizer.customize`)."""
from __future__ import annotations

import os
import pickle
import re

import pytest
import spacy

from pipeline import tokenizer


@pytest.fixture(scope="module", params=["blank", "customize"])
def pair(request):
    fast = tokenizer.blank() if request.param == "blank" else tokenizer.customize(spacy.blank("id"))
    return spacy.blank("id"), fast


def tokens(nlp, text):
    return [(t.text, t.whitespace_, t.norm_) for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala BPOM, Prof. Dr. Nurul Hidayah, M.Sc., Apt., mengatakan masing-masing produk disita.",
        "Gudang di Jl. Poros Malino No. 5, (Pdt. Budi) dan S.H., M.Si. hadir.",
        "Senin (26/5) harga naik Rp1,5 triliun; rapat-rapat digelar  dua kali.\n\nIa datang.",
        "Rapat tgl. 5 Jan. 2025 pukul 19.00 WIB, kata dr. Andi.",
        "Pasal 5 ayat (8) berlaku :) sejak Jum'at.",
        "JAKARTA, KOMPAS.com - Presiden hadir. “Kami siap,” katanya.",
    ],
)
def test_same_tokens(pair, text):
    blank, fast = pair
    assert tokens(fast, text) == tokens(blank, text)


@pytest.mark.parametrize("text,expected", [
    ("1.Andi Saputra, 2.Budi Santoso", ["1", ".", "Andi", "Saputra", ",", "2", ".", "Budi", "Santoso"]),
    ("12)Kepala Dinas", ["12", ")", "Kepala", "Dinas"]),
    ("(3.Rina)", ["(", "3", ".", "Rina", ")"]),
    # negative: decimals, times, numbers after letters, years glued to a word, lower case after the mark
    ("pukul 10.30 WIB", ["pukul", "10.30", "WIB"]),
    ("No.5 dan Rp1.500", ["No.5", "dan", "Rp", "1.500"]),
    ("tahun 2017.Dia", ["tahun", "2017.Dia"]),
    ("a.1.B 1.a", ["a.1.B", "1.a"]),
])
def test_list_numbers_glued_to_a_name_are_split(pair, text, expected):
    _, fast = pair
    doc = fast.make_doc(text)
    assert [t.text for t in doc] == expected and doc.text == text


def test_blank_builds_the_same_tokenizer_settings():
    built, converted = tokenizer.blank().tokenizer, tokenizer.customize(spacy.blank("id")).tokenizer
    assert built.rules == converted.rules
    assert built.token_match.strings == converted.token_match.strings
    assert "masing-masing" not in built.rules and "Jan." in built.rules


@pytest.mark.parametrize("text", [
    "((“Kami siap”)) kata [Andi] ...dan «Budi» 'hadir' ¿ya? +62 812, $5, #rapat, @dinas",
    "“‘Ya’” —kata— ...... (((x))) -- +5 +a",
])
def test_prefixes_are_matched_at_the_start_only(pair, text):
    blank, fast = pair
    assert fast.tokenizer.prefix_search.__name__ == "match"
    assert tokens(fast, text) == tokens(blank, text)


def test_a_prefix_regex_of_its_own_is_kept():
    import re

    own = re.compile(r"x(?=y)").search  # not anchored: search and match differ
    assert tokenizer.anchored_prefix(own, spacy.blank("id").Defaults.prefixes) is own
    assert tokenizer.anchored_prefix(None, spacy.blank("id").Defaults.prefixes) is None


def test_idempotent_and_picklable():
    nlp = tokenizer.customize(tokenizer.customize(spacy.blank("id")))
    assert len(nlp.tokenizer.rules) < 200
    restored = pickle.loads(pickle.dumps(nlp.tokenizer.token_match))
    assert restored("masing-masing") and not restored("rapat-rapat")


@pytest.mark.slow
def test_same_tokens_on_news(pair):
    """Identical tokens on the detik 2025 news asset (all but a few glued abbreviations such as `Pdt.Budi`)."""
    os.environ.setdefault("PIPELINE_ASSET_MIRROR", str(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "assets")))
    pd = pytest.importorskip("pandas")
    from pipeline.assets import AssetError, fetch

    try:
        path = fetch("news/detik-2025/data_berita.csv")
    except (AssetError, OSError):
        pytest.skip("news asset not available")
    blank, fast = pair
    texts = [str(x) for x in pd.read_csv(path).isi_berita]
    different = sum(tokens(fast, t) != tokens(blank, t) for t in texts)
    assert different <= len(texts) // 100


@pytest.mark.parametrize("text", [
    'Ia berkata "' + '"' * 20_000 + '" lalu pergi.',
    "Awal " + "-" * 20_000 + " akhir",
    "x" + "\"'" * 10_000,
    "<p>" + "<a" * 50_000,
    "Jan. 2025 " + "=" * 70 + "\nBudi",
])
def test_long_runs_are_tokenised_in_linear_time(pair, text):
    import time

    _, fast = pair
    started = time.perf_counter()
    doc = tokenizer.tokenize(fast, text)
    assert time.perf_counter() - started < 5  # 20,000 '-' alone took minutes
    assert doc.text == text and all(len(t) <= max(tokenizer.RUN_PIECE, 20) for t in doc if not t.is_alpha)
    assert len(doc) <= len(text) // 4  # a run of marks is one token per piece: the later stages work per token


@pytest.mark.parametrize("text", [
    "Budi datang.", "", "   \n\t", "=" * 63, "=" * 64, "a" + "=" * 64, "=" * 63 + " " + "=" * 63,
    "x" * 255, "x" * 256, "kata " + "x" * 300 + " lagi", "<p>" + "<a" * 40, "\u00a0".join(["-" * 40] * 3),
    "Rp" + "\u3000" + "=" * 70, "=" * 40 + "\u2028" + "=" * 40,
])
def test_long_runs_are_looked_for_only_where_they_may_be(text):
    """The split that spares the pattern's scan never misses a run it finds: both of the pattern's runs hold
    no white space (``str.split`` and ``\\s`` read the same characters as space)."""
    may = tokenizer._may_hold_long_run(text)
    assert may or tokenizer.LONG_RUN.search(text) is None
    assert may == any(len(run) >= tokenizer.LONG_RUN_MIN for run in re.split(r"\s+", text))


@pytest.mark.parametrize("text,pieces", [
    ('"' * 64, ['"' * 32] * 2),
    ("<a" * 136, ["<a" * 16] * 8 + ["<a" * 8]),
    ("=" * 70, ["=" * 32] * 2 + ["="] * 6),  # a last piece of a few marks keeps spaCy's tokens
    ("Budi," * 60, ["Budi,Budi,Budi,Budi,Budi,Budi,Bu", "di,Budi,Budi,Budi,Budi,Budi,Budi"]),  # words: spaCy's tokens
])
def test_runs_of_marks_are_one_token_per_piece(pair, text, pieces):
    _, fast = pair
    words = [t.text for t in tokenizer.tokenize(fast, "Awal " + text + " akhir") if not t.is_space]
    assert words[0] == "Awal" and words[-1] == "akhir" and words[1:len(pieces) + 1] == pieces


@pytest.mark.parametrize("text", [
    "Jakarta, Senin (26/5) - Menteri “Sri” mengatakan Jan. 2025 naik 5,2 persen :) http://contoh.id/a?b=1",
    "Garis ----- pemisah ***** dan ... selesai!!!",
])
def test_ordinary_text_same_tokens(pair, text):
    _, fast = pair
    assert [(t.text, t.whitespace_, t.norm_) for t in tokenizer.tokenize(fast, text)] == tokens(fast, text)


def test_work_grows_linearly(work_growth):
    assert work_growth("tokenizer") <= 12


def test_a_saved_default_tokenizer_is_built_directly(tmp_path):
    saved = spacy.blank("id")
    saved.to_disk(tmp_path / "model")
    assert tokenizer.saves_defaults(tmp_path / "model", "id")
    loaded = tokenizer.load_model(tmp_path / "model")
    built = tokenizer.blank().tokenizer
    assert loaded.tokenizer.rules == built.rules and loaded.tokenizer.token_match.strings == built.token_match.strings
    assert tokens(loaded, "Rapat tgl. 5 Jan. 2025, kata dr. Andi :)") == tokens(saved, "Rapat tgl. 5 Jan. 2025, kata dr. Andi :)")


def test_a_saved_tokenizer_of_its_own_is_read(tmp_path):
    from spacy.attrs import ORTH

    saved = spacy.blank("id")
    saved.tokenizer.add_special_case("Kab.Bogor", [{ORTH: "Kab."}, {ORTH: "Bogor"}])
    saved.to_disk(tmp_path / "model")
    assert not tokenizer.saves_defaults(tmp_path / "model", "id")
    loaded = tokenizer.load_model(tmp_path / "model")
    assert [t.text for t in loaded.make_doc("di Kab.Bogor")] == ["di", "Kab.", "Bogor"]
    assert isinstance(loaded.tokenizer.token_match, tokenizer.WholeTokens)
