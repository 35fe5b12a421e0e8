"""The interchange JSON (v1): read and write an Article, with one-line errors naming the file and the JSON path.

Decisions (documented in docs/INTERCHANGE.md and resources/schema/article-v1.schema.json):
- Unknown keys are rejected, so a typo such as ``"captoin"`` never silently drops a caption. Top-level keys that start
  with ``x-`` are the one exception: they are kept verbatim and written back, for tools that add their own data.
- Every string is NFC-normalised; characters XML cannot hold (NUL, other C0 controls, lone surrogates) are refused.
- ``published`` must carry a UTC offset; a missing offset is an error, never silently UTC.
- Image paths are relative POSIX paths inside the JSON file's folder; absolute paths and ``..`` escapes are refused, and
  when the folder is known the file must exist as a regular file that does not resolve outside it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from editor.errors import InputError
from editor.messages import Message, msg
from editor.messages.log import log_cause
from editor.model.article import (
    Article,
    Author,
    Block,
    BylinePosition,
    Dateline,
    Figure,
    Heading,
    Layout,
    Paragraph,
    Quote,
    RelatedLink,
    Span,
    merge_spans,
)
from editor.model.rights import MAX_LENGTH as RIGHTS_MAX_LENGTH
from editor.model.rights import DigitalSourceType, Rights, SourceKind
from editor.text.normalize import has_xml_illegal, nfc

FORMAT_VERSION = 1
MAX_JSON_BYTES = 50 * 1024 * 1024
# Generous limits that no real article reaches; they turn a pasted disaster into a clear message.
MAX_LENGTH = {
    "title": 1_000,
    "kicker": 1_000,
    "sapo": 10_000,
    "location": 200,
    "text": 200_000,
    "caption": 10_000,
    "credit": 500,
    "alt": 2_000,
    "name": 500,
    "role": 200,
    "source": 500,
    "url": 4_000,
    "image": 1_000,
    "keyword": 200,
    **RIGHTS_MAX_LENGTH,
}
# Optional figure keys for rights and provenance (editor.model.rights); provenance may name any pre-fillable one.
RIGHTS_KEYS = ("creator", "copyright", "usage_terms", "license_url", "source", "source_url", "digital_source_type",
               "taken")  # fmt: skip
PROVENANCE_KEYS = {"caption", "credit", "alt", "creator", "copyright", "usage_terms", "license_url",
                   "digital_source_type", "taken"}  # fmt: skip
_TOP_KEYS = {
    "$schema", "version", "kicker", "title", "sapo", "published", "location",
    "authors", "body", "source", "related", "keywords",
}  # fmt: skip


_DST_NAMES = {kind.value for kind in DigitalSourceType}


class _Reader:
    """Walks the decoded JSON, keeping the JSON path for messages."""

    def __init__(self, source: str | None, base_dir: Path | None, require_title: bool = True) -> None:
        self.source = source
        self.base_dir = base_dir
        self.require_title = require_title
        self.photos = 0  # figures read so far: the photo's number in messages

    def fail(self, where: str, problem: Message) -> InputError:
        return InputError(problem, source=self.source, where=where or None)

    def object(self, value: Any, where: str, allowed: set[str]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, msg("json.expected-object", kind=_kind(value)))
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(where, msg("json.unknown-key", key=unknown[0], known=", ".join(sorted(allowed))))
        return value

    def string(self, obj: Mapping[str, Any], key: str, where: str, *, limit_key: str | None = None,
               required: bool = False) -> str:  # fmt: skip
        path = f"{where}.{key}" if where else key
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(path, msg("json.missing"))
            return ""
        return self.text(obj[key], path, limit_key or key)

    def text(self, value: Any, path: str, limit_key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, msg("json.expected-text", kind=_kind(value)))
        limit = MAX_LENGTH[limit_key]
        if len(value) > limit:
            raise self.fail(path, msg("json.too-long", length=f"{len(value):,}", limit=f"{limit:,}"))
        if has_xml_illegal(value):
            raise self.fail(path, msg("json.control-chars"))
        return nfc(value)

    def list(self, obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
        path = f"{where}.{key}" if where else key
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(path, msg("json.expected-list", kind=_kind(value)))
        return value

    def items(self, obj: Mapping[str, Any], key: str, read: Callable[[Any, str], Any]) -> tuple[Any, ...]:
        return tuple(read(item, f"{key}[{i}]") for i, item in enumerate(self.list(obj, key, "")))

    # -- parts of the article -------------------------------------------------------------------------------

    def article(self, data: Any) -> Article:
        if not isinstance(data, dict):
            raise self.fail("", msg("json.top-not-object", kind=_kind(data)))
        extensions = tuple(
            (key, json.dumps(data[key], ensure_ascii=False, sort_keys=True))
            for key in sorted(data)
            if isinstance(key, str) and key.startswith("x-")
        )
        top = self.object({k: v for k, v in data.items() if not k.startswith("x-")}, "", _TOP_KEYS)
        version = top.get("version", FORMAT_VERSION)
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.fail("version", msg("json.expected-whole-number", kind=_kind(version)))
        if version > FORMAT_VERSION:
            raise self.fail("version", msg("json.newer-version", version=version, known=FORMAT_VERSION))
        if version < 1:
            raise self.fail("version", msg("json.unknown-version", version=version))
        title = self.string(top, "title", "", required=self.require_title)
        if self.require_title and not title.strip():
            raise self.fail("title", msg("json.title-empty"))
        return Article(
            title=title,
            kicker=self.string(top, "kicker", ""),
            sapo=self.string(top, "sapo", ""),
            dateline=Dateline(self.published(top.get("published")), self.string(top, "location", "")),
            body=self.items(top, "body", self.block),
            authors=self.items(top, "authors", self.author),
            source=self.string(top, "source", ""),
            related=self.items(top, "related", self.related),
            keywords=tuple(
                self.text(k, f"keywords[{i}]", "keyword") for i, k in enumerate(self.list(top, "keywords", ""))
            ),
            extensions=extensions,
        )

    def published(self, value: Any) -> datetime | None:
        return self.instant(value, "published")

    def instant(self, value: Any, where: str) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(where, msg("json.expected-datetime", kind=_kind(value)))
        try:
            instant = datetime.fromisoformat(value.strip())
        except ValueError:
            raise self.fail(where, msg("json.bad-datetime", value=value[:60])) from None
        if instant.utcoffset() is None:
            raise self.fail(where, msg("json.no-offset", value=value[:60]))
        return instant

    def block(self, value: Any, where: str) -> Block:
        if not isinstance(value, dict):
            raise self.fail(where, msg("json.expected-object", kind=_kind(value)))
        kind = value.get("type")
        if kind == "paragraph":
            obj = self.object(value, where, {"type", "text", "spans"})
            return Paragraph(self.spans(obj, where))
        if kind == "quote":
            obj = self.object(value, where, {"type", "text", "spans"})
            return Quote(self.spans(obj, where))
        if kind == "heading":
            obj = self.object(value, where, {"type", "text"})
            return Heading(self.string(obj, "text", where, required=True))
        if kind == "figure":
            return self.figure(value, where)
        raise self.fail(f"{where}.type", msg("json.bad-block-type", kind=str(kind)[:40]))

    def spans(self, obj: Mapping[str, Any], where: str) -> tuple[Span, ...]:
        if "spans" in obj and "text" in obj:
            raise self.fail(where, msg("json.text-and-spans"))
        if "spans" not in obj:
            return merge_spans([Span(self.string(obj, "text", where))])
        spans = []
        for i, item in enumerate(self.list(obj, "spans", where)):
            path = f"{where}.spans[{i}]"
            span = self.object(item, path, {"text", "bold", "italic", "link"})
            link = self.string(span, "link", path, limit_key="url") or None
            spans.append(Span(self.string(span, "text", path, required=True),
                              bold=self.flag(span, "bold", path), italic=self.flag(span, "italic", path),
                              link=link))  # fmt: skip
        return merge_spans(spans)

    def flag(self, obj: Mapping[str, Any], key: str, where: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", msg("json.expected-bool", kind=_kind(value)))
        return value

    def figure(self, value: Mapping[str, Any], where: str) -> Figure:
        obj = self.object(value, where, {"type", "image", "caption", "credit", "alt", "layout", "rotation", "crop",
                                         "provenance", *RIGHTS_KEYS})  # fmt: skip
        layout_text = obj.get("layout", "full")
        try:
            layout = Layout(layout_text)
        except ValueError:
            raise self.fail(f"{where}.layout", msg("json.bad-layout", value=str(layout_text)[:40])) from None
        rotation = obj.get("rotation", 0)
        if rotation not in (0, 90, 180, 270) or isinstance(rotation, bool):
            raise self.fail(f"{where}.rotation", msg("json.bad-rotation", value=str(rotation)[:40]))
        return Figure(
            image=self.image(obj, where),
            caption=self.string(obj, "caption", where),
            credit=self.string(obj, "credit", where),
            alt=self.string(obj, "alt", where),
            layout=layout,
            rotation=rotation,
            crop=self.crop(obj.get("crop"), f"{where}.crop"),
            provenance=self.provenance(obj.get("provenance"), f"{where}.provenance"),
            rights=self.rights(obj, where),
        )

    def rights(self, obj: Mapping[str, Any], where: str) -> Rights:
        texts = {key: self.string(obj, key, where) for key in RIGHTS_MAX_LENGTH}
        for key, value in texts.items():
            if "\n" in value or "\r" in value:
                raise self.fail(f"{where}.{key}", msg("json.one-line"))
        source = obj.get("source")
        if source is not None:
            try:
                source = SourceKind(source if isinstance(source, str) else "")
            except ValueError:
                choices = ", ".join(k.value for k in SourceKind)
                raise self.fail(
                    f"{where}.source", msg("json.not-a-choice", choices=choices, value=str(source)[:60])
                ) from None
        kind = obj.get("digital_source_type")
        if kind is not None:
            found = DigitalSourceType(kind) if isinstance(kind, str) and kind in _DST_NAMES else None
            if found is None:
                problem = msg("json.bad-digital-source-type", value=str(kind)[:60])
                raise self.fail(f"{where}.digital_source_type", problem)
            kind = found
        taken = self.instant(obj.get("taken"), f"{where}.taken")
        return Rights(**texts, source=source, digital_source_type=kind, taken=taken)

    def crop(self, value: Any, where: str) -> tuple[float, float, float, float] | None:
        if value is None:
            return None
        if (
            not isinstance(value, list)
            or len(value) != 4
            or not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in value)
        ):
            raise self.fail(where, msg("json.bad-crop"))
        left, top, right, bottom = (float(v) for v in value)
        if not (0 <= left < right <= 1 and 0 <= top < bottom <= 1):
            raise self.fail(where, msg("json.bad-crop-order"))
        return (left, top, right, bottom)

    def provenance(self, value: Any, where: str) -> tuple[tuple[str, str], ...]:
        if value is None:
            return ()
        obj = self.object(value, where, PROVENANCE_KEYS)
        return tuple((key, self.text(obj[key], f"{where}.{key}", "source")) for key in sorted(obj))

    def image(self, obj: Mapping[str, Any], where: str) -> str:
        path = f"{where}.image"
        self.photos += 1
        name = self.string(obj, "image", where, required=True)
        problem = image_name_problem(name)
        if problem is None and self.base_dir is not None:
            problem = image_file_problem(self.base_dir, name)
        if problem:
            raise self.fail(path, msg("json.in-photo", number=self.photos, problem=problem))
        return str(PurePosixPath(name))

    def author(self, value: Any, where: str) -> Author:
        if isinstance(value, str):
            return Author(self.text(value, where, "name"))
        obj = self.object(value, where, {"name", "role", "position"})
        position_text = obj.get("position", "end")
        try:
            position = BylinePosition(position_text)
        except ValueError:
            raise self.fail(f"{where}.position", msg("json.bad-position", value=str(position_text)[:40])) from None
        return Author(self.string(obj, "name", where, required=True), self.string(obj, "role", where), position)

    def related(self, value: Any, where: str) -> RelatedLink:
        obj = self.object(value, where, {"title", "url"})
        return RelatedLink(self.string(obj, "title", where, required=True),
                           self.string(obj, "url", where, required=True))  # fmt: skip


def image_name_problem(name: str) -> Message | None:
    """Why an image name cannot be used inside an article folder, or None."""
    if not name.strip():
        return msg("json.image.empty")
    if "\\" in name:
        return msg("json.image.backslash", name=name)
    pure = PurePosixPath(name)
    if pure.is_absolute() or (len(name) > 1 and name[1] == ":"):
        return msg("json.image.absolute", name=name)
    if ".." in pure.parts:
        return msg("json.image.escapes", name=name)
    return None


def image_file_problem(base_dir: Path, name: str) -> Message | None:
    """Why ``base_dir/name`` is not a usable photo file inside ``base_dir``, or None."""
    base = base_dir.resolve()
    candidate = base / name
    try:
        resolved = candidate.resolve(strict=True)
    except (FileNotFoundError, NotADirectoryError):
        return msg("json.image.missing", name=name)
    except (OSError, RuntimeError) as exc:  # RuntimeError: symlink loop
        log_cause(candidate, exc)
        return msg("json.image.unreadable", name=name)
    if not resolved.is_relative_to(base):
        return msg("json.image.link-outside", name=name)
    if not resolved.is_file():
        return msg("json.image.not-file", name=name)
    return None


def _kind(value: Any) -> Message:
    kinds = {dict: "object", list: "list", str: "text", bool: "bool", type(None): "null", int: "number",
             float: "number"}  # fmt: skip
    return msg(f"json.kind.{kinds.get(type(value), 'other')}")


def article_from_data(
    data: Any, *, source: str | Path | None = None, base_dir: Path | None = None, require_title: bool = True
) -> Article:
    """An Article from decoded JSON; image files are checked only when ``base_dir`` is given.

    ``require_title=False`` is for drafts inside a project file, which may not have a title yet.
    """
    return _Reader(str(source) if source is not None else None, base_dir, require_title).article(data)


def article_from_json_text(
    text: str, *, source: str | Path | None = None, base_dir: Path | None = None, require_title: bool = True
) -> Article:
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        log_cause(source, exc)
        raise InputError(msg("json.invalid", line=exc.lineno, column=exc.colno), source=source) from None
    except _RefusedConstant as exc:
        raise InputError(msg("json.invalid-constant", name=exc.name), source=source) from None
    except ValueError as exc:
        log_cause(source, exc)
        raise InputError(msg("json.invalid-other"), source=source) from None
    except RecursionError:
        raise InputError(msg("json.too-deep"), source=source) from None
    return article_from_data(data, source=source, base_dir=base_dir, require_title=require_title)


class _RefusedConstant(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not allowed")
        self.name = name


def _refuse_constant(name: str) -> Any:
    raise _RefusedConstant(name)


def read_article_json(path: Path, *, check_images: bool = True) -> Article:
    """Read an interchange JSON file; images are resolved against its folder."""
    try:
        if not path.is_file():
            raise InputError(msg("json.not-a-file"), source=path)
        if path.stat().st_size > MAX_JSON_BYTES:
            raise InputError(msg("json.too-large", limit=MAX_JSON_BYTES // 2**20), source=path)
        raw = path.read_bytes()
    except OSError as exc:
        log_cause(path, exc)
        raise InputError(msg("json.cannot-read"), source=path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(msg("json.not-utf8", byte=exc.start), source=path) from None
    return article_from_json_text(text, source=path, base_dir=path.parent if check_images else None)


# -- writing ---------------------------------------------------------------------------------------------------


def _spans_data(block: Paragraph | Quote, kind: str) -> dict[str, Any]:
    spans = block.spans
    if all(not (s.bold or s.italic or s.link) for s in spans):
        return {"type": kind, "text": block.text}
    items = []
    for span in spans:
        item: dict[str, Any] = {"text": span.text}
        if span.bold:
            item["bold"] = True
        if span.italic:
            item["italic"] = True
        if span.link:
            item["link"] = span.link
        items.append(item)
    return {"type": kind, "spans": items}


def _block_data(block: Block) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        return _spans_data(block, "paragraph")
    if isinstance(block, Quote):
        return _spans_data(block, "quote")
    if isinstance(block, Heading):
        return {"type": "heading", "text": block.text}
    data: dict[str, Any] = {"type": "figure", "image": block.image, "caption": block.caption,
                            "credit": block.credit, "alt": block.alt, "layout": block.layout.value}  # fmt: skip
    if block.rotation:
        data["rotation"] = block.rotation
    if block.crop is not None:
        data["crop"] = list(block.crop)
    if block.provenance:
        data["provenance"] = dict(block.provenance)
    data.update(_rights_data(block.rights))
    return data


def _rights_data(rights: Rights) -> dict[str, Any]:
    """Only the rights fields that are set, in a fixed order (absent keys read back as empty)."""
    data: dict[str, Any] = {}
    for key in RIGHTS_KEYS:
        value = getattr(rights, key)
        if key == "taken":
            value = value.isoformat() if value is not None else None
        elif key in ("source", "digital_source_type"):
            value = value.value if value is not None else None
        if value:
            data[key] = value
    return data


def _author_data(author: Author) -> str | dict[str, str]:
    if not author.role and author.position is BylinePosition.END:
        return author.name
    data = {"name": author.name, "position": author.position.value}
    if author.role:
        data["role"] = author.role
    return data


def article_to_data(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {"version": FORMAT_VERSION, "kicker": article.kicker, "title": article.title,
                            "sapo": article.sapo}  # fmt: skip
    if article.dateline.published is not None:
        data["published"] = article.dateline.published.isoformat()
    data["location"] = article.dateline.location
    data["authors"] = [_author_data(a) for a in article.authors]
    data["body"] = [_block_data(b) for b in article.body]
    data["source"] = article.source
    data["related"] = [{"title": r.title, "url": r.url} for r in article.related]
    data["keywords"] = list(article.keywords)
    for key, text in article.extensions:
        data[key] = json.loads(text)
    return data


def article_to_json_text(article: Article) -> str:
    return json.dumps(article_to_data(article), ensure_ascii=False, indent=2) + "\n"
