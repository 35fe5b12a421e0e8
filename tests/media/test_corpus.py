"""The pipeline against the shared benchmark corpus generator (skipped when ../shared is not beside the repository)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.media.batch import render_many
from editor.media.info import image_info
from editor.media.metadata import read_metadata
from editor.media.renditions import Recipe, Rendition

MAKE_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "bench" / "make_corpus.py"

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(not MAKE_CORPUS.exists(), reason="shared benchmark generator not present"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, str(MAKE_CORPUS), str(out), "--photos", "4", "--megapixels", "1", "-q", "--jobs", "1"],
        check=True,
        timeout=50,
    )
    return out, json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_info_and_renditions_match_the_manifest(corpus: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    folder, manifest = corpus
    photos = manifest["photos"]
    paths = [folder / p["image"] for p in photos]
    for path, entry in zip(paths, photos, strict=True):
        info = image_info(path)
        assert [info.width, info.height] == entry["display_size"]
        assert info.sha256 == entry["sha256"]
    results = dict(render_many([(p, Recipe(max_width=300, max_height=300)) for p in paths], workers=2))
    for i, entry in enumerate(photos):
        r = results[i]
        assert isinstance(r, Rendition)
        w, h = entry["display_size"]
        assert (r.width > r.height) == (w > h), entry["image"]


def test_embedded_captions_are_read(corpus: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    folder, manifest = corpus
    embedded = [p for p in manifest["photos"] if p["embedded"]]
    if not embedded:
        pytest.skip("the corpus was made without exiftool: no embedded captions to read")
    for entry in embedded:
        meta = read_metadata(folder / entry["image"])
        assert meta.caption == entry["embedded"]["caption"]
        assert meta.creator == entry["embedded"]["byline"]
        assert meta.credit == entry["embedded"]["credit"]
