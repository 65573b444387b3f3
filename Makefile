# Every step is a named target; `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
export PIPELINE_ASSET_MIRROR ?= $(abspath $(SHARED))/assets
export PIPELINE_SHARED ?= $(abspath $(SHARED))
OUT := outputs

.DEFAULT_GOAL := help
.PHONY: help install run test fuzz hostile evaluate evaluate-tune evaluate-sealed corpus-split corpus-check lint fetch-assets train-ner train-ner-student train-ner-finetune eval-ner train-tokenizer eval-sentences eval-dates eval-quotes eval-roles eval-layouts eval-mentions bench dataset report merges clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0 -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

install: $(VENV)/.installed ## create .venv with every dependency pinned (torch 2.13.0 CPU)

run: install ## extract the bundled sample corpus into outputs/corpus
	$(PY) -m pipeline extract corpus/press --out $(OUT)/corpus --overwrite

test: install ## run the test suite
	$(PY) -m pytest -q

FUZZ_SECONDS ?= 600
fuzz: install ## Hypothesis over the readers and the pipeline for FUZZ_SECONDS (600); crashes and hangs in outputs/fuzz.md
	$(PY) tests/fuzz_inputs.py --seconds $(FUZZ_SECONDS)

hostile: install ## hostile and careless inputs beside good documents, under two hash seeds (outputs/hostile.md)
	$(PY) -m pipeline.benchmarks.hostile

# Scoring extracts run without the per-document time budget (--doc-timeout 0): on a loaded machine a document over
# its budget has no records, and a score must not depend on the machine's load.
EVAL_EXTRACT = --no-progress --doc-timeout 0

evaluate: install ## score corpus/, the seed and ../shared/dev against their gold
	$(PY) -m pipeline extract corpus/press --out $(OUT)/corpus --overwrite $(EVAL_EXTRACT)
	$(PY) -m pipeline evaluate --gold corpus/gold.jsonl --pred $(OUT)/corpus/records.jsonl --errors $(OUT)/corpus/errors-eval.csv
	$(PY) -m pipeline extract $(SHARED)/examples/seed-press-release.txt --out $(OUT)/seed --overwrite $(EVAL_EXTRACT)
	$(PY) -m pipeline evaluate --gold $(SHARED)/examples/seed.gold.jsonl --pred $(OUT)/seed/records.jsonl
	$(PY) -m pipeline extract $(SHARED)/dev/detik-dev.gold.jsonl --out $(OUT)/dev --overwrite $(EVAL_EXTRACT)
	$(PY) -m pipeline evaluate --gold $(SHARED)/dev/detik-dev.gold.jsonl --pred $(OUT)/dev/records.jsonl --errors $(OUT)/dev/errors-eval.csv

evaluate-tune: install ## score corpus/tune.gold.jsonl (the tune half of the new gold; per-item errors in outputs/tune)
	$(PY) -m pipeline extract corpus/tune.gold.jsonl --out $(OUT)/tune --overwrite $(EVAL_EXTRACT)
	$(PY) -m pipeline evaluate --gold corpus/tune.gold.jsonl --pred $(OUT)/tune/records.jsonl --errors $(OUT)/tune/errors-eval.csv

evaluate-sealed: install ## aggregate table of corpus/sealed.gold.jsonl only: predictions go to a temporary folder, no per-item output
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) -m pipeline extract corpus/sealed.gold.jsonl --out "$$tmp/out" $(EVAL_EXTRACT) >/dev/null 2>&1; \
	echo "errors.jsonl lines (errors and warnings, count only): $$(cat "$$tmp/out/errors.jsonl" 2>/dev/null | wc -l)" >&2; \
	$(PY) -m pipeline evaluate --gold corpus/sealed.gold.jsonl --pred "$$tmp/out/records.jsonl"

# the training gold held out of every fine-tune since session 13 (corpus/README "Training gold"): an unseen check
CHECK_GOLD := corpus/train/t11.gold.jsonl corpus/train/t12.gold.jsonl corpus/train/t13.gold.jsonl corpus/train/t14.gold.jsonl
evaluate-check: install ## aggregate table of the held-out training gold t11-t14 (check117) only, no per-item output
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cat $(CHECK_GOLD) > "$$tmp/check.jsonl" && \
	$(PY) -m pipeline extract "$$tmp/check.jsonl" --out "$$tmp/out" $(EVAL_EXTRACT) >/dev/null 2>&1; \
	$(PY) -m pipeline evaluate --gold "$$tmp/check.jsonl" --pred "$$tmp/out/records.jsonl"

AGREEMENT := corpus/agreement/annotator-iaa.jsonl
evaluate-agreement: install ## agreement of the blind second annotation (corpus/agreement) with the tune gold of the same documents
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) -m pipeline.goldcorpus subset corpus/tune.gold.jsonl --ids-from $(AGREEMENT) > "$$tmp/gold.jsonl" && \
	$(PY) -m pipeline evaluate --gold "$$tmp/gold.jsonl" --pred $(AGREEMENT)

corpus-split: install ## file corpus/incoming/*.jsonl into corpus/tune and corpus/sealed by the hash of each id
	$(PY) -m pipeline.goldcorpus split corpus/incoming/*.jsonl --out corpus

corpus-check: install ## annotation slips in the gold files (texts not in the document, unknown speakers, bad values)
	$(PY) -m pipeline.goldcorpus check corpus/gold.jsonl $(wildcard corpus/tune.gold.jsonl corpus/sealed.gold.jsonl corpus/train/*.gold.jsonl)

lint: install ## ruff over the package and the tests
	$(VENV)/bin/ruff check pipeline tests

fetch-assets: install ## fetch every asset of assets.tsv into data/assets (from PIPELINE_ASSET_MIRROR here)
	$(PY) -m pipeline fetch-assets

train-ner: install ## train models/ner-id from the NER assets and rule-tagged silver news, then score it
	$(PY) -m pipeline.training.ner silver
	$(PY) -m pipeline.training.ner convert
	$(PY) -m pipeline.training.ner train
	$(PY) -m pipeline.training.ner evaluate

# the student of models/ner-id (pipeline/training/distil.py, ner-student.cfg): teacher-labelled IndoSum dev 01-04 and NER
# training text -> a narrow tok2vec; its agreement with the teacher on held-out articles, then its scores on the NER sets
STUDENT_DATA ?= data/ner/student
STUDENT_RUN ?= student
train-ner-student: install ## distil models/ner-id into a faster student under $(STUDENT_DATA)/runs/$(STUDENT_RUN) (not installed)
	$(PY) -m pipeline.training.ner distil --out $(STUDENT_DATA)
	$(PY) -m pipeline.training.ner train --config pipeline/training/ner-student.cfg --data $(STUDENT_DATA) --run $(STUDENT_RUN) --no-install paths.vectors=models/ner-id
	$(PY) -m pipeline.training.ner agree --model $(STUDENT_DATA)/runs/$(STUDENT_RUN)/model-best --data $(STUDENT_DATA)
	$(PY) -m pipeline.training.ner evaluate --model $(STUDENT_DATA)/runs/$(STUDENT_RUN)/model-best --data $(STUDENT_DATA)

# the eighth pass of models/ner-id (model card): the shipped model fine-tuned on the hand gold of corpus/train projected
# onto its text (pipeline/training/goldspans.py), its own labels on IndoSum dev 01-04 as rehearsal; not installed
FT_DATA ?= data/ner-ft
FT_RUN ?= ft
FT_TRAIN ?= training.optimizer.learn_rate=0.0002 training.max_steps=1500
# the model fine-tuned from (teacher of the rehearsal and the starting weights); the shipped model of session 12 was
# made from the models/ner-id of commit 6ddf88d (git worktree add /tmp/base 6ddf88d; FT_BASE=/tmp/base/models/ner-id)
FT_BASE ?= models/ner-id
# recipe variants of the tenth pass (model card): FT_GOLD the gold files (default: corpus/train without the held-out
# CHECK_GOLD; the tenth pass named t1-t10 and t15-t18), FT_MODE o|cautious,
# FT_TEACHER the rehearsal's teacher (a second round: the fine-tuned model), FT_MIX finetune-data options
# (--gold-repeat N, --rehearsal-share F, --no-joined-dev), FT_FLAGS train options (--keep-steps: every checkpoint)
FT_GOLD ?= $(filter-out $(CHECK_GOLD),$(sort $(wildcard corpus/train/t*.gold.jsonl)))
FT_MODE ?= o
FT_TEACHER ?= $(FT_BASE)
FT_MIX ?=
FT_FLAGS ?=
train-ner-finetune: install ## fine-tune models/ner-id on corpus/train gold + rehearsal under $(FT_DATA)/runs/$(FT_RUN) (not installed)
	$(PY) -m pipeline.training.ner convert
	$(PY) -m pipeline.training.ner gold $(FT_GOLD) --out $(FT_DATA) --mode $(FT_MODE)
	$(PY) -m pipeline.training.ner rehearsal --teacher $(FT_TEACHER) --out $(FT_DATA)/rehearsal.spacy
	$(PY) -m pipeline.training.ner finetune-data --data $(FT_DATA) $(FT_MIX)
	$(PY) -m pipeline.training.ner train --data $(FT_DATA) --init-from $(FT_BASE) --run $(FT_RUN) --no-install $(FT_FLAGS) $(FT_TRAIN)
	$(PY) -m pipeline.training.ner evaluate --model $(FT_DATA)/runs/$(FT_RUN)/model-best --no-speed

eval-ner: install ## entity P/R/F1 of models/ner-id on idner-news-2k and NERGrit test
	$(PY) -m pipeline.training.ner evaluate

dataset: install ## tables across the documents of corpus/ into outputs/dataset (Parquet, CSV, README)
	$(PY) -m pipeline extract corpus/press --out $(OUT)/corpus --overwrite --no-progress
	$(PY) -m pipeline dataset $(OUT)/corpus --out $(OUT)/dataset --inputs corpus/press

report: dataset ## outputs/report.html from outputs/dataset
	$(PY) -m pipeline report $(OUT)/dataset --out $(OUT)/report.html

merges: install ## person-merge precision/recall on corpus/, its tune split and ../shared/dev against corpus/merges.gold.tsv
	$(PY) -m pipeline extract corpus/press corpus/tune.gold.jsonl $(SHARED)/dev/detik-dev.gold.jsonl --out $(OUT)/merge-in --overwrite $(EVAL_EXTRACT)
	$(PY) -m pipeline dataset $(OUT)/merge-in --out $(OUT)/merge-dataset --inputs corpus/press corpus/tune.gold.jsonl $(SHARED)/dev/detik-dev.gold.jsonl
	$(PY) -m pipeline.benchmarks.merges $(OUT)/merge-dataset

eval-dates: install ## dates on dev and corpus, and the comparison with dateparser (outputs/dates-benchmark.md)
	$(PY) -m pipeline.benchmarks.dates

eval-quotes: install ## quote detection and speaker accuracy on PFSA-ID dev-40 (outputs/pfsa-benchmark.md)
	$(PY) -m pipeline.benchmarks.pfsa

eval-roles: install ## roles on PFSA-ID dev-40 (recall, role-org accuracy, misses) and apposition shapes on IndoSum 01-04 (outputs/roles-benchmark.md, roles-shapes.md)
	$(PY) -m pipeline.benchmarks.roles

eval-layouts: install ## records of corpus/ and dev re-laid out (wrap 60/72/80, sentence lines, CRLF, PDF, DOCX) (outputs/layouts-benchmark.md)
	$(PY) -m pipeline.benchmarks.layouts

MENTIONS_ARGS ?=
eval-mentions: install ## held-out type check: the default pipeline on idner-news-2k and NERGrit test, names per type and type confusions (outputs/mentions-benchmark.md); MENTIONS_ARGS=--sample 40 for a quick run
	$(PY) -m pipeline.benchmarks.mentions $(MENTIONS_ARGS)

train-tokenizer: install ## train models/stanza-id (stanza tokenizer) from UD GSD-2017 + CSUI, then score it
	$(PY) -m pipeline.training.tokenizer prepare
	$(PY) -m pipeline.training.tokenizer train
	$(PY) -m pipeline.training.tokenizer evaluate

eval-sentences: install ## sentence F1 on UD GSD/CSUI/PUD test and the press set, words/s (outputs/sentences-benchmark.md)
	$(PY) -m pipeline.benchmarks.sentences

bench: install ## `extract` itself (start-up, steady state, 1 and 2 workers), each stage, peers, long documents on detik 2025 (outputs/bench.md); BENCH_ARGS=--quick for a short run
	$(PY) -m pipeline.benchmarks.bench $(BENCH_ARGS)

clean: ## remove generated outputs (keeps .venv, models and data)
	rm -rf $(OUT)/corpus $(OUT)/seed $(OUT)/dev $(OUT)/dataset $(OUT)/report.html $(OUT)/merge-in $(OUT)/merge-dataset
