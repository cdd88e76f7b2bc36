"""Old path of `cleantext.integrations.warc`, kept so existing imports keep working."""

from .integrations.warc import (
    GENERIC_TYPES,
    HTML_TYPES,
    HtmlRecord,
    RecordTimeout,
    Source,
    WarcResult,
    clean_record,
    clean_records,
    clean_warc,
    clean_warcs,
    decode_payload,
    header_charset,
    is_html,
    media_type,
    read_warc,
    time_budget,
)

__all__ = [
    "GENERIC_TYPES", "HTML_TYPES", "HtmlRecord", "RecordTimeout", "Source", "WarcResult",
    "clean_record", "clean_records", "clean_warc", "clean_warcs", "decode_payload",
    "header_charset", "is_html", "media_type", "read_warc", "time_budget",
]
