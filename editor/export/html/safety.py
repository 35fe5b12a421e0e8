"""Defensive checks the HTML writer applies even though build.py already cleaned the IR.

The IR can be built by other code (tests, a future importer), so the writer never trusts it with anything that
would make the page unsafe or invalid: characters HTML forbids, link schemes other than http(s)/mailto, and image
sources that leave the export.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit, urlunsplit

from editor.model.links import LINK_SCHEMES

# Code points the HTML syntax forbids or the Nu checker rejects: C0 controls other than tab/LF/CR (a CR is turned
# into a newline), DEL and C1 controls, lone surrogates and non-characters.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
# Characters kept as they are in a URL's path, query and fragment; everything else (spaces, quotes, angle brackets,
# brackets, non-ASCII letters) is percent-encoded so the attribute is a valid URL whatever the reporter pasted.
_URL_SAFE = ":/?@!$&'()*+,;=~-._"
_HOST = re.compile(r"[A-Za-z0-9.-]+")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_FILE_NAME = re.compile(r"[^a-z0-9-]+")


def clean_text(text: str) -> str:
    """``text`` in NFC without code points HTML forbids; the template engine escapes the rest.

    The IR is NFC already when it comes from build.py; normalising again costs microseconds and keeps an NFD
    document built elsewhere byte-identical to its NFC twin.
    """
    return _FORBIDDEN.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))


def safe_href(url: str | None) -> str | None:
    """A valid, percent-encoded http(s)/mailto URL, or None when the URL must not become a link."""
    if not url:
        return None
    url = clean_text(url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" in the host
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return None
    if scheme == "mailto":
        if not parts.path.strip():
            return None
    elif not parts.netloc.strip():
        return None
    netloc = ""
    if scheme != "mailto":
        netloc = _netloc(parts.netloc)
        if netloc is None:
            return None
    path, query, fragment = (_BAD_PERCENT.sub("%25", quote(p, safe=_URL_SAFE + "%")) for p in parts[2:])
    return urlunsplit((scheme, netloc, path, query, fragment))


def _netloc(netloc: str) -> str | None:
    """The host as ASCII (IDNA for Vietnamese domain names) with user info and port kept; None when unusable."""
    userinfo, _, hostport = netloc.rpartition("@")
    host, port = hostport, ""
    if hostport.count(":") == 1:
        host, port = hostport.split(":")
        if not port.isdigit():
            return None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not _HOST.fullmatch(host):
        return None  # IPv6 literals and anything stranger are not links a reporter writes
    prefix = quote(userinfo, safe=":!$&'()*+,;=~-._%") + "@" if userinfo else ""
    return f"{prefix}{host.lower()}{':' + port if port else ''}"


def file_stem(slug: str, fallback: str) -> str:
    """A URL-safe, portable file stem from a figure slug: lower-case ASCII letters, digits and hyphens."""
    stem = _FILE_NAME.sub("-", slug.lower()).strip("-")[:80].strip("-")
    return stem or fallback


def is_local_source(src: str, folder: str) -> bool:
    """True when an image ``src`` stays inside the export: a data URI, or a plain relative path into ``folder``."""
    if src.startswith("data:image/"):
        return True
    if "\\" in src or "//" in src or ":" in src.split("/", 1)[0]:
        return False
    parts = src.split("/")
    return len(parts) == 2 and parts[0] == folder and parts[1] not in ("", ".", "..")
