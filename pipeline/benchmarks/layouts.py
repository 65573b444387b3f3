"""The same articles in other layouts: do the records stay the same?

``python -m pipeline.benchmarks.layouts [--layouts wrap72,pdf] [--data corpus,dev]`` takes the
gold documents of ``corpus/gold.jsonl`` and ``../shared/dev/detik-dev.gold.jsonl`` (skipped
when ``../shared`` is absent), rewrites every text in each layout below, extracts records and
scores them against the gold, then writes ``outputs/layouts-benchmark.md`` with one F1 per
field and layout and the largest drop from the paragraph layout.

Layouts (a paragraph is a line of the given text, read through its flat view when the gold text
is itself wrapped; blank lines stay as they are):

* ``paragraphs``: the text as given;
* ``wrap60``, ``wrap72``, ``wrap80``: every paragraph hard-wrapped at that many columns
  (words never broken), as mail and PDF-to-text tools do;
* ``sentence-lines``: one sentence per line (sentences of the rule splitter);
* ``crlf``: Windows line ends; ``wrap72-crlf``: both;
* ``pdf``, ``docx``: the text typeset as a PDF (fpdf2, A4, page numbers and a running header
  on every page) or written as a Word file (python-docx, one paragraph per paragraph, a page
  header and footer), then read back by the project's readers.
"""
from __future__ import annotations

import argparse
import json
import re
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..threads import limit_threads

limit_threads()

ROOT = Path(__file__).resolve().parents[2]
OUT_MD = ROOT / "outputs" / "layouts-benchmark.md"
LAYOUTS = ("paragraphs", "wrap60", "wrap72", "wrap80", "sentence-lines", "crlf", "wrap72-crlf", "pdf", "docx")
TOLERANCE = 0.01  # the largest drop of any field's F1 from the paragraph layout that passes
_LINE = re.compile(r"([^\n]*)(\n*)")


def data_sets(shared: Optional[Path] = None) -> dict[str, Path]:
    """The gold files measured here that exist: corpus/ (and its tune split), ``../shared/dev`` when present
    (never the sealed split)."""
    import os

    shared = shared or Path(os.environ.get("PIPELINE_SHARED", ROOT.parent / "shared"))
    found = {"corpus": ROOT / "corpus" / "gold.jsonl", "dev": shared / "dev" / "detik-dev.gold.jsonl",
             "tune": ROOT / "corpus" / "tune.gold.jsonl"}
    return {name: path for name, path in found.items() if path.exists()}


def _map_paragraphs(text: str, change: Callable[[str], str]) -> str:
    """``text`` with every non-empty line replaced by ``change(line)``, the line breaks kept."""
    return "".join(change(line) + breaks if line.strip() else line + breaks
                   for line, breaks in _LINE.findall(text))


def wrap(text: str, width: int) -> str:
    """Every paragraph (line) of ``text`` hard-wrapped at ``width`` columns."""
    return _map_paragraphs(text, lambda line: textwrap.fill(line, width, break_long_words=False,
                                                            break_on_hyphens=False))


def sentence_lines(text: str, nlp) -> str:
    """Every paragraph of ``text`` written one sentence per line."""
    return _map_paragraphs(text, lambda line: "\n".join(s.text.strip() for s in nlp(line).sents if s.text.strip()))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def paragraph_layout(text: str) -> str:
    """``text`` with one paragraph per line: a gold text that is itself wrapped or one sentence per
    line is first read as its flat view, so that every layout is made from paragraphs."""
    from ..extract.layout import flatten

    return flatten(text)


def text_variants(text: str, splitter_nlp) -> dict[str, str]:
    """Every text layout of ``text`` (the file layouts are made by :func:`file_variants`)."""
    base = paragraph_layout(text)
    return {"paragraphs": text, "wrap60": wrap(base, 60), "wrap72": wrap(base, 72), "wrap80": wrap(base, 80),
            "sentence-lines": sentence_lines(base, splitter_nlp), "crlf": crlf(text),
            "wrap72-crlf": crlf(wrap(base, 72))}


def write_pdf(text: str, path: Path, header: str = "SIARAN PERS") -> None:
    """``text`` typeset on A4 pages by fpdf2, a running header and ``Halaman N`` on every page."""
    from fpdf import FPDF

    class Release(FPDF):
        def header(self):
            self.set_font("helvetica", size=8)
            self.cell(0, 6, header, align="R")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("helvetica", size=8)
            self.cell(0, 10, f"Halaman {self.page_no()}", align="C")

    pdf = Release(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for paragraph in re.split(r"\n+", text.strip()):
        pdf.multi_cell(0, 5.5, _latin(paragraph.strip()), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def _latin(text: str) -> str:
    """What the PDF core fonts (cp1252) can show: other characters become ``?``."""
    return text.encode("cp1252", "replace").decode("cp1252")


def write_docx(text: str, path: Path, header: str = "SIARAN PERS") -> None:
    """``text`` as a Word file: one paragraph per paragraph, a page header and a page number footer."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = "Halaman 1"
    for paragraph in re.split(r"\n+", text.strip()):
        document.add_paragraph(paragraph.strip())
    document.save(str(path))


def file_variants(docs: list[dict], layouts: Iterable[str], folder: Path) -> dict[str, list[dict]]:
    """The ``pdf`` and ``docx`` layouts of ``docs``: written to ``folder``, read back by the readers."""
    from ..readers import InputDocument, read_file

    writers = {"pdf": write_pdf, "docx": write_docx}
    out = {}
    for layout in layouts:
        if layout not in writers:
            continue
        rows = []
        for doc in docs:
            path = folder / f"{doc['id']}.{layout}"
            writers[layout](paragraph_layout(doc["text"]), path)
            items = list(read_file(path))
            text = items[0].text if items and isinstance(items[0], InputDocument) else ""
            rows.append({**doc, "text": text})
        out[layout] = rows
    return out


def extract(nlp, docs: list[dict]) -> list[dict]:
    """Records of ``docs`` (each ``id``, ``text``, ``published``) by the whole pipeline."""
    from ..nlp import process
    from ..records import to_records

    return [to_records(process(nlp, d["text"], doc_id=d["id"], published=d.get("published"))) for d in docs]


def measure(gold: list[dict], layouts: Iterable[str], nlp=None, splitter_nlp=None) -> dict[str, dict]:
    """``{layout: score()}`` of the records of every layout of the gold texts."""
    from .. import nlp as nlp_module
    from ..evaluate import score

    layouts = list(layouts)
    nlp = nlp or nlp_module.load()
    splitter_nlp = splitter_nlp or _splitter()
    texts: dict[str, list[dict]] = {name: [] for name in layouts if name in LAYOUTS[:7]}
    for doc in gold:
        variants = text_variants(doc["text"], splitter_nlp)
        for name in texts:
            texts[name].append({"id": doc["id"], "text": variants[name], "published": doc.get("published")})
    with tempfile.TemporaryDirectory() as folder:
        texts.update(file_variants(gold, layouts, Path(folder)))
    return {name: score(gold, extract(nlp, texts[name])) for name in layouts if name in texts}


def _splitter():
    import spacy

    from .. import nlp as nlp_module
    from ..tokenizer import customize

    nlp = customize(spacy.blank("id"))
    nlp_module.add_splitter(nlp, "rules")
    return nlp


def f1_table(scores: dict[str, dict]) -> dict[str, dict[str, float]]:
    """``{layout: {field: F1 or accuracy}}``."""
    from ..evaluate import ACCURACIES, FIELDS

    return {name: {**{f: s[f]["f1"] for f in FIELDS}, **{a: s[a]["accuracy"] for a in ACCURACIES}}
            for name, s in scores.items()}


def worst_drop(table: dict[str, dict[str, float]]) -> dict[str, tuple[float, str]]:
    """``{layout: (largest drop of a field from the paragraph layout, that field)}``."""
    base = table["paragraphs"]
    return {name: max((base[f] - row[f], f) for f in row) for name, row in table.items()}


def markdown(name: str, table: dict[str, dict[str, float]]) -> str:
    fields = list(next(iter(table.values())))
    drops = worst_drop(table)
    lines = [f"### {name}", "", "| layout | " + " | ".join(fields) + " | largest drop |",
             "|---|" + "---:|" * (len(fields) + 1)]
    for layout, row in table.items():
        drop, field = drops[layout]
        worst = f"{drop:+.3f} ({field})" if drop > 0 else "none"
        lines.append(f"| {layout} | " + " | ".join(f"{row[f]:.3f}" for f in fields) + f" | {worst} |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--data", default="corpus,dev,tune")
    parser.add_argument("--out", type=Path, default=OUT_MD)
    args = parser.parse_args(argv)
    from .. import nlp as nlp_module
    from ..evaluate import read_jsonl

    layouts = ["paragraphs"] + [x for x in args.layouts.split(",") if x and x != "paragraphs"]
    nlp, splitter_nlp = nlp_module.load(), _splitter()
    sets = data_sets()
    parts = [f"# Records by layout ({time.strftime('%Y-%m-%d')})", "",
             f"F1 per field against the gold (accuracies where named); a layout passes when no field "
             f"drops more than {TOLERANCE} below `paragraphs`. `python -m pipeline.benchmarks.layouts`.", ""]
    failed = []
    for name in args.data.split(","):
        if name not in sets:
            print(f"skipped {name}: no gold file")
            continue
        table = f1_table(measure(read_jsonl(sets[name]), layouts, nlp, splitter_nlp))
        parts += [markdown(f"{name} ({sets[name].relative_to(sets[name].parents[1])})", table), ""]
        failed += [f"{name}/{layout}" for layout, (drop, _) in worst_drop(table).items() if drop > TOLERANCE]
    report = "\n".join(parts)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n", encoding="utf-8")
    print(json.dumps({"over_tolerance": failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
