"""Hand-off versions and tracked changes: DOCX size, diff time, versions list time.

Usage: python tests/benchmarks/bench_changes.py CORPUS [--repeat 20]
CORPUS is the benchmark article folder (``python ../shared/bench/make_corpus.py CORPUS``: 30 photos × 24 MP).

- size: a DOCX of the corpus article with 20 edits, tracked against the original, over the plain export of the
  edited article (goal ≤ 1.1; the renditions are shared, only the revision XML is extra).
- diff: comparing a 10,000-word (chữ) article with 50 edits (units + alignment + word pieces), median ms (goal
  ≤ 50 ms), against the floor of splitting both texts into words once.
- versions: listing a project holding 50 versions of the corpus article, median ms (goal ≤ 100 ms), against the
  floor of counting its rows; no photo bytes are read (the listing selects the small columns only).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from report import record  # tests/benchmarks/report.py: one table for run_all.py

from editor.diff import align, units_from_article
from editor.export.api import export
from editor.export.progress import run
from editor.handoff import export_changes
from editor.model import Paragraph, read_article_json
from editor.model.article import Article, Figure
from editor.model.interchange import article_to_json_text
from editor.storage.documents import json_to_project, open_article
from editor.storage.project import Project
from editor.storage.versions import list_versions
from editor.storage.versions import record as record_version

SYLLABLES = [
    "người",
    "dân",
    "phường",
    "xã",
    "hội",
    "đường",
    "làng",
    "nghề",
    "gốm",
    "lò",
    "nung",
    "năm",
    "tháng",
    "ngày",
    "mới",
    "cũ",
    "tăng",
    "giảm",
    "khoảng",
    "hơn",
    "trong",
    "ngoài",
    "chợ",
    "sông",
    "núi",
    "biển",
    "nhà",
    "văn",
    "hóa",
    "trẻ",
    "em",
    "học",
    "sinh",
    "công",
    "nhân",
]


def plain_export(source: Path, out: Path) -> None:
    with open_article(source) as opened:
        run(export(opened, out))


def _median_ms(work, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def twenty_edits(article: Article) -> Article:
    """Twenty edits spread over the article: words changed, a sentence added, two captions, one paragraph gone."""
    body = list(article.body)
    paragraphs = [i for i, b in enumerate(body) if isinstance(b, Paragraph) and len(b.text.split()) > 8]
    edits = 0
    for index in paragraphs[:16]:
        words = body[index].text.split()
        words[len(words) // 2] = "sửa"
        body[index] = Paragraph.plain(" ".join(words) + (" Câu mới." if edits % 5 == 0 else ""))
        edits += 1
    figures = [i for i, b in enumerate(body) if isinstance(b, Figure)]
    for index in figures[:2]:
        body[index] = replace(body[index], caption="Chú thích mới.")
        edits += 1
    if len(paragraphs) > 17:
        del body[paragraphs[17]]
        edits += 1
    return article.with_fields(body=tuple(body), title=article.title + " (cập nhật)")


def bench_size(corpus: Path, tmp: Path) -> None:
    original = corpus / "article.json"
    article = read_article_json(original)
    edited_json = corpus / "article-edited.json"
    edited_json.write_text(article_to_json_text(twenty_edits(article)), encoding="utf-8")
    try:
        plain, tracked = tmp / "plain.docx", tmp / "tracked.docx"
        start = time.perf_counter()
        plain_export(edited_json, plain)
        plain_s = time.perf_counter() - start
        start = time.perf_counter()
        run(export_changes(edited_json, tracked, original, author="Bench", when=datetime(2026, 1, 1, tzinfo=UTC)))
        tracked_s = time.perf_counter() - start
    finally:
        edited_json.unlink()
    ratio = tracked.stat().st_size / plain.stat().st_size
    extra = (tracked.stat().st_size - plain.stat().st_size) / 1e3
    print(f"size: tracked {tracked.stat().st_size / 1e6:.2f} MB / plain {plain.stat().st_size / 1e6:.2f} MB = "
          f"{ratio:.4f} ({extra:+.1f} KB of revisions; goal ≤ 1.1); time tracked {tracked_s:.1f} s, plain "
          f"{plain_s:.1f} s")  # fmt: skip
    record("tracked DOCX size / plain export", tracked.stat().st_size / 1e6, "MB", floor=plain.stat().st_size / 1e6,
           goal="≤ 1.1")  # fmt: skip


def long_article(words: int = 10_000, per_paragraph: int = 100) -> Article:
    rng = random.Random(15)
    body = [Paragraph.plain(" ".join(rng.choice(SYLLABLES) for _ in range(per_paragraph)).capitalize() + ".")
            for _ in range(words // per_paragraph)]  # fmt: skip
    return Article(title="Bài dài", body=tuple(body))


def fifty_edits(article: Article) -> Article:
    rng = random.Random(50)
    body = list(article.body)
    for _ in range(50):
        index = rng.randrange(len(body))
        words = body[index].text.split()
        words[rng.randrange(len(words))] = "khỏe"
        body[index] = Paragraph.plain(" ".join(words))
    return article.with_fields(body=tuple(body))


def bench_diff(repeat: int) -> None:
    old = long_article()
    new = fifty_edits(old)
    count = sum(len(b.text.split()) for b in old.body)
    changes = align(units_from_article(old), units_from_article(new))
    changed = sum(c.op != "equal" for c in changes)
    ms = _median_ms(lambda: align(units_from_article(old), units_from_article(new)), repeat)
    floor = _median_ms(lambda: [b.text.split() for a in (old, new) for b in a.body], repeat)
    print(f"diff: {count} words, 50 edits ({changed} paragraphs changed): {ms:.1f} ms (goal ≤ 50 ms); "
          f"floor (split both into words) {floor:.2f} ms, ratio {ms / floor:.0f}")  # fmt: skip
    record("diff 10,000-word article, 50 edits", ms, "ms", floor=floor, goal="≤ 50 ms")


def bench_versions(corpus: Path, tmp: Path, repeat: int) -> None:
    path = tmp / "versions.banthao"
    json_to_project(corpus / "article.json", path)
    with Project.open(path) as project:
        article = project.load()
        for index in range(50):
            record_version(project, article.with_fields(title=f"{article.title} {index}"),
                           file_name=f"bai-{index}.docx", fmt="docx", profile="bao-quang-ninh")  # fmt: skip
    with Project.open(path) as project:
        assert len(list_versions(project).versions) == 50
        ms = _median_ms(lambda: list_versions(project), repeat)
        floor = _median_ms(lambda: project._db.execute("SELECT count(*) FROM versions").fetchone(), repeat)
    size = path.stat().st_size / 1e6
    print(f"versions: list of 50 in a {size:.0f} MB project: {ms:.2f} ms (goal ≤ 100 ms); floor (count rows) "
          f"{floor:.3f} ms, ratio {ms / floor:.1f}")  # fmt: skip
    record("versions list, 50 versions", ms, "ms", floor=floor, goal="≤ 100 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    bench_diff(args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        bench_versions(args.corpus, Path(tmp), args.repeat)
        bench_size(args.corpus, Path(tmp))


if __name__ == "__main__":
    main()
