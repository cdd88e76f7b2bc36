"""``python -m cleantext``: the command line."""

from .cli import main

raise SystemExit(main())
