"""The body editor: continuous rich text with photos in place, every change an undo step on the Article.

Qt's own undo is off; after each change the editor reads back only the blocks Qt touched (``contentsChange``),
keeps a mirror of the model blocks 1:1 with the document blocks, and pushes the new Article to the session. Typing
merges into one undo step per word run. Structural edits (photos, block kinds) go through the model and come
back through ``Session.changed``, which rewrites only the blocks that differ.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from editor.model.article import Article, Block, Figure, Heading, Paragraph, Quote
from editor.ui import body_doc as bd
from editor.ui.body_format import BodyFormatting
from editor.ui.fields import pass_undo_keys
from editor.ui.figure_view import FigureHandler
from editor.ui.session import Session
from editor.ui.spell import Spelling

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".gif", ".bmp"}
FIGURE_MIME = "application/x-banthao-figure"  # a photo dragged inside the editor: its block index
TYPING_PAUSE = 2.0  # seconds: a pause this long starts a new undo step


class BodyEditor(BodyFormatting, QTextEdit):
    figureSelected = Signal(int)  # block index of the selected figure, -1 for none
    photosDropped = Signal(list, int)  # paths, insertion index
    imagePasted = Signal(object, int)  # QImage, insertion index
    fileDropped = Signal(str)  # an article or project dropped on the editor
    figureActivated = Signal(int)  # double-click on a photo: edit its caption
    picturesRefused = Signal(str)  # pasted pictures that cannot be inserted, each with why
    pasteNoted = Signal(str)  # what a paste changed: a web page cut to its article, a table made paragraphs
    picturesPasted = Signal(list, list)  # photo files from pasted HTML, the body position of each

    def __init__(self, session: Session, caption_parts: Callable[..., list[tuple[str, bool]]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.registry = bd.FigureRegistry()
        self.handler = FigureHandler(self.registry, session.photos, caption_parts,
                                     lambda: self.tr("Double-click to write a caption…"), self)  # fmt: skip
        self.handler.repaint.connect(self.viewport().update)
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(18)
        doc.documentLayout().registerHandler(bd.FIGURE_TYPE, self.handler)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._mirror: list[Block] = [Paragraph()]
        self._syncing = False
        self._group = 0
        self._last_edit = 0.0
        self._cursor_before = 0
        self._selected = -1
        self.spelling: Spelling | None = None
        self._drag_from = -1
        self._drag_start = QPoint()
        bd.render(doc, (), self.registry)
        doc.contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor)
        session.changed.connect(self._on_article)
        session.cursorHint.connect(self._on_cursor_hint)
        session.photos.thumbnailReady.connect(self._on_thumbnail)

    # -- model → view --------------------------------------------------------------------------------------

    def _on_article(self, article: Article, origin: object) -> None:
        if origin is self:
            return
        new = list(article.body) or [Paragraph()]
        for block in new:  # ask for every photo now, in reading order, not only those Qt has laid out so far
            if isinstance(block, Figure):
                self.session.photos.thumbnail(block)
        if new == self._mirror:
            return
        self._syncing = True
        try:
            bd.update(self.document(), self._mirror, new, self.registry)
        finally:
            self._syncing = False
        self._mirror = new
        self._group += 1
        self._on_cursor()

    def _on_cursor_hint(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)

    def _on_thumbnail(self, name: str) -> None:
        doc = self.document()
        for number, block in enumerate(self._mirror):
            if isinstance(block, Figure) and block.image == name:
                qblock = doc.findBlockByNumber(number)
                doc.markContentsDirty(qblock.position(), qblock.length())
        self.viewport().update()

    # -- view → model --------------------------------------------------------------------------------------

    def _body(self) -> tuple[Block, ...]:
        if len(self._mirror) == 1 and isinstance(self._mirror[0], Paragraph) and not self._mirror[0].spans:
            return ()
        return tuple(self._mirror)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._syncing:
            return
        doc = self.document()
        count = doc.blockCount()
        first = doc.findBlock(position).blockNumber()
        last_block = doc.findBlock(min(position + added, doc.characterCount() - 1))
        last = last_block.blockNumber() if last_block.isValid() else count - 1
        suffix = count - 1 - last
        old_end = len(self._mirror) - suffix
        if first < 0 or old_end < first:
            blocks, one_to_one = bd.read_range(doc, 0, count - 1, self.registry)
            mirror = blocks
        else:
            blocks, one_to_one = bd.read_range(doc, first, last, self.registry)
            mirror = self._mirror[:first] + blocks + self._mirror[old_end:]
        self._mirror = mirror
        now = time.monotonic()
        if now - self._last_edit > TYPING_PAUSE:
            self._group += 1
        self._last_edit = now
        article = self.session.article.with_fields(body=self._body())
        self.session.edit(article, self.tr("Typing"), merge_key=("body", self._group), origin=self,
                          cursor_before=self._cursor_before, cursor_after=self.textCursor().position())  # fmt: skip
        self._cursor_before = self.textCursor().position()
        if not one_to_one or len(self._mirror) != doc.blockCount():
            self._resync()

    def _resync(self) -> None:
        """Text strayed into a photo's block (or the mirror slipped): show the model's canonical form again."""
        self._syncing = True
        try:
            self._mirror = list(self.session.article.body) or [Paragraph()]
            bd.render(self.document(), self._mirror, self.registry)
        finally:
            self._syncing = False

    def new_group(self) -> None:
        """The next change starts a new undo step (after a format action, a paste, a click elsewhere)."""
        self._group += 1

    # -- selection of photos -------------------------------------------------------------------------------

    def _on_cursor(self) -> None:
        cursor = self.textCursor()
        number = cursor.block().blockNumber()
        selected = number if 0 <= number < len(self._mirror) and isinstance(self._mirror[number], Figure) else -1
        if selected != self._selected:
            self._selected = selected
            self.handler.selected_id = self._figure_id(selected)
            self.viewport().update()
            self.figureSelected.emit(selected)
        if not cursor.hasSelection():
            self._cursor_before = cursor.position()

    def _figure_id(self, number: int) -> int:
        if number < 0:
            return 0
        for it in self.document().findBlockByNumber(number):
            fmt = it.fragment().charFormat()
            if fmt.objectType() == bd.FIGURE_TYPE:
                return int(fmt.property(bd.FIGURE_ID) or 0)
        return 0

    def select_block(self, number: int) -> None:
        qblock = self.document().findBlockByNumber(max(0, number))
        cursor = self.textCursor()
        cursor.setPosition(qblock.position())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_index(self) -> int:
        return self._selected

    def current_index(self) -> int:
        return self.textCursor().blockNumber()

    def insertion_index(self) -> int:
        """Where new blocks go: before the cursor's block when it sits at its start, else after it."""
        cursor = self.textCursor()
        number = cursor.blockNumber()
        if self._body() == ():
            return 0
        if cursor.positionInBlock() == 0 and not isinstance(self._mirror[number], Figure):
            return number if cursor.block().length() > 1 else number + 1
        return min(number + 1, len(self._body()))

    # -- keys ----------------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if pass_undo_keys(self, event):
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        self._cursor_before = cursor.position()
        key = event.key()
        text = event.text()
        if text and text.isspace():
            self._group += 1
        number = cursor.blockNumber()
        kind = cursor.block().blockFormat().property(bd.BLOCK_KIND) or bd.PARAGRAPH
        if not cursor.hasSelection():
            if kind == bd.FIGURE and self._key_at_figure(event, cursor):
                return
            if key == Qt.Key.Key_Backspace and cursor.positionInBlock() == 0 and number > 0 \
                    and isinstance(self._mirror[number - 1], Figure):  # fmt: skip
                self.remove_block(number - 1, cursor_at=cursor.block().previous().position())
                return
            if key == Qt.Key.Key_Delete and cursor.atBlockEnd() and number + 1 < len(self._mirror) \
                    and isinstance(self._mirror[number + 1], Figure):  # fmt: skip
                self.remove_block(number + 1, cursor_at=cursor.position())
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and kind == bd.HEADING and cursor.atBlockEnd():
                self._group += 1
                cursor.insertBlock(bd.block_format(bd.PARAGRAPH), bd.span_format(None))
                self.setTextCursor(cursor)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._group += 1
        super().keyPressEvent(event)

    def _key_at_figure(self, event: QKeyEvent, cursor: QTextCursor) -> bool:
        """Keys pressed while a photo is selected: delete removes it, typing starts a paragraph beside it."""
        key = event.key()
        number = cursor.blockNumber()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_block(number, cursor_at=cursor.block().position())
            return True
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (text and text.isprintable()):
            self._group += 1
            before = cursor.positionInBlock() == 0
            index = number if before else number + 1
            typed = "" if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else text
            article = self.session.article.insert_blocks(index, [Paragraph.plain(typed)])
            self.session.edit(article, self.tr("Typing"), cursor_before=cursor.position())
            qblock = self.document().findBlockByNumber(index)
            moved = self.textCursor()
            moved.setPosition(qblock.position() + len(typed))
            self.setTextCursor(moved)
            return True
        return False

    def remove_block(self, number: int, *, cursor_at: int | None = None) -> None:
        self._group += 1
        article = self.session.article.remove_block(number)
        text = self.tr("Remove photo") if isinstance(self._mirror[number], Figure) else self.tr("Delete")
        self.session.edit(article, text, cursor_before=self.textCursor().position())
        if cursor_at is not None:
            self._on_cursor_hint(min(cursor_at, self.document().characterCount() - 1))

    # -- clipboard and drops -------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self._group += 1
        index = self.insertion_index()
        if source.hasUrls():
            local = [Path(url.toLocalFile()) for url in source.urls() if isinstance(url, QUrl) and url.isLocalFile()]
            photos = [p for p in local if p.suffix.lower() in PHOTO_SUFFIXES]
            if photos:
                self.photosDropped.emit(photos, index)
                return
            articles = [p for p in local if p.suffix.lower() in (".json", ".banthao", ".docx", ".odt", ".doc", ".rtf")
                        or p.is_dir()]  # fmt: skip
            if articles:
                self.fileDropped.emit(str(articles[0]))
                return
        from editor.ui.paste import BLOCKS_MIME, blocks_from_json, read_clipboard

        if source.hasFormat(BLOCKS_MIME):  # copied or dragged inside Bản Thảo: photos come along
            known = self.session.photos.known_names()
            copied = [b for b in blocks_from_json(bytes(source.data(BLOCKS_MIME).data()).decode("utf-8"))
                      if not isinstance(b, Figure) or b.image in known]  # fmt: skip
            if copied:
                self.insert_blocks_at_cursor(copied)
                self._group += 1
                return
        pasted = read_clipboard(source.html() if source.hasHtml() else None, source.text() if source.hasText() else "")
        blocks = pasted.blocks  # a whole web page: its article only; tables: a paragraph per row
        photos, refused = self._pasted_pictures(pasted.html)
        text_pasted = any(b.text.strip() for b in blocks if not isinstance(b, Figure))
        if source.hasImage() and not text_pasted and not photos:
            self.imagePasted.emit(source.imageData(), index)  # a picture (a browser adds an <img> tag as HTML)
            return
        positions = [index] * len(photos)
        if blocks and text_pasted:
            first = self.textCursor().blockNumber()  # the first pasted block joins this one
            self.insert_blocks_at_cursor(blocks)
            # A picture that stood after k pasted blocks goes after the k-th of them (opened like every photo).
            positions = [first + at if at else index for _path, at in photos]
        if photos:
            self.picturesPasted.emit([path for path, _at in photos], positions)
        if refused:
            self.picturesRefused.emit(self.tr("Pictures not pasted:") + "\n" + "\n".join(refused))
        if pasted.notes and text_pasted:
            self.pasteNoted.emit(" ".join(str(note) for note in pasted.notes))
        self._group += 1

    def _pasted_pictures(self, html: str | None) -> tuple[list[tuple[Path, int]], list[str]]:
        """The local files of the pictures in pasted HTML (with how many pasted blocks came before each), and a
        reason for each one that cannot be inserted."""
        from editor.files.paths import cache_dir
        from editor.ui.paste import picture_file, pictures_in_html

        if not html or "<img" not in html.lower():
            return [], []
        photos, refused = [], []
        reasons = {"web": self.tr("{0} is on the web (save it, then insert it)"),
                   "missing": self.tr("{0} is no longer on this computer"),
                   "unreadable": self.tr("{0} cannot be read"),
                   "not-photo": self.tr("{0} is not a photo file")}  # fmt: skip
        for picture in pictures_in_html(html):
            path, why = picture_file(picture.src, cache_dir() / "pasted")
            if path is not None and path.suffix.lower() in PHOTO_SUFFIXES:
                photos.append((path, picture.at))
            else:
                why = why or "not-photo"
                name = picture.src if len(picture.src) <= 80 else picture.src[:77] + "…"
                if picture.src.lower().startswith("file:"):
                    name = QUrl(picture.src).fileName() or name
                refused.append(reasons[why].format(name))
        return photos, refused

    def insert_blocks_at_cursor(self, blocks: list[Block]) -> None:
        """Pasted blocks: the first joins the cursor's paragraph, the rest become new blocks."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        if cursor.block().blockFormat().property(bd.BLOCK_KIND) == bd.FIGURE:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(bd.block_format(bd.PARAGRAPH), bd.span_format(None))
        for i, block in enumerate(blocks):
            kind = bd.kind_of(block)
            if i:
                cursor.insertBlock(bd.block_format(kind), bd.span_format(None, kind))
            if isinstance(block, Figure):
                # Lands inside the text block for a moment; the read-back splits it out and the editor resyncs.
                cursor.insertText(bd.OBJECT_CHAR, bd.figure_format(self.registry.add(block)))
            elif isinstance(block, Heading):
                cursor.insertText(block.text, bd.span_format(None, bd.HEADING))
            elif isinstance(block, Paragraph | Quote):
                for span in block.spans:
                    cursor.insertText(span.text.replace("\n", bd.LINE_BREAK), bd.span_format(span, kind))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def createMimeDataFromSelection(self) -> QMimeData:
        from editor.ui.paste import selection_to_mime

        cursor = self.textCursor()
        return selection_to_mime(self.document(), cursor.selectionStart(), cursor.selectionEnd(), self.registry)

    # -- dragging a photo to another place -----------------------------------------------------------------

    def _figure_under(self, pos: QPoint) -> int:
        """The block index of the photo under a viewport point, or -1."""
        number = self.cursorForPosition(pos).blockNumber()
        if 0 <= number < len(self._mirror) and isinstance(self._mirror[number], Figure):
            rect = self.document().documentLayout().blockBoundingRect(self.document().findBlockByNumber(number))
            rect.translate(0, -self.verticalScrollBar().value())
            if rect.contains(pos.toPointF()):
                return number
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag_from = self._figure_under(event.position().toPoint())
        self._drag_start = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from >= 0 and event.buttons() & Qt.MouseButton.LeftButton:
            distance = (event.position().toPoint() - self._drag_start).manhattanLength()
            if distance >= QApplication.startDragDistance():
                index, self._drag_from = self._drag_from, -1
                mime = QMimeData()
                mime.setData(FIGURE_MIME, str(index).encode())
                drag = QDrag(self)
                drag.setMimeData(mime)
                image = self.session.photos.thumbnail(self._mirror[index])  # type: ignore[arg-type]
                if image is not None and not image.isNull():
                    drag.setPixmap(QPixmap.fromImage(image.scaledToWidth(160)))
                drag.exec(Qt.DropAction.MoveAction)
                return
        super().mouseMoveEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(FIGURE_MIME):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(FIGURE_MIME):
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(FIGURE_MIME):
            source = int(bytes(event.mimeData().data(FIGURE_MIME).data()).decode() or -1)
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            self.move_figure(source, self.insertion_index())
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    def move_figure(self, source: int, target: int) -> None:
        """Move the photo at ``source`` so that it lands before the block now at ``target``."""
        body = self.session.article.body
        if not (0 <= source < len(body)) or not isinstance(body[source], Figure):
            return
        new_index = target - 1 if target > source else target
        new_index = max(0, min(new_index, len(body) - 1))
        if new_index == source:
            return
        self._group += 1
        self.session.edit(self.session.article.move_block(source, new_index), self.tr("Move photo"))
        self.select_block(new_index)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.spelling is not None:
            self.spelling.extend_menu(menu, self, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseDoubleClickEvent(self, event: object) -> None:
        super().mouseDoubleClickEvent(event)  # type: ignore[arg-type]
        if self._selected >= 0:
            self.figureActivated.emit(self._selected)
