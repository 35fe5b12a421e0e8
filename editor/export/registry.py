"""The output formats: one ``Writer`` entry per format, which the CLI, the export dialog and the API list from.

A writer is a suffix (or a few), a label the reporter reads, an options dataclass (every field has a default) and
the export generator ``(IRDocument, out, options) -> Iterator[Progress]``. A new output format is one module (its
options dataclass and its generator, see ``editor/export/markdown.py``) plus one line in ``BUILTIN`` below, or a
``register()`` call from outside. Example::

    from editor.export.registry import writer_for, writers

    for w in writers():                      # fill a format menu / the CLI help
        print(w.key, w.suffixes, w.label())  # "markdown (".md",) Markdown (CommonMark)"
    chosen = writer_for(Path("bai.md"))      # by the output's suffix; InputError naming the file otherwise
    options = chosen.make_options(quality=80)  # unknown fields of this writer are ignored
    steps = chosen.export(document, Path("bai.md"), options)  # close the generator to cancel

Most callers want ``editor.export.api.export`` instead, which builds the IR and picks the writer for them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.errors import InputError
from editor.export.ir import IRDocument
from editor.export.options import DocxOptions, HtmlOptions, MarkdownOptions
from editor.export.progress import Progress
from editor.messages import msg, render
from editor.text.profile import OutletProfile

ExportGenerator = Callable[[IRDocument, Path, Any], Iterator[Progress]]


@dataclass(frozen=True)
class Writer:
    key: str  # "docx": the format's name in settings and on the command line
    suffixes: tuple[str, ...]  # lower case with the dot; the first one is the one offered when saving
    label_code: str  # catalogue code of the label shown in menus ("Word (DOCX)")
    options: type  # a frozen dataclass whose fields all have defaults
    export: ExportGenerator  # writes atomically; a generator of progress steps, closed to cancel
    profile_options: Callable[[OutletProfile], dict[str, Any]] | None = None  # option fields the profile decides

    def label(self, language: str | None = None) -> str:
        return render(msg(self.label_code), language)

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    def make_options(self, **values: Any) -> Any:
        """This writer's options from shared settings: fields it does not have are ignored, ``None`` means default."""
        names = {f.name for f in dataclasses.fields(self.options)}
        return self.options(**{k: v for k, v in values.items() if k in names and v is not None})

    def for_profile(self, options: Any, profile: OutletProfile) -> Any:
        """``options`` with the fields the outlet profile decides (fonts, templates) taken from ``profile``."""
        if self.profile_options is None:
            return options
        return dataclasses.replace(options, **self.profile_options(profile))


def _export_docx(document: IRDocument, out: Path, options: DocxOptions) -> Iterator[Progress]:
    from editor.export.docx import export_docx  # python-docx is loaded only when a DOCX is written

    return export_docx(document, out, options)


def _export_html(document: IRDocument, out: Path, options: HtmlOptions) -> Iterator[Progress]:
    from editor.export.html import export_html

    return export_html(document, out, options)


def _export_markdown(document: IRDocument, out: Path, options: MarkdownOptions) -> Iterator[Progress]:
    from editor.export.markdown import export_markdown

    return export_markdown(document, out, options)


def _docx_profile(profile: OutletProfile) -> dict[str, Any]:
    return {"profile_font": profile.docx_font, "profile_font_size": profile.docx_font_size,
            "profile_reference": profile.reference_docx}  # fmt: skip


def _html_profile(profile: OutletProfile) -> dict[str, Any]:
    return {"template": profile.html_template}


BUILTIN: tuple[Writer, ...] = (
    Writer("docx", (".docx",), "export.format.docx", DocxOptions, _export_docx, _docx_profile),
    Writer("html", (".html", ".htm"), "export.format.html", HtmlOptions, _export_html, _html_profile),
    Writer("markdown", (".md", ".markdown"), "export.format.markdown", MarkdownOptions, _export_markdown),
)

_registered: list[Writer] = []


def register(writer: Writer) -> None:
    """Add a format (a newsroom's own, say); a suffix or key already taken is an error."""
    for other in writers():
        if other.key == writer.key or set(other.suffixes) & set(writer.suffixes):
            raise ValueError(f"writer {writer.key!r} clashes with {other.key!r}")
    _registered.append(writer)


def writers() -> tuple[Writer, ...]:
    """Every format, built-in ones first, in menu order."""
    return (*BUILTIN, *_registered)


def writer(key: str) -> Writer:
    for candidate in writers():
        if candidate.key == key:
            return candidate
    raise KeyError(f"no writer {key!r}")


def all_suffixes() -> tuple[str, ...]:
    return tuple(s for w in writers() for s in w.suffixes)


def writer_for(out: Path) -> Writer:
    """The writer for ``out``'s suffix; an InputError naming the file and the suffixes we write otherwise."""
    suffix = Path(out).suffix.lower()
    for candidate in writers():
        if suffix in candidate.suffixes:
            return candidate
    raise InputError(msg("export.unsupported_suffix", suffixes=", ".join(all_suffixes())), source=out)
