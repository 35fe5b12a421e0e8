"""Hand-off versions in the project file: recording, listing without reading photos, damaged rows, migration."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from editor.cli import main
from editor.errors import InputError
from editor.model.interchange import article_to_json_text, read_article_json
from editor.storage.documents import json_to_project
from editor.storage.project import APPLICATION_ID, SCHEMA_VERSION, Project
from editor.storage.salvage import salvage
from editor.storage.versions import list_versions, load_version, record
from tests.changes.scenarios import BASE, edited, write_article

# The project file as main wrote it before versions existed (SCHEMA_VERSION 1), table for table.
SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE article (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE TABLE autosave (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE photos (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES blobs (sha256));
"""


def make_v1_project(path: Path, article_json: Path) -> None:
    article = read_article_json(article_json)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_V1)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO article VALUES (1, ?, '2020-12-19T09:00:00+00:00')", (article_to_json_text(article),))
    for name in article.image_names():
        data = (article_json.parent / name).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        db.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?)", (digest, len(data), data))
        db.execute("INSERT INTO photos VALUES (?, ?)", (name, digest))
    db.commit()
    db.close()


def tables(path: Path) -> dict[str, str]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall())
    finally:
        db.close()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    target = tmp_path / "bai.banthao"
    json_to_project(write_article(tmp_path / "src", BASE), target)
    return target


def test_a_version_one_project_opens_gains_the_versions_table_and_matches_a_fresh_one(tmp_path: Path):
    source = write_article(tmp_path / "src", BASE)
    old = tmp_path / "cu.banthao"
    make_v1_project(old, source)
    assert "versions" not in tables(old)
    with Project.open(old) as project:
        assert project.load().title == BASE["title"]
        number = record(project, project.load(), file_name="bai.docx", fmt="docx", profile="bao-quang-ninh")
    assert number == 1
    fresh = tmp_path / "moi.banthao"
    json_to_project(source, fresh)
    assert tables(old) == tables(fresh)
    db = sqlite3.connect(old)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    db.close()


def test_a_version_one_project_still_salvages(tmp_path: Path):
    source = write_article(tmp_path / "src", BASE)
    old = tmp_path / "cu.banthao"
    make_v1_project(old, source)
    report = salvage(old, tmp_path / "cuu.banthao")
    assert not getattr(report, "photos_lost", [])
    with Project.open(tmp_path / "cuu.banthao") as project:
        assert project.load().title == BASE["title"]


def test_versions_keep_their_photos_when_the_article_drops_them(project_path: Path, tmp_path: Path):
    with Project.open(project_path) as project:
        sent = project.load()
        record(project, sent, file_name="bai.docx", fmt="docx", profile="bao-quang-ninh")
        edited_article = read_article_json(write_article(tmp_path / "e", edited("photo_removed")))
        project.save(edited_article)  # p02 is no longer in the article: its blob must stay for version 1
        version = load_version(project, 1)
        assert version.article == sent
        digest = version.photos["images/p02.jpg"]
        assert project._db.execute("SELECT count(*) FROM blobs WHERE sha256 = ?", (digest,)).fetchone()[0] == 1


def test_listing_skips_a_damaged_row_and_reads_no_article_text(project_path: Path):
    with Project.open(project_path) as project:
        article = project.load()
        for index in range(3):
            record(project, article, file_name=f"bai-{index}.docx", fmt="docx", profile="bao-quang-ninh")
        with project._db:
            project._db.execute("UPDATE versions SET file_name = X'FFFE', json = 'not json' WHERE id = 2")
    with Project.open(project_path) as project:
        traced: list[str] = []
        project._db.set_trace_callback(traced.append)
        listing = list_versions(project)
        project._db.set_trace_callback(None)
        assert [v.number for v in listing.versions] == [1, 3]
        assert len(listing.skipped) == 1 and "2" in listing.skipped[0]
        assert not any("json" in sql.lower() or "blobs" in sql.lower() for sql in traced)
        with pytest.raises(InputError, match="2"):
            load_version(project, 2)
        assert load_version(project, 3).info.file_name == "bai-2.docx"


def test_cli_export_of_a_project_records_a_version(project_path: Path, tmp_path: Path, capsys):
    assert main(["export", str(project_path), "-o", str(tmp_path / "gui.docx")]) == 0
    assert main(["export", str(project_path), "-o", str(tmp_path / "gui.html"), "--self-contained"]) == 0
    assert main(["export", str(project_path), "-o", str(tmp_path / "goi.docx"), "--bundle", "-q"]) == 0
    with Project.open(project_path) as project:
        listing = list_versions(project)
    assert [(v.number, v.file_name, v.format) for v in listing.versions] == [
        (1, "gui.docx", "docx"), (2, "gui.html", "html"), (3, "goi.docx", "bundle")]  # fmt: skip


def test_the_hand_off_reads_the_apps_project_under_its_lock(project_path: Path):
    """The app's export thread compares against a version while its writer thread may autosave on the same SQLite
    connection: every hand-off read of the project (the hashes, the version, the version's photos) waits for the
    workspace's lock, as the export's own reads do (LockedPhotos)."""
    import threading

    from editor.handoff import open_ref, side_of
    from editor.model.photos import OpenedArticle
    from editor.storage.documents import LockedPhotos, ProjectPhotos

    lock = threading.RLock()
    with Project.open(project_path) as project:
        record(project, project.load(), file_name="bai.docx", fmt="docx", profile="bao-quang-ninh")
        opened = OpenedArticle(project.load(), LockedPhotos(ProjectPhotos(project), lock), project_path)
        order: list[str] = []

        def writer_holds(seconds: float, held: threading.Event) -> None:
            with lock:
                held.set()
                threading.Event().wait(seconds)
                order.append("writer done")

        side = open_ref("1", opened)
        reads = (lambda: side_of(opened), lambda: open_ref("1", opened), lambda: side.photos.path("images/p01.jpg"))
        for read in reads:
            held = threading.Event()
            writer = threading.Thread(target=writer_holds, args=(0.2, held))
            writer.start()
            held.wait()
            read()
            order.append("read done")
            writer.join()
        assert order == ["writer done", "read done"] * 3
        version = open_ref("1", opened)
        assert version.photos.sha256("images/p01.jpg") == version.hashes["images/p01.jpg"]  # found by hash
