"""Reading a DOCX package without trusting it: the one door every part of a Word file goes through.

A draft comes from anyone's computer. Before a byte is parsed we check that the file is a zip (an OLE container
means a password or the old .doc format), cap the total uncompressed size and each entry's compression ratio (zip
bombs), ignore entry names that are absolute or climb with ``..``, and parse XML with lxml with entities, DTDs and
the network off; a part that declares a DOCTYPE is refused outright (Word never writes one). Relationship targets
are resolved inside the package only, so a hostile target names nothing on disk.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from lxml import etree

from editor.errors import InputError
from editor.messages import msg

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_TOTAL_BYTES = 2 * 1024**3  # a 30-photo draft at full size is a few hundred MB
MAX_XML_BYTES = 256 * 1024**2  # a 2,000-page document.xml is ~60 MB
MAX_RATIO = 400  # XML deflates ~10-30×; bombs deflate thousands of times
RATIO_FLOOR = 1024**2  # small entries may compress as well as they like
MAX_ENTRIES = 20_000

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RT_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def parse_xml_bytes(data: bytes, source: str | Path, part: str) -> etree._Element:
    """Parse untrusted XML: no entities, no DTD, no network; a DOCTYPE is refused (InputError naming the part)."""
    head = data[:4096].lstrip()
    if b"<!DOCTYPE" in data[:65536] or b"<!ENTITY" in head:
        raise InputError(msg("importers.xml_dtd", part=part), source=source)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(msg("importers.xml_broken", part=part, reason=str(exc)[:120]), source=source) from None
    if root.getroottree().docinfo.doctype:
        raise InputError(msg("importers.xml_dtd", part=part), source=source)
    return root


@dataclass(frozen=True, slots=True)
class Relationship:
    rid: str
    type: str
    target: str  # a part name inside the package ("word/media/image1.png"), or the URL when external
    external: bool


def safe_entry_name(name: str) -> bool:
    """False for names a hostile zip uses to escape a folder: absolute, drive letters, backslashes, ``..``."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return False
    return ".." not in name.split("/")


def sniff(path: Path) -> str:
    """'zip', 'ole' (password-protected or .doc) or 'other', from the first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise InputError(msg("importers.unreadable", reason=exc.strerror or str(exc)), source=path) from None
    if head.startswith(b"PK"):
        return "zip"
    if head == OLE_MAGIC:
        return "ole"
    return "other"


class DocxPackage:
    """A DOCX opened for reading; ``close()`` (or ``with``) releases the file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.unsafe_names: list[str] = []
        try:
            if not self.path.is_file():
                raise InputError(msg("importers.not_a_file"), source=self.path)
            kind = sniff(self.path)
            if kind == "ole":
                raise InputError(msg("importers.ole"), source=self.path)
            if kind != "zip":
                raise InputError(msg("importers.not_zip"), source=self.path)
            self._zip = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile:
            raise InputError(msg("importers.not_zip"), source=self.path) from None
        except OSError as exc:
            raise InputError(msg("importers.unreadable", reason=exc.strerror or str(exc)), source=self.path) from None
        try:
            self._entries = self._check_entries()
            self.main = self._main_document()
        except BaseException:
            self._zip.close()
            raise

    def _check_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise InputError(msg("importers.too_many_entries", count=f"{len(infos):,}"), source=self.path)
        total = 0
        entries: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if not safe_entry_name(info.filename):
                self.unsafe_names.append(info.filename[:80])
                continue
            total += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise InputError(msg("importers.bomb_ratio", part=info.filename[:80]), source=self.path)
            if info.flag_bits & 0x1:
                raise InputError(msg("importers.ole"), source=self.path)
            entries[info.filename] = info
        if total > MAX_TOTAL_BYTES:
            raise InputError(msg("importers.bomb_total", mb=f"{total // 1024**2:,}"), source=self.path)
        return entries

    def _main_document(self) -> str:
        if "[Content_Types].xml" not in self._entries:
            raise InputError(msg("importers.not_docx"), source=self.path)
        for rel in self.rels("").values():
            if rel.type in (RT_OFFICE_DOCUMENT, RT_STRICT_OFFICE_DOCUMENT) and not rel.external:
                if rel.target in self._entries:
                    return rel.target
                raise InputError(msg("importers.missing_part", part=rel.target[:80]), source=self.path)
        if "word/document.xml" in self._entries:  # no package relationships: read the usual part anyway
            return "word/document.xml"
        raise InputError(msg("importers.not_docx"), source=self.path)

    # -- reading parts ------------------------------------------------------------------------------------------

    def has(self, name: str) -> bool:
        return name in self._entries

    def names(self) -> list[str]:
        return list(self._entries)

    def size(self, name: str) -> int:
        return self._entries[name].file_size

    def read(self, name: str, limit: int = MAX_XML_BYTES) -> bytes:
        info = self._entries.get(name)
        if info is None:
            raise InputError(msg("importers.missing_part", part=name[:80]), source=self.path)
        if info.file_size > limit:
            raise InputError(msg("importers.part_too_large", part=name[:80], mb=f"{info.file_size // 1024**2:,}"),
                             source=self.path)  # fmt: skip
        try:
            with self._zip.open(info) as handle:
                data = handle.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise InputError(msg("importers.part_broken", part=name[:80], reason=str(exc)[:80]),
                             source=self.path) from None  # fmt: skip
        if len(data) > limit:
            raise InputError(
                msg("importers.part_too_large", part=name[:80], mb=f"{limit // 1024**2:,}"), source=self.path
            )
        return data

    @contextmanager
    def open_stream(self, name: str) -> Iterator[IO[bytes]]:
        """A stream of one entry (photos are copied out in chunks, never held whole)."""
        info = self._entries.get(name)
        if info is None:
            raise InputError(msg("importers.missing_part", part=name[:80]), source=self.path)
        with self._zip.open(info) as handle:
            yield handle

    def xml(self, name: str) -> etree._Element:
        return parse_xml_bytes(self.read(name), self.path, name)

    def rels(self, part: str) -> dict[str, Relationship]:
        """The relationships of ``part`` ("" for the package), targets resolved to part names; {} when none."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        if rels_name not in self._entries:
            return {}
        root = self.xml(rels_name)
        found: dict[str, Relationship] = {}
        for rel in root.iter(f"{{{REL_NS}}}Relationship"):
            rid, target = rel.get("Id") or "", rel.get("Target") or ""
            external = (rel.get("TargetMode") or "").lower() == "external"
            if not external:
                target = resolve_target(folder, target)
            found[rid] = Relationship(rid, rel.get("Type") or "", target, external)
        return found

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> DocxPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def resolve_target(folder: str, target: str) -> str:
    """A relationship target as a part name; one climbing out of the package comes back as '' (nothing)."""
    target = target.split("#", 1)[0]
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    normal = posixpath.normpath(joined) if joined else ""
    if normal.startswith("../") or normal == ".." or normal == ".":
        return ""
    return normal
