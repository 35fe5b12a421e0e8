"""The self-contained build: start-up to a painted window against the same app from the virtual environment,
and the folder's size with its ten largest parts.

    .venv/bin/python packaging/build.py && .venv/bin/python tests/benchmarks/bench_frozen.py [--runs 7]

Both start the app on the sample article with ``BANTHAO_SMOKE_SCREENSHOT`` (the app saves its first painted window
and quits), alternately so both see the same machine load, in a fresh HOME each run. Goal: frozen ≤ 1.5 × venv;
folder ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import record  # tests/benchmarks/report.py: one table for run_all.py

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dist" / "banthao" / ("banthao.exe" if sys.platform == "win32" else "banthao")
SAMPLE = REPO / "resources" / "sample" / "article.json"


def timed(command: list[str], home: Path) -> float:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "BANTHAO_SMOKE_SCREENSHOT": str(home / "shot.png"), "BANTHAO_CACHE_DIR": str(home / "cache")}  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def disk_usage(folder: Path) -> tuple[int, list[tuple[int, str]]]:
    """Bytes on disk, and the ten largest files or top-level package folders."""
    parts: dict[str, int] = {}
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            rel = path.relative_to(folder).parts
            key = "/".join(rel[:3]) if rel[:2] == ("_internal", "PySide6") else "/".join(rel[:2])
            parts[key] = parts.get(key, 0) + size
    return total, sorted(((size, name) for name, size in parts.items()), reverse=True)[:10]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not APP.exists():
        print(f"no build at {APP.relative_to(REPO)}: run packaging/build.py first")
        return 1
    frozen, venv = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            home = Path(tmp) / f"run-{run}"
            for name, times, command in (
                ("venv", venv, [sys.executable, str(REPO / "main.py"), str(SAMPLE)]),
                ("frozen", frozen, [str(APP), str(SAMPLE)]),
            ):
                (home / name).mkdir(parents=True)
                times.append(timed(command, home / name))
    ratio = statistics.median(frozen) / statistics.median(venv)
    print(f"start-up to a painted window: frozen {statistics.median(frozen):.2f} s, "
          f"venv {statistics.median(venv):.2f} s, ratio {ratio:.2f} (goal ≤ 1.5)")  # fmt: skip
    total, largest = disk_usage(APP.parent)
    print(f"folder {APP.parent.relative_to(REPO)}: {total / 1e6:.0f} MB (goal ≤ 200 MB); ten largest parts:")
    for size, name in largest:
        print(f"  {size / 1e6:6.1f} MB  {name}")
    record("frozen app start-up to a painted window", statistics.median(frozen), "s",
           floor=statistics.median(venv), goal="≤ 1.5 × the venv app")  # fmt: skip
    record("frozen app folder size", total / 1e6, "MB", goal="≤ 200 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
