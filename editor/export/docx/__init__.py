"""DOCX export: the IR translated onto a reference template (house styles), photos as print-sized renditions.

``export_docx(doc, out, options)`` is the one entry point (a generator of progress steps); see ``writer.py``.
"""

from __future__ import annotations

from editor.export.docx.writer import export_docx

__all__ = ["export_docx"]
