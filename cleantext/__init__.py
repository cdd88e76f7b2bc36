"""cleantext: strip boilerplate from news and blog articles.

>>> from cleantext import clean
>>> doc = clean("<html><body><article><h1>T</h1><p>Body text.</p></article></body></html>")

See ``clean``, ``Document``, ``Pipeline`` and ``register_filter``.

Layout: the pipeline is ``ingest`` (input to blocks), ``markup`` and
``extract`` (HTML evidence, main content), ``filters`` (text steps) and
``render`` (output formats), around the model in ``document`` and
``pipeline``. The Python API is ``api`` (`clean`), ``batch`` (`clean_many`)
and ``keep`` (a step for pipelines); ``cli`` and ``integrations`` are the other
ways of calling it. The remaining top-level modules (``warc``, ``spark``,
``cli_io``, ``warc_cli``, ``catalogue``) are old paths kept as re-exports.
"""

from . import render, steps  # noqa: F401  (register Document's renderers and the built-in steps)
from .api import clean
from .batch import BatchResult, clean_many
from .document import Block, Document, Options
from .errors import CleantextError, InputTooLargeError, PipelineError, StepError, UnsupportedInputError
from .pipeline import DEFAULT_STEPS, Pipeline, default_pipeline, get_filter, register_filter, registered_filters

__version__ = "0.1.0"

__all__ = [
    "BatchResult",
    "Block",
    "CleantextError",
    "DEFAULT_STEPS",
    "Document",
    "InputTooLargeError",
    "Options",
    "Pipeline",
    "PipelineError",
    "StepError",
    "UnsupportedInputError",
    "__version__",
    "clean",
    "clean_many",
    "default_pipeline",
    "get_filter",
    "register_filter",
    "registered_filters",
]
