"""Opening and saving files: project files (.banthao), article files, conversion and recovery."""

MESSAGES: dict[str, tuple[str, str]] = {
    "file.missing": ("không có tệp này; kiểm tra lại tên và thư mục", "no such file; check the name and the folder"),
    "file.not-regular": ("đây không phải một tệp bình thường", "not a regular file"),
    "file.cannot-read": (
        "không đọc được tệp (thiếu quyền đọc, hoặc ổ đĩa có vấn đề)",
        "cannot be read (no read permission, or a disk problem)",
    ),
    "file.unsupported-type": (
        "chưa mở được loại tệp này; hãy chọn một bài .json hoặc một dự án .banthao",
        "this kind of file cannot be opened; choose an article .json or a .banthao project",
    ),
    "project.not-sqlite": (
        "đây không phải tệp dự án Bản Thảo (không phải tệp SQLite)",
        "not a Bản Thảo project (not a SQLite file)",
    ),
    "project.not-ours": (
        "đây là cơ sở dữ liệu SQLite nhưng không phải dự án Bản Thảo",
        "a SQLite database but not a Bản Thảo project",
    ),
    "project.newer": (
        "tệp được ghi bởi Bản Thảo mới hơn (định dạng dự án {version}; bản này đọc đến {known}); hãy cập nhật "
        "ứng dụng để mở",
        "written by a newer Bản Thảo (project format {version}; this version reads {known}); update the app to open it",
    ),
    "project.damaged": (
        "tệp dự án bị hỏng; hãy mở tệp trong ứng dụng để khôi phục bài",
        "the project file is damaged; open it in the app to recover the article",
    ),
    "project.damaged-part": (
        "tệp dự án bị hỏng, không đọc được {part}; hãy mở tệp trong ứng dụng để khôi phục bài",
        "the project file is damaged: {part} cannot be read; open it in the app to recover the article",
    ),
    "project.part.article": ("bài viết", "the article"),
    "project.part.autosave": ("bản tự lưu", "the autosave"),
    "project.part.photo-list": ("danh sách ảnh", "the photo list"),
    "project.part.photo": ("ảnh “{name}”", "photo “{name}”"),
    "project.no-article": (
        "tệp dự án không có bài viết nào (tệp bị hỏng?); hãy mở tệp trong ứng dụng để khôi phục bài",
        "the project holds no article (a damaged file?); open it in the app to recover the article",
    ),
    "project.photo-lost": (
        "ảnh “{name}” bị mất khỏi tệp dự án (tệp bị hỏng?); hãy mở tệp trong ứng dụng để khôi phục bài",
        "photo “{name}” is missing from the file (a damaged file?); open it in the app to recover the article",
    ),
    "project.photo-not-in-project": (
        "ảnh “{name}” không có trong tệp dự án; hãy chèn lại ảnh",
        "photo “{name}” is not in the project; insert the photo again",
    ),
    "project.photo-never-added": (
        "ảnh “{name}” chưa bao giờ được đưa vào dự án; hãy chèn lại ảnh",
        "photo “{name}” was never added to the project; insert the photo again",
    ),
    "project.photo-unreadable": (
        "không đọc được tệp ảnh để đưa vào dự án; hãy chép lại ảnh rồi chèn lại",
        "the photo cannot be read into the project; copy it again and insert it again",
    ),
    "project.cannot-write": (
        "không ghi được vào tệp dự án; kiểm tra chỗ trống trên ổ đĩa và quyền ghi rồi lưu lại",
        "the project file cannot be written; check the free disk space and the permissions, then save again",
    ),
    "convert.untitled": (
        "bài chưa có tít; hãy viết tít trước khi chuyển đổi",
        "the article has no title; give it one before converting it",
    ),
    "salvage.nothing": (
        "không khôi phục được gì: bài không đọc được và không còn bản lưu nào trước đó",
        "nothing can be recovered: the article is unreadable and no earlier copy is kept",
    ),
}
