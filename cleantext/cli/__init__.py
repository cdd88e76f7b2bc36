"""The command line, one way of calling the pipeline (see docs/cli.md).

- `command`: the ``cleantext`` command (console script, ``python -m cleantext``);
- `io`: its inputs and outputs (paths, globs, output file names);
- `progress`: the progress bar (tqdm's) drawn on a terminal;
- `warc`: ``cleantext warc``, WARC/ARC/WET files to JSON lines (loaded on demand);
- `catalogue`: the filter catalogue behind ``--list-filters`` and docs/filters.md.
"""

from .command import ALWAYS, EXTENSIONS, FORMATS, Progress, build_pipeline, main, render

__all__ = ["ALWAYS", "EXTENSIONS", "FORMATS", "Progress", "build_pipeline", "main", "render"]
