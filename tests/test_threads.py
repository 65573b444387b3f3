from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info

from pipeline import threads


@pytest.mark.parametrize("env, expected", [
    ({}, 1),
    ({"OPENBLAS_NUM_THREADS": "2"}, 2),
    ({"OMP_NUM_THREADS": "2"}, 2),
    ({"OMP_NUM_THREADS": ""}, 1),
])
def test_one_blas_thread_unless_the_user_says(monkeypatch, env, expected):
    """numpy's BLAS (loaded before the call) runs on one thread, or on as many as the user's variable says."""
    import numpy  # noqa: F401  (loaded first: the limit must hold also then)

    for var in threads.VARIABLES:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    try:
        threads.one_blas_thread()
        blas = [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]
        assert blas and set(blas) == {expected}
    finally:
        monkeypatch.undo()
        threads.one_blas_thread()
