"""The exceptions `cleantext` raises. Catch `CleantextError` to catch them all.

`clean` on any ``str`` or ``bytes`` within ``max_bytes`` returns a `Document`;
it raises only these (never a raw lxml, trafilatura or ``UnicodeError``):

- `UnsupportedInputError`: the input is not a type `clean` takes;
- `InputTooLargeError`: the input is over ``max_bytes``;
- `PipelineError`: a pipeline was composed wrongly;
- `StepError`: a built-in step failed unexpectedly (a bug in `cleantext`:
  the original exception is chained as ``__cause__``; please report it);
- `RulesError`: a site-rules file (``rules=``) has a mistake; the message names
  the file, the line and the problem.

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


class RulesError(CleantextError, ValueError):
    """A site-rules file could not be read or has a mistake.

    ``path`` is the file (or folder), ``line`` the 1-based line of the problem
    (``None`` when it concerns the whole file) and ``problem`` what is wrong;
    ``str(error)`` is ``"PATH:LINE: problem"``, as compilers print it.
    """

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.problem = str(path), line, problem
