"""Export: output formats, the export entry point and the writers."""

MESSAGES: dict[str, tuple[str, str]] = {
    "export.format.docx": ("Word (DOCX)", "Word (DOCX)"),
    "export.format.html": ("Trang web (HTML)", "Web page (HTML)"),
    "export.format.markdown": ("Markdown (CommonMark)", "Markdown (CommonMark)"),
    "export.unsupported_suffix": (
        "không xuất được loại tệp này: hãy đặt tên tệp xuất với đuôi {suffixes}",
        "unsupported output type: name the output with one of {suffixes}",
    ),
    "export.no_folder": ("thư mục xuất không tồn tại", "the output folder does not exist"),
    "export.preparing": ("Đang chuẩn bị bài viết…", "Preparing the article…"),
}
