"""Find speed: every match of a syllable in a 10,000-chữ article with 30 captions and credits.

Run: ``.venv/bin/python tests/benchmarks/bench_find.py`` (a script, not a test). The goal is ≤ 30 ms per find, with
and without "ignore diacritics". The floor, measured in the same run, is a plain ``str.find`` loop over the same
texts (lower-cased in advance), so the ratio says what the Vietnamese folding and the places cost.
"""

from __future__ import annotations

import random
import statistics
import time

from report import record  # tests/benchmarks/report.py: one table for run_all.py

from editor.checks.find import FindOptions, find, searchable
from editor.model.article import Article, Figure, Heading, Paragraph, Span

WORDS = [
    "người",
    "dân",
    "đang",
    "hiến",
    "đất",
    "làm",
    "đường",
    "Đảng",
    "bộ",
    "xã",
    "dạng",
    "thức",
    "mới",
    "ở",
    "Uông",
    "Bí",
    "thành",
    "phố",
    "tỉnh",
    "ủy",
    "phường",
    "hộ",
    "nghèo",
    "cán",
    "bộ",
    "kinh",
    "tế",
    "phát",
    "triển",
    "nông",
    "thôn",
    "năm",
    "nay",
    "công",
    "trình",
    "giao",
    "thông",
    "được",
    "triển",
    "khai",
    "hiệu",
    "quả",
    "thủy",
    "lợi",
    "trường",
    "học",
]
REPEATS = 21


def article(seed: int = 7, words: int = 10_000, photos: int = 30) -> Article:
    rng = random.Random(seed)
    body: list = []
    per_paragraph = 60
    for i in range(words // per_paragraph):
        text = " ".join(rng.choice(WORDS) for _ in range(per_paragraph)) + "."
        body.append(Heading(text[:40]) if i % 12 == 11 else Paragraph((Span(text[:100]), Span(text[100:], bold=True))))
        if i % 5 == 4 and sum(isinstance(b, Figure) for b in body) < photos:
            caption = " ".join(rng.choice(WORDS) for _ in range(25))
            body.append(Figure(f"images/p{i:02d}.jpg", caption=caption, credit="Ảnh: Đặng Văn Dũng"))
    while sum(isinstance(b, Figure) for b in body) < photos:
        body.append(Figure("images/extra.jpg", caption="Người dân đang chờ", credit="Ảnh: TTXVN"))
    return Article(
        title="Đảng bộ xã đang họp", kicker="Nông thôn mới", sapo="Người dân đang hiến đất.", body=tuple(body)
    )


def median_ms(fn) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    doc = article()
    texts = [text.lower() for _, text in searchable(doc)]
    chu = sum(len(t.split()) for t in texts)

    def floor() -> int:
        count = 0
        for text in texts:
            at = text.find("đang")
            while at >= 0:
                count += 1
                at = text.find("đang", at + 4)
        return count

    floor_ms = median_ms(floor)
    exact = median_ms(lambda: find(doc, "đang"))
    loose = median_ms(lambda: find(doc, "dang", FindOptions(ignore_diacritics=True)))
    whole = median_ms(lambda: find(doc, "dang", FindOptions(ignore_diacritics=True, whole_syllables=True)))
    print(f"article: {chu} chữ, {len(texts)} fields, 30 photos; matches exact {len(find(doc, 'đang'))}, "
          f"ignoring diacritics {len(find(doc, 'dang', FindOptions(ignore_diacritics=True)))}")  # fmt: skip
    print(f"floor (str.find loop, pre-lowered): {floor_ms:.2f} ms")
    for label, value in (("exact", exact), ("ignore diacritics", loose), ("ignore diacritics + whole", whole)):
        print(f"find {label}: {value:.2f} ms ({value / floor_ms:.1f}× floor; goal ≤ 30 ms)")
    record("find, 10,000 chữ + 30 captions", exact, "ms", floor=floor_ms, goal="≤ 30 ms")
    record("find ignoring diacritics, 10,000 chữ + 30 captions", loose, "ms", floor=floor_ms, goal="≤ 30 ms")


if __name__ == "__main__":
    main()
