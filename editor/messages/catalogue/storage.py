"""The project file, its integrity, salvage, and writing files (full disk, no permission, read-only disk)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # integrity of the photos inside a project
    "storage.photo_damaged": ("{photo} trong dự án bị hỏng ({reason})", "{photo} in the project is damaged ({reason})"),
    "storage.photos_damaged": (
        "{photos} trong dự án bị hỏng; hãy khôi phục dự án để giữ lại các ảnh còn nguyên",
        "{photos} in the project are damaged; salvage the project to keep the intact photos",
    ),
    "storage.photo_name": ("Ảnh {name}", "Photo {name}"),
    "storage.the_photos": ("các ảnh của bài", "the article's photos"),
    "storage.reason_hash": ("nội dung ảnh không khớp mã băm", "its bytes do not match their hash"),
    "storage.reason_size": (
        "kích thước ghi là {declared} byte nhưng có {actual} byte",
        "its declared size is {declared} bytes but it holds {actual}",
    ),
    "storage.reason_missing": ("không còn dữ liệu ảnh", "its bytes are missing"),
    "storage.reason_empty": ("dữ liệu ảnh rỗng (0 byte)", "it is empty (0 bytes)"),
    "storage.reason_too_large": ("quá lớn ({size} MB)", "too large ({size} MB)"),
    # defensive opening
    "storage.not_ours": (
        "là tệp SQLite nhưng không phải dự án Bản Thảo",
        "is a SQLite database but not a Bản Thảo project",
    ),
    "storage.future_version": (
        "được ghi bằng Bản Thảo mới hơn (định dạng dự án {version}; bản này đọc được đến {known});"
        " hãy cập nhật ứng dụng",
        "was written by a newer Bản Thảo (project format {version}; this version reads {known}); update the app",
    ),
    "storage.unknown_version": (
        "có số định dạng dự án không hợp lệ ({version})",
        "has an invalid project format number ({version})",
    ),
    "storage.untrusted_object": (
        "chứa {kind} “{name}” mà Bản Thảo không tạo ra; tệp không được tin cậy nên không mở",
        "holds a {kind} “{name}” that Bản Thảo never creates; the file is not trusted, so it is not opened",
    ),
    "storage.kind_view": ("khung nhìn (view)", "view"),
    "storage.kind_trigger": ("bộ kích hoạt (trigger)", "trigger"),
    "storage.kind_table": ("bảng lạ", "unknown table"),
    "storage.kind_virtual": ("bảng ảo", "virtual table"),
    "storage.missing_table": (
        "thiếu bảng “{name}” của dự án (tệp hỏng hoặc không phải dự án Bản Thảo)",
        "lacks the project table “{name}” (damaged, or not a Bản Thảo project)",
    ),
    "storage.wrong_columns": (
        "bảng “{name}” không có đúng các cột Bản Thảo ghi; tệp không được tin cậy nên không mở",
        "table “{name}” does not have the columns Bản Thảo writes; the file is not trusted, so it is not opened",
    ),
    "storage.wal": (
        "dùng chế độ ghi nhật ký WAL mà Bản Thảo không bao giờ dùng; tệp không được tin cậy nên không mở",
        "uses the WAL journal mode that Bản Thảo never writes; the file is not trusted, so it is not opened",
    ),
    "storage.damaged": (
        "tệp dự án bị hỏng, không đọc được; hãy thử Khôi phục hoặc dùng bản đã gửi qua thư",
        "the project file is damaged and cannot be read; try Recover, or use a copy you mailed",
    ),
    # the lock beside an open project
    "storage.in_use": (
        "dự án đang mở ở một cửa sổ hoặc một ứng dụng Bản Thảo khác; hãy đóng nó ở đó trước",
        "the project is open in another window or another Bản Thảo; close it there first",
    ),
    # writing files
    "storage.cannot_write": ("không ghi được: {reason}", "cannot be written: {reason}"),
    "storage.no_space": (
        "không ghi được: ổ đĩa đã đầy; hãy giải phóng chỗ trống hoặc chọn nơi khác (chưa có gì bị ghi dở)",
        "cannot be written: the disk is full; free some space or choose another place (nothing was half-written)",
    ),
    "storage.no_permission": (
        "không ghi được: không có quyền ghi vào đây; hãy chọn thư mục khác",
        "cannot be written: no permission to write here; choose another folder",
    ),
    "storage.read_only": (
        "không ghi được: ổ đĩa chỉ cho đọc; hãy chọn nơi khác",
        "cannot be written: the disk is read-only; choose another place",
    ),
    "storage.no_space_for_photos": (
        "không đủ chỗ trống trên ổ đĩa để chuẩn bị {photo}",
        "not enough disk space to prepare {photo}",
    ),
    # salvage of a damaged or truncated project
    "storage.salvage_nothing": (
        "không khôi phục được gì: không đọc được bài viết và không còn bản sao nào trước đó",
        "nothing can be recovered: the article is unreadable and no earlier copy is kept",
    ),
    "storage.salvage_from_saved": ("bài viết từ lần lưu cuối", "the article as last saved"),
    "storage.salvage_from_autosave": ("bài viết từ bản tự động lưu", "the article from its autosave"),
    "storage.salvage_from_last_good": (
        "bài viết từ bản sao an toàn lúc {saved_at}",
        "the article from the safe copy of {saved_at}",
    ),
    "storage.salvage_from_pages": (
        "phần bài viết đọc được từ các trang còn lại của tệp",
        "the part of the article still readable in the file's surviving pages",
    ),
    "storage.salvage_summary": ("Đã khôi phục {what} vào {name}.", "Recovered {what} into {name}."),
    "storage.salvage_photos_ok": ("Giữ được {count} ảnh.", "{count} photos kept."),
    "storage.salvage_photos_lost": (
        "Mất {count} ảnh (chú thích và tác giả ảnh được giữ lại thành chữ): {names}.",
        "{count} photos lost (their captions and credits are kept as text): {names}.",
    ),
    "storage.salvage_text_cut": (
        "Phần cuối bài viết đã mất cùng các trang bị cắt; hãy đọc lại đoạn cuối.",
        "The end of the article was lost with the missing pages; read the last paragraphs again.",
    ),
    "storage.lost_photo_text": ("[Ảnh bị mất: {name}]", "[Photo lost: {name}]"),
}
