"""Find the line of a key in a TOML file, to point a semantic error at it.

``tomllib`` gives line numbers only for syntax errors; a bad selector or an
unknown key is found after parsing, in the data. `KeyLocator` scans the text
for table headers (``[[strip]]``, ``[body]``) and ``key =`` lines, which is
enough for the flat files site rules are. When a key is written some other way
(an inline table, a dotted key), the line of its table, else ``None``, is given.
"""

from __future__ import annotations



def _header_of(line: str) -> str | None:
    """The table name of a ``[name]`` or ``[[name]]`` line (a comment may follow), else ``None``."""
    text = line.split("#", 1)[0].strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    return text.strip("[]").strip().strip("\"'") or None


def _key_of(line: str) -> str | None:
    """The key of a ``key = value`` line, else ``None`` (plain string work: no regex to go quadratic)."""
    text = line.strip()
    if not text or text[0] in "#[":
        return None
    head, equals, _ = text.partition("=")
    return head.strip().strip("\"'") if equals else None


class KeyLocator:
    """Line numbers (1-based) of tables, keys and string values in one TOML text.

    >>> text = 'hosts = ["a.com"]\\n\\n[[strip]]\\ncss = ".x"\\n\\n[[strip]]\\nxpath = "//p"\\nlabel = "Ad"\\n'
    >>> locate = KeyLocator(text)
    >>> locate.line(None, 0, "hosts"), locate.line("strip", 1, None), locate.line("strip", 1, "label")
    (1, 6, 8)
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        #: (line number, table name) of every header, in order; top-level keys come before the first.
        self.headers: list[tuple[int, str]] = []
        for number, line in enumerate(self.lines, 1):
            name = _header_of(line)
            if name is not None:
                self.headers.append((number, name))

    def _span(self, table: str | None, index: int) -> tuple[int, int] | None:
        """First and last line of the ``index``-th ``table`` (``None``: the top level)."""
        if table is None:
            end = self.headers[0][0] - 1 if self.headers else len(self.lines)
            return 1, end
        seen = 0
        for position, (number, name) in enumerate(self.headers):
            if name == table:
                if seen == index:
                    end = self.headers[position + 1][0] - 1 if position + 1 < len(self.headers) else len(self.lines)
                    return number, end
                seen += 1
        return None

    def line(self, table: str | None, index: int, key: str | None, value: str | None = None) -> int | None:
        """The line of ``key`` (its ``value``'s line if found) in the ``index``-th ``table``.

        Without ``key``, the table's header line. Falls back to the table's line,
        then to the line of ``table = ...`` at the top level, then ``None``.
        """
        span = self._span(table, index)
        if span is None:
            if table is not None:  # written inline: `strip = [{css = ...}]`
                return self.line(None, 0, table)
            return None
        first, last = span
        if key is None:
            return first if table is not None else None
        for number in range(first, last + 1):
            if _key_of(self.lines[number - 1]) == key:
                return self._value_line(number, last, value) if value else number
        return first if table is not None else None

    def _value_line(self, start: int, last: int, value: str) -> int:
        """The line from ``start`` on (until the next key) holding the string ``value``."""
        for number in range(start, last + 1):
            text = self.lines[number - 1]
            if number > start and _key_of(text) is not None:
                break
            if value in text:
                return number
        return start
