"""Old path of `cleantext.integrations.spark`, kept so existing imports keep working."""

from .integrations.spark import DEFAULT_TIMEOUT, FIELDS, REMOVED_FIELDS, Opener, clean_dataframe, clean_partition, schema, to_row

__all__ = ["DEFAULT_TIMEOUT", "FIELDS", "Opener", "REMOVED_FIELDS", "clean_dataframe", "clean_partition", "schema", "to_row"]
