"""A reporter's journey through every editable control of the header, the photo inspector and the details tab.

``TABLE`` is the contract: control → value typed or chosen → where it must appear. ``walk`` drives the real window
with key events, clicks in combo popups (so ``activated`` fires), button clicks and shortcuts — no model calls — and
works both under pytest-qt and in a child process (the SIGKILL test), since it needs only QTest and the event loop.
``check_article`` and ``check_exports`` assert every row against a saved, reopened or recovered article and the two
exports.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from editor.model.article import Article, BylinePosition, Figure, Layout, Paragraph

# control → value → where it must appear (besides the saved, reopened and recovered article)
TABLE: tuple[tuple[str, str, str], ...] = (
    ("header.kicker (type)", "Phóng sự ảnh", "article.kicker; DOCX kicker paragraph; HTML text"),
    ("header.title (type)", "Làng gốm bên sông Đá Bạc", "article.title; window title; DOCX; HTML <h1>, <title>"),
    ("header.sapo (type)", "Những ngày cuối năm, lò gốm đỏ lửa.", "article.sapo; DOCX; HTML"),
    ("header.has_time (click)", "ticked", "article.dateline.published set"),
    ("header.when (type digits)", "19/12/2020 16:25", "published 16:25 in the zone; DOCX/HTML dateline"),
    ("header.zone (choose)", "Asia/Tokyo → Nhật Bản (GMT+9)", "published +09:00; dateline prints 14:25 [GMT+7]"),
    ("header.place (type)", "Đông Triều", "article.dateline.location; DOCX dateline line; HTML location"),
    ("header.authors (type)", "Bài và ảnh: Ngọc Hân; Thu Chung", "article.authors; DOCX + HTML byline"),
    ("header.byline (choose)", "under the title (top)", "Author.position TOP; byline before the sapo in DOCX"),
    ("body (type)", "Đoạn văn đầu tiên của bài.", "article.body paragraph; DOCX; HTML"),
    ("Photo ▸ Insert photos… (Ctrl+Shift+I)", "two photos", "two figures; two pictures in DOCX; two <img>"),
    ("inspector.caption (type)", "Lò gốm cổ nhất làng", "figure.caption; DOCX Caption; HTML figcaption"),
    ("inspector.credit (type)", "Vân Anh", "figure.credit; 'Ảnh: Vân Anh' in DOCX and HTML"),
    ("inspector.alt (type)", "Người thợ xếp gốm vào lò", "figure.alt; DOCX picture descr; HTML img alt"),
    ("inspector.rights creator (type)", "Minh Khang", "figure.rights.creator; HTML JSON-LD creator; DOCX photo XMP"),
    ("inspector.rights copyright (type)", "© Báo Quảng Ninh", "figure.rights.copyright; HTML copyrightNotice"),
    ("inspector.layout_box (choose)", "Right, text wraps", "figure.layout RIGHT; DOCX tblpXSpec=right; HTML class"),
    ("inspector.crop_box (choose)", "4:3", "figure.crop of 4:3 shape; exported picture 4:3"),
    ("inspector.crop_frame (drag)", "frame to the left edge", "figure.crop left = 0, same size"),
    ("inspector ⟳ Rotate right (click)", "photo 2 turned 90°", "figure.rotation 90 (saved, reopened, recovered)"),
    ("inspector ▲ Up (click)", "photo 2 above photo 1", "figure order in article and both exports"),
    ("details.source (type)", "Theo TTXVN", "article.source; DOCX; HTML"),
    ("details.keywords (type)", "gốm, Đông Triều", "article.keywords; DOCX core keywords; HTML JSON-LD"),
    (
        "details.link_title + link_url (type), Add (click)",
        "Làng nghề, https://example.org/lang-nghe",
        "article.related; DOCX 'Tin liên quan' + link; HTML link",
    ),
)

KICKER, TITLE, SAPO = "Phóng sự ảnh", "Làng gốm bên sông Đá Bạc", "Những ngày cuối năm, lò gốm đỏ lửa."
BODY = "Đoạn văn đầu tiên của bài."
CAPTION, CREDIT, ALT = "Lò gốm cổ nhất làng", "Vân Anh", "Người thợ xếp gốm vào lò"
CAPTION_2 = "Thợ chuốt gốm"
CREATOR, COPYRIGHT = "Minh Khang", "© Báo Quảng Ninh"
SOURCE, RELATED_TITLE, RELATED_URL = "Theo TTXVN", "Làng nghề", "https://example.org/lang-nghe"


class Hands:
    """Key events, clicks and waits through QTest and the event loop (no pytest-qt: a child process uses it too)."""

    def wait_until(self, condition: Callable[[], bool], timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError("timed out waiting")
            QApplication.processEvents()
            time.sleep(0.01)

    def wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)

    def type(self, widget: QWidget, text: str) -> None:
        widget.setFocus()
        for ch in text:  # QTest.keyClicks asserts on letters outside ASCII: send the events ourselves
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_A
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.processEvents()

    def replace(self, widget: QWidget, text: str) -> None:
        """What a field holds (a caption or by-line the photo pre-filled) replaced as hands do: Ctrl+A, then type."""
        widget.setFocus()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
        self.type(widget, text)

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def choose(self, combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        assert index >= 0, f"{data!r} is not offered"
        combo.showPopup()
        view = combo.view()
        self.wait_until(view.isVisible, 3)
        rect = view.visualRect(view.model().index(index, combo.modelColumn()))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
        self.wait_until(lambda: not view.isVisible(), 3)
        assert combo.currentIndex() == index

    def shortcut(self, window: QWidget, sequence: str) -> None:
        window.activateWindow()
        self.wait_until(window.isActiveWindow, 3)
        combo = QKeySequence(sequence)[0]
        QTest.keyClick(window.focusWidget() or window, combo.key(), combo.keyboardModifiers())
        QApplication.processEvents()

    def drag(self, widget: QWidget, start: QPoint, end: QPoint) -> None:
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(widget, end)
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        QApplication.processEvents()


def button(widget: QWidget, text: str) -> QAbstractButton:
    for candidate in widget.findChildren(QAbstractButton):
        if candidate.text().replace("&", "") == text:
            return candidate
    raise AssertionError(f"no button {text!r}")


@dataclass
class Journey:
    window: object
    hands: Hands
    photos: list[Path]
    shots: Path | None = None
    steps: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # every status-bar message shown along the way
    states: list[tuple[str, str, int]] = field(default_factory=list)  # per step: name, side tab shown, photos

    def step(self, name: str) -> None:
        self.steps.append(name)
        side = self.window.side  # type: ignore[attr-defined]
        self.states.append((name, side.tabText(side.currentIndex()), len(self.window.session.article.figures)))  # type: ignore
        if self.shots is not None:
            self.hands.wait(0.15)
            self.window.grab().save(str(self.shots / f"{len(self.steps):02d}-{name}.png"))  # type: ignore

    def walk(self) -> None:
        w, h = self.window, self.hands
        w.statusBar().messageChanged.connect(lambda text: text and self.seen.append(text))  # type: ignore
        header, inspector, details = w.header, w.inspector, w.details  # type: ignore
        h.type(header.kicker, KICKER)
        h.type(header.title, TITLE)
        h.type(header.sapo, SAPO)
        self.step("header-text")
        h.click(header.has_time)
        header.when.setFocus()
        QTest.keyClick(header.when, Qt.Key.Key_Home)
        QTest.keyClicks(header.when, "19/12/2020 16:25")
        h.choose(header.zone, "Asia/Tokyo")
        h.type(header.place, "Đông Triều")
        h.type(header.authors, "Bài và ảnh: Ngọc Hân; Thu Chung")
        h.choose(header.byline, BylinePosition.TOP)
        self.step("header-dateline-authors")
        h.type(w.editor, BODY)  # type: ignore
        w.photo_actions.ask_photos = lambda many=True: list(self.photos[:2])  # type: ignore # the file dialog's answer
        h.shortcut(w, "Ctrl+Shift+I")  # type: ignore[arg-type]
        h.wait_until(lambda: len(w.session.article.figures) == 2)  # type: ignore
        h.wait_until(lambda: w.session.photos.ready_count() >= 2 and not w.session.photos.pending)  # type: ignore
        self.step("photos-inserted")
        first = next(i for i, b in enumerate(w.session.article.body) if isinstance(b, Figure))  # type: ignore
        w.editor.select_block(first)  # type: ignore
        h.replace(inspector.caption, CAPTION)
        h.replace(inspector.credit, CREDIT)
        h.replace(inspector.alt, ALT)
        h.replace(inspector.rights.fields["creator"], CREATOR)
        h.replace(inspector.rights.fields["copyright"], COPYRIGHT)
        h.choose(inspector.layout_box, Layout.RIGHT)
        h.wait_until(lambda: inspector.crop_frame.image is not None)
        h.choose(inspector.crop_box, "4:3")
        frame = inspector.crop_frame.frame_rect()
        start = frame.center().toPoint()
        h.drag(inspector.crop_frame, start, start - QPoint(400, 0))
        self.step("inspector-photo-1")
        w.editor.select_block(first + 1)  # type: ignore
        h.replace(inspector.caption, CAPTION_2)
        h.click(button(inspector, inspector.tr("⟳ Rotate right")))
        h.click(button(inspector, inspector.tr("▲ Up")))
        self.step("inspector-photo-2")
        w.side.setCurrentWidget(details)  # type: ignore
        h.type(details.source, SOURCE)
        h.type(details.keywords, "gốm, Đông Triều")
        h.type(details.link_title, RELATED_TITLE)
        h.type(details.link_url, RELATED_URL)
        h.click(details.add_button)
        self.step("details")


def check_article(article: Article) -> None:
    """Every row of TABLE in the article (saved, reopened or recovered)."""
    assert (article.kicker, article.title, article.sapo) == (KICKER, TITLE, SAPO)
    published = article.dateline.published
    assert published is not None and published.isoformat() == "2020-12-19T16:25:00+09:00"
    assert article.dateline.location == "Đông Triều"
    assert [(a.role, a.name, a.position) for a in article.authors] == [
        ("Bài và ảnh", "Ngọc Hân", BylinePosition.TOP), ("", "Thu Chung", BylinePosition.TOP)]  # fmt: skip
    assert [b.text for b in article.body if isinstance(b, Paragraph)] == [BODY]
    second, first = article.figures  # "▲ Up" put photo 2 first
    assert (first.caption, first.credit, first.alt, first.layout) == (CAPTION, CREDIT, ALT, Layout.RIGHT)
    assert first.crop is not None and first.crop[0] == 0.0
    assert (first.rights.creator, first.rights.copyright) == (CREATOR, COPYRIGHT)
    assert (second.caption, second.rotation, second.crop) == (CAPTION_2, 90, None)
    assert article.source == SOURCE and article.keywords == ("gốm", "Đông Triều")
    assert [(r.title, r.url) for r in article.related] == [(RELATED_TITLE, RELATED_URL)]


def check_exports(exports: object) -> None:
    """Every row of TABLE where a reader of the DOCX and of the HTML finds it (``hands.export_both``)."""
    docx_text, docx_xml = exports.docx_text, exports.docx_xml  # type: ignore[attr-defined]
    html_text, html_source = exports.html_text, exports.html_source  # type: ignore[attr-defined]
    for value in (KICKER, TITLE, SAPO, BODY, CAPTION, CAPTION_2, SOURCE, RELATED_TITLE, "Ảnh: Vân Anh"):
        assert value in docx_text, f"{value!r} missing from the DOCX"
        assert value in html_text, f"{value!r} missing from the HTML"
    lines = docx_text.splitlines()
    dateline = next(line for line in lines if "19/12/2020" in line)
    assert "14:25 [GMT+7]" in dateline and "Đông Triều" in dateline
    assert "14:25 [GMT+7]" in html_text and "Đông Triều" in html_text
    assert "2020-12-19T16:25:00+09:00" in html_source or "2020-12-19T07:25:00" in html_source
    byline = lines.index("Bài và ảnh: Ngọc Hân")
    assert byline < lines.index(SAPO)  # under the title
    assert "Bài và ảnh: Ngọc Hân" in html_text and "Thu Chung" in html_text
    for text in (docx_text, html_text):
        assert text.index(CAPTION_2) < text.index(CAPTION)  # "▲ Up" moved photo 2 first
    assert f'descr="{ALT}"' in docx_xml and f'alt="{ALT}"' in html_source
    assert 'tblpXSpec="right"' in docx_xml and "bt-figure--right" in html_source
    extents = [(int(cx), int(cy)) for cx, cy in re.findall(r'<wp:extent cx="(\d+)" cy="(\d+)"', docx_xml)]
    assert len(extents) == 2  # photo 2 first, then photo 1 with its 4:3 crop
    shape = extents[1][0] / extents[1][1]
    assert min(abs(shape - 4 / 3), abs(shape - 3 / 4)) < 0.02, extents
    assert RELATED_URL in docx_xml and f'href="{RELATED_URL}"' in html_source
    assert "gốm" in docx_xml and "Đông Triều" in docx_xml.split("<cp:keywords>", 1)[-1]
    assert '"keywords"' in html_source
    assert "copyrightNotice" in html_source and CREATOR in html_source and COPYRIGHT in html_source
    assert CREATOR.encode() in exports.docx_media  # type: ignore[attr-defined] # the photo's own metadata
