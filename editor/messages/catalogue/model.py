"""Values refused where they enter the article model (a widget, JSON, paste or salvage handed a wrong value)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "model.wrong_type": (
        "{field}: cần {expected}, nhận được {found}",
        "{field}: expected {expected}, got {found}",
    ),
    "model.bad_choice": (
        "{field}: cần một trong {choices}, nhận được {found}",
        "{field}: expected one of {choices}, got {found}",
    ),
    "model.bad_rotation": (
        "{field}: góc xoay phải là bội của 90° (0, 90, 180 hoặc 270), nhận được {found}",
        "{field}: a rotation must be a multiple of 90° (0, 90, 180 or 270), got {found}",
    ),
    "model.bad_crop": (
        "{field}: khung cắt phải là bốn số trái < phải, trên < dưới, trong khoảng 0–1; nhận được {found}",
        "{field}: a crop must be four numbers left < right, top < bottom, between 0 and 1; got {found}",
    ),
}
