from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.model import Article, Figure, Paragraph, read_article_json
from editor.storage.documents import json_to_project, open_article, project_to_json
from editor.storage.project import SCHEMA_VERSION, Project

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

REPO = Path(__file__).resolve().parents[2]


def _project(tmp_path: Path, photos: int = 2, size: int = 50_000) -> tuple[Project, Article]:
    project = Project.create(tmp_path / "bai.banthao", Article(title="Tít"))
    blocks = []
    for i in range(photos):
        name = f"images/p{i}.jpg"
        project.add_photo_bytes(name, os.urandom(size))
        blocks.append(Figure(name, caption=f"Ảnh {i}"))
    article = Article(title="Tít", body=(Paragraph.plain("Đoạn."), *blocks))
    project.save(article)
    return project, article


def test_create_save_reopen(tmp_path: Path) -> None:
    project, article = _project(tmp_path)
    project.close()
    with Project.open(tmp_path / "bai.banthao") as again:
        assert again.load() == article
        assert again.recovery() is None
        assert again.photo_names() == ["images/p0.jpg", "images/p1.jpg"]


def test_project_is_one_file_when_closed(tmp_path: Path) -> None:
    project, _ = _project(tmp_path)
    project.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bai.banthao"]


def test_autosave_keeps_saved_state_and_offers_recovery(tmp_path: Path) -> None:
    project, article = _project(tmp_path)
    edited = article.with_fields(title="Tít mới")
    project.autosave(edited)
    project.close()
    with Project.open(tmp_path / "bai.banthao") as again:
        assert again.load() == article
        recovery = again.recovery()
        assert recovery is not None and recovery.article == edited
        again.save(recovery.article)
        assert again.recovery() is None
        assert again.load() == edited


def test_originals_stay_byte_identical_and_deduplicated(tmp_path: Path) -> None:
    project, _ = _project(tmp_path, photos=0)
    data = os.urandom(10_000)
    digest = project.add_photo_bytes("images/a.jpg", data)
    assert project.add_photo_bytes("images/b.jpg", data) == digest
    assert project.photo_bytes("images/b.jpg") == data
    blobs = project._db.execute("SELECT COUNT(*) FROM blobs").fetchone()[0]
    assert blobs == 1


def test_save_drops_photos_no_longer_used(tmp_path: Path) -> None:
    project, article = _project(tmp_path)
    project.save(article.remove_block(2))
    assert project.photo_names() == ["images/p0.jpg"]
    assert project._db.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 1


def test_save_refuses_article_with_photo_never_added(tmp_path: Path) -> None:
    project, article = _project(tmp_path)
    with pytest.raises(InputError, match="never added"):
        project.save(article.insert_blocks(0, [Figure("images/ghost.jpg")]))
    assert project.load() == article


def test_save_as_writes_a_complete_copy(tmp_path: Path) -> None:
    project, article = _project(tmp_path)
    copy = project.save_as(tmp_path / "copy.banthao", article.with_fields(title="Bản sao"))
    assert copy.load().title == "Bản sao"
    assert copy.photo_bytes("images/p1.jpg") == project.photo_bytes("images/p1.jpg")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_unique_photo_name(tmp_path: Path) -> None:
    project, _ = _project(tmp_path)
    assert project.unique_photo_name("images/p0.jpg") == "images/p0-2.jpg"
    assert project.unique_photo_name("images/new.jpg") == "images/new.jpg"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a SQLite file"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a SQLite file"),
        (b"SQLite format 3\x00" + b"\x00" * 84, "bị hỏng"),
    ],
    ids=["empty", "zip", "header only"],
)
def test_not_a_project_gets_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.banthao"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        Project.open(path)
    assert str(caught.value).startswith(str(path))


def test_other_sqlite_database_and_newer_version(tmp_path: Path) -> None:
    other = tmp_path / "other.banthao"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(InputError, match="không phải dự án Bản Thảo"):
        Project.open(other)
    project, _ = _project(tmp_path)
    project._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    project.close()
    with pytest.raises(InputError, match="Bản Thảo mới hơn"):
        Project.open(tmp_path / "bai.banthao")


def test_truncated_project_gets_clear_message(tmp_path: Path) -> None:
    project, _ = _project(tmp_path, photos=3, size=100_000)
    project.close()
    path = tmp_path / "bai.banthao"
    data = path.read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 4096):
        path.write_bytes(data[:cut])
        try:
            with Project.open(path) as again:
                for name in again.photo_names():
                    again.photo_bytes(name)
        except InputError as error:
            assert str(error).startswith(str(path))


def test_corrupt_article_json_inside_project(tmp_path: Path) -> None:
    project, _ = _project(tmp_path)
    project._db.execute("UPDATE article SET json = '{\"title\": 3}'")
    project._db.commit()
    project.close()
    with pytest.raises(InputError, match=r"article\.title: expected text"):
        Project.open(tmp_path / "bai.banthao")


def test_json_project_json_round_trip_is_lossless(sample_json: Path, tmp_path: Path) -> None:
    original = read_article_json(sample_json)
    project_path = tmp_path / "bai.banthao"
    assert json_to_project(sample_json, project_path) == original
    out = tmp_path / "out" / "article.json"
    assert project_to_json(project_path, out) == original
    assert read_article_json(out) == original
    for name in original.image_names():
        assert (out.parent / name).read_bytes() == (sample_json.parent / name).read_bytes()


def test_open_article_gives_readable_photo_files(sample_json: Path, tmp_path: Path) -> None:
    json_to_project(sample_json, tmp_path / "bai.banthao")
    with open_article(tmp_path / "bai.banthao") as opened:
        for name in opened.article.image_names():
            path = opened.photos.path(name)
            assert path.read_bytes() == (sample_json.parent / name).read_bytes()
            assert path.is_relative_to(opened.photos.root)


def test_kill_during_save_never_leaves_an_unopenable_project(tmp_path: Path) -> None:
    """A writer killed with SIGKILL at random moments, many times: the project always opens to a written state."""
    iterations = int(os.environ.get("BANTHAO_CRASH_ITERATIONS", "30"))
    project, _ = _project(tmp_path, photos=1, size=300_000)
    project.close()
    path, copy = tmp_path / "bai.banthao", tmp_path / "copy.banthao"
    rng = random.Random(20201219)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    titles: set[str] = set()
    for _ in range(iterations):
        child = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "support" / "crash_writer.py"), str(path), str(copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None and child.stdout.readline() == b"ready\n", child.stderr.read()  # type: ignore[union-attr]
        for _ in range(rng.randrange(6)):  # let it write a few times (however slow the machine), then kill it mid-way
            child.stdout.readline()  # type: ignore[union-attr]
        time.sleep(rng.uniform(0, 0.08))
        child.kill()
        child.wait()
        with Project.open(path) as again:
            saved = again.load()
            recovery = again.recovery()
            for name in saved.image_names():
                again.photo_bytes(name)
            titles.add(saved.title)
            assert saved.title == "Tít" or saved.title.startswith("v")
            if recovery is not None:
                assert recovery.article.title.startswith("v")
        if copy.exists():
            with Project.open(copy) as copied:
                copied.load()
    assert len(titles) > 1, "the writer never got to save: the test did not test anything"


def test_atomic_output_gives_normal_permissions_and_keeps_old_file_on_error(tmp_path: Path) -> None:
    from editor.files.atomic import atomic_output, write_bytes_atomic

    target = tmp_path / "out.docx"
    write_bytes_atomic(target, b"one")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    target.chmod(0o640)
    write_bytes_atomic(target, b"two")
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_bytes() == b"two"
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("export failed")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_untitled_draft_is_kept_in_a_project_but_not_in_interchange_json(tmp_path: Path) -> None:
    draft = Article(title="", body=(Paragraph.plain("Mới viết được một đoạn."),))
    with Project.create(tmp_path / "nhap.banthao", draft) as project:
        project.autosave(draft)
        assert project.recovery().article == draft  # type: ignore[union-attr]
    with Project.open(tmp_path / "nhap.banthao") as again:
        assert again.load() == draft
    with pytest.raises(InputError, match=r"title: the article has no title"):
        project_to_json(tmp_path / "nhap.banthao", tmp_path / "out" / "article.json")


def test_export_error_from_a_project_names_the_photo(sample_json: Path, tmp_path: Path) -> None:
    json_to_project(sample_json, tmp_path / "bai.banthao")
    with Project.open(tmp_path / "bai.banthao") as project:
        project.add_photo_bytes("images/p02-duong-lang.jpg", b"\xff\xd8\xff\xe0 broken")
    with open_article(tmp_path / "bai.banthao") as opened:
        path = opened.photos.path("images/p02-duong-lang.jpg")
        assert path.name == "p02-duong-lang.jpg" and path.is_relative_to(opened.photos.root)
    from editor.export.api import export
    from editor.export.progress import run

    with pytest.raises(InputError) as caught, open_article(tmp_path / "bai.banthao") as opened:
        run(export(opened, tmp_path / "bai.docx"))
    assert "p02-duong-lang.jpg" in str(caught.value)
    assert not (tmp_path / "bai.docx").exists()
