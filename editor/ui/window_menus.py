"""The main window's menus and toolbar (File, Edit, Format, Photo, View, Help), a mixin of ``MainWindow``: each
command calls a part the window put together (files, photo actions, the editor, text commands, find bar)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from editor.ui import body_doc as bd
from editor.ui.find_bar import FindBar
from editor.ui.recent_menu import RecentMenu
from editor.ui.text_commands import TextCommands
from editor.ui.undo_actions import UndoActions


class WindowMenus:
    """Builds the window's menus and toolbar (mixed into ``MainWindow``, whose parts the commands call)."""

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None, menu: object = None,
                toolbar: object = None) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        if menu is not None:
            menu.addAction(action)  # type: ignore[attr-defined]
        if toolbar is not None:
            toolbar.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._file_menu(bar, keys)
        self._edit_menu(bar)
        self._format_menu(bar, keys)
        self._photo_menu(bar)
        self._view_and_help_menus()

    def _file_menu(self, bar: QToolBar, keys: type[QKeySequence.StandardKey]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(self.tr("&New"), self.files.new, keys.New, file_menu, bar)
        self._action(self.tr("&Open…"), self.files.open_dialog, keys.Open, file_menu, bar)
        self._action(self.tr("&Import Word draft…"), self.imports.import_dialog, "Ctrl+Shift+O", file_menu)
        self.recent_menu = RecentMenu(self.tr("Open &recent"), self.settings, self.files.open_path, file_menu)
        file_menu.addMenu(self.recent_menu)
        self._action(self.tr("&Save"), self.files.save, keys.Save, file_menu, bar)
        self._action(self.tr("Save &as…"), self.files.save_as, keys.SaveAs, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Export…"), self.export, "Ctrl+E", file_menu)
        # Issue 15: hand-off versions and corrections (their dialogs are imported when first asked for).
        self.versions_action = self._action(self.tr("Sent &versions…"), self.show_versions, None, file_menu)
        self.corrections_action = self._action(self.tr("Send &corrections (tracked changes)…"),
                                               self.send_corrections, None, file_menu)  # fmt: skip
        self._action(self.tr("&Preferences…"), self.files.preferences, keys.Preferences, file_menu)
        self._action(self.tr("A&bout Bản Thảo"), self.show_about, None, file_menu).setObjectName("about")
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.close, keys.Quit, file_menu)
        bar.addSeparator()

    def _edit_menu(self, bar: QToolBar) -> None:
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        from editor.ui.language import said_now

        self.undo_actions = UndoActions(self.session.stack, self, said_now)  # the toolbar's keep a fixed width
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        edit_menu.addActions([self.undo_action, self.redo_action])
        bar.addActions([self.undo_actions.bar_undo, self.undo_actions.bar_redo])
        edit_menu.addSeparator()
        texts = self.text_commands = TextCommands(self.session, self.editor, self.settings, self.profile, self.notify)
        self._action(self.tr("Convert legacy font text (TCVN3/VNI)"), texts.convert_legacy, None, edit_menu)
        self._action(self.tr("Apply the house tone-mark style"), texts.apply_tone_style, None, edit_menu)
        self._action(self.tr("Use curly quotes “ ”"), texts.apply_smart_quotes, None, edit_menu)
        self.find_bar = FindBar(self)  # Find/Replace and Cut/Copy/Paste (editor/ui/find_bar.py)
        self.centralWidget().widget(0).layout().insertWidget(1, self.find_bar)  # type: ignore[attr-defined]
        self.find_bar.install(edit_menu)
        bar.addSeparator()

    def _format_menu(self, bar: QToolBar, keys: type[QKeySequence.StandardKey]) -> None:
        format_menu = self.menuBar().addMenu(self.tr("F&ormat"))
        self._action(self.tr("Bold"), self.editor.toggle_bold, keys.Bold, format_menu, bar)
        self._action(self.tr("Italic"), self.editor.toggle_italic, keys.Italic, format_menu, bar)
        self._action(self.tr("Link…"), self.text_commands.link, "Ctrl+K", format_menu, bar)
        format_menu.addSeparator()
        self._action(self.tr("Paragraph"), lambda: self.editor.set_block_kind(bd.PARAGRAPH), "Ctrl+0", format_menu)
        self._action(self.tr("Subhead"), lambda: self.editor.set_block_kind(bd.HEADING), "Ctrl+2", format_menu, bar)
        self._action(self.tr("Quote"), lambda: self.editor.set_block_kind(bd.QUOTE), "Ctrl+3", format_menu, bar)
        bar.addSeparator()

    def _photo_menu(self, bar: QToolBar) -> None:
        photo_menu = self.menuBar().addMenu(self.tr("&Photo"))
        self._action(self.tr("Insert photos…"), self.photo_actions.insert_dialog, "Ctrl+Shift+I", photo_menu, bar)
        self._action(self.tr("Move photo up"), lambda: self.photo_actions.move(self.editor.selected_index(), -1),
                     "Alt+Up", photo_menu)  # fmt: skip
        self._action(self.tr("Move photo down"), lambda: self.photo_actions.move(self.editor.selected_index(), 1),
                     "Alt+Down", photo_menu)  # fmt: skip
        self._action(self.tr("Replace photo…"), lambda: self.photo_actions.replace(self.editor.selected_index()),
                     None, photo_menu)  # fmt: skip
        self._action(self.tr("Remove photo"), lambda: self.photo_actions.remove(self.editor.selected_index()),
                     None, photo_menu)  # fmt: skip
        bar.addSeparator()
        self._action(self.tr("Export…"), self.export, None, None, bar)

    def _view_and_help_menus(self) -> None:
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.fold_action = self._action(self.tr("Fold the header away"), self.fold_header, "Ctrl+Shift+H", view_menu)
        self.fold_action.setCheckable(True)
        from editor.ui.photo_navigator import install_navigator  # issue 17: the photos listed at the left

        self.navigator = install_navigator(self.session, self.editor, self.checks, view_menu)
        view_menu.addSeparator()
        self._action("Tiếng Việt", lambda: self.choose_language("vi"), None, view_menu)
        self._action("English", lambda: self.choose_language("en"), None, view_menu)
        if self.settings.get("window/header_folded"):
            self.fold_action.setChecked(True)
            self.fold_header(True)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(self.tr("Open the sample article"), self.files.open_sample, None, help_menu)
