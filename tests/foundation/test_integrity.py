"""Projects from someone else: crafted and damaged copies of a good project, each with its expected outcome.

A project is mailed between reporters, so every case here is input from outside. The outcomes: a damaged photo is
named by its number and name in the article and nothing is exported or converted; a schema that is not exactly ours
is refused before anything is written to the file; a cache never serves bytes that do not match their hash.
"""

from __future__ import annotations

import hashlib
import io
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor.cli import main
from editor.errors import InputError
from editor.files.paths import cache_dir
from editor.model import Article, Figure, Paragraph
from editor.storage import integrity
from editor.storage.documents import open_article
from editor.storage.project import SCHEMA_VERSION, Project

NAMES = ("images/truoc-cong.jpg", "images/cong-an.jpg", "images/sau-cong.jpg")


def jpeg(seed: int, size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (seed * 70 % 256, 120, 200 - seed * 30 % 200)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


PHOTOS = {name: jpeg(i) for i, name in enumerate(NAMES)}
ARTICLE = Article(
    title="Cổng an ninh mới",
    body=(Paragraph.plain("Đoạn mở đầu."), *(Figure(n, caption=f"Chú thích {i}") for i, n in enumerate(NAMES, 1))),
)


def make_project(path: Path, photos: dict[str, bytes] = PHOTOS, article: Article = ARTICLE) -> Path:
    with Project.create(path, Article(title="x")) as project:
        for name, data in photos.items():
            project.add_photo_bytes(name, data)
        project.save(article)
    return path


def tamper(path: Path, *statements: str, params: tuple = ()) -> None:
    """Change the file with plain sqlite3, as a crafted file would come (no guard of ours in the way)."""
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement, params if "?" in statement else ())
    db.commit()
    db.close()


def digest_of(name: str) -> str:
    return hashlib.sha256(PHOTOS[name]).hexdigest()


def flip_photo_2(path: Path) -> None:
    """Photo 2's blob keeps its size and key but one byte in the middle changes."""
    data = bytearray(PHOTOS[NAMES[1]])
    data[len(data) // 2] ^= 0xFF
    tamper(path, "UPDATE blobs SET data = ? WHERE sha256 = ?", params=(bytes(data), digest_of(NAMES[1])))


def file_state(path: Path) -> tuple[bytes, bool]:
    return hashlib.sha256(path.read_bytes()).digest(), Path(f"{path}-journal").exists()


def cli(*args: object) -> tuple[int, str]:
    import contextlib
    import sys

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    sys.stderr.flush()
    return code, err.getvalue()


# -- the crafted set: (how the copy is made, the message expected on open) --------------------------------


def _view_for_article(path: Path) -> None:
    text = sqlite3.connect(path).execute("SELECT json FROM article").fetchone()[0]
    tamper(path, "DROP TABLE article")
    tamper(path, "CREATE VIEW article AS SELECT 1 AS id, ? AS json, '' AS saved_at".replace("?", _quote(text)))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _duplicate_names(path: Path) -> None:
    """A photos table without its primary key, holding one name twice with two different blobs."""
    tamper(
        path,
        "CREATE TABLE photos2 (name TEXT, sha256 TEXT NOT NULL REFERENCES blobs (sha256))",
        "INSERT INTO photos2 SELECT name, sha256 FROM photos",
        f"INSERT INTO photos2 VALUES ('{NAMES[1]}', '{digest_of(NAMES[0])}')",
        "DROP TABLE photos",
        "ALTER TABLE photos2 RENAME TO photos",
    )


def _other_rows_bytes(path: Path) -> None:
    """The blob filed under photo 2's hash holds photo 1's bytes (its size too): a key that lies."""
    tamper(path, "UPDATE blobs SET data = ?, size = ? WHERE sha256 = ?",
           params=(PHOTOS[NAMES[0]], len(PHOTOS[NAMES[0]]), digest_of(NAMES[1])))  # fmt: skip


CRAFTED: dict[str, tuple[Callable[[Path], None], str]] = {
    "blob bytes differ from hash": (flip_photo_2, "Ảnh 2 (images/cong-an.jpg) trong dự án bị hỏng (nội dung ảnh"),
    "article replaced by a view": (_view_for_article, "khung nhìn (view) “article”"),
    "trigger on article": (
        lambda p: tamper(p, "CREATE TRIGGER wipe AFTER UPDATE ON article BEGIN DELETE FROM blobs; END"),
        "bộ kích hoạt (trigger) “wipe”",
    ),
    "unknown table": (lambda p: tamper(p, "CREATE TABLE extra (x)"), "bảng lạ “extra”"),
    "virtual table": (lambda p: tamper(p, "CREATE VIRTUAL TABLE search USING fts5(body)"), "bảng ảo “search”"),
    "column added": (lambda p: tamper(p, "ALTER TABLE photos ADD COLUMN note TEXT"), "bảng “photos” không có đúng"),
    "photo row without blob": (
        lambda p: tamper(p, "PRAGMA foreign_keys = OFF", f"DELETE FROM blobs WHERE sha256 = '{digest_of(NAMES[1])}'"),
        "Ảnh 2 (images/cong-an.jpg) trong dự án bị hỏng (không còn dữ liệu ảnh)",
    ),
    "blob of 0 bytes": (
        lambda p: tamper(p, f"UPDATE blobs SET data = x'', size = 0 WHERE sha256 = '{digest_of(NAMES[2])}'"),
        "Ảnh 3 (images/sau-cong.jpg) trong dự án bị hỏng (dữ liệu ảnh rỗng (0 byte))",
    ),
    "blob holding another row's bytes": (_other_rows_bytes, "Ảnh 2 (images/cong-an.jpg) trong dự án bị hỏng"),
    "1 GB declared size": (
        lambda p: tamper(p, f"UPDATE blobs SET size = {1 << 30} WHERE sha256 = '{digest_of(NAMES[0])}'"),
        f"Ảnh 1 (images/truoc-cong.jpg) trong dự án bị hỏng (kích thước ghi là {1 << 30} byte",
    ),
    "duplicate names": (_duplicate_names, "bảng “photos” không có đúng các cột"),
    "user_version from the future": (
        lambda p: tamper(p, f"PRAGMA user_version = {SCHEMA_VERSION + 7}"),
        f"Bản Thảo mới hơn (định dạng dự án {SCHEMA_VERSION + 7}",
    ),
    "user_version zero": (lambda p: tamper(p, "PRAGMA user_version = 0"), "số định dạng dự án không hợp lệ (0)"),
    "other application id": (lambda p: tamper(p, "PRAGMA application_id = 7"), "không phải dự án Bản Thảo"),
    "WAL journal mode": (lambda p: tamper(p, "PRAGMA journal_mode = WAL"), "WAL"),
    "truncated file": (lambda p: p.write_bytes(p.read_bytes()[:20_000]), "bị hỏng"),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_crafted_project_is_refused_and_left_untouched(tmp_path: Path, case: str) -> None:
    craft, expected = CRAFTED[case]
    path = make_project(tmp_path / "bai.banthao")
    craft(path)
    before = file_state(path)
    with pytest.raises(InputError) as refused:
        Project.open(path)
    assert refused.value.source == str(path)
    assert expected in refused.value.problem, refused.value.problem
    assert "originals" not in str(refused.value) and ".part" not in str(refused.value)
    assert file_state(path) == before  # nothing was written to a file we could not trust
    # export and convert refuse too, exit 2, with the same words and no output left behind
    code, err = cli("export", path, "-o", tmp_path / "bai.docx")
    assert code == 2 and expected in err and not (tmp_path / "bai.docx").exists()
    code, err = cli("convert", path, tmp_path / "json" / "article.json")
    assert code == 2 and expected in err and not (tmp_path / "json").exists()
    assert file_state(path) == before


def test_harmless_extras_are_ignored(tmp_path: Path) -> None:
    """An extra index (and ANALYZE's statistics) change only speed: the project opens and exports."""
    path = make_project(tmp_path / "bai.banthao")
    tamper(path, "CREATE INDEX by_sha ON photos (sha256)", "ANALYZE")
    with Project.open(path) as project:
        assert project.load() == ARTICLE
    assert cli("export", path, "-o", tmp_path / "bai.html", "-q")[0] == 0


def test_photo_row_pointing_to_another_rows_blob_is_consistent(tmp_path: Path) -> None:
    """Photo 2 filed under photo 1's hash: content addressing stays true (photo 2 shows photo 1's bytes, which
    match their hash), exactly what two names for one photo are; it opens and exports."""
    path = make_project(tmp_path / "bai.banthao")
    tamper(path, f"UPDATE photos SET sha256 = '{digest_of(NAMES[0])}' WHERE name = '{NAMES[1]}'")
    with Project.open(path) as project:
        assert project.photo_bytes(NAMES[1]) == PHOTOS[NAMES[0]]
    assert cli("export", path, "-o", tmp_path / "bai.docx", "-q")[0] == 0


def test_a_trigger_cannot_run_inside_our_save_even_if_the_checks_were_bypassed(tmp_path: Path) -> None:
    """Defence in depth: our connection refuses to run any trigger (authorizer on 3.11, defensive mode on 3.12+)."""
    from editor.storage.project import _connect

    path = make_project(tmp_path / "bai.banthao")
    tamper(path, "CREATE TRIGGER wipe AFTER UPDATE ON article BEGIN DELETE FROM blobs; END")
    db = _connect(path)
    try:  # 3.11: the authorizer refuses the statement; 3.12+: defensive mode switches triggers off altogether
        db.execute("UPDATE article SET saved_at = 'now' WHERE id = 1")
        db.commit()
    except sqlite3.DatabaseError:
        db.rollback()
    assert db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 3
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("ATTACH DATABASE ':memory:' AS other")
    db.close()


def test_expected_schema_comes_from_project_create() -> None:
    from editor.storage.project import expected_tables

    tables = expected_tables()
    assert set(tables) >= integrity.CORE_TABLES
    assert [c[0] for c in tables["blobs"]] == ["sha256", "size", "data"]


def test_damaged_photo_names_every_damaged_one_in_article_order(tmp_path: Path) -> None:
    path = make_project(tmp_path / "bai.banthao")
    flip_photo_2(path)
    tamper(path, f"UPDATE blobs SET size = 1 WHERE sha256 = '{digest_of(NAMES[2])}'")
    with pytest.raises(InputError) as refused:
        Project.open(path)
    assert "Ảnh 2 (images/cong-an.jpg), Ảnh 3 (images/sau-cong.jpg) trong dự án bị hỏng" in refused.value.problem


# -- the shared cache ---------------------------------------------------------------------------------------


def test_damaged_project_then_healthy_one_sharing_its_photo_exports(tmp_path: Path) -> None:
    """The issue's sequence: one cache; the damaged project first (refused, naming the photo), then a healthy
    project holding the same photo exports, to DOCX and HTML, with the true bytes."""
    damaged = make_project(tmp_path / "hong.banthao")
    flip_photo_2(damaged)
    healthy = make_project(tmp_path / "lanh.banthao")
    for suffix in ("docx", "html"):
        code, err = cli("export", damaged, "-o", tmp_path / f"hong.{suffix}", "-q")
        assert code == 2 and "Ảnh 2 (images/cong-an.jpg) trong dự án bị hỏng" in err, err
        assert str(cache_dir()) not in err
        code, err = cli("export", healthy, "-o", tmp_path / f"lanh.{suffix}", "-q")
        assert code == 0, err
    cached = cache_dir() / "originals" / digest_of(NAMES[1]) / "cong-an.jpg"
    assert cached.read_bytes() == PHOTOS[NAMES[1]]
    # and with the cache now warm, the damaged project is still reported, never exported from the good copy
    code, err = cli("export", damaged, "-o", tmp_path / "hong.docx", "-q")
    assert code == 2 and "Ảnh 2 (images/cong-an.jpg)" in err


def test_a_poisoned_cache_entry_is_discarded_and_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A cache written by an older version under the claimed hash, with the wrong bytes, is never served."""
    healthy = make_project(tmp_path / "lanh.banthao")
    poisoned = cache_dir() / "originals" / digest_of(NAMES[1]) / "cong-an.jpg"
    poisoned.parent.mkdir(parents=True)
    poisoned.write_bytes(b"not the photo at all")
    with caplog.at_level(logging.WARNING), open_article(healthy) as opened:
        path = opened.photos.path(NAMES[1])
        assert path.read_bytes() == PHOTOS[NAMES[1]]
    assert any("does not match its hash" in r.getMessage() for r in caplog.records)
    assert cli("export", healthy, "-o", tmp_path / "lanh.html", "-q")[0] == 0


def test_a_poisoned_rendition_is_discarded_and_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from editor.media.renditions import Recipe, RenditionCache

    original = tmp_path / "a.jpg"
    original.write_bytes(PHOTOS[NAMES[0]])
    cache = RenditionCache(tmp_path / "renditions")
    recipe = Recipe(max_width=32)
    good = cache.make(original, recipe)
    [entry] = (tmp_path / "renditions").glob("??/*.jpg")
    entry.write_bytes(b"lies" + entry.read_bytes()[4:])
    with caplog.at_level(logging.WARNING):
        again = cache.make(original, recipe)
    assert (again.data == good.data and not entry.exists()) or entry.read_bytes() == good.data
    assert any("does not match its hash" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("lie", [b"other", b"wrong but longer"], ids=["same size", "other size"])
def test_adding_good_bytes_replaces_a_damaged_blob_under_the_same_hash(tmp_path: Path, lie: bytes) -> None:
    """INSERT OR IGNORE would have kept the lying blob; the photo's true bytes replace it."""
    data = PHOTOS[NAMES[0]]
    with Project.create(tmp_path / "new.banthao", Article(title="x")) as project:
        project.add_photo_bytes("images/a.jpg", data)
        project._db.execute("UPDATE blobs SET data = ?", (lie,))
        project._db.commit()
        with pytest.raises(InputError, match="bị hỏng"):
            project.photo_bytes("images/a.jpg")
        assert project.add_photo_bytes("images/b.jpg", data) == hashlib.sha256(data).hexdigest()
        assert project.photo_bytes("images/a.jpg") == data


def test_an_unchanged_project_is_not_hashed_again_but_a_changed_one_is(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Reopening the last project at every start must not re-hash hundreds of MB; any change re-verifies."""
    path = make_project(tmp_path / "bai.banthao")
    hashed: list[int] = []
    real = integrity.blob_digest
    monkeypatch.setattr(integrity, "blob_digest", lambda db, rowid: hashed.append(rowid) or real(db, rowid))
    Project.open(path).close()
    assert len(hashed) == 3  # a file never verified before: every photo
    Project.open(path).close()
    assert len(hashed) == 3  # unchanged since: rows and sizes only
    flip_photo_2(path)  # same size, same inode, within the same clock tick perhaps: SQLite's change counter moves
    with pytest.raises(InputError, match="Ảnh 2"):
        Project.open(path)
    with pytest.raises(InputError, match="Ảnh 2"):
        Project.open(path)  # a damaged file is never remembered as verified


def test_photo_bytes_are_verified_on_use_even_when_open_skipped_the_hashes(tmp_path: Path) -> None:
    path = make_project(tmp_path / "bai.banthao")
    Project.open(path).close()
    with Project.open(path) as project:
        flip_photo_2(path)  # damaged behind the open project's back (a second program, a failing disk)
        with pytest.raises(InputError, match=r"Ảnh 2 \(images/cong-an.jpg\) trong dự án bị hỏng"):
            project.photo_bytes(NAMES[1])
        with pytest.raises(InputError, match=r"Ảnh 2 \(images/cong-an.jpg\)"):
            project.verify_photo(NAMES[1])
