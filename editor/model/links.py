"""The one list of link schemes an article may carry: every layer (paste, builder, writers, checks) reads it here."""

from __future__ import annotations

LINK_SCHEMES: tuple[str, ...] = ("http", "https", "mailto")
WEB_SCHEMES: tuple[str, ...] = ("http", "https")  # a related article is a web page, never an e-mail address
