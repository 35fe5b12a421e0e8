"""Which paragraph is a photo's caption, and where its credit starts.

A caption is a Caption-styled paragraph (in any UI language), an italic or smaller paragraph right after (or before)
the picture, a paragraph in a text box drawn with the picture, or the cell under the photo in a table. The credit is
split off with the outlet profile's own template first, then the forms Vietnamese newsrooms use; a Word SEQ number
("Ảnh 1:") is dropped.
"""

from __future__ import annotations

import re
from string import Formatter

from editor.importers.walk import Para, Run
from editor.text.profile import OutletProfile

MAX_CAPTION = 600
_LABEL = r"(?:Ảnh|ẢNH|ảnh|Hình|HÌNH|Hình ảnh|Figure|FIGURE|Fig\.|Photo|PHOTO|Picture|Illustration|Abbildung|Image)"
_NUMBER = re.compile(rf"^\s*{_LABEL}\s*\d+[a-z]?\s*[:.\-–—]?\s*")
_CREDIT_WORD = r"(?:Ảnh|ẢNH|Nguồn|NGUỒN|Photo|PHOTO|Ảnh và video|Video)"
_SELF_NAMED = r"(?:Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh internet|Ảnh chụp màn hình|Ảnh cắt từ clip)"
_FORMS = (
    re.compile(rf"\s*\(\s*{_CREDIT_WORD}\s*:\s*(?P<credit>[^()]+?)\s*\)\s*\.?\s*$"),  # (Ảnh: X/TTXVN)
    re.compile(rf"\s*\(\s*(?P<credit>{_SELF_NAMED})\s*\)\s*\.?\s*$", re.IGNORECASE),  # (Ảnh minh họa)
    re.compile(rf"\s+[-–—]\s*{_CREDIT_WORD}\s*:\s*(?P<credit>.+?)\s*\.?\s*$"),  # - Ảnh: BẢO PHÚ
    re.compile(rf"(?:^|\n|(?<=[.!?…”\"’)\]])\s+|\s{{2,}})\s*{_CREDIT_WORD}\s*:\s*(?P<credit>[^\n]+?)\s*\.?\s*$"),
    re.compile(rf"(?:^|\n|(?<=[.!?…”\"’)\]])\s+)\s*(?P<credit>{_SELF_NAMED})\s*\.?\s*$", re.IGNORECASE),
)


def body_size(paras: list[Para]) -> float:
    """The body's usual font size: the size most body text is set in."""
    weights: dict[float, int] = {}
    for para in paras:
        if para.context != "body":
            continue
        for run in para.runs:
            if run.size:
                weights[run.size] = weights.get(run.size, 0) + len(run.text)
    return max(weights, key=lambda s: weights[s]) if weights else 11.0


def looks_like_caption(para: Para, size: float) -> bool:
    """Caption-styled, or short text all italic or set smaller than the body."""
    text = para.text.strip()
    if not text or para.pictures or len(text) > MAX_CAPTION:
        return False
    if para.style.role == "caption":
        return True
    if para.style.role in ("heading", "title", "kicker", "quote", "byline", "related", "related_heading"):
        return False
    runs = [r for r in para.runs if r.text.strip() and not r.seq]
    if not runs:
        return False
    if all(r.italic for r in runs):
        return True
    if all(r.size and r.size < size - 0.4 for r in runs):
        return True
    return para.context == "textbox" or bool(_NUMBER.match("".join(r.text for r in para.runs)))


def _template_pattern(profile: OutletProfile) -> re.Pattern[str] | None:
    parsed = list(Formatter().parse(profile.caption_template))
    if len(parsed) < 2:
        return None
    between = parsed[1][0]
    suffix = "".join(lit for lit, _, _, _ in parsed[2:])
    cut = next((i for i, ch in enumerate(between) if ch.isalnum()), len(between))
    joint, label = between[:cut].strip(), between[cut:].strip()
    if not label:
        return None
    joint_re = rf"\s*{re.escape(joint)}\s*" if joint else r"\s+"
    suffix_re = rf"\s*{re.escape(suffix.strip())}" if suffix.strip() else ""
    label_re = r"\s*".join(re.escape(part) for part in label.split())
    return re.compile(rf"{joint_re}{label_re}\s*(?P<credit>[^\n]+?){suffix_re}\s*\.?\s*$", re.IGNORECASE)


def split_caption(runs: list[Run], profile: OutletProfile) -> tuple[str, str, bool]:
    """(caption, credit, SEQ number dropped) from a caption paragraph's runs."""
    text = "".join(r.text for r in runs)
    numbered = any(r.seq for r in runs)
    found = _NUMBER.match(text)
    if found and (numbered or found.group(0).strip()[-1:] in ":.-–—"):
        text = text[found.end() :]
        numbered = True
    elif numbered:
        text = "".join(r.text for r in runs if not r.seq)
    credit_runs = "".join(r.text for r in runs if r.credit).strip()
    if credit_runs and text.rstrip().endswith(credit_runs):
        caption = text.rstrip()[: -len(credit_runs)]
        return _tidy(caption), _strip_label(credit_runs), numbered
    for pattern in (_template_pattern(profile), *_FORMS):
        if pattern is None:
            continue
        match = pattern.search(text)
        if match and match.group("credit").strip():
            return _tidy(text[: match.start()]), _tidy(match.group("credit")), numbered
    return _tidy(text), "", numbered


def _strip_label(credit: str) -> str:
    credit = re.sub(rf"^\(?\s*{_CREDIT_WORD}\s*:\s*", "", credit.strip())
    return _tidy(credit.rstrip(")").strip() if credit.endswith(")") and "(" not in credit else credit)


def _tidy(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).strip(" -–—")
