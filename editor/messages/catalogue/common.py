"""Words shared by every area."""

MESSAGES: dict[str, tuple[str, str]] = {
    "common.photo": ("Ảnh {number} ({name})", "Photo {number} ({name})"),
}
