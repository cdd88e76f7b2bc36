"""Boosted trees as data: the compiled scorer agrees with the trees, and explanations add up."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.extract.trees import MAX_DEPTH, BoostedTrees

NAMES = ["a", "b", "c"]


@st.composite
def trees(draw: st.DrawFn, depth: int = 3) -> list[list[float]]:
    """One random tree in preorder, inner values the mean of their children (as training leaves them)."""
    nodes: list[list[float]] = []

    def grow(level: int) -> float:
        index = len(nodes)
        nodes.append([])
        if level == depth or draw(st.booleans()):
            value = draw(st.floats(-2, 2))
            nodes[index] = [-1, 0.0, 0, 0, value]
            return value
        feature = draw(st.integers(0, len(NAMES) - 1))
        threshold = draw(st.floats(-1, 1))
        left = len(nodes)
        left_value = grow(level + 1)
        right = len(nodes)
        right_value = grow(level + 1)
        value = (left_value + right_value) / 2
        nodes[index] = [feature, threshold, left, right, value]
        return value

    grow(0)
    return nodes


def _walk(model: BoostedTrees, values: dict[str, float]) -> float:
    total = model.base
    for nodes in model.trees:
        node = nodes[0]
        while node[0] != -1:
            node = nodes[node[2] if values.get(model.names[node[0]], 0.0) <= node[1] else node[3]]
        total += node[4]
    return total


@settings(max_examples=60, deadline=None)
@given(st.lists(trees(), min_size=1, max_size=6), st.dictionaries(st.sampled_from(NAMES), st.floats(-1.5, 1.5)))
def test_the_compiled_scorer_follows_the_trees_and_contributions_add_up(forest, values) -> None:
    model = BoostedTrees(names=NAMES, base=0.25, trees=forest)
    assert model.logit(values) == pytest.approx(_walk(model, values))
    roots = sum(nodes[0][4] for nodes in forest)
    assert model.base + roots + sum(model.contributions(values).values()) == pytest.approx(model.logit(values))
    assert 0.0 <= model.probability(values) <= 1.0


def test_a_feature_that_sends_a_block_to_a_low_leaf_gets_the_blame() -> None:
    model = BoostedTrees(names=["links"], base=0.0, trees=[[[0, 0.5, 1, 2, 0.0], [-1, 0, 0, 0, 1.0], [-1, 0, 0, 0, -1.0]]])
    assert model.contributions({"links": 0.9}) == {"links": -1.0}
    assert model.probability({"links": 0.9}) == pytest.approx(1 / (1 + math.e))


@pytest.mark.parametrize(
    ("nodes", "message"),
    [
        ([[0, 0.5, 1, 5, 0.0], [-1, 0, 0, 0, 1.0]], "children"),
        ([[3, 0.5, 1, 2, 0.0], [-1, 0, 0, 0, 1.0], [-1, 0, 0, 0, 1.0]], "feature"),
        ([[-1, 0, 0, 0, float("nan")]], "finite"),
        ([[-1, 0, 0, "1; import os", 0.0]], "finite"),
        ([], "no nodes"),
    ],
)
def test_a_broken_tree_is_refused_with_its_place(nodes, message) -> None:
    with pytest.raises(ValueError, match=message):
        BoostedTrees(names=["x"], base=0.0, trees=[nodes])


def test_a_tree_too_deep_to_compile_is_refused() -> None:
    depth = MAX_DEPTH + 1
    nodes = [[0, 0.0, i + 1, i + 2, 0.0] if i < 2 * depth and i % 2 == 0 else [-1, 0, 0, 0, 1.0] for i in range(2 * depth + 1)]
    with pytest.raises(ValueError, match="deeper"):
        BoostedTrees(names=["x"], base=0.0, trees=[nodes])
