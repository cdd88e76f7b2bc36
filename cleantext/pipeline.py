"""Named, composable pipeline steps.

A step is any callable ``step(doc) -> Document | None`` (``None`` means "the
same document, changed in place"). Register one by name with
:func:`register_filter` and it can be used like the built-ins::

    @register_filter("no_shouting")
    def no_shouting(doc):
        for _, block in doc.body():
            if block.text.isupper():
                doc.drop(block, "shouting", "all capitals")

    pipe = default_pipeline().insert_after("paywall", "no_shouting")
    clean(html, pipeline=pipe)

Pipelines are immutable: every edit returns a new one, so the default is never
changed by accident. The built-in steps register themselves when the package
is imported (`cleantext.steps`); this module imports none of them.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Union

from .document import Document
from .errors import CleantextError, PipelineError, StepError

Step = Callable[[Document], Union[Document, None]]
StepLike = Union[str, Step]

_REGISTRY: dict[str, Step] = {}
_LOG = logging.getLogger("cleantext")
#: Built-in steps whose unexpected failure degrades the result (a warning)
#: instead of failing the document: they only prepare and extract.
_DEGRADABLE = frozenset({"markup_signals", "main_content"})
#: Set by `cleantext.plugins` (which this module does not import): ``[load the
#: installed plug-ins' filters, add them to a pipeline]``.
_PLUGIN_HOOKS: list[Callable[..., Any]] = []


def _load_plugins() -> None:
    if _PLUGIN_HOOKS:
        _PLUGIN_HOOKS[0]()


def register_filter(name: str) -> Callable[[Step], Step]:
    """Decorator: register ``step`` under ``name`` (replacing any previous one)."""

    def decorate(step: Step) -> Step:
        _REGISTRY[name] = step
        return step

    return decorate


def get_filter(name: str) -> Step:
    """The step registered under ``name``."""
    if name not in _REGISTRY:
        _load_plugins()  # a plug-in's filter, maybe
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise PipelineError(f"no filter named {name!r}; registered: {known}") from None


def registered_filters() -> dict[str, Step]:
    """A copy of the registry, name to step (installed plug-ins' filters included)."""
    _load_plugins()
    return dict(_REGISTRY)


@dataclass(frozen=True)
class Pipeline:
    """An ordered tuple of ``(name, step)`` pairs run over one `Document`."""

    steps: tuple[tuple[str, Step], ...] = ()

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Pipeline:
        return cls(tuple((name, get_filter(name)) for name in names))

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.steps]

    def __iter__(self) -> Iterator[tuple[str, Step]]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __call__(self, doc: Document) -> Document:
        """Run the steps in order; stop early once ``doc.deadline`` has passed.

        Steps are not interrupted: the deadline is checked between them, and
        the steps not run are named in ``doc.warnings`` (``doc.truncated``).
        A built-in step that fails unexpectedly raises `StepError`, except
        markup signals and extraction, which leave a warning and go on.
        """
        for index, (name, step) in enumerate(self.steps):
            if doc.deadline is not None and time.monotonic() > doc.deadline:
                skipped = ", ".join(self.names[index:])
                doc.mark_truncated(f"time budget exhausted; steps not run: {skipped}")
                break
            with doc.running(name):
                try:
                    result = step(doc)
                except CleantextError:
                    raise
                except Exception as error:
                    if not _is_builtin(step):
                        raise  # the user's own step: their exception, unchanged
                    if name not in _DEGRADABLE:
                        _LOG.error("built-in step %r failed", name, exc_info=True)
                        raise StepError(name, error) from error
                    _LOG.warning("step %r failed; result is best-effort", name, exc_info=True)
                    doc.warnings.append(f"step {name!r} failed ({type(error).__name__}); result is best-effort")
                    continue
            if result is not None:
                doc = result
        return doc

    # -- editing: each returns a new pipeline -------------------------------------
    def without(self, *names: str) -> Pipeline:
        for name in names:
            self._index(name)
        return Pipeline(tuple(s for s in self.steps if s[0] not in names))

    def only(self, *names: str) -> Pipeline:
        for name in names:
            self._index(name)
        return Pipeline(tuple(s for s in self.steps if s[0] in names))

    def replace(self, name: str, step: StepLike) -> Pipeline:
        index = self._index(name)
        steps = list(self.steps)
        steps[index] = (name, _resolve(step))
        return Pipeline(tuple(steps))

    def add(
        self,
        step: StepLike,
        name: str | None = None,
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> Pipeline:
        """Add ``step`` at the end, or ``before``/``after`` a named step."""
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        entry = (_name_of(step, name), _resolve(step))
        if entry[0] in self.names:
            raise PipelineError(f"the pipeline already has a step named {entry[0]!r}")
        steps = list(self.steps)
        if before is not None:
            steps.insert(self._index(before), entry)
        elif after is not None:
            steps.insert(self._index(after) + 1, entry)
        else:
            steps.append(entry)
        return Pipeline(tuple(steps))

    def insert_before(self, anchor: str, step: StepLike, name: str | None = None) -> Pipeline:
        return self.add(step, name, before=anchor)

    def insert_after(self, anchor: str, step: StepLike, name: str | None = None) -> Pipeline:
        return self.add(step, name, after=anchor)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise PipelineError(f"no step named {name!r} in pipeline {self.names}") from None


def _is_builtin(step: Step) -> bool:
    """True for steps defined inside the ``cleantext`` package."""
    module = getattr(step, "__module__", None) or type(step).__module__
    return module == "cleantext" or module.startswith("cleantext.")


def _resolve(step: StepLike) -> Step:
    if isinstance(step, str):
        return get_filter(step)
    if not callable(step):
        raise PipelineError(f"a step must be a name or a callable, not {type(step).__name__}")
    return step


def _name_of(step: StepLike, name: str | None) -> str:
    if name:
        return name
    if isinstance(step, str):
        return step
    return str(getattr(step, "name", None) or getattr(step, "__name__", type(step).__name__))


#: Step names of the default pipeline, in order. Markup and extraction steps do
#: nothing on plain-text input; the text filters run on both.
DEFAULT_STEPS = (
    "prune_inert",
    "site_rules",
    "markup_signals",
    "main_content",
    "site_text_rules",
    "separator",
    "paywall",
    "qr_code",
    "app_prompt",
    "newsletter",
    "share",
    "related",
    "link_list",
    "advertisement",
    "cookie_notice",
    "comments",
    "photo_credit",
    "byline",
    "metadata_line",
    "donation",
    "block_evidence",
    "author_bio",
    "comment_thread",
    "tag_list",
    "tail",
    "button_labels",
    "article_end",
    "title",
)


def default_pipeline() -> Pipeline:
    """The pipeline `clean` uses when none is given: `DEFAULT_STEPS` and installed plug-in filters."""
    base = Pipeline.from_names(DEFAULT_STEPS)
    return _PLUGIN_HOOKS[1](base) if len(_PLUGIN_HOOKS) > 1 else base
