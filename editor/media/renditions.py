"""Renditions: the right-sized, upright, sRGB, metadata-free JPEG or PNG of a photo, cached by content.

One path makes every derived image (DOCX print size, HTML widths, UI thumbnails): open safely, JPEG draft mode
to the smallest DCT scale still >= the target (a 24 MP JPEG decodes at 1/2 for 2400 px, at 1/8 for a 256 px
thumbnail), crop during the LANCZOS resize (``resize(box=...)``), then one transpose for EXIF orientation plus the
user's rotation on the small image, colour to sRGB, encode. The original file is only read.

Renditions carry no EXIF, ICC or comment of the original: GPS positions and camera serial numbers never leave the
newsroom, and orientation is already applied to the pixels. A recipe may carry the editorial metadata to write
(``Recipe.embed``: caption, creator, credit, copyright … as IPTC IIM and XMP, ``editor.media.embed``); it is part of
the cache key, so a changed caption never comes back from the cache with the old one.

The cache files the pixels of a recipe without its ``embed``: the metadata is written into the cached bytes on the
way out (microseconds, no re-encode), so a caption typed after the photo was pre-rendered in idle time
(``editor.media.batch.prerender``) does not make the export render the photo again.

The fan-out over all cores (``render_many``, threads or processes and why) is in ``editor.media.batch``.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import io
import logging
import math
import os
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from editor.media import edits, hashing, normalise
from editor.media.embed import EmbeddedMetadata, embed_metadata
from editor.media.safe_open import decoding, open_bytes, quiet, read_file

log = logging.getLogger(__name__)
PIPELINE_VERSION = 1  # bump when the pixels a recipe produces change, so cached renditions are not reused
_FORMATS = ("auto", "jpeg", "png")
# Progressive JPEG shows a web image early while it downloads and has optimal Huffman tables built in, but costs
# 4-5 times the baseline encode (about 50 ms on a 2400 px image, a fifth of the whole rendition); Word gains nothing
# from it. Huffman optimisation of a baseline JPEG (optimize=True) saves about 1 % of the bytes for 8 % of the
# time of a 2400 px rendition (measured on the benchmark corpus). So web sizes (long side up to this) are
# progressive, print sizes (DOCX) plain baseline; Recipe.progressive overrides.
PROGRESSIVE_MAX_SIDE = 2048
_DRAFT_FORMATS = ("JPEG", "MPO")


@dataclass(frozen=True)
class Recipe:
    """How to derive an image from an original. Sizes bound the displayed (upright, cropped) image; never upscaled.

    ``rotation`` counts extra clockwise 90° steps after the EXIF orientation (-3..3); ``crop`` is (left, top,
    right, bottom) as fractions of the oriented, rotated image; ``fmt`` "auto" gives PNG when the image has
    visible transparency, else JPEG.
    """

    max_width: int | None
    max_height: int | None = None
    fmt: str = "auto"
    quality: int = 85
    rotation: int = 0
    crop: tuple[float, float, float, float] | None = None
    progressive: bool | None = None  # None: progressive for web sizes (long side <= 2048), baseline for print
    embed: EmbeddedMetadata | None = None  # IPTC/XMP written into the encoded bytes

    def __post_init__(self) -> None:
        for name in ("max_width", "max_height"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ValueError(f"{name} must be a positive number of pixels or None, got {value!r}")
        if self.fmt not in _FORMATS:
            raise ValueError(f"fmt must be one of {', '.join(_FORMATS)}, got {self.fmt!r}")
        if not 1 <= self.quality <= 100:
            raise ValueError(f"quality must be 1-100, got {self.quality!r}")
        if not isinstance(self.rotation, int) or not -3 <= self.rotation <= 3:
            raise ValueError(f"rotation counts 90° clockwise steps (-3..3), got {self.rotation!r}")
        if self.crop is not None:
            object.__setattr__(self, "crop", tuple(float(c) for c in self.crop))
        edits.validate_crop(self.crop)

    def pixels(self) -> Recipe:
        """The same recipe without the metadata to embed: what the cache files (``with_metadata`` adds it back)."""
        return replace(self, embed=None) if self.embed is not None else self

    def cache_key(self) -> str:
        crop = ",".join(f"{c:.6f}" for c in self.crop) if self.crop else "-"
        return (
            f"w={self.max_width}|h={self.max_height}|f={self.fmt}|q={self.quality}|r={self.rotation % 4}"
            f"|c={crop}|p={self.progressive}" + (f"|m={self.embed.digest()}" if self.embed else "")
        )


DOCX_LONG_SIDE = 2400  # enough for a full-width print photo at 300 ppi on A4 (16 cm text width: 1890 px)
DOCX_PPI = 300
WEB_WIDTHS = (480, 800, 1200, 1600)  # srcset widths: phones, tablets, desktop, desktop at 2x


def docx_recipe(
    frame_width_cm: float | None = None,
    *,
    ppi: int = DOCX_PPI,
    rotation: int = 0,
    crop: tuple[float, float, float, float] | None = None,
) -> Recipe:
    """The DOCX rendition: ``ppi`` at the frame width when known, else a 2400 px long side; baseline JPEG."""
    if frame_width_cm is None:
        return Recipe(max_width=DOCX_LONG_SIDE, max_height=DOCX_LONG_SIDE, rotation=rotation, crop=crop)
    if frame_width_cm <= 0:
        raise ValueError(f"frame width must be positive, got {frame_width_cm!r} cm")
    width = math.ceil(frame_width_cm / 2.54 * ppi)
    return Recipe(max_width=width, max_height=DOCX_LONG_SIDE * 2, rotation=rotation, crop=crop)


def web_recipes(
    widths: Iterable[int] = WEB_WIDTHS, *, rotation: int = 0, crop: tuple[float, float, float, float] | None = None
) -> list[Recipe]:
    """One progressive rendition per srcset width (never upscaled, so small originals repeat their own size)."""
    return [Recipe(max_width=w, rotation=rotation, crop=crop, quality=82) for w in widths]


@dataclass(frozen=True)
class Rendition:
    """Encoded image bytes; ``sha256`` is the hash of ``data`` (a content address for packages), ``ext`` has no dot."""

    data: bytes
    width: int
    height: int
    mime: str
    ext: str
    sha256: str


# What this process did, for tests and benchmarks that prove a cache-only export reads and decodes no original
# ("decodes": renditions made from pixels; "hashed_originals": originals read to learn their hash).
counters: Counter[str] = Counter()
_counters_lock = threading.Lock()


def _count(name: str) -> None:
    with _counters_lock:
        counters[name] += 1


def with_metadata(rendition: Rendition, embed: EmbeddedMetadata | None) -> Rendition:
    """``rendition`` carrying ``embed`` (the bytes ``encode`` would have made with it: embedding comes last)."""
    if embed is None:
        return rendition
    data = embed_metadata(rendition.data, rendition.ext, embed)
    return Rendition(data, rendition.width, rendition.height, rendition.mime, rendition.ext, hashing.sha256_bytes(data))


def make_rendition(path: Path, recipe: Recipe) -> Rendition:
    """The rendition of the photo at ``path``; refusals are InputError naming the file."""
    _resolved, data = read_file(path)
    return render_bytes(data, recipe, source=path)


def render_bytes(data: bytes, recipe: Recipe, *, source: str | os.PathLike[str]) -> Rendition:
    im = open_bytes(data, source)
    _count("decodes")
    with decoding(source):
        return _render(im, recipe)


def _render(im: Image.Image, recipe: Recipe) -> Rendition:
    with quiet():  # corrupt EXIF makes Pillow warn
        orientation = edits.normalise_orientation(im.getexif().get(0x0112, 1))
    icc = im.info.get("icc_profile")
    op = edits.display_transpose(orientation, recipe.rotation)
    disp_w, disp_h = edits.displayed_size(im.size, op)
    dcrop = recipe.crop or (0.0, 0.0, 1.0, 1.0)
    crop_px = (max(1, round(disp_w * (dcrop[2] - dcrop[0]))), max(1, round(disp_h * (dcrop[3] - dcrop[1]))))
    target = edits.fit_size(crop_px, recipe.max_width, recipe.max_height)
    stored_target = edits.displayed_size(target, op)  # the same swap maps displayed back to stored
    left, top, right, bottom = edits.crop_to_stored(recipe.crop, op)

    if im.format in _DRAFT_FORMATS and im.mode in ("RGB", "L", "CMYK"):
        need = (
            max(1, math.ceil(stored_target[0] / (right - left))),
            max(1, math.ceil(stored_target[1] / (bottom - top))),
        )
        im.draft(im.mode, need)
    im.load()
    im = normalise.working_mode(im)
    w, h = im.size
    box = (left * w, top * h, right * w, bottom * h)
    if stored_target != (w, h) or box != (0.0, 0.0, float(w), float(h)):
        im = im.resize(stored_target, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
    if op is not None:
        im = im.transpose(op)
    im = normalise.to_srgb(im, icc)
    return encode(im, recipe)


def encode(im: Image.Image, recipe: Recipe) -> Rendition:
    """Encode with no metadata at all (no EXIF/GPS, XMP, ICC, comment): Pillow copies some from ``info``."""
    fmt = recipe.fmt
    if fmt == "auto":
        fmt = "png" if normalise.has_visible_alpha(im) else "jpeg"
    buf = io.BytesIO()
    if fmt == "jpeg":
        im = normalise.flatten_on_white(im)
        if im.mode not in ("RGB", "L"):
            im = im.convert("RGB")
        im.info = {}
        progressive = recipe.progressive
        if progressive is None:
            progressive = max(im.size) <= PROGRESSIVE_MAX_SIDE
        im.save(buf, "JPEG", quality=recipe.quality, optimize=progressive, progressive=progressive)
        mime, ext = "image/jpeg", "jpg"
    else:
        if im.mode not in ("RGB", "RGBA", "L"):
            im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
        im.info = {}
        im.save(buf, "PNG", compress_level=6)
        mime, ext = "image/png", "png"
    data = buf.getvalue()
    if recipe.embed is not None:
        data = embed_metadata(data, ext, recipe.embed)
    return Rendition(data, im.width, im.height, mime, ext, hashing.sha256_bytes(data))


class RenditionCache:
    """Renditions on disk, keyed by the original's sha256 and the recipe's pixels, so a second export is instant.

    Layout: ``folder/ab/<key>.<w>x<h>.<data-sha256 prefix>.<ext>`` and ``folder/hashes/<path key>`` remembering
    originals' hashes by (path, size, mtime, inode), so a cache hit reads no original; a caller that knows the
    original's hash (a project stores it) passes it and no original is read or hashed at all. Entries are written
    to a temporary name and renamed, without fsync: a cache is not the only copy of anything, and a file torn by a
    crash fails its hash check when read and is removed and remade. Safe to share between threads and processes.
    ``get``/``lookup`` return the pixels alone; ``make`` and ``fetch`` add the recipe's metadata.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def __reduce__(self) -> tuple[type[RenditionCache], tuple[Path]]:
        return (RenditionCache, (self.folder,))

    @staticmethod
    def key(original_sha256: str, recipe: Recipe) -> str:
        text = f"v{PIPELINE_VERSION}|{original_sha256}|{recipe.pixels().cache_key()}"
        return hashing.sha256_bytes(text.encode())

    def fetch(self, original_sha256: str, recipe: Recipe) -> Rendition | None:
        """The cached rendition with the recipe's metadata written in, or None (counted as a hit or a miss)."""
        hit = self.get(original_sha256, recipe)
        _count("cache_hits" if hit is not None else "cache_misses")
        return with_metadata(hit, recipe.embed) if hit is not None else None

    def fetch_all(self, wanted: Sequence[tuple[str, Recipe]], threads: int = 2) -> list[Rendition | None]:
        """``fetch`` for many at once (original hash, recipe), on ``threads`` threads that have ended when it returns.

        Reading a cached file and checking its hash let go of the interpreter lock, so a re-export's cached photos
        come in about half the time; no thread is left over to make a later worker pool spawn instead of fork.
        A miss is None and not counted (``fetch`` counts it when the photo is asked for again).
        """

        def one(item: tuple[str, Recipe]) -> Rendition | None:
            hit = self.get(*item)
            if hit is None:
                return None
            _count("cache_hits")
            return with_metadata(hit, item[1].embed)

        if len(wanted) < 2 or threads < 2:
            return [one(item) for item in wanted]
        with cf.ThreadPoolExecutor(threads, thread_name_prefix="cached-renditions") as pool:
            return list(pool.map(one, wanted))

    def get(self, original_sha256: str, recipe: Recipe) -> Rendition | None:
        """The cached pixels of ``recipe`` (without its metadata), verified against their hash, or None."""
        key = self.key(original_sha256, recipe)
        sub = self.folder / key[:2]
        try:
            names = [n for n in os.listdir(sub) if n.startswith(key + ".")]
        except OSError:
            return None
        for name in names:
            parts = name.split(".")
            try:
                w, h = (int(v) for v in parts[1].split("x"))
                data = (sub / name).read_bytes()
            except (OSError, ValueError, IndexError):
                continue
            digest = hashing.sha256_bytes(data)
            if len(parts) == 4 and len(parts[2]) == 16 and digest.startswith(parts[2]) and parts[3] in ("jpg", "png"):
                with contextlib.suppress(OSError):
                    os.utime(sub / name)  # recently used: kept by prune()
                ext = parts[3]
                mime = "image/png" if ext == "png" else "image/jpeg"
                return Rendition(data, w, h, mime, ext, digest)
            # Filed under a hash its bytes do not have (a torn write, a damaged disk): never served, removed.
            log.warning("cached rendition %s does not match its hash; removed", sub / name)
            with contextlib.suppress(OSError):
                os.unlink(sub / name)
        return None

    def prune(self, max_bytes: int) -> int:
        """Delete the least recently used renditions until the cache holds at most ``max_bytes``; returns bytes freed.

        A hit refreshes its file's modification time, so "least recently used" is the oldest mtime.
        """
        entries: list[tuple[float, int, Path]] = []
        for f in self.folder.glob("??/*"):
            with contextlib.suppress(OSError):
                st = f.stat()
                entries.append((st.st_mtime, st.st_size, f))
        total = sum(size for _, size, _ in entries)
        freed = 0
        for _, size, f in sorted(entries):
            if total - freed <= max_bytes:
                break
            with contextlib.suppress(OSError):
                f.unlink()
                freed += size
        return freed

    def put(self, original_sha256: str, recipe: Recipe, rendition: Rendition) -> None:
        """File ``rendition`` (the pixels of ``recipe``, made without its metadata) under its recipe key; its bytes
        are checked against its hash first."""
        if hashing.sha256_bytes(rendition.data) != rendition.sha256 or rendition.ext not in ("jpg", "png"):
            log.warning("rendition for %s does not match its hash; not cached", original_sha256)
            return
        key = self.key(original_sha256, recipe)
        name = f"{key}.{rendition.width}x{rendition.height}.{rendition.sha256[:16]}.{rendition.ext}"
        _write(self.folder / key[:2] / name, rendition.data)

    def original_sha256(self, path: Path) -> str | None:
        """The remembered hash of an unchanged original, or None when it must be read."""
        key = hashing.file_key(path)
        digest = hashing.remembered(key)
        if digest is None:
            try:
                stored = (self.folder / "hashes" / self._path_key(key)).read_text("ascii").strip()
            except (OSError, UnicodeDecodeError):
                return None
            if len(stored) == 64 and all(c in "0123456789abcdef" for c in stored):
                hashing.remember(key, stored)
                digest = stored
        return digest

    def remember_original(self, path: Path, digest: str) -> None:
        key = hashing.file_key(path)
        hashing.remember(key, digest)
        _write(self.folder / "hashes" / self._path_key(key), digest.encode("ascii"))

    @staticmethod
    def _path_key(key: tuple[str, int, int, int]) -> str:
        return hashing.sha256_bytes(repr(key).encode("utf-8", "surrogateescape"))[:40]

    def lookup(self, path: Path, recipe: Recipe, digest: str | None = None) -> Rendition | None:
        """The cached rendition (with its metadata) of an original whose hash is known (``digest``) or remembered,
        without reading the original."""
        if digest is None:
            try:
                resolved = Path(path).resolve()
                digest = self.original_sha256(resolved) if resolved.is_file() else None
            except (OSError, RuntimeError):
                return None
        return self.fetch(digest, recipe) if digest is not None else None

    def make(self, path: Path, recipe: Recipe, digest: str | None = None) -> Rendition:
        """The cached rendition, or make and store it. With ``digest`` (the original's known sha256) the original is
        read only to decode it; without, it is read once for both its hash and its pixels."""
        if (hit := self.lookup(path, recipe, digest)) is not None:
            return hit
        resolved, data = read_file(path)
        if digest is None:
            digest = hashing.sha256_bytes(data)
            _count("hashed_originals")
            with contextlib.suppress(OSError):  # a full or read-only cache disk must not fail the export
                self.remember_original(resolved, digest)
            if (hit := self.fetch(digest, recipe)) is not None:
                return hit
        pixels = render_bytes(data, recipe.pixels(), source=path)
        with contextlib.suppress(OSError):  # a full or read-only cache disk must not fail the export
            self.put(digest, recipe, pixels)
        return with_metadata(pixels, recipe.embed)


def _write(target: Path, data: bytes) -> None:
    """Write under a temporary name and rename (readers never see part of a file); no fsync: see RenditionCache."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise  # OSError: callers fall back to no cache
