"""Fine-tuning data (pipeline.training.finetune): sentence docs and the train/dev mix, invented sentences."""
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
