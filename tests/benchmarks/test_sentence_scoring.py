"""The sentence benchmark's scoring: CoNLL 2018 joining, exact spans, the in-gold ceiling."""
import pytest

from pipeline.benchmarks.sentences import build, ceiling_spans, f1, join, predicted_spans


@pytest.fixture(scope="module")
def rules():
    return build("rules")


def test_join_gives_gold_spans_of_the_joined_text():
    text, gold = join(["Satu dua.", "Tiga empat."])
    assert text == "Satu dua. Tiga empat."
    assert gold == {(0, 9), (10, 21)}


@pytest.mark.parametrize("tp, n_pred, n_gold, expected", [
    (2, 2, 2, 100.0),
    (1, 2, 2, 50.0),
    (0, 3, 2, 0.0),
    (0, 0, 2, 0.0),   # nothing predicted
    (1, 1, 2, 66.67),
])
def test_f1(tp, n_pred, n_gold, expected):
    assert f1(tp, n_pred, n_gold) == pytest.approx(expected, abs=0.01)


def test_predicted_spans_trim_white_space(rules):
    doc = rules("Budi datang.  Ani pergi.")
    assert predicted_spans(doc) == {(0, 12), (14, 24)}


@pytest.mark.parametrize("sentences, expected", [
    # one gold unit holding two orthographic sentences: the ceiling splits inside it
    (["Budi datang ke kantor. Ani pergi ke pasar.", "Harga naik."], {(0, 22), (23, 42), (43, 54)}),
    # a gold boundary that the splitter would miss in the joined text still counts
    (["Ia pergi ke Jl", "Sudirman pagi ini."], {(0, 14), (15, 33)}),
])
def test_ceiling_runs_inside_gold_units(rules, sentences, expected):
    assert ceiling_spans(rules, sentences) == expected
