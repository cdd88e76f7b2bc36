"""Boosted decision trees kept as data: scored by one compiled function, explained by their paths.

A model is a base log-odds plus a list of small regression trees. Each tree is
a list of nodes ``[feature, threshold, left, right, value]`` (node 0 is the
root); a leaf has feature ``-1`` and adds its ``value`` to the log-odds, an
inner node sends a block left when its feature's value is ``<= threshold``.
An inner node's ``value`` is the mean of the leaves below it (weighted by the
training blocks that reached them), which is what the explanation needs: on
the way from the root to the leaf, each step changes the expected log-odds,
and that change is credited to the feature the step tested (Saabas' path
attribution). So a block's log-odds is exactly the base, plus every root's
value, plus the sum of its features' contributions.

Scoring walks no lists: the trees are turned once into a Python function of
nested conditional expressions over one local name per feature (only numbers
from the model go into its source, checked first), which is about four times
faster than looping over nodes.
Explaining walks none either: a second compiled function follows every tree
with plain statements that credit each step to its feature.
"""

from __future__ import annotations

import functools
import math
import operator
from dataclasses import dataclass, field
from typing import Callable, Sequence

#: Deeper trees than this are refused (their generated expression would nest too deep).
MAX_DEPTH = 12

Node = Sequence[float]


def _check(trees: Sequence[Sequence[Node]], features: int) -> None:
    for number, nodes in enumerate(trees):
        if not nodes:
            raise ValueError(f"tree {number} has no nodes")
        for index, node in enumerate(nodes):
            if len(node) != 5 or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in node):
                raise ValueError(f"tree {number}, node {index}: expected 5 finite numbers, got {node!r}")
            feature, _, left, right, _ = node
            if feature == -1:
                continue
            if feature != int(feature) or not 0 <= feature < features:
                raise ValueError(f"tree {number}, node {index}: feature {feature!r} is not one of the {features} names")
            if not (index < left < len(nodes) and index < right < len(nodes)) or left != int(left) or right != int(right):
                raise ValueError(f"tree {number}, node {index}: children {left!r}, {right!r} must come later in the tree")


def _expression(nodes: Sequence[Node], index: int, depth: int) -> str:
    feature, threshold, left, right, value = nodes[index]
    if feature == -1:
        return repr(float(value))
    if depth >= MAX_DEPTH:
        raise ValueError(f"a tree is deeper than {MAX_DEPTH}")
    return (
        f"({_expression(nodes, int(left), depth + 1)} if x{int(feature)} <= {float(threshold)!r}"
        f" else {_expression(nodes, int(right), depth + 1)})"
    )


def _contribution_lines(nodes: Sequence[Node], index: int, indent: int) -> list[str]:
    """Statements that follow a tree from ``index``, crediting each step's change of value to its feature."""
    feature, threshold, left, right, value = nodes[index]
    if feature == -1:
        return []
    pad, inner = " " * indent, " " * (indent + 4)
    lines = [f"{pad}if x[{int(feature)}] <= {float(threshold)!r}:"]
    lines.append(f"{inner}m[{int(feature)}] += {float(nodes[int(left)][4] - value)!r}")
    lines += _contribution_lines(nodes, int(left), indent + 4)
    lines.append(f"{pad}else:")
    lines.append(f"{inner}m[{int(feature)}] += {float(nodes[int(right)][4] - value)!r}")
    lines += _contribution_lines(nodes, int(right), indent + 4)
    return lines


def _compile_contributions(trees: Sequence[Sequence[Node]], features: int) -> Callable[[Sequence[float]], list[float]]:
    lines = ["def contributions(x):", f"    m = [0.0] * {int(features)}"]
    for nodes in trees:
        lines += _contribution_lines(nodes, 0, 4)
    lines.append("    return m")
    namespace: dict[str, Callable[[Sequence[float]], list[float]]] = {}
    exec(compile("\n".join(lines), "<boosted tree contributions>", "exec"), namespace)  # noqa: S102 - numbers only, checked
    return namespace["contributions"]


def _compile(base: float, trees: Sequence[Sequence[Node]], features: int) -> Callable[[Sequence[float]], float]:
    # The vector is unpacked into one local name per feature (x0, x1, ...):
    # a local is read faster than a list item, about a quarter off the time.
    unpack = "".join(f"x{i}, " for i in range(features)) + "= x" if features else "pass"
    lines = ["def log_odds(x):", f"    {unpack}", f"    z = {float(base)!r}"]
    lines += [f"    z += {_expression(nodes, 0, 0)}" for nodes in trees]
    lines.append("    return z")
    namespace: dict[str, Callable[[Sequence[float]], float]] = {}
    exec(compile("\n".join(lines), "<boosted trees>", "exec"), namespace)  # noqa: S102 - numbers only, checked
    return namespace["log_odds"]


@dataclass(frozen=True)
class BoostedTrees:
    """A gradient-boosted tree model over named features (missing features count as 0)."""

    names: list[str]
    base: float
    trees: list[list[list[float]]]
    #: The training blocks' mean of each feature, to say whether a value is high or low.
    means: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check(self.trees, len(self.names))
        self._log_odds  # compiled now, so that a tree too deep fails on loading

    @functools.cached_property
    def _log_odds(self) -> Callable[[Sequence[float]], float]:
        return _compile(self.base, self.trees, len(self.names))

    @functools.cached_property
    def _getter(self) -> Callable[[dict[str, float]], Sequence[float]]:
        if len(self.names) == 1:
            name = self.names[0]
            return lambda values: (values[name],)
        return operator.itemgetter(*self.names)

    def vector(self, values: dict[str, float]) -> Sequence[float]:
        """The features' values in the model's order (read in one call when every name is there)."""
        try:
            return self._getter(values)
        except KeyError:
            get = values.get
            return [get(name, 0.0) for name in self.names]

    def logit(self, values: dict[str, float]) -> float:
        return self._log_odds(self.vector(values))

    def probability(self, values: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.logit(values)))))

    @functools.cached_property
    def _contributions(self) -> Callable[[Sequence[float]], list[float]]:
        return _compile_contributions(self.trees, len(self.names))

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        """How much each feature moved this block's log-odds from the trees' expected value."""
        moved = self._contributions(self.vector(values))
        return {name: m for name, m in zip(self.names, moved) if m}
