"""The builder owns caption + labels: AI-made and archive photos carry the outlet's labels in DOCX, HTML and the
editor's figure view alike; the IR carries the metadata and the JSON-LD rights."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.export.build import build_document, figure_caption_parts
from editor.model import Article, DigitalSourceType, Figure, Rights, SourceKind
from editor.storage.documents import FolderPhotos
from editor.text.profile import OutletProfile, profile_from_mapping

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

AI = Rights(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, creator="Midjourney")
OLD = Rights(source=SourceKind.ARCHIVE, taken=datetime(2015, 5, 1, tzinfo=timezone(timedelta(hours=7))))


def _doc(tmp_path: Path, *figures: Figure, profile: OutletProfile | None = None):  # type: ignore[no-untyped-def]
    (tmp_path / "a.jpg").write_bytes(b"x")
    return build_document(Article(title="T", body=figures), FolderPhotos(tmp_path), profile or OutletProfile())


def test_ai_and_archive_labels_go_with_the_caption_before_the_credit(tmp_path: Path) -> None:
    doc = _doc(tmp_path, Figure("a.jpg", caption="Phố tương lai", credit="Vân Anh", rights=AI),
               Figure("a.jpg", caption="Cầu Bãi Cháy năm 2015.", credit="Thu Chung", rights=OLD))  # fmt: skip
    ai, old = doc.figures
    assert ai.caption_text == "Phố tương lai. Ảnh minh họa do AI tạo ra. Ảnh: Vân Anh"
    assert ai.labels == ("Ảnh minh họa do AI tạo ra",)
    assert old.caption_text == "Cầu Bãi Cháy năm 2015. Ảnh tư liệu. Ảnh: Thu Chung"
    assert ai.embed is not None and ai.embed.caption == "Phố tương lai. Ảnh minh họa do AI tạo ra"
    assert ai.embed.creator == "Midjourney" and ai.digital_source_type.endswith("/trainedAlgorithmicMedia")
    assert old.embed is not None and old.embed.date_created == OLD.taken


def test_the_figure_view_uses_the_same_composition(tmp_path: Path) -> None:
    figure = Figure("a.jpg", caption="Phố tương lai", credit="Vân Anh", rights=AI)
    (ir,) = _doc(tmp_path, figure).figures
    assert tuple(figure_caption_parts(figure, OutletProfile())) == ir.caption_parts


def test_a_label_already_in_the_caption_or_credit_is_not_repeated(tmp_path: Path) -> None:
    said = Figure("a.jpg", caption="Phố tương lai (ảnh minh họa do AI tạo ra)", credit="Vân Anh", rights=AI)
    preset = Figure("a.jpg", caption="Cầu cũ", credit="Ảnh tư liệu", rights=OLD)
    first, second = _doc(tmp_path, said, preset).figures
    assert first.labels == () and second.labels == ()
    assert second.caption_text == "Cầu cũ. Ảnh tư liệu"


def test_labels_are_newsroom_templates(tmp_path: Path) -> None:
    profile = profile_from_mapping({"words": {"label_archive": "Ảnh tư liệu {year}", "label_ai": "Ảnh AI ({creator})"}},
                                   name="x")  # fmt: skip
    ai, old = _doc(tmp_path, Figure("a.jpg", caption="A", rights=AI), Figure("a.jpg", caption="B", rights=OLD),
                   profile=profile).figures  # fmt: skip
    assert ai.caption_text == "A. Ảnh AI (Midjourney)."
    assert old.caption_text == "B. Ảnh tư liệu 2015."
    with pytest.raises(InputError, match=r"words\.label_ai: unknown placeholder \{tool\}"):
        profile_from_mapping({"words": {"label_ai": "{tool}"}}, name="x")
    with pytest.raises(InputError, match=r"checks\.require_creator: expected true or false"):
        profile_from_mapping({"checks": {"require_creator": "yes"}}, name="x")


def test_json_ld_urls_are_safe_and_agency_page_is_the_acquire_page(tmp_path: Path) -> None:
    rights = Rights(license_url="javascript:alert(1)", source=SourceKind.AGENCY, source_url="https://ttxvn.vn/anh/1")
    (ir,) = _doc(tmp_path, Figure("a.jpg", caption="A", rights=rights)).figures
    assert ir.license_url == "" and ir.acquire_license_url == "https://ttxvn.vn/anh/1"
    assert ir.embed is not None and ir.embed.web_statement == ""
