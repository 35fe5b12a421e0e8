"""The hand-off bundle: the DOCX, the untouched original photos renamed in article order, and a caption list.

Desks re-upload photos to the CMS from the originals (full resolution, IPTC intact), so the originals go in byte for
byte, copied in chunks (30 × 10 MB never sit in memory). ``01-<slug>.jpg`` keeps the article order in any file
browser; the caption list (UTF-8 text) pairs each file name with its caption and alt text for the web desk. Beside
each original, ``01-<slug>.xmp`` is its XMP sidecar (caption, alt text, creator, credit, copyright, usage terms,
digital source type, …): the metadata travels without a byte of the original changing.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from editor.errors import InputError
from editor.export.docx.body import clean
from editor.export.docx.package import DeterministicZip
from editor.export.ir import IRDocument, IRFigure
from editor.export.photo_errors import photo_error
from editor.files.atomic import WRITE_FAILURES
from editor.media.embed import sidecar
from editor.media.safe_open import check_file
from editor.messages import msg
from editor.messages.log import log_cause

CAPTIONS_NAME = "chu-thich-anh.txt"


def photo_name(figure: IRFigure) -> str:
    """``01-le-trao-qua.jpg``: the IR's slug and the original's own extension (lower case; ``.jpeg`` kept)."""
    suffix = PurePosixPath(figure.image_name).suffix or Path(figure.photo_path or figure.image_name).suffix
    stem = clean(figure.slug).replace("/", "-").replace("\\", "-").strip(". ") or f"{figure.number:02d}"
    return f"{stem}{suffix.lower()}"


def caption_list(doc: IRDocument) -> str:
    lines = [clean(doc.title), ""]
    for figure in doc.figures:
        lines.append(f"{photo_name(figure)}")
        lines.append(f"{clean(doc.words.caption_label)}: {clean(figure.caption_text)}")
        lines.append(f"{clean(doc.words.alt_label)}: {clean(figure.alt)}")
        lines.append("")
    return "\n".join(lines)


def write_bundle(doc: IRDocument, docx_file: Path, docx_name: str, target: Path, *, deterministic: bool = True) -> None:
    with DeterministicZip(target, deterministic=deterministic) as bundle:
        bundle.write_file(docx_name, docx_file, compress=False)
        seen: set[str] = set()
        for figure in doc.figures:
            name = photo_name(figure)
            if name in seen:  # the same slug twice (a photo repeated): keep both, distinctly named
                name = f"{figure.number:02d}-{name}"
            seen.add(name)
            try:
                original = check_file(figure.original(), figure.roots())
                bundle.write_file(name, original)
            except InputError as error:
                raise photo_error(error, figure) from None
            except OSError as exc:
                if exc.errno in WRITE_FAILURES:
                    raise  # the bundle itself cannot be written: atomic_output refuses it naming OUT.zip
                log_cause(figure.image_name, exc)
                raise photo_error(InputError(msg("photo.cannot-bundle")), figure) from None
            if figure.embed is not None and not figure.embed.empty:
                bundle.write_bytes(f"{PurePosixPath(name).stem}.xmp", sidecar(figure.embed), compress=True)
        bundle.write_bytes(CAPTIONS_NAME, caption_list(doc).encode("utf-8"), compress=True)
