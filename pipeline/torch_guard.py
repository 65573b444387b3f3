"""Keep thinc from importing torch when nothing asks for it (about 1.5 s and 260 MB at start-up).

thinc (under spaCy) imports torch in ``thinc.compat`` whenever it is installed, only to offer
its PyTorch wrappers; the default pipeline (rules) and the ``models/ner-id`` CNN never use
them. :func:`install` (run by ``import pipeline``) lets ``thinc.compat`` see no torch, unless
torch is already imported or ``PIPELINE_TORCH=1`` is set. torch itself stays importable: the
stanza splitter imports it when it is asked for. A spaCy model with PyTorch layers needs
thinc's wrappers: :func:`needs_torch` tells :func:`pipeline.nlp.load` to say so.
"""
from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys

VARIABLE = "PIPELINE_TORCH"
TORCH_ARCHITECTURES = ("PyTorch", "TorchScript", "Transformer", "spacy-curated-transformers")


class _Loader(importlib.abc.Loader):
    """The real loader of ``thinc.compat``, run while torch is hidden."""

    def __init__(self, loader, guard: "_Guard"):
        self.loader, self.guard = loader, guard

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.guard.hiding = True
        try:
            self.loader.exec_module(module)
        finally:
            self.guard.hiding = False
            self.guard.remove()


class _Guard(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.hiding = False

    def find_spec(self, name, path=None, target=None):
        if self.hiding and (name == "torch" or name.startswith("torch.")):
            raise ModuleNotFoundError(f"torch is hidden from thinc by pipeline ({VARIABLE}=1 to load it)", name=name)
        if name != "thinc.compat" or "torch" in sys.modules:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader, self)
        return spec

    def remove(self) -> None:
        if self in sys.meta_path:
            sys.meta_path.remove(self)


def install() -> None:
    """Hide torch from ``thinc.compat`` if thinc is not imported yet and nothing asked for torch."""
    if os.environ.get(VARIABLE, "") not in ("", "0") or "thinc.compat" in sys.modules or "torch" in sys.modules:
        return
    if not any(isinstance(finder, _Guard) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Guard())


def needs_torch(config_text: str) -> bool:
    """True when a spaCy model config uses PyTorch layers."""
    return any(name in config_text for name in TORCH_ARCHITECTURES)


def thinc_has_torch() -> bool:
    compat = sys.modules.get("thinc.compat")
    return bool(compat is None or getattr(compat, "has_torch", False))
