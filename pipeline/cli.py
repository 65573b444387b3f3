"""``python -m pipeline COMMAND``: the command-line interface.

Each command lives in its own module with ``add_arguments(parser)`` and
``run(args) -> int``; this file only lists them.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "extract": ("pipeline.batch", "extract records from .txt/.jsonl/.csv/.html files or folders"),
    "evaluate": ("pipeline.evaluate", "score predicted records against gold records (records-v1)"),
    "sentences": ("pipeline.sentences_cmd", "split raw text from standard input, one sentence per line"),
    "fetch-assets": ("pipeline.assets_cmd", "fetch the public data sets of the asset manifest"),
    "dataset": ("pipeline.dataset", "merge the records of many documents into tables of persons, positions, "
                                    "organisations and quotes"),
    "report": ("pipeline.report", "one static HTML report of a dataset folder"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline",
                                     description="Extract people, roles, organisations, places, dates and quotes "
                                                 "from Indonesian press text.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        mod = importlib.import_module(module)
        mod.add_arguments(command)
        command.set_defaults(_module=mod)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args._module.run(args)


if __name__ == "__main__":
    sys.exit(main())
