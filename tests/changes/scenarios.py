"""A small article with photos, and the edit scenarios every tracked-changes test runs through real clients."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.export_docx.helpers import write_jpeg

BASE: dict[str, Any] = {
    "version": 1,
    "kicker": "Kinh tế địa phương",
    "title": "Làng gốm bên sông vào mùa lò Tết",
    "sapo": "Những ngày cuối năm, làng gốm Đông Xá ven sông đỏ lửa suốt đêm.",
    "published": "2020-12-19T16:25:00+07:00",
    "location": "Hà Nội",
    "authors": ["Vân Anh"],
    "body": [
        {"type": "paragraph", "spans": [
            {"text": "Ông Khải nói sức khoẻ của thợ là vốn quý nhất của làng, và "},
            {"text": "mỗi mẻ gốm", "italic": True},
            {"text": " phải ra lò đúng hẹn."},
        ]},
        {"type": "figure", "image": "images/p01.jpg", "caption": "Khói bốc lên từ các lò nung.", "credit": "Vân Anh"},
        {"type": "heading", "text": "Mùa hàng Tết"},
        {"type": "paragraph", "text": "Trong xưởng nhỏ, bốn bàn xoay chạy liên tục từ 6 giờ sáng đến tối."},
        {"type": "figure", "image": "images/p02.jpg", "caption": "Thợ chuyển đất sét vào máy nhào.",
         "credit": "Ngọc Thành"},
        {"type": "paragraph", "text": "Chị Hường kể năm nay đơn hàng tăng khoảng 30% so với cùng kỳ."},
        {"type": "figure", "image": "images/p03.jpg", "caption": "Lò nung cổ nhất làng.", "credit": "Vân Anh",
         "layout": "right"},
        {"type": "paragraph", "text": "Sau khi tạo hình, sản phẩm được phơi trong bóng râm nhiều ngày."},
    ],
    "source": "Theo TTXVN",
    "related": [{"title": "Gốm Bát Tràng vào mùa cao điểm", "url": "https://example.vn/gom"}],
}  # fmt: skip


def write_article(folder: Path, data: dict[str, Any]) -> Path:
    """``folder/article.json`` with the four test photos beside it (written once per folder)."""
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    colours = [(70, 120, 180), (160, 110, 60), (60, 150, 90), (150, 60, 140)]
    for index, colour in enumerate(colours, 1):
        if not (images / f"p0{index}.jpg").exists():
            write_jpeg(images / f"p0{index}.jpg", (300 + 40 * index, 200), colour=colour)
    path = folder / "article.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _para(data: dict, index: int) -> dict:
    return data["body"][index]


def one_word(d: dict) -> None:
    _para(d, 3)["text"] = _para(d, 3)["text"].replace("bốn bàn", "năm bàn")


def tone_mark(d: dict) -> None:
    _para(d, 0)["spans"][0]["text"] = _para(d, 0)["spans"][0]["text"].replace("khoẻ", "khỏe")


def sentence_added(d: dict) -> None:
    _para(d, 5)["text"] += " Nhiều đơn hàng đến từ các tỉnh phía Nam."


def paragraph_deleted(d: dict) -> None:
    del d["body"][7]


def caption_and_credit(d: dict) -> None:
    d["body"][1]["caption"] = "Khói trắng bốc lên từ các lò nung lúc sáng sớm."
    d["body"][4]["credit"] = "Ngọc Thành/TTXVN"


def photo_added(d: dict) -> None:
    d["body"].insert(4, {"type": "figure", "image": "images/p04.jpg", "caption": "Gốm phơi trong sân.",
                         "credit": "Vân Anh"})  # fmt: skip


def photo_removed(d: dict) -> None:
    del d["body"][4]


def photo_swapped(d: dict) -> None:
    d["body"][1]["image"] = "images/p04.jpg"


def photo_moved(d: dict) -> None:
    figure = d["body"].pop(4)
    d["body"].insert(0, figure)


def title_changed(d: dict) -> None:
    d["title"] = "Làng gốm Đông Xá đỏ lửa mùa Tết"


def bold_added(d: dict) -> None:
    text = _para(d, 5)["text"]
    head, tail = text.split("30%")
    _para(d, 5).pop("text")
    _para(d, 5)["spans"] = [{"text": head}, {"text": "30%", "bold": True}, {"text": tail}]


def floating_removed(d: dict) -> None:
    del d["body"][6]


def header_and_byline(d: dict) -> None:
    d["kicker"] = "Kinh tế làng nghề"
    d["sapo"] = d["sapo"].replace("suốt đêm", "suốt ngày đêm")
    d["location"] = "Hà Nội, Việt Nam"
    d["authors"] = ["Vân Anh", "Ngọc Thành"]
    d["body"][2]["text"] = "Mùa hàng Tết bận rộn"
    d["source"] = "Theo TTXVN và VnExpress"


def rewritten(d: dict) -> None:
    d["title"] = "Một bài hoàn toàn khác"
    d["sapo"] = "Mọi chữ đều đã viết lại."
    d["body"] = [
        {"type": "paragraph", "text": "Đoạn mở đầu mới tinh, không chung chữ nào với bản cũ."},
        {"type": "figure", "image": "images/p04.jpg", "caption": "Ảnh mới.", "credit": "Thu Chung"},
        {"type": "paragraph", "text": "Đoạn kết cũng mới."},
    ]
    d["related"] = []


# name → (edit, text only in the old side, text only in the new side) — the markers LibreOffice's PDF must show
SCENARIOS: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "one_word": (one_word, "bốn", "năm bàn"),
    "tone_mark": (tone_mark, "khoẻ", "khỏe"),
    "sentence_added": (sentence_added, "", "phía Nam"),
    "paragraph_deleted": (paragraph_deleted, "bóng râm", ""),
    "caption_and_credit": (caption_and_credit, "", "lúc sáng sớm"),
    "photo_added": (photo_added, "", "Gốm phơi"),
    "photo_removed": (photo_removed, "máy nhào", ""),
    "photo_swapped": (photo_swapped, "", ""),
    "photo_moved": (photo_moved, "", ""),
    "title_changed": (title_changed, "bên sông vào", "Đông Xá đỏ lửa"),
    "bold_added": (bold_added, "", ""),
    "floating_removed": (floating_removed, "cổ nhất", ""),
    "header_and_byline": (header_and_byline, "", "Ngọc Thành"),
    "rewritten": (rewritten, "bàn xoay", "mới tinh"),
}


def edited(name: str) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    SCENARIOS[name][0](data)
    return data
