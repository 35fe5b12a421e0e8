"""Data for the photo checks: displayed pixel size, effective print resolution, duplicates.

The perceptual hash is a 64-bit dHash (difference hash) computed with Pillow only: the upright image shrunk to
9×8 grey pixels, one bit per horizontally adjacent pair saying whether brightness falls. It survives resizing,
recompression and small colour changes, so the same photo exported twice by a phone, or a screenshot of it,
lands within a few bits; different photos differ in about half of the 64 bits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image

from editor.media import edits, hashing
from editor.media.safe_open import decoding, open_bytes, quiet, read_file

NEAR_DUPLICATE_BITS = 10  # Hamming distance at or below which two dHashes are taken for the same picture


@dataclass(frozen=True)
class ImageInfo:
    """Facts about an original: size as displayed (after EXIF orientation), format, content and perceptual hash."""

    width: int
    height: int
    format: str
    sha256: str
    phash: int
    path: Path | None = None
    orientation: int = 1

    @property
    def megapixels(self) -> float:
        return self.width * self.height / 1e6


@dataclass(frozen=True)
class DuplicateGroup:
    """Indices (into the list given to find_duplicates) of photos that are the same file or the same picture."""

    kind: Literal["exact", "near"]
    members: tuple[int, ...]


def image_info(path: Path) -> ImageInfo:
    """Read the original once: hash its bytes, read its header, and dHash a draft-mode decode."""
    resolved, data = read_file(path)
    im = open_bytes(data, path)
    with decoding(path):
        with quiet():
            orientation = edits.normalise_orientation(im.getexif().get(0x0112, 1))
        op = edits.display_transpose(orientation)
        width, height = edits.displayed_size(im.size, op)
        fmt = im.format or "unknown"
        phash = dhash(im, op)
    return ImageInfo(width, height, fmt, hashing.sha256_bytes(data), phash, resolved, orientation)


def dhash(im: Image.Image, op: Image.Transpose | None = None) -> int:
    """64-bit difference hash of ``im`` shown through transpose ``op`` (decodes at 1/8 scale for JPEG)."""
    if im.format in ("JPEG", "MPO") and im.mode in ("RGB", "L", "CMYK"):
        im.draft("L" if im.mode in ("RGB", "L") else im.mode, (64, 64))
    grey = im.convert("L")
    if op is not None:
        grey = grey.transpose(op)
    small = grey.resize((9, 8), Image.Resampling.BOX, reducing_gap=2.0)
    px = small.tobytes()
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | (px[row * 9 + col] > px[row * 9 + col + 1])
    return bits


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def effective_dpi(pixel_width: int, frame_width_cm: float) -> float:
    """Pixels per inch when an image ``pixel_width`` px wide is printed ``frame_width_cm`` wide."""
    if frame_width_cm <= 0:
        raise ValueError(f"frame width must be positive, got {frame_width_cm!r} cm")
    return pixel_width / (frame_width_cm / 2.54)


def find_duplicates(infos: Sequence[ImageInfo], max_bits: int = NEAR_DUPLICATE_BITS) -> list[DuplicateGroup]:
    """Groups of the same file (equal sha256) and of near-duplicates (dHash within ``max_bits``).

    Exact groups come first. A near group joins photos transitively and is reported only when it holds at least
    two different files (a pure exact group is not repeated as "near").
    """
    groups: list[DuplicateGroup] = []
    by_sha: dict[str, list[int]] = {}
    for i, info in enumerate(infos):
        by_sha.setdefault(info.sha256, []).append(i)
    groups += [DuplicateGroup("exact", tuple(m)) for m in by_sha.values() if len(m) > 1]

    parent = list(range(len(infos)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(infos)):
        for j in range(i + 1, len(infos)):
            if hamming(infos[i].phash, infos[j].phash) <= max_bits:
                parent[find(j)] = find(i)
    components: dict[int, list[int]] = {}
    for i in range(len(infos)):
        components.setdefault(find(i), []).append(i)
    for members in components.values():
        if len({infos[i].sha256 for i in members}) > 1:
            groups.append(DuplicateGroup("near", tuple(members)))
    return groups
