"""Sửa › "Dùng ngoặc kép cong" from the real menu changes exactly what the pre-send check's smart-quotes fix changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from editor.checks.fixes import apply_fix
from editor.model.article import Author, Figure, Paragraph, RelatedLink, Span
from tests.ui.conftest import type_text
from tests.ui.test_window import add_photos


def _menu_action(window, menu_title: str, text: str):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title)
    return next(a for a in menu.actions() if a.text().startswith(text))


def test_curly_quotes_from_the_edit_menu_reach_every_field_the_check_fixes(window, qtbot, photos: list[Path]):  # type: ignore[no-untyped-def]
    add_photos(window, qtbot, photos[:1])
    window.editor.setFocus()
    type_text(window.editor, 'Ông nói "đường rộng" rồi')
    qtbot.waitUntil(lambda: any(isinstance(b, Paragraph) for b in window.session.article.body), timeout=5_000)
    article = window.session.article
    body = tuple(
        replace(b, caption='Lễ "trao quà"', credit='Nhóm "Thiện nguyện"', alt='Ảnh "trao quà"')
        if isinstance(b, Figure)
        else Paragraph((Span('Ông nói "đường '), Span('rộng"', bold=True), Span(" rồi")))
        if isinstance(b, Paragraph)
        else b
        for b in article.body
    )
    article = article.with_fields(
        title='Tít "mới"', sapo='Sapo "ngắn"', source='Theo "TTXVN"', body=body,
        authors=(Author(name='Thu "Chung"'),), related=(RelatedLink(title='Tin "liên quan"', url="https://example.org/a"),),
        keywords=('"từ khóa"',),
    )  # fmt: skip
    window.session.edit(article, "set up")
    expected = apply_fix(window.session.article, "smart-quotes")

    _menu_action(window, "Edit", "Use curly quotes").trigger()

    result = window.session.article
    assert result == expected
    figure = next(b for b in result.body if isinstance(b, Figure))
    assert figure.credit == "Nhóm “Thiện nguyện”" and figure.alt == "Ảnh “trao quà”"
    assert result.source == "Theo “TTXVN”" and result.related[0].title == "Tin “liên quan”"
    assert result.related[0].url == "https://example.org/a"  # links are not text
    window.undo_action.trigger()
    assert window.session.article == article


def test_the_inspector_warns_about_a_camera_file_name_as_the_checks_do(window, qtbot, photos: list[Path]):  # type: ignore[no-untyped-def]
    """Typed into the real alt field: "DSC00123" is not the photo's own name, yet both the inspector and the check
    call it a file name (they share editor.checks.alt_text)."""
    from editor.checks.rules import CheckContext, run_checks
    from editor.text.profile import default_profile

    add_photos(window, qtbot, photos[:1])
    window.editor.select_block(0)
    window.inspector.alt.setFocus()
    type_text(window.inspector.alt, "DSC00123")
    qtbot.waitUntil(lambda: window.session.article.body[0].alt == "DSC00123", timeout=5_000)
    assert window.inspector.alt_warning.isVisibleTo(window.inspector)
    assert "file" in window.inspector.alt_warning.text() or "tệp" in window.inspector.alt_warning.text()
    ids = {f.id for f in run_checks(CheckContext(window.session.article, default_profile()))}
    assert "figure.alt-is-file-name" in ids
