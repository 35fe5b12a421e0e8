"""Render the page or the fragment with the Jinja2 templates under ``resources/html/`` (no file IO beyond them).

Templates are trusted data shipped with the app; everything from the article reaches them as plain strings and is
escaped by autoescape. The one pre-serialised value is the JSON-LD, made script-safe in ``jsonld.script_json``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from editor.errors import InputError
from editor.export.html.jsonld import meta_tags, news_article, script_json
from editor.export.html.safety import clean_text
from editor.export.html.view import ImageFile, article_view
from editor.export.ir import IRDocument
from editor.messages import msg

TEMPLATE_DIR = Path(__file__).resolve().parents[3] / "resources" / "html"
PAGE_TEMPLATE = "article.html"
FRAGMENT_TEMPLATE = "fragment.html"
STYLESHEET = "style.css"
# The page needs nothing but its own inline stylesheet and its images; a script slipped into the article by any
# route could not run, and nothing is fetched from the network.
CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
_TEMPLATE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\.html")


def _finalize(value: Any) -> Any:
    """Applied to every ``{{ … }}`` before escaping: strip code points HTML forbids from any plain string."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return clean_text(value)
    return value


@functools.lru_cache(maxsize=4)
def environment(folder: Path = TEMPLATE_DIR) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,  # every template here is HTML
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
        auto_reload=False,
    )


@functools.lru_cache(maxsize=4)
def stylesheet(folder: Path = TEMPLATE_DIR) -> Markup:
    css = (folder / STYLESHEET).read_text("utf-8")
    if "</" in css:  # our own file; make sure it can never close the <style> element
        raise ValueError(f"{STYLESHEET} must not contain '</'")
    return Markup(css.strip())  # safe: the app's own stylesheet, checked above


def page_template_name(template: str) -> str:
    """The profile's page template ("" = the house one); a name, never a path, and it must exist."""
    name = (template or PAGE_TEMPLATE).strip()
    if not _TEMPLATE_NAME.fullmatch(name) or name in (FRAGMENT_TEMPLATE,) or not (TEMPLATE_DIR / name).is_file():
        raise InputError(msg("export.html.no-template", name=name), where="html.template")
    return name


def render_html(
    doc: IRDocument,
    images: Mapping[int, tuple[ImageFile, ...]],
    *,
    fragment: bool,
    folder: str,
    with_urls: bool,
    template: str = "",
) -> str:
    """The page (or the body-only fragment) for ``doc``; ``images`` maps figure numbers to files, ascending width.

    ``folder`` is the URL of the images folder relative to the page ("" for data URIs); ``with_urls`` says whether
    the image sources are worth naming in metadata (files yes, data URIs no).
    """
    env = environment()
    view = article_view(doc, images, folder=folder)
    if fragment:
        return env.get_template(FRAGMENT_TEMPLATE).render(a=view)
    description = clean_text(doc.description).strip()
    keywords = ", ".join(k for k in (clean_text(k).strip() for k in doc.keywords) if k)
    return env.get_template(page_template_name(template)).render(
        a=view,
        csp=CSP,
        description=description,
        keywords=keywords,
        meta=meta_tags(doc, images, with_urls=with_urls),
        css=stylesheet(),
        jsonld=script_json(news_article(doc, images, with_urls=with_urls)),
    )
