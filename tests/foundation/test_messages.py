"""The message catalogue: every code renders in both languages, and errors render at show time."""

from __future__ import annotations

import string

import pytest

from editor.errors import InputError
from editor.messages import current_language, msg, render, set_language
from editor.messages.catalogue import CATALOGUE


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_renders_in_both_languages(code: str) -> None:
    vi, en = CATALOGUE[code]
    assert vi.strip() and en.strip(), code
    assert _fields(vi) == _fields(en), f"{code}: the two languages take different arguments"
    args = {name: f"<{name}>" for name in _fields(vi)}
    for language in ("vi", "en"):
        text = render(msg(code, **args), language)
        assert "{" not in text and "}" not in text, (code, language, text)


def test_input_error_renders_in_the_language_of_the_moment() -> None:
    error = InputError(msg("common.photo", number=3, name="images/x.jpg"), source="bai.json")
    try:
        set_language("en")
        assert str(error) == "bai.json: Photo 3 (images/x.jpg)"
        set_language("vi")
        assert str(error) == "bai.json: Ảnh 3 (images/x.jpg)"
    finally:
        set_language(None)
    assert current_language() in ("vi", "en")


def test_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        msg("no.such.code")
