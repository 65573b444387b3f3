"""Tests for `pipeline.torch_guard`: spaCy without torch unless asked for (each case in a fresh interpreter)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline import torch_guard

PROBE = "import sys, pipeline, spacy, thinc.compat; print('torch' in sys.modules, thinc.compat.has_torch)"


def run(code: str, **env) -> str:
    environment = {k: v for k, v in os.environ.items() if k != torch_guard.VARIABLE}
    environment.update(env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=environment).stdout.strip()


@pytest.mark.parametrize(
    "code, env, expected",
    [
        (PROBE, {}, "False False"),  # the default: no torch
        (PROBE, {torch_guard.VARIABLE: "1"}, "True True"),  # asked for
        ("import torch\n" + PROBE, {}, "True True"),  # already imported before pipeline
        (PROBE + "; import torch; print(torch.ones(1).sum().item())", {}, "False False\n1.0"),  # torch still usable
    ],
)
def test_torch_only_when_asked(code, env, expected):
    pytest.importorskip("torch")
    assert run(code, **env) == expected


@pytest.mark.parametrize(
    "config, expected",
    [
        ('[components.ner.model.tok2vec]\n@architectures = "spacy.HashEmbedCNN.v2"', False),
        ('[components.transformer.model]\n@architectures = "spacy-transformers.TransformerModel.v3"', True),
        ('[model]\n@layers = "PyTorchWrapper.v2"', True),
    ],
)
def test_needs_torch(config, expected):
    assert torch_guard.needs_torch(config) is expected
