"""Idle pre-rendering: it fills the rendition cache with what the exports will ask for, the export then reads and
decodes no original (counted, not timed), an edit (crop) is a new rendition, and pause/close stop it cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from editor.export.api import export
from editor.export.prerender import wanted_renditions
from editor.files.paths import cache_dir
from editor.media import renditions
from editor.media.prerender import Prerenderer, Wanted
from editor.media.renditions import Recipe, RenditionCache
from editor.model.article import Figure
from editor.model.photos import known_sha256
from editor.storage.documents import json_to_project, open_article
from editor.text.profile import default_profile

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path, sample_json: Path) -> Path:
    """The sample article (3 photos) as a project file: the project stores each photo's sha256."""
    folder = tmp_path / "sample"
    shutil.copytree(sample_json.parent, folder)
    target = tmp_path / "bai.banthao"
    json_to_project(folder / "article.json", target)
    return target


def _cache() -> RenditionCache:
    return RenditionCache(cache_dir() / "renditions")


def _fill(project: Path, executor: str = "threads", web: bool = True) -> int:
    """Pre-render every rendition the exports of ``project`` need (``web``: the HTML widths too); how many."""
    renderer = Prerenderer(_cache(), executor=executor)
    try:
        with open_article(project) as opened:
            wanted = wanted_renditions(opened, default_profile(), web=web)
            renderer.want(wanted)
            assert renderer.wait_idle(120)
        assert renderer.failed == 0
        assert renderer.made + renderer.skipped == len(wanted)
        return len(wanted)
    finally:
        renderer.close()


def _media(docx: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(docx) as package:
        return {n: package.read(n) for n in package.namelist() if n.startswith("word/media/")}


def _originals_handed_out() -> list[Path]:
    """Photo files the project sources wrote out for reading (``ProjectPhotos.path``): none on a cache-only export."""
    folder = cache_dir() / "originals"
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_a_project_knows_its_photos_hashes_without_reading_them(project: Path) -> None:
    with open_article(project) as opened:
        names = opened.article.image_names()
        digests = [known_sha256(opened.photos, name) for name in names]
        assert all(d is not None and len(d) == 64 for d in digests)
        assert opened.photos.names == {}  # type: ignore[attr-defined]  # no photo file was asked for


def test_the_prerendered_cache_serves_the_whole_export_without_any_original(project: Path, tmp_path: Path) -> None:
    wanted = _fill(project)
    assert wanted == 3 * 4  # each photo: the DOCX print size and the three HTML widths
    shutil.rmtree(cache_dir() / "originals", ignore_errors=True)  # the copies the pre-renderer read from
    renditions.counters.clear()
    with open_article(project) as opened:
        for _ in export(opened, tmp_path / "bai.docx"):
            pass
        assert opened.photos.names == {}  # type: ignore[attr-defined]  # no photo file was asked for
    assert renditions.counters["cache_hits"] == 3
    assert renditions.counters["decodes"] == renditions.counters["hashed_originals"] == 0
    assert renditions.counters["cache_misses"] == 0
    assert _originals_handed_out() == []
    # The same pictures as an export that made them from the originals, with no cache at all.
    with open_article(project) as opened, pytest.MonkeyPatch.context() as patch:
        patch.setenv("BANTHAO_CACHE_DIR", str(tmp_path / "empty-cache"))
        for _ in export(opened, tmp_path / "cold.docx"):
            pass
    assert _media(tmp_path / "bai.docx") == _media(tmp_path / "cold.docx")


def test_a_new_command_line_process_reexports_from_the_cache_without_the_originals(project: Path,
                                                                                  tmp_path: Path) -> None:  # fmt: skip
    _fill(project)
    shutil.rmtree(cache_dir() / "originals", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for out in ("bai.docx", "bai.html"):
        done = subprocess.run([sys.executable, "-m", "editor", "export", str(project), "-o", str(tmp_path / out),
                               "-q"], env=env, capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert _originals_handed_out() == []  # no original was read (so none hashed): all came from the cache
    assert len(_media(tmp_path / "bai.docx")) == 3


def test_a_crop_is_a_new_rendition_and_the_old_one_is_never_served(project: Path, tmp_path: Path) -> None:
    _fill(project, web=False)
    with open_article(project) as opened:
        index = next(i for i, b in enumerate(opened.article.body) if isinstance(b, Figure))
        body = list(opened.article.body)
        body[index] = replace(body[index], crop=(0.0, 0.0, 0.5, 0.5))  # type: ignore[type-var]
        opened.article = replace(opened.article, body=tuple(body))
        wanted = wanted_renditions(opened, default_profile(), web=False)
        assert [_cache().get(w.sha256, w.recipe) is None for w in wanted] == [True, False, False]  # type: ignore[arg-type]
        renderer = Prerenderer(_cache(), executor="threads")
        try:
            renderer.want(wanted)
            assert renderer.wait_idle(120)
            assert renderer.made == 1 and renderer.skipped == 2
        finally:
            renderer.close()
        renditions.counters.clear()
        for _ in export(opened, tmp_path / "cropped.docx"):
            pass
        assert renditions.counters["cache_hits"] == 3 and renditions.counters["cache_misses"] == 0
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("BANTHAO_CACHE_DIR", str(tmp_path / "empty-cache"))
            for _ in export(opened, tmp_path / "cold.docx"):
                pass
    assert _media(tmp_path / "cropped.docx") == _media(tmp_path / "cold.docx")
    with open_article(project) as opened:
        for _ in export(opened, tmp_path / "uncropped.docx"):
            pass
    assert _media(tmp_path / "uncropped.docx") != _media(tmp_path / "cropped.docx")


def test_a_caption_typed_after_prerendering_reuses_the_pixels(project: Path, tmp_path: Path) -> None:
    _fill(project, web=False)
    with open_article(project) as opened:
        figure = opened.article.figures[0]
        body = tuple(replace(b, caption="Chú thích mới gõ") if b is figure else b for b in opened.article.body)
        opened.article = replace(opened.article, body=body)
        renditions.counters.clear()
        for _ in export(opened, tmp_path / "bai.docx"):
            pass
    assert renditions.counters["cache_hits"] == 3 and renditions.counters["decodes"] == 0
    media = _media(tmp_path / "bai.docx")
    assert any("Chú thích mới gõ".encode() in data for data in media.values())  # IPTC/XMP carry the new caption


def test_the_worker_process_runs_at_the_lowest_priority_and_fills_the_cache(project: Path) -> None:
    assert _fill(project, executor="processes", web=False) == 3
    with open_article(project) as opened:
        for wanted in wanted_renditions(opened, default_profile(), web=False):
            assert wanted.sha256 is not None and _cache().get(wanted.sha256, wanted.recipe) is not None


def test_paused_it_makes_nothing_and_resumed_it_finishes(project: Path) -> None:
    renderer = Prerenderer(_cache(), executor="threads")
    try:
        renderer.pause()
        with open_article(project) as opened:
            renderer.want(wanted_renditions(opened, default_profile(), web=False))
            assert not renderer.wait_idle(0.3)  # held back: work is waiting
            assert renderer.made == 0 and renderer.paused
            renderer.resume()
            assert renderer.wait_idle(120)
        assert renderer.made == 3
    finally:
        renderer.close()


def test_close_drops_the_queue_and_stops_cleanly(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    import hostile

    photo = write("p.jpg", hostile.jpeg((400, 300)))
    calls: list[int] = []

    def resolve() -> Path:
        calls.append(1)
        return photo

    cache = RenditionCache(tmp_path / "cache")
    renderer = Prerenderer(cache, executor="threads")
    renderer.pause()
    renderer.want([Wanted(resolve, Recipe(max_width=w)) for w in range(10, 60)])
    renderer.close()
    assert not renderer._thread.is_alive()
    assert calls == [] and renderer.made == 0
    renderer.close()  # twice is harmless
    # Closed while working: the photo being made finishes, nothing half-written is left in the cache.
    renderer = Prerenderer(cache, executor="threads")
    renderer.want([Wanted(resolve, Recipe(max_width=w)) for w in range(10, 200)])
    while renderer.made == 0:
        renderer.wait_idle(0.01)
    renderer.close()
    assert not renderer._thread.is_alive() and renderer.made < 190
    assert not [p for p in (tmp_path / "cache").rglob("*.tmp")]
    for entry in (tmp_path / "cache").glob("??/*"):  # every entry is whole: it passes its hash check
        assert entry.name.split(".")[2] and entry.stat().st_size > 0


def test_a_photo_that_cannot_be_read_is_skipped_not_fatal(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    import hostile

    good = write("good.jpg", hostile.jpeg((64, 48)))
    bad = write("bad.jpg", b"not a picture at all")
    renderer = Prerenderer(RenditionCache(tmp_path / "cache"), executor="threads")
    try:
        renderer.want([Wanted(lambda: bad, Recipe(32)), Wanted(lambda: good, Recipe(32))])
        assert renderer.wait_idle(60)
        assert renderer.failed == 1 and renderer.made == 1
    finally:
        renderer.close()
