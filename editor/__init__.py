"""Bản Thảo: assemble a Vietnamese news article with captioned photos and export it to DOCX and HTML."""

from __future__ import annotations

__version__ = "0.1.0"
