"""The published JSON Schema and the reader agree: what one accepts the other accepts, and typical errors fail both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

from editor.errors import InputError  # noqa: E402
from editor.model import article_from_data, article_to_data, read_article_json  # noqa: E402

from .test_interchange import BAD_CASES, ISSUE_FORM  # noqa: E402

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schema" / "article-v1.schema.json"
# Problems that a JSON Schema cannot see: files on disk, characters, escapes in a path, number ordering.
READER_ONLY = {
    "escaping image",
    "missing image",
    "image is a folder",
    "NUL byte",
    "lone surrogate",
    "bad crop",
    "absolute image",
    "windows absolute",
    "empty title",
    "bad date",
    "malformed",
    "NaN",
    "deep nesting",
}


@pytest.fixture(scope="module")
def validator() -> object:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_sample_and_issue_form_validate(validator: object, sample_json: Path) -> None:
    validator.validate(json.loads(sample_json.read_text(encoding="utf-8")))  # type: ignore[attr-defined]
    validator.validate(ISSUE_FORM)  # type: ignore[attr-defined]


def test_written_json_validates(validator: object, sample_json: Path) -> None:
    validator.validate(article_to_data(read_article_json(sample_json)))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "data"),
    [(c[0], c[1]) for c in BAD_CASES if c[0] not in READER_ONLY],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_schema_rejects_what_the_reader_rejects(validator: object, name: str, data: object) -> None:
    assert not validator.is_valid(data), name  # type: ignore[attr-defined]
    with pytest.raises(InputError):
        article_from_data(data)
