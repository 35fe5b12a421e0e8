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


def test_the_core_says_nothing_outside_the_catalogue() -> None:
    """No InputError, progress step or finding in the Qt-free core is built from a bare string literal."""
    import ast
    from pathlib import Path

    core = Path(__file__).resolve().parents[2] / "editor"
    found = []
    for path in sorted(core.rglob("*.py")):
        if "ui" in path.relative_to(core).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            index = {"InputError": 0, "Progress": 2, "Finding": 2}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                found.append(f"{path.relative_to(core.parent)}:{node.lineno}")
    assert found == [], "use msg('area.code', ...) from editor/messages/catalogue: " + ", ".join(found)


def test_an_error_with_a_photo_subject_reads_as_one_sentence() -> None:
    error = InputError(msg("photo.truncated"), where=msg("common.photo", number=3, name="images/x.jpg"))
    assert error.one_line("vi") == (
        "Ảnh 3 (images/x.jpg) bị cắt cụt, có thể chép chưa xong; hãy chép lại ảnh từ máy ảnh hoặc điện thoại"
    )
    assert error.one_line("en").startswith("Photo 3 (images/x.jpg) is truncated")
    named = InputError(msg("photo.truncated"), source="x.jpg")
    assert named.one_line("vi").startswith("x.jpg: bị cắt cụt")
