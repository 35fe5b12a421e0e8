"""Run every benchmark on the benchmark corpus and print one table: figure, floor, ratio, goal.

    python tests/benchmarks/run_all.py CORPUS [--quick] [--log FILE]

CORPUS is the benchmark article folder made by the team's generator (``python ../shared/bench/make_corpus.py CORPUS``:
30 photos × 24 MP). Each script runs in its own process, in turn, so they do not compete for the 2 cores; their full
output goes to the log (default: run_all.log beside the corpus). Figures are ratios against floors measured in the
same run; absolute times on a shared machine mean little.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def scripts(corpus: Path, quick: bool) -> list[tuple[str, list[str]]]:
    rounds = ["--rounds", "1"] if quick else []
    repeat = ["--repeat", "1" if quick else "3"]
    plan = [
        ("media (renditions, thumbnails, memory)",
         [str(HERE / "bench_media.py"), str(corpus), "--executor", "processes", *rounds]),
        ("DOCX export", [str(HERE / "bench_docx.py"), str(corpus), *repeat]),
        ("HTML export", [str(HERE / "bench_html.py"), str(corpus), *rounds]),
        ("photo metadata (IPTC/XMP) cost", [str(HERE / "bench_rights.py"), str(corpus), *rounds]),
        ("project autosave", [str(HERE / "bench_project.py"), str(corpus)]),
        ("versions and tracked changes", [str(HERE / "bench_changes.py"), str(corpus), *repeat]),
        ("spell check", [str(HERE / "bench_spell.py")]),
        ("find and replace", [str(HERE / "bench_find.py")]),
        ("pre-send checks, every rule", [str(HERE / "bench_checks.py")]),
        ("app (start-up, photo stall, typing)", [str(HERE / "bench_ui.py"), "--corpus", str(corpus)]),
        ("app: idle pre-rendering, Export click, re-export from the cache",
         [str(HERE / "bench_prerender.py"), str(corpus), "--runs", "1" if quick else "3"]),
        ("kill-during-save/export loops", [str(REPO / "tests" / "reliability" / "kill_loop.py"),
                                           "--rounds", "30" if quick else "200"]),
    ]  # fmt: skip
    return [(name, argv) for name, argv in plan if Path(argv[0]).exists()]


def _format(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--quick", action="store_true", help="one round each (noisier)")
    parser.add_argument("--log", type=Path)
    args = parser.parse_args()
    if not (args.corpus / "article.json").is_file():
        print(f"{args.corpus}: no article.json (make one with ../shared/bench/make_corpus.py)", file=sys.stderr)
        return 2
    log_path = args.log or args.corpus.parent / "run_all.log"
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", delete=False) as rows_file:
        rows_path = Path(rows_file.name)
    env = {**os.environ, "BANTHAO_BENCH_JSON": str(rows_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(REPO)}  # fmt: skip
    failed = []
    with log_path.open("w", encoding="utf-8") as log:
        for name, argv in scripts(args.corpus, args.quick):
            print(f"… {name}", file=sys.stderr, flush=True)
            log.write(f"\n===== {name}: {' '.join(argv)}\n")
            log.flush()
            start = time.perf_counter()
            done = subprocess.run([sys.executable, *argv], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO)
            log.write(f"===== exit {done.returncode} after {time.perf_counter() - start:.0f} s\n")
            if done.returncode != 0:
                failed.append(name)
    rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows_path.unlink()
    print("| figure | value | floor (same run) | ratio | goal |")
    print("|---|---|---|---|---|")
    for row in rows:
        ratio = row["value"] / row["floor"] if row["floor"] else None
        unit = row["unit"]
        floor = f"{_format(row['floor'])} {unit}" if row["floor"] is not None else "–"
        print(f"| {row['figure']} | {_format(row['value'])} {unit} | {floor} | {_format(ratio)} | {row['goal']} |")
    print(f"\nfull output: {log_path}")
    if failed:
        print(f"scripts that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
