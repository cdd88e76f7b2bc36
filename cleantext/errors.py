"""The exceptions `cleantext` raises. Catch `CleantextError` to catch them all.

`clean` on any ``str`` or ``bytes`` within ``max_bytes`` returns a `Document`;
it raises only these (never a raw lxml, trafilatura or ``UnicodeError``):

- `UnsupportedInputError`: the input is not a type `clean` takes;
- `InputTooLargeError`: the input is over ``max_bytes``;
- `PipelineError`: a pipeline was composed wrongly;
- `StepError`: a built-in step failed unexpectedly (a bug in `cleantext`:
  the original exception is chained as ``__cause__``; please report it).

A page that takes longer than the time budget is not an error: the result is
returned with ``doc.truncated`` set and a note in ``doc.warnings``.
"""

from __future__ import annotations


class CleantextError(Exception):
    """Base class of every error raised on purpose by `cleantext`."""


class UnsupportedInputError(CleantextError, TypeError):
    """The input is of a type `clean` does not take (e.g. an int or a file object)."""


class InputTooLargeError(CleantextError, ValueError):
    """The input is larger than the configured maximum (``max_bytes``)."""


class PipelineError(CleantextError, ValueError):
    """A pipeline was composed wrongly (unknown step name, duplicate name, ...)."""


class StepError(CleantextError, RuntimeError):
    """A built-in pipeline step failed unexpectedly; ``step`` names it, ``__cause__`` says why.

    Steps whose failure only makes the result less good (markup signals,
    main-content extraction) do not raise this: the document comes back with a
    warning instead. Exceptions raised by user-registered steps pass unchanged.
    """

    def __init__(self, step: str, error: BaseException) -> None:
        super().__init__(f"step {step!r} failed: {type(error).__name__}: {str(error)[:200]}")
        self.step = step
