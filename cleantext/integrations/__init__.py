"""Integrations with other tools, each behind an optional extra.

- `cleantext.integrations.scrapy`: ``CleantextPipeline``, a Scrapy item pipeline
  (``pip install "cleantext-articles[scrapy]"``);
- `cleantext.integrations.pandas`: the ``series.cleantext`` accessor, registered
  on import (``pip install "cleantext-articles[pandas]"``).

Both turn a `Document` into flat fields with `fields.field_value`.
"""
