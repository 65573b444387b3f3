"""Thread limits for benchmarks, training and workers (one place; imports nothing heavy).

BLAS and OpenMP read their thread counts when numpy or torch is first imported, so
:func:`limit_threads` must run before that: at the top of a module that is run with
``python -m`` (``import pipeline`` itself loads no model library). The environment
variables are also inherited by worker processes; torch, when already imported, is set
directly.

:func:`one_blas_thread` does the same for BLAS once numpy is loaded (the NER model's matrix products run on
numpy's BLAS: :func:`pipeline.nlp.numpy_blas`).
"""
from __future__ import annotations

import os
import sys

VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def limit_threads(n: int = 1) -> None:
    """At most ``n`` threads for BLAS/OpenMP (unless the user set them) and for torch."""
    for var in VARIABLES:
        os.environ.setdefault(var, str(n))
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(n)


def one_blas_thread() -> None:
    """BLAS on one thread in this process (or on as many as ``OPENBLAS_NUM_THREADS``, ``OMP_NUM_THREADS`` or
    ``MKL_NUM_THREADS`` say), also when numpy is already loaded (``threadpoolctl``). The NER model multiplies
    matrices of a few hundred rows a document: more BLAS threads give nothing there and, on a busy machine,
    multiply the CPU time (4 to 30 times in a test on 2 cores)."""
    said = (os.environ.get(var, "") for var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"))
    threads = next((int(value) for value in said if value.isdigit()), 1)  # OpenBLAS's own order
    for var in VARIABLES:
        os.environ.setdefault(var, str(threads))  # for a numpy loaded later and for child processes
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # without it only a numpy loaded later sees the variables
        return
    threadpool_limits(limits=threads, user_api="blas")
