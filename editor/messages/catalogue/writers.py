"""Exports (DOCX, HTML): progress steps and what stops an export, with what to do about it."""

MESSAGES: dict[str, tuple[str, str]] = {
    # progress
    "export.step.preparing": ("Đang chuẩn bị bài viết…", "Preparing the article…"),
    "export.step.template": ("Đang chuẩn bị mẫu trang…", "Preparing the page template…"),
    "export.step.placing-photo": ("Đang đặt ảnh {number}/{total}…", "Placing photo {number}/{total}…"),
    "export.step.writing-docx": ("Đang ghi tệp DOCX…", "Writing the DOCX file…"),
    "export.step.docx-done": ("Đã xuất DOCX", "DOCX exported"),
    "export.step.photos": ("Đang chuẩn bị ảnh…", "Preparing the photos…"),
    "export.step.web-photo": ("Đang tạo ảnh cho web {done}/{total}…", "Making web photos {done}/{total}…"),
    "export.step.writing-html": ("Đang ghi trang HTML…", "Writing the HTML page…"),
    "export.step.done": ("Đã xuất {name}", "Exported {name}"),
    "export.step.making-photo": ("Đang tạo ảnh {done}/{total}…", "Making photos {done}/{total}…"),
    "export.step.writing": ("Đang ghi {name}…", "Writing {name}…"),
    "export.unsafe-link-dropped": (
        "{where}: liên kết không an toàn đã bị bỏ: {url}",
        "{where}: an unsafe link was left out: {url}",
    ),
    "export.link-as-text": (
        "{where}: không phải địa chỉ web, in thành chữ thường: {url}",
        "{where}: not a web address, printed as plain text: {url}",
    ),
    # the output
    "export.no-output-folder": (
        "thư mục để lưu tệp xuất không có; hãy chọn một thư mục có thật",
        "the folder to export into does not exist; choose an existing folder",
    ),
    "export.unsupported-output": (
        "chưa xuất được ra loại tệp này; hãy đặt tên tệp xuất có đuôi .docx hoặc .html",
        "this kind of output is not supported; name the output .docx or .html",
    ),
    "export.bundle-same-name": (
        "tệp DOCX và gói ảnh kèm theo (OUT.zip) sẽ trùng tên; hãy đặt tên tệp xuất có đuôi .docx",
        "the DOCX and its photo bundle (OUT.zip) would have the same name; name the output .docx",
    ),
    "export.cannot-write": (
        "không ghi được tệp xuất; kiểm tra chỗ trống trên ổ đĩa và quyền ghi vào thư mục rồi xuất lại",
        "the export cannot be written; check the free disk space and the folder's permissions, then export again",
    ),
    "export.output-is-folder-markdown": (
        "đây là một thư mục; hãy đặt tên cho tệp Markdown sẽ ghi",
        "this is a folder; name the Markdown file to write",
    ),
    "export.markdown.bad-width": (
        "chiều rộng ảnh phải từ 16 đến 4096 điểm ảnh, đang là {width}",
        "the photo width must be from 16 to 4096 pixels, not {width}",
    ),
    "export.output-is-folder": (
        "đây là một thư mục; hãy đặt tên cho tệp HTML sẽ ghi",
        "this is a folder; name the HTML file to write",
    ),
    "export.files-not-folder": (
        "đã có một tệp trùng tên thư mục ảnh sẽ ghi; hãy chuyển tệp đó đi hoặc chọn tên khác",
        "a file already has the name of the photo folder to write; move it away or choose another name",
    ),
    # settings of an export (profiles, options)
    "export.html.bad-widths": (
        "không có chiều rộng ảnh nào dùng được trong {widths} (từ 1 đến {limit} điểm ảnh)",
        "no usable photo width in {widths} (1 to {limit} pixels)",
    ),
    "export.html.bad-mode": (
        "kiểu xuất HTML “{mode}” không có; hãy chọn một trong: {choices}",
        "there is no HTML mode “{mode}”; choose one of: {choices}",
    ),
    "export.html.bad-quality": (
        "chất lượng JPEG phải từ 1 đến 100, đang là {quality}",
        "JPEG quality must be from 1 to 100, not {quality}",
    ),
    "export.html.bad-rotation": (
        "góc xoay ảnh phải là bội của 90°, đang là {rotation}",
        "a photo's rotation must be a multiple of 90°, not {rotation}",
    ),
    "export.html.no-template": (
        "không có mẫu trang HTML “{name}”; hãy sửa tên mẫu trong hồ sơ tờ báo",
        "there is no HTML page template “{name}”; correct the template name in the outlet profile",
    ),
    # the reference DOCX of a newsroom
    "export.reference.missing": (
        "không tìm thấy tệp DOCX mẫu; kiểm tra lại đường dẫn",
        "the reference DOCX is not there; check the path",
    ),
    "export.reference.not-word": (
        "tệp này không phải tài liệu Word (.docx); hãy mở trong Word và lưu lại dưới dạng .docx",
        "this is not a Word document (.docx); open it in Word and save it as .docx",
    ),
    "export.reference.unreadable": (
        "tệp DOCX mẫu bị hỏng, không đọc được; hãy mở trong Word và lưu lại dưới dạng .docx",
        "the reference DOCX is damaged and cannot be read; open it in Word and save it again as .docx",
    ),
    "export.reference.cannot-read": (
        "không đọc được tệp DOCX mẫu (thiếu quyền đọc?); hãy chép tệp vào thư mục của bạn",
        "the reference DOCX cannot be read (no read permission?); copy it into your own folder",
    ),
    "export.reference.missing-styles": (
        "tệp DOCX mẫu thiếu {count} kiểu (style) cần có: {styles}; hãy thêm các kiểu này trong Word",
        "the reference DOCX lacks {count} required style(s): {styles}; add them in Word",
    ),
    "export.reference.wrong-style-kind": (
        "{name} (phải là kiểu {kind}, đang là kiểu {found})",
        "{name} (must be a {kind} style, is a {found} style)",
    ),
}
