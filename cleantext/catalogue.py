"""Old path of `cleantext.cli.catalogue`, kept so imports and ``python -m cleantext.catalogue`` keep working."""

import sys

from .cli.catalogue import builtin_steps, docstring, render, summaries

__all__ = ["builtin_steps", "docstring", "render", "summaries"]

if __name__ == "__main__":
    sys.stdout.write(render())
