"""The ``report`` command: one static HTML page from a dataset folder.

``python -m pipeline report DATASET_DIR --out report.html`` writes a single file with
no outside resources: headline counts, tables (people, positions, organisations,
speakers, quotes, documents, merges), charts as inline SVG drawn here (top speakers,
top organisations, a positions timeline) and a few documents rendered by displaCy
(``style="ent"``, ``manual=True``) with entities and quotes highlighted, from the
``texts`` and ``mentions`` tables. Deterministic: the same dataset gives the same page.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

import pyarrow.parquet as pq

from .writers import atomic_text

TABLES = ("documents", "persons", "positions", "organizations", "quotes", "mentions", "texts", "merge_log")
ENTITY_LABELS = ("PERSON", "ORG", "LOC", "DATE")
COLORS = {"PERSON": "#aa9cfc", "ORG": "#7aecec", "LOC": "#ff9561", "DATE": "#bfe1d9", "QUOTE": "#fef3a0"}
BAR = "#4c78a8"
DATE_COLUMNS = frozenset({"first_seen", "last_seen", "date", "published"})
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
h1{margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#f4f4f4} td.n{text-align:right;font-variant-numeric:tabular-nums} td.d{white-space:nowrap}
.cards{display:flex;gap:1rem;flex-wrap:wrap} .card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}
.card b{display:block;font-size:1.6rem} .muted{color:#666;font-size:.85rem} svg{max-width:100%;height:auto}
.doc{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
"""


# --- reading -------------------------------------------------------------------------------------

def load(folder: Path) -> dict[str, list[dict]]:
    """The rows of every table of the dataset folder that is there (a missing table is empty)."""
    out = {}
    for name in TABLES:
        path = Path(folder) / f"{name}.parquet"
        out[name] = pq.read_table(path).to_pylist() if path.is_file() else []
    return out


# --- HTML pieces ---------------------------------------------------------------------------------

def esc(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return html.escape(", ".join(map(str, value)))
    return html.escape(str(value))


def table(rows: list[dict], columns: list[tuple[str, str]], table_id: str, limit: Optional[int] = None) -> str:
    """An HTML table of ``rows`` with ``(key, heading)`` columns; numbers right-aligned."""
    shown = rows if limit is None else rows[:limit]
    head = "".join(f"<th>{esc(heading)}</th>" for _, heading in columns)
    body = []
    for row in shown:
        cells = "".join(f'<td class="n">{row[k]}</td>' if isinstance(row.get(k), int)
                        else f'<td class="d">{esc(row.get(k))}</td>' if k in DATE_COLUMNS else f"<td>{esc(row.get(k))}</td>"
                        for k, _ in columns)
        body.append(f"<tr>{cells}</tr>")
    more = f'<p class="muted">{len(shown)} of {len(rows)} rows.</p>' if len(shown) < len(rows) else ""
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{more}'


def bar_chart(items: list[tuple[str, int]], title: str, chart_id: str, width: int = 640) -> str:
    """A horizontal bar chart as inline SVG."""
    if not items:
        return f'<p class="muted" id="{chart_id}">No data for “{esc(title)}”.</p>'
    row, label_w, top = 22, 290, 28
    height = top + row * len(items) + 8
    peak = max(v for _, v in items) or 1
    parts = [f'<svg id="{chart_id}" role="img" aria-label="{esc(title)}" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-size="12">',
             f'<text x="0" y="16" font-weight="bold">{esc(title)}</text>']
    for i, (label, value) in enumerate(items):
        y = top + i * row
        w = max(1, round((width - label_w - 50) * value / peak))
        short = label if len(label) <= 38 else label[:37] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end"><title>{esc(label)}</title>{esc(short)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{row - 6}" fill="{BAR}"/>'
                     f'<text x="{label_w + w + 4}" y="{y + 14}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _day(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def timeline(positions: list[dict], chart_id: str = "positions-timeline", width: int = 900, limit: int = 30) -> str:
    """The positions seen in most documents as bars from first to last seen (a dot for one day), as inline SVG."""
    dated = [p for p in positions if _day(p.get("first_seen"))]
    dated.sort(key=lambda p: (-p["n_documents"], p["first_seen"], p["person_name"], p["title"]))
    dated = sorted(dated[:limit], key=lambda p: (p["first_seen"], p["last_seen"] or "", p["person_name"], p["title"]))
    if not dated:
        return f'<p class="muted" id="{chart_id}">No dated positions.</p>'
    start = min(_day(p["first_seen"]) for p in dated)
    end = max(_day(p["last_seen"] or p["first_seen"]) for p in dated)
    span = max((end - start).days, 1)
    label_w, row, top = 330, 20, 30
    plot = width - label_w - 20
    height = top + row * len(dated) + 24

    def x(day: dt.date) -> float:
        return round(label_w + plot * (day - start).days / span, 1)

    parts = [f'<svg id="{chart_id}" role="img" aria-label="positions timeline" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-size="11">',
             '<text x="0" y="16" font-weight="bold">Positions over time (first and last seen)</text>']
    axis_y = top + row * len(dated) + 14
    for k in range(5):
        day = start + dt.timedelta(days=round(span * k / 4))
        anchor = ("start", "middle", "middle", "middle", "end")[k]
        parts.append(f'<line x1="{x(day)}" y1="{top}" x2="{x(day)}" y2="{axis_y - 10}" stroke="#ddd"/>'
                     f'<text x="{x(day)}" y="{axis_y}" text-anchor="{anchor}">{day.isoformat()}</text>')
    for i, p in enumerate(dated):
        y = top + i * row
        label = f"{p['person_name']} — {p['title']}" + (f" ({p['organization_name']})" if p.get("organization_name") else "")
        short = label if len(label) <= 52 else label[:51] + "…"
        a, b = x(_day(p["first_seen"])), x(_day(p["last_seen"] or p["first_seen"]))
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end"><title>{esc(label)}</title>{esc(short)}</text>')
        parts.append(f'<line x1="{a}" y1="{y + 9}" x2="{max(b, a + 0.1)}" y2="{y + 9}" stroke="{BAR}" stroke-width="6" '
                     f'stroke-linecap="round"><title>{esc(p["first_seen"])} – {esc(p["last_seen"])}</title></line>')
    parts.append("</svg>")
    return "".join(parts)


# --- documents with displaCy ---------------------------------------------------------------------

def spans_for_display(mentions: Iterable[dict], text: str) -> list[dict]:
    """Non-overlapping displaCy spans: entities first (longest wins), quotes in the gaps they leave.

    A quote cut by entities keeps its pieces that hold a letter or digit, trimmed of spaces.
    """
    length = len(text)
    entities = sorted((m for m in mentions if m["label"] in ENTITY_LABELS),
                      key=lambda m: (m["start"], -(m["end"] - m["start"]), m["label"]))
    taken: list[tuple[int, int, str]] = []
    for m in entities:
        if 0 <= m["start"] < m["end"] <= length and all(m["end"] <= s or m["start"] >= e for s, e, _ in taken):
            taken.append((m["start"], m["end"], m["label"]))
    for m in sorted((m for m in mentions if m["label"] == "QUOTE"), key=lambda m: (m["start"], m["end"])):
        pieces = [(max(m["start"], 0), min(m["end"], length))]
        for s, e, _ in sorted(taken):
            pieces = [piece for a, b in pieces for piece in ((a, min(b, s)), (max(a, e), b)) if piece[0] < piece[1]]
        for a, b in pieces:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if any(ch.isalnum() for ch in text[a:b]):
                taken.append((a, b, "QUOTE"))
    return [{"start": s, "end": e, "label": label} for s, e, label in sorted(taken)]


def render_document(doc_id: str, text: str, mentions: list[dict]) -> str:
    """One document as displaCy's entity view (manual mode)."""
    from spacy import displacy

    ents = spans_for_display(mentions, text)
    markup = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                             options={"colors": COLORS, "ents": [*ENTITY_LABELS, "QUOTE"]})
    return f'<div class="doc" id="doc-{esc(doc_id)}"><h3>{esc(doc_id)}</h3>{markup}</div>'


def pick_documents(data: dict[str, list[dict]], count: int) -> list[str]:
    """The documents with a text and the most highlighted spans (ties by id)."""
    with_text = {t["doc_id"] for t in data["texts"]}
    spans = Counter(m["doc_id"] for m in data["mentions"] if m["doc_id"] in with_text)
    return sorted(with_text, key=lambda d: (-spans[d], d))[:count]


# --- the page ------------------------------------------------------------------------------------

def build(data: dict[str, list[dict]], documents: int = 3, title: str = "Dataset report") -> str:
    """The whole page as a string."""
    persons = sorted(data["persons"], key=lambda p: (-p["n_documents"], -p["n_mentions"], p["canonical_name"]))
    orgs = sorted(data["organizations"], key=lambda o: (-o["n_documents"], -o["n_mentions"], o["canonical_name"]))
    positions = sorted(data["positions"], key=lambda p: (-p["n_documents"], p["person_name"], p["title"]))
    names = {p["person_id"]: p["canonical_name"] for p in data["persons"]}
    names.update({o["organization_id"]: o["canonical_name"] for o in data["organizations"]})
    speakers = Counter(q["speaker_id"] for q in data["quotes"] if q.get("speaker_id"))
    top_speakers = sorted(speakers.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0])))[:15]
    speaker_rows = [{"speaker": names.get(k, k), "id": k, "quotes": v} for k, v in top_speakers]
    quotes = [{**q, "speaker_name": names.get(q.get("speaker_id"), q.get("speaker"))}
              for q in sorted(data["quotes"], key=lambda q: (q["doc_id"], q["start"] if q["start"] is not None else -1))]
    merges = [m for m in data["merge_log"] if m["decision"] == "merged"]
    refused = [m for m in data["merge_log"] if m["decision"] == "refused"]
    texts = {t["doc_id"]: t["text"] for t in data["texts"]}
    by_doc: dict[str, list[dict]] = {}
    for m in data["mentions"]:
        by_doc.setdefault(m["doc_id"], []).append(m)
    cards = [("documents", len(data["documents"])), ("people", len(persons)), ("organisations", len(orgs)),
             ("positions", len(positions)), ("quotes", len(data["quotes"])), ("merges", len(merges))]

    body = [f"<h1>{esc(title)}</h1>",
            '<p class="muted">Written by <code>python -m pipeline report</code> from a folder of '
            "<code>python -m pipeline dataset</code>.</p>",
            '<div class="cards" id="headline">' + "".join(f'<div class="card"><b>{n}</b>{esc(k)}</div>' for k, n in cards)
            + "</div>",
            '<h2 id="speakers">Top speakers</h2>',
            bar_chart([(r["speaker"], r["quotes"]) for r in speaker_rows], "Quotes per speaker", "chart-speakers"),
            '<h2 id="organisations-chart">Top organisations</h2>',
            bar_chart([(o["canonical_name"], o["n_documents"]) for o in orgs[:15]], "Documents per organisation",
                      "chart-organizations"),
            '<h2 id="timeline">Positions timeline</h2>', timeline(data["positions"]),
            '<h2 id="people">People</h2>',
            table(persons, [("canonical_name", "name"), ("name_variants", "variants"), ("n_documents", "documents"),
                            ("n_mentions", "mentions"), ("n_quotes", "quotes"), ("first_seen", "first seen"),
                            ("last_seen", "last seen"), ("person_id", "id")], "table-persons", 50),
            '<h2 id="positions">Positions</h2>',
            table(positions, [("person_name", "person"), ("title", "title"), ("organization_name", "organisation"),
                              ("n_documents", "documents"), ("first_seen", "first seen"), ("last_seen", "last seen"),
                              ("evidence", "evidence")], "table-positions", 50),
            '<h2 id="organisations">Organisations</h2>',
            table(orgs, [("canonical_name", "name"), ("aliases", "aliases"), ("n_documents", "documents"),
                         ("n_mentions", "mentions"), ("first_seen", "first seen"), ("last_seen", "last seen"),
                         ("organization_id", "id")], "table-organizations", 50),
            '<h2 id="quotes">Quotes</h2>',
            table(speaker_rows, [("speaker", "speaker"), ("quotes", "quotes")], "table-speakers"),
            table(quotes, [("doc_id", "document"), ("date", "date"), ("speaker_name", "speaker"), ("kind", "kind"),
                           ("cue", "cue"), ("text", "text")], "table-quotes", 40),
            '<h2 id="documents">Documents</h2>',
            table(data["documents"], [("doc_id", "id"), ("source", "source"), ("published", "published"),
                                      ("published_source", "from"), ("n_people", "people"),
                                      ("n_organizations", "orgs"), ("n_quotes", "quotes")], "table-documents", 100),
            '<h2 id="rendered">Documents with their entities and quotes</h2>']
    chosen = pick_documents(data, documents)
    if not chosen:
        body.append('<p class="muted">No document texts in this dataset (run <code>dataset</code> with '
                    "<code>--inputs</code>).</p>")
    body += [render_document(d, texts[d], by_doc.get(d, [])) for d in chosen]
    body += ['<h2 id="merges">Merges</h2>',
             table(merges, [("entity_type", "type"), ("rule", "rule"), ("doc_id", "document"), ("name", "name"),
                            ("target_doc_id", "into document"), ("target", "into")], "table-merges", 100),
             f'<p class="muted">{len(refused)} merges refused (conservative rules); see <code>merge_log</code>.</p>']
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the `report` subcommand."""
    parser.add_argument("dataset", type=Path, metavar="DATASET_DIR", help="folder written by `dataset`")
    parser.add_argument("--out", required=True, type=Path, help="the HTML file to write")
    parser.add_argument("--documents", type=int, default=3, help="how many documents to render (default 3)")
    parser.add_argument("--title", default="Dataset report", help="page title")


def run(args: argparse.Namespace) -> int:
    """Write the page; 0 on success, 2 when the folder is not a dataset."""
    if not (args.dataset / "persons.parquet").is_file():
        print(f"error: {args.dataset} is not a dataset folder (no persons.parquet); run `dataset` first",
              file=sys.stderr)
        return 2
    page = build(load(args.dataset), documents=args.documents, title=args.title)
    with atomic_text(args.out) as handle:
        handle.write(page)
    print(f"report -> {args.out}", file=sys.stderr)
    return 0
