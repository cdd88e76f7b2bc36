"""Scrapy item pipeline: clean each item's HTML into text and structured fields.

Enable it and say which item field holds the page::

    ITEM_PIPELINES = {"cleantext.integrations.scrapy.CleantextPipeline": 300}
    CLEANTEXT_HTML_FIELD = "html"      # where the page is (default "html")

Settings (all optional):

- ``CLEANTEXT_HTML_FIELD``: the field holding the HTML (``str`` or ``bytes``);
- ``CLEANTEXT_URL_FIELD``: a field with the page URL, passed to `clean` (``"url"``);
- ``CLEANTEXT_FIELDS``: the fields to write (default ``title, text, byline, date,
  language, sitename, description, captions``; see
  `cleantext.integrations.fields.FIELDS` for more, e.g. ``removed``, ``markdown``);
- ``CLEANTEXT_FIELD_PREFIX``: prefix for the written field names (``""``);
- ``CLEANTEXT_DROP_HTML``: remove the HTML field once cleaned (``False``);
- ``CLEANTEXT_ON_ERROR``: ``"keep"`` (default: log it, set ``<prefix>error``
  when the item accepts it, pass the item on) or ``"drop"`` (raise ``DropItem``).

Items without the HTML field pass through untouched. A ``scrapy.Item`` only
accepts declared fields: declare the ones written (fields it lacks are skipped
with a warning). Cleaning runs in the reactor thread, like any pipeline.
"""

from __future__ import annotations

import logging
from typing import Any

from ..api import clean
from .fields import DEFAULT_FIELDS, check_fields, field_value

logger = logging.getLogger(__name__)


class CleantextPipeline:
    """Clean ``item[html_field]`` and store the document's fields on the item."""

    def __init__(
        self,
        html_field: str = "html",
        *,
        url_field: str | None = "url",
        fields: tuple[str, ...] | list[str] = DEFAULT_FIELDS,
        prefix: str = "",
        drop_html: bool = False,
        on_error: str = "keep",
        **clean_kwargs: Any,
    ) -> None:
        if on_error not in ("keep", "drop"):
            raise ValueError(f"on_error must be 'keep' or 'drop', not {on_error!r}")
        self.html_field, self.url_field, self.prefix = html_field, url_field, prefix
        self.fields = check_fields(fields)
        self.drop_html, self.on_error, self.clean_kwargs = drop_html, on_error, clean_kwargs
        self._warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleantextPipeline:
        settings = crawler.settings
        fields = settings.getlist("CLEANTEXT_FIELDS") or list(DEFAULT_FIELDS)
        return cls(
            settings.get("CLEANTEXT_HTML_FIELD", "html"),
            url_field=settings.get("CLEANTEXT_URL_FIELD", "url") or None,
            fields=fields,
            prefix=settings.get("CLEANTEXT_FIELD_PREFIX", ""),
            drop_html=settings.getbool("CLEANTEXT_DROP_HTML", False),
            on_error=settings.get("CLEANTEXT_ON_ERROR", "keep"),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        html = adapter.get(self.html_field)
        if html is None or html == "" or html == b"":
            return item
        url = adapter.get(self.url_field) if self.url_field else None
        try:
            doc = clean(html, url=url if isinstance(url, str) else None, **self.clean_kwargs)
        except Exception as error:  # noqa: BLE001 - one bad page must not stop the crawl
            return self._failed(adapter, item, error)
        for name in self.fields:
            self._set(adapter, self.prefix + name, field_value(doc, name))
        if self.drop_html:
            del adapter[self.html_field]
        return item

    def _failed(self, adapter: Any, item: Any, error: Exception) -> Any:
        message = f"{type(error).__name__}: {error}"
        if self.on_error == "drop":
            from scrapy.exceptions import DropItem

            raise DropItem(f"cleantext could not clean the item: {message}") from error
        logger.warning("cleantext could not clean an item: %s", message)
        self._set(adapter, self.prefix + "error", message)
        return item

    def _set(self, adapter: Any, key: str, value: Any) -> None:
        try:
            adapter[key] = value
        except KeyError:
            if key not in self._warned:
                self._warned.add(key)
                logger.warning("cleantext: the item class does not declare field %r; not written", key)
