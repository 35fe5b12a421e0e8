"""Find and replace in the core: Vietnamese folding, whole syllables, NFC offsets, every field kind, formatting kept."""

from __future__ import annotations

import unicodedata

from editor.checks.find import FindOptions, find, find_in_text, replace_all, replace_one
from editor.checks.findings import Location
from editor.model.article import Article, Figure, Heading, Paragraph, Quote, Span

LOOSE = FindOptions(ignore_diacritics=True)


def article() -> Article:
    return Article(
        kicker="Đang nóng",
        title="Đảng bộ xã đang họp",
        sapo="Dạng thức mới, đang thử.",
        body=(
            Paragraph((Span("Người dân "), Span("đang", bold=True), Span(" chờ đợi đang lúc.", italic=True))),
            Heading("Điều đang bàn"),
            Quote.plain("“Chúng tôi đang làm”"),
            Figure("images/a.jpg", caption="Bà con đang gặt lúa", credit="Ảnh: Đặng Văn A"),
        ),
    )


def test_ignore_diacritics_finds_every_vietnamese_form() -> None:
    text = "đang Đảng dạng dang dáng"
    found = [text[s:e] for s, e in find_in_text(text, "dang", LOOSE)]
    assert found == ["đang", "Đảng", "dạng", "dang", "dáng"]
    assert [text[s:e] for s, e in find_in_text(text, "dang")] == ["dang"]  # exact diacritics by default
    assert [text[s:e] for s, e in find_in_text(text, "ĐANG")] == ["đang"]  # case-insensitive by default
    assert find_in_text(text, "ĐANG", FindOptions(match_case=True)) == []


def test_needle_with_marks_is_folded_too() -> None:
    assert [m.text for m in find(article(), "ĐẢNG", LOOSE)][:2] == ["Đảng", "đang"]


def test_whole_syllables_respect_vietnamese_letters() -> None:
    text = "dạng dangdở đang, ấydang"
    whole = FindOptions(ignore_diacritics=True, whole_syllables=True)
    assert [text[s:e] for s, e in find_in_text(text, "dang", whole)] == ["dạng", "đang"]
    assert len(find_in_text(text, "dang", LOOSE)) == 4


def test_offsets_point_into_nfc_text_even_with_decomposed_marks() -> None:
    text = "Ông " + unicodedata.normalize("NFD", "đặng") + " và đặng"  # a stray decomposed word keeps its marks
    spans = find_in_text(text, "dang", LOOSE)
    assert [unicodedata.normalize("NFC", text[s:e]) for s, e in spans] == ["đặng", "đặng"]
    assert text[spans[1][0] : spans[1][1]] == "đặng"


def test_find_reports_places_in_document_order() -> None:
    places = [(m.location, m.start, m.text) for m in find(article(), "đang")]
    assert places == [
        (Location("title"), 11, "đang"),
        (Location("kicker"), 0, "Đang"),
        (Location("sapo"), 15, "đang"),
        (Location("body", 0, "text"), 10, "đang"),
        (Location("body", 0, "text"), 23, "đang"),
        (Location("body", 1, "text"), 5, "đang"),
        (Location("body", 2, "text"), 11, "đang"),
        (Location("body", 3, "caption"), 7, "đang"),
    ]
    assert [m.location.part for m in find(article(), "Đặng")] == ["credit"]


def test_replace_all_reaches_every_field_kind_and_keeps_span_formatting() -> None:
    after = replace_all(article(), "đang", "vẫn")
    assert after.title == "Đảng bộ xã vẫn họp" and after.kicker == "vẫn nóng"
    assert after.sapo == "Dạng thức mới, vẫn thử."
    para, heading, quote, figure = after.body
    assert para.spans == (Span("Người dân "), Span("vẫn", bold=True), Span(" chờ đợi vẫn lúc.", italic=True))
    assert heading.text == "Điều vẫn bàn" and quote.text == "“Chúng tôi vẫn làm”"
    assert figure.caption == "Bà con vẫn gặt lúa" and figure.credit == "Ảnh: Đặng Văn A"
    credit = replace_all(after, "đặng văn a", "Trần B")
    assert credit.body[3].credit == "Ảnh: Trần B"


def test_replace_one_changes_only_that_match_and_a_stale_match_is_skipped() -> None:
    before = article()
    second = find(before, "đang")[4]  # the second one in the first paragraph
    after = replace_one(before, second, "sẽ")
    assert after.body[0].text == "Người dân đang chờ đợi sẽ lúc."
    assert after.title == before.title
    assert replace_one(after, second, "x") == after  # its text is no longer there


def test_a_match_across_spans_is_replaced_in_the_span_it_starts_in() -> None:
    doc = Article(title="T", body=(Paragraph((Span("ab"), Span("cd", bold=True))),))
    (match,) = find(doc, "bc")
    assert replace_one(doc, match, "X").body[0].spans == (Span("aX"), Span("d", bold=True))


def test_nothing_to_find() -> None:
    assert find(article(), "") == [] and find(article(), "không có") == []
    assert replace_all(article(), "không có", "x") == article()
