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

MESSAGES.update(
    {
        # -- pictures ------------------------------------------------------------------------------------------------
        "importers.pic_linked": (
            "ảnh chỉ được liên kết tới {target}, không nằm trong tệp",
            "the picture is only linked ({target}), not embedded in the file",
        ),
        "importers.pic_no_rel": (
            "ảnh trỏ tới quan hệ {rid} không có trong gói",
            "the picture points at relationship {rid}, which the package lacks",
        ),
        "importers.pic_missing": ("thiếu phần ảnh {part} trong gói", "the package has no picture part {part}"),
        "importers.pic_drawing": ("là hình vẽ {kind}, không phải ảnh chụp", "a {kind} drawing, not a photo"),
        "importers.pic_refused": ("bị từ chối: {reason}", "refused: {reason}"),
        "importers.pic_too_large": ("lớn quá ({mb} MB)", "too large ({mb} MB)"),
        "importers.pic_damaged": ("bị hỏng trong gói ({reason})", "damaged inside the package ({reason})"),
        # -- the report ----------------------------------------------------------------------------------------------
        "importers.report_title": ("Nhập bản Word {name}", "Import of the Word draft {name}"),
        "importers.report_recognised": ("Đã nhận ra:", "Recognised:"),
        "importers.report_not_recognised": ("Chưa nhận ra:", "Not recognised:"),
        "importers.report_left_out": ("Để lại, không nhập:", "Left out:"),
        "importers.r_own_export": (
            "bài do Bản Thảo xuất: đọc lại nguyên vẹn từ phần nguồn trong tệp",
            "exported by Bản Thảo: read back whole from the source part inside the file",
        ),
        "importers.r_edited": (
            "tệp đã được sửa sau khi xuất từ Bản Thảo: đọc lại như một bản thảo",
            "the file was edited after Bản Thảo exported it: read as a draft",
        ),
        "importers.r_baked": (
            "ảnh {numbers}: cắt/xoay đã có sẵn trong ảnh nhúng, không áp lại",
            "photo {numbers}: the crop/turn is already in the embedded photo, not applied again",
        ),
        "importers.r_fields": ("các trường: {fields}", "fields: {fields}"),
        "importers.r_paragraphs": (
            "{count} đoạn văn, {headings} tít xen, {quotes} trích dẫn",
            "{count} paragraphs, {headings} subheads, {quotes} quotes",
        ),
        "importers.r_figures": (
            "{count} ảnh, {captioned} có chú thích, {credits} tách được tác giả ảnh",
            "{count} photos, {captioned} with a caption, {credits} with the credit split off",
        ),
        "importers.r_seq": (
            "bỏ số thứ tự ảnh của Word ở {count} chú thích",
            "Word's photo numbers dropped from {count} captions",
        ),
        "importers.r_crop": (
            "{count} ảnh mang vùng cắt hoặc góc xoay của Word",
            "{count} photos carry Word's crop or turn",
        ),
        "importers.r_legacy": (
            "{count} đoạn chữ mã cũ đã chuyển sang Unicode ({encodings})",
            "{count} runs of legacy-encoded text converted to Unicode ({encodings})",
        ),
        "importers.r_tracked": (
            "đã chấp nhận sửa đổi theo dõi: {insertions} chỗ thêm giữ lại, {deletions} chỗ xóa bỏ đi",
            "tracked changes accepted: {insertions} insertions kept, {deletions} deletions dropped",
        ),
        "importers.r_converted": ("đã chuyển từ {kind} bằng LibreOffice", "converted from {kind} with LibreOffice"),
        "importers.n_no_title": ("không thấy tít: hãy điền tít", "no title found: fill one in"),
        "importers.n_no_caption": ("ảnh {numbers} không có chú thích", "photo {numbers} has no caption"),
        "importers.n_no_credit": (
            "ảnh {numbers} có chú thích nhưng không thấy tác giả ảnh",
            "photo {numbers} has a caption but no credit was found",
        ),
        "importers.n_picture": (
            "ảnh thứ {number} trong bản Word không nhập được: {reason}",
            "picture {number} of the draft was not imported: {reason}",
        ),
        "importers.n_lists": (
            "{count} mục danh sách thành đoạn văn thường (bài viết không có danh sách)",
            "{count} list items became plain paragraphs (an article has no lists)",
        ),
        "importers.n_tables": (
            "{count} bảng thành các đoạn văn, từng ô một (bài viết không có bảng)",
            "{count} tables became paragraphs, cell by cell (an article has no tables)",
        ),
        "importers.n_text_boxes": (
            "{count} đoạn trong hộp văn bản đọc thành đoạn văn thường",
            "{count} paragraphs in text boxes read as plain paragraphs",
        ),
        "importers.n_stray_caption": (
            "{count} đoạn kiểu chú thích không đi cùng ảnh nào, giữ làm đoạn văn",
            "{count} caption-styled paragraphs with no photo kept as paragraphs",
        ),
        "importers.n_split": ("{count} đoạn quá dài đã được chia nhỏ", "{count} overlong paragraphs were split"),
        "importers.o_comments": ("{count} bình luận", "{count} comments"),
        "importers.o_footnotes": ("{count} chú thích cuối trang", "{count} footnotes"),
        "importers.o_endnotes": ("{count} chú thích cuối bài", "{count} endnotes"),
        "importers.o_headers": ("{count} đầu trang/chân trang", "{count} headers/footers"),
        "importers.o_unsafe": (
            "{count} mục trong gói có tên nguy hiểm (.. hoặc đường dẫn tuyệt đối)",
            "{count} package entries with unsafe names (.. or absolute paths)",
        ),
        # -- conversion and entry points -----------------------------------------------------------------------------
        "importers.need_libreoffice": (
            "tệp {kind} cần LibreOffice để mở: hãy cài LibreOffice (gói libreoffice-writer)"
            " hoặc lưu bản thảo thành .docx",
            "{kind} files need LibreOffice to open: install LibreOffice (package libreoffice-writer)"
            " or save the draft as .docx",
        ),
        "importers.convert_failed": (
            "LibreOffice không chuyển được tệp ({reason})",
            "LibreOffice could not convert the file ({reason})",
        ),
        "importers.unsupported": (
            "không phải bản thảo Word (.docx, .odt, .doc, .rtf)",
            "not a Word draft (.docx, .odt, .doc, .rtf)",
        ),
        "importers.empty": ("bản Word không có chữ hay ảnh nào", "the draft holds no text and no photos"),
        "importers.convert_targets": (
            "nhập bản Word cần OUT.banthao hoặc OUT.json",
            "importing a draft needs OUT.banthao or OUT.json",
        ),
        "importers.done": ("{source} → {target}", "{source} → {target}"),
        "importers.f_kicker": ("tít phụ", "kicker"),
        "importers.f_title": ("tít", "title"),
        "importers.f_sapo": ("sapo", "sapo"),
        "importers.f_published": ("thời gian đăng", "publication time"),
        "importers.f_location": ("địa danh", "place"),
        "importers.f_authors": ("tác giả", "authors"),
        "importers.f_source": ("nguồn", "source line"),
        "importers.f_related": ("tin liên quan", "related links"),
        "importers.json_needs_title": (
            "không thấy tít nên không ghi được JSON (định dạng này bắt buộc có tít): hãy nhập vào OUT.banthao",
            "no title was found, and an article JSON needs one: import into OUT.banthao instead",
        ),
    }
)
