"""Benchmarks of the pipeline's parts against gold files of the project (``python -m pipeline.benchmarks.NAME``)."""
