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
}
