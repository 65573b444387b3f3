"""Tests of the NER data conversion and of the shipped model ``models/ner-id``."""
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.training.ner import (
    CONFIG,
    GAZETTEER_PIPE,
    add_gazetteer,
    gazetteer_patterns,
    init_from_config,
    make_doc,
    model_plus_rules,
    parse_repeat,
    predict_on_gold_tokens,
    spaces_for,
    train,
    uses_pretraining,
    uses_static_vectors,
)

MODEL = Path(__file__).resolve().parents[2] / "models" / "ner-id"


@pytest.mark.parametrize(
    "words, text",
    [
        (["Anis", "di", "Samarinda", ",", "Selasa", "(", "29/10", ")", "."],
         "Anis di Samarinda, Selasa (29/10)."),
        (['"', "Ini", "mudah", ",", '"', "kata", "Federer", "."], '"Ini mudah," kata Federer.'),
        (["berikut", ":", "Jakarta", ";", "Bogor", "!"], "berikut: Jakarta; Bogor!"),
        (["naik", "5", "%"], "naik 5%"),
        (["Jakarta"], "Jakarta"),
    ],
)
def test_spaces_for(words, text):
    doc = Doc(spacy.blank("id").vocab, words=words, spaces=spaces_for(words))
    assert doc.text == text


def test_make_doc_entities():
    doc = make_doc(spacy.blank("id").vocab, ["Presiden", "Joko", "Wardoyo", "di", "Jakarta", "."],
                   [(1, 3, "PER"), (4, 5, "LOC")])
    assert doc.text == "Presiden Joko Wardoyo di Jakarta."
    assert [(e.text, e.label_) for e in doc.ents] == [("Joko Wardoyo", "PER"), ("Jakarta", "LOC")]


def test_make_doc_missing_spans():
    doc = make_doc(spacy.blank("id").vocab, ["Kader", "PKX", "bertemu", "Budi", "."], [(1, 2, None), (3, 4, "PER")])
    assert [t.ent_iob_ for t in doc] == ["O", "", "O", "B", "O"]  # "": missing, nothing learnt
    assert [(e.text, e.label_) for e in doc.ents] == [("Budi", "PER")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", {}),
        ("nergrit=2", {"nergrit": 2}),
        (" idner=1, nergrit=3 ,", {"idner": 1, "nergrit": 3}),
    ],
)
def test_parse_repeat(text, expected):
    assert parse_repeat(text) == expected


@pytest.mark.parametrize("text", ["nergrit", "nergrit=x", "nergrit=1.5"])
def test_parse_repeat_refuses_bad_weights(text):
    with pytest.raises(ValueError):
        parse_repeat(text)


PRETRAINING = """
[pretraining]
component = "tok2vec"
[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = 300
n_characters = 4
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[nlp]\nlang = \"id\"\n[pretraining]\n", False),  # empty section: no pretraining
        ("[nlp]\nlang = \"id\"\n", False),
        ("[nlp]\nlang = \"id\"\n" + PRETRAINING, True),
    ],
)
def test_uses_pretraining(tmp_path, text, expected):
    path = tmp_path / "x.cfg"
    path.write_text(text, encoding="utf-8")
    assert uses_pretraining(path, {}) is expected


def test_train_refuses_weights_that_spacy_would_ignore(tmp_path):
    # without a [pretraining] section spaCy drops init_tok2vec silently
    assert not uses_pretraining(CONFIG, {})
    with pytest.raises(ValueError, match="ignored"):
        train(CONFIG, tmp_path, None, "x", {"paths.vectors": "v", "paths.init_tok2vec": "w.bin"})


def test_init_from_config_sources_weights_and_vectors(tmp_path):
    from spacy.util import load_config

    cfg = load_config(init_from_config(CONFIG, Path("/models/earlier"), tmp_path / "x.cfg"), interpolate=False)
    assert cfg["components"]["tok2vec"] == {"source": "/models/earlier"}
    assert cfg["components"]["ner"] == {"source": "/models/earlier"}
    assert cfg["initialize"]["vectors"] == "/models/earlier"
    assert load_config(CONFIG, interpolate=False)["initialize"]["vectors"] != "/models/earlier"  # the source is untouched


def test_shipped_config_settings_are_consistent():
    # the pretrained tok2vec was trained with the static vectors in its input
    if uses_pretraining(CONFIG, {}):
        assert uses_static_vectors(CONFIG, {})


GAZETTEER_FILES = {  # invented entries; the real files are Latin-1 with CRLF line ends
    "ORG": "Partai Contoh Maju\r\nPKX\r\nSanto Wirawan\r\nkoperasi kecil\r\nKlub Caf\xe9 Raya\r\n\r\n",
    "PER": "Santo Wirawan\r\nBudi\r\n",
    "LOC": "Kampung   Baru Jaya\r\n",
}


@pytest.fixture()
def gazetteer_files(tmp_path):
    files = {}
    for label, text in GAZETTEER_FILES.items():
        files[label] = tmp_path / f"{label}.txt"
        files[label].write_bytes(text.encode("latin-1"))
    return files


@pytest.mark.parametrize(
    "fewest, expected",
    [
        # ORG entries of one word and more; an entry also in another list and a lower-case one are out
        ({"ORG": 1}, {("ORG", "Klub Caf\u00e9 Raya"), ("ORG", "PKX"), ("ORG", "Partai Contoh Maju")}),
        ({"ORG": 2}, {("ORG", "Klub Caf\u00e9 Raya"), ("ORG", "Partai Contoh Maju")}),
        # places of two words and more; people not used (0); white space collapsed
        ({"ORG": 0, "LOC": 2}, {("LOC", "Kampung Baru Jaya")}),
        ({"ORG": 0}, set()),
    ],
)
def test_gazetteer_patterns(gazetteer_files, fewest, expected):
    gazetteers = {label: ("unused", fewest.get(label, 0)) for label in GAZETTEER_FILES}
    patterns = gazetteer_patterns(gazetteers, gazetteer_files)
    assert {(p["label"], p["pattern"]) for p in patterns} == expected
    assert all(p["id"] == GAZETTEER_PIPE for p in patterns)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ruler adds what the model left untagged, marked as the gazetteer's
        ("Kader PKX bertemu Budi Santoso.", [("PKX", "ORG", GAZETTEER_PIPE), ("Budi Santoso", "PER", "")]),
        # it never overwrites nor overlaps a model entity
        ("Ketua Partai Contoh Maju Raya hadir.", [("Partai Contoh Maju Raya", "ORG", "")]),
        ("Santo Wirawan dari PKX datang.", [("Santo Wirawan", "PER", ""), ("PKX", "ORG", GAZETTEER_PIPE)]),
        # case matters
        ("kader pkx datang.", []),
    ],
)
def test_add_gazetteer_fills_only_what_the_model_left(text, expected):
    nlp = spacy.blank("id")
    model = nlp.add_pipe("entity_ruler", name="ner")  # a stand-in for the trained model
    model.add_patterns([{"label": "PER", "pattern": "Budi Santoso"}, {"label": "PER", "pattern": "Santo Wirawan"},
                        {"label": "ORG", "pattern": "Partai Contoh Maju Raya"}])
    add_gazetteer(nlp, [{"label": "ORG", "pattern": "PKX", "id": GAZETTEER_PIPE},
                        {"label": "ORG", "pattern": "Partai Contoh Maju", "id": GAZETTEER_PIPE}])
    assert nlp.pipe_names == ["ner", GAZETTEER_PIPE]
    doc = nlp(text)
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == expected


PRESS = [
    ("Menteri Luar Negeri Retno Marsiwi bertemu Presiden Joko Wardoyo di Jakarta.",
     [("Retno Marsiwi", "PER"), ("Joko Wardoyo", "PER"), ("Jakarta", "LOC")]),
    ("Gubernur Jawa Timur Siti Khadijah Parawati meresmikan jembatan di Surabaya, Senin (26/5).",
     [("Siti Khadijah Parawati", "PER"), ("Surabaya", "LOC")]),
    ("Bank Indonesia menaikkan suku bunga acuan, kata Gubernur Bank Indonesia Perry Warsito.",
     [("Bank Indonesia", "ORG"), ("Perry Warsito", "PER")]),
    ("Komisi Pemberantasan Korupsi (KPK) memeriksa dua pejabat di Bandung.",
     [("Komisi Pemberantasan Korupsi", "ORG"), ("KPK", "ORG"), ("Bandung", "LOC")]),
]


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "meta.json").exists():
        pytest.skip("models/ner-id is not there")
    return spacy.load(MODEL)


def test_model_is_a_plain_indonesian_pipeline(nlp):
    assert nlp.lang == "id"
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    text = "Senin (26/5) di Jakarta."
    assert [t.text for t in nlp(text)] == [t.text for t in spacy.blank("id")(text)]


@pytest.mark.parametrize("text, expected", PRESS)
def test_model_finds_obvious_entities(nlp, text, expected):
    doc = nlp(text)
    assert doc.text == text
    found = {(e.text, e.label_) for e in doc.ents}
    assert set(expected) <= found


def test_model_plus_rules_stops_at_the_entity_rules():
    if not (MODEL / "meta.json").exists():
        pytest.skip("models/ner-id is not there")
    combined = model_plus_rules(MODEL)
    assert "ner" in combined.pipe_names
    assert combined.pipe_names[-2:] == ["institution_ruler", "person_ruler"]
    words = "Juru bicara Kemenlu Budi Santoso berbicara di Jakarta .".split()
    gold = Doc(combined.vocab, words=words, spaces=spaces_for(words))
    (doc,) = predict_on_gold_tokens(combined, [gold])
    assert [t.text for t in doc] == words  # the gold tokens are kept
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Kemenlu", "ORG"), ("Budi Santoso", "PER")} <= found
