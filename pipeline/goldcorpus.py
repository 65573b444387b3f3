"""The project's gold corpus: which split a document belongs to, and a check of gold files.

``python -m pipeline.goldcorpus split INCOMING.jsonl... --out corpus`` files hand-annotated
gold documents into ``corpus/tune.gold.jsonl`` and ``corpus/sealed.gold.jsonl``;
``python -m pipeline.goldcorpus check GOLD.jsonl...`` lists annotation slips (a quote, date,
place or organisation name that does not occur in the text, a speaker who is nobody of the
document, a malformed date value); ``python -m pipeline.goldcorpus subset GOLD.jsonl --ids-from
OTHER.jsonl`` prints the documents of GOLD that OTHER annotates too (a second annotation's
counterpart, for ``make evaluate-agreement``).

The split is a function of the document id alone, fixed before any pipeline output on the
new documents was produced: the SHA-256 of the UTF-8 id read as an integer, odd -> ``sealed``,
even -> ``tune``. The sealed part is scored only through ``make evaluate-sealed``, which
prints the aggregate table and keeps no per-item output. A third split, ``corpus/train/*.gold.jsonl``,
is annotated as training data for the mention model and never scored; ``split`` refuses its ids,
so a document never trains the model and scores it too.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .evaluate import InputError, normalize_name, read_jsonl

SPLITS = ("tune", "sealed")
TRAIN_GLOB = "train/*.gold.jsonl"
LIST_FIELDS = ("people", "organizations", "locations", "dates", "quotes")
_DATE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def split_of(doc_id: str) -> str:
    """``"sealed"`` or ``"tune"``, from the SHA-256 of ``doc_id`` alone."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return SPLITS[digest[-1] & 1]


def indosum_text(paragraphs: list[list[list[str]]]) -> str:
    """The text of an IndoSum article from its tokens (paragraphs of sentences of tokens).

    Natural spacing inside a sentence (``pipeline.training.ner.spaces_for``: no space before
    ``, . ) :``, none after ``(``, straight quotes alternating), sentences joined by one space,
    paragraphs by a blank line, empty paragraphs dropped. Artefacts of the tokens that spacing
    rules cannot undo (``J - Law``, the ``- -`` of ``CNN Indonesia --``, a quote on the wrong
    side) are left for a hand repair that changes no word.
    """
    from .training.ner import spaces_for

    def sentence(tokens: list[str]) -> str:
        return "".join(t + (" " if s else "") for t, s in zip(tokens, spaces_for(tokens)))

    texts = (" ".join(sentence(s) for s in p) for p in paragraphs)
    return "\n\n".join(t for t in texts if t)


def _flat(text: str) -> str:
    """``text`` with every run of white space as one space (gold texts are compared so)."""
    return " ".join(text.split())


def _valid_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = value.split("/")
    return len(parts) in (1, 2) and all(_DATE_VALUE.fullmatch(p) for p in parts)


def problems(doc: dict) -> Iterator[str]:
    """Annotation slips of one gold document, each as a readable sentence."""
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        yield "no text"
        return
    flat = _flat(text)
    for key in LIST_FIELDS:
        if not isinstance(doc.get(key, []), list):
            yield f"{key} is not a list"
            return

    def absent(s: object) -> bool:
        if not isinstance(s, str) or not s.strip():
            return True
        s = _flat(s)
        edge_l, edge_r = (r"(?<!\w)" if s[0].isalnum() else ""), (r"(?!\w)" if s[-1].isalnum() else "")
        return re.search(edge_l + re.escape(s) + edge_r, flat) is None

    names = set()
    for person in doc.get("people", []):
        name = person.get("name")
        names.add(normalize_name(name))
        lowered = flat.lower()
        if not isinstance(name, str) or any(w.lower() not in lowered for w in name.split()):
            yield f"person {name!r}: a word of the name is not in the text"
        for role in person.get("roles") or []:
            if absent(role.get("title")):
                yield f"person {name!r}: title {role.get('title')!r} is not in the text"
    orgs = set()
    for org in doc.get("organizations", []):
        orgs.add(normalize_name(org.get("name")))
        for alias in org.get("aliases") or []:
            if absent(alias):
                yield f"organization {org.get('name')!r}: alias {alias!r} is not in the text"
    for place in doc.get("locations", []):
        if absent(place):
            yield f"location {place!r} is not in the text"
    for date in doc.get("dates", []):
        if absent(date.get("text")):
            yield f"date {date.get('text')!r} is not in the text"
        if not _valid_date(date.get("value")):
            yield f"date {date.get('text')!r}: value {date.get('value')!r} is not YYYY[-MM[-DD]][/...]"
    for quote in doc.get("quotes", []):
        if absent(quote.get("text")):
            yield f"quote {str(quote.get('text'))[:40]!r}... is not in the text"
        if quote.get("kind") not in ("direct", "indirect"):
            yield f"quote {str(quote.get('text'))[:40]!r}...: kind {quote.get('kind')!r}"
        speaker = quote.get("speaker")
        if speaker is not None and normalize_name(speaker) not in names | orgs:
            yield f"quote {str(quote.get('text'))[:40]!r}...: speaker {speaker!r} is no person or organisation"
    if not _valid_date(doc.get("published")):
        yield f"published {doc.get('published')!r} is not an ISO date"


def check(paths: Iterable[str | Path]) -> int:
    """Print the slips of every document of ``paths``; the number of slips."""
    count = 0
    for path in paths:
        for doc in read_jsonl(path):
            for problem in problems(doc):
                print(f"{path}: {doc['id']}: {problem}")
                count += 1
    return count


def split(paths: Iterable[str | Path], out: str | Path) -> dict[str, int]:
    """Add the documents of ``paths`` to ``out/<split>.gold.jsonl``; documents per split.

    Existing split files are kept and merged; an id given twice, or an id of the training
    split (``out/train/*.gold.jsonl``), is an error. Each file is written sorted by id, one
    JSON object a line, through a temporary name.
    """
    out = Path(out)
    parts: dict[str, dict[str, dict]] = {}
    for name in SPLITS:
        target = out / f"{name}.gold.jsonl"
        parts[name] = {d["id"]: d for d in read_jsonl(target)} if target.exists() else {}
    trained = {d["id"] for train in sorted(out.glob(TRAIN_GLOB)) for d in read_jsonl(train)}
    for path in paths:
        for doc in read_jsonl(path):
            if any(doc["id"] in part for part in parts.values()):
                raise InputError(f"{path}: id {doc['id']!r} is already in the gold corpus")
            if doc["id"] in trained:
                raise InputError(f"{path}: id {doc['id']!r} is in the training split (corpus/train)")
            doc = dict(doc, split=split_of(doc["id"]))
            parts[doc["split"]][doc["id"]] = doc
    for name, docs in parts.items():
        target = out / f"{name}.gold.jsonl"
        tmp = target.with_name(target.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            for doc_id in sorted(docs):
                handle.write(json.dumps(docs[doc_id], ensure_ascii=False) + "\n")
        tmp.replace(target)
    return {name: len(docs) for name, docs in parts.items()}


def subset(path: str | Path, ids_from: str | Path) -> Iterator[dict]:
    """The documents of ``path`` whose ids ``ids_from`` has, in the order of ``ids_from``.

    An id of ``ids_from`` that ``path`` lacks is an error: the two annotations would not be
    of the same documents.
    """
    docs = {d["id"]: d for d in read_jsonl(path)}
    for other in read_jsonl(ids_from):
        if other["id"] not in docs:
            raise InputError(f"{ids_from}: id {other['id']!r} is not in {path}")
        yield docs[other["id"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.goldcorpus", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_split = sub.add_parser("split", help="file gold documents into corpus/tune and corpus/sealed by id")
    p_split.add_argument("inputs", nargs="+", metavar="GOLD.jsonl")
    p_split.add_argument("--out", default="corpus", metavar="DIR")
    p_check = sub.add_parser("check", help="list annotation slips of gold files")
    p_check.add_argument("inputs", nargs="+", metavar="GOLD.jsonl")
    p_subset = sub.add_parser("subset", help="print the documents of a gold file that another file annotates too")
    p_subset.add_argument("gold", metavar="GOLD.jsonl")
    p_subset.add_argument("--ids-from", required=True, metavar="OTHER.jsonl")
    args = parser.parse_args(argv)
    try:
        if args.command == "subset":
            for doc in subset(args.gold, args.ids_from):
                sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
            return 0
        if args.command == "split":
            counts = split(args.inputs, args.out)
            print(", ".join(f"{name}: {n} documents" for name, n in counts.items()))
            return 0
        return 1 if check(args.inputs) else 0
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
