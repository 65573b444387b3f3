"""Thread limits for benchmarks, training and workers (one place; imports nothing heavy).

BLAS and OpenMP read their thread counts when numpy or torch is first imported, so
:func:`limit_threads` must run before that: at the top of a module that is run with
``python -m`` (``import pipeline`` itself loads no model library). The environment
variables are also inherited by worker processes; torch, when already imported, is set
directly.
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
