"""PFSA-ID quotation benchmark (``python -m pipeline.benchmarks.pfsa``).

PFSA-ID (Kompas news 2020, CC BY-NC-SA 4.0, non-commercial) tags tokens with
BILOU labels; a STATEMENT span is a quotation and its speaker the PERSON that
the name after its CUE stands for (``kata Parwati`` -> ``Parwati Surjaudaja`` by
its words, ``ujar Presiden`` -> ``Joko Widodo`` by the ROLE written before that
PERSON), or, for a ``-nya`` cue (CUECOREF) or a pronoun (``kata dia``), the person
that the last PERSON or PERSONCOREF before the statement (pronouns aside) stands
for. The speaker is unknown, and the quote left out of speaker accuracy, when
that mention resolves to no PERSON of the document (``kata Kalla`` with no ``Jusuf
Kalla`` tagged) or when an untagged name speaks in between (``Karto menambahkan``
with ``Karto`` left ``O``: PFSA tags only some mentions). PFSA annotates the
statements of public figures only: the report gives the scores of all quotes
(the records-v1 output) and of the quotes whose speaker is not introduced as a
private person (``speaker_public``, :func:`pipeline.extract.quotes.speaker_is_public`).
This module converts the asset into records-v1 gold (detokenised text, one
record per document: each opens with a ``<CITY> , KOMPAS`` dateline) under
``data/pfsa/``, runs the pipeline on the texts and scores direct-quote
detection and speaker accuracy against the published figures. For measuring
only: no rule is read from it.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..threads import limit_threads

limit_threads()  # before spaCy (numpy, torch) is imported

from ..extract.quotes import NAME_PARTICLES  # noqa: E402
from ..lang import table, words  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ASSET = "quotes/pfsa-id/dev-40.txt"
OUT_DIR = ROOT / "data" / "pfsa"
REPORT = ROOT / "outputs" / "pfsa-benchmark.md"
ERRORS = ROOT / "outputs" / "pfsa-errors.csv"  # the wrong speakers of all quotes, for reading
PUBLISHED = (("baseline (Purnomo et al. 2022)", 82.0), ("BERT (Khairina et al. 2025)", 92.3))

QUOTE_TOKENS = {'"', "“", "”", "„"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "%", "…"}
NO_SPACE_AFTER = {"(", "["}
PLACE_PREPOSITIONS = frozenset("di dari ke pada kepada oleh".split())


@dataclass
class Token:
    text: str
    label: str  # BILOU tag or "O"
    sentence_start: bool = False


@dataclass
class Document:
    tokens: list[Token] = field(default_factory=list)


def read_bilou(lines: Iterable[str]) -> Iterator[Document]:
    """Documents of a PFSA-ID file: a new one starts at each ``<CITY> , KOMPAS`` dateline."""
    tokens: list[Token] = []
    new_sentence = True
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            new_sentence = True
            continue
        parts = line.split("\t")
        tokens.append(Token(parts[0], parts[1] if len(parts) > 1 and parts[1] else "O", new_sentence))
        new_sentence = False
    starts = [i for i, t in enumerate(tokens) if t.text == "KOMPAS" and i >= 2 and tokens[i - 1].text == ","]
    bounds = []
    for i in starts:
        j = i - 2  # the city: capitalised words before ", KOMPAS"
        while j > 0 and tokens[j - 1].text.isupper() and tokens[j - 1].text.isalpha() and not tokens[j].sentence_start:
            j -= 1
        bounds.append(j)
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    for a, b in zip(bounds, bounds[1:] + [len(tokens)]):
        if b > a:
            yield Document(tokens[a:b])


def detokenise(tokens: list[Token]) -> tuple[str, list[tuple[int, int]]]:
    """Text with natural spacing, and each token's character span in it.

    Quotation marks alternate between opening (no space after) and closing (no space
    before), whatever glyph Kompas used, except that a STATEMENT's first and last marks
    open and close it; sentences are joined by one space.
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    opening = True
    glue_next = False
    for k, tok in enumerate(tokens):
        t = tok.text
        is_quote = t in QUOTE_TOKENS
        if is_quote and tok.label in ("B-STATEMENT", "L-STATEMENT"):
            # a statement's own marks say which side they stand on (the source's spacing, restored)
            opening = tok.label == "B-STATEMENT"
        elif is_quote and 0 < k < len(tokens) - 1 and tokens[k - 1].text in ",.!?…" \
                and tokens[k + 1].text[:1].islower():
            opening = False  # after a comma or stop, before a lower-case cue: ``..., ” ujar X``
        space = bool(out) and not glue_next
        if t in NO_SPACE_BEFORE or (is_quote and not opening):
            space = False
        if space:
            out.append(" ")
            pos += 1
        spans.append((pos, pos + len(t)))
        out.append(t)
        pos += len(t)
        glue_next = t in NO_SPACE_AFTER or (is_quote and opening)
        if is_quote:
            opening = not opening
    return "".join(out), spans


def bilou_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) token spans of BILOU labels; a broken span is closed where it breaks."""
    spans, start, kind = [], None, None
    for i, label in enumerate(labels + ["O"]):
        prefix, _, name = label.partition("-")
        if start is not None and (prefix in ("B", "U", "O") or name != kind):
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "U") or (prefix in ("I", "L") and start is None and name):
            start, kind = i, name
        if prefix in ("L", "U") and start is not None:
            spans.append((start, i + 1, kind))
            start, kind = None, None
    return spans


def _clean_name(name: str) -> str:
    """A PERSON span as a records-v1 name: without bracketed parts (``(Purn)``, ``(Pol)``),
    the words up to its last lower-case word (``dokter gigi``; name particles aside), honorifics
    and ranks."""
    from ..extract.people import canonical_name

    name = re.sub(r"\([^()]*\)", " ", name)
    tokens = name.split()
    # the name starts after the last lower-case word that is no name particle ("Laut dokter gigi M Arifin")
    lower = [k for k, t in enumerate(tokens[:-1]) if t[:1].islower() and t.lower() not in NAME_PARTICLES]
    if lower:
        tokens = tokens[lower[-1] + 1:]
    return canonical_name(" ".join(tokens))


def _is_pronoun(mention: str) -> bool:
    """A PERSONCOREF that is a personal pronoun (``dia``, ``Ia``): it stands for the name before it."""
    return mention.strip().lower() in words("pronouns.txt")


@lru_cache(maxsize=1)
def _not_subjects() -> frozenset[str]:
    """Lower-case words that are no untagged speaker: stop words, pronouns, day names."""
    from spacy.lang.id.stop_words import STOP_WORDS

    days = {row["form"].lower() for row in table("weekdays.tsv")}
    return frozenset(STOP_WORDS) | words("pronouns.txt") | days


def _untagged_speakers(tokens: list[Token], lo: int, hi: int) -> list[str]:
    """Untagged capitalised words that are the subject of a speech verb between tokens ``lo``
    and ``hi`` (``Kepala BKPPD Kota Bekasi Karto menambahkan``, ``Karto`` left ``O``). PFSA
    tags a person only where its annotators chose to, so the last tagged name before a ``-nya``
    cue is its speaker only when no other speaker stands in between."""
    verbs = words("speech_verbs.txt")
    not_subjects = _not_subjects()
    return [tokens[i].text for i in range(lo, min(hi, len(tokens)) - 1)
            if tokens[i].label == "O" and tokens[i].text[:1].isupper() and tokens[i + 1].label == "O"
            and tokens[i + 1].text.lower() in verbs and tokens[i].text.lower() not in not_subjects
            and (i == 0 or tokens[i - 1].text.lower() not in PLACE_PREPOSITIONS)]


def _full_name(short: str, persons: list[str]) -> Optional[str]:
    """The PERSON name a mention stands for; None for a title or pronoun (``Presiden``, ``dia``)."""
    parts = set(short.split())
    longer = [p for p in persons if parts <= set(p.split()) or set(p.split()) <= parts]
    return max(longer, key=len) if longer else None


class _Coreference:
    """PERSON spans of a document and what their coreferent mentions stand for: a name's
    words (``Parwati`` -> ``Parwati Surjaudaja``) or the ROLE written before the PERSON
    (``Presiden`` -> ``Joko Widodo``, for ``Presiden Joko Widodo``)."""

    def __init__(self, spans: list[tuple[int, int, str]], span_text) -> None:
        # a PERSON label on a quoted sentence is a slip of the annotation, not a name
        self.persons = [(s, e, _clean_name(span_text(s, e))) for s, e, k in spans
                        if k == "PERSON" and e - s <= 8 and not QUOTE_TOKENS & {t for t in span_text(s, e)}]
        roles = sorted((s, e) for s, e, k in spans if k == "ROLE")
        between = {(s, e) for s, e, k in spans if k == "AFFILIATION"}
        self.roles: list[tuple[int, str, str]] = []  # (person start, role text, person name)
        for ps, _pe, name in self.persons:
            gap = ps
            for s, e in sorted(between, reverse=True):
                if e <= gap and gap - e <= 1:
                    gap = s
            role = next(((s, e) for s, e in reversed(roles) if e <= gap and gap - e <= 1), None)
            if role is not None:
                self.roles.append((ps, span_text(*role).lower(), name))

    def resolve(self, mention: str, at: int) -> Optional[str]:
        """The PERSON that a mention at token ``at`` stands for (the one named last before it)."""
        mention = _clean_name(mention)
        parts = set(mention.split())
        before = [p for p in self.persons if p[0] <= at] or self.persons
        by_words = [name for _, _, name in before if parts and (parts <= set(name.split()) or set(name.split()) <= parts)]
        if by_words:
            last = by_words[-1]
            return max((n for n in by_words if set(last.split()) <= set(n.split())), key=len)
        low = mention.lower()
        by_role = [name for s, role, name in self.roles if s <= at and low and (low == role or set(low.split()) <= set(role.split()))]
        return by_role[-1] if by_role else None


def to_gold(doc: Document, doc_id: str, untagged: bool = True) -> dict:
    """One records-v1 gold record (text, quotes with speakers, people) for a PFSA-ID document.

    The speaker of a STATEMENT is the PERSON that the name after its CUE stands for (by its
    words or by the ROLE written before the PERSON); for a ``-nya`` cue (CUECOREF), a cue
    without a name or a pronoun (``kata dia``), the person that the last PERSON or
    PERSONCOREF before the statement, pronouns aside, stands for; None when that mention
    resolves to no PERSON (``kata Kalla`` where the document never tags ``Jusuf Kalla``) or
    an untagged name speaks between it and the statement (``untagged``; without it, the
    older conversion, the last tagged name speaks).
    """
    text, offsets = detokenise(doc.tokens)
    spans = bilou_spans([t.label for t in doc.tokens])

    def span_text(s: int, e: int) -> str:
        return text[offsets[s][0]:offsets[e - 1][1]]

    coref = _Coreference(spans, span_text)
    people = list(dict.fromkeys(name for _, _, name in coref.persons))
    names = sorted((s, e, k) for s, e, k in spans if k in ("PERSON", "PERSONCOREF"))
    cues = sorted((s, e, k) for s, e, k in spans if k in ("CUE", "CUECOREF"))
    quotes = []
    for s, e, k in spans:
        if k != "STATEMENT":
            continue
        quote_text = span_text(s, e).strip().strip('"“”„').strip()
        speaker, named = None, False
        # the cue right after the statement (or right before it)
        cue = next((c for c in cues if 0 <= c[0] - e <= 3), None) or next((c for c in cues if 0 <= s - c[1] <= 3), None)
        if cue is not None:
            # the name after the cue, before the sentence ends (``kata anggota KPU Sulut, Meidy Tinangon``)
            stop = next((i for i in range(cue[1], min(cue[1] + 16, len(doc.tokens))) if doc.tokens[i].text == "."),
                        cue[1] + 16)
            near = [n for n in names if 0 <= n[0] - cue[1] and n[0] < stop] if cue[2] == "CUE" else []
            if near and not _is_pronoun(span_text(near[0][0], near[0][1])):
                speaker = coref.resolve(span_text(near[0][0], near[0][1]), near[0][0])
                named = True
            else:  # a -nya cue, no name or a pronoun (``kata dia``): who the last name before stands for
                last = [n for n in names if n[1] <= s and not _is_pronoun(span_text(n[0], n[1]))]
                if last:
                    speaker = coref.resolve(span_text(last[-1][0], last[-1][1]), last[-1][0])
                    if untagged and any(coref.resolve(w, last[-1][1]) != speaker
                                        for w in _untagged_speakers(doc.tokens, last[-1][1], s)):
                        speaker = None
        quotes.append({"text": quote_text, "speaker": speaker, "kind": "direct",
                       "cue": span_text(cue[0], cue[1]) if cue else None, "named": named})
    return {"id": doc_id, "text": text, "people": [{"name": p, "roles": []} for p in people], "organizations": [],
            "locations": [], "dates": [], "quotes": quotes}


GOLD_FILES = {True: "dev-40.gold.jsonl", False: "dev-40.old.gold.jsonl"}  # by ``untagged``


def convert(path: Path, out_dir: Path = OUT_DIR) -> dict[bool, list[dict]]:
    """Gold records of the PFSA file, with (``True``) and without (``False``) the
    untagged-speaker rule, each also written under ``out_dir`` (:data:`GOLD_FILES`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with path.open(encoding="utf-8") as handle:
        docs = list(read_bilou(handle))
    out = {}
    for untagged, name in GOLD_FILES.items():
        out[untagged] = [to_gold(doc, f"pfsa-dev-{i:03d}", untagged) for i, doc in enumerate(docs)]
        with (out_dir / name).open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in out[untagged])
    return out


def score(gold: list[dict], pred: dict[str, dict]) -> dict:
    """Direct-quote detection P/R/F1 (word F1 >= 0.5, one-to-one) and speaker accuracy
    over matched quotes whose gold speaker is known; ``errors``: the wrong speakers (id, named cue
    or not, predicted speaker, gold speaker, cue, the quote's first words), for reading."""
    from ..evaluate import QUOTE_THRESHOLD, normalize_name, word_f1

    tp = fp = fn = right = n_speaker = named_right = n_named = 0
    errors = []
    for g in gold:
        p_quotes = [q for q in (pred.get(g["id"], {}).get("quotes") or []) if q.get("kind") == "direct"]
        g_quotes = g["quotes"]
        used = set()
        for pq in p_quotes:
            hit = next((k for k, gq in enumerate(g_quotes)
                        if k not in used and word_f1(pq["text"], gq["text"]) >= QUOTE_THRESHOLD), None)
            if hit is None:
                fp += 1
                continue
            used.add(hit)
            tp += 1
            gs = g_quotes[hit]["speaker"]
            if gs:
                ok = bool(pq.get("speaker")) and normalize_name(pq["speaker"]) == normalize_name(gs)
                n_speaker += 1
                right += ok
                if not ok:
                    errors.append((g["id"], bool(g_quotes[hit].get("named")), pq.get("speaker") or "", gs,
                                   g_quotes[hit].get("cue") or "", " ".join(pq["text"].split()[:8])))
                if g_quotes[hit].get("named"):  # the cue names the speaker ("kata X"), no -nya or pronoun
                    n_named += 1
                    named_right += ok
        fn += len(g_quotes) - len(used)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f,
            "speaker_n": n_speaker, "speaker_right": right, "speaker_accuracy": right / n_speaker if n_speaker else 0.0,
            "named_n": n_named, "named_accuracy": named_right / n_named if n_named else 0.0, "errors": errors}


def public_only(pred: dict[str, dict]) -> dict[str, dict]:
    """The predictions without the quotes whose speaker is not a public figure
    (``speaker_public`` false: a person the text introduces with an age, ``Rina (42)``, or
    describes without a name, ``ujar ibu dua anak ini``); quotes whose speaker is unknown stay."""
    return {k: {**rec, "quotes": [q for q in rec.get("quotes") or [] if q.get("speaker_public") is not False]}
            for k, rec in pred.items()}


def run(asset: Optional[Path] = None) -> dict:
    from .. import nlp as pipeline_nlp
    from ..assets import fetch
    path = Path(asset) if asset else Path(fetch(ASSET))
    golds = convert(path)
    gold, old = golds[True], golds[False]
    nlp = pipeline_nlp.load()
    started = time.perf_counter()
    pred = {}
    docs = (pipeline_nlp.make_doc(nlp, g["text"], doc_id=g["id"]) for g in gold)
    for doc in pipeline_nlp.pipe(nlp, docs):
        pred[doc._.doc_id] = {"quotes": [q.to_dict() for q in doc._.quotes or []],
                              "people": [p.to_record() for p in doc._.people or []]}
    seconds = time.perf_counter() - started
    with (OUT_DIR / "dev-40.pred.jsonl").open("w", encoding="utf-8") as handle:
        for doc_id, rec in pred.items():
            handle.write(json.dumps({"id": doc_id, **rec}, ensure_ascii=False) + "\n")
    result = score(gold, pred)
    result["public"] = score(gold, public_only(pred))
    result["old"] = score(old, pred)
    result["old_public"] = score(old, public_only(pred))
    result["documents"] = len(gold)
    result["words"] = sum(len(g["text"].split()) for g in gold)
    result["seconds"] = seconds
    return result


def report(result: dict) -> str:
    def row(name: str, r: dict) -> str:
        return (f"| {name} | {100 * r['precision']:.1f} | {100 * r['recall']:.1f} | {100 * r['f1']:.1f} "
                f"| {100 * r['speaker_accuracy']:.1f} (n={r['speaker_n']}) "
                f"| {100 * r['named_accuracy']:.1f} (n={r['named_n']}) |")

    public = result["public"]
    lines = [
        "# PFSA-ID dev-40: direct quotations and speakers",
        "",
        f"{result['documents']} Kompas documents, {result['words']} words, pipeline time {result['seconds']:.1f} s. "
        "Gold converted by `python -m pipeline.benchmarks.pfsa` (STATEMENT spans; speaker = the PERSON that the "
        "name after the cue, or the last name before a -nya cue or pronoun, stands for; unknown, and left out of "
        "speaker accuracy, when that name is untagged; CC BY-NC-SA 4.0, measuring only). "
        "PFSA tags public figures' statements only.",
        "",
        "| system | quote P | quote R | quote F1 | speaker accuracy | named-cue speaker accuracy |",
        "| --- | --- | --- | --- | --- | --- |",
        row("this pipeline, all quotes (the records-v1 output)", result),
        row("this pipeline, public-figure quotes (`speaker_public` not false)", public),
        row("all quotes, old conversion (no untagged-speaker rule)", result["old"]),
        row("public-figure quotes, old conversion (no untagged-speaker rule)", result["old_public"]),
    ]
    for name, f1 in PUBLISHED:
        lines.append(f"| {name}, published | | | {f1:.1f} | | |")
    lines += ["",
              f"All quotes: tp={result['tp']} fp={result['fp']} fn={result['fn']}; quotations of private persons "
              "(residents, traders) count as false positives there. Public-figure quotes: the same output without "
              "the quotes whose speaker the text introduces with an age in brackets (`Rina (42), warga ...`) or "
              "describes after the cue without a name (`ujar ibu dua anak ini`), the press conventions for private "
              f"persons: tp={public['tp']} fp={public['fp']} fn={public['fn']}. "
              "The records-v1 output keeps every quotation. The published figures are span-level scores from "
              "their papers: compare with care (our match is word F1 >= 0.5, one-to-one). The old-conversion rows "
              "score the same output against gold without the untagged-speaker rule (the last tagged name before "
              "a -nya cue speaks even when an untagged name speaks in between): a floor that does not rest on "
              "that rule. Named-cue speaker accuracy: over the matched quotes whose cue is followed by the "
              "speaker's name (`kata X`), not a `-nya` cue or a pronoun.", ""]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.pfsa", description=__doc__.split("\n")[0])
    parser.add_argument("--asset", help="a PFSA-ID BILOU file (default: the dev-40 asset)")
    args = parser.parse_args(argv)
    result = run(args.asset)
    text = report(result)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    with ERRORS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "named", "pred", "gold", "cue", "quote"])
        writer.writerows(result["errors"])
    print(text)
    print(f"speaker errors: {ERRORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
