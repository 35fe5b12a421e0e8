"""Markdown export (CommonMark) for desks that move copy through chat or static sites: one writer, one module.

Output layout, as for HTML: ``OUT.md`` plus ``<OUT stem>_md_files/`` beside it holding one web rendition per photo
(``01-trao-qua.jpg``, the long side bounded by ``MarkdownOptions.width``, upright, sRGB, no camera EXIF; the caption,
credit, creator and rights inside as IPTC/XMP, as in HTML's); the page refers to them relatively. Everything is
written to temporaries and swapped into place at the end, so a failed or cancelled export leaves an existing
``OUT.md`` and its folder as they were.

The text is what the profile prints, already decided in the IR: the kicker, ``# title``, the dateline line, the
top byline, the sapo in bold, the body (``##`` subheads, ``>`` quotes, bold, italic, links), each photo as an image
(alt text, the caption as its title) followed by its caption line in the outlet's template (caption in italics, the
credit plain; a credit on its own line after a hard break), the end byline, the source line and the related links.
Every piece of text is escaped, so nothing a reporter typed becomes markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from editor.errors import InputError
from editor.export.html.safety import clean_text, file_stem, safe_href
from editor.export.ir import IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.export.options import MarkdownOptions
from editor.export.photo_errors import checked_photo, photo_error
from editor.export.progress import Progress
from editor.files.atomic import PageStage, write_refusal
from editor.files.paths import cache_dir
from editor.media.batch import render_many
from editor.media.renditions import Recipe, RenditionCache
from editor.messages import msg
from editor.model.article import Span

# Not the HTML page's "_files": bai.md and bai.html exported side by side would each replace the other's photos.
FILES_SUFFIX = "_md_files"


# -- escaping --------------------------------------------------------------------------------------------------------

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that can start markup
# anywhere in a line. Line-start markers (lists, headings, quotes, thematic breaks) are handled in ``_block_start``.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>!&|~#])")
_LINE_START = re.compile(r"[-+=>]|\d+[.)]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def escape(text: str) -> str:
    """``text`` as literal CommonMark inline content (one line: newlines become spaces)."""
    text = _CONTROL.sub("", clean_text(text).replace("\n", " ").replace("\t", " "))
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _block_start(line: str) -> str:
    """Escape what would make a paragraph's first characters a list item, heading, quote or code block."""
    line = line.lstrip()
    match = _LINE_START.match(line)
    if not match:
        return line
    return f"{match.group()[:-1]}\\{match.group()[-1]}{line[match.end() :]}"


def _emphasis(text: str, marker: str) -> str:
    """``text`` wrapped in ``marker``, with surrounding spaces kept outside (CommonMark needs flanking markers)."""
    core = text.strip()
    if not core or not marker:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _link_target(url: str) -> str:
    return "<" + quote(url, safe=":/?@!$&'()*+,;=~-._%#") + ">"


def spans_markdown(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        if not span.text:
            continue
        marker = ("**" if span.bold else "") + ("*" if span.italic else "")
        text = _emphasis(escape(span.text), marker)
        href = safe_href(span.link)  # the IR may come from elsewhere: never trust a link scheme
        if href is not None:
            text = f"[{text}]({_link_target(href)})"
        out.append(text)
    return _block_start("".join(out))


# -- the page --------------------------------------------------------------------------------------------------------


def _byline(byline: IRByline) -> list[str]:
    lines = [_emphasis(escape(line), "**" if byline.bold else "") for line in byline.lines if line.strip()]
    return ["\\\n".join(lines)] if lines else []


def _caption(figure: IRFigure) -> str:
    pieces = []
    for text, is_credit in figure.caption_parts:
        lines = [escape(line) for line in text.split("\n")]
        marked = [line if is_credit else _emphasis(line, "*") for line in lines]
        pieces.append("\\\n".join(marked))
    return _block_start("".join(pieces).strip())


def _figure(figure: IRFigure, src: str) -> list[str]:
    title = escape(figure.caption_text).replace('"', '\\"')
    image = f"![{escape(figure.alt)}]({_link_target(src)}" + (f' "{title}"' if title.strip() else "") + ")"
    caption = _caption(figure)
    return [image, caption] if caption else [image]


def _related_item(title: str, url: str) -> str:
    """A related link; one without a safe address is its title as plain text (nothing typed is dropped)."""
    href = safe_href(url)
    text = escape(title.strip() or (href or ""))
    return f"[{text}]({_link_target(href)})" if href and text else text


def render_markdown(doc: IRDocument, images: dict[int, str]) -> str:
    """The CommonMark text of ``doc``; ``images`` maps figure numbers to their relative file URLs."""
    blocks: list[str] = []
    if doc.kicker:
        blocks.append(_block_start(escape(doc.kicker)))
    blocks.append("# " + escape(doc.title or doc.words.untitled))
    if doc.dateline_line:
        blocks.append(_emphasis(_block_start(escape(doc.dateline_line)), "*"))
    blocks.extend(_byline(doc.byline_top))
    if doc.sapo:
        blocks.append(_emphasis(_block_start(escape(doc.sapo)), "**"))
    for block in doc.blocks:
        if isinstance(block, IRParagraph):
            blocks.append(spans_markdown(block.spans))
        elif isinstance(block, IRQuote):
            blocks.append("> " + spans_markdown(block.spans))
        elif isinstance(block, IRHeading):
            blocks.append("## " + escape(block.text))
        elif isinstance(block, IRFigure):
            blocks.extend(_figure(block, images[block.number]))
    blocks.extend(_byline(doc.byline_end))
    if doc.source_line:
        blocks.append(_emphasis(_block_start(escape(doc.source_line)), "*"))
    items = [_related_item(title, url) for title, url in doc.related]
    if any(items):
        blocks.append("## " + escape(doc.related_heading))
        blocks.append("\n".join(f"- {item}" for item in items if item))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


# -- the writer ------------------------------------------------------------------------------------------------------


def _recipes(doc: IRDocument, options: MarkdownOptions) -> list[tuple[IRFigure, Recipe, Path]]:
    jobs = []
    for figure in doc.figures:
        path = checked_photo(figure)
        if figure.rotation % 90:
            raise InputError(msg("export.html.bad-rotation", rotation=figure.rotation), where="rotation")
        recipe = Recipe(max_width=options.width, max_height=options.width, rotation=(figure.rotation // 90) % 4,
                        crop=figure.crop, quality=options.quality, embed=figure.embed)  # fmt: skip
        jobs.append((figure, recipe, path))
    return jobs


def _check(out: Path, options: MarkdownOptions) -> None:
    if not 16 <= options.width <= 4096:
        raise InputError(msg("export.markdown.bad-width", width=options.width), where="markdown.width")
    if not 1 <= options.quality <= 100:
        raise InputError(msg("export.html.bad-quality", quality=options.quality), where="markdown.quality")
    if not out.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=out.parent)
    if out.is_dir():
        raise InputError(msg("export.output-is-folder-markdown"), source=out)


def export_markdown(doc: IRDocument, out: Path, options: MarkdownOptions | None = None) -> Iterator[Progress]:
    """Write ``doc`` as ``out`` (.md) and its photos beside it; a generator of Progress steps, close it to cancel."""
    options = options or MarkdownOptions()
    out = Path(out).absolute()
    _check(out, options)
    jobs = _recipes(doc, options)
    total = len(jobs) + 2
    files_name = f"{out.stem}{FILES_SUFFIX}"
    stage: PageStage | None = None
    results = None
    try:
        stage = PageStage(out, out.parent / files_name if jobs else None)
        yield Progress(0, total, msg("export.step.photos"))
        images: dict[int, str] = {}
        cache = RenditionCache(cache_dir() / "renditions")
        results = render_many(((path, recipe) for _f, recipe, path in jobs), cache=cache)
        for done, (index, result) in enumerate(results, start=1):
            figure = jobs[index][0]
            if isinstance(result, InputError):
                raise photo_error(result, figure)
            stem = file_stem(figure.slug, f"{figure.number:02d}")
            name = f"{stem}.{'png' if result.ext == 'png' else 'jpg'}"
            if f"{files_name}/{name}" in images.values():  # two figures with the same slug (the same photo twice)
                name = f"{stem}-{figure.number}.{'png' if result.ext == 'png' else 'jpg'}"
            (stage.folder / name).write_bytes(result.data)  # type: ignore[operator]
            images[figure.number] = f"{files_name}/{name}"
            yield Progress(done, total, msg("export.step.making-photo", done=done, total=len(jobs)))
        results.close()
        results = None
        yield Progress(total - 1, total, msg("export.step.writing", name=out.name))
        stage.commit(render_markdown(doc, images).encode("utf-8"))
        yield Progress(total, total, msg("export.step.done", name=out.name))
    except OSError as exc:  # a full disk, no permission, a read-only disk: a clear refusal, the temporaries go
        raise write_refusal(exc, out) from None
    finally:
        if results is not None:
            results.close()
        if stage is not None:
            stage.discard()
