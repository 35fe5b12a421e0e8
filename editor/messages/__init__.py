"""One catalogue for every word a reporter reads: a message is a code with arguments, rendered at show time.

Qt-free. Vietnamese first, English available. The language is, in order: ``set_language()`` (the app's preference,
the CLI's ``--lang``), the ``BANTHAO_LANG`` environment variable, Vietnamese.

    raise InputError(msg("photo.truncated", number=3, name="images/x.jpg"), source=path)
    print(render(msg("cli.done", path=out)))          # in the current language
    text("cli.done", "en", path=out)                  # in English, whatever is current

Codes live in ``editor/messages/catalogue/<area>.py`` modules, each a ``MESSAGES`` dict of code → (vi, en); one module
per area so that work on different parts of the app never edits the same file. Arguments are ``str.format`` fields;
an argument that is itself a ``Message`` is rendered in the same language.

How a line reads: it names the file (``source``) or the photo (``where=msg("common.photo", number=, name=)``, which
reads as the subject: "Ảnh 3 (images/x.jpg) bị cắt cụt, …"), says what is wrong and what to do. The libraries' own
words (Pillow's, SQLite's, Python's) never go into a message: ``editor.messages.log.log_cause`` keeps them in
``banthao.log`` in the cache folder. Words the exported document prints are not messages: they follow the document
(the outlet profile's ``words``), not the reader.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from editor.messages.catalogue import CATALOGUE

LANGUAGES = ("vi", "en")
_chosen: str | None = None


def set_language(language: str | None) -> None:
    """Choose the language of every message rendered from now on (None: back to BANTHAO_LANG / Vietnamese)."""
    global _chosen
    _chosen = normalise_language(language) if language else None


def normalise_language(language: str | None) -> str:
    return "en" if (language or "").lower().startswith("en") else "vi"


def current_language() -> str:
    if _chosen:
        return _chosen
    return normalise_language(os.environ.get("BANTHAO_LANG") or "vi")


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue code and its arguments; rendered only when shown, in the language of that moment."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        return render(self, language)

    def __str__(self) -> str:
        return self.render()


def msg(code: str, **args: Any) -> Message:
    if code not in CATALOGUE:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, args)


def render(message: Message | str, language: str | None = None) -> str:
    """The text of ``message`` in ``language`` (default: the current one). Plain strings pass through."""
    if isinstance(message, str):
        return message
    lang = normalise_language(language) if language else current_language()
    vi, en = CATALOGUE[message.code]
    template = en if lang == "en" else vi
    args = {k: (render(v, lang) if isinstance(v, Message) else v) for k, v in message.args.items()}
    return template.format(**args)


def text(code: str, language: str | None = None, **args: Any) -> str:
    """Shorthand for ``render(msg(code, **args), language)``."""
    return render(msg(code, **args), language)
