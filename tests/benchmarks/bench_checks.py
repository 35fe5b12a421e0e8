"""The checks worker with every rule: a 10,000-chữ article with 30 photos, photo-file rules included.

Run: ``.venv/bin/python tests/benchmarks/bench_checks.py [--photos DIR]`` (a script, not a test). Three figures:

- the first run, which reads each photo once (bytes, sha256, a draft-mode dHash), against the bare-Pillow floor of
  that same reading measured in the same run;
- a later run (the app keeps what it read by name), against the same article checked without photos: what the
  photo rules cost once their facts are known;
- the text-only run itself, in milliseconds.

Without ``--photos`` it makes 30 camera-like JPEGs (3000×2000, a few 640 px phone pictures) in a temporary folder.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PIL import Image
from report import record  # tests/benchmarks/report.py: one table for run_all.py

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_find import article as long_article

from editor.checks.rules import CheckContext, run_checks
from editor.model.article import Figure
from editor.storage.documents import FolderPhotos
from editor.text.profile import default_profile


def make_photos(folder: Path, count: int = 30) -> list[str]:
    (folder / "images").mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        size = (640, 427) if i % 10 == 3 else (3000, 2000)
        image = Image.effect_noise(size, 40 + i).convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        name = f"images/p{i:02d}.jpg"
        (folder / name).write_bytes(buffer.getvalue())
        names.append(name)
    return names


def floor(folder: Path, names: list[str]) -> float:
    """What reading the photos costs at least: the bytes, their sha256, a draft decode to a 9×8 grey image."""
    start = time.perf_counter()
    for name in names:
        data = (folder / name).read_bytes()
        hashlib.sha256(data).hexdigest()
        with Image.open(io.BytesIO(data)) as im:
            im.draft("L", (64, 64))
            im.convert("L").resize((9, 8), Image.Resampling.BOX)
    return time.perf_counter() - start


def timed(fn, repeats: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=Path, help="a folder holding images/pNN.jpg (made when missing)")
    args = parser.parse_args()
    folder = args.photos or Path(tempfile.mkdtemp(prefix="bench_checks_"))
    names = sorted(p.relative_to(folder).as_posix() for p in (folder / "images").glob("*.jpg")) if args.photos else []
    names = names or make_photos(folder)
    text = long_article(photos=len(names))
    figures = iter(names)
    body = tuple(replace(b, image=next(figures)) if isinstance(b, Figure) else b for b in text.body)
    article = text.with_fields(body=body)
    profile = default_profile()
    photos = FolderPhotos(folder)

    floor_s = min(floor(folder, names) for _ in range(3))
    firsts = []
    for _ in range(3):
        start = time.perf_counter()
        run_checks(CheckContext(article, profile, photos=photos, infos={}))
        firsts.append(time.perf_counter() - start)
    first = min(firsts)
    cache: dict = {}  # type: ignore[type-arg]
    run_checks(CheckContext(article, profile, photos=photos, infos=cache))
    cached = timed(lambda: run_checks(CheckContext(article, profile, photos=photos, infos=cache)))
    text_only = timed(lambda: run_checks(CheckContext(article, profile)))

    print(f"first run, {len(names)} photos read: {first:.2f} s; bare-Pillow floor {floor_s:.2f} s "
          f"({first / floor_s:.2f} ×)")  # fmt: skip
    print(f"later run (photo facts kept): {cached * 1000:.0f} ms; without photos {text_only * 1000:.0f} ms "
          f"({cached / text_only:.2f} ×)")  # fmt: skip
    record("checks: first run reading 30 photos", first, "s", floor=floor_s, goal="≈ 1 × (each photo read once)")
    record("checks: later run, photo facts kept", cached * 1000, "ms", floor=text_only * 1000,
           goal="≈ 1 × the text-only run")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
