"""Figure rights and provenance: checked at construction, optional keys in interchange JSON v1, the schema agrees,
and the project file keeps them."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from editor.errors import InputError
from editor.model import (
    Article,
    DigitalSourceType,
    Figure,
    Rights,
    SourceKind,
    article_from_data,
    article_to_data,
    article_to_json_text,
    read_article_json,
)
from editor.model.rights import RightsValueError
from editor.storage.project import Project

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schema" / "article-v1.schema.json"
ICT = timezone(timedelta(hours=7))
FULL = Rights(
    creator="Nguyễn Văn A",
    copyright="© TTXVN",
    usage_terms="Chỉ dùng cho bài này",
    license_url="https://example.org/license",
    source=SourceKind.AGENCY,
    source_url="https://example.org/post/1",
    digital_source_type=DigitalSourceType.DIGITAL_CAPTURE,
    taken=datetime(2020, 12, 19, 8, 30, tzinfo=ICT),
)


@pytest.fixture(autouse=True)
def _english():  # type: ignore[no-untyped-def]
    from editor.messages import set_language

    set_language("en")  # the patterns below are the English messages
    yield
    set_language(None)


def _figure_data(**extra: Any) -> dict[str, Any]:
    return {"title": "Tít", "body": [{"type": "figure", "image": "images/p01.jpg", **extra}]}


def test_values_are_checked_where_they_enter_the_model() -> None:
    # A widget's plain text value becomes the enum (as the rest of the model does); anything else is refused.
    assert Rights(source="agency").source is SourceKind.AGENCY  # type: ignore[arg-type]
    kind = Rights(digital_source_type="trainedAlgorithmicMedia").digital_source_type  # type: ignore[arg-type]
    assert kind is DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA
    with pytest.raises(RightsValueError, match=r"figure\.source: expected one of staff, agency"):
        Rights(source="friend")  # type: ignore[arg-type]
    with pytest.raises(RightsValueError, match=r"figure\.digital_source_type"):
        Rights(digital_source_type=3)  # type: ignore[arg-type]
    with pytest.raises(RightsValueError, match="UTC offset"):
        Rights(taken=datetime(2020, 1, 1))
    with pytest.raises(RightsValueError, match=r"figure\.taken: expected datetime"):
        Rights(taken="2020-01-01")  # type: ignore[arg-type]
    with pytest.raises(RightsValueError, match=r"figure\.creator: expected str"):
        Rights(creator=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="one line"):
        Rights(copyright="a\nb")
    with pytest.raises(InputError, match="more than the 500"):
        Rights(creator="x" * 501)
    assert Rights(creator="Nguye\u0302\u0303n").creator == "Nguyễn"  # NFC on the way in
    assert Rights().empty and not FULL.empty


def test_machine_made_types_and_uris() -> None:
    assert DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.machine_made
    assert DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA.machine_made
    assert not DigitalSourceType.ALGORITHMICALLY_ENHANCED.machine_made
    assert not DigitalSourceType.DIGITAL_CAPTURE.machine_made
    uri = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    assert DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri == uri
    assert DigitalSourceType.from_text(uri.replace("http:", "https:")) is DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA
    assert DigitalSourceType.from_text("digitalArt") is DigitalSourceType.DIGITAL_ART
    assert DigitalSourceType.from_text("made up") is None


def test_rights_round_trip_through_json_and_only_set_keys_are_written() -> None:
    article = Article(title="Tít", body=(Figure("images/p01.jpg", rights=FULL), Figure("images/p02.jpg")))
    data = article_to_data(article)
    assert data["body"][0]["source"] == "agency"
    assert data["body"][0]["taken"] == "2020-12-19T08:30:00+07:00"
    assert not {"creator", "source", "taken"} & set(data["body"][1])
    assert article_from_data(json.loads(article_to_json_text(article))) == article


BAD_RIGHTS = [
    ("bad source", {"source": "friend"}, r"body\[0\]\.source: expected one of staff, agency"),
    ("source not text", {"source": ["staff"]}, r"body\[0\]\.source: expected one of"),
    ("bad dst", {"digital_source_type": "aiPicture"}, r"body\[0\]\.digital_source_type: “aiPicture” is not an IPTC"),
    ("dst not text", {"digital_source_type": 3}, r"digital_source_type: “3” is not an IPTC"),
    ("naive taken", {"taken": "2020-12-19T08:30:00"}, r"body\[0\]\.taken: .* has no UTC offset"),
    ("creator not text", {"creator": 7}, r"body\[0\]\.creator: expected text"),
    ("two-line copyright", {"copyright": "©\nTTXVN"}, r"body\[0\]\.copyright: must be one line"),
    ("huge usage terms", {"usage_terms": "x" * 5000}, r"usage_terms: 5,000 characters, more than the 4,000"),
    ("unknown provenance", {"provenance": {"gps": "EXIF"}}, r"provenance: unknown key “gps”"),
]


@pytest.mark.parametrize(("extra", "pattern"), [c[1:] for c in BAD_RIGHTS], ids=[c[0] for c in BAD_RIGHTS])
def test_reader_is_strict_about_rights(extra: dict[str, Any], pattern: str) -> None:
    with pytest.raises(InputError, match=pattern):
        article_from_data(_figure_data(**extra), source="article.json")


def test_schema_agrees_with_the_reader() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    good = article_to_data(Article(title="Tít", body=(Figure("images/p01.jpg", rights=FULL),)))
    good["body"][0]["provenance"] = {"creator": "XMP dc:creator", "taken": "EXIF DateTimeOriginal"}
    validator.validate(good)
    article_from_data(good)
    for name, extra, _pattern in BAD_RIGHTS:
        assert not validator.is_valid(_figure_data(**extra)), name


def test_json_file_and_project_file_keep_rights(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "p01.jpg").write_bytes(b"\xff\xd8x")
    data = article_to_data(Article(title="Tít", body=(Figure("images/p01.jpg", rights=FULL),)))
    (tmp_path / "article.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    article = read_article_json(tmp_path / "article.json")
    assert article.figures[0].rights == FULL
    project = Project.create(tmp_path / "bai.banthao", Article(title="Tít"))
    project.add_photo_bytes("images/p01.jpg", os.urandom(100))
    project.save(article)
    project.close()
    with Project.open(tmp_path / "bai.banthao") as again:
        assert again.load().figures[0].rights == FULL
    assert FULL.taken is not None and FULL.taken.astimezone(UTC).hour == 1
