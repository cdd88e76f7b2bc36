"""Integrations with other tools, each behind an optional extra.

- `cleantext.integrations.scrapy`: ``CleantextPipeline``, a Scrapy item pipeline
  (``pip install "cleantext-articles[scrapy]"``);
- `cleantext.integrations.pandas`: the ``series.cleantext`` accessor, registered
  on import (``pip install "cleantext-articles[pandas]"``);
- `cleantext.integrations.warc`: ``clean_warc``, the HTML pages of WARC/ARC files
  and the text of WET files (``pip install "cleantext-articles[warc]"``);
- `cleantext.integrations.spark`: ``clean_partition`` and ``clean_dataframe`` for
  Spark jobs (``pip install "cleantext-articles[spark]"``);
- `cleantext.integrations.datatrove`: ``CleantextExtractor``, a datatrove
  pipeline step (``pip install "cleantext-articles[datatrove]"``).

Scrapy and pandas turn a `Document` into flat fields with `fields.field_value`.
Importing this package imports none of them (nor their tools).
"""
