"""Read rows straight from the pages of a damaged SQLite file, for salvage when SQLite itself gives up.

A project cut short (``head -c 20000 a.banthao``, a mail attachment cut off, a copy to a full USB stick) makes
SQLite refuse the whole file ("database disk image is malformed"), yet the pages that survive still hold the
article: a project is written schema first, then the small rows (meta, article, autosave), then the photos, so the
article text sits in the first few pages. This module reads the SQLite file format directly
(https://www.sqlite.org/fileformat2.html): the b-tree pages of a table from its root page, each cell's record,
and overflow chains as far as they survive. It never writes and never trusts a number it reads (page numbers
are bounds-checked, cycles and depth are limited).

We chose this over SQLite's own recovery (the ``.recover`` command of the sqlite3 shell, or the recovery extension
``sqlite3_recover``): neither is reachable from Python's ``sqlite3`` module, and the shell is not on every
reporter's computer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_LEAF, _INTERIOR = 0x0D, 0x05
_MAX_DEPTH = 20


@dataclass(frozen=True, slots=True)
class Row:
    rowid: int
    values: tuple[object, ...]
    complete: bool  # False: the row's payload was cut (an overflow page is missing); the last value is partial


class Pages:
    """The pages of a SQLite file, read lazily from an open file (a 500 MB project is never read whole)."""

    def __init__(self, handle: BinaryIO, size: int) -> None:
        self._handle = handle
        self._file_size = size
        handle.seek(0)
        header = handle.read(100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            raise ValueError("not a SQLite file")
        page_size = int.from_bytes(header[16:18], "big")
        self.page_size = 65536 if page_size == 1 else page_size
        if self.page_size < 512 or self.page_size & (self.page_size - 1):
            raise ValueError("bad page size")
        self.usable = self.page_size - header[20]
        if int.from_bytes(header[56:60], "big") not in (0, 1):  # we write UTF-8 only
            raise ValueError("not UTF-8")
        self.count = size // self.page_size  # pages wholly present; a cut last page is not trusted

    def page(self, number: int) -> bytes | None:
        if not 1 <= number <= self.count:
            return None
        self._handle.seek((number - 1) * self.page_size)
        data = self._handle.read(self.page_size)
        return data if len(data) == self.page_size else None

    # -- b-trees -------------------------------------------------------------------------------------------

    def rows(self, root: int, *, wanted: set[object] | None = None) -> Iterator[Row]:
        """Every readable row of the table whose b-tree starts at page ``root``. With ``wanted``, a row whose
        first value is not in it is returned from its local part only (no overflow read): for big blobs."""
        seen: set[int] = set()
        yield from self._walk(root, seen, 0, wanted)

    def _walk(self, number: int, seen: set[int], depth: int, wanted: set[object] | None) -> Iterator[Row]:
        if number in seen or depth > _MAX_DEPTH:
            return
        seen.add(number)
        page = self.page(number)
        if page is None:
            return
        start = 100 if number == 1 else 0
        kind = page[start]
        if kind not in (_LEAF, _INTERIOR):
            return
        cells = int.from_bytes(page[start + 3 : start + 5], "big")
        header = 8 if kind == _LEAF else 12
        pointers = start + header
        for i in range(min(cells, (self.page_size - pointers) // 2)):
            offset = int.from_bytes(page[pointers + 2 * i : pointers + 2 * i + 2], "big")
            if not header <= offset < self.usable:
                continue
            with contextlib.suppress(IndexError, ValueError):
                if kind == _INTERIOR:
                    child = int.from_bytes(page[offset : offset + 4], "big")
                    yield from self._walk(child, seen, depth + 1, wanted)
                else:
                    row = self._leaf_cell(page, offset, wanted)
                    if row is not None:
                        yield row
        if kind == _INTERIOR:
            right = int.from_bytes(page[start + 8 : start + 12], "big")
            yield from self._walk(right, seen, depth + 1, wanted)

    def _leaf_cell(self, page: bytes, offset: int, wanted: set[object] | None) -> Row | None:
        size, offset = _varint(page, offset)
        rowid, offset = _varint(page, offset)
        usable = self.usable
        most = usable - 35
        if size <= most:
            return _record(rowid, page[offset : offset + size], size)
        least = (usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (usable - 4)
        if local > most:
            local = least
        payload = bytearray(page[offset : offset + local])
        if wanted is not None:
            first = _record(rowid, bytes(payload), size)
            if first is None or not first.values or first.values[0] not in wanted:
                return first
        overflow = int.from_bytes(page[offset + local : offset + local + 4], "big")
        chain: set[int] = set()
        while len(payload) < size and overflow and overflow not in chain:
            chain.add(overflow)
            data = self.page(overflow)
            if data is None:
                break
            payload += data[4 : min(usable, 4 + size - len(payload))]
            overflow = int.from_bytes(data[:4], "big")
        return _record(rowid, bytes(payload), size)


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[offset + i]
        if i == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + i + 1
    raise ValueError("bad varint")  # pragma: no cover - the loop always returns


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _record(rowid: int, payload: bytes, size: int) -> Row | None:
    """Decode a record; a payload shorter than ``size`` keeps the values it holds, the last one cut."""
    header_size, offset = _varint(payload, 0)
    if header_size > len(payload) or header_size < 1:
        return None
    types = []
    while offset < header_size:
        serial, offset = _varint(payload, offset)
        types.append(serial)
    values: list[object] = []
    position = header_size
    for serial in types:
        if serial in (0, 8, 9):
            values.append(None if serial == 0 else serial - 8)
            continue
        length = _INT_SIZES.get(serial, 8 if serial == 7 else (serial - 12) // 2 if serial >= 12 else 0)
        chunk = payload[position : position + length]
        position += length
        if serial in _INT_SIZES:
            values.append(int.from_bytes(chunk, "big", signed=True) if len(chunk) == length else None)
        elif serial == 7:
            values.append(None)  # we store no floats
        elif serial >= 13 and serial % 2:
            values.append(chunk.decode("utf-8", "ignore"))
        else:
            values.append(bytes(chunk))
        if len(chunk) < length:
            return Row(rowid, tuple(values), False)
    return Row(rowid, tuple(values), len(payload) >= size)


def schema(pages: Pages) -> dict[str, int]:
    """Table name → root page, from ``sqlite_master`` on page 1 (empty when page 1 is unreadable)."""
    roots: dict[str, int] = {}
    for row in pages.rows(1):
        if len(row.values) >= 4 and row.values[0] == "table" and isinstance(row.values[3], int):
            roots[str(row.values[1])] = row.values[3]
    return roots


def open_pages(path: Path) -> tuple[BinaryIO, Pages] | None:
    """The file and its pages, or None when it is not a SQLite file at all (or cannot be read)."""
    try:
        handle = Path(path).open("rb")  # noqa: SIM115 - handed to the caller, who closes it
    except OSError:
        return None
    try:
        return handle, Pages(handle, Path(path).stat().st_size)
    except (OSError, ValueError):
        handle.close()
        return None
