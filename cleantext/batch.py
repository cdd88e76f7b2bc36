"""`clean_many`: clean a stream of documents, in order, each within a time budget.

Items may be a source (anything `clean` takes), a ``pathlib.Path`` (read by the
worker; ``.gz`` files are decompressed), an ``(id, source)`` pair, or an
``(id, source, options)`` triple whose dict of `clean` keyword arguments
(``input_format``, ``url``, ...) applies to that item alone. Results come
back in input order as `BatchResult`s; an error or timeout on one document is a
failed result for it, never an exception for the batch.

Site templates (`cleantext.site.templates`): with ``templates=True`` (the
default) blocks repeated across many pages of one host in the batch are
removed (label ``site_template``; an item's host comes from its ``url``
option, its page's canonical link, or ``site=``). That needs the whole batch
first: results are spooled to a temporary file (not held in memory) and
yielded once every item is cleaned. ``templates=False`` streams each result
as soon as it and those before it are done.

Where the work runs:

- ``jobs=1`` and no ``timeout``: in this process (no overhead, easy to debug).
- ``jobs>1``, or any ``timeout``: in worker processes. A document that runs past
  ``timeout`` has its worker killed and replaced. Killing a process is the only
  way to stop a document stuck inside C code (a regular expression, the HTML
  parser), which a signal-based alarm cannot interrupt; alarms also only work
  on the main thread. So ``jobs=1`` with a timeout uses one worker process.

Worker processes need sources, results and the pipeline to be picklable;
registered steps are sent by name, so the default pipeline and its edits work.

>>> [r.document.title for r in clean_many(["Headline\\n\\nBody text of it."])]
['Headline']
"""

from __future__ import annotations

import gzip
import multiprocessing
import pickle
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Iterable, Iterator

from .api import clean
from .document import Document
from .errors import PipelineError
from .pipeline import Pipeline, registered_filters
from .site.rules import RulesLike, load_rules


@dataclass
class BatchResult:
    """The outcome of one document of a batch."""

    index: int
    #: The id given with the item, the path of a ``Path`` item, else ``None``.
    source: str | None
    document: Document | None
    error: str | None = None
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.document is not None and self.error is None

    @property
    def name(self) -> str:
        """``source``, or ``#index`` when the item had no id."""
        return self.source if self.source is not None else f"#{self.index}"


def read_source(path: Path) -> bytes:
    """The bytes of ``path``, gunzipped when its name ends in ``.gz``."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix.lower() == ".gz" else data


def _split(item: Any) -> tuple[str | None, Any, dict[str, Any]]:
    """An item's id, source and own `clean` options."""
    if isinstance(item, tuple) and len(item) == 3 and isinstance(item[2], dict):
        return (None if item[0] is None else str(item[0])), item[1], item[2]
    if isinstance(item, tuple) and len(item) == 2:
        return (None if item[0] is None else str(item[0])), item[1], {}
    if isinstance(item, Path):
        return str(item), item, {}
    return None, item, {}


def _run(index: int, source_id: str | None, payload: Any, kwargs: dict[str, Any], own: dict[str, Any] | None = None) -> BatchResult:
    start = time.perf_counter()
    try:
        data = read_source(payload) if isinstance(payload, Path) else payload
        doc = clean(data, **({**kwargs, **own} if own else kwargs))
    except Exception as error:  # noqa: BLE001 - one bad document must not stop the batch
        return BatchResult(index, source_id, None, f"{type(error).__name__}: {error}", time.perf_counter() - start)
    return BatchResult(index, source_id, doc, None, time.perf_counter() - start)


def _portable(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` with a pipeline's registered steps replaced by their names (picklable)."""
    pipeline = kwargs.get("pipeline")
    if pipeline is None:
        return kwargs
    registry = registered_filters()
    steps = tuple((name, _portable_step(name, step, registry.get(name))) for name, step in pipeline)
    return {**kwargs, "pipeline": ("portable", steps)}


def _portable_step(name: str, step: Any, registered: Any) -> Any:
    # Built-ins are registered on import in every process: send their names.
    # Other steps are pickled; a registered one that cannot be goes by name
    # (found in the worker when it was forked, or registers on import).
    if registered is step and str(getattr(step, "__module__", "")).startswith("cleantext."):
        return name
    try:
        pickle.dumps(step)
    except Exception as error:  # noqa: BLE001 - pickling can fail in many ways
        if registered is step:
            return name
        raise PipelineError(
            f"step {name!r} cannot be sent to worker processes ({error}); "
            "define it at module level, register it, or use jobs=1 without a timeout"
        ) from error
    return step


def _restore(kwargs: dict[str, Any]) -> dict[str, Any]:
    pipeline = kwargs.get("pipeline")
    if isinstance(pipeline, tuple) and pipeline[0] == "portable":
        registry = registered_filters()
        steps = tuple((name, registry[step] if isinstance(step, str) else step) for name, step in pipeline[1])
        return {**kwargs, "pipeline": Pipeline(steps)}
    return kwargs


def _worker_main(conn: Connection, kwargs: dict[str, Any]) -> None:
    kwargs = _restore(kwargs)
    while True:
        task = conn.recv()
        if task is None:
            return
        index, source_id, payload, own = task
        conn.send(_run(index, source_id, payload, kwargs, own))


class _Worker:
    def __init__(self, context: Any, kwargs: dict[str, Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, kwargs), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, str | None, float] | None = None  # index, source id, start time

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
            self.process.join(timeout=1)
        if kill or self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def clean_many(
    items: Iterable[Any],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    templates: bool = True,
    rules: RulesLike | None = None,
    **clean_kwargs: Any,
) -> Iterator[BatchResult]:
    """Clean every item, yielding one `BatchResult` per item in input order.

    ``jobs`` is the number of worker processes; ``timeout`` the seconds one
    document may take (``None``: no limit). ``templates`` removes each host's
    repeated blocks (see the module docstring: results then come after the
    whole batch). ``rules`` is a site-rules file or folder, read once here (a
    mistake raises `RulesError` before any work). Other keyword arguments go
    to `clean` (``pipeline=``, ``input_format=``, ``site=``, ...); an
    ``(id, source, options)`` item's options override them for that item.
    Items are read lazily; at most a few per worker are held at a time.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive or None, not {timeout}")
    if rules is not None:
        clean_kwargs["rules"] = load_rules(rules)
    results = _results(items, jobs, timeout, clean_kwargs)
    if templates:
        from .site.templates import remove_templates

        results = remove_templates(results, lambda result: result.document)
    return results


def _results(items: Iterable[Any], jobs: int, timeout: float | None, kwargs: dict[str, Any]) -> Iterator[BatchResult]:
    if jobs == 1 and timeout is None:
        for index, item in enumerate(items):
            source_id, payload, own = _split(item)
            yield _run(index, source_id, payload, kwargs, own)
        return
    yield from _pooled(items, jobs, timeout, _portable(kwargs))


def _pooled(items: Iterable[Any], jobs: int, timeout: float | None, kwargs: dict[str, Any]) -> Iterator[BatchResult]:
    context = multiprocessing.get_context()
    workers = [_Worker(context, kwargs) for _ in range(jobs)]
    todo = enumerate(items)
    done: dict[int, BatchResult] = {}
    next_out, exhausted, window = 0, False, jobs * 4
    try:
        while True:
            idle = [w for w in workers if w.task is None]
            busy_count = len(workers) - len(idle)
            while idle and not exhausted and busy_count + len(done) < window:
                try:
                    index, item = next(todo)
                except StopIteration:
                    exhausted = True
                    break
                source_id, payload, own = _split(item)
                worker = idle[-1]
                try:
                    worker.conn.send((index, source_id, payload, own))
                except Exception as error:  # noqa: BLE001 - e.g. an unpicklable source
                    done[index] = BatchResult(index, source_id, None, f"cannot send to a worker process: {error}")
                    if isinstance(error, OSError):  # the worker is gone: replace it
                        position = workers.index(worker)
                        worker.stop(kill=True)
                        workers[position] = idle[-1] = _Worker(context, kwargs)
                    continue
                worker.task = (index, source_id, time.perf_counter())
                idle.pop()
                busy_count += 1
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if exhausted:
                    return
                continue
            wait_for = None
            if timeout is not None:
                earliest = min(w.task[2] for w in busy if w.task)
                wait_for = max(0.0, earliest + timeout - time.perf_counter())
            ready = set(wait([w.conn for w in busy], timeout=wait_for))
            for position, worker in enumerate(workers):
                if worker.task is None:
                    continue
                index, source_id, start = worker.task
                elapsed = time.perf_counter() - start
                if worker.conn in ready:
                    try:
                        done[index] = worker.conn.recv()
                        worker.task = None
                        continue
                    except (EOFError, OSError):
                        message = f"worker process died (exit code {worker.process.exitcode})"
                elif timeout is not None and elapsed >= timeout:
                    message = f"timed out after {timeout:g}s"
                else:
                    continue
                done[index] = BatchResult(index, source_id, None, message, elapsed)
                worker.stop(kill=True)
                workers[position] = _Worker(context, kwargs)
    finally:
        for worker in workers:
            worker.stop(kill=worker.task is not None)
