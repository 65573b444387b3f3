"""Extractors: pure functions over a spaCy ``Doc`` that yield annotations, each
wrapped by a registered spaCy component that stores them on the ``Doc``."""
