"""Outlet profiles: one JSON file per newspaper in ``resources/profiles/``, for a newsroom to copy and edit.

A profile decides how the same article looks for one outlet: the dateline, how a caption meets its credit,
where and how the byline goes, the house tone-mark style, DOCX font and reference document, HTML template,
the limits checks use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from string import Formatter
from typing import Any, Literal

from editor.errors import InputError
from editor.messages import Message, msg
from editor.messages.log import log_cause
from editor.text.dateline import DatelineStyle, style_from_mapping
from editor.text.normalize import nfc

PROFILE_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"
DEFAULT_PROFILE = "bao-quang-ninh"

ToneStyle = Literal["old", "new"]
CaptionPeriod = Literal["add", "strip", "keep"]

_CAPTION_FIELDS = ("caption", "credit", "CREDIT")
# Placeholders of the photo labels ({year}: the year it was taken, {creator}: its maker; left out when unknown).
_WORD_FIELDS = ("year", "creator")
_WORD_TEMPLATES = ("label_ai", "label_archive")
# A caption already ends a sentence when its last mark before closing quotes/brackets is one of these.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@dataclass(frozen=True)
class DocumentWords:
    """Words the exported document itself prints or carries: they follow the document's language, not the UI's.

    Vietnamese by default; a profile's ``words`` section changes any of them (a newsroom's own wording, or an
    English edition). Every value is non-empty text; ``photo`` is one word (it also names Word's SEQ field).
    """

    photo: str = "Ảnh"  # numbered captions "Ảnh 1: …", a picture's title in Word
    related: str = "Tin liên quan"  # the heading over related links
    untitled: str = "Bài viết"  # the page title of an article without one
    alt_fallback: str = "Ảnh minh họa cho bài viết"  # alt text of a photo with neither alt text nor caption
    caption_label: str = "Chú thích"  # the bundle's caption list: "Chú thích: …"
    alt_label: str = "Mô tả ảnh (alt)"  # the bundle's caption list: "Mô tả ảnh (alt): …"
    # Labels with the caption of an AI-made image or an archive photo: templates with {year} and {creator}.
    label_ai: str = "Ảnh minh họa do AI tạo ra"
    label_archive: str = "Ảnh tư liệu"


DEFAULT_WORDS: dict[str, str] = {f.name: f.default for f in fields(DocumentWords)}  # type: ignore[misc]


@dataclass(frozen=True)
class OutletProfile:
    """Everything outlet-specific, loaded from a profile file. Defaults are Báo Quảng Ninh's house style."""

    name: str = DEFAULT_PROFILE  # the file stem, ASCII
    display_name: str = "Báo Quảng Ninh"  # shown in the UI, Vietnamese
    site_name: str | None = None  # the outlet's name in exports (og:site_name, publisher); None: display_name
    dateline: DatelineStyle = field(default_factory=DatelineStyle)
    caption_template: str = "{caption} Ảnh: {credit}"  # {caption}, then {credit} or {CREDIT} (upper-cased)
    caption_period: CaptionPeriod = "add"  # the caption's final full stop: add one, strip one, leave it
    # The credit a photo's metadata pre-fills: "credit" (the agency's credit line, else the photographer), "creator"
    # (the photographer, else the credit line), "creator/credit" ("Dương Giang/TTXVN"); see editor.media.prefill.
    credit_from: Literal["credit", "creator", "creator/credit"] = "credit"
    preset_credits: tuple[str, ...] = ("Ảnh minh họa",)
    byline_position: Literal["end", "top"] = "end"
    byline_bold: bool = True
    byline_align: Literal["left", "center", "right"] = "right"
    # "": one line per author; otherwise the authors share one line joined by it (VnExpress: "Huy Mạnh - Lộc Chung")
    byline_separator: str = ""
    tone_style: ToneStyle = "old"  # "hòa, khỏe, thủy" (old) or "hoà, khoẻ, thuỷ" (new)
    docx_font: str = "Times New Roman"
    docx_font_size: float = 13.0  # points; Decree 30/2020 allows 13–14
    reference_docx: str = ""  # a name the DOCX exporter resolves; "" for its built-in reference
    html_template: str = "article.html"  # a name the HTML exporter resolves
    title_word_limit: int = 12
    require_creator: bool = False  # checks: every photo names its creator (photographer or artist)
    words: DocumentWords = field(default_factory=DocumentWords)
    # What the profile is and where its forms were checked: the outlet's published pages (http/https addresses).
    description: str = field(default="", compare=False)
    sources: tuple[str, ...] = field(default=(), compare=False)
    source: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        problem = _caption_template_problem(self.caption_template)
        if problem:
            raise InputError(problem, source=self.source, where="caption.template")
        for key in _WORD_TEMPLATES:
            problem = _word_template_problem(getattr(self.words, key))
            if problem:
                raise InputError(problem, source=self.source, where=f"words.{key}")

    def word(self, key: str, **values: str) -> str:
        """The outlet's word ``key`` with ``values`` filled in (placeholders without a value dropped)."""
        template = getattr(self.words, key, DEFAULT_WORDS.get(key, ""))
        filled = template.format_map({name: values.get(name, "") or "" for name in _WORD_FIELDS})
        return " ".join(filled.replace("()", "").split()).strip(" ,;:-–")

    def byline_lines(self, names: Iterable[str]) -> tuple[str, ...]:
        """The byline's printed lines for these author credits (blank ones dropped), per ``byline_separator``."""
        shown = tuple(n for n in (nfc(name).strip() for name in names) if n)
        if self.byline_separator and shown:
            return (self.byline_separator.join(shown),)
        return shown

    # -- captions --------------------------------------------------------------------------------------------
    def caption_parts(self, caption: str | None, credit: str | None) -> list[tuple[str, bool]]:
        """The caption line as (text, is_credit) segments in reading order, for DOCX character styles/HTML.

        A segment may hold "\\n" where the credit goes on its own line. A missing credit leaves no dangling
        "Ảnh:", a missing caption leaves only the credit, and the caption's final full stop follows
        ``caption_period`` (never ".."; with "add", never a caption without an end mark before the credit).
        """
        prefix, joint, label, upper, suffix = _split_caption_template(self.caption_template)
        caption = " ".join(nfc(caption or "").split())
        credit = " ".join(nfc(credit or "").split())
        label_word = label.strip().rstrip(":").strip()
        if label.strip() and credit.casefold().startswith(label.strip().casefold()):
            credit = credit[len(label.strip()) :].strip()  # the reporter typed "Ảnh: X" into the credit field
        elif label_word and credit.casefold().split(" ")[0] == label_word.casefold():
            label = ""  # a credit that names itself ("Ảnh minh họa", "Ảnh tư liệu") takes no "Ảnh:" label
        elif label.strip() and credit_names_its_role(credit):
            label = ""  # "Đồ họa: Minh Khang", "Video: …", "Nguồn: TTXVN" already say what they are
        if upper:
            credit = credit.upper()
        if not caption and not credit:
            return []
        if not credit:
            return [(prefix + self._finish_caption(caption, alone=True), False)]
        if not caption:
            return [(label + credit, True)]
        parts = [(prefix + self._finish_caption(caption, alone=False) + joint, False), (label + credit, True)]
        if suffix:
            parts.append((suffix, False))
        return parts

    def caption_text(self, caption: str | None, credit: str | None) -> str:
        """The caption line as plain text (alt-text fallbacks, HTML ``figcaption`` text, checks)."""
        return "".join(text for text, _ in self.caption_parts(caption, credit))

    def _finish_caption(self, caption: str, *, alone: bool) -> str:
        ends = _SENTENCE_END.search(caption) is not None
        if self.caption_period == "add" and not ends:
            return caption + "."
        if self.caption_period == "strip" and not alone and caption.endswith(".") and not caption.endswith(".."):
            return caption[:-1].rstrip()
        return caption


# Words that open a credit saying what it credits; such a credit takes no "Ảnh:" label from the template.
ROLE_WORDS = ("ảnh", "đồ họa", "video", "nguồn", "clip", "tranh", "infographic")


def credit_names_its_role(credit: str) -> bool:
    """``Đồ họa: Minh Khang``, ``Video Quang Minh``, ``Nguồn: TTXVN``: the credit begins with a role word
    (either tone-mark style: "đồ hoạ" counts as "đồ họa"), followed by a colon, a space or nothing."""
    from editor.text.tone import convert_tone_style

    text = convert_tone_style(nfc(credit).strip(), "new").casefold()
    for word in ROLE_WORDS:
        word = convert_tone_style(word, "new")
        if text.startswith(word) and (len(text) == len(word) or text[len(word)] in ": ,-–"):
            return True
    return False


def _caption_template_problem(template: str) -> Message | None:
    shown = template.replace("\n", "\\n")
    try:
        parsed = list(Formatter().parse(template))
    except ValueError:
        return msg("template.broken", template=shown)
    names = [name for _, name, spec, _ in parsed if name is not None]
    for name in names:
        if name not in _CAPTION_FIELDS:
            allowed = "{caption}, {credit}, {CREDIT}"
            return msg("template.unknown-field", name="{" + name + "}", template=shown, allowed=allowed)
    fields_ = {"caption": "{caption}", "credit": "{credit}", "upper": "{CREDIT}"}
    if names.count("caption") != 1 or len([n for n in names if n != "caption"]) != 1:
        return msg("template.caption-fields", template=shown, **fields_)
    if names[0] != "caption":
        return msg("template.caption-first", template=shown, caption="{caption}")
    if any(spec or conv for _, name, spec, conv in parsed if name is not None):
        return msg("template.no-format-spec", template=shown)
    return None


def _word_template_problem(template: str) -> Message | None:
    try:
        names = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
    except ValueError:
        return msg("template.broken", template=template)
    unknown = [n for n in names if n not in _WORD_FIELDS]
    if unknown:
        return msg(
            "template.unknown-field", name="{" + unknown[0] + "}", template=template, allowed="{year}, {creator}"
        )
    return None


def _split_caption_template(template: str) -> tuple[str, str, str, bool, str]:
    """(prefix, joint, label, credit upper-cased, suffix) of ``prefix{caption}joint label{credit}suffix``.

    The joint is the separator before the credit (" ", " - ", " (", "\\n"); the label ("Ảnh: ") starts at its
    first letter and belongs to the credit segment so the credit style covers "Ảnh: Vân Anh".
    """
    parsed = list(Formatter().parse(template))
    prefix = parsed[0][0]
    between = parsed[1][0]
    upper = parsed[1][1] == "CREDIT"
    suffix = "".join(lit for lit, _, _, _ in parsed[2:])
    cut = next((i for i, ch in enumerate(between) if ch.isalnum()), len(between))
    return prefix, between[:cut], between[cut:], upper, suffix


# -- loading -------------------------------------------------------------------------------------------------

# Profile JSON: section → key → (profile field, accepted types).
_SCHEMA: dict[str, dict[str, tuple[str, tuple[type, ...]]]] = {
    "": {
        "display_name": ("display_name", (str,)),
        "site_name": ("site_name", (str,)),
        "tone_style": ("tone_style", (str,)),
        "preset_credits": ("preset_credits", (list,)),
        "description": ("description", (str,)),
        "sources": ("sources", (list,)),
    },
    "caption": {
        "template": ("caption_template", (str,)),
        "period": ("caption_period", (str,)),
        "credit_from": ("credit_from", (str,)),
    },
    "byline": {
        "position": ("byline_position", (str,)),
        "bold": ("byline_bold", (bool,)),
        "align": ("byline_align", (str,)),
        "separator": ("byline_separator", (str,)),
    },
    "docx": {
        "font": ("docx_font", (str,)),
        "font_size": ("docx_font_size", (int, float)),
        "reference": ("reference_docx", (str,)),
    },
    "html": {"template": ("html_template", (str,))},
    "checks": {
        "title_word_limit": ("title_word_limit", (int,)),
        "require_creator": ("require_creator", (bool,)),
    },
}
_CHOICES: dict[str, tuple[str, ...]] = {
    "tone_style": ("old", "new"),
    "caption.period": ("add", "strip", "keep"),
    "caption.credit_from": ("credit", "creator", "creator/credit"),
    "byline.position": ("end", "top"),
    "byline.align": ("left", "center", "right"),
}
_IGNORED = ("_comment", "$schema")
# A cited page: an http(s) address without spaces.
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s/]+(/\S*)?")


def _check_type(value: Any, types: tuple[type, ...], where: str) -> None:
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        expected = _KINDS.get(float if float in types else types[0], "other")
        found = _KINDS.get(type(value), "other")
        shown = f"{value!r:.40}" if not isinstance(value, dict | list) else ""
        problem = msg("profile.expected", expected=msg(f"profile.kind.{expected}"), found=msg(f"profile.kind.{found}"),
                      value=shown)  # fmt: skip
        raise InputError(problem, where=where)


_KINDS = {str: "text", float: "number", int: "whole-number", bool: "bool", dict: "object", list: "list",
          type(None): "null"}  # fmt: skip


def profile_from_mapping(data: Any, *, name: str, source: Path | None = None) -> OutletProfile:
    """A profile from parsed JSON; every problem is an InputError naming the file and the key."""
    try:
        return _from_mapping(data, name=name, source=source)
    except InputError as exc:
        raise exc.located(source=source) from None


def _from_mapping(data: Any, *, name: str, source: Path | None) -> OutletProfile:
    if not isinstance(data, Mapping):
        raise InputError(msg("profile.not-object", found=msg(f"profile.kind.{_KINDS.get(type(data), 'other')}")))
    values: dict[str, Any] = {"name": name, "source": source}
    for key, value in data.items():
        if key in _IGNORED:
            continue
        if key == "words":
            _check_type(value, (dict,), "words")
            values["words"] = words_from_mapping(value)
            continue
        if key == "dateline":
            _check_type(value, (dict,), "dateline")
            try:
                values["dateline"] = style_from_mapping(value)
            except InputError as exc:
                raise exc.located(where_prefix="dateline") from None
            continue
        if key in _SCHEMA and key:
            _check_type(value, (dict,), key)
            section, items = _SCHEMA[key], value.items()
        elif key in _SCHEMA[""]:
            section, items = _SCHEMA[""], [(key, value)]
        else:
            known = sorted([*_SCHEMA[""], *(k for k in _SCHEMA if k), "dateline", "words"])
            raise InputError(msg("profile.unknown-key", known=", ".join(known)), where=key)
        prefix = f"{key}." if key in _SCHEMA and key else ""
        for sub, subvalue in items:
            where = f"{prefix}{sub}"
            if sub not in section:
                raise InputError(msg("profile.unknown-key", known=", ".join(section)), where=where)
            attr, types = section[sub]
            _check_type(subvalue, types, where)
            if where in _CHOICES and subvalue not in _CHOICES[where]:
                choices = ", ".join(_CHOICES[where])
                raise InputError(msg("profile.not-a-choice", value=subvalue, choices=choices), where=where)
            if attr in ("preset_credits", "sources"):
                for i, item in enumerate(subvalue):
                    _check_type(item, (str,), f"{where}[{i}]")
                    if attr == "sources" and not _WEB_ADDRESS.fullmatch(item.strip()):
                        raise InputError(msg("profile.source-not-address", value=f"{item:.60}"), where=f"{where}[{i}]")
                subvalue = tuple(nfc(s).strip() for s in subvalue)
            elif isinstance(subvalue, str):
                subvalue = nfc(subvalue)
            values[attr] = subvalue
    if "docx_font_size" in values:
        if not 6 <= values["docx_font_size"] <= 72:
            raise InputError(msg("profile.font-size"), where="docx.font_size")
        values["docx_font_size"] = float(values["docx_font_size"])
    if values.get("title_word_limit", 1) < 1:
        raise InputError(msg("profile.at-least-one"), where="checks.title_word_limit")
    problem = _caption_template_problem(values.get("caption_template", OutletProfile.caption_template))
    if problem:
        raise InputError(problem, where="caption.template")
    return OutletProfile(**values)


def words_from_mapping(data: Mapping[str, Any]) -> DocumentWords:
    """The ``words`` section: known keys only, each non-empty text (NFC); the rest keep their defaults."""
    known = [f.name for f in fields(DocumentWords)]
    values: dict[str, str] = {}
    for key, value in data.items():
        where = f"words.{key}"
        if key not in known:
            raise InputError(msg("profile.unknown-key", known=", ".join(known)), where=where)
        _check_type(value, (str,), where)
        text = " ".join(nfc(value).split())
        if not text:
            raise InputError(msg("profile.word-empty"), where=where)
        if key == "photo" and (" " in text or not text.replace("-", "").isalnum()):
            raise InputError(msg("profile.word-one-word"), where=where)
        if key in _WORD_TEMPLATES:
            problem = _word_template_problem(text)
            if problem:
                raise InputError(problem, where=where)
        values[key] = text
    return DocumentWords(**values)


def profile_dirs(extra: Iterable[str | Path] = ()) -> list[Path]:
    """Where profiles are looked up by name: the caller's (a newsroom's) folders first, then the bundled."""
    return [*(Path(p) for p in extra), PROFILE_DIR]


def load_profile(name_or_path: str | Path, *, extra_dirs: Iterable[str | Path] = ()) -> OutletProfile:
    """A profile by name (``bao-quang-ninh``) or by the path of a ``.json`` file."""
    candidate = Path(name_or_path)
    is_path = isinstance(name_or_path, Path) or candidate.suffix == ".json" or len(candidate.parts) > 1
    if is_path:
        path = candidate
    else:
        found = [d / f"{name_or_path}.json" for d in profile_dirs(extra_dirs) if (d / f"{name_or_path}.json").is_file()]
        if not found:
            known = ", ".join(list_profiles(extra_dirs))
            raise InputError(msg("profile.no-such-profile", known=known), source=str(name_or_path))
        path = found[0]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(msg("profile.file-missing"), source=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        log_cause(path, exc)
        raise InputError(msg("profile.cannot-read"), source=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        log_cause(path, exc)
        raise InputError(msg("profile.invalid-json", line=exc.lineno, column=exc.colno), source=path) from None
    return profile_from_mapping(data, name=path.stem, source=path)


def list_profiles(extra_dirs: Iterable[str | Path] = ()) -> list[str]:
    """Profile names available, the default first, then alphabetical."""
    names = {p.stem for d in profile_dirs(extra_dirs) if d.is_dir() for p in d.glob("*.json")}
    return sorted(names, key=lambda n: (n != DEFAULT_PROFILE, n))


def default_profile() -> OutletProfile:
    """Báo Quảng Ninh's profile from its file (the same values built in if the file is missing)."""
    try:
        return load_profile(DEFAULT_PROFILE)
    except InputError:
        if (PROFILE_DIR / f"{DEFAULT_PROFILE}.json").is_file():
            raise  # a broken default file must be reported, not hidden
        return OutletProfile()


def dateline_presets(extra_dirs: Iterable[str | Path] = ()) -> dict[str, DatelineStyle]:
    """Every profile's dateline style by profile name (for a preset picker in the UI)."""
    return {name: load_profile(name, extra_dirs=extra_dirs).dateline for name in list_profiles(extra_dirs)}
