"""Old path of `cleantext.cli.warc`, kept so imports and ``python -m cleantext.warc_cli`` keep working."""

import sys

from .cli.warc import Summary, main

__all__ = ["Summary", "main"]

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
