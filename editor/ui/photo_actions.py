"""Photo commands: insert (dialog, drop, paste; several at once), move, replace keeping the caption, remove."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace as dc_replace
from pathlib import Path

from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QFileDialog, QWidget

from editor.model.article import Figure
from editor.ui.after_paint import AfterPaint
from editor.ui.body_editor import BodyEditor
from editor.ui.photos import Probe
from editor.ui.session import Session
from editor.ui.status import Notifier

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.gif *.bmp"


class PhotoActions:
    """Gets the session, the body editor (where photos go, where the caret is), a notifier and the dialogs' parent."""

    def __init__(self, session: Session, editor: BodyEditor, notify: Notifier, parent: QWidget,
                 figures: Callable[[list[Probe]], list[Figure]] | None = None) -> None:  # fmt: skip
        # How photos read from disk become figures (the window may pre-fill fields, such as the outlet's credit).
        self.figures = figures or (lambda probes: [p.figure for p in probes])
        self.session = session
        self.editor = editor
        self.notify = notify
        self.parent = parent
        self.after_paint = AfterPaint(editor.viewport(), editor)  # new photos' previews and copies wait for it

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PhotoActions", text)

    def ask_photos(self, many: bool = True) -> list[Path]:
        caption = self.tr("Choose photos")
        filters = self.tr("Photos ({0})").format(PHOTO_FILTER)
        if many:
            names, _ = QFileDialog.getOpenFileNames(self.parent, caption, "", filters)
            return [Path(n) for n in names]
        name, _ = QFileDialog.getOpenFileName(self.parent, caption, "", filters)
        return [Path(name)] if name else []

    def insert_dialog(self) -> None:
        paths = self.ask_photos()
        if paths:
            self.insert_paths(paths, self.editor.insertion_index())

    def insert_paths(self, paths: list[Path], index: int, positions: list[int] | None = None) -> None:
        """Check the files and read their metadata in workers, then insert them together as one undo step.

        The place is fixed when the insert starts, at a block boundary, and follows the text typed meanwhile (an
        anchor at the end of the block before it); typing goes on where it was, never split by the photos.
        Pictures pasted among text each go to their own body position (``positions``, ascending) instead.
        """
        self.notify.status(self.tr("Reading {0} photos…").format(len(paths)))
        anchor = self._anchor(index)
        body_then = self.session.article.body
        placements = {path.resolve(): at for path, at in zip(paths, positions or [], strict=False)}

        def done(probes: list[Probe], errors: list[str]) -> None:
            if probes:
                self.session.photos.adopt(probes, self.after_paint.then)
                body = self.session.article.body
                at = anchor.blockNumber() + 1 if anchor is not None else index
                at = max(0, min(at, len(body)))
                typed = body != body_then  # the reporter wrote on while the photos were read
                editor = self.editor
                caret = editor.textCursor()
                where = (caret.blockNumber(), caret.positionInBlock(), caret.hasSelection())
                figures = self.figures(probes)
                article = self.session.article.insert_blocks(at, figures)
                if placements:  # each at its place; the ones placed before it shift it by one each
                    article = self.session.article
                    for placed, (probe, figure) in enumerate(zip(probes, figures, strict=True)):
                        place = placements.get(Path(probe.path).resolve(), index) + placed
                        article = article.insert_blocks(max(0, min(place, len(article.body))), [figure])
                    at = max(0, min(placements.get(Path(probes[0].path).resolve(), index), len(body)))
                text = self.tr("Insert photo") if len(probes) == 1 else self.tr("Insert {0} photos").format(len(probes))
                self.session.edit(article, text)
                if typed and not where[2]:
                    block = where[0] + (len(probes) if where[0] >= at else 0)
                    self._put_caret(block, where[1])
                else:
                    editor.select_block(at)
            if errors:
                self.notify.error(self.tr("Some photos could not be added:") + "\n" + "\n".join(errors))
            self.notify.clear()

        self.session.photos.probe(paths, self.session.article.image_names(), done)

    def _anchor(self, index: int) -> QTextCursor | None:
        """A cursor at the end of the block before ``index`` that stays there while text is typed around it."""
        if index <= 0:
            return None
        block = self.editor.document().findBlockByNumber(index - 1)
        if not block.isValid():
            return None
        anchor = QTextCursor(block)
        anchor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        anchor.setKeepPositionOnInsert(True)
        return anchor

    def _put_caret(self, block_number: int, offset: int) -> None:
        editor = self.editor
        block = editor.document().findBlockByNumber(block_number)
        if not block.isValid():
            return
        cursor = editor.textCursor()
        cursor.setPosition(block.position() + min(offset, block.length() - 1))
        editor.setTextCursor(cursor)

    def insert_image(self, image: QImage, index: int) -> None:
        """A picture pasted from the clipboard: kept as a PNG file in the cache, then inserted like any photo."""
        import time

        from editor.files.paths import cache_dir

        if image is None or image.isNull():
            return
        folder = cache_dir() / "pasted"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"anh-dan-{time.strftime('%Y%m%d-%H%M%S')}.png"
        image.save(str(path), "PNG")
        self.insert_paths([path], index)

    def move(self, index: int, delta: int) -> None:
        body = self.session.article.body
        if not (0 <= index < len(body)) or not isinstance(body[index], Figure):
            return
        target = index + delta
        if not 0 <= target < len(body):
            return
        self.session.edit(self.session.article.move_block(index, target), self.tr("Move photo"))
        self.editor.select_block(target)

    def replace(self, index: int) -> None:
        body = self.session.article.body
        if not (0 <= index < len(body)) or not isinstance(body[index], Figure):
            return
        paths = self.ask_photos(many=False)
        if paths:
            self.replace_with(index, paths[0])

    def replace_with(self, index: int, path: Path) -> None:
        """A new picture for the figure; caption, credit and layout stay (alt text, rotation and crop do not)."""
        old = self.session.article.body[index]

        def done(probes: list[Probe], errors: list[str]) -> None:
            if errors:
                self.notify.error(errors[0])
            if not probes or self.session.article.body[index] != old:
                return
            self.session.photos.adopt(probes, self.after_paint.then)
            # The alt text described the old picture: it goes (or becomes what the new photo's metadata says).
            new = self.figures(probes)[0]
            provenance = tuple((k, v) for k, v in old.provenance if k != "alt")  # type: ignore[union-attr]
            provenance += tuple((k, v) for k, v in new.provenance if k == "alt")
            figure = dc_replace(old, image=probes[0].name, rotation=0, crop=None, alt=new.alt,  # type: ignore
                                provenance=provenance)  # fmt: skip
            self.session.edit(self.session.article.replace_block(index, figure), self.tr("Replace photo"))

        self.session.photos.probe([path], self.session.article.image_names(), done)

    def remove(self, index: int) -> None:
        body = self.session.article.body
        if 0 <= index < len(body) and isinstance(body[index], Figure):
            self.session.edit(self.session.article.remove_block(index), self.tr("Remove photo"))
