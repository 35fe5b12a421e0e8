#!/usr/bin/env python3
"""Benchmark of the HTML export (folder mode, three rendition widths) against the bare-Pillow floor, same run.

    python tests/benchmarks/bench_html.py CORPUS [--widths 480 960 1600] [--rounds 1] [--procs 2] [--keep DIR]

CORPUS is a folder with ``article.json`` and ``images/`` (``../shared/bench/make_corpus.py CORPUS`` makes the
30 × 24 MP benchmark article). Prints, with ratios:

* floor: ``pillow_floor.py CORPUS --size W --procs 2`` for each width, summed (the script from ``../shared/bench``
  next to the repository when present, else an embedded copy of the same per-photo work);
* first export: ``export_html`` in folder mode with an empty rendition cache, timed inside a fresh interpreter after
  imports and the Article→IR build (as the floor times itself after its imports);
* second export of the unchanged article: in the same process (hashes remembered in memory) and in a new process
  (hashes remembered in the cache folder), both reusing the cached renditions;
* first-screen weight at 375 px: the HTML (stylesheet inlined) plus the rendition a 375 px phone picks for the first
  photo from its srcset/sizes (at 1× and 2× pixel density).

No assertion: this prints figures. The floor is JPEG q85 baseline on the long side; ours is max width, q82,
progressive with optimised Huffman tables, sRGB conversion, metadata stripped, and files written to disk.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from floor import floor_rendition  # tests/benchmarks/floor.py: the floor when ../shared is absent
from report import record  # tests/benchmarks/report.py: one table for run_all.py

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
FLOOR_SCRIPT = REPO.parent / "shared" / "bench" / "pillow_floor.py"

CHILD = r"""
import json, sys, time
from pathlib import Path
from editor.export.build import build_document
from editor.export.html import export_html
from editor.export.options import HtmlOptions
from editor.model.interchange import read_article_json
from editor.storage.documents import FolderPhotos
from editor.text.profile import default_profile

corpus, out, widths, repeat = Path(sys.argv[1]), Path(sys.argv[2]), tuple(json.loads(sys.argv[3])), int(sys.argv[4])
source = corpus / "article.json"
doc = build_document(read_article_json(source), FolderPhotos(corpus), default_profile())
times = []
for i in range(repeat):
    t0 = time.perf_counter()
    for _ in export_html(doc, out, HtmlOptions(mode="folder", widths=widths)):
        pass
    times.append(round(time.perf_counter() - t0, 3))
print(json.dumps({"times": times, "figures": len(doc.figures)}))
"""


def _floor_one(args: tuple[str, int]) -> int:
    """The floor's per-photo work (tests/benchmarks/floor.py), for machines without ../shared."""
    return len(floor_rendition(*args))


def floor(corpus: Path, size: int, procs: int) -> float:
    if FLOOR_SCRIPT.is_file():
        cmd = [sys.executable, str(FLOOR_SCRIPT), str(corpus), "--size", str(size), "--procs", str(procs)]
        line = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        return float(json.loads(line)["wall_s"])
    images = sorted(str(p) for p in (corpus / "images").glob("*.jpg"))
    t0 = time.perf_counter()
    with ProcessPoolExecutor(procs) as pool:
        list(pool.map(_floor_one, [(p, size) for p in images]))
    return time.perf_counter() - t0


def export_child(corpus: Path, out: Path, widths: list[int], cache: Path, repeat: int) -> dict[str, object]:
    env = dict(os.environ, BANTHAO_CACHE_DIR=str(cache), PYTHONPATH=str(REPO))
    cmd = [sys.executable, "-c", CHILD, str(corpus), str(out), json.dumps(widths), str(repeat)]
    result = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=REPO)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _descriptor_px(sizes: str, viewport: int) -> float:
    """The slot width ``sizes`` gives at ``viewport`` CSS px (the subset of syntax our templates write)."""
    rem = 16.0
    for entry in (e.strip() for e in sizes.split(",")):
        match = re.fullmatch(r"\(min-width: ([\d.]+)(rem|em)\) (.+)", entry)
        if match:
            if viewport < float(match.group(1)) * rem:
                continue
            entry = match.group(3)
        calc = re.fullmatch(r"calc\((\d+)vw - ([\d.]+)rem\)", entry)
        if calc:
            return viewport * int(calc.group(1)) / 100 - float(calc.group(2)) * rem
        return float(entry.removesuffix("rem")) * rem
    return float(viewport)


def first_screen(page: Path, viewport: int = 375) -> dict[str, int]:
    html = page.read_text("utf-8")
    img = re.search(r"<img [^>]*>", html)
    weights = {"html_bytes": len(html.encode("utf-8"))}
    if img is None:
        return weights
    attrs = dict(re.findall(r'(\w+)="([^"]*)"', img.group(0)))
    candidates = sorted((int(w), url) for url, w in re.findall(r"(\S+) (\d+)w", attrs.get("srcset", "")))
    slot = _descriptor_px(attrs.get("sizes", ""), viewport)
    for density in (1, 2):
        need = slot * density
        chosen = next((url for w, url in candidates if w >= need), candidates[-1][1] if candidates else attrs["src"])
        size = (page.parent / chosen.replace("%20", " ")).stat().st_size
        weights[f"photo_{density}x_bytes"] = size
        weights[f"total_{density}x_bytes"] = weights["html_bytes"] + size
    return weights


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--widths", type=int, nargs="+", default=[480, 960, 1600])
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--keep", type=Path, default=None, help="write the export here instead of a temporary folder")
    a = ap.parse_args()
    corpus = a.corpus.resolve()
    if not (corpus / "article.json").is_file():
        ap.error(f"{corpus} has no article.json")

    floors: list[float] = []
    firsts: list[float] = []
    seconds_same: list[float] = []
    seconds_new: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-html-") as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        out = work / "bai-viet.html"
        for round_ in range(a.rounds):
            per_width = {w: floor(corpus, w, a.procs) for w in a.widths}
            floors.append(sum(per_width.values()))
            print(f"round {round_ + 1}: floor " + ", ".join(f"{w}px {s:.2f}s" for w, s in per_width.items()),
                  f"= {floors[-1]:.2f}s", flush=True)  # fmt: skip
            cache = Path(tempfile.mkdtemp(prefix="cache-", dir=tmp))
            ours = export_child(corpus, out, a.widths, cache, repeat=2)
            firsts.append(ours["times"][0])
            seconds_same.append(ours["times"][1])
            again = export_child(corpus, out, a.widths, cache, repeat=1)
            seconds_new.append(again["times"][0])
            print(f"round {round_ + 1}: first export {firsts[-1]:.2f}s, second {seconds_same[-1]:.3f}s (same process)"
                  f", {seconds_new[-1]:.3f}s (new process), {ours['figures']} photos", flush=True)  # fmt: skip
        best_floor, best_first = min(floors), min(firsts)
        files = list((work / "bai-viet_files").iterdir())
        weight = first_screen(out)
        report = {
            "widths": a.widths,
            "floor_s": round(best_floor, 3),
            "first_export_s": round(best_first, 3),
            "ratio_to_floor": round(best_first / best_floor, 2),
            "target_ratio": 1.5,
            "second_export_same_process_s": min(seconds_same),
            "second_export_new_process_s": min(seconds_new),
            "target_second_s": 1.0,
            "renditions": len(files),
            "renditions_mb": round(sum(f.stat().st_size for f in files) / 1e6, 1),
            "first_screen_375px": weight,
            "target_first_screen_bytes": 300_000,
        }
        print(json.dumps(report, indent=1))
        record("HTML export, folder mode, 3 widths", best_first, "s", floor=best_floor, goal="≤ 1.5 × floor")
        record("HTML second export (cached), new process", min(seconds_new), "s", goal="≤ 1 s")
        first_screen_kb = weight.get("total_1x_bytes", weight["html_bytes"]) / 1000
        record("HTML first screen at 375 px (1×: HTML + CSS + photo)", first_screen_kb, "KB", goal="< 300 KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
