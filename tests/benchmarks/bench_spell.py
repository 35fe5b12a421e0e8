"""Spell-check speed: dictionary load time and the check of a generated 1,000-word Vietnamese article.

Run: ``.venv/bin/python tests/benchmarks/bench_spell.py`` (a script, not a test). The target is < 100 ms
for the first check of an article by a loaded checker (the per-syllable cache starts empty every repeat), and
≤ 10 ms for the dictionary-free syllable rules.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from report import record  # tests/benchmarks/report.py: one table for run_all.py

from editor.text.orthography import SyllableRules, is_legal_syllable, legal_syllables
from editor.text.spell import SpellChecker, find_dictionary

COMMON = (
    "người dân hiến đất làm đường sức lan tỏa ở Uông Bí thành phố tỉnh ủy HĐND phường xã hộ nghèo cán bộ "
    "kinh tế xã hội phát triển nông thôn mới năm nay công trình giao thông được triển khai hiệu quả thủy lợi "
    "trường học trạm y tế nhà văn hóa khu dân cư đời sống vật chất tinh thần của nhân dân ngày càng nâng cao "
    "thực hiện chủ trương Đảng chính sách pháp luật Nhà nước quy hoạch đầu tư xây dựng doanh nghiệp du lịch "
    "hòa khỏe thuyền khuỷu thuở giữa quý hoàng hoạch nguời thươg"
)
SYLLABLES = COMMON.split(" ")
REPEATS = 15


def article(seed: int, pool: list[str], words: int = 1000) -> str:
    """Common words half the time, rarer dictionary syllables otherwise (~450 distinct, like an article)."""
    rng = random.Random(seed)
    rare = rng.sample(pool, min(400, len(pool)))
    out = []
    for i in range(words):
        word = rng.choice(SYLLABLES) if rng.random() < 0.5 else rng.choice(rare)
        out.append(word + ("." if i % 17 == 16 else ""))
    return " ".join(out)


def bench_rules(pool: list[str]) -> None:
    """The dictionary-free checker (editor.text.orthography): every repeat starts with empty caches."""
    texts = [article(seed, pool) for seed in range(REPEATS)]
    legal_syllables.cache_clear()
    t0 = time.perf_counter()
    SyllableRules()
    load = time.perf_counter() - t0
    print(f"syllable rules, table built in {load * 1000:.1f} ms (once, like a dictionary load)")
    record("spell syllable-rules table build", load * 1000, "ms")
    cold = []
    for text in texts:
        is_legal_syllable.cache_clear()
        checker = SpellChecker(SyllableRules())
        t = time.perf_counter()
        checker.check(text)
        cold.append(time.perf_counter() - t)
    median = statistics.median(cold) * 1000
    print(f"syllable rules, check 1,000 words, empty cache: median {median:.2f} ms, max {max(cold) * 1000:.2f} ms")
    record("spell check of 1,000 words, syllable rules (empty cache, median)", median, "ms", goal="≤ 10 ms")


def main() -> int:
    base = find_dictionary()
    if base is None:
        print("no vi_VN dictionary found: only the syllable rules are measured")
        bench_rules(SYLLABLES)
        return 0
    t0 = time.perf_counter()
    checker = SpellChecker.open(base)
    load = time.perf_counter() - t0
    entries = base.with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1:]
    pool = [e.split("/")[0] for e in entries if e and e[0].islower()]
    texts = [article(seed, pool) for seed in range(REPEATS)]
    cold, warm = [], []
    for text in texts:
        checker = SpellChecker.open(base)  # fresh per-syllable cache (the dictionary itself is shared)
        t = time.perf_counter()
        found = checker.check(text)
        cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        checker.check(text)
        warm.append(time.perf_counter() - t)
    print(f"dictionary: {base}")
    print(f"load: {load * 1000:.1f} ms")
    median, worst = statistics.median(cold) * 1000, max(cold) * 1000
    print(f"check 1,000 words, empty cache: median {median:.2f} ms, max {worst:.2f} ms")
    print(f"check 1,000 words, warm cache:  median {statistics.median(warm) * 1000:.2f} ms")
    print(f"misspellings in the last article: {len(found)}")
    record("spell check of 1,000 words (empty cache, median)", median, "ms", goal="< 100 ms")
    record("spell dictionary load", load * 1000, "ms")
    bench_rules(pool)
    return 0


if __name__ == "__main__":
    sys.exit(main())
