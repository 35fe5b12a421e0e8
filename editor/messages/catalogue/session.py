"""Saving, autosave and recovery: what a reporter reads when the file behind the window cannot be written."""

MESSAGES: dict[str, tuple[str, str]] = {
    "session.internal_error": (
        "lỗi bên trong Bản Thảo (chi tiết đã ghi vào nhật ký {log})",
        "an internal error in Bản Thảo (details are in the log {log})",
    ),
    "session.saved_elsewhere": (
        "tệp đã được lưu từ một cửa sổ khác lúc {when}, sau khi bạn mở nó",
        "the file was saved from another window at {when}, after you opened it",
    ),
    "session.rescue_kept": (
        "Tự động lưu vào «{name}» không được: {problem}. Bản sao khôi phục được giữ ngoài tệp, trong {folder}; "
        "hãy «Lưu thành…» sang chỗ khác.",
        "Autosave into “{name}” failed: {problem}. A recovery copy is kept outside the file, in {folder}; "
        "use “Save as…” to save it elsewhere.",
    ),
    "session.rescue_failed": (
        "Tự động lưu vào «{name}» không được: {problem}. Không giữ được bản sao khôi phục ({rescue}); "
        "hãy «Lưu thành…» sang chỗ khác ngay.",
        "Autosave into “{name}” failed: {problem}. No recovery copy could be kept ({rescue}); "
        "use “Save as…” to save it elsewhere now.",
    ),
    "session.autosave_back": (
        "Tự động lưu đã chạy lại bình thường.",
        "Autosave works again.",
    ),
    "session.new_article": ("bài mới", "new article"),
    "session.photo_unavailable": (
        "ảnh {name} không còn đọc được (bài đã đóng, hoặc tệp ảnh không còn ở đó)",
        "photo {name} can no longer be read (the article was closed, or the photo file is gone)",
    ),
    "session.photo_undecodable": ("không hiển thị được ảnh {name}", "photo {name} cannot be shown"),
    "session.never_saved": (
        "bài chưa từng được lưu: hãy dùng «Lưu thành…»",
        "the article has never been saved: use Save As",
    ),
    "session.nothing_to_save": ("không có gì để lưu", "nothing to save"),
    "session.no_title": (
        "bài chưa có tít; hãy đặt tít trước khi lưu",
        "the article has no title yet; write one before saving",
    ),
    "session.nothing_open": ("chưa mở bài nào", "no article is open"),
    "session.orphan_unreadable": (
        "Không mở được một bài chưa lưu còn lại từ lần Bản Thảo tắt đột ngột ({problem}). Tệp vẫn được giữ nguyên "
        "ở {path}; hãy mở nó (Ctrl+O) để khôi phục phần còn đọc được.",
        "An unsaved article left from a time Bản Thảo stopped suddenly cannot be opened ({problem}). The file is "
        "kept as it is at {path}; open it (Ctrl+O) to recover what is readable.",
    ),
}
