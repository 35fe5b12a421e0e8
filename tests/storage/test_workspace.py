"""The Qt-free workspace with no QApplication: real SQLite projects, real files, real lock files, real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.model.article import Article, Figure, Paragraph
from editor.storage.lock import lock_path
from editor.storage.project import Project
from editor.storage.recovery import UNREADABLE, find_orphans, recovery_dir
from editor.storage.workspace import ProjectInUse, SavedElsewhere, Workspace

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "article.json"


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    ws = Workspace()
    yield ws
    ws.close()


def _article(title: str = "Tít", text: str = "Đoạn.") -> Article:
    return Article(title=title, body=(Paragraph.plain(text),))


def _saved(tmp_path: Path, title: str = "Tít") -> Path:
    path = tmp_path / "bai.banthao"
    Project.create(path, _article(title)).close()
    return path


def test_new_article_lives_in_a_recovery_project_until_save_as(workspace: Workspace, tmp_path: Path) -> None:
    workspace.new(_article())
    recovery = workspace.recovery
    assert recovery is not None and recovery.parent == recovery_dir() and lock_path(recovery).exists()
    reports: list[str | None] = []
    assert workspace.autosave(_article(text="Chưa lưu."), reports.append)
    assert workspace.writer.wait(30) and reports == [None]
    with Project.open(recovery) as project:
        assert project.recovery().article.body[0].text == "Chưa lưu."
    written = workspace.save_as(_article(text="Đã lưu."), tmp_path / "bai")
    assert written == tmp_path / "bai.banthao" and workspace.path == written and workspace.recovery is None
    assert not recovery.exists() and not lock_path(recovery).exists()  # the recovery project went with the save
    assert lock_path(written).exists()
    workspace.close()
    assert not lock_path(written).exists()
    with Project.open(written) as project:
        assert project.load().body[0].text == "Đã lưu." and project.recovery() is None


def test_save_autosave_and_restore_offered_at_the_next_open(workspace: Workspace, tmp_path: Path) -> None:
    path = _saved(tmp_path)
    opened = workspace.open(path)
    assert opened is not None and opened.article.title == "Tít" and not opened.restored
    workspace.save(_article("Tít hai"))
    assert workspace.autosave(_article("Tít ba")) and workspace.writer.wait(30)
    workspace.close(keep_unsaved=True)  # as a crash leaves it: the autosave stays in the file
    asked: list[str] = []
    again = Workspace()
    try:
        opened = again.open(path, ask_restore=lambda saved_at: asked.append(saved_at) or True)
        assert opened is not None and opened.restored and opened.article.title == "Tít ba" and asked
    finally:
        again.close()
    with Project.open(path) as project:  # closed without keeping: the autosave is gone, the save stays
        assert project.load().title == "Tít hai" and project.recovery() is None


def test_save_refuses_without_a_title_or_a_file(workspace: Workspace, tmp_path: Path) -> None:
    workspace.new(_article())
    with pytest.raises(InputError, match="never been saved"):
        workspace.save(_article())
    with pytest.raises(InputError, match="no title yet"):
        workspace.save_as(Article(), tmp_path / "x.banthao")
    assert not (tmp_path / "x.banthao").exists()


def test_a_project_held_by_another_workspace_is_refused_plainly(workspace: Workspace, tmp_path: Path) -> None:
    path = _saved(tmp_path)
    assert workspace.open(path) is not None
    other = Workspace()
    try:
        with pytest.raises(ProjectInUse) as refused:
            other.open(path)
        assert refused.value.one_line() == (
            f"{path}: the project is open in another window or another Bản Thảo; close it there first"
        )
        assert "đang mở ở một cửa sổ" in refused.value.one_line("vi")
        assert other.open(path, ask_locked=lambda name: False) is None and other.project is None
        with pytest.raises(ProjectInUse):  # nor may "Save as…" write over it
            other.new(_article())
            other.save_as(_article(), path)
        with Project.open(path) as project:
            assert project.load().body == _article().body
    finally:
        other.close()


def test_saved_elsewhere_is_noticed_and_overwrite_is_a_choice(workspace: Workspace, tmp_path: Path) -> None:
    path = _saved(tmp_path)
    workspace.open(path)
    other = Workspace()
    try:
        other.open(path, ask_locked=lambda name: True)  # the reporter opened it anyway
        other.save(_article("Từ cửa sổ kia"))
    finally:
        other.close()
    assert workspace.saved_elsewhere() is not None
    with pytest.raises(SavedElsewhere):
        workspace.save(_article("Từ cửa sổ này"))
    workspace.save(_article("Từ cửa sổ này"), overwrite=True)
    with Project.open(path) as project:
        assert project.load().title == "Từ cửa sổ này"


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from editor.storage.workspace import Workspace
    workspace = Workspace()
    workspace.open(Path(sys.argv[1]))
    print("OPEN", flush=True)
    time.sleep(60)
""")


def test_a_lock_of_another_process_is_refused_until_that_process_dies(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)))  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "OPEN"
        with pytest.raises(ProjectInUse):
            Workspace().open(path)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert lock_path(path).exists()  # a killed process leaves its lock file behind: stale now
    workspace = Workspace()
    try:
        assert workspace.open(path) is not None
    finally:
        workspace.close()


def test_a_crashed_sessions_work_is_found_and_restored(tmp_path: Path) -> None:
    crashed = Workspace()
    crashed.new(_article())
    crashed.source = SAMPLE
    assert crashed.autosave(_article("Bài chưa lưu", "Đoạn quan trọng")) and crashed.writer.wait(30)
    assert find_orphans() == []  # its app still runs: not an orphan
    recovery = crashed.recovery
    crashed.close(keep_unsaved=True)  # the lock goes as with a crash; the recovery project stays
    (orphan,) = find_orphans()
    assert orphan.path == recovery and orphan.title == "Bài chưa lưu" and orphan.problem is None
    workspace = Workspace()
    try:
        article = workspace.restore_orphan(orphan)
        assert article.body[0].text == "Đoạn quan trọng" and workspace.recovery == recovery
        assert find_orphans() == []  # this workspace holds it now
        workspace.save_as(article, tmp_path / "da-cuu.banthao")
        assert not recovery.exists()
    finally:
        workspace.close()
    assert find_orphans() == []


def test_a_recovery_project_with_nothing_unsaved_is_a_leftover_and_goes(tmp_path: Path) -> None:
    leftover = recovery_dir() / "cu.banthao"
    Project.create(leftover, _article()).close()
    assert find_orphans() == [] and not leftover.exists()


def test_an_unopenable_recovery_project_is_kept_and_reported_once(tmp_path: Path) -> None:
    damaged = recovery_dir() / "hong.banthao"
    Project.create(damaged, _article()).close()
    data = damaged.read_bytes()[:3000]  # cut short by a crash: not a project that opens
    damaged.write_bytes(data)
    (orphan,) = find_orphans()
    kept = recovery_dir() / UNREADABLE / "hong.banthao"
    assert orphan.path == kept and orphan.problem is not None and str(kept) in orphan.problem.one_line()
    assert kept.read_bytes() == data and not damaged.exists()  # every byte kept, out of the way
    assert find_orphans() == [] and kept.exists()  # said once; still there
    with pytest.raises(InputError):
        Workspace().restore_orphan(orphan)


def test_a_json_article_brings_its_photos_into_the_project(workspace: Workspace, tmp_path: Path) -> None:
    opened = workspace.open(SAMPLE)
    assert opened is not None and workspace.source == SAMPLE and workspace.path is None
    names = opened.article.image_names()
    assert names and workspace.pending == set(names)
    assert workspace.photo_path(names[0]) == (SAMPLE.parent / names[0]).resolve()
    workspace.save_as(opened.article, tmp_path / "mau.banthao")  # copies the waiting photos in first
    assert not workspace.pending
    hashes = workspace.photo_hashes(names)
    with Project.open(tmp_path / "mau.banthao") as project:
        assert {name: project.photo_sha256(name) for name in names} == hashes
    assert workspace.unique_name(names[0], ()) != names[0]


def test_photos_copied_in_are_reported_and_a_missing_one_is_said(workspace: Workspace, tmp_path: Path) -> None:
    from PIL import Image

    workspace.new(_article())
    photo = tmp_path / "anh.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
    failed: list[str] = []
    settled: list[bool] = []
    workspace.reports.photo_failed = failed.append
    workspace.reports.photos_copied = lambda: settled.append(True)
    workspace.register_photo("images/anh.jpg", photo)
    workspace.register_photo("images/mat.jpg", tmp_path / "mat.jpg")
    assert workspace.settle()
    assert settled == [True] and len(failed) == 1 and not workspace.pending
    assert "Traceback" not in failed[0] and "FileNotFoundError" not in failed[0]
    figure = Article(title="Ảnh", body=(Figure("images/anh.jpg"),))
    written = workspace.save_as(figure, tmp_path / "anh.banthao")
    assert workspace.photo_path("images/anh.jpg").read_bytes() == photo.read_bytes()
    photo.unlink()  # the file brought in is gone: the project's copy still serves
    assert workspace.photo_path("images/anh.jpg").read_bytes() == Project.open(written).photo_bytes("images/anh.jpg")
