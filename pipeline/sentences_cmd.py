"""The ``sentences`` command: raw text on standard input, one sentence per line out."""
from __future__ import annotations

import argparse
import sys

import spacy

from . import nlp as nlp_module
from .tokenizer import customize as customize_tokenizer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--splitter", choices=nlp_module.SPLITTERS, default="rules")


def run(args: argparse.Namespace) -> int:
    nlp = customize_tokenizer(spacy.blank("id"))
    nlp_module.add_splitter(nlp, args.splitter)
    doc = nlp(sys.stdin.read())
    for sent in doc.sents:
        text = " ".join(sent.text.split())
        if text:
            print(text)
    return 0
