"""Filters from other packages, found through the ``cleantext.filters`` entry-point group.

A package registers a filter in its ``pyproject.toml``::

    [project.entry-points."cleantext.filters"]
    dateline = "my_package.filters:dateline"

After ``pip install``, ``dateline`` is a step like the built-ins: it joins the
default pipeline (before ``title``, or next to the step its ``after`` or
``before`` attribute names) and can be named in pipelines, ``--only`` and
``--disable``; ``cleantext filters`` lists it with its package.

Plug-ins are loaded once, the first time the registry is listed or asked for
a name it lacks. One that fails to import, is not callable or takes a
built-in's name is skipped with a warning naming it. One that raises while
cleaning leaves the document as it was, with a warning naming it in
``doc.warnings``: the built-in pipeline always runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from . import pipeline
from .document import Document

GROUP = "cleantext.filters"
#: The step a plug-in filter runs before when it names no place of its own.
DEFAULT_ANCHOR = "title"
_LOG = logging.getLogger("cleantext")


@dataclass(frozen=True)
class PluginInfo:
    """One entry point of the group: its name, target, package and why it failed (if it did)."""

    name: str
    target: str
    package: str
    error: str | None = None

    @property
    def loaded(self) -> bool:
        return self.error is None


class PluginStep:
    """A plug-in's filter, run so that its failure is a warning on the document, not an error."""

    def __init__(self, name: str, package: str, step: Any) -> None:
        self.name, self.package, self.step = name, package, step
        self.__doc__ = getattr(step, "__doc__", None)
        self.after: str | None = getattr(step, "after", None)
        self.before: str | None = getattr(step, "before", None)

    def __call__(self, doc: Document) -> Document | None:
        try:
            result = self.step(doc)
        except Exception as error:  # noqa: BLE001 - a plug-in's bug must not cost the document
            message = f"plug-in filter {self.name!r} (package {self.package}) failed: {type(error).__name__}: {str(error)[:200]}"
            _LOG.warning(message, exc_info=True)
            doc.warnings.append(message + "; skipped")
            return None
        return result if isinstance(result, Document) else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (_registered, (self.name,))  # sent by name: the worker loads the plug-ins itself

    def __repr__(self) -> str:
        return f"PluginStep({self.name!r}, package={self.package!r})"


def _registered(name: str) -> Any:
    return pipeline.get_filter(name)


_FOUND: list[PluginInfo] | None = None


def _package_of(entry: metadata.EntryPoint) -> str:
    dist = getattr(entry, "dist", None)
    return str(getattr(dist, "name", None) or entry.value.split(":")[0].split(".")[0])


def load_plugins() -> list[PluginInfo]:
    """Register the filters of every installed plug-in (once); returns a `PluginInfo` per entry point."""
    global _FOUND
    if _FOUND is not None:
        return _FOUND
    _FOUND = []
    try:
        entries = sorted(metadata.entry_points(group=GROUP), key=lambda e: (e.name, e.value))
    except Exception as error:  # noqa: BLE001 - broken package metadata must not stop cleantext
        _LOG.warning("cannot read the %s entry points: %s", GROUP, error)
        return _FOUND
    for entry in entries:
        info = _load(entry)
        _FOUND.append(info)
        if info.error:
            _LOG.warning("cleantext plug-in filter %r (package %s) skipped: %s", info.name, info.package, info.error)
    return _FOUND


def _load(entry: metadata.EntryPoint) -> PluginInfo:
    package = _package_of(entry)
    info = PluginInfo(entry.name, entry.value, package)
    existing = pipeline._REGISTRY.get(entry.name)
    if isinstance(existing, PluginStep):
        return PluginInfo(entry.name, entry.value, package, f"package {existing.package} already registered {entry.name!r}")
    if existing is not None and pipeline._is_builtin(existing):
        return PluginInfo(entry.name, entry.value, package, f"the name {entry.name!r} is a built-in step's")
    try:
        step = entry.load()
    except BaseException as error:  # noqa: BLE001 - an ImportError, a SyntaxError, a SystemExit in the plug-in...
        if isinstance(error, KeyboardInterrupt):
            raise
        return PluginInfo(entry.name, entry.value, package, f"cannot load {entry.value}: {type(error).__name__}: {error}")
    if not callable(step):
        return PluginInfo(entry.name, entry.value, package, f"{entry.value} is not callable")
    pipeline.register_filter(entry.name)(PluginStep(entry.name, package, step))
    return info


def plugin_steps() -> list[tuple[str, PluginStep]]:
    """The loaded plug-in filters, by name."""
    load_plugins()
    return sorted((n, s) for n, s in pipeline._REGISTRY.items() if isinstance(s, PluginStep))


def with_plugins(base: pipeline.Pipeline) -> pipeline.Pipeline:
    """``base`` with every loaded plug-in filter added where it asks (default: before ``title``)."""
    result = base
    for name, step in plugin_steps():
        if name in result:
            continue
        anchors = [("after", step.after), ("before", step.before), ("before", DEFAULT_ANCHOR)]
        place = next(((side, anchor) for side, anchor in anchors if anchor and anchor in result), None)
        if place is None:
            result = result.add(step, name)
        else:
            result = result.add(step, name, **{place[0]: place[1]})
    return result


pipeline._PLUGIN_HOOKS[:] = [load_plugins, with_plugins]

__all__ = ["DEFAULT_ANCHOR", "GROUP", "PluginInfo", "PluginStep", "load_plugins", "plugin_steps", "with_plugins"]
