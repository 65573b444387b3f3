"""The project's stanza tokenizer and sentence splitter for Indonesian.

``python -m pipeline.training.tokenizer prepare``   UD CoNLL-U -> stanza's text/label files in ``data/tokenizer/``
``python -m pipeline.training.tokenizer train``     stanza tokenizer training -> ``models/stanza-id/id/tokenize/default.pt``
``python -m pipeline.training.tokenizer evaluate``  sentence F1 of the shipped model -> ``outputs/stanza-id-eval.md``

``--recipe gsd-dev`` (all three steps) also trains on four fifths of UD Indonesian GSD dev (the
current sentence conventions) and keeps the other fifth (every fifth sentence) as stanza's dev
set; its files go to ``data/tokenizer/gsd-dev/``. ``--model-dir`` installs (``train``) or scores
(``evaluate``) a model elsewhere than ``models/stanza-id``.

Training data (read through ``pipeline.assets.fetch``): UD Indonesian GSD train as of 2017
(CC BY-NC-SA 3.0: the model is for non-commercial use) and UD Indonesian CSUI train
(CC BY-SA 4.0); dev: UD Indonesian GSD dev. Sentences whose text also occurs in a dev or
test set are dropped. Multi-word tokens are kept as single tokens (the 2017 GSD release has
none, so the two sources agree): the model splits tokens and sentences, it does not expand
``-nya``. One thread; training stops after 9,000 steps, 4,000 steps without a better dev
score, or 25 minutes, whichever comes first, and the best dev checkpoint is installed.
"""
# ruff: noqa: E402  (threads are limited before numpy and torch are imported)
from __future__ import annotations

import os

from ..threads import limit_threads

limit_threads()  # before numpy and torch are imported; inherited by worker processes

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data" / "tokenizer"
MODEL_DIR = ROOT / "models" / "stanza-id"
MODEL_FILE = MODEL_DIR / "id" / "tokenize" / "default.pt"
SHORTHAND = "id_project"
SEED = 1234
STEPS = 9000
EVAL_STEPS = 500
BUDGET_MINUTES = 25.0

TRAIN = ("ud/gsd/id_gsd-ud-train-v2.0-2017.conllu", "ud/csui/id_csui-ud-train.conllu")
DEV = "ud/gsd/id_gsd-ud-dev.conllu"
RECIPES = ("base", "gsd-dev")
DEV_EVERY = 5  # recipe gsd-dev: every fifth GSD dev sentence is stanza's dev set, the rest is trained on
HELD_OUT = (
    "ud/gsd/id_gsd-ud-dev.conllu",
    "ud/gsd/id_gsd-ud-test.conllu",
    "ud/csui/id_csui-ud-test.conllu",
    "ud/pud/id_pud-ud-test.conllu",
)


def read_conllu(path: Path) -> Iterator[list[str]]:
    """Yield each sentence of a CoNLL-U file as its lines (comments included)."""
    block: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip():
                block.append(line)
            elif block:
                yield block
                block = []
    if block:
        yield block


def sentence_text(block: list[str]) -> str:
    """The ``# text`` of a sentence block, or an empty string."""
    for line in block:
        if line.startswith("# text ="):
            return line.split("=", 1)[1].strip()
    return ""


def merge_mwts(block: list[str]) -> list[str]:
    """Replace each multi-word token range by one plain token with the surface form."""
    out: list[str] = []
    skip_to = 0
    index = 0
    for line in block:
        if line.startswith("#"):
            if not line.startswith("# newdoc") and not line.startswith("# newpar"):
                out.append(line)
            continue
        cols = line.split("\t")
        if "." in cols[0]:  # empty nodes
            continue
        if "-" in cols[0]:
            skip_to = int(cols[0].split("-")[1])
            index += 1
            out.append("\t".join([str(index), cols[1], cols[1], "X", "_", "_", "0" if index == 1 else "1",
                                  "root" if index == 1 else "dep", "_", cols[9]]))
            continue
        if int(cols[0]) <= skip_to:
            continue
        index += 1
        head = "0" if index == 1 else "1"
        out.append("\t".join([str(index), cols[1], cols[2], cols[3], "_", "_", head,
                              "root" if index == 1 else "dep", "_", cols[9]]))
    return out


def write_conllu(blocks: Iterable[list[str]], path: Path) -> int:
    """Write the sentence blocks to ``path``; return how many."""
    n = 0
    with path.open("w", encoding="utf-8") as handle:
        for block in blocks:
            handle.write("\n".join(block) + "\n\n")
            n += 1
    return n


def data_dir(recipe: str = "base") -> Path:
    """Where a recipe's prepared files and checkpoints live."""
    return DATA_DIR if recipe == "base" else DATA_DIR / recipe


def prepare(recipe: str = "base") -> None:
    """Write train/dev CoNLL-U, plain text, character labels and MWT json for stanza."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    from ..assets import fetch

    directory = data_dir(recipe)
    directory.mkdir(parents=True, exist_ok=True)
    held_out = {sentence_text(b) for key in HELD_OUT for b in read_conllu(fetch(key))}
    train_blocks, dropped = [], 0
    for key in TRAIN:
        for block in read_conllu(fetch(key)):
            if sentence_text(block) in held_out:
                dropped += 1
                continue
            train_blocks.append(merge_mwts(block))
    dev_blocks = [merge_mwts(b) for b in read_conllu(fetch(DEV))]
    if recipe == "gsd-dev":
        train_blocks += [b for i, b in enumerate(dev_blocks) if i % DEV_EVERY != DEV_EVERY - 1]
        dev_blocks = [b for i, b in enumerate(dev_blocks) if i % DEV_EVERY == DEV_EVERY - 1]
    for split, blocks in (("train", train_blocks), ("dev", dev_blocks)):
        conllu = directory / f"{SHORTHAND}.{split}.gold.conllu"
        n = write_conllu(blocks, conllu)
        txt = directory / f"{SHORTHAND}.{split}.txt"
        conllu_to_text.main([str(conllu), str(txt)])
        prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(directory / f"{SHORTHAND}-ud-{split}.toklabels"),
                                     "-m", str(directory / f"{SHORTHAND}-ud-{split}-mwt.json")])
        print(f"{split}: {n} sentences -> {txt.relative_to(ROOT)}")
    print(f"dropped {dropped} training sentences that occur in a dev or test set")


def train(steps: int = STEPS, minutes: float = BUDGET_MINUTES, recipe: str = "base",
          model_dir: Path = MODEL_DIR) -> None:
    """Train the stanza tokenizer on one thread, stopping after ``minutes`` at the latest.

    stanza saves the checkpoint with the best dev score as it goes; when the time budget
    runs out the run is stopped and that checkpoint is installed.
    """
    directory = data_dir(recipe)
    save_dir = directory / "saved"
    save_dir.mkdir(parents=True, exist_ok=True)
    args = [
        "--mode", "train", "--lang", "id", "--shorthand", SHORTHAND,
        "--txt_file", str(directory / f"{SHORTHAND}.train.txt"),
        "--label_file", str(directory / f"{SHORTHAND}-ud-train.toklabels"),
        "--mwt_json_file", str(directory / f"{SHORTHAND}-ud-train-mwt.json"),
        "--dev_txt_file", str(directory / f"{SHORTHAND}.dev.txt"),
        "--dev_label_file", str(directory / f"{SHORTHAND}-ud-dev.toklabels"),
        "--dev_conll_gold", str(directory / f"{SHORTHAND}.dev.gold.conllu"),
        "--conll_file", str(directory / "dev.pred.conllu"),
        "--steps", str(steps), "--eval_steps", str(EVAL_STEPS), "--max_steps_before_stop", "4000",
        "--save_dir", str(save_dir), "--save_name", "id_tokenizer.pt", "--seed", str(SEED),
        "--report_steps", "100",
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    code = "import sys, torch; torch.set_num_threads(1); from stanza.models import tokenizer; tokenizer.main(sys.argv[1:])"
    started = time.time()
    process = subprocess.Popen([sys.executable, "-c", code, *args], env=env)
    stopped_on_budget = False
    try:
        process.wait(timeout=minutes * 60)
    except subprocess.TimeoutExpired:
        process.terminate()
        process.wait()
        stopped_on_budget = True
    if process.returncode not in (0, None) and not stopped_on_budget:
        raise SystemExit(f"stanza training failed with exit code {process.returncode}")
    install(time.time() - started, steps, stopped_on_budget, recipe, model_dir)


def install(seconds: float, steps: int, stopped_on_budget: bool, recipe: str = "base",
            model_dir: Path = MODEL_DIR) -> None:
    """Copy the best checkpoint to ``model_dir`` with a ``resources.json`` and a training note."""
    best = data_dir(recipe) / "saved" / "id_tokenizer.pt"
    if not best.exists():
        raise SystemExit(f"no checkpoint at {best}")
    model_file = model_dir / "id" / "tokenize" / "default.pt"
    model_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(best, model_file)
    resources = model_dir / "resources.json"
    if not resources.exists():
        resources.write_text("{}\n", encoding="utf-8")
    train_sets, dev_set = list(TRAIN), DEV
    if recipe == "gsd-dev":
        train_sets.append(f"{DEV} (all but every {DEV_EVERY}th sentence)")
        dev_set = f"{DEV} (every {DEV_EVERY}th sentence)"
    (model_dir / "training.json").write_text(json.dumps({
        "recipe": recipe, "max_steps": steps, "eval_steps": EVAL_STEPS, "seed": SEED, "threads": 1,
        "seconds": round(seconds), "stopped_on_time_budget": stopped_on_budget,
        "train": train_sets, "dev": dev_set,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"trained for {seconds:.0f} s -> {model_file}")


def evaluate(model_dir: Path = MODEL_DIR) -> None:
    """Sentence F1 of a model (the shipped one by default) on the UD test sets (see pipeline.benchmarks.sentences)."""
    from ..benchmarks import sentences

    splitter = "stanza" if model_dir == MODEL_DIR else f"stanza:{model_dir}"
    sentences.main(["--splitters", splitter, "--out", str(ROOT / "outputs" / "stanza-id-eval.md")])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.training.tokenizer", description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("prepare", "train", "evaluate"))
    parser.add_argument("--steps", type=int, default=STEPS, help="maximum training steps")
    parser.add_argument("--minutes", type=float, default=BUDGET_MINUTES, help="wall-clock budget for training")
    parser.add_argument("--recipe", choices=RECIPES, default="base",
                        help="training data: base (GSD 2017 train + CSUI train) or gsd-dev (plus 4/5 of GSD dev)")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR, help="where train installs / evaluate reads")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        prepare(args.recipe)
    elif args.step == "train":
        train(args.steps, args.minutes, args.recipe, args.model_dir.resolve())
    else:
        evaluate(args.model_dir.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
