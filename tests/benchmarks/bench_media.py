#!/usr/bin/env python3
"""Benchmark of the photo pipeline against the bare-Pillow floor, measured in the same run.

    python tests/benchmarks/bench_media.py CORPUS [--size 2400] [--thumb 256] [--workers N]
                                                  [--executor threads|processes|both] [--rounds 2]

CORPUS holds images/*.jpg (``../shared/bench/make_corpus.py CORPUS`` makes the 30 × 24 MP benchmark corpus).
The floor is ``pillow_floor.py`` from ``../shared/bench`` next to the repository when present (the script says
which it used); otherwise an embedded copy of the same per-photo work (draft decode, LANCZOS resize, orient,
JPEG q85 in memory, on a process pool) is run.

Every measurement runs in its own child process while this process samples the resident memory of the child and
all its descendants from /proc every 10 ms; the peak of that sum is reported (it counts pages shared between
processes twice, so it over-states rather than under-states). Wall times are measured inside the child after
imports, like the floor does. Floor and pipeline alternate, ``--rounds`` times; the best of each is compared.
No assertion: this prints figures and ratios.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from floor import floor_rendition  # tests/benchmarks/floor.py: the floor when ../shared is absent
from report import record  # tests/benchmarks/report.py: one table for run_all.py

HERE = Path(__file__).resolve()
FLOOR_SCRIPT = HERE.parents[3] / "shared" / "bench" / "pillow_floor.py"  # repo/../shared/bench


def _images(corpus: str) -> list[str]:
    return sorted(glob.glob(os.path.join(corpus, "images", "*.jpg")))


# ------------------------------------------------------------------ children (run in a fresh interpreter)


def _embedded_floor_one(args: tuple[str, int]) -> int:
    return len(floor_rendition(*args))


def child_floor(corpus: str, size: int, workers: int) -> dict[str, object]:
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        sizes = list(pool.map(_embedded_floor_one, [(p, size) for p in _images(corpus)]))
    return {"wall_s": round(time.perf_counter() - t0, 3), "out_bytes": sum(sizes), "photos": len(sizes)}


def child_ours(
    corpus: str, size: int, workers: int, executor: str, cache_dir: str | None, thumbs: bool
) -> dict[str, object]:
    from editor.media.batch import render_many
    from editor.media.renditions import Recipe, RenditionCache
    from editor.media.thumbnails import thumbnail_recipe

    recipe = thumbnail_recipe(size) if thumbs else Recipe(max_width=size, max_height=size)
    cache = RenditionCache(Path(cache_dir)) if cache_dir else None
    t0 = time.perf_counter()
    out_bytes = errors = photos = 0
    for _index, result in render_many(
        ((Path(p), recipe) for p in _images(corpus)), cache=cache, workers=workers, executor=executor
    ):  # type: ignore[arg-type]
        photos += 1
        if isinstance(result, Exception):
            errors += 1
        else:
            out_bytes += len(result.data)
    wall = time.perf_counter() - t0
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "wall_s": round(wall, 3),
        "out_bytes": out_bytes,
        "photos": photos,
        "errors": errors,
        "maxrss_self_mb": round(self_rss / 1024, 1),
        "maxrss_largest_child_mb": round(child_rss / 1024, 1),
    }


# ------------------------------------------------------------------ parent: run a child, sample its memory


def _tree_rss_kb(pid: int) -> int:
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run_measured(cmd: list[str]) -> dict[str, object]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = 0
    sampling = os.path.exists("/proc/self/status")
    while proc.poll() is None:
        if sampling:
            peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.01)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed ({proc.returncode}): {' '.join(cmd)}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_tree_rss_mb"] = round(peak / 1024, 1) if sampling else None
    return result


def floor_cmd(corpus: str, size: int, workers: int) -> list[str]:
    if FLOOR_SCRIPT.exists():
        return [sys.executable, str(FLOOR_SCRIPT), corpus, "--size", str(size), "--procs", str(workers)]
    return [sys.executable, str(HERE), corpus, "--child", "floor", "--size", str(size), "--workers", str(workers)]


def ours_cmd(
    corpus: str, size: int, workers: int, executor: str, *, thumbs: bool = False, cache_dir: str | None = None
) -> list[str]:
    cmd = [
        sys.executable,
        str(HERE),
        corpus,
        "--child",
        "thumbs" if thumbs else "ours",
        "--size",
        str(size),
        "--workers",
        str(workers),
        "--executor",
        executor,
    ]
    return cmd + (["--cache", cache_dir] if cache_dir else [])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--size", type=int, default=2400)
    ap.add_argument("--thumb", type=int, default=256)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--executor", choices=["threads", "processes", "both"], default="threads")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument(
        "--pipeline-only",
        action="store_true",
        help="only our 2400 px renditions (e.g. to show memory stays flat on a larger corpus)",
    )
    ap.add_argument("--child", choices=["floor", "ours", "thumbs"], help=argparse.SUPPRESS)
    ap.add_argument("--cache", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.child == "floor":
        print(json.dumps(child_floor(a.corpus, a.size, a.workers)))
        return 0
    if a.child in ("ours", "thumbs"):
        print(json.dumps(child_ours(a.corpus, a.size, a.workers, a.executor, a.cache, a.child == "thumbs")))
        return 0

    n = len(_images(a.corpus))
    if not n:
        raise SystemExit(f"{a.corpus}: no images/*.jpg (make one with make_corpus.py)")
    print(
        f"corpus {a.corpus}: {n} photos; {a.workers} workers; floor: "
        + (f"{FLOOR_SCRIPT} (shared bench)" if FLOOR_SCRIPT.exists() else "embedded copy (shared bench absent)")
    )
    executors = ["threads", "processes"] if a.executor == "both" else [a.executor]
    best: dict[str, dict[str, object]] = {}
    if a.pipeline_only:
        for ex in executors:
            result = run_measured(ours_cmd(a.corpus, a.size, a.workers, ex))
            print(f"  ours {a.size} {ex}: {json.dumps(result)}")
        return 0

    def keep(name: str, result: dict[str, object]) -> None:
        print(f"  {name:<28} {json.dumps(result)}", flush=True)
        if name not in best or float(result["wall_s"]) < float(best[name]["wall_s"]):  # type: ignore[arg-type]
            peak = max(
                float(best.get(name, {}).get("peak_tree_rss_mb") or 0),  # type: ignore[arg-type]
                float(result.get("peak_tree_rss_mb") or 0),
            )  # type: ignore[arg-type]
            best[name] = {**result, "peak_tree_rss_mb": peak}

    for r in range(a.rounds):
        # Alternate who goes first, so a neighbour's load on the shared machine does not always hit the same side.
        steps: list[tuple[str, str | None]] = [("floor", None)] + [("ours", ex) for ex in executors]
        for side, ex in steps if r % 2 == 0 else steps[::-1]:
            if side == "floor":
                keep(f"floor {a.size}", run_measured(floor_cmd(a.corpus, a.size, a.workers)))
            else:
                keep(f"ours {a.size} {ex}", run_measured(ours_cmd(a.corpus, a.size, a.workers, str(ex))))
        for side, ex in steps if r % 2 == 0 else steps[::-1]:
            if side == "floor":
                keep(f"floor {a.thumb}", run_measured(floor_cmd(a.corpus, a.thumb, a.workers)))
            else:
                keep(
                    f"ours thumbs {a.thumb} {ex}",
                    run_measured(ours_cmd(a.corpus, a.thumb, a.workers, str(ex), thumbs=True)),
                )
    default = "processes" if "processes" in executors else executors[0]
    with tempfile.TemporaryDirectory(prefix="bench-media-cache-") as cache:
        keep("ours cache cold", run_measured(ours_cmd(a.corpus, a.size, a.workers, default, cache_dir=cache)))
        keep("ours cache warm", run_measured(ours_cmd(a.corpus, a.size, a.workers, default, cache_dir=cache)))

    print("\nsummary (best of rounds):")
    fr, ft = float(best[f"floor {a.size}"]["wall_s"]), float(best[f"floor {a.thumb}"]["wall_s"])  # type: ignore[arg-type]
    for ex in executors:
        r = best[f"ours {a.size} {ex}"]
        t = best[f"ours thumbs {a.thumb} {ex}"]
        print(
            f"  renditions {a.size}px [{ex}]: {r['wall_s']} s vs floor {fr} s -> ratio "
            f"{float(r['wall_s']) / fr:.2f} (target <= 1.2)"
        )  # type: ignore[arg-type]
        print(
            f"  thumbnails {a.thumb}px [{ex}]: {t['wall_s']} s vs floor {ft} s -> ratio "
            f"{float(t['wall_s']) / ft:.2f} (target <= 1.3)"
        )  # type: ignore[arg-type]
    cold, warm = best["ours cache cold"], best["ours cache warm"]
    print(f"  cached export: cold {cold['wall_s']} s, warm {warm['wall_s']} s")
    peaks = {k: v.get("peak_tree_rss_mb") for k, v in best.items() if k.startswith("ours")}
    print(f"  peak memory, all processes of the pipeline (MB): {json.dumps(peaks)} (target <= 600)")
    for ex in executors:
        r, t = best[f"ours {a.size} {ex}"], best[f"ours thumbs {a.thumb} {ex}"]
        record(f"renditions {a.size} px, whole corpus [{ex}]", float(r["wall_s"]), "s", floor=fr, goal="≤ 1.2 × floor")
        record(f"thumbnails {a.thumb} px, whole corpus [{ex}]", float(t["wall_s"]), "s", floor=ft, goal="≤ 1.3 × floor")
    peak = max((float(v) for v in peaks.values() if v is not None), default=float("nan"))
    record("peak memory of the rendition pipeline (all processes)", peak, "MB", goal="≤ 600 MB")
    record("second export from the rendition cache", float(warm["wall_s"]), "s", floor=float(cold["wall_s"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
