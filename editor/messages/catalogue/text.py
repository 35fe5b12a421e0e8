"""Vietnamese text services (spell checking) as the reporter hears of them."""

MESSAGES: dict[str, tuple[str, str]] = {
    "spell.unavailable": (
        "Chưa có từ điển chính tả tiếng Việt (vi_VN.dic, vi_VN.aff): kiểm tra chính tả đang tắt.",
        "No Vietnamese spelling dictionary (vi_VN.dic, vi_VN.aff) is installed: spell checking is off.",
    ),
    "spell.broken-dictionary": (
        "Không đọc được từ điển chính tả {path}: kiểm tra chính tả đang tắt.",
        "The spelling dictionary {path} cannot be read: spell checking is off.",
    ),
}
