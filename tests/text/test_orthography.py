"""The dictionary-free spell checker: Vietnamese spelling rules, measured against the hunspell vi_VN dictionary."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from editor.text.orthography import SyllableRules, is_legal_syllable, suggestions
from editor.text.spell import SpellChecker, find_dictionary

REPO = Path(__file__).resolve().parents[2]
DICTIONARY = find_dictionary()
# Entries of Debian's vi_VN.dic that the rules reject, each a dictionary gap we accept: rare dialect or misspelt
# forms (quoàng, quấc, quếu, têt without its tone), fragments of loanwords (basoi, palăng, gip, tout) and an acronym
# with a vowel (VISCII).
ACCEPTED_GAPS = {"VISCII", "basoi", "gip", "palăng", "quoàng", "quoạng", "quoắt", "quấc", "quếu", "quều", "tout", "têt"}


@pytest.mark.parametrize(
    "word",
    [
        "nghiêng",
        "quốc",
        "giữa",
        "gìn",
        "gì",
        "khuỷu",
        "Thuở",
        "thuyền",
        "hoàng",
        "hoạch",
        "quý",
        "quyết",
        "yêu",
        "khoẻ",
        "khỏe",
        "hòa",
        "hoà",
        "kiếm",
        "ghế",
        "nghĩ",
        "giếng",
        "xoong",
        "QUỐC",
        "thủy",
        "thuỷ",
        "của",
        "ngoài",
        "được",
        "cứu",
        "Uông",
        "lạnh",
        "oẳn",
        "uống",
    ],
)
def test_legal_syllables(word: str) -> None:
    assert is_legal_syllable(word)


@pytest.mark.parametrize(
    ("word", "rule"),
    [
        ("ngiêng", "ngh before i"),
        ("nghà", "ng before a"),
        ("kà", "c before a"),
        ("cí", "k before i"),
        ("ghà", "g before a"),
        ("gế", "gh before ê"),
        ("hoàt", "a stop rhyme takes sắc or nặng only"),
        ("lạnhh", "no such rhyme"),
        ("táa", "no such rhyme"),
        ("quá́", "two tone marks"),
        ("cuốc2", "not a word"),
        ("iên", "alone iê is written yê"),
        ("tyên", "after a consonant yê is written iê"),
        ("thươg", "no such rhyme"),
        ("nguời", "no such rhyme"),
        ("hello", "no such rhyme"),
        ("đựơc", "the tone of ươ stands on ơ in every style"),
        ("hóang", "a closed oa takes the tone on a"),
        ("qúa", "the u of qu never carries the tone"),
    ],
)
def test_illegal_syllables(word: str, rule: str) -> None:
    assert not is_legal_syllable(word), rule


def test_suggestions_are_legal_and_put_the_intended_word_first() -> None:
    assert suggestions("thươg")[:3] and all(is_legal_syllable(s) for s in suggestions("thươg"))
    assert "người" in suggestions("nguời")
    assert suggestions("hoàt")[0] in ("hoát", "hoạt")
    assert suggestions("Kà")[0][0].isupper()


def test_without_a_dictionary_the_rules_check_spelling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("editor.text.spell.dictionary_dirs", lambda: [tmp_path])
    checker = SpellChecker.open()
    assert checker.available and checker.uses_rules
    text = "Người dân hiến đất làm đuờng, nguời nghèo đựơc hỗ trợ."
    assert [m.word for m in checker.check(text)] == ["đuờng", "nguời", "đựơc"]
    assert "người" in checker.suggest("nguời")
    checker.add_word("Pắc")  # a name the reporter adds is accepted, as with the dictionary
    assert checker.check("ở Pắc Bó") == []


def _prose_of_samples() -> list[str]:
    """Every text of the bundled sample article and of the test fixtures' sample document."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("image", "url", "id", "profile", "published", "layout", "position", "href"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads((REPO / "resources" / "sample" / "article.json").read_text(encoding="utf-8")))
    tree = ast.parse((REPO / "tests" / "export_html" / "fixtures.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "sample_document":
            calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)]
            values = [a for c in calls for a in (*c.args, *(k.value for k in c.keywords))]
            texts += [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return [t for t in texts if " " in t and "://" not in t]


def test_no_false_alarm_on_the_sample_articles() -> None:
    rules = SpellChecker(SyllableRules())
    flagged = {m.word for text in _prose_of_samples() for m in rules.check(text)}
    assert flagged == set()


@pytest.mark.skipif(DICTIONARY is None, reason="no hunspell vi_VN dictionary (Debian: apt-get install hunspell-vi)")
def test_agreement_with_the_hunspell_dictionary() -> None:
    assert DICTIONARY is not None
    entries = DICTIONARY.with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1:]
    words = [e.split("/")[0].strip() for e in entries if e.strip()]
    rules = SpellChecker(SyllableRules())
    rejected = {w for w in words if not rules.is_correct(w)}
    agreement = 1 - len(rejected) / len(words)
    print(f"syllable rules accept {len(words) - len(rejected)} of {len(words)} dictionary words ({agreement:.2%})")
    assert rejected <= ACCEPTED_GAPS, sorted(rejected - ACCEPTED_GAPS)
    assert agreement >= 0.995
    hunspell = SpellChecker.open(DICTIONARY)
    sample_words = {m for text in _prose_of_samples() for m in text.split()}
    assert {w for w in sample_words if not hunspell.check(w) and rules.check(w)} == set()


def test_the_lookup_table_spells_out_exactly_the_rules() -> None:
    from editor.text.orthography import legal_syllables

    table = legal_syllables()
    assert all(is_legal_syllable(word) for word in table)
    for word in ("nghiêng", "quốc", "giữa", "gìn", "khuỷu", "thuở", "hoà", "hòa", "được", "yêu", "xoong"):
        assert word in table, word
    for word in ("ngiêng", "kà", "hoàt", "đựơc", "iên"):
        assert word not in table, word
