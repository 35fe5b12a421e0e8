"""Issue 20 item 3 (related links without a scheme or without a URL) and item 7 (Tin liên quan as a list).

Everything goes through the Details tab as hands do: typing into the title and address fields, clicking the
buttons and the list's rows, the checks panel's row and its Sửa button; then the saved project and both exports.
"""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.model.article import RelatedLink
from tests.ui.conftest import type_text
from tests.ui.journey import export_both, html_text, press, save_through_window


def click(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_details(window):  # type: ignore[no-untyped-def]
    bar = window.side.tabBar()
    index = window.side.indexOf(window.details)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.side.currentWidget() is window.details
    return window.details


def add_link(details, title: str, url: str) -> None:  # type: ignore[no-untyped-def]
    click(details.link_title)
    type_text(details.link_title, title)
    click(details.link_url)
    type_text(details.link_url, url)
    click(details.add_button)


def click_row(details, row: int) -> None:  # type: ignore[no-untyped-def]
    view = details.related
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(row)).center())
    assert view.currentRow() == row


def docx_related(path) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The DOCX's related-link paragraphs as (text, link target or "")."""
    document = docx.Document(str(path))
    rels = document.part.rels
    out = []
    for p in document.paragraphs:
        if p.style.name != "Related Link":
            continue
        links = p._p.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink")
        rid = links[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id") if links else ""
        out.append((p.text, rels[rid].target_ref if rid else ""))
    return out


def test_issue20_item3_related_link_without_scheme_or_url_is_exported_and_fixable(window, qtbot, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Chỉnh trang đô thị")
    details = open_details(window)
    add_link(details, "Bài cũ", "example.org/uong-bi/bai-cu")
    add_link(details, "Chưa có địa chỉ", "")
    assert window.session.article.related == (RelatedLink("Bài cũ", "example.org/uong-bi/bai-cu"),
                                              RelatedLink("Chưa có địa chỉ", ""))  # fmt: skip

    # The checks say what export will do: the scheme is added, the title-only item is plain text.
    window.checks.timer.setInterval(0)
    window.checks.schedule(window.session.article, window.profile())
    qtbot.waitUntil(lambda: any(i.field == "related" for i in window.checks.items), timeout=20_000)
    related = {i.finding.id: i for i in window.checks.items if i.field == "related"}
    assert set(related) == {"related.no-scheme", "related.no-url"}
    no_scheme = related["related.no-scheme"]
    assert "https://example.org/uong-bi/bai-cu" in no_scheme.finding.message_vi
    assert not no_scheme.finding.message_vi.rstrip().endswith(":") and not related[
        "related.no-url"
    ].finding.message_vi.endswith(":")
    assert "chữ thường" in related["related.no-url"].finding.message_vi

    # Both exports keep both items: a link with https:// added, and the title as plain text.
    path = tmp_path / "bai.banthao"
    with save_through_window(window, path) as project:
        assert project.load().related == window.session.article.related
    docx_path, html_path = export_both(path, tmp_path)
    assert docx_related(docx_path) == [("Bài cũ", "https://example.org/uong-bi/bai-cu"), ("Chưa có địa chỉ", "")]
    html = html_text(html_path)
    assert '<li><a href="https://example.org/uong-bi/bai-cu">Bài cũ</a></li>' in html
    assert "<li>Chưa có địa chỉ</li>" in html

    # Sửa: pick the finding's row, press the Fix button; the address is fixed in the article, one undo step.
    window.side.setCurrentWidget(window.checks)  # the Kiểm tra tab
    row = window.checks.row_of(no_scheme.finding)
    view = window.checks.list
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(row).center())
    # Located in the Details tab behind the list, which stays in view (Enter would go there).
    assert window.side.currentWidget() is window.checks and details.related.currentRow() == 0
    assert details.link_url.text() == "example.org/uong-bi/bai-cu"
    fix_button = window.checks.fix_button(no_scheme.finding)
    assert fix_button.isEnabled()
    click(fix_button)
    assert window.session.article.related[0] == RelatedLink("Bài cũ", "https://example.org/uong-bi/bai-cu")
    assert details.related.item(0).text().endswith("https://example.org/uong-bi/bai-cu")
    press(window.editor, Qt.Key.Key_Z)
    assert window.session.article.related[0].url == "example.org/uong-bi/bai-cu"
    press(window.editor, Qt.Key.Key_Y)
    with save_through_window(window, path) as project:
        assert project.load().related[0].url == "https://example.org/uong-bi/bai-cu"


def test_issue20_item7_related_links_list_add_edit_move_remove_one_undo_step_each(window, qtbot, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Tin có liên quan")
    details = open_details(window)
    add_link(details, "Một", "https://example.org/1")
    add_link(details, "Hai", "https://example.org/2")
    add_link(details, "Ba", "https://example.org/3")
    titles = lambda: [link.title for link in window.session.article.related]  # noqa: E731
    assert titles() == ["Một", "Hai", "Ba"] and details.related.count() == 3

    click_row(details, 1)  # edit: the fields show the item; change its title, save
    assert (details.link_title.text(), details.link_url.text()) == ("Hai", "https://example.org/2")
    details.link_title.selectAll()
    type_text(details.link_title, "Hai (sửa)")
    click(details.save_button)
    assert titles() == ["Một", "Hai (sửa)", "Ba"]

    click(details.up_button)  # move the edited item up
    assert titles() == ["Hai (sửa)", "Một", "Ba"] and details.related.currentRow() == 0
    click_row(details, 2)
    click(details.up_button)
    assert titles() == ["Hai (sửa)", "Ba", "Một"]
    click(details.down_button)
    assert titles() == ["Hai (sửa)", "Một", "Ba"]
    click_row(details, 0)
    click(details.remove_button)
    assert titles() == ["Một", "Ba"]

    # Each action was one undo step: undo walks back through remove, down, up, up, edit, then the third add.
    steps = [["Hai (sửa)", "Một", "Ba"], ["Hai (sửa)", "Ba", "Một"], ["Hai (sửa)", "Một", "Ba"],
             ["Một", "Hai (sửa)", "Ba"], ["Một", "Hai", "Ba"], ["Một", "Hai"]]  # fmt: skip
    for expected in steps:
        press(window.editor, Qt.Key.Key_Z)
        assert titles() == expected
        assert [details.related.item(i).text().split("\n")[0] for i in range(details.related.count())] == expected
    for _ in steps:
        press(window.editor, Qt.Key.Key_Y)
    assert titles() == ["Một", "Ba"]

    path = tmp_path / "bai.banthao"
    with save_through_window(window, path) as project:
        assert [link.title for link in project.load().related] == ["Một", "Ba"]
    docx_path, html_path = export_both(path, tmp_path)
    assert docx_related(docx_path) == [("Một", "https://example.org/1"), ("Ba", "https://example.org/3")]
    html = html_text(html_path)
    assert html.index(">Một</a>") < html.index(">Ba</a>") and "Hai" not in html


def test_issue20_related_list_screenshot_at_1366x768(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    from pathlib import Path

    from tests.ui.conftest import SAMPLE

    out = Path(os.environ.get("BANTHAO_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    window.files.start(SAMPLE)
    window.resize(1366, 768)
    details = open_details(window)
    add_link(details, "Chưa có địa chỉ", "")
    add_link(details, "Bài cũ không có https", "example.org/bai-cu")
    click_row(details, 0)
    qtbot.wait(100)
    assert details.related.count() == 4 and details.up_button.isEnabled() is False
    assert window.grab().save(str(out / "details-related-1366x768.png"))
