"""A full disk, a read-only disk, a folder without permission: expected events, each a clear refusal.

Two levels. On a real small filesystem (a tmpfs mounted for the test; it needs root, as here and in CI, and skips
elsewhere) every writer, the project save and autosave, and the caches are driven into ENOSPC and EROFS: a clear
refusal (exit 2), nothing partial, the previous file intact, and a full cache disk never fails an export. Portable
fault injection (no mount) covers the same paths with errors raised where the writes happen, including EACCES,
which root never sees on a real disk.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.cli import main
from editor.errors import InputError
from editor.model import Article, Paragraph
from editor.storage.documents import json_to_project
from editor.storage.project import Project
from tests.support.small_disk import fill, mounted

NO_SPACE = "ổ đĩa đã đầy"
READ_ONLY = "ổ đĩa chỉ cho đọc"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB filesystem of its own (the sample project with its three photos is 4 MB)."""
    with mounted(tmp_path / "disk", "8m") as folder:
        yield folder


def listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args: object) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, err.getvalue()


@pytest.fixture
def project(tmp_path: Path, sample_json: Path) -> Path:
    path = tmp_path / "mau.banthao"
    json_to_project(sample_json, path)
    return path


# -- every writer, on a real full disk ------------------------------------------------------------------------

WRITERS = {
    "docx": ("bai.docx", ()),
    "docx with bundle": ("bai.docx", ("--bundle",)),
    "html folder": ("bai.html", ("--folder",)),
    "html self-contained": ("bai.html", ("--self-contained",)),
    "html fragment": ("bai.html", ("--fragment",)),
    "markdown": ("bai.md", ()),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_export_to_a_full_disk_refuses_and_keeps_the_previous_output(disk: Path, sample_json: Path, writer: str):
    name, options = WRITERS[writer]
    out = disk / name
    out.write_bytes(b"previous output")
    (disk / "bai_files").mkdir()
    (disk / "bai_files" / "old.jpg").write_bytes(b"previous photo")
    (disk / "bai.zip").write_bytes(b"previous bundle")
    fill(disk)
    before = listing(disk)
    code, err = cli("export", sample_json, "-o", out, "-q", *options)
    assert code == 2, err
    assert NO_SPACE in err and str(out) in err and ".part" not in err, err
    assert listing(disk) == before  # nothing partial, nothing temporary, the previous files as they were


def test_convert_to_a_full_disk_refuses_both_ways(disk: Path, sample_json: Path, project: Path) -> None:
    target = disk / "mau.banthao"
    target.write_bytes(b"previous project")
    (disk / "json").mkdir()
    (disk / "json" / "article.json").write_bytes(b"previous json")
    fill(disk)
    before = listing(disk)
    code, err = cli("convert", sample_json, target)
    assert code == 2 and NO_SPACE in err and str(target) in err and ".part" not in err, err
    code, err = cli("convert", project, disk / "json" / "article.json")
    assert code == 2 and NO_SPACE in err and "article.json" in err, err
    assert listing(disk) == before


def test_a_full_cache_disk_never_fails_an_export(disk: Path, project: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cache = disk / "cache"
    cache.mkdir()
    monkeypatch.setenv("BANTHAO_CACHE_DIR", str(cache))
    fill(disk)
    for name in ("bai.docx", "bai.html"):
        code, err = cli("export", project, "-o", tmp_path / name, "-q")
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 0


def test_project_save_autosave_and_photos_on_a_full_disk_keep_the_file(disk: Path, project: Path) -> None:
    path = disk / "bai.banthao"
    shutil.copy(project, path)
    with Project.open(path) as opened:
        saved = opened.load()
    fill(disk)
    longer = saved.with_fields(body=(*saved.body, Paragraph.plain("Một đoạn rất dài. " * 20_000)))
    with Project.open(path) as opened:
        for attempt in (lambda: opened.save(longer), lambda: opened.autosave(longer),
                        lambda: opened.add_photo_bytes("images/moi.jpg", os.urandom(500_000))):  # fmt: skip
            with pytest.raises(InputError) as refused:
                attempt()
            assert NO_SPACE in refused.value.problem and refused.value.source == str(path)
        assert opened.load() == saved
    with Project.open(path) as again:  # the file is whole and holds the last save
        assert again.load() == saved and again.recovery() is None
    assert not Path(f"{path}-journal").exists()


def test_save_as_onto_a_full_disk_refuses_and_leaves_no_part_file(disk: Path, project: Path) -> None:
    with Project.open(project) as opened:
        article = opened.load()
        fill(disk)
        with pytest.raises(InputError) as refused:
            opened.save_as(disk / "ban-sao.banthao", article)
    assert NO_SPACE in refused.value.problem and refused.value.source == str(disk / "ban-sao.banthao")
    assert [p.name for p in disk.iterdir() if not p.name.startswith("filler")] == []


def test_a_read_only_disk_is_said_plainly(disk: Path, project: Path, sample_json: Path) -> None:
    path = disk / "bai.banthao"
    shutil.copy(project, path)
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    before = listing(disk)
    code, err = cli("export", sample_json, "-o", disk / "bai.html", "-q")
    assert code == 2 and READ_ONLY in err, err
    # reading works; writing is refused with the reason
    with Project.open(path) as opened, pytest.raises(InputError, match=READ_ONLY):
        opened.save(opened.load().with_fields(title="Tít mới"))
    assert listing(disk) == before


# -- portable fault injection -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [(errno.ENOSPC, NO_SPACE), (errno.EACCES, "không có quyền ghi"), (errno.EROFS, READ_ONLY)],
    ids=["ENOSPC", "EACCES", "EROFS"],
)
def test_every_writer_refuses_injected_write_errors(tmp_path: Path, sample_json: Path, monkeypatch, code, expected):  # type: ignore[no-untyped-def]
    """The final rename fails as a full, forbidden or read-only disk would make it fail."""
    from editor.files import atomic

    outputs = {name: tmp_path / name for name in ("bai.docx", "bai.html", "bai.banthao")}
    for out in outputs.values():
        out.write_bytes(b"previous")
    real_replace = os.replace

    def failing_replace(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst).parent == tmp_path:
            raise OSError(code, os.strerror(code))
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)  # every writer's final swap is in editor.files.atomic
    for name in ("bai.docx", "bai.html"):
        exit_code, err = cli("export", sample_json, "-o", outputs[name], "-q")
        assert exit_code == 2 and expected in err and ".part" not in err, err
    exit_code, err = cli("convert", sample_json, outputs["bai.banthao"])
    assert exit_code == 2 and expected in err and str(outputs["bai.banthao"]) in err, err
    assert all(out.read_bytes() == b"previous" for out in outputs.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(outputs)


def test_a_project_that_cannot_grow_refuses_the_save_and_keeps_its_contents(tmp_path: Path) -> None:
    """SQLite's max_page_count makes the database itself full, without a mount: the same SQLITE_FULL path."""
    path = tmp_path / "bai.banthao"
    article = Article(title="Tít", body=(Paragraph.plain("Đoạn."),))
    with Project.create(path, article) as project:
        project.save(article)
        pages = project._db.execute("PRAGMA page_count").fetchone()[0]
        project._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(InputError, match=NO_SPACE):
            project.save(article.with_fields(body=(Paragraph.plain("Chữ " * 50_000),)))
        with pytest.raises(InputError, match=NO_SPACE):
            project.autosave(article.with_fields(body=(Paragraph.plain("Chữ " * 50_000),)))
    with Project.open(path) as again:
        assert again.load() == article and again.recovery() is None


def test_a_bundle_that_does_not_fit_is_refused_naming_the_zip(tmp_path: Path, sample_json: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The DOCX fits, the bundle's photos do not: the refusal names OUT.zip and leaves neither file."""
    from editor.export.docx import package

    real = package.DeterministicZip.write_file

    def full_after_the_docx(self, name, path, **kwargs):  # type: ignore[no-untyped-def]
        if name.endswith(".jpg"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, name, path, **kwargs)

    monkeypatch.setattr(package.DeterministicZip, "write_file", full_after_the_docx)
    code, err = cli("export", sample_json, "-o", tmp_path / "bai.docx", "--bundle", "-q")
    assert code == 2 and NO_SPACE in err and "bai.zip" in err, err
    assert list(tmp_path.iterdir()) == []
