"""File commands of the window: new, open, save, save as, start-up restore, preferences.

They get what they need, not the window: the session, the settings, a notifier (status line, message boxes), the
outlet profile as a callable and the parent widget for dialogs. Questions to the reporter go through small
overridable methods (``ask_*``) so tests answer them without dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.errors import InputError
from editor.model.article import Article
from editor.storage.project import SUFFIX
from editor.storage.workspace import local_time
from editor.ui.import_actions import ImportActions, is_draft
from editor.ui.session import Orphan, Session, delete_recovery, find_orphans, orphan_unreadable
from editor.ui.settings import Settings
from editor.ui.status import Notifier

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "article.json"


class FileActions:
    def __init__(self, session: Session, settings: Settings, notify: Notifier, profile: Callable[[], object],
                 parent: QWidget) -> None:  # fmt: skip
        self.session = session
        self.settings = settings
        self.notify = notify
        self.parent = parent
        self.imports = ImportActions(session, settings, notify, self, profile, parent)  # a draft opens as an import

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FileActions", text)

    # -- questions (overridden in tests) -------------------------------------------------------------------

    def ask_restore(self, saved_at: str) -> bool:
        answer = QMessageBox.question(
            self.parent, self.tr("Restore unsaved work?"),
            self.tr("This article has changes that were not saved (autosaved at {0}). Restore them?").format(
                local_time(saved_at)),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def ask_restore_orphan(self, orphan: Orphan) -> bool:
        title = orphan.title or self.tr("Untitled")
        answer = QMessageBox.question(
            self.parent, self.tr("Restore unsaved work?"),
            self.tr("Bản Thảo did not close properly. Restore the unsaved article “{0}” (autosaved at {1})?").format(
                title, local_time(orphan.saved_at)),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def ask_locked(self, name: str) -> bool:
        answer = QMessageBox.warning(
            self.parent, self.tr("Project already open"),
            self.tr("“{0}” is open in another Bản Thảo window. Opening it twice can lose work. Open anyway?")
            .format(name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Open

    def ask_save_changes(self) -> str:
        """ "save", "discard" or "cancel"."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.parent, self.tr("Save changes?"), self.tr("The article has unsaved changes. Save them?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )  # fmt: skip
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_path(self, save: bool, caption: str, filters: str, start: str = "") -> Path | None:
        dialog = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        name, _ = dialog(self.parent, caption, start, filters)
        return Path(name) if name else None

    def ask_salvage(self, message: str) -> bool:
        answer = QMessageBox.question(
            self.parent, self.tr("Damaged project"),
            self.tr("Cannot open: {0}. Recover what can still be read (the last good copy of the text and every intact photo) into a new project beside it?").format(message),  # noqa: E501 - one literal for lupdate
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _salvage(self, damaged: Path) -> None:
        """Rebuild a damaged project in a worker (it may read hundreds of MB), then open the copy."""
        from editor.storage.salvage import salvage, salvage_default_destination
        from editor.ui.workers import Jobs

        destination = salvage_default_destination(damaged)
        self.notify.status(self.tr("Recovering {0}…").format(damaged.name))

        def done(report: object) -> None:
            self.notify.clear()
            if self._open(destination):
                self.show_info(report.summary())  # type: ignore[attr-defined]  # what came back, what was lost

        def failed(message: str) -> None:
            self.notify.clear()
            self.show_error(self.tr("Recovery failed: {0}").format(message))

        self._salvage_jobs = Jobs(parent=self.parent)
        self._salvage_jobs.submit(lambda: salvage(damaged, destination), done, failed)

    def ask_save_failed(self, message: str) -> bool:
        """A save failed: say so plainly, that nothing is lost, and offer "Save as…" (True when chosen)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save"), self.save_failed_text(message),
                          parent=self.parent)  # fmt: skip
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() is save_as

    def save_failed_text(self, message: str) -> str:
        what = self.tr("The article could not be saved: {0}").format(message)
        safe = self.tr("Your work is still here in the window, and the file saved before is unchanged. Save it "
                       "under another name or in another folder with “Save as…”.")  # fmt: skip
        return f"{what}\n\n{safe}"

    def ask_overwrite_other(self, name: str, when: str) -> str:
        """Another window saved the file meanwhile: "overwrite", "save_as" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Saved in another window"),
                          self.tr("“{0}” was saved from another window at {1}, after you opened it here. Saving "
                                  "now would replace that work with this window's.").format(name, when),
                          parent=self.parent)  # fmt: skip
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(self.tr("Replace it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.exec()
        return {save_as: "save_as", overwrite: "overwrite"}.get(box.clickedButton(), "cancel")

    # Where the reporter is told something, for every part (photos, imports too): the notifier's. Kept under these
    # names so a test answers ``files.show_error = seen.append`` for the whole window.
    @property
    def show_info(self) -> Callable[[str], None]:
        return self.notify.info

    @show_info.setter
    def show_info(self, tell: Callable[[str], None]) -> None:
        self.notify.info = tell  # type: ignore[method-assign]

    @property
    def show_error(self) -> Callable[[str], None]:
        return self.notify.error

    @show_error.setter
    def show_error(self, tell: Callable[[str], None]) -> None:
        self.notify.error = tell  # type: ignore[method-assign]

    # -- start-up ------------------------------------------------------------------------------------------

    def start(self, path: Path | None) -> None:
        """Open ``path``; without one offer crashed work back, else reopen what was open last, else the welcome
        (sample) article on the very first run, else a new article (the sample stays in the Help menu)."""
        if path is not None:
            if self._open(path):
                return
        else:
            for orphan in find_orphans():
                if orphan.problem is not None:  # kept aside, never deleted: said once, with where it is
                    self.show_info(orphan_unreadable(orphan))
                    continue
                if self.ask_restore_orphan(orphan):
                    self.session.restore_orphan(orphan)
                    return
                delete_recovery(orphan.path)  # the reporter said no: do not ask again
            last = self.settings.get("session/open_project")
            if last and Path(last).is_file() and self._open(Path(last)):
                return
            if not self.settings.get("session/welcomed"):
                self.settings.set("session/welcomed", True)  # once: a reporter's next start is their own work
                if self._open(SAMPLE, remember=False):
                    return
        self.session.new(self._new_article())

    def ask_outlet(self, choices: list[tuple[str, str]]) -> str | None:
        """The reporter's outlet at the first run: a profile name, or None when they close the question."""
        from PySide6.QtWidgets import QInputDialog

        labels = [label for label, _name in choices]
        label, ok = QInputDialog.getItem(self.parent, self.tr("Welcome to Bản Thảo"),
                                         self.tr("Which outlet do you write for? (Its dateline, caption and byline "
                                                 "style is used; you can change it in Preferences.)"),
                                         labels, 0, False)  # fmt: skip
        return dict(choices).get(label) if ok else None

    def first_run(self) -> None:
        """Ask once for the reporter's outlet; until then the common style, with no outlet named in exports."""
        if self.settings.get("session/outlet_asked"):
            return
        from editor.text.profile import list_profiles, load_profile

        choices = []
        for name in sorted(list_profiles(), key=lambda n: (n != "chung", n)):
            try:
                choices.append((load_profile(name).display_name, name))
            except InputError:
                continue
        chosen = self.ask_outlet(choices)
        self.settings.set("session/outlet_asked", True)
        if chosen:
            self.settings.set("export/profile", chosen)  # the window follows the setting

    def open_sample(self) -> None:
        """The sample article from the Help menu (never reopened by itself at the next start)."""
        if self.confirm_close(close_session=False):
            self._open(SAMPLE, remember=False)

    def _new_article(self) -> Article:
        from editor.model.article import BylinePosition
        from editor.ui.header import parse_authors

        return Article(authors=parse_authors(self.settings.get("article/default_authors"), BylinePosition.END))

    # -- commands ------------------------------------------------------------------------------------------

    def new(self) -> None:
        if self.confirm_close():
            self.session.new(self._new_article())

    def open_dialog(self) -> None:
        filters = self.tr("Articles (*.banthao *.json);;Bản Thảo projects (*.banthao);;Article JSON (*.json)")
        path = self.ask_path(False, self.tr("Open an article"), filters)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        # Ask about unsaved changes, but keep the current article open until the new one has opened: a file that
        # turns out to be broken must not leave the window without a project behind the text on screen.
        if not self.confirm_close(close_session=False):
            return False
        return self._open(path)

    def _open(self, path: Path, *, remember: bool = True) -> bool:
        if is_draft(Path(path)):  # a Word draft becomes a new article, imported in the background
            self.imports.start(Path(path))
            return True
        try:
            opened = self.session.open(path, ask_restore=self.ask_restore, ask_locked=self.ask_locked)
        except InputError as error:
            if Path(path).suffix.lower() == SUFFIX and Path(path).is_file() and self.ask_salvage(error.one_line()):
                self._salvage(Path(path))
            else:
                self.show_error(self.tr("Cannot open: {0}").format(error.one_line()))
            return False
        if opened and remember:
            self.settings.push_front("files/recent", str(Path(path).resolve()))
        self._remember_session()
        return opened

    def _remember_session(self) -> None:
        """What to reopen at the next start: the project, or the JSON the article came from (not the sample)."""
        source = self.session.source if self.session.source not in (None, SAMPLE) else None
        opened = self.session.path or source
        self.settings.set("session/open_project", str(opened) if opened else "")

    def save(self, *, overwrite: bool = False) -> bool:
        if self.session.path is None:
            return self.save_as()
        from editor.storage.rescue import readable
        from editor.ui.session import SavedElsewhere

        try:
            self.session.save(overwrite=overwrite)
        except SavedElsewhere as other:
            answer = self.ask_overwrite_other(self.session.path.name, other.saved_at)
            if answer == "overwrite":
                return self.save(overwrite=True)
            return self.save_as() if answer == "save_as" else False
        except Exception as exc:  # whatever failed, the reporter is told and the work stays in the window
            error = readable(exc)
            if not self.session.article.title.strip():
                self.show_error(self.tr("Cannot save: {0}").format(error.one_line()))
            elif self.ask_save_failed(error.one_line()):
                return self.save_as()
            return False
        self.remember_credits()
        self.notify.status(self.tr("Saved"), 3000)
        return True

    def save_as(self) -> bool:
        from editor.text.slug import slugify_vi

        start = self.settings.get("export/last_folder") or str(Path.home())
        name = (slugify_vi(self.session.article.title, max_length=60) or "bai-viet") + ".banthao"
        path = self.ask_path(True, self.tr("Save the article"), self.tr("Bản Thảo projects (*.banthao)"),
                             str(Path(start) / name))  # fmt: skip
        if path is None:
            return False
        from editor.storage.rescue import readable

        try:
            self.session.save_as(path)
        except Exception as exc:  # whatever failed, the reporter is told and the work stays in the window
            error = readable(exc)
            if not self.session.article.title.strip():
                self.show_error(self.tr("Cannot save: {0}").format(error.one_line()))
            elif self.ask_save_failed(error.one_line()):
                return self.save_as()
            return False
        self.settings.push_front("files/recent", str(self.session.path))
        self._remember_session()
        self.remember_credits()
        return True

    def remember_credits(self) -> None:
        """The credits of a saved article are offered first next time (the inspector follows ``files/credits``)."""
        names = [f.credit.strip() for f in self.session.article.figures if f.credit.strip()]
        if names:
            known = [n for n in self.settings.get("files/credits") if n not in names]
            self.settings.set("files/credits", (list(dict.fromkeys(reversed(names))) + known)[:60])

    def confirm_close(self, *, close_session: bool = True, quitting: bool = False) -> bool:
        """Ask about unsaved changes; True when the current article may be closed (and then close it).

        ``quitting`` keeps the note of what was open, so the next start reopens it."""
        if not self.session.stack.isClean():
            answer = self.ask_save_changes()
            if answer == "cancel" or (answer == "save" and not self.save()):
                return False
        if close_session:
            if quitting:
                self._remember_session()
            self.session.close(discard=True)
            if not quitting:
                self.settings.set("session/open_project", "")
        return True

    def preferences(self) -> None:
        """Only a dialog writing settings: what follows a setting (spelling, autosave, the profile, the recent files,
        the interface language) listens to ``Settings.changed``."""
        from editor.ui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self.parent).exec()
