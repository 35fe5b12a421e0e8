"""Messages of the Word-draft importer (editor/importers) and the DOCX source part."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the package ---------------------------------------------------------------------------------------------
    "importers.not_a_file": ("không phải một tệp thông thường", "not a regular file"),
    "importers.unreadable": ("không đọc được ({reason})", "cannot be read ({reason})"),
    "importers.ole": (
        "tệp được lưu kèm mật khẩu — hãy lưu một bản không có mật khẩu rồi mở lại",
        "saved with a password — save a copy without one and open that",
    ),
    "importers.not_zip": (
        "không phải tệp Word (.docx): nội dung không phải gói zip",
        "not a Word file (.docx): the content is not a zip package",
    ),
    "importers.not_docx": (
        "là tệp zip nhưng không phải tài liệu Word (.docx)",
        "a zip file, but not a Word document (.docx)",
    ),
    "importers.too_many_entries": (
        "có {count} mục trong gói, quá nhiều cho một bản thảo",
        "{count} entries in the package, too many for a draft",
    ),
    "importers.bomb_ratio": (
        "phần {part} nén bất thường (có thể là bom zip); đã từ chối",
        "part {part} is compressed suspiciously well (a zip bomb?); refused",
    ),
    "importers.bomb_total": (
        "giải nén ra tới {mb} MB, quá lớn cho một bản thảo (có thể là bom zip)",
        "would unpack to {mb} MB, too large for a draft (a zip bomb?)",
    ),
    "importers.missing_part": ("thiếu phần {part} trong gói", "the package has no part {part}"),
    "importers.part_too_large": ("phần {part} lớn quá ({mb} MB)", "part {part} is too large ({mb} MB)"),
    "importers.part_broken": ("phần {part} bị hỏng ({reason})", "part {part} is damaged ({reason})"),
    "importers.xml_dtd": (
        "phần {part} khai báo DTD/thực thể XML (Word không bao giờ ghi); đã từ chối",
        "part {part} declares an XML DTD or entities (Word never writes them); refused",
    ),
    "importers.xml_broken": ("phần {part} không phải XML hợp lệ ({reason})", "part {part} is not valid XML ({reason})"),
}
