"""What writing IPTC/XMP into every rendition costs: DOCX and HTML export of the benchmark article, with and without.

    .venv/bin/python tests/benchmarks/bench_rights.py CORPUS [--rounds 3]

CORPUS is the benchmark article (``../shared/bench/make_corpus.py``). Every photo is given full rights (creator,
credit, copyright, usage terms, web statement, digital source type, capture time) and a long caption. Each round
exports the same IR twice per format, in alternating order, each with a cold rendition cache: once as built (the
metadata written into every rendition) and once with the figures' metadata removed (the floor). The figure is the
ratio of the best times (goal ≤ 1.05). No assertions: machines differ, and this one is shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from report import record  # tests/benchmarks/report.py

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def _documents(corpus: Path) -> tuple[object, object]:
    from editor.export.build import build_document
    from editor.export.ir import IRFigure
    from editor.model.article import Figure
    from editor.model.rights import DigitalSourceType, Rights, SourceKind
    from editor.storage.documents import open_article
    from editor.text.profile import default_profile

    rights = Rights(creator="Nguyễn Thị Vân Anh", copyright="© Báo Quảng Ninh 2020", usage_terms="Chỉ dùng cho bài này",
                    license_url="https://baoquangninh.vn/ban-quyen", source=SourceKind.STAFF,
                    digital_source_type=DigitalSourceType.DIGITAL_CAPTURE,
                    taken=datetime(2020, 12, 19, 8, 30, tzinfo=timezone(timedelta(hours=7))))  # fmt: skip
    opened = open_article(corpus)
    body = tuple(
        replace(b, rights=rights, caption=b.caption or "Người dân nhận quà tại nhà văn hóa khu phố.")
        if isinstance(b, Figure)
        else b
        for b in opened.article.body
    )
    with_meta = build_document(replace(opened.article, body=body), opened.photos, default_profile())
    bare_blocks = tuple(replace(b, embed=None) if isinstance(b, IRFigure) else b for b in with_meta.blocks)
    return with_meta, replace(with_meta, blocks=bare_blocks)


def _export(fmt: str, doc: object, out_dir: Path) -> float:
    from editor.export.docx import export_docx
    from editor.export.html import export_html

    cache = out_dir / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["BANTHAO_CACHE_DIR"] = str(cache)  # cold: every rendition is made
    out = out_dir / f"bai.{fmt}"
    start = time.perf_counter()
    for _ in (export_docx if fmt == "docx" else export_html)(doc, out):  # type: ignore[operator]
        pass
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with_meta, bare = _documents(args.corpus)
    with tempfile.TemporaryDirectory(prefix="bench-rights-") as tmp:
        work = Path(tmp)
        for fmt in ("docx", "html"):
            times: dict[str, list[float]] = {"with": [], "without": []}
            for round_ in range(args.rounds):
                order = (("with", with_meta), ("without", bare))
                for label, doc in order if round_ % 2 == 0 else order[::-1]:
                    times[label].append(_export(fmt, doc, work))
                    print(f"{fmt} {label}: {times[label][-1]:.2f} s", flush=True)
            best_with, best_without = min(times["with"]), min(times["without"])
            ratio = best_with / best_without
            print(f"{fmt.upper()} export with metadata / without: {best_with:.2f} s / {best_without:.2f} s = "
                  f"{ratio:.3f} (goal ≤ 1.05)")  # fmt: skip
            record(f"{fmt.upper()} export, IPTC/XMP written", best_with, "s", floor=best_without, goal="≤ 1.05×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
