"""pandas: the ``cleantext`` accessor on Series of HTML or text, registered on import.

>>> import pandas as pd
>>> import cleantext.integrations.pandas  # registers the accessor
>>> frame = pd.Series(["A short headline\\n\\nThe story itself, in a full sentence."]).cleantext.clean()
>>> frame.loc[0, "title"], frame.loc[0, "text"], bool(pd.isna(frame.loc[0, "error"]))
('A short headline', 'The story itself, in a full sentence.', True)
"""

from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

from ..batch import clean_many
from .fields import DEFAULT_FIELDS, check_fields, field_value


@pd.api.extensions.register_series_accessor("cleantext")
class CleantextAccessor:
    """``series.cleantext``: clean every value of a Series of pages or texts."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def documents(self, *, jobs: int = 1, timeout: float | None = None, **clean_kwargs: Any) -> pd.Series:
        """A Series of `Document` (``None`` where cleaning failed), same index."""
        results = clean_many(self._values(), jobs=jobs, timeout=timeout, **clean_kwargs)
        return pd.Series([r.document for r in results], index=self._series.index, dtype=object)

    def clean(
        self,
        fields: Iterable[str] = DEFAULT_FIELDS,
        *,
        jobs: int = 1,
        timeout: float | None = None,
        **clean_kwargs: Any,
    ) -> pd.DataFrame:
        """A DataFrame, one row per value (same index), one column per field, plus ``error``.

        A value that fails (not text, too large, timed out) gives a row of
        missing values with the message in ``error``; missing values (NaN) fail
        too. Check with ``frame["error"].isna()`` (pandas may store ``None`` as NaN).
        """
        names = check_fields(fields)
        rows = []
        for result in clean_many(self._values(), jobs=jobs, timeout=timeout, **clean_kwargs):
            doc = result.document
            row = {n: field_value(doc, n) if doc is not None else None for n in names}
            row["error"] = result.error
            rows.append(row)
        return pd.DataFrame(rows, index=self._series.index, columns=[*names, "error"])

    def _values(self) -> Iterable[Any]:
        return (value for value in self._series.tolist())
