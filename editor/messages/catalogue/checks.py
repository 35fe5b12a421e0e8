"""Pre-send checks: what a desk editor would send back (one code per check id, ``check.<id>``), and the check CLI."""

MESSAGES: dict[str, tuple[str, str]] = {
    "check.title.empty": ("Bài chưa có tít.", "The article has no title."),
    "check.title.too-long": (
        "Tít dài {words} chữ, quá {limit} chữ theo quy định của báo.",
        "The title has {words} words, more than the outlet's {limit}.",
    ),
    "check.sapo.missing": ("Bài chưa có sapo.", "The article has no lead (sapo)."),
    "check.author.missing": ("Bài chưa ghi tên tác giả.", "No author is credited."),
    "check.dateline.missing": ("Chưa có ngày giờ đăng.", "No publication time yet."),
    "check.dateline.future": ("Ngày giờ đăng ở tương lai.", "The publication time is in the future."),
    "check.dateline.far-past": (
        "Ngày giờ đăng đã cách đây hơn 30 ngày.",
        "The publication time is more than 30 days ago.",
    ),
    "check.related.bad-url": (
        "Liên kết “{title}” không phải địa chỉ http(s): {url}",
        "Related link “{title}” is not an http(s) address: {url}",
    ),
    "check.figure.caption-missing": ("{photo} chưa có chú thích.", "{photo} has no caption."),
    "check.figure.credit-in-caption": (
        "{photo}: tên tác giả ảnh được gõ trong chú thích; nên tách ra ô “Tác giả ảnh”.",
        "{photo}: the photo credit is typed inside the caption; move it to the credit field.",
    ),
    "check.figure.credit-missing": ("{photo} chưa ghi tác giả ảnh.", "{photo} has no credit."),
    "check.figure.alt-missing": (
        "{photo} chưa có mô tả thay thế (alt) cho người không nhìn thấy ảnh.",
        "{photo} has no alt text for people who cannot see it.",
    ),
    "check.figure.alt-is-caption": (
        "{photo}: mô tả thay thế trùng chú thích; hãy tả những gì có trong ảnh.",
        "{photo}: the alt text repeats the caption; describe what the picture shows.",
    ),
    "check.figure.alt-is-file-name": (
        "{photo}: mô tả thay thế chỉ là tên tệp ảnh.",
        "{photo}: the alt text is a file name.",
    ),
    "check.figure.caption-no-place-time": (
        "{photo}: chú thích chưa nói ảnh chụp ở đâu, khi nào.",
        "{photo}: the caption does not say where or when the photo was taken.",
    ),
    "check.figure.unreadable": ("{photo} {problem}", "{photo} {problem}"),
    "check.figure.low-resolution": (
        "{photo} quá nhỏ để in ở khổ này: chỉ {dpi} dpi (cần từ {needed} dpi).",
        "{photo} is too small to print at this size: {dpi} dpi (needs {needed}).",
    ),
    "check.figure.duplicate": ("{photo} trùng với ảnh {first}.", "{photo} is the same file as photo {first}."),
    "check.figure.near-duplicate": (
        "{photo} gần giống ảnh {first}.",
        "{photo} looks almost the same as photo {first}.",
    ),
    "check.text.not-nfc": (
        "Chữ gõ ở dạng Unicode tổ hợp (NFD); nên chuẩn hóa để tìm kiếm, đếm chữ đúng.",
        "Text is in decomposed Unicode (NFD or composite); normalise it.",
    ),
    "check.text.soft-hyphen": (
        "Còn dấu gạch nối mềm (U+00AD) ẩn trong chữ.",
        "A hidden soft hyphen (U+00AD) is left in the text.",
    ),
    "check.text.legacy-font": (
        "Đoạn này có vẻ là chữ mã cũ ({encoding}) bị lỗi phông: “{decoded}…”",
        "This looks like legacy-encoded ({encoding}) text: “{decoded}…”",
    ),
    "check.text.straight-quotes": (
        "Có dấu ngoặc kép thẳng; nên dùng “ ”.",
        "Straight quotes; typographic “ ” are preferred.",
    ),
    "check.text.double-space": ("Có hai dấu cách liền nhau.", "Double spaces."),
    "check.spelling.hints": ("Có {count} chữ có thể sai chính tả.", "{count} word(s) may be misspelt."),
    # mechanical fixes, as the undo history names them ("Hoàn tác Sửa ngoặc kép")
    "check.fix.normalise": ("Chuẩn hóa Unicode", "Normalise Unicode"),
    "check.fix.remove-soft-hyphens": ("Bỏ gạch nối mềm", "Remove soft hyphens"),
    "check.fix.smart-quotes": ("Sửa ngoặc kép", "Fix quotes"),
    "check.fix.collapse-spaces": ("Bỏ dấu cách thừa", "Remove double spaces"),
    "check.fix.split-credit": ("Tách tác giả ảnh khỏi chú thích", "Move the credit out of the caption"),
    "check.fix.convert-legacy": ("Chuyển chữ mã {encoding} sang Unicode", "Convert {encoding} text to Unicode"),
    "check.fix.other": ("Sửa theo kiểm tra", "Apply the check's fix"),
    "check.failed": ("Không chạy được kiểm tra: {problem}", "The checks could not run: {problem}"),
    # the `check` command's own lines
    "check.severity.error": ("LỖI", "ERROR"),
    "check.severity.warning": ("CẢNH BÁO", "WARNING"),
    "check.severity.hint": ("GỢI Ý", "HINT"),
    "check.summary": (
        "{errors} lỗi, {warnings} cảnh báo, {hints} gợi ý",
        "{errors} error(s), {warnings} warning(s), {hints} hint(s)",
    ),
    # where a finding points (the check command's second column, the checks panel)
    "check.where.title": ("tít", "title"),
    "check.where.kicker": ("tít phụ", "kicker"),
    "check.where.sapo": ("sapo", "lead"),
    "check.where.source": ("nguồn", "source"),
    "check.where.dateline": ("ngày giờ", "dateline"),
    "check.where.authors": ("tác giả", "authors"),
    "check.where.author": ("tác giả {number}", "author {number}"),
    "check.where.body": ("thân bài", "body"),
    "check.where.block": ("đoạn {number}", "paragraph {number}"),
    "check.where.related": ("tin liên quan", "related links"),
    "check.where.related-item": ("tin liên quan {number}", "related link {number}"),
    "check.where.keywords": ("từ khóa", "keywords"),
    "check.where.keyword": ("từ khóa {number}", "keyword {number}"),
    "check.part.caption": ("chú thích", "caption"),
    "check.part.credit": ("tác giả ảnh", "credit"),
    "check.part.alt": ("mô tả thay thế", "alt text"),
    "check.part.image": ("tệp ảnh", "photo file"),
    "check.part.text": ("chữ", "text"),
    "check.part.name": ("tên", "name"),
    "check.part.role": ("vai trò", "role"),
    "check.part.url": ("địa chỉ", "address"),
    "check.part.title": ("tiêu đề", "title"),
    "check.part.location": ("nơi viết", "place"),
    "check.part.published": ("ngày giờ đăng", "publication time"),
}
