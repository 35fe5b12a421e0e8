"""Damaged project files: a clean error on open, then the work salvaged from what can still be read."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.model import Article, Figure, Paragraph
from editor.storage.project import Project
from editor.storage.salvage import last_good, salvage, salvage_default_destination

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
