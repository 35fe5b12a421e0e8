"""Damaged project files: a clean error on open, then the work salvaged from what can still be read."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.model import Article, Figure, Paragraph
from editor.storage.last_good import last_good
from editor.storage.project import Project
from editor.storage.salvage import salvage, salvage_default_destination

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

PAGE = 4096


def _make(path: Path) -> tuple[Article, dict[str, bytes]]:
    photos = {f"images/p{i}.jpg": os.urandom(60_000 + i) for i in range(3)}
    article = Article(
        title="Tít còn nguyên",
        body=(Paragraph.plain("Đoạn."), *(Figure(n, caption=f"Chú thích {n}", credit="Vân Anh") for n in photos)),
    )
    with Project.create(path, Article(title="x")) as project:
        for name, data in photos.items():
            project.add_photo_bytes(name, data)
        project.save(article)
    return article, photos


def test_last_good_record_follows_saves_and_autosaves(tmp_path: Path) -> None:
    path = tmp_path / "bai.banthao"
    article, _ = _make(path)
    record = last_good(path)
    assert record is not None and record.article == article and len(record.photos) == 3
    with Project.open(path) as project:
        project.autosave(article.with_fields(title="Tít mới"))
    assert last_good(path).article.title == "Tít mới"  # type: ignore[union-attr]


def test_opening_an_unchanged_project_leaves_its_last_good_record_alone(tmp_path: Path) -> None:
    """Every clean open refreshes the safety copy, but a second open of the same words writes nothing (a CLI
    re-export opens the project each time); a changed article is written again."""
    from editor.storage.last_good import _record_path

    path = tmp_path / "bai.banthao"
    article, _ = _make(path)
    record = _record_path(path)
    with Project.open(path):
        pass
    before = record.stat().st_mtime_ns, record.read_bytes()
    with Project.open(path):
        pass
    assert (record.stat().st_mtime_ns, record.read_bytes()) == before
    with Project.open(path) as project:
        project.save(article.with_fields(title="Tít khác"))
    assert last_good(path).article.title == "Tít khác"  # type: ignore[union-attr]


def test_salvage_from_readable_but_unopenable_file(tmp_path: Path) -> None:
    path = tmp_path / "bai.banthao"
    article, photos = _make(path)
    with Project.open(path) as project:  # break what open() needs: the application id
        project._db.execute("PRAGMA application_id = 7")
        project._db.commit()
    with pytest.raises(InputError):
        Project.open(path)
    report = salvage(path, tmp_path / "out.banthao")
    assert report.article_from == "saved" and report.photos_lost == []
    with Project.open(tmp_path / "out.banthao") as recovered:
        assert recovered.load() == article
        assert {n: recovered.photo_bytes(n) for n in photos} == photos


def test_salvage_after_pages_overwritten_keeps_every_word(tmp_path: Path) -> None:
    rng = random.Random(7)
    for attempt in range(8):
        path = tmp_path / f"bai{attempt}.banthao"
        article, photos = _make(path)
        data = bytearray(path.read_bytes())
        for _ in range(3):  # overwrite whole pages (not the header page)
            page = rng.randrange(1, len(data) // PAGE)
            data[page * PAGE : (page + 1) * PAGE] = os.urandom(PAGE)
        path.write_bytes(bytes(data))
        try:
            with Project.open(path) as project:
                for name in project.photo_names():
                    project.photo_bytes(name)
        except InputError as error:
            assert str(error).startswith(str(path))
        out = salvage_default_destination(path)
        report = salvage(path, out)
        with Project.open(out) as recovered:
            got = recovered.load()
            assert got.title == article.title
            text = " ".join(getattr(b, "text", "") + getattr(b, "caption", "") for b in got.body)
            for name in photos:
                assert f"Chú thích {name}" in text
            for name in report.photos_recovered:
                assert recovered.photo_bytes(name) == photos[name]
        assert out.name == f"bai{attempt} (khôi phục).banthao"


def test_salvage_of_garbage_without_record_says_so(tmp_path: Path) -> None:
    path = tmp_path / "rac.banthao"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(InputError, match="nothing can be recovered"):
        salvage(path, tmp_path / "out.banthao")
    assert not (tmp_path / "out.banthao").exists()


def test_salvage_of_a_truncated_project_recovers_the_text_and_says_what_was_lost(
    tmp_path: Path, sample_json: Path
) -> None:
    """Issue 20 item 5: `head -c 20000 a.banthao > bad.banthao` (SQLite refuses it whole; its pages do not)."""
    from editor.files.paths import cache_dir
    from editor.messages import set_language
    from editor.model import read_article_json
    from editor.storage.documents import json_to_project

    good = tmp_path / "a.banthao"
    json_to_project(sample_json, good)
    for record in (cache_dir() / "last-good").glob("*"):
        record.unlink()  # no safety copy: what comes back must come from the file's own pages
    bad = tmp_path / "bad.banthao"
    bad.write_bytes(good.read_bytes()[:20_000])
    with pytest.raises(InputError, match="damaged"):
        Project.open(bad)
    report = salvage(bad, tmp_path / "out.banthao")
    original = read_article_json(sample_json)
    with Project.open(tmp_path / "out.banthao") as recovered:
        got = recovered.load()
    assert (got.kicker, got.title, got.sapo) == (original.kicker, original.title, original.sapo)
    assert got.body[0] == original.body[0]  # the first paragraph, whole
    assert report.article_from == "pages" and not report.text_complete
    set_language(None)
    summary = report.summary()
    assert "Đã khôi phục phần bài viết đọc được từ các trang còn lại của tệp vào out.banthao" in summary
    assert "Phần cuối bài viết đã mất" in summary
    assert "Recovered" in report.summary("en")


@pytest.mark.parametrize("cut", [40_000, 300_000, 1_400_000, 2_900_000])
def test_salvage_of_truncated_projects_keeps_whole_photos_and_names_the_rest(tmp_path: Path, cut: int) -> None:
    photos = {f"images/p{i}.jpg": os.urandom(1_000_000) for i in range(3)}
    article = Article(
        title="Tít còn nguyên",
        kicker="Tít phụ",
        body=(Paragraph.plain("Đoạn một."), *(Figure(n, caption=f"Chú thích {n}") for n in photos)),
    )
    path = tmp_path / "bai.banthao"
    with Project.create(path, article) as project:
        for name, data in photos.items():
            project.add_photo_bytes(name, data)
        project.save(article)
    from editor.files.paths import cache_dir

    for record in (cache_dir() / "last-good").glob("*"):
        record.unlink()
    path.write_bytes(path.read_bytes()[:cut])
    report = salvage(path, tmp_path / "out.banthao")
    with Project.open(tmp_path / "out.banthao") as recovered:
        got = recovered.load()
        assert got.title == "Tít còn nguyên"
        for name in report.photos_recovered:
            assert recovered.photo_bytes(name) == photos[name]
    assert sorted(report.photos_recovered + report.photos_lost) == sorted(photos)
    for name in report.photos_lost:
        assert name in report.summary()
    text = " ".join(getattr(b, "text", "") for b in got.body)
    for name in report.photos_lost:
        assert f"Chú thích {name}" in text  # the caption of a lost photo is kept as words


def test_salvage_of_a_damaged_blob_keeps_healthy_photos_and_names_the_damaged_one(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "bai.banthao"
    _article, photos = _make(path)
    name = "images/p1.jpg"
    with Project.open(path) as project:
        digest = project.photo_sha256(name)
    data = bytearray(photos[name])
    data[100] ^= 1
    db = sqlite3.connect(path)
    db.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (bytes(data), digest))
    db.commit()
    db.close()
    with pytest.raises(InputError, match=r"Photo 2 \(images/p1.jpg\) in the project is damaged"):
        Project.open(path)
    before = path.read_bytes()
    report = salvage(path, tmp_path / "out.banthao")
    assert path.read_bytes() == before  # salvage only reads the damaged file
    assert report.photos_lost == [name] and sorted(report.photos_recovered) == ["images/p0.jpg", "images/p2.jpg"]
    assert "images/p1.jpg" in report.summary()
    with Project.open(tmp_path / "out.banthao") as recovered:
        for kept in report.photos_recovered:
            assert recovered.photo_bytes(kept) == photos[kept]
        texts = [getattr(b, "text", "") for b in recovered.load().body]
    assert any(t.startswith("[Ảnh bị mất: images/p1.jpg] Chú thích images/p1.jpg") for t in texts), texts


def _with_versions(path: Path) -> tuple[Article, dict[str, bytes]]:
    """A project sent to the desk twice; between the sends a photo left the article (version 1 still holds it)."""
    from editor.storage.versions import record

    article, photos = _make(path)
    with Project.open(path) as project:
        record(project, article, file_name="bai.docx", fmt="docx", profile="chung")
        fewer = article.with_fields(body=article.body[:-1], title="Tít sửa")
        project.save(fewer)
        record(project, fewer, file_name="bai-sua.docx", fmt="docx", profile="chung")
    return article, photos


def test_salvage_keeps_the_versions_sent_to_the_desk_and_their_photos(tmp_path: Path) -> None:
    from editor.storage.versions import VersionPhotos, list_versions, load_version

    path = tmp_path / "bai.banthao"
    article, photos = _with_versions(path)
    with Project.open(path) as project:  # unopenable, but SQLite still reads it
        project._db.execute("PRAGMA application_id = 7")
        project._db.commit()
    report = salvage(path, tmp_path / "out.banthao")
    assert report.versions_recovered == [1, 2] and report.versions_lost == []
    assert "2 versions sent to the desk were kept" in report.summary("en")
    with Project.open(tmp_path / "out.banthao") as recovered:
        assert [(v.number, v.file_name) for v in list_versions(recovered).versions] == [
            (1, "bai.docx"),
            (2, "bai-sua.docx"),
        ]
        first = load_version(recovered, 1)
        assert first.article == article and len(first.photos) == 3
        dropped = "images/p2.jpg"  # no longer in the article: only version 1 refers to its bytes
        source = VersionPhotos(recovered, first.photos, tmp_path / "originals")
        assert source.path(dropped).read_bytes() == photos[dropped]


def test_salvage_of_a_truncated_project_keeps_the_versions_its_pages_still_hold(tmp_path: Path) -> None:
    """SQLite refuses a cut file whole; the versions table's rows are read from the raw pages that survive."""
    from editor.storage.versions import list_versions

    path = tmp_path / "bai.banthao"
    _with_versions(path)
    data = path.read_bytes()
    cut = tmp_path / "cut.banthao"
    cut.write_bytes(data[: len(data) - PAGE])  # the last page goes
    with pytest.raises(InputError):
        Project.open(cut)
    report = salvage(cut, tmp_path / "out.banthao")
    with Project.open(tmp_path / "out.banthao") as recovered:
        kept = [v.number for v in list_versions(recovered).versions]
    # the cut took the end of the last photo stored: p2, which only version 1 still refers to
    assert kept == report.versions_recovered == [2]
    assert report.versions_lost == [1] and "(number 1)" in report.summary("en")
    assert report.photos_lost == []  # the article no longer holds p2
