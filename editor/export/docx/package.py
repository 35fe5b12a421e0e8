"""Writing zip packages (DOCX, the hand-off bundle) so the same input gives the same bytes.

``zipfile`` stamps each entry with the current local time and the host OS; here every entry gets a fixed time
(or "now" when asked), a fixed creator system and permissions, and a fixed order. XML is deflated; photos, already
compressed, are stored, which costs nothing in size and saves the time of deflating megabytes of JPEG.
"""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path
from typing import BinaryIO

from docx.document import Document
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_STORED_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".tif", ".tiff", ".zip", ".docx")


class DeterministicZip:
    """A zip writer whose entries carry a fixed time, creator and mode unless ``deterministic`` is False."""

    def __init__(self, target: Path | BinaryIO, *, deterministic: bool = True) -> None:
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self._time = FIXED_TIME if deterministic else time.localtime(time.time())[:6]

    def _info(self, name: str, compress: bool | None) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._time)
        info.create_system = 0
        info.external_attr = 0o644 << 16
        stored = name.lower().endswith(_STORED_SUFFIXES) if compress is None else not compress
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        return info

    def write_bytes(self, name: str, data: bytes, *, compress: bool | None = None) -> None:
        self._zip.writestr(self._info(name, compress), data, compresslevel=6)

    def write_file(self, name: str, path: Path, *, compress: bool | None = None) -> None:
        """Copy a file in 1 MB chunks: a 50 MB original never sits in memory whole."""
        info = self._info(name, compress)
        info.file_size = path.stat().st_size
        with path.open("rb") as source, self._zip.open(info, "w", force_zip64=info.file_size > 0x7FFF0000) as dest:
            shutil.copyfileobj(source, dest, 1 << 20)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> DeterministicZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def save_document(document: Document, target: Path, *, deterministic: bool = True) -> None:
    """Serialise a python-docx document in a fixed order: content types, package rels, then parts and their rels."""
    package = document.part.package
    parts = list(package.iter_parts())
    with DeterministicZip(target, deterministic=deterministic) as out:
        out.write_bytes(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob, compress=True)
        out.write_bytes(PACKAGE_URI.rels_uri.membername, _xml_bytes(package.rels.xml), compress=True)
        for part in parts:
            out.write_bytes(part.partname.membername, part.blob)
            if len(part.rels):
                out.write_bytes(part.partname.rels_uri.membername, _xml_bytes(part.rels.xml), compress=True)


def _xml_bytes(xml: str | bytes) -> bytes:
    return xml if isinstance(xml, bytes) else xml.encode("utf-8")
