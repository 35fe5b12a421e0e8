"""A DOCX draft → an article, its photos written to a folder, and the import report.

Our own export comes back from its source part (every field as exported; the photos are the embedded renditions).
Any other draft, or ours edited in Word, is read from the document itself: the walk gives paragraphs and pictures,
legacy runs are decoded, captions attached to their pictures, the header and end fields recognised, and the rest
becomes the body. The result goes through the interchange reader (``article_from_data``), so it is checked and
normalised exactly like an article JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from editor.importers import body as body_mod
from editor.importers.captions import body_size
from editor.importers.package import DocxPackage
from editor.importers.pictures import Photo, PhotoWriter, PictureFailed
from editor.importers.report import ImportReport
from editor.importers.source import record_from_package
from editor.importers.styles import Styles
from editor.importers.walk import Para, W, Walker
from editor.model.article import Article, Figure
from editor.model.interchange import article_from_data
from editor.text.profile import OutletProfile

RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
RT_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
RT_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"


@dataclass
class Draft:
    article: Article
    photos: dict[str, Path]  # image name → the file written under the destination folder
    report: ImportReport


def read_docx(path: Path, folder: Path, profile: OutletProfile, report: ImportReport | None = None) -> Draft:
    """Read the DOCX at ``path``; photos are written under ``folder`` (``folder/images/p01.jpg``)."""
    report = report or ImportReport(Path(path))
    with DocxPackage(Path(path)) as package:
        if package.unsafe_names:
            report.out("importers.o_unsafe", count=len(package.unsafe_names))
        rels = package.rels(package.main)
        root = package.xml(package.main)
        body = root.find(f"{W}body")
        if body is None:
            body = root
        styles_part = next((r.target for r in rels.values() if r.type == RT_STYLES and package.has(r.target)), None)
        styles = Styles(package.xml(styles_part) if styles_part else None)
        walker = Walker(styles, rels)
        paras = walker.walk(body)
        writer = PhotoWriter(package, rels, folder)
        record = record_from_package(package, body)
        if record is not None and not record.edited:
            own = _own_export(record.article, paras, writer, report)
            if own is not None:
                return own
        if record is not None:
            report.edited_after_export = True
            report.miss("importers.r_edited")
        _count_left_out(package, rels, walker, report)
        return _draft(paras, walker, writer, profile, report, Path(path))


def _own_export(article: Article, paras: list[Para], writer: PhotoWriter, report: ImportReport) -> Draft | None:
    """The article of the source part with the embedded renditions as its photos; None if pictures do not match."""
    pictures = [pic for para in paras for pic in para.pictures]
    figures = article.figures
    if len(pictures) != len(figures):
        return None
    photos: dict[str, Path] = {}
    names: dict[int, str] = {}
    baked: list[int] = []
    try:
        for number, (figure, picture) in enumerate(zip(figures, pictures, strict=True), start=1):
            photo = writer.write(picture, name=figure.image)
            names[number] = photo.name
            photos[photo.name] = photo.path
            if figure.crop is not None or figure.rotation:
                baked.append(number)
    except PictureFailed:
        return None
    body, number = [], 0
    for block in article.body:
        if isinstance(block, Figure):
            number += 1
            turned = number in baked
            block = replace(block, image=names[number], crop=None if turned else block.crop,
                            rotation=0 if turned else block.rotation)  # fmt: skip
        body.append(block)
    report.own_export = True
    report.ok("importers.r_own_export")
    if baked:
        report.ok("importers.r_baked", numbers=", ".join(map(str, baked)))
    return Draft(replace(article, body=tuple(body)), photos, report)


def _count_left_out(package: DocxPackage, rels: dict, walker: Walker, report: ImportReport) -> None:
    counts = walker.counts
    for code, count in (
        ("importers.o_comments", counts.comments),
        ("importers.o_footnotes", counts.footnotes),
        ("importers.o_endnotes", counts.endnotes),
    ):
        if count:
            report.out(code, count=count)
    headers = 0
    for rel in rels.values():
        if rel.type in (RT_HEADER, RT_FOOTER) and package.has(rel.target):
            try:
                part = package.xml(rel.target)
            except Exception:  # a broken header is left out like any other
                headers += 1
                continue
            headers += any((t.text or "").strip() for t in part.iter(f"{W}t"))
    if headers:
        report.out("importers.o_headers", count=headers)
    if counts.insertions or counts.deletions:
        report.ok("importers.r_tracked", insertions=counts.insertions, deletions=counts.deletions)


def _draft(paras: list[Para], walker: Walker, writer: PhotoWriter, profile: OutletProfile, report: ImportReport,
           source: Path) -> Draft:  # fmt: skip
    body_mod.decode_legacy_runs(paras, report)
    size = body_size(paras)
    plan = body_mod.plan(paras, size, profile, profile.dateline.display_zone)
    photos: dict[str, Path] = {}
    blocks: list[dict[str, Any]] = []
    picture_number = 0
    for entry in plan.entries:
        if entry.kind != "figure":
            blocks.append(entry.data)
            continue
        picture_number += 1
        try:
            photo: Photo = writer.write(entry.picture)
        except PictureFailed as failed:
            report.miss("importers.n_picture", number=picture_number, reason=failed.reason)
            continue
        photos[photo.name] = photo.path
        blocks.append({**entry.data, "image": photo.name})
    data = plan.article_data(blocks)
    article = article_from_data(data, source=source, require_title=False)
    body_mod.summarise(article, plan, walker.counts, report)
    return Draft(article, photos, report)
