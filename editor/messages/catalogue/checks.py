"""Pre-send checks: what a desk editor would send back (one code per check id, ``check.<id>``), and the check CLI.

A finding is shown after its place ("Ảnh 3 — chưa có chú thích.", "Sapo — còn trống."), so a message starts in lower
case and does not repeat the place. Field names are the labels the reporter sees on screen ("Nguồn ảnh", "Văn bản
thay thế"), quoted; ``tests/ui/test_checks_panel.py`` checks them against the photo inspector's labels.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "check.title.empty": ("còn trống: bài phải có tít.", "empty: the article needs a title."),
    "check.title.too-long": (
        "dài {words} chữ, quá {limit} chữ theo quy định của báo.",
        "{words} words, more than the outlet's {limit}.",
    ),
    "check.sapo.missing": ("còn trống: bài chưa có sapo.", "empty: the article has no sapo (lead)."),
    "check.author.missing": ("chưa ghi tên tác giả.", "no author is named."),
    "check.dateline.missing": ("chưa đặt.", "not set."),
    "check.dateline.future": ("ở tương lai.", "in the future."),
    "check.dateline.far-past": ("đã cách đây hơn 30 ngày.", "more than 30 days ago."),
    "check.related.no-url": (
        "“{title}” chưa có địa chỉ: khi xuất sẽ in thành chữ thường, không có liên kết.",
        "“{title}” has no address: it is exported as plain text, without a link.",
    ),
    "check.related.no-scheme": (
        "địa chỉ của “{title}” thiếu “https://”: khi xuất, địa chỉ sẽ là {url}.",
        "the address of “{title}” lacks “https://”: it is exported as {url}.",
    ),
    "check.related.bad-url": (
        "“{title}” có địa chỉ không phải trang web ({url}): khi xuất sẽ in thành chữ thường.",
        "“{title}” has an address that is not a web page ({url}): it is exported as plain text.",
    ),
    "check.related.untitled": ("(chưa có tít)", "(no title)"),
    # photos: what the reporter wrote
    "check.figure.caption-missing": ("chưa có chú thích.", "no caption."),
    "check.figure.caption-too-long": (
        "chú thích dài {words} chữ (nên dưới {limit}): phần kể chuyện nên đưa vào thân bài.",
        "the caption is {words} words long (keep it under {limit}): the story belongs in the body.",
    ),
    "check.figure.caption-no-place-time": (
        "chú thích chưa nói ảnh chụp ở đâu, khi nào.",
        "the caption does not say where or when the photo was taken.",
    ),
    "check.figure.credit-in-caption": (
        "tên người chụp được gõ trong chú thích; nên tách ra ô “Nguồn ảnh”.",
        "the photo credit is typed inside the caption; move it to the “Credit” box.",
    ),
    "check.figure.credit-missing": ("chưa ghi “Nguồn ảnh”.", "no “Credit”."),
    "check.figure.credit-twice-labelled": (
        "dòng nguồn ảnh sẽ in hai nhãn: “{printed}”.",
        "the credit line would print two labels: “{printed}”.",
    ),
    "check.figure.alt-missing": (
        "chưa có “Văn bản thay thế” cho người không nhìn thấy ảnh.",
        "no “Alt text” for people who cannot see the photo.",
    ),
    "check.figure.alt-is-caption": (
        "“Văn bản thay thế” trùng chú thích; hãy tả những gì có trong ảnh.",
        "the “Alt text” repeats the caption; describe what the picture shows.",
    ),
    "check.figure.alt-is-file-name": (
        "“Văn bản thay thế” chỉ là tên tệp ảnh; hãy tả những gì có trong ảnh.",
        "the “Alt text” is a file name; describe what the picture shows.",
    ),
    # photos: what the files allow
    "check.figure.missing": (
        "không hiển thị được: không tìm thấy tệp ảnh {name}; hãy bấm “Thay ảnh…” để chọn lại.",
        "cannot be shown: the photo file {name} is not there; use “Replace…” to choose it again.",
    ),
    "check.figure.unreadable": (
        "không hiển thị được: tệp ảnh {name} hỏng hoặc không phải ảnh ({problem}).",
        "cannot be shown: the photo file {name} is damaged or not a picture ({problem}).",
    ),
    "check.figure.low-resolution": (
        "ảnh nhỏ bị kéo giãn: {pixels} px in rộng {cm} cm chỉ còn {ppi} ppi (cần từ {needed} ppi), bản in sẽ nhòe.",
        "a small photo stretched: {pixels} px printed {cm} cm wide is only {ppi} ppi (needs {needed}), it prints soft.",
    ),
    "check.figure.duplicate": ("cùng tệp với ảnh {first}.", "the same file as photo {first}."),
    "check.figure.near-duplicate": ("gần giống ảnh {first}.", "looks almost the same as photo {first}."),
    # photos: rights and provenance (editor.checks.rights)
    "check.rights.agency-credit": (
        "ảnh của hãng tin nhưng “Nguồn ảnh” chưa ghi tên hãng ({agency}).",
        "an agency photo whose “Credit” does not name the agency ({agency}).",
    ),
    "check.rights.agency-credit-unknown": (
        "ảnh của hãng tin nhưng “Nguồn ảnh” chưa ghi tên hãng nào.",
        "an agency photo whose “Credit” names no agency.",
    ),
    "check.rights.social-no-url": (
        "ảnh lấy từ mạng xã hội chưa có “Đường dẫn nguồn” tới bài đăng gốc.",
        "a social-media photo without a “Source link” to its post.",
    ),
    "check.rights.ai-no-label": (
        "ảnh do AI tạo ra: chú thích chưa có nhãn “{label}” (khi xuất, nhãn sẽ được thêm vào).",
        "an AI-made image: the caption lacks the label “{label}” (the export adds it).",
    ),
    "check.rights.old-not-archive": (
        "chụp ngày {taken}, hơn một năm trước ngày đăng, nhưng “Xuất xứ ảnh” chưa ghi là ảnh tư liệu.",
        "taken on {taken}, more than a year before publication, but its “Source” is not archive.",
    ),
    "check.rights.creator-spelling": (
        "cùng một người được viết hai cách: “{this}” và “{other}”.",
        "the same person is spelled two ways: “{this}” and “{other}”.",
    ),
    "check.rights.creator-missing": (
        "chưa ghi “Người chụp/tạo” (báo yêu cầu).",
        "no “Creator” (the outlet asks for one).",
    ),
    "check.rights.iim-truncated": (
        "“{field}” dài quá {limit} byte mà IPTC cho phép; trong tệp ảnh xuất ra sẽ bị cắt bớt.",
        "“{field}” is longer than the {limit} bytes IPTC allows; it is cut in the exported photo files.",
    ),
    "check.rights.url-not-web": (
        "đường dẫn “{url}” không phải địa chỉ web (http/https); sẽ không được ghi vào ảnh.",
        "the link “{url}” is not a web address (http/https); it is not written into the photo.",
    ),
    # the text
    "check.text.not-nfc": (
        "chữ gõ ở dạng Unicode tổ hợp (NFD); nên chuẩn hóa để tìm kiếm, đếm chữ đúng.",
        "text is in decomposed Unicode (NFD or composite); normalise it.",
    ),
    "check.text.soft-hyphen": (
        "còn dấu gạch nối mềm (U+00AD) ẩn trong chữ.",
        "a hidden soft hyphen (U+00AD) is left in the text.",
    ),
    "check.text.legacy-font": (
        "có vẻ là chữ mã cũ ({encoding}) bị lỗi phông: “{decoded}…”",
        "this looks like legacy-encoded ({encoding}) text: “{decoded}…”",
    ),
    "check.text.straight-quotes": (
        "có dấu ngoặc kép thẳng; nên dùng “ ”.",
        "straight quotes; typographic “ ” are preferred.",
    ),
    "check.text.double-space": ("có hai dấu cách liền nhau.", "double spaces."),
    "check.spelling.hints": ("có {count} chữ có thể sai chính tả.", "{count} word(s) may be misspelt."),
    # mechanical fixes, as the undo history names them ("Hoàn tác Sửa ngoặc kép")
    "check.fix.normalise": ("Chuẩn hóa Unicode", "Normalise Unicode"),
    "check.fix.remove-soft-hyphens": ("Bỏ gạch nối mềm", "Remove soft hyphens"),
    "check.fix.smart-quotes": ("Sửa ngoặc kép", "Fix quotes"),
    "check.fix.collapse-spaces": ("Bỏ dấu cách thừa", "Remove double spaces"),
    "check.fix.split-credit": ("Tách nguồn ảnh khỏi chú thích", "Move the credit out of the caption"),
    "check.fix.credit-label": ("Bỏ nhãn thừa trong nguồn ảnh", "Remove the extra label from the credit"),
    "check.fix.convert-legacy": ("Chuyển chữ mã {encoding} sang Unicode", "Convert {encoding} text to Unicode"),
    "check.fix.related-https": ("Thêm https:// cho liên kết", "Add https:// to the link"),
    "check.fix.rights-credit-agency": ("Ghi tên hãng ảnh vào nguồn ảnh", "Credit the photo agency"),
    "check.fix.rights-add-label": ("Thêm nhãn vào chú thích", "Add the label to the caption"),
    "check.fix.rights-mark-archive": ("Đánh dấu là ảnh tư liệu", "Mark as an archive photo"),
    "check.fix.rights-creator-from-credit": ("Lấy nguồn ảnh làm người chụp/tạo", "Use the credit as the creator"),
    "check.fix.rights-spelling": ("Thống nhất cách viết tên", "Use one spelling of the name"),
    "check.fix.other": ("Sửa theo kiểm tra", "Apply the check's fix"),
    "check.failed": ("không chạy được kiểm tra: {problem}", "the checks could not run: {problem}"),
    # the `check` command's own lines
    "check.severity.error": ("LỖI", "ERROR"),
    "check.severity.warning": ("CẢNH BÁO", "WARNING"),
    "check.severity.hint": ("GỢI Ý", "HINT"),
    "check.summary": (
        "{errors} lỗi, {warnings} cảnh báo, {hints} gợi ý",
        "{errors} error(s), {warnings} warning(s), {hints} hint(s)",
    ),
    # where a finding points (the check command's second column, the checks panel): the labels on screen
    "check.where.title": ("Tít", "Title"),
    "check.where.kicker": ("Tít phụ", "Kicker"),
    "check.where.sapo": ("Sapo", "Sapo"),
    "check.where.source": ("Dòng nguồn tin", "Source line"),
    "check.where.dateline": ("Ngày giờ đăng", "Published"),
    "check.where.authors": ("Tác giả", "Authors"),
    "check.where.author": ("Tác giả {number}", "Author {number}"),
    "check.where.body": ("Thân bài", "Body"),
    "check.where.block": ("Khối {number}", "Block {number}"),
    "check.where.photo": ("Ảnh {number}", "Photo {number}"),
    "check.where.paragraph": ("Đoạn {number}", "Paragraph {number}"),
    "check.where.related": ("Tin liên quan", "Related links"),
    "check.where.related-item": ("Tin liên quan {number}", "Related link {number}"),
    "check.where.keywords": ("Từ khóa", "Keywords"),
    "check.where.keyword": ("Từ khóa {number}", "Keyword {number}"),
    # a photo's fields, as the inspector labels them (check.part.<Location.part>)
    "check.part.caption": ("Chú thích", "Caption"),
    "check.part.credit": ("Nguồn ảnh", "Credit"),
    "check.part.alt": ("Văn bản thay thế", "Alt text"),
    "check.part.image": ("Tệp ảnh", "Photo file"),
    "check.part.creator": ("Người chụp/tạo", "Creator"),
    "check.part.copyright": ("Bản quyền", "Copyright"),
    "check.part.source": ("Xuất xứ ảnh", "Source"),
    "check.part.source_url": ("Đường dẫn nguồn", "Source link"),
    "check.part.usage_terms": ("Điều kiện sử dụng", "Usage terms"),
    "check.part.license_url": ("Trang giấy phép", "Licence page"),
    "check.part.taken": ("Chụp lúc", "Taken"),
    "check.part.time": ("Giờ chụp", "Time taken"),
    "check.part.date": ("Ngày chụp", "Date taken"),
    # other fields' parts
    "check.part.text": ("Chữ", "Text"),
    "check.part.name": ("Tên", "Name"),
    "check.part.role": ("Vai trò", "Role"),
    "check.part.url": ("Địa chỉ", "Address"),
    "check.part.title": ("Tít", "Title"),
    "check.part.location": ("Địa danh", "Place"),
    "check.part.published": ("Ngày giờ đăng", "Published"),
}
