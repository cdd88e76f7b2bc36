"""The exceptions `cleantext` raises. Catch `CleantextError` to catch them all."""

from __future__ import annotations


class CleantextError(Exception):
    """Base class of every error raised on purpose by `cleantext`."""


class UnsupportedInputError(CleantextError, TypeError):
    """The input is of a type `clean` does not take (e.g. an int or a file object)."""


class InputTooLargeError(CleantextError, ValueError):
    """The input is larger than the configured maximum (``max_bytes``)."""


class PipelineError(CleantextError, ValueError):
    """A pipeline was composed wrongly (unknown step name, duplicate name, ...)."""
