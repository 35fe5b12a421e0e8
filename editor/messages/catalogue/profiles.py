"""Outlet profiles (resources/profiles/*.json, or a newsroom's own file) and their dateline styles."""

MESSAGES: dict[str, tuple[str, str]] = {
    "profile.kind.text": ("chữ", "text"),
    "profile.kind.number": ("một số", "a number"),
    "profile.kind.whole-number": ("một số nguyên", "a whole number"),
    "profile.kind.bool": ("true hoặc false", "true or false"),
    "profile.kind.object": ("một đối tượng", "an object"),
    "profile.kind.list": ("một danh sách", "a list"),
    "profile.kind.null": ("null", "null"),
    "profile.kind.other": ("một giá trị lạ", "an unusual value"),
    "profile.expected": ("cần {expected}, ở đây lại là {found} {value}", "expected {expected}, found {found} {value}"),
    "profile.not-object": (
        "hồ sơ tờ báo phải là một đối tượng JSON, ở đây lại là {found}",
        "a profile is a JSON object, found {found}",
    ),
    "profile.unknown-key": (
        "khóa này không có trong hồ sơ tờ báo (có thể gõ nhầm?); các khóa dùng được: {known}",
        "unknown key (a typo?); known keys are {known}",
    ),
    "profile.not-a-choice": ("“{value}” không có; hãy chọn một trong: {choices}", "“{value}” is not one of {choices}"),
    "profile.font-size": ("cỡ chữ DOCX phải từ 6 đến 72 point", "a DOCX font size between 6 and 72 points"),
    "profile.source-not-address": (
        "“{value}” không phải địa chỉ một trang web (cần bắt đầu bằng http:// hoặc https://)",
        "“{value}” is not the address of a web page (it must start with http:// or https://)",
    ),
    "profile.at-least-one": ("phải từ 1 trở lên", "must be at least 1"),
    "profile.word-empty": ("chữ này không được để trống", "this word cannot be empty"),
    "profile.word-one-word": (
        "phải là một từ liền, không có dấu cách (nó còn là tên trường đánh số ảnh trong Word)",
        "must be a single word without spaces (it also names Word's photo numbering field)",
    ),
    "profile.no-such-profile": (
        "không có hồ sơ tờ báo tên này; các hồ sơ có sẵn: {known}",
        "no outlet profile of this name; known: {known}",
    ),
    "profile.file-missing": ("không tìm thấy tệp hồ sơ tờ báo", "profile file not found"),
    "profile.cannot-read": (
        "không đọc được tệp hồ sơ tờ báo (thiếu quyền đọc, hoặc không phải chữ UTF-8)",
        "the profile cannot be read (no read permission, or not UTF-8 text)",
    ),
    "profile.invalid-json": (
        "không phải JSON hợp lệ: sai cú pháp ở dòng {line}, cột {column}",
        "not valid JSON: a syntax error at line {line}, column {column}",
    ),
    # caption and dateline templates
    "template.broken": ("mẫu “{template}” viết sai (thiếu hoặc thừa dấu ngoặc nhọn)", "broken template “{template}”"),
    "template.unknown-field": (
        "ô {name} trong mẫu “{template}” không có; hãy dùng {allowed}",
        "unknown placeholder {name} in “{template}”; use {allowed}",
    ),
    "template.caption-fields": (
        "mẫu “{template}” phải có {caption} đúng một lần và một {credit} hoặc {upper}",
        "“{template}” must hold {caption} once and one {credit} or {upper}",
    ),
    "template.caption-first": (
        "mẫu “{template}” phải đặt {caption} trước tên tác giả ảnh",
        "“{template}” must put {caption} before the credit",
    ),
    "template.no-format-spec": (
        "mẫu “{template}”: các ô không nhận định dạng sau dấu hai chấm",
        "“{template}”: placeholders take no format spec",
    ),
    "dateline.not-a-choice": ("“{value}” không có; hãy chọn một trong: {choices}", "“{value}” is not one of {choices}"),
    "dateline.clock": ("“{value}” phải là 12 hoặc 24", "“{value}” must be 12 or 24"),
    "dateline.unknown-zone": ("không có múi giờ “{zone}”", "unknown time zone “{zone}”"),
}
