from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from editor.errors import InputError
from editor.model import (
    Article,
    Figure,
    Layout,
    Paragraph,
    Span,
    article_from_data,
    article_to_data,
    article_to_json_text,
    read_article_json,
)

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages


def _write(folder: Path, data: Any, *, images: tuple[str, ...] = ("images/p01.jpg",)) -> Path:
    for name in images:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"\xff\xd8not really a jpeg")
    path = folder / "article.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # \u escapes: lone surrogates survive
    return path


ISSUE_FORM = {
    "kicker": "Chung tay vì người nghèo",
    "title": "Sức lan tỏa ở Uông Bí",
    "sapo": "Sapo…",
    "published": "2020-12-19T16:25:00+07:00",
    "location": "Uông Bí",
    "authors": ["Thu Chung"],
    "body": [
        {"type": "paragraph", "text": "Đoạn một."},
        {"type": "heading", "text": "Tít xen"},
        {"type": "quote", "text": "“Trích dẫn”"},
        {
            "type": "figure",
            "image": "images/p01.jpg",
            "caption": "Chú thích.",
            "credit": "Vân Anh",
            "alt": "Mô tả",
            "layout": "full",
        },
    ],
    "related": [{"title": "Tin khác", "url": "https://example.org/a"}],
}


def test_reads_the_form_given_in_the_issue(tmp_path: Path) -> None:
    article = read_article_json(_write(tmp_path, ISSUE_FORM))
    assert article.title == "Sức lan tỏa ở Uông Bí"
    assert article.dateline.published.isoformat() == "2020-12-19T16:25:00+07:00"  # type: ignore[union-attr]
    assert article.dateline.location == "Uông Bí"
    assert [a.name for a in article.authors] == ["Thu Chung"]
    figure = article.figures[0]
    assert (figure.caption, figure.credit, figure.alt, figure.layout) == ("Chú thích.", "Vân Anh", "Mô tả", Layout.FULL)
    assert article.related[0].url == "https://example.org/a"


def test_sample_article_round_trips(sample_json: Path) -> None:
    article = read_article_json(sample_json)
    assert article.figures and article.authors and article.related
    again = article_from_data(json.loads(article_to_json_text(article)))
    assert again == article
    assert article_to_data(again) == article_to_data(article)


def test_rich_content_round_trips_losslessly() -> None:
    from datetime import datetime, timedelta, timezone

    from editor.model import Author, BylinePosition, Dateline, Heading, Quote, RelatedLink

    article = Article(
        title="T",
        kicker="K",
        sapo="S",
        dateline=Dateline(datetime(1965, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=8))), "Sài Gòn"),
        body=(
            Paragraph((Span("đậm", bold=True), Span(" nghiêng", italic=True), Span(" link", link="https://x.vn"))),
            Heading("H"),
            Quote((Span("q"), Span("b", bold=True))),
            Figure("a/b.png", "c", "d", "e", Layout.LEFT, 90, (0.1, 0.2, 0.9, 1.0), (("caption", "IPTC 2:120"),)),
        ),
        authors=(Author("Thu Chung"), Author("Vân Anh", "Ảnh", BylinePosition.TOP)),
        source="Theo TTXVN",
        related=(RelatedLink("r", "https://r.vn"),),
        keywords=("a", "b"),
        extensions=(("x-cms", '{"id": 7}'),),
    )
    assert article_from_data(json.loads(article_to_json_text(article))) == article


def test_every_string_is_nfc_on_the_way_in(tmp_path: Path) -> None:
    nfd = {k: unicodedata.normalize("NFD", v) if isinstance(v, str) else v for k, v in ISSUE_FORM.items()}
    nfd["body"] = [{**b, "text": unicodedata.normalize("NFD", b["text"])} if "text" in b else b for b in nfd["body"]]
    # UniKey's "Unicode tổ hợp": precomposed ơ plus a combining tone mark, neither NFC nor NFD.
    nfd["kicker"] = "Ch\u01a1\u0300i"
    article = read_article_json(_write(tmp_path, nfd))
    for text in (article.title, article.sapo, article.kicker, article.body[0].text):  # type: ignore[union-attr]
        assert unicodedata.is_normalized("NFC", text)
    assert article.kicker == "Chời"
    assert article == read_article_json(_write(tmp_path, {**ISSUE_FORM, "kicker": "Chời"}))


def test_unknown_keys_are_rejected_but_x_keys_kept(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"body\[3\]: unknown key “captoin”"):
        read_article_json(
            _write(
                tmp_path, {**ISSUE_FORM, "body": [*ISSUE_FORM["body"][:3], {**ISSUE_FORM["body"][3], "captoin": "x"}]}
            )
        )
    with pytest.raises(InputError, match="unknown key “subtitle”"):
        read_article_json(_write(tmp_path, {**ISSUE_FORM, "subtitle": "x"}))
    article = read_article_json(_write(tmp_path, {**ISSUE_FORM, "x-cms": {"id": 42}}))
    assert article_to_data(article)["x-cms"] == {"id": 42}


BAD_CASES = [
    ("malformed", "{not json", r"article\.json: not valid JSON: .* line 1"),
    ("top list", [], r"article\.json: expected a JSON object at the top"),
    ("missing title", {k: v for k, v in ISSUE_FORM.items() if k != "title"}, r"article\.json: title: is missing"),
    ("empty title", {**ISSUE_FORM, "title": "  "}, r"title: is empty"),
    ("title wrong type", {**ISSUE_FORM, "title": 5}, r"title: expected text, found a number"),
    ("body not list", {**ISSUE_FORM, "body": {}}, r"body: expected a list"),
    ("no offset", {**ISSUE_FORM, "published": "2020-12-19T16:25:00"}, r"published: .* has no UTC offset"),
    ("bad date", {**ISSUE_FORM, "published": "19/12/2020"}, r"published: .* is not an ISO 8601"),
    ("bad block type", {**ISSUE_FORM, "body": [{"type": "video"}]}, r"body\[0\]\.type: expected one of"),
    ("bad layout", {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "layout": "huge"}]}, r"body\[0\]\.layout"),
    (
        "absolute image",
        {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "image": "/etc/passwd"}]},
        r"body\[0\]\.image: photo 1: “/etc/passwd” is an absolute path",
    ),
    ("windows absolute", {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "image": "C:/x.jpg"}]}, r"absolute path"),
    (
        "escaping image",
        {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "image": "images/../../x.jpg"}]},
        r"body\[0\]\.image: .* points outside",
    ),
    (
        "missing image",
        {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "image": "images/nope.jpg"}]},
        r"body\[0\]\.image: photo 1: “images/nope.jpg”: no such file",
    ),
    (
        "image is a folder",
        {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "image": "images"}]},
        r"is not a regular file",
    ),
    ("NUL byte", {**ISSUE_FORM, "sapo": "a\x00b"}, r"sapo: contains control characters"),
    ("lone surrogate", {**ISSUE_FORM, "title": "a\ud800b"}, r"title: contains control characters"),
    (
        "10 MB caption",
        {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "caption": "x" * 10_000_000}]},
        r"body\[0\]\.caption: 10,000,000 characters, more than the 10,000 allowed",
    ),
    ("newer version", {**ISSUE_FORM, "version": 2}, r"version: format version 2 is newer"),
    ("bad rotation", {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "rotation": 45}]}, r"rotation: expected 0, 90"),
    ("bad crop", {**ISSUE_FORM, "body": [{**ISSUE_FORM["body"][3], "crop": [0.5, 0, 0.2, 1]}]}, r"crop: expected 0"),
    ("NaN", '{"title": NaN}', r"not valid JSON: NaN is not allowed"),
    (
        "span not object",
        {**ISSUE_FORM, "body": [{"type": "paragraph", "spans": ["x"]}]},
        r"body\[0\]\.spans\[0\]: expected an object",
    ),
    (
        "author position",
        {**ISSUE_FORM, "authors": [{"name": "A", "position": "middle"}]},
        r"authors\[0\]\.position: expected end or top",
    ),
    ("related without url", {**ISSUE_FORM, "related": [{"title": "t"}]}, r"related\[0\]\.url: is missing"),
    ("deep nesting", "[" * 100_000 + "]" * 100_000, r"not valid JSON"),
]


@pytest.mark.parametrize(("data", "pattern"), [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES])
def test_bad_input_gets_one_line_error_naming_file_and_path(tmp_path: Path, data: Any, pattern: str) -> None:
    if isinstance(data, str):
        path = tmp_path / "article.json"
        path.write_text(data, encoding="utf-8")
    else:
        path = _write(tmp_path, data)
    with pytest.raises(InputError) as caught:
        read_article_json(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert __import__("re").search(pattern, message), message


def test_symlinked_image_escaping_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(b"x")
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / "images").mkdir()
    os.symlink(outside, folder / "images" / "p01.jpg")
    path = folder / "article.json"
    path.write_text(json.dumps(ISSUE_FORM), encoding="utf-8")
    with pytest.raises(InputError, match="resolves outside the JSON file's folder"):
        read_article_json(path)


def test_not_utf8_and_not_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b'{"title": "\xe0"}')
    with pytest.raises(InputError, match="not UTF-8"):
        read_article_json(path)
    with pytest.raises(InputError, match="not a regular file"):
        read_article_json(tmp_path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"title": "Tít"}).encode())
    assert read_article_json(path).title == "Tít"


def test_paragraph_spans_merge_and_plain_text_written_as_text() -> None:
    data = {"title": "t", "body": [{"type": "paragraph", "spans": [{"text": "a"}, {"text": "b"}]}]}
    article = article_from_data(data)
    assert article.body[0] == Paragraph((Span("ab"),))
    assert article_to_data(article)["body"][0] == {"type": "paragraph", "text": "ab"}
