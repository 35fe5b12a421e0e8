"""Messages of the editing area: body formatting, paste, related links, the export dialog."""

MESSAGES: dict[str, tuple[str, str]] = {
    # The related-links check (Tin liên quan).
    "editing.related-no-url": (
        "Tin liên quan “{title}” chưa có địa chỉ: khi xuất sẽ in thành chữ thường, không có liên kết.",
        "Related link “{title}” has no address: it is exported as plain text, without a link.",
    ),
    "editing.related-no-scheme": (
        "Địa chỉ của tin liên quan “{title}” thiếu “https://”: khi xuất, địa chỉ sẽ là {url}.",
        "The address of related link “{title}” lacks “https://”: it is exported as {url}.",
    ),
    "editing.related-bad-url": (
        "Tin liên quan “{title}” có địa chỉ không phải trang web ({url}): khi xuất sẽ in thành chữ thường.",
        "Related link “{title}” has an address that is not a web page ({url}): it is exported as plain text.",
    ),
    "editing.related-untitled": ("(chưa có tít)", "(no title)"),
}
