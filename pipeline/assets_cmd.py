"""The ``fetch-assets`` command (see :mod:`pipeline.assets`)."""
from __future__ import annotations

import argparse
import sys

from .assets import AssetError, fetch_all


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("prefix", nargs="?", default="", help="only assets whose path starts with this (e.g. ner/)")


def run(args: argparse.Namespace) -> int:
    try:
        paths = fetch_all(args.prefix)
    except AssetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0
