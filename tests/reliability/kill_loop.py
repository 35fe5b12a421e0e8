"""Kill an export (or a save) at random moments and check that no partial output is ever left behind.

Used by tests/reliability/test_kill_during_export.py (a few dozen rounds) and runnable on its own for hundreds:
    python tests/reliability/kill_loop.py --rounds 300 [--format docx|html|both]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from report import record

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"


@dataclass
class KillStats:
    rounds: int = 0
    killed_mid_way: int = 0
    completed: int = 0
    partial_outputs: int = 0
    failures: int = 0  # the export exited non-zero without being killed
    orphans: int = 0  # worker processes still alive 5 s after their export was killed


def _processes_mentioning(text: str) -> list[int]:
    """Pids whose command line holds ``text`` (Linux /proc; empty elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def output_is_complete(out: Path) -> bool:
    if out.suffix == ".docx":
        try:
            with zipfile.ZipFile(out) as archive:
                return archive.testzip() is None and "word/document.xml" in archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return False
    text = out.read_text(encoding="utf-8", errors="replace")
    return text.rstrip().endswith("</html>")


def _export(out: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "export", str(SAMPLE), "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip


def kill_loop(work: Path, fmt: str, rounds: int, seed: int = 1, max_delay: float | None = None) -> KillStats:
    """``rounds`` exports of the sample, each killed after a random delay up to ``max_delay`` seconds (by default
    1.1 × the time one export takes here, measured first, so kills land all through an export's life)."""
    rng = random.Random(seed)
    stats = KillStats()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if max_delay is None:
        start = time.perf_counter()
        _export(work / f"timing.{fmt}", env).wait()
        max_delay = 1.1 * (time.perf_counter() - start)
    for i in range(rounds):
        out = work / f"round{i}.{fmt}"
        child = _export(out, env)
        time.sleep(rng.uniform(0, max_delay))
        finished = child.poll() is not None
        if not finished:
            child.kill()
        child.wait()
        stats.rounds += 1
        if finished:
            stats.completed += 1
            if child.returncode != 0:
                stats.failures += 1
        else:
            stats.killed_mid_way += 1
        if out.exists() and not output_is_complete(out):
            stats.partial_outputs += 1
        deadline = time.monotonic() + 5
        while _processes_mentioning(str(out)) and time.monotonic() < deadline:
            time.sleep(0.1)
        stats.orphans += len(_processes_mentioning(str(out)))
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--format", choices=["docx", "html", "both"], default="both")
    args = parser.parse_args()
    import tempfile

    for fmt in ("docx", "html") if args.format == "both" else (args.format,):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["BANTHAO_CACHE_DIR"] = str(Path(tmp) / "cache")  # not the user's cache
            stats = kill_loop(Path(tmp), fmt, args.rounds)
        print(f"{fmt}: {stats}")
        record(f"kill during {fmt.upper()} export: partial outputs + orphans + failures in {stats.rounds} rounds "
               f"({stats.killed_mid_way} killed mid-way)", stats.partial_outputs + stats.orphans + stats.failures,
               "", goal="0")  # fmt: skip


if __name__ == "__main__":
    main()
