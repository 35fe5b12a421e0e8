"""Autosave and save cost of a project file holding the benchmark corpus's photos.

Usage: python tests/benchmarks/bench_project.py CORPUS [--repeat 30]
CORPUS is a folder with article.json and its photos, e.g. made by the team's generator
(``python ../shared/bench/make_corpus.py CORPUS``: 30 photos × 24 MP).

Prints the median cost of an autosave and of a save after a one-character edit, in the project holding every photo,
against the floor: the same edit in a project holding the same article text but no photos (measured in the same run).
The goal is that saving does not grow with the photos' size (ratio ≈ 1).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from report import record  # tests/benchmarks/report.py: one table for run_all.py

from editor.model import Figure, read_article_json
from editor.storage.documents import json_to_project
from editor.storage.project import Project


def _median_ms(project: Project, article, repeat: int, *, explicit: bool) -> float:  # type: ignore[no-untyped-def]
    times = []
    for i in range(repeat):
        edited = article.with_fields(title=article.title + ("x" if i % 2 == 0 else ""))
        start = time.perf_counter()
        if explicit:
            project.save(edited)
        else:
            project.autosave(edited)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    source = args.corpus / "article.json"
    article = read_article_json(source)
    photo_bytes = sum((args.corpus / name).stat().st_size for name in article.image_names())
    with tempfile.TemporaryDirectory() as tmp:
        full_path = Path(tmp) / "full.banthao"
        start = time.perf_counter()
        json_to_project(source, full_path)
        import_s = time.perf_counter() - start
        empty_path = Path(tmp) / "empty.banthao"
        no_photos = article.with_fields(body=tuple(b for b in article.body if not isinstance(b, Figure)))
        with Project.create(empty_path, no_photos) as empty, Project.open(full_path) as full:
            floor_auto = _median_ms(empty, no_photos, args.repeat, explicit=False)
            full_auto = _median_ms(full, article, args.repeat, explicit=False)
            floor_save = _median_ms(empty, no_photos, args.repeat, explicit=True)
            full_save = _median_ms(full, article, args.repeat, explicit=True)
        size = full_path.stat().st_size
    print(
        f"corpus: {len(article.image_names())} photos, {photo_bytes / 2**20:.0f} MB; project file {size / 2**20:.0f} MB"
    )
    print(f"import JSON → project: {import_s:.2f} s")
    row = "{:<34}{:>8.2f}{:>10.2f}{:>8.2f}  ≈1 (does not grow with the photos)"
    print(f"{'figure':<34}{'ms':>8}{'floor ms':>10}{'ratio':>8}  goal")
    print(row.format("autosave after a 1-char edit", full_auto, floor_auto, full_auto / floor_auto))
    print(row.format("save after a 1-char edit", full_save, floor_save, full_save / floor_save))
    goal = "≈ 1 × floor (no growth with photos)"
    record("project autosave after a 1-char edit (30 photos)", full_auto, "ms", floor=floor_auto, goal=goal)
    record("project save after a 1-char edit (30 photos)", full_save, "ms", floor=floor_save, goal=goal)


if __name__ == "__main__":
    main()
