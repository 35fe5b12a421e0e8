"""Photo rights checks and their one-click fixes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from editor.checks.fixes import apply_finding_fix
from editor.checks.rights import fold
from editor.checks.rules import CheckContext, run_checks
from editor.model import Article, Dateline, DigitalSourceType, Figure, Rights, SourceKind
from editor.text.profile import OutletProfile

ICT = timezone(timedelta(hours=7))
PUBLISHED = datetime(2026, 11, 20, 9, 0, tzinfo=ICT)


def _article(*figures: Figure) -> Article:
    return Article(title="Tít", dateline=Dateline(PUBLISHED), body=figures)


def _found(article: Article, profile: OutletProfile | None = None) -> dict[str, list]:
    ctx = CheckContext(article, profile or OutletProfile(), now=PUBLISHED)
    out: dict[str, list] = {}
    for finding in run_checks(ctx):
        if finding.id.startswith("rights."):
            out.setdefault(finding.id, []).append(finding)
    return out


def _fix(article: Article, finding) -> Article:
    fixed = apply_finding_fix(article, finding)
    assert fixed != article
    return fixed


def test_agency_credit_not_naming_the_agency_is_fixed_from_the_copyright() -> None:
    fig = Figure("a.jpg", caption="Cảnh.", credit="Dương Giang",
                 rights=Rights(source=SourceKind.AGENCY, copyright="© TTXVN"))  # fmt: skip
    found = _found(_article(fig))["rights.agency-credit"]
    assert "TTXVN" in found[0].message_vi and found[0].location.part == "credit"
    fixed = _fix(_article(fig), found[0])
    assert fixed.figures[0].credit == "Dương Giang/TTXVN"
    assert "rights.agency-credit" not in _found(fixed)
    unknown = replace(fig, rights=Rights(source=SourceKind.AGENCY))
    assert _found(_article(unknown))["rights.agency-credit"][0].fix is None


def test_social_photo_without_url() -> None:
    fig = Figure("a.jpg", caption="Cảnh.", credit="Facebook X", rights=Rights(source=SourceKind.SOCIAL))
    assert _found(_article(fig))["rights.social-no-url"][0].location.part == "source_url"
    ok = replace(fig, rights=replace(fig.rights, source_url="https://facebook.com/x/posts/1"))
    assert "rights.social-no-url" not in _found(_article(ok))


def test_ai_image_without_label_gets_the_profile_label() -> None:
    fig = Figure("a.jpg", caption="Phố cổ tương lai", credit="Midjourney",
                 rights=Rights(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA))  # fmt: skip
    found = _found(_article(fig))["rights.ai-no-label"]
    assert "Ảnh minh họa do AI tạo ra" in found[0].message_vi
    fixed = _fix(_article(fig), found[0])
    assert fixed.figures[0].caption == "Phố cổ tương lai. Ảnh minh họa do AI tạo ra"
    assert "rights.ai-no-label" not in _found(fixed)
    enhanced = replace(fig, rights=Rights(digital_source_type=DigitalSourceType.ALGORITHMICALLY_ENHANCED))
    assert "rights.ai-no-label" not in _found(_article(enhanced))


def test_old_photo_not_marked_archive() -> None:
    fig = Figure("a.jpg", caption="Cảnh.", credit="A", rights=Rights(taken=PUBLISHED - timedelta(days=400)))
    found = _found(_article(fig))["rights.old-not-archive"]
    fixed = _fix(_article(fig), found[0])
    assert fixed.figures[0].rights.source is SourceKind.ARCHIVE
    assert "rights.old-not-archive" not in _found(fixed)
    recent = replace(fig, rights=Rights(taken=PUBLISHED - timedelta(days=300)))
    assert "rights.old-not-archive" not in _found(_article(recent))


def test_same_photographer_spelled_two_ways() -> None:
    assert fold("Nguyễn Văn Đức") == fold("nguyen van  duc") == "nguyen van duc"
    article = _article(
        Figure("a.jpg", caption="A.", credit="Nguyễn Văn Đức"),
        Figure("b.jpg", caption="B.", credit="Nguyễn Văn Đức/TTXVN"),
        Figure("c.jpg", caption="C.", credit="Nguyen Van Duc", rights=Rights(creator="Nguyen Van Duc")),
    )
    found = _found(article)["rights.creator-spelling"]
    assert {f.location.block for f in found} == {2}
    assert "Nguyen Van Duc" in found[0].message_vi and "Nguyễn Văn Đức" in found[0].message_vi
    fixed = apply_finding_fix(article, found[0])
    assert fixed.figures[2].credit == "Nguyễn Văn Đức"
    fixed = apply_finding_fix(fixed, found[1])
    assert fixed.figures[2].rights.creator == "Nguyễn Văn Đức"
    assert fixed.figures[1].credit == "Nguyễn Văn Đức/TTXVN"  # the agency part is left alone
    assert "rights.creator-spelling" not in _found(fixed)


def test_missing_creator_only_where_the_profile_asks() -> None:
    fig = Figure("a.jpg", caption="A.", credit="Vân Anh")
    assert "rights.creator-missing" not in _found(_article(fig))
    strict = OutletProfile(require_creator=True)
    found = _found(_article(fig), strict)["rights.creator-missing"]
    fixed = _fix(_article(fig), found[0])
    assert fixed.figures[0].rights.creator == "Vân Anh"
    assert "rights.creator-missing" not in _found(fixed, strict)
    preset = Figure("a.jpg", caption="A.", credit="Ảnh minh họa")
    assert _found(_article(preset), strict)["rights.creator-missing"][0].fix is None


def test_iim_limits_and_non_web_links_are_reported() -> None:
    fig = Figure("a.jpg", caption="A.", credit="Một cái tên rất dài hơn ba mươi hai byte",
                 rights=Rights(license_url="ftp://x.org/l", source_url="javascript:alert(1)"))  # fmt: skip
    found = _found(_article(fig))
    assert [f.location.part for f in found["rights.iim-truncated"]] == ["credit"]
    assert "32" in found["rights.iim-truncated"][0].message_vi
    assert {f.location.part for f in found["rights.url-not-web"]} == {"license_url", "source_url"}


def test_preset_credits_and_agencies_are_not_people() -> None:
    article = _article(
        Figure("a.jpg", caption="A.", credit="Ảnh minh họa"),
        Figure("b.jpg", caption="B.", credit="ảnh minh hoạ"),
        Figure("c.jpg", caption="C.", credit="A/TTXVN"),
        Figure("d.jpg", caption="D.", credit="A/ttxvn"),
    )
    assert "rights.creator-spelling" not in _found(article)
