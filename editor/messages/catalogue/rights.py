"""Photo rights and provenance: checks, notes on imported metadata."""

MESSAGES: dict[str, tuple[str, str]] = {
    "rights.model.too-long": (
        "{field}: dài {length} ký tự, quá {limit} ký tự cho phép",
        "{field}: {length} characters, more than the {limit} allowed",
    ),
    "rights.model.one-line": (
        "{field}: phải là một dòng, không có ký tự điều khiển",
        "{field}: must be one line without control characters",
    ),
    "rights.model.naive-time": (
        "{field}: thời điểm chụp phải kèm múi giờ (ví dụ +07:00)",
        "{field}: the capture time must carry a UTC offset (e.g. +07:00)",
    ),
    "rights.agency-credit": (
        "Ảnh của hãng tin nhưng dòng tác giả ảnh chưa ghi tên hãng ({agency}).",
        "An agency photo whose credit does not name the agency ({agency}).",
    ),
    "rights.agency-credit-unknown": (
        "Ảnh của hãng tin nhưng dòng tác giả ảnh chưa ghi tên hãng nào.",
        "An agency photo whose credit names no agency.",
    ),
    "rights.social-no-url": (
        "Ảnh lấy từ mạng xã hội chưa có đường dẫn tới bài đăng gốc.",
        "A social-media photo without the link to its post.",
    ),
    "rights.ai-no-label": (
        "Ảnh do AI tạo ra: chú thích chưa có nhãn “{label}” (khi xuất, nhãn sẽ được thêm vào).",
        "An AI-made image: the caption lacks the label “{label}” (the export adds it).",
    ),
    "rights.old-not-archive": (
        "Ảnh chụp ngày {taken}, hơn một năm trước ngày đăng, nhưng chưa ghi là ảnh tư liệu.",
        "The photo was taken on {taken}, more than a year before publication, but is not marked as archive.",
    ),
    "rights.creator-spelling": (
        "Cùng một tác giả ảnh được viết hai cách: “{this}” và “{other}”.",
        "The same photographer is spelled two ways: “{this}” and “{other}”.",
    ),
    "rights.creator-missing": (
        "Ảnh chưa ghi người chụp/người tạo (báo yêu cầu).",
        "The photo does not name its creator (the outlet asks for one).",
    ),
    "rights.iim-truncated": (
        "“{field}” dài quá {limit} byte mà IPTC cho phép; trong tệp ảnh xuất ra sẽ bị cắt bớt.",
        "“{field}” is longer than the {limit} bytes IPTC allows; it is cut in the exported photo files.",
    ),
    "rights.url-not-web": (
        "Đường dẫn “{url}” không phải địa chỉ web (http/https); sẽ không được ghi vào ảnh.",
        "The link “{url}” is not a web address (http/https); it is not written into the photo.",
    ),
    "rights.field.caption": ("Chú thích", "Caption"),
    "rights.field.creator": ("Người chụp", "Creator"),
    "rights.field.credit": ("Tác giả ảnh", "Credit"),
    "rights.field.copyright": ("Bản quyền", "Copyright"),
    "rights.field.time": ("Giờ chụp", "Time taken"),
    "rights.field.date": ("Ngày chụp", "Date taken"),
    # Parts of a photo's metadata that were ignored on import, told to the reporter once (editor.media.metadata).
    "rights.note.iim-too-big": (
        "Bỏ qua phần thông tin IPTC trong ảnh: dài {size} byte, quá {limit} byte cho phép. "
        "Chú thích và tên tác giả lấy từ XMP nếu có.",
        "The photo's IPTC information was ignored: {size} bytes, more than the {limit} allowed. "
        "Caption and names come from its XMP when there is one.",
    ),
    "rights.note.xmp-too-big": (
        "Bỏ qua phần thông tin XMP trong ảnh: dài {size} byte, quá {limit} byte cho phép.",
        "The photo's XMP information was ignored: {size} bytes, more than the {limit} allowed.",
    ),
    "rights.note.xmp-unreadable": (
        "Phần thông tin XMP trong ảnh bị hỏng nên được bỏ qua; hãy kiểm tra chú thích và tên tác giả.",
        "The photo's XMP information is damaged and was ignored; check the caption and the names.",
    ),
    "rights.note.iim-not-utf8": (
        "{field} trong thông tin IPTC của ảnh có ký tự không đọc được (đã thay bằng �); hãy kiểm tra lại.",
        "The {field} in the photo's IPTC information has unreadable characters (replaced by �); check it.",
    ),
    "rights.note.field.caption": ("Chú thích", "caption"),
    "rights.note.field.creator": ("Tên người chụp", "photographer's name"),
    "rights.note.field.credit": ("Dòng nguồn ảnh", "credit line"),
    "rights.note.field.supplier": ("Nguồn cung cấp ảnh", "supplier"),
    "rights.note.field.city": ("Tên thành phố", "city"),
    "rights.note.field.date_created": ("Ngày chụp", "date taken"),
    "rights.note.field.copyright": ("Thông báo bản quyền", "copyright notice"),
}
