"""Benchmarks: score cleantext and peer extractors on the trafilatura evaluation set.

``scoring`` (data and metrics) is shared by ``evaluate.py`` and the quality-gate
test; ``tools``, ``runner``, ``memory``, ``analysis`` and ``report`` serve the
command-line benchmark. See ``docs/benchmarks.md``.
"""
