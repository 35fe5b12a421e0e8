"""VIETNAMESE.md § Spell checking: hunspell vi_VN via spylls, new-style lookups, names, offsets, speed."""

from __future__ import annotations

import random
import shutil
import unicodedata
from pathlib import Path

import pytest

from editor.text.spell import UNAVAILABLE, Misspelling, SpellChecker, find_dictionary

DICTIONARY = find_dictionary()
needs_dictionary = pytest.mark.skipif(
    DICTIONARY is None,
    reason="no hunspell vi_VN dictionary (Debian: apt-get install hunspell-vi): spell checking unavailable",
)


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    assert DICTIONARY is not None
    return SpellChecker.open(DICTIONARY)


# -- without a dictionary (always runs) ----------------------------------------------------------------------
def test_without_dictionary_the_feature_reports_unavailable_and_stays_off(tmp_path: Path) -> None:
    off = SpellChecker.open(tmp_path / "vi_VN")
    assert not off.available
    assert off.unavailable_reason
    assert off.check("nguời thươg xyzq") == []
    assert off.suggest("nguời") == []
    assert find_dictionary([tmp_path]) is None
    assert SpellChecker(None).unavailable_reason == UNAVAILABLE.render()


def test_broken_dictionary_reports_unavailable_instead_of_crashing(tmp_path: Path) -> None:
    (tmp_path / "vi_VN.aff").write_bytes(b"SET UTF-8\nPFX A Y 1\nPFX A 0 \xff\xfe .\n")
    (tmp_path / "vi_VN.dic").write_bytes(b"not a number\n")
    broken = SpellChecker.open(tmp_path / "vi_VN")
    if not broken.available:
        assert str(tmp_path) in broken.unavailable_reason


# -- with the dictionary -------------------------------------------------------------------------------------
@needs_dictionary
def test_rule_spell_check_loads_vi_vn_quickly_through_spylls() -> None:
    from editor.text.spell import _load

    _load.cache_clear()
    fresh = SpellChecker.open(DICTIONARY)  # load time is a figure of tests/benchmarks/bench_spell.py, not a test
    assert fresh.available and fresh.source == DICTIONARY


@needs_dictionary
def test_rule_spell_check_catches_impossible_syllables(checker: SpellChecker) -> None:
    text = "Người dân hiến đất làm đường, nguời thươg xyq."
    assert checker.check(text) == [
        Misspelling(30, 35, "nguời"),
        Misspelling(36, 41, "thươg"),
        Misspelling(42, 45, "xyq"),
    ]


@needs_dictionary
def test_rule_old_style_tone_placement_is_not_flagged(checker: SpellChecker) -> None:
    assert checker.check("hòa khỏe thủy tỏa Hòa HÒA hoà khoẻ thuỷ toả") == []


@needs_dictionary
def test_spans_are_offsets_in_the_original_nfd_text(checker: SpellChecker) -> None:
    text = unicodedata.normalize("NFD", "Sức lan tỏa, nguời dân")
    found = checker.check(text)
    assert len(found) == 1
    start, end = found[0].start, found[0].end
    assert text[start:end] == found[0].word
    assert unicodedata.normalize("NFC", text[start:end]) == "nguời"


@needs_dictionary
def test_rule_user_list_for_names_with_case_handling() -> None:
    names = SpellChecker.open(DICTIONARY)
    assert [m.word for m in names.check("Khuổi Nậm")] == ["Khuổi"]
    names.add_word("Khuổi")
    assert names.check("Khuổi Nậm, KHUỔI NẬM") == []
    assert [m.word for m in names.check("khuổi")] == ["khuổi"]  # a name added with a capital stays a name
    names.add_word("xoong")
    assert names.check("xoong Xoong XOONG") == []
    names.remove_word("Khuổi")
    assert [m.word for m in names.check("Khuổi")] == ["Khuổi"]
    assert "xoong" in names.user_words
    preset = SpellChecker.open(DICTIONARY, user_words=["Khuổi"])
    assert preset.check("Khuổi Nậm") == []


@needs_dictionary
def test_user_word_in_old_tone_style_accepts_both_styles() -> None:
    names = SpellChecker.open(DICTIONARY, user_words=["Tlòa"])  # a made-up name, typed in the old style
    assert names.check("Tlòa Tloà TLÒA") == []
    assert [m.word for m in names.check("tlòa")] == ["tlòa"]


@needs_dictionary
def test_codes_acronyms_links_and_foreign_words_are_not_flagged(checker: SpellChecker) -> None:
    text = "MTTQ, TTHC, UBND, GDP, H5N1, COVID-19, 10km, Facebook, Zalo, smartphone, vnexpress.net, a@b.vn"
    assert checker.check(text) == []


@needs_dictionary
def test_suggestions_in_house_tone_style(checker: SpellChecker) -> None:
    assert "người" in checker.suggest("nguời")
    assert "nghiêng" in checker.suggest("nghiêgn")
    old = SpellChecker.open(DICTIONARY, tone_style="old")
    new = SpellChecker.open(DICTIONARY, tone_style="new")
    assert "hòa" in old.suggest("hoàa") and "hoà" not in old.suggest("hoàa")
    assert "hoà" in new.suggest("hoàa") and "hòa" not in new.suggest("hoàa")
    assert len(checker.suggest("nguời", limit=3)) <= 3


@needs_dictionary
def test_dictionary_found_through_environment_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert DICTIONARY is not None
    for ext in (".dic", ".aff"):
        shutil.copy(DICTIONARY.with_suffix(ext), tmp_path / f"vi_VN{ext}")
    monkeypatch.setenv("BANTHAO_DICTIONARY_DIR", str(tmp_path))
    assert find_dictionary() == tmp_path / "vi_VN"


@needs_dictionary
def test_spell_check_of_1000_dictionary_words_flags_none() -> None:
    """The speed of this check is measured by tests/benchmarks/bench_spell.py (no timing assertions in tests)."""
    words = DICTIONARY.with_suffix(".dic").read_text(encoding="utf-8").split()[1:]
    pool = [w.split("/")[0] for w in words if w[:1].islower()]
    rng = random.Random(7)
    text = " ".join(rng.choice(pool) + ("." if i % 15 == 14 else "") for i in range(1000))
    fresh = SpellChecker.open(DICTIONARY)  # the per-syllable cache starts empty
    assert fresh.check(text) == []
    misspelt = fresh.check(text + " nguời")
    assert [(m.word, m.start) for m in misspelt] == [("nguời", len(text) + 1)]


@needs_dictionary
def test_units_after_numbers_are_not_flagged(checker: SpellChecker) -> None:
    assert checker.check("hiến gần 1.200 m² đất, mở rộng 40 km đường, 5 kg gạo") == []
    assert [m.word for m in checker.check("chữ km lạc")] == ["km"]


@needs_dictionary
def test_built_in_place_name_syllables_are_accepted_as_names_only(checker: SpellChecker) -> None:
    assert checker.check("Uông Bí, Đắk Lắk, Buôn Ma Thuột, Kon Tum, HUẾ") == []
    assert [m.word for m in checker.check("uông")] == ["uông"]  # a name, not a common word
