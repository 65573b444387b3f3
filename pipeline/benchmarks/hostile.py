"""Hostile and careless inputs beside good documents: every good record written, every bad input named.

``make_folder(folder, scale)`` writes one folder of cases (``scale=1``: the sizes that hung or
crashed earlier versions; the tests use a small scale) and returns what a run must give: the ids
of the good documents, and for each bad input a text that its line of ``errors.jsonl`` holds (a
file name or an id). ``python -m pipeline.benchmarks.hostile`` (``make hostile``) runs ``extract``
on it twice, under two hash seeds, and writes ``outputs/hostile.md``: time, exit status, what was
missed, whether a traceback was printed and whether the two runs gave byte-identical outputs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRESS = ROOT / "corpus" / "press"
ARTICLE = ("Jakarta, 26 Mei 2025 - Menteri Keuangan Ratna Wulandari Sasmita mengatakan anggaran naik. "
           "\u201cKami siap,\u201d ujar Ratna di Gedung DPR, Senin (26/5).")


@dataclass
class Expect:
    good: set[str] = field(default_factory=set)
    bad: dict[str, str] = field(default_factory=dict)  # case -> text its error or warning line holds
    extra_inputs: list[str] = field(default_factory=list)  # paths given on the command line besides the folder


def make_folder(folder: Path, scale: float = 1.0, press: int = 14) -> Expect:
    """Write the cases into ``folder`` (created); see the module docstring."""
    folder.mkdir(parents=True)
    expect = Expect()

    def n(count: int) -> int:
        return max(1, int(count * scale))

    def put(name: str, data: bytes, good: bool = False, named: str = "") -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if good:
            expect.good.add(Path(name).stem)
        else:
            expect.bad[name] = named or Path(name).name
        return path

    for path in sorted(PRESS.glob("*.txt"))[:press]:
        put(f"good/{path.name}", path.read_bytes(), good=True)
    # slow documents: each is either fast now or stopped by its budget, and later ones still come
    put("slow/quotes-run.txt", (ARTICLE + ' "' + '"' * n(100_000) + ' ' + ARTICLE).encode(), good=True)
    put("slow/hyphen-run.txt", (ARTICLE + " " + "-" * n(20_000) + " " + ARTICLE).encode(), good=True)
    for name, text in (("title-chain", "Direktur Kepala Ketua Wakil Menteri " * n(2000)),
                       ("ketua", "Ketua " * n(8000)), ("names", "Budi Santoso, " * n(8000))):
        path = folder / "slow" / f"{name}.txt"
        path.write_text(text + "hadir.", encoding="utf-8")
        expect.good.add(name)  # extracted, or named with a timeout: checked by ``check``
    put("slow/tags.html", b"<p>" + ARTICLE.encode() + b"</p>" + b"<a" * n(200_000), good=True)
    # values that crashed the run, or passed unchecked
    lines = [json.dumps({"id": "bad\udc80id", "text": ARTICLE}), json.dumps({"id": "src", "text": ARTICLE,
                                                                            "source": "x\udc80"}),
             '{"id": "nan-source", "text": "' + ARTICLE + '", "source": NaN}',
             json.dumps({"id": 42, "text": ARTICLE}), json.dumps({"id": ["a"], "text": ARTICLE}),
             json.dumps({"id": "num-source", "text": ARTICLE, "source": 7}),
             "[" * 5000 + "]" * 5000, json.dumps({"id": "dup", "text": ARTICLE}),
             json.dumps({"id": "dup", "text": ARTICLE + " Lagi."}), json.dumps({"id": "formula", "text": (
                 '"=HYPERLINK(\\"http://x\\")," kata Camat Budi Santoso. ' + ARTICLE)}),
             json.dumps({"id": "after", "text": ARTICLE})]
    put("values.jsonl", "\n".join(lines).encode("utf-8") + b"\n")
    expect.good |= {"42", "nan-source", "num-source", "dup", "formula", "after"}
    expect.bad.update({"lone surrogate id": "values.jsonl:1", "lone surrogate source": "values.jsonl:2",
                       "NaN source": "values.jsonl:3", "list id": "values.jsonl:5", "deep JSON": "values.jsonl:7",
                       "repeated JSONL id": "values.jsonl:9"})
    put(os.fsdecode(b"nama-\xff.txt"), ARTICLE.encode(), good=False, named="nama-\\xff.txt")
    expect.good.add("nama-\\xff")
    # encodings: a stray cp1252 quote in UTF-8 text, and one after the first MiB of a JSONL file
    put("stray-byte.txt", ARTICLE.encode().replace("\u201c".encode(), b"\x93"), good=True)
    expect.bad["stray byte"] = "stray-byte.txt"
    big = [json.dumps({"id": f"big{i}", "text": ARTICLE + " " + "kata " * 2000}) for i in range(n(120))]
    big.append(json.dumps({"id": "late-byte", "text": "PLACEHOLDER " + ARTICLE}).replace("PLACEHOLDER", "caf\udce9"))
    data = "\n".join(big).encode("utf-8", "surrogateescape") + b"\n"
    put("late.jsonl", data)
    expect.good |= {f"big{i}" for i in range(n(120))} | {"late-byte"}
    expect.bad["late byte"] = f"late.jsonl:{n(120) + 1}"
    del expect.bad["late.jsonl"]
    # duplicates, folders, links, non-regular files
    put("a/same.txt", ARTICLE.encode(), good=True)
    put("b/same.txt", (ARTICLE + " Dua.").encode(), named="b/same.txt")
    expect.extra_inputs.append(str(folder / "a" / "same.txt"))
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    expect.bad["dangling symlink"] = "dangling.txt"
    (folder / "loop").mkdir()
    (folder / "loop" / "up").symlink_to(folder)
    expect.bad["symlink loop"] = "loop/up"
    os.mkfifo(folder / "fifo.txt")
    expect.bad["FIFO"] = "fifo.txt"
    expect.extra_inputs.append("/dev/zero")
    expect.bad["/dev/zero"] = "/dev/zero"
    # HTML
    put("iframe.html", f"<p>Awal.</p><iframe src=x><p>{ARTICLE}</p>".encode(), good=True)
    put("no-head-end.html", f"<!DOCTYPE html><html><head><title>Judul</title><p>{ARTICLE}</p>".encode(), good=True)
    # operator mistakes
    huge = b'{"id": "huge", "text": "' + b"a" * n(30_000_000) + b'"}\n'
    put("huge.jsonl", huge + json.dumps({"id": "after-huge", "text": ARTICLE}).encode() + b"\n", named="huge.jsonl:1")
    expect.good.add("after-huge")
    put("unclosed.csv", f'id,text\nq1,"{ARTICLE}\nq2,{ARTICLE}"\n'.encode(), named="unclosed.csv:2")
    expect.good.add("q1")
    put("new\nline.txt", ARTICLE.encode(), good=True)
    put("evil\nerror: forged.txt", b"", named="forged.txt")
    return expect


def check(out: Path, expect: Expect) -> dict:
    """What a run in ``out`` missed: good ids without a record, bad inputs without an error line."""
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = {r["id"] for r in records}
    failed = {e["id"] for e in errors if e.get("level") != "warning"}
    named = "\n".join(f"{e['file']} {e['id']} {e['message']}" for e in errors)
    missing = sorted(i for i in expect.good - ids if i not in failed or i not in {"title-chain", "ketua", "names"})
    unnamed = sorted(case for case, text in expect.bad.items() if text and text not in named)
    timeouts = sorted(e["id"] for e in errors if "timed out" in e["message"])
    return {"records": len(records), "errors": sum(e.get("level") != "warning" for e in errors),
            "warnings": sum(e.get("level") == "warning" for e in errors), "missing good": missing,
            "unnamed bad": unnamed, "timed out": timeouts}


def run(folder: Path, expect: Expect, out: Path, seed: str, workers: int) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "OMP_NUM_THREADS": "1"}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), *expect.extra_inputs,
                           "--out", str(out), "--no-progress", "--workers", str(workers)],
                          env=env, cwd=ROOT, capture_output=True, text=True, errors="replace")
    result = {"seconds": round(time.perf_counter() - started, 1), "status": proc.returncode,
              "traceback": "Traceback" in proc.stderr,
              "forged stderr line": any(line.startswith("error: forged") for line in proc.stderr.splitlines()),
              "formula cells": sum(cell.startswith(("=", "+", "@")) for path in out.glob("*.csv")
                                   for cell in path.read_text(encoding="utf-8").replace("\n", ",").split(",")),
              **check(out, expect)}
    (out.parent / f"stderr-{seed}.txt").write_text(proc.stderr, encoding="utf-8")
    return result


def _kept_lines(out: Path, stopped: set[str]) -> list[bytes]:
    """The lines of records.jsonl and errors.jsonl but for those of the documents in ``stopped``."""
    return [line for name in ("records.jsonl", "errors.jsonl") for line in (out / name).read_bytes().splitlines()
            if json.loads(line)["id"] not in stopped]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--report", type=Path, default=ROOT / "outputs" / "hostile.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp) / "in"
        expect = make_folder(folder, args.scale)
        results = {seed: run(folder, expect, Path(tmp) / f"out-{seed}", seed, args.workers) for seed in ("1", "2")}
        stopped = set(results["1"]["timed out"]) | set(results["2"]["timed out"])
        same = _kept_lines(Path(tmp) / "out-1", stopped) == _kept_lines(Path(tmp) / "out-2", stopped)
    lines = ["# Hostile inputs", "", f"`python -m pipeline.benchmarks.hostile --scale {args.scale:g} --workers "
             f"{args.workers}`: {len(expect.good)} good documents and {len(expect.bad)} bad inputs in one folder.", "",
             "| PYTHONHASHSEED | " + " | ".join(results["1"]) + " |", "|---" * (len(results["1"]) + 1) + "|"]
    lines += [f"| {seed} | " + " | ".join(str(v) for v in r.values()) + " |" for seed, r in results.items()]
    lines += ["", f"records.jsonl and errors.jsonl byte-identical under the two seeds, but for the documents "
                  f"stopped by their time budget in either run: {same}.", ""]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    ok = same and all(not r["traceback"] and not r["forged stderr line"] and not r["formula cells"]
                      and not r["missing good"] and not r["unnamed bad"] for r in results.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
