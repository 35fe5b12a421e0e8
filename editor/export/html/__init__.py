"""HTML export for the web desk: a valid, semantic, accessible page (or a CMS fragment) from the IR.

``export_html(doc, out, options)`` is the one entry point (a generator of ``Progress`` steps; close it to cancel).
See ``writer`` for the output layout (``OUT.html`` + ``OUT_files/``, self-contained, fragment), ``render`` and the
templates under ``resources/html/`` for the markup, ``jsonld`` for the structured data, ``safety`` for the
defensive checks.
"""

from __future__ import annotations

from editor.export.html.writer import FILES_SUFFIX, MODES, export_html, files_folder_name

__all__ = ["FILES_SUFFIX", "MODES", "export_html", "files_folder_name"]
