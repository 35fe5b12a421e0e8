"""Frame geometry: column width for full and wide photos, half for floated ones, tall photos capped, pixels at dpi."""

from __future__ import annotations

from editor.export.docx.photos import EMU_PER_INCH, FrameGeometry, quarter_turns
from editor.model.article import Layout

A4 = FrameGeometry(text_width=6120130, text_height=9232900, dpi=300)  # 17 × 25.65 cm


def test_full_and_wide_photos_fill_the_column_with_their_shape():
    for layout in (Layout.FULL, Layout.WIDE):
        width, height = A4.fit(layout, 6000, 4000)
        assert width == A4.text_width and abs(height / width - 4000 / 6000) < 1e-6


def test_a_portrait_photo_is_capped_to_sixty_percent_of_the_text_height():
    width, height = A4.fit(Layout.FULL, 4000, 6000)
    assert height == round(A4.text_height * 0.6) and abs(width / height - 4000 / 6000) < 1e-3


def test_floated_photos_take_about_half_the_column_and_never_more():
    width, _ = A4.fit(Layout.LEFT, 6000, 4000)
    assert abs(width - A4.text_width * 0.48) <= 1
    width, height = A4.fit(Layout.RIGHT, 1000, 5000)
    assert width < A4.text_width * 0.48 and height == round(A4.text_height * 0.4)


def test_rendition_pixels_are_the_frame_at_the_requested_dpi():
    width_px, height_px = A4.pixels(Layout.FULL)
    assert width_px == 2008  # 17 cm at 300 dpi
    assert abs(height_px - A4.text_height * 0.6 / EMU_PER_INCH * 300) < 1
    half = FrameGeometry(A4.text_width, A4.text_height, dpi=150).pixels(Layout.FULL)
    assert half[0] == 1004


def test_ir_degrees_become_quarter_turns():
    assert [quarter_turns(d) for d in (0, 90, 180, 270, 360, -90)] == [0, 1, 2, 3, 0, 3]
