"""Fine-tuning data (pipeline.training.finetune): sentence docs and the train/dev mix, invented sentences."""
import io
import json

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

from pipeline.training import finetune


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("id").vocab


def article(vocab, words, starts, ents):
    doc = Doc(vocab, words=words, sent_starts=[i in starts for i in range(len(words))])
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents])
    return doc


@pytest.mark.parametrize("words,starts,ents,want", [
    ("Rizal datang ke Lembang . Ia senang sekali .".split(), {0, 5}, [(0, 1, "PER"), (3, 4, "LOC")],
     [[("Rizal", "PER"), ("Lembang", "LOC")], []]),
    # a sentence of fewer than three words is left out
    ("Oke . Rizal datang ke Lembang .".split(), {0, 2}, [(2, 3, "PER")], [[("Rizal", "PER")]]),
    # an entity across a sentence boundary is dropped
    ("Ia dari Sinar . Tani menang lagi .".split(), {0, 4}, [(2, 5, "ORG")], [[], []]),
])
def test_sentence_docs(vocab, words, starts, ents, want):
    got = [[(e.text, e.label_) for e in d.ents] for d in finetune.sentence_docs(article(vocab, words, starts, ents))]
    assert got == want


def test_mix(tmp_path, vocab):
    def write(path, n):
        DocBin(docs=[Doc(vocab, words=["kata", str(k), "lagi"]) for k in range(n)]).to_disk(path)

    data, sets = tmp_path / "ft", tmp_path / "ner"
    data.mkdir()
    sets.mkdir()
    write(data / "gold-train.spacy", 4)
    write(data / "gold-dev.spacy", 2)
    write(data / "rehearsal.spacy", 10)
    write(sets / "nergrit-train.spacy", 3)
    write(sets / "dev.spacy", 5)
    report = finetune.mix(data, sets, gold_repeat=3, sets={"nergrit-train": 2}, rehearsal_share=0.5,
                          gold_dev_repeat=2, joined_dev=False)
    assert report == {"train": {"gold": 12, "rehearsal": 5, "nergrit-train": 6}, "dev": {"gold": 4}}
    assert len(DocBin().from_disk(data / "train.spacy")) == 23
    assert len(DocBin().from_disk(data / "dev.spacy")) == 4


def test_step_logger_keeps_each_evaluation(tmp_path):
    from spacy.util import registry

    name = finetune.register_step_logger()
    assert finetune.register_step_logger() == name  # registered once
    last = tmp_path / "model-last"
    last.mkdir()
    (last / "meta.json").write_text("{}", encoding="utf-8")
    log, finalize = registry.get("loggers", name)()(spacy.blank("id"), io.StringIO(), io.StringIO())
    scores = {"ents_f": 0.5, "ents_p": 0.5, "ents_r": 0.5, "ents_per_type": {}}
    for step in (0, 200):
        log({"step": step, "epoch": 0, "score": 0.5, "words": 10 * step, "losses": {"ner": 1.0},
             "other_scores": scores, "output_path": str(last), "checkpoints": [], "seconds": 1})
    log(None)  # a step without evaluation keeps nothing
    finalize()
    assert sorted(p.name for p in (tmp_path / "steps").iterdir()) == ["0", "200"]
    rows = [json.loads(line) for line in (tmp_path / "steps.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["step"] for r in rows] == [0, 200] and rows[1]["ents"]["ents_f"] == 0.5


def _ner_config(use_upper: bool = True) -> dict:
    return {"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                      "extra_state_tokens": False, "hidden_width": 8, "maxout_pieces": 2, "use_upper": use_upper,
                      "nO": None, "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "width": 8, "depth": 1,
                                              "embed_size": 50, "window_size": 1, "maxout_pieces": 2,
                                              "subword_features": False, "pretrained_vectors": None}}}


def _tiny_ner(seed: int, use_upper: bool = True):
    from spacy.training import Example
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("id")
    nlp.add_pipe("ner", config=_ner_config(use_upper))
    doc = nlp.make_doc("Rina Wulandari bekerja di Bank Sentosa")
    example = Example.from_dict(doc, {"entities": ["B-PER", "L-PER", "O", "O", "B-ORG", "L-ORG"]})
    nlp.initialize(lambda: [example])
    return nlp


def test_soup_is_the_mean_of_the_weights(tmp_path):
    paths = []
    for seed in (0, 1):
        _tiny_ner(seed).to_disk(tmp_path / str(seed))
        paths.append(tmp_path / str(seed))
    assert finetune.soup(paths, tmp_path / "soup") > 0
    models = [spacy.load(p).get_pipe("ner").model for p in (*paths, tmp_path / "soup")]
    checked = 0
    for a, b, mean in zip(*(m.walk() for m in models)):
        for param in mean.param_names:
            if mean.has_param(param):
                assert (abs(mean.get_param(param) - (a.get_param(param) + b.get_param(param)) / 2) < 1e-6).all()
                checked += 1
    assert checked > 0


def test_soup_refuses_other_architectures(tmp_path):
    _tiny_ner(0).to_disk(tmp_path / "ner")
    _tiny_ner(0, use_upper=False).to_disk(tmp_path / "other")
    with pytest.raises((ValueError, KeyError)):
        finetune.soup([tmp_path / "ner", tmp_path / "other"], tmp_path / "soup")
