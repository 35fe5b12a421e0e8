"""Hand-off versions, change lists and tracked-changes exports (issue 15)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "versions.photo_missing": (
        "ảnh {name!r} không có trong tệp dự án",
        "photo {name!r} is not in the project file",
    ),
    "versions.photo_gone": (
        "ảnh {digest}… của bản đã gửi không còn trong tệp dự án",
        "photo {digest}… of the sent version is no longer in the project file",
    ),
    "versions.unreadable": (
        "không đọc được danh sách các bản đã gửi: tệp dự án bị hỏng ({problem})",
        "cannot read the list of sent versions: the project file is damaged ({problem})",
    ),
    "versions.row_damaged": (
        "bản đã gửi số {number} bị hỏng nên được bỏ qua",
        "sent version {number} is damaged and was skipped",
    ),
    "versions.no_such": (
        "dự án không có bản đã gửi số {number}",
        "the project has no sent version {number}",
    ),
    "versions.no_versions": (
        "dự án chưa có bản nào được gửi",
        "the project has no sent versions yet",
    ),
    "versions.number_needs_project": (
        "số phiên bản {ref} chỉ dùng được khi bài là một dự án .banthao",
        "a version number ({ref}) only works when the article is a .banthao project",
    ),
    "versions.ref_unsupported": (
        "không dùng được làm bản gốc để so sánh: cần số phiên bản, tệp bài .json, dự án .banthao hoặc tệp DOCX"
        " do Bản Thảo xuất",
        "cannot be the reference to compare with: give a version number, an article .json, a .banthao project"
        " or a DOCX exported by Bản Thảo",
    ),
    "versions.ref_missing": ("không có tệp này", "no such file"),
    "versions.docx_no_source": (
        "tệp DOCX này không mang bài gốc của Bản Thảo (không phải do Bản Thảo xuất, hoặc đã bị lưu lại bằng"
        " chương trình khác); hãy so sánh với một phiên bản của dự án hoặc tệp bài .json",
        "this DOCX does not carry its Bản Thảo source article (not exported by Bản Thảo, or re-saved by another"
        " program); compare with a project version or an article .json instead",
    ),
    "versions.docx_unreadable": (
        "không đọc được tệp DOCX ({problem})",
        "cannot read the DOCX ({problem})",
    ),
    "versions.other_article": (
        "cảnh báo: bản gốc {ref} có vẻ là một bài khác (“{old}” so với “{new}”); mọi khác biệt vẫn được đánh dấu",
        "warning: the reference {ref} looks like another article (“{old}” vs “{new}”); every difference is still"
        " marked",
    ),
    "versions.changes_docx_only": (
        "bản sửa có đánh dấu thay đổi chỉ xuất ra DOCX: hãy đặt tên tệp .docx",
        "tracked changes are written to DOCX only: name the output .docx",
    ),
    "versions.no_changes": ("không có thay đổi nào so với bản gốc", "no changes since the reference"),
    "versions.recorded": ("đã ghi lại bản gửi số {number}", "recorded sent version {number}"),
    "versions.not_recorded": (
        "không ghi được bản gửi vào dự án: {problem}",
        "could not record the sent version in the project: {problem}",
    ),
    "versions.review_written": ("trang xem thay đổi: {path}", "review page: {path}"),
    "versions.progress_compare": ("Đang so sánh với bản gốc…", "Comparing with the reference…"),
    "versions.kind.kicker": ("Tít phụ", "Kicker"),
    "versions.kind.title": ("Tít", "Title"),
    "versions.kind.dateline": ("Dòng thời gian", "Dateline"),
    "versions.kind.byline_top": ("Tác giả (đầu bài)", "Byline (top)"),
    "versions.kind.sapo": ("Sapo", "Standfirst"),
    "versions.kind.paragraph": ("Đoạn {number}", "Paragraph {number}"),
    "versions.kind.quote": ("Trích dẫn (đoạn {number})", "Quote (paragraph {number})"),
    "versions.kind.heading": ("Tít xen (đoạn {number})", "Subhead (paragraph {number})"),
    "versions.kind.figure": ("Ảnh {number}", "Photo {number}"),
    "versions.kind.byline_end": ("Tác giả", "Byline"),
    "versions.kind.source": ("Nguồn", "Source line"),
    "versions.kind.related_heading": ("Tin liên quan", "Related heading"),
    "versions.kind.related": ("Tin liên quan", "Related link"),
    "versions.fig_changed": ("chú thích {name}: {caption}", "caption of {name}: {caption}"),
    "versions.fig_added": ("thêm ảnh {name} — {caption}", "photo {name} added — {caption}"),
    "versions.fig_removed": ("bỏ ảnh {name} — {caption}", "photo {name} removed — {caption}"),
    "versions.fig_moved_from": ("ảnh {name} chuyển đi khỏi chỗ này", "photo {name} moved away from here"),
    "versions.fig_moved_to": ("ảnh {name} chuyển đến đây — {caption}", "photo {name} moved here — {caption}"),
    "versions.fig_replaced": ("thay ảnh, nay là {name} — {caption}", "photo replaced, now {name} — {caption}"),
    "versions.op.equal": ("không đổi", "unchanged"),
    "versions.op.changed": ("chú thích đã sửa", "caption edited"),
    "versions.op.insert": ("ảnh thêm", "photo added"),
    "versions.op.delete": ("ảnh bỏ", "photo removed"),
    "versions.op.move_from": ("ảnh chuyển đi", "photo moved away"),
    "versions.op.move_to": ("ảnh chuyển đến", "photo moved here"),
    "versions.op.replace_photo": ("ảnh thay", "photo replaced"),
    "versions.review_heading": (
        "Các thay đổi so với {ref} — trang duyệt, không đăng",
        "Changes since {ref} — review page, not for publication",
    ),
    "versions.summary": ("{count} thay đổi so với {ref}", "{count} changes since {ref}"),
    "versions.docx_edited": (
        "cảnh báo: {ref} đã bị sửa sau khi xuất; so sánh với bài gốc mà tệp mang theo",
        "warning: {ref} was edited after it was exported; comparing with the source article it carries",
    ),
    "versions.docx_photo_missing": (
        "không tìm thấy ảnh {name!r} trong tệp DOCX gốc",
        "photo {name!r} is not in the reference DOCX",
    ),
    "versions.salvaged": (
        "Giữ được {count} phiên bản đã gửi Ban biên tập.",
        "{count} versions sent to the desk were kept.",
    ),
    "versions.salvage_lost": (
        "Mất {count} phiên bản đã gửi (số {numbers}): tệp hỏng chỗ đó hoặc không còn ảnh của chúng.",
        "{count} versions sent to the desk were lost (number {numbers}): damaged there, or their photos are gone.",
    ),
}
