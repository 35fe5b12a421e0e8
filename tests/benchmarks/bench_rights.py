"""What writing IPTC/XMP into every rendition costs: DOCX and HTML export of the benchmark article, with and without.

    .venv/bin/python tests/benchmarks/bench_rights.py CORPUS [--rounds 3]

CORPUS is the benchmark article (``../shared/bench/make_corpus.py``). Every photo is given full rights (creator,
credit, copyright, usage terms, web statement, digital source type, capture time) and a long caption. Each round
exports the same IR twice per format, in alternating order, each with a cold rendition cache: once as built (the
metadata written into every rendition) and once with the figures' metadata removed (the floor). Printed: the ratio
of the best times and the median of the rounds' paired ratios (goal ≤ 1.05).

On a shared machine two identical exports differ by far more than 5 %, so the script also measures the cost
directly in the same run: the time to write each figure's metadata into every rendition the bare export produced
(the exact bytes, best of 20), as a fraction of that export's time. No assertions: machines differ.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
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


def _renditions(fmt: str, out_dir: Path) -> list[tuple[int, str, bytes]]:
    """(figure number, ext, bytes) of every rendition the last export wrote."""
    if fmt == "docx":
        with zipfile.ZipFile(out_dir / "bai.docx") as docx:
            names = sorted(n for n in docx.namelist() if n.startswith("word/media/"))
            return [(i + 1, n.rsplit(".", 1)[-1].replace("jpeg", "jpg"), docx.read(n)) for i, n in enumerate(names)]
    files = sorted((out_dir / "bai_files").iterdir())
    return [(int(f.name[:2]), f.suffix[1:], f.read_bytes()) for f in files if f.name[:2].isdigit()]


def _embed_cost(doc: object, renditions: list[tuple[int, str, bytes]]) -> float:
    from editor.media.embed import embed_metadata

    metas = {f.number: f.embed for f in doc.figures}  # type: ignore[attr-defined]
    best = float("inf")
    for _ in range(20):
        start = time.perf_counter()
        for number, ext, data in renditions:
            embed_metadata(data, ext, metas[number])
        best = min(best, time.perf_counter() - start)
    return best


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
            costs = []
            for round_ in range(args.rounds):
                order = (("with", with_meta), ("without", bare))
                for label, doc in order if round_ % 2 == 0 else order[::-1]:
                    times[label].append(_export(fmt, doc, work))
                    print(f"{fmt} {label}: {times[label][-1]:.2f} s", flush=True)
                    if label == "without":
                        costs.append(_embed_cost(with_meta, _renditions(fmt, work)) / times[label][-1])
            best_with, best_without = min(times["with"]), min(times["without"])
            paired = statistics.median(w / o for w, o in zip(times["with"], times["without"], strict=True))
            print(f"{fmt.upper()} export with metadata / without: best {best_with:.2f} s / {best_without:.2f} s = "
                  f"{best_with / best_without:.3f}; median of paired rounds {paired:.3f} (goal ≤ 1.05)")  # fmt: skip
            cost = max(costs)
            print(f"{fmt.upper()} metadata writing measured directly: {cost * 100:.3f} % of the export (goal ≤ 5 %)")
            record(f"{fmt.upper()} export, IPTC/XMP written", best_with, "s", floor=best_without, goal="≤ 1.05×")
            record(f"{fmt.upper()} IPTC/XMP writing, share of export", round(cost * 100, 4), "%", goal="≤ 5 %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
