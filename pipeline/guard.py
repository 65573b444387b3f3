"""Worker processes for ``extract``, and a time budget per document: documents run in supervised
worker processes, killed and replaced when one runs over its budget or dies. The one pool of the local
engine: ``--workers N`` with ``--doc-timeout 0`` runs here too, without a budget.

A signal cannot stop spaCy's tokenizer (Cython, no Python bytecode in between) nor a long regular
expression, so the only robust way to stop one document is to run it in a process that can be
killed. :func:`iter_guarded` loads the pipeline once in this process (and runs it on one short
text, so that what components load on their first document is loaded too), then forks ``workers``
children that share it (copy on write) and answer one document at a time through a pipe. Each child
tells, through shared memory, which document it is on, since when (wall clock and its own CPU
time) and in which stage (:func:`pipeline.engines.process_document`'s ``on_stage``). A document
that takes more than ``budget(text)`` seconds of CPU (read from ``/proc``; wall-clock time where
there is no ``/proc``), or ten times that in wall-clock time, has its child killed (SIGKILL) and
replaced (a fork: instant), and becomes an error naming the stage and the time. CPU time, because
on a machine shared with other work a document waits for the processor without using its budget;
the wall-clock limit stops a document that waits for ever; the documents queued behind it go to the new child. A child
that dies (out of memory, a crash) takes only its current document with it. Outcomes come back in
input order, each as soon as every earlier one is there, so no document waits longer than the
budget of the ones before it. Interrupting the parent (SIGTERM, Ctrl-C) kills the children at once.

The budget is ``seconds`` per 10,000 characters, never less than ``seconds`` (``--doc-timeout``); no
budget when ``seconds`` is 0 or None. Children are forked on Linux and spawned elsewhere (each then loads
the pipeline itself; :func:`pipeline.engines.start_method`).
"""
from __future__ import annotations

import collections
import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import threading
import time
from multiprocessing.connection import wait
from typing import Iterable, Iterator, Optional

from .engines import Outcome, _error, freeze_loaded, memory_zone, process_document, start_method, worker_nlp
from .readers import InputDocument, InputProblem, Item
from .threads import limit_threads

PER_CHARS = 10_000
IN_FLIGHT = 2  # documents sent ahead to each child, so that it never waits for the next one
WINDOW = 64  # outcomes kept waiting for an earlier one, per child: the others go on while one is on a slow document
_POLL = 0.1
_STAGE_NAMES_MAX = 64
WALL_FACTOR = 10  # wall-clock seconds allowed per second of CPU budget
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
# loads what the components load on their first document (0.4 s), before the children are forked
WARM_UP = ("Jakarta, Senin (26/5) - Menteri Keuangan Ratna Wulandari Sasmita mengatakan, \u201cKami siap,\u201d "
           "ujarnya di Gedung DPR. Kepala Badan Pusat Statistik (BPS) Budi Santoso hadir.")


def budget(seconds: float, n_chars: int) -> float:
    """Seconds allowed to a document of ``n_chars`` characters: ``seconds`` per 10,000, at least ``seconds``."""
    return seconds * max(1.0, n_chars / PER_CHARS)


def _die_with_parent() -> None:
    with contextlib.suppress(Exception):  # Linux: SIGKILL this child when the parent is gone
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _serve(conn, state, stages: list[str], settings: dict, max_chars: Optional[int], batch: int) -> None:
    """A child: documents in through ``conn``, outcomes out, ``state`` = [sequence number, start, stage]."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it kills us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    nlp = worker_nlp(settings)
    index = {name: i for i, name in enumerate(stages)}

    def on_stage(name: str) -> None:
        state[2] = index.get(name, -1)

    try:
        while True:
            work = [conn.recv()]
            while len(work) < batch and conn.poll():
                work.append(conn.recv())
            with memory_zone(nlp):  # as the other engines do: no zone until the tokenizer cache is warm
                for seq, item in work:
                    state[0], state[1], state[2], state[3] = seq, time.monotonic(), 0, time.process_time()
                    outcome = process_document(nlp, item, max_chars, on_stage=on_stage)
                    try:
                        conn.send((seq, outcome))
                    except (OSError, EOFError):
                        raise
                    except Exception as exc:  # an outcome that cannot travel back (pickling...): named
                        conn.send((seq, _error(item, "worker", f"{type(exc).__name__}: {exc}")))
    except (EOFError, OSError, KeyboardInterrupt):
        pass
    finally:
        os._exit(0)


class _Child:
    def __init__(self, ctx, stages: list[str], settings: dict, max_chars: Optional[int], batch: int):
        self.state = ctx.RawArray("d", [-1.0, 0.0, 0.0, 0.0])  # document, wall start, stage, CPU start
        self.conn, theirs = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(theirs, self.state, stages, settings, max_chars, batch),
                                   daemon=True)
        self.process.start()
        theirs.close()
        self.queue: collections.deque[tuple[int, Item]] = collections.deque()
        # documents go through a thread: a send blocks while the child is busy and a long document fills
        # the pipe, and the supervisor must keep watching the clock meanwhile
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        while (message := self.outbox.get()) is not None:
            try:
                self.conn.send(message)
            except (OSError, ValueError):  # the child died or was killed: the supervisor requeues
                return

    def send(self, seq: int, item: Item) -> None:
        self.queue.append((seq, item))
        self.outbox.put((seq, item))

    def spent(self) -> Optional[tuple[float, float]]:
        """(CPU, wall-clock) seconds the child has spent on the document at the head of its queue (None: not
        begun); CPU is the wall-clock time where ``/proc`` cannot tell."""
        if not self.queue or int(self.state[0]) != self.queue[0][0]:
            return None
        wall = time.monotonic() - self.state[1]
        cpu = _cpu_seconds(self.process.pid)
        return (wall if cpu is None else max(0.0, cpu - self.state[3])), wall

    def kill(self) -> None:
        self.outbox.put(None)
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        self.pump.join(5)  # its send ends with the child (broken pipe)
        self.conn.close()


def iter_guarded(items: Iterable[Item], settings: dict, workers: int = 1, seconds: Optional[float] = 2.0,
                 max_chars: Optional[int] = None, batch: int = 16) -> Iterator[Optional[Outcome]]:
    """Outcomes of ``items`` in input order, each document stopped after ``budget(seconds, len(text))`` (never
    when ``seconds`` is 0 or None); ``None`` once a second while the next outcome is not there yet, so that the
    caller can write what it has."""
    if workers > 1:
        limit_threads()  # one BLAS/torch thread per worker
    nlp = worker_nlp(settings)  # loaded once here; the forked children share it
    process_document(nlp, InputDocument("warm-up", WARM_UP, "warm-up"))  # lazy lexicons and caches, shared too
    freeze_loaded()  # and kept from the collector, as the pipeline (worker_nlp)
    stages = ["tokenizer", *nlp.pipe_names, "records"][:_STAGE_NAMES_MAX]
    ctx = multiprocessing.get_context(start_method())

    def spawn() -> _Child:
        return _Child(ctx, stages, settings, max_chars, batch)

    children = [spawn() for _ in range(workers)]
    done: dict[int, Outcome] = {}
    source = iter(items)
    exhausted = False
    sent = next_out = 0
    last_yield = time.monotonic()

    def stop(child: _Child, outcome: Outcome) -> _Child:
        """``child`` failed its head document: record ``outcome`` for it, requeue the rest on a new child."""
        seq, _ = child.queue.popleft()
        done[seq] = outcome
        child.kill()
        fresh = spawn()
        for seq_item in child.queue:
            fresh.send(*seq_item)
        return fresh

    def _died(child: _Child) -> _Child:
        if not child.queue:
            child.kill()
            return spawn()
        _, item = child.queue[0]
        message = (f"the worker process died (exit status {child.process.exitcode}: out of memory or a crash) "
                   "while processing this document")
        return stop(child, _error(item, stage_name(stages, child), message))

    try:
        while True:
            while not exhausted and sent - next_out < workers * WINDOW:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                if isinstance(item, InputProblem):
                    done[sent] = process_document(None, item)
                else:
                    min(children, key=lambda c: len(c.queue)).send(sent, item)
                sent += 1
                if sum(len(c.queue) for c in children) >= workers * IN_FLIGHT:
                    break
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
                last_yield = time.monotonic()
            if time.monotonic() - last_yield > 1:
                yield None
                last_yield = time.monotonic()
            if exhausted and next_out == sent:
                return
            ready = wait([c.conn for c in children] + [c.process.sentinel for c in children], timeout=_POLL)
            for i, child in enumerate(children):
                if child.conn in ready or child.process.sentinel in ready:
                    try:
                        while child.conn.poll():
                            seq, outcome = child.conn.recv()
                            child.queue.popleft()
                            done[seq] = outcome
                    except (EOFError, OSError):
                        pass
                    if not child.process.is_alive():
                        children[i] = _died(child)
                        continue
                spent = child.spent() if seconds else None
                if spent is None:
                    continue
                _, item = child.queue[0]
                (cpu, wall), allowed = spent, budget(seconds, len(item.text))
                if cpu > allowed or wall > WALL_FACTOR * allowed:
                    message = (f"timed out: stopped after {cpu:.1f} s of CPU ({wall:.1f} s), over its budget of "
                               f"{allowed:.1f} s for {len(item.text):,} characters (--doc-timeout {seconds:g} s per "
                               f"{PER_CHARS:,} characters)")
                    children[i] = stop(child, _error(item, stage_name(stages, child), message))
    finally:
        for child in children:
            child.kill()


def _cpu_seconds(pid: int) -> Optional[float]:
    """User and system CPU seconds of process ``pid`` (Linux ``/proc``), None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            data = handle.read()
        fields = data[data.rindex(b")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime: fields 14 and 15
    except (OSError, ValueError, IndexError):
        return None


def stage_name(stages: list[str], child: _Child) -> str:
    i = int(child.state[2])
    return stages[i] if 0 <= i < len(stages) else "unknown"
