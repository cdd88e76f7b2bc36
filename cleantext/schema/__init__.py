"""The JSON Schema of the document layout (``Document.to_dict`` / ``to_json``).

>>> load_schema()["properties"]["schema_version"]["const"] == SCHEMA_VERSION
True
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..document import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "load_schema", "schema_text"]


def schema_text() -> str:
    """The schema file's text (``document.schema.json``, shipped as package data)."""
    return resources.files(__name__).joinpath("document.schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The schema as a dictionary (cached: do not modify it)."""
    return json.loads(schema_text())
