"""A datatrove extractor: cleantext in place of datatrove's ``Trafilatura`` step.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.integrations.datatrove import CleantextExtractor

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/", glob_pattern="*.warc.gz"),   # HTML responses
        CleantextExtractor(),                             # or input_format="text" on WET files
        JsonlWriter("cleaned/"),
    ], tasks=4).run()

Like datatrove's extractors it turns each document's ``text`` (HTML, or a WET
file's plain text) into the extracted body text, in datatrove's sandbox process
with a per-document ``timeout``, and drops documents that come out empty. It
also records what it removed: ``doc.metadata["cleantext_removed"]`` maps each
removal label to its count (``{"paywall": 1, "share": 2}``), and the step's
stats count ``removed_<label>`` over all documents.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

from ..api import clean

#: Where the per-label counts of removed blocks go in ``doc.metadata`` by default.
REMOVED_KEY = "cleantext_removed"


class CleantextExtractor(BaseExtractor):
    """Extract an article's body with `cleantext.clean`, counting what was removed.

    Args:
        input_format: ``"html"``, ``"text"`` (for WET records) or ``None`` to guess per document.
        timeout: seconds per document in datatrove's sandbox process, which is
            killed and replaced past it (the document is then skipped).
        removed_key: ``doc.metadata`` key for the ``{label: count}`` of removed
            blocks; ``None`` leaves the metadata alone.
        **clean_options: passed to `clean` (``pipeline=``, ``include_comments=``,
            ``time_budget=``, ...). The pipeline must be picklable, as for
            `cleantext.clean_many`, when datatrove's workers are spawned.
    """

    name = "🧹 cleantext"
    _warned_error: bool  # set by BaseExtractor.__init__

    def __init__(self, input_format: str | None = None, timeout: float = 5.0, removed_key: str | None = REMOVED_KEY, **clean_options: Any) -> None:
        super().__init__(timeout)
        if input_format not in (None, "html", "text"):
            raise ValueError(f"input_format must be 'html', 'text' or None, not {input_format!r}")
        self.input_format = input_format
        self.removed_key = removed_key
        self.clean_options = clean_options

    def extract(self, text: str) -> str:
        """The body text cleantext keeps of ``text`` (datatrove's extractor interface)."""
        return self.clean_text(text)[0]

    def clean_text(self, text: str, url: str | None = None) -> tuple[str, dict[str, int]]:
        """The body text of ``text`` and the count of removed blocks per label."""
        doc = clean(text, input_format=self.input_format, url=url, **self.clean_options)
        return doc.text, dict(Counter(block.label for block in doc.removed))

    def _sandboxed(self, text: str | tuple[str, str | None], url: str | None = None) -> tuple[str, dict[str, int]] | Exception:
        """`clean_text` for the sandbox process: an error is returned (the sandbox raises it here), not fatal there.

        datatrove 0.10 unpacks the ``(text, url)`` it is sent into two arguments; earlier releases pass the tuple.
        """
        if isinstance(text, tuple):
            text, url = text
        try:
            return self.clean_text(text, url)
        except Exception as error:  # noqa: BLE001 - a plain RuntimeError always pickles back
            return RuntimeError(f"{type(error).__name__}: {error}")

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """`BaseExtractor.run`, with the removal counts set in each document's metadata and the stats."""
        with ExtractorSandbox(timeout=self.timeout) as sandbox:  # its warm-up cleans ""
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        text, removed = sandbox.process_document((doc.text, doc.metadata.get("url")), self._sandboxed)
                        self.stat_update("extracted")
                    except TimeoutError:
                        self.stat_update("timeout")
                        logger.warning("⏰ Timeout while cleaning record text. Skipping record.")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        logger.warning("Process died unexpectedly, will create new process for next document")
                        continue
                    except Exception as error:  # noqa: BLE001 - as datatrove's own extractors: count, warn once, go on
                        self.stat_update("clean_error")
                        if not self._warned_error:
                            logger.warning(f'❌ Error "{error}" while cleaning record text. Skipping record. This message will only appear once.')
                            self._warned_error = True
                        continue
                doc.text = text
                if self.removed_key is not None:
                    doc.metadata[self.removed_key] = removed
                for label, count in removed.items():
                    self.stat_update(f"removed_{label}", value=count)
                if doc.text:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)


__all__ = ["REMOVED_KEY", "CleantextExtractor"]
