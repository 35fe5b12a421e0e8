"""Idle pre-rendering through the real window: photos inserted as hands do lead to cached print and web renditions,
the export then decodes nothing, and typing holds the work back until the reporter pauses."""

from __future__ import annotations

import zipfile
from pathlib import Path

from editor.export.api import export
from editor.export.prerender import wanted_renditions
from editor.files.paths import cache_dir
from editor.media import renditions
from editor.media.renditions import RenditionCache
from tests.ui.conftest import type_text
from tests.ui.test_window import add_photos


def _wanted_and_hashes(window):  # type: ignore[no-untyped-def]
    """What the exports will look up, with the export dialog's options (the settings' photo quality)."""
    window.session.photos.flush_imports()
    opened = window.session.opened_for_export(window.session.article)
    docx, html = window.prerender._options()
    wanted = wanted_renditions(opened, window.profile(), docx=docx, html=html)
    project = window.session.project
    return wanted, {w.label: project.photo_sha256(w.label) for w in wanted}


def test_inserted_photos_are_prerendered_and_typing_pauses_the_work(window, qtbot, photos, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prerender = window.prerender
    add_photos(window, qtbot, photos[:2])
    qtbot.waitUntil(lambda: prerender.renderer.made >= 8 and prerender.idle(), timeout=100_000)
    wanted, hashes = _wanted_and_hashes(window)
    assert len(wanted) == 8  # two photos: the DOCX print size and three HTML widths each
    cache = RenditionCache(cache_dir() / "renditions")
    assert all(cache.get(hashes[w.label], w.recipe) is not None for w in wanted)

    renditions.counters.clear()
    docx, html = window.prerender._options()
    opened = window.session.opened_for_export(window.session.article)
    for out in (tmp_path / "bai.docx", tmp_path / "bai.html"):
        for _step in export(opened, out, profile=window.profile(), docx=docx, html=html):
            pass
    assert renditions.counters["decodes"] == renditions.counters["hashed_originals"] == 0
    assert renditions.counters["cache_misses"] == 0 and renditions.counters["cache_hits"] == 2 + 2 * 3
    assert zipfile.ZipFile(tmp_path / "bai.docx").namelist().count("word/media/image2.jpg") == 1

    # A third photo, while the reporter keeps typing: the worker stays paused (a photo already being made may
    # finish), then catches up once the typing stops.
    made = prerender.renderer.made
    add_photos(window, qtbot, photos[2:3], index=len(window.session.article.body))
    window.editor.setFocus()
    for _ in range(20):  # about four seconds of typing, a key every 0.2 s (the worker resumes after 1 s of quiet)
        type_text(window.editor, "a")
        assert prerender.renderer.paused
        qtbot.wait(200)
    assert prerender.renderer.made <= made + 1
    qtbot.waitUntil(lambda: not prerender.renderer.paused, timeout=5_000)
    qtbot.waitUntil(lambda: prerender.renderer.made >= made + 4 and prerender.idle(), timeout=100_000)
    wanted, hashes = _wanted_and_hashes(window)
    assert all(cache.get(hashes[w.label], w.recipe) is not None for w in wanted)
    window.close()  # the window closing stops the worker
    assert not prerender.renderer._thread.is_alive()
