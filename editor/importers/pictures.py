"""Photos out of a DOCX: the embedded bytes as they are (never re-encoded), each through the safe opener.

One photo is in memory at a time (read from the package in chunks, hashed, checked by ``editor.media.safe_open``,
written to the destination folder), so memory does not grow with the number of photos. A picture that cannot come
in (linked rather than embedded, an EMF/WMF drawing, a missing part, a file the safe opener refuses) is reported
with its reason and never stops the rest of the draft.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from editor.errors import InputError
from editor.importers.package import DocxPackage, Relationship
from editor.importers.walk import Picture
from editor.media.safe_open import MAX_FILE_BYTES, open_bytes
from editor.messages import Message, msg

CHUNK = 1 << 20
_SUFFIXES = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "TIFF": "tif", "BMP": "bmp",
             "HEIF": "heic"}  # fmt: skip
_DRAWINGS = (".emf", ".wmf", ".emz", ".wmz", ".svg", ".eps", ".pict")


@dataclass(frozen=True, slots=True)
class Photo:
    name: str  # the figure's image name ("images/p01.jpg")
    path: Path  # the file written under the destination folder
    sha256: str
    width: int
    height: int


class PictureFailed(Exception):
    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


class PhotoWriter:
    """Writes each distinct embedded picture once under ``folder/images/pNN.ext``."""

    def __init__(self, package: DocxPackage, rels: dict[str, Relationship], folder: Path) -> None:
        self.package = package
        self.rels = rels
        self.folder = folder
        self._by_part: dict[str, Photo] = {}
        self._by_digest: dict[str, Photo] = {}
        self.count = 0

    def part_of(self, picture: Picture) -> str:
        """The package part holding the picture's bytes; PictureFailed with the reason when there is none."""
        if not picture.rid:
            target = self.rels.get(picture.link)
            raise PictureFailed(msg("importers.pic_linked", target=(target.target if target else "?")[:80]))
        rel = self.rels.get(picture.rid)
        if rel is None:
            raise PictureFailed(msg("importers.pic_no_rel", rid=picture.rid[:20]))
        if rel.external:
            raise PictureFailed(msg("importers.pic_linked", target=rel.target[:80]))
        if not rel.target or not self.package.has(rel.target):
            raise PictureFailed(msg("importers.pic_missing", part=(rel.target or picture.rid)[:80]))
        if rel.target.lower().endswith(_DRAWINGS):
            raise PictureFailed(msg("importers.pic_drawing", kind=PurePosixPath(rel.target).suffix.upper()[1:]))
        return rel.target

    def write(self, picture: Picture, name: str | None = None) -> Photo:
        """Extract the picture (once per part and per content); ``name`` asks for a given image name."""
        part = self.part_of(picture)
        known = self._by_part.get(part)
        if known is not None and (name is None or known.name == name):
            return known
        data = self._read(part)
        digest = hashlib.sha256(data).hexdigest()
        same = self._by_digest.get(digest)
        if same is not None and (name is None or same.name == name):
            self._by_part[part] = same
            return same
        try:
            im = open_bytes(data, PurePosixPath(part).name)
        except InputError as exc:
            raise PictureFailed(msg("importers.pic_refused", reason=exc.problem)) from None
        suffix = _SUFFIXES.get(im.format or "", "bin")
        width, height = im.size
        im.close()
        self.count += 1
        name = self._fit_name(name, suffix) if name else f"images/p{self.count:02d}.{suffix}"
        target = self.folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        # A scratch copy in the import's own folder: the project (or the JSON's folder) takes it atomically later,
        # so no fsync here (it cost more than everything else put together).
        with target.open("wb") as handle:
            handle.write(data)
        photo = Photo(name, target, digest, width, height)
        self._by_part[part] = photo
        self._by_digest[digest] = photo
        return photo

    def _fit_name(self, name: str, suffix: str) -> str:
        """The asked-for name, with the suffix of the bytes' real format, made unique among the photos written."""
        path = PurePosixPath(name)
        if path.suffix.lower().lstrip(".") not in (suffix, "jpeg" if suffix == "jpg" else suffix):
            path = path.with_suffix(f".{suffix}")
        taken = {p.name for p in self._by_digest.values()}
        candidate, n = str(path), 2
        while candidate in taken:
            candidate = str(path.with_stem(f"{path.stem}-{n}"))
            n += 1
        return candidate

    def _read(self, part: str) -> bytes:
        size = self.package.size(part)
        if size > MAX_FILE_BYTES:
            raise PictureFailed(msg("importers.pic_too_large", mb=f"{size // 2**20:,}"))
        chunks: list[bytes] = []
        total = 0
        try:
            with self.package.open_stream(part) as stream:
                while chunk := stream.read(CHUNK):
                    chunks.append(chunk)
                    total += len(chunk)
                    if total > MAX_FILE_BYTES:
                        raise PictureFailed(msg("importers.pic_too_large", mb=f"{total // 2**20:,}"))
        except PictureFailed:
            raise
        except Exception as exc:  # zlib/CRC errors of a damaged entry: this picture only
            raise PictureFailed(msg("importers.pic_damaged", reason=str(exc)[:80])) from None
        if not total:
            raise PictureFailed(msg("importers.pic_damaged", reason="0 bytes"))
        return b"".join(chunks)
