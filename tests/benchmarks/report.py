"""The one way benchmark scripts report headline figures, so run_all.py can print them as one table.

A script calls ``record(...)`` for each figure it prints; when BANTHAO_BENCH_JSON names a file (run_all.py sets it)
the figure is appended there as one JSON line. Run alone, a script just prints as usual.
"""

from __future__ import annotations

import json
import os


def record(figure: str, value: float, unit: str, *, floor: float | None = None, goal: str = "") -> None:
    """One headline figure; ``floor`` is the same-run floor in the same unit (the ratio is value / floor)."""
    target = os.environ.get("BANTHAO_BENCH_JSON")
    if not target:
        return
    row = {"figure": figure, "value": value, "unit": unit, "floor": floor, "goal": goal}
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
