"""Benchmark of the DOCX export against the bare-Pillow rendition floor, measured in the same run.

    .venv/bin/python tests/benchmarks/bench_docx.py CORPUS [--repeat 1] [--warm] [--pipeline] [--no-cache]
                                                         [--keep OUT.docx]

CORPUS is a folder written by make_corpus.py (article.json + images/). Prints, as JSON lines and a summary:

* the floor: ``pillow_floor.py CORPUS --size S --procs 2 --zip X.zip`` where S is the long side of the largest
  rendition the export makes (the text width at 300 dpi), run from ../shared/bench when present, else an embedded
  copy of the same algorithm (the summary says which);
* the export: ``export_docx`` on the corpus article with a cold rendition cache, in a fresh process, timed from
  the IR to the written DOCX (imports excluded, as in the floor), and its peak memory: the memory of the whole
  process tree (the export and its rendition workers) sampled every 20 ms as summed PSS and summed RSS, and the
  kernel's maximum resident size of the largest single process, in a run of its own (sampling takes a fifth of a
  core, so the timed runs, like the floor, are not sampled);
* ratios: export time / floor time (goal ≤ 1.1, issue 17), DOCX bytes / embedded rendition bytes (goal ≤ 1.1), peak
  memory (goal ≤ 600 MB).

No assertions: machines differ; the numbers are for the report. Two cores are shared, so keep --repeat small.
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
import threading
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from floor import floor_rendition  # tests/benchmarks/floor.py: the floor when ../shared is absent
from report import record  # tests/benchmarks/report.py: one table for run_all.py

REPO = Path(__file__).resolve().parents[2]
SHARED_FLOOR = REPO.parent / "shared" / "bench" / "pillow_floor.py"


# --- the floor when ../shared is absent: the same algorithm as pillow_floor.py ----------------------------------


def _floor_one(args: tuple[str, int, int]) -> bytes:
    return floor_rendition(*args)


def embedded_floor(corpus: Path, size: int, zip_path: Path, procs: int = 2) -> dict:
    t0 = time.perf_counter()
    files = sorted(glob.glob(str(corpus / "images" / "*.jpg")))
    with ProcessPoolExecutor(procs) as pool:
        results = list(pool.map(_floor_one, [(f, size, 85) for f in files]))
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_STORED) as zf:
        for name, data in zip(files, results, strict=True):
            zf.writestr(os.path.basename(name), data)
    return {"wall_s": round(time.perf_counter() - t0, 3), "out_bytes": sum(map(len, results)), "photos": len(files)}


def cpu_seconds(own: bool = True) -> float:
    """User + system CPU of every descendant this process has waited for (worker pools, the child export), and of
    this process itself when ``own`` (the embedded floor zips here; during the export only the memory sampler runs
    here, which is not the export's work).

    CPU time hardly grows when other programs share the cores, so its ratio to the floor's is the load-proof view
    of the extra work (hashing originals, cache writes) that the wall-clock ratio shows only on a quiet machine.
    """
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = children.ru_utime + children.ru_stime
    if own:
        mine = resource.getrusage(resource.RUSAGE_SELF)
        total += mine.ru_utime + mine.ru_stime
    return total


def run_floor(corpus: Path, size: int, work: Path) -> tuple[dict, str]:
    zip_path = work / "floor.zip"
    if SHARED_FLOOR.is_file():
        out = subprocess.run(
            [
                sys.executable,
                str(SHARED_FLOOR),
                str(corpus),
                "--size",
                str(size),
                "--procs",
                "2",
                "--zip",
                str(zip_path),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return json.loads(out.strip().splitlines()[-1]), str(SHARED_FLOOR)
    return embedded_floor(corpus, size, zip_path), "embedded copy of pillow_floor (../shared/bench not found)"


# --- the export, in a child process -------------------------------------------------------------------------------


def child(corpus: Path, out: Path, use_cache: bool = True) -> None:
    from editor.export.build import build_document
    from editor.export.docx import export_docx
    from editor.export.options import DocxOptions
    from editor.storage.documents import open_article
    from editor.text.profile import default_profile

    if not use_cache:  # diagnosis: what the rendition cache (hashing originals, writing renditions) costs
        from editor.export.docx import photos

        photos.rendition_cache = lambda: None
    with open_article(corpus / "article.json") as opened:
        t0 = time.perf_counter()
        doc = build_document(opened.article, opened.photos, default_profile())
        for _step in export_docx(doc, out, DocxOptions()):
            pass
        wall = time.perf_counter() - t0
    print(json.dumps({"wall_s": round(wall, 3)}))


def child_pipeline(corpus: Path) -> None:
    """The photo pipeline alone with the export's own recipes: separates its share from the writer's."""
    from editor.export.build import build_document
    from editor.export.docx.photos import recipe_for
    from editor.export.docx.writer import prepare_template
    from editor.export.options import DocxOptions
    from editor.media.batch import render_many
    from editor.storage.documents import open_article
    from editor.text.profile import default_profile

    with open_article(corpus / "article.json") as opened:
        doc = build_document(opened.article, opened.photos, default_profile())
        _document, _ids, geometry = prepare_template(doc, DocxOptions())
        jobs = [(f.photo_path, recipe_for(f, geometry, 85)) for f in doc.figures]
        t0 = time.perf_counter()
        size = sum(len(r.data) for _i, r in render_many(jobs))  # type: ignore[union-attr]
        print(json.dumps({"wall_s": round(time.perf_counter() - t0, 3), "bytes": size}))


def _tree_memory(root: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of ``root`` and all its descendants, from /proc.

    RSS counts pages shared by forked workers once per process; PSS splits them among the sharers, so the sum of
    PSS is the memory the export really holds. Both are reported.
    """
    rss = pss = 0
    todo, page = [root], os.sysconf("SC_PAGE_SIZE")
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                rss += int(f.read().split()[1]) * page
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return rss, pss


def run_export(corpus: Path, out: Path, cache: Path, use_cache: bool = True, sample_memory: bool = False) -> dict:
    """One export in a child process. ``sample_memory`` reads the tree's memory every 20 ms meanwhile: that costs
    about a fifth of a core (smaps_rollup walks page tables), which the export's two workers then lack, so timed
    runs go unsampled, as the floor does, and memory comes from a run of its own."""
    env = {**os.environ, "BANTHAO_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    command = [sys.executable, __file__, "--child", str(corpus), "--out", str(out)]
    proc = subprocess.Popen(
        [*command, *([] if use_cache else ["--no-cache"])], env=env, stdout=subprocess.PIPE, text=True
    )
    peak_rss = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not done.is_set():
            rss, pss = _tree_memory(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    t0 = time.perf_counter()
    stdout, _ = proc.communicate()
    process_wall = time.perf_counter() - t0
    done.set()
    if sample_memory:
        sampler.join()
    if proc.returncode:
        raise SystemExit(f"export failed with exit code {proc.returncode}")
    result = json.loads(stdout.strip().splitlines()[-1])
    with zipfile.ZipFile(out) as package:
        media = sum(i.file_size for i in package.infolist() if i.filename.startswith("word/media/"))
    result.update(process_wall_s=round(process_wall, 3), docx_bytes=out.stat().st_size, rendition_bytes=media)
    if sample_memory:
        result.update(
            peak_tree_rss_mb=round(peak_rss / 2**20, 1),
            peak_tree_pss_mb=round(peak_pss / 2**20, 1),
            max_rss_largest_child_mb=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        )
    return result


def rendition_long_side() -> int:
    from editor.export.docx.photos import FrameGeometry
    from editor.export.docx.writer import prepare_template
    from editor.export.ir import IRDocument
    from editor.export.options import DocxOptions
    from editor.model.article import Layout

    empty = IRDocument("vi", "", "", "", "", None, "", (), *(None, None), (), "", "", (), (), "", "")  # type: ignore[arg-type]
    _document, _ids, geometry = prepare_template(empty, DocxOptions())
    assert isinstance(geometry, FrameGeometry)
    return max(geometry.pixels(Layout.FULL))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--warm", action="store_true", help="also time a second export with the cache filled")
    parser.add_argument("--keep", type=Path, help="keep the exported DOCX here")
    parser.add_argument("--no-cache", action="store_true", help="export without the rendition cache (diagnosis)")
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="also time the photo pipeline alone (render_many with the export's recipes)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-pipeline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.corpus, args.out, use_cache=not args.no_cache)
        return 0
    if args.child_pipeline:
        child_pipeline(args.corpus)
        return 0
    sys.path.insert(0, str(REPO))
    size = rendition_long_side()
    floors: list[dict] = []
    exports: list[dict] = []
    pipelines: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-docx-") as tmp:
        work = Path(tmp)
        source = ""
        for i in range(args.repeat):
            cpu0 = cpu_seconds()
            floor, source = run_floor(args.corpus, size, work)
            floor["cpu_s"] = round(cpu_seconds() - cpu0, 3)
            floors.append(floor)
            print(json.dumps({"run": i, "floor": floor}))
            cpu0 = cpu_seconds(own=False)
            export = run_export(args.corpus, work / "bench.docx", work / f"cache-{i}", use_cache=not args.no_cache)
            export["cpu_s"] = round(cpu_seconds(own=False) - cpu0, 3)  # includes the child's start-up and imports
            exports.append(export)
            print(json.dumps({"run": i, "export": export}))
            if args.pipeline:
                env = {**os.environ, "PYTHONPATH": str(REPO)}
                out = subprocess.run(
                    [sys.executable, __file__, "--child-pipeline", str(args.corpus)],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                pipelines.append(json.loads(out.strip().splitlines()[-1]))
                print(json.dumps({"run": i, "pipeline_alone": pipelines[-1]}))
        memory = run_export(args.corpus, work / "memory.docx", work / "cache-memory", not args.no_cache, True)
        print(json.dumps({"memory_run": memory}))
        if args.warm:
            warm = run_export(args.corpus, work / "bench.docx", work / f"cache-{args.repeat - 1}")
            print(json.dumps({"warm_export": warm}))
        if args.keep:
            args.keep.write_bytes((work / "bench.docx").read_bytes())
    floor_s = min(f["wall_s"] for f in floors)
    best = min(exports, key=lambda e: e["wall_s"])
    print(f"floor ({source}), size {size}px, 2 processes: {floor_s:.2f} s, {floors[0]['out_bytes'] / 1e6:.1f} MB")
    print(f"export (cold cache): {best['wall_s']:.2f} s in-process, {best['process_wall_s']:.2f} s with start-up")
    pairs = ", ".join(f"{e['wall_s'] / f['wall_s']:.2f}" for f, e in zip(floors, exports, strict=True))
    print(
        f"time ratio export/floor: {best['wall_s'] / floor_s:.2f} best against best (goal <= 1.1); "
        f"run by run: {pairs}; machine load average now {os.getloadavg()[0]:.1f}"
    )
    cpu_ratio = min(e["cpu_s"] for e in exports) / min(f["cpu_s"] for f in floors)
    print(
        f"CPU time (user+sys, all processes) export/floor: {cpu_ratio:.2f} "
        f"({min(e['cpu_s'] for e in exports):.2f} s / {min(f['cpu_s'] for f in floors):.2f} s; the export's "
        "includes its process start-up and imports; independent of other load on the machine)"
    )
    if pipelines:
        pipes = ", ".join(f"{p['wall_s'] / f['wall_s']:.2f}" for f, p in zip(floors, pipelines, strict=True))
        print(
            f"photo pipeline alone (render_many, export's recipes): {min(p['wall_s'] for p in pipelines):.2f} s; "
            f"ratio to the floor run by run: {pipes}"
        )
    print(
        f"DOCX {best['docx_bytes'] / 1e6:.2f} MB / renditions {best['rendition_bytes'] / 1e6:.2f} MB = "
        f"{best['docx_bytes'] / best['rendition_bytes']:.3f} (goal <= 1.1)"
    )
    print(
        f"peak memory of the whole process tree (a run of its own, sampled every 20 ms): "
        f"PSS {memory['peak_tree_pss_mb']:.0f} MB, RSS summed {memory['peak_tree_rss_mb']:.0f} MB (goal <= 600); "
        f"largest single process max RSS {memory['max_rss_largest_child_mb']:.0f} MB"
    )
    record("DOCX export of the benchmark article", best["wall_s"], "s", floor=floor_s, goal="≤ 1.1 × floor")
    record("DOCX export of the benchmark article, CPU time (all processes)", min(e["cpu_s"] for e in exports), "s",
           floor=min(f["cpu_s"] for f in floors), goal="≤ 1.1 × floor")  # fmt: skip
    record("DOCX size vs its embedded renditions", best["docx_bytes"] / 1e6, "MB",
           floor=best["rendition_bytes"] / 1e6, goal="≤ 1.1 × renditions")  # fmt: skip
    record("DOCX export peak memory, whole process tree (PSS)", memory["peak_tree_pss_mb"], "MB",
           goal="≤ 600 MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
