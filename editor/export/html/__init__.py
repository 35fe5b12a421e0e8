"""HTML export for the web desk: a valid, semantic, accessible page (or a CMS fragment) from the IR.

``export_html(doc, out, options)`` is the one entry point (a generator of ``Progress`` steps; close it to cancel).
See ``writer`` for the output layout (``OUT.html`` + ``OUT_files/``, self-contained, fragment), ``render`` and the
templates under ``resources/html/`` for the markup, ``jsonld`` for the structured data, ``safety`` for the
defensive checks.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["FILES_SUFFIX", "MODES", "export_html", "files_folder_name"]


def __getattr__(name: str) -> Any:
    """The writer is imported on first use: the Markdown writer and the CLI import ``safety`` alone, and
    importing the package must not load Jinja and the page templates into every command (a DOCX re-export
    from the cache takes well under a second, a third of it was this import)."""
    if name in __all__:
        return getattr(importlib.import_module("editor.export.html.writer"), name)
    raise AttributeError(name)
