"""The interchange JSON (an article file): what is wrong at a JSON path, for whoever wrote or exported the file."""

MESSAGES: dict[str, tuple[str, str]] = {
    # what a JSON value is, in "expected …, found …"
    "json.kind.object": ("một đối tượng", "an object"),
    "json.kind.list": ("một danh sách […]", "a list"),
    "json.kind.text": ("chữ", "text"),
    "json.kind.bool": ("true/false", "true/false"),
    "json.kind.null": ("null", "null"),
    "json.kind.number": ("một số", "a number"),
    "json.kind.other": ("một giá trị lạ", "an unusual value"),
    # the file
    "json.not-a-file": ("đây không phải một tệp bình thường", "not a regular file"),
    "json.too-large": (
        "tệp lớn hơn {limit} MB, không phải một bài viết",
        "larger than {limit} MB; not an article",
    ),
    "json.cannot-read": (
        "không đọc được tệp (thiếu quyền đọc, hoặc ổ đĩa có vấn đề)",
        "cannot be read (no read permission, or a disk problem)",
    ),
    "json.not-utf8": (
        "tệp không phải chữ UTF-8 (byte thứ {byte}); hãy lưu lại tệp với bảng mã UTF-8",
        "not UTF-8 text (byte {byte}); save the file again as UTF-8",
    ),
    "json.invalid": (
        "không phải JSON hợp lệ: sai cú pháp ở dòng {line}, cột {column}",
        "not valid JSON: a syntax error at line {line}, column {column}",
    ),
    "json.invalid-constant": (
        "không phải JSON hợp lệ: {name} không được dùng trong JSON",
        "not valid JSON: {name} is not allowed",
    ),
    "json.invalid-other": ("không phải JSON hợp lệ", "not valid JSON"),
    "json.too-deep": ("không phải JSON hợp lệ: lồng nhau quá sâu", "not valid JSON: nested too deeply"),
    # shapes of values
    "json.top-not-object": (
        "đầu tệp phải là một đối tượng JSON, ở đây lại là {kind}",
        "expected a JSON object at the top, found {kind}",
    ),
    "json.expected-object": ("cần một đối tượng, ở đây lại là {kind}", "expected an object, found {kind}"),
    "json.expected-list": ("cần một danh sách […], ở đây lại là {kind}", "expected a list, found {kind}"),
    "json.expected-text": ("cần chữ, ở đây lại là {kind}", "expected text, found {kind}"),
    "json.expected-bool": ("cần true hoặc false, ở đây lại là {kind}", "expected true or false, found {kind}"),
    "json.expected-whole-number": ("cần một số nguyên, ở đây lại là {kind}", "expected a whole number, found {kind}"),
    "json.unknown-key": (
        "khóa “{key}” không có trong định dạng bài (có thể gõ nhầm?); các khóa dùng được: {known}",
        "unknown key “{key}” (a typo?); known keys: {known}",
    ),
    "json.missing": ("còn thiếu", "is missing"),
    "json.too-long": (
        "dài {length} ký tự, quá giới hạn {limit} ký tự",
        "{length} characters, more than the {limit} allowed",
    ),
    "json.control-chars": (
        "có ký tự điều khiển (như NUL) mà văn bản không chứa được",
        "contains control characters (such as NUL) that a document cannot hold",
    ),
    "json.text-and-spans": (
        "chỉ ghi “text” hoặc “spans”, không ghi cả hai",
        "give either “text” or “spans”, not both",
    ),
    # the article's parts
    "json.newer-version": (
        "tệp theo định dạng phiên bản {version}, mới hơn bản ứng dụng này đọc được ({known}); hãy cập nhật Bản Thảo",
        "format version {version} is newer than this app reads ({known}); update Bản Thảo",
    ),
    "json.unknown-version": ("phiên bản định dạng {version} không có", "unknown format version {version}"),
    "json.title-empty": ("tít đang trống; hãy viết tít cho bài", "is empty; give the article a title"),
    "json.expected-datetime": (
        "cần ngày giờ dạng chữ theo ISO 8601, ở đây lại là {kind}",
        "expected an ISO 8601 date-time text, found {kind}",
    ),
    "json.bad-datetime": (
        "“{value}” không phải ngày giờ ISO 8601, ví dụ 2020-12-19T16:25:00+07:00",
        "“{value}” is not an ISO 8601 date-time such as 2020-12-19T16:25:00+07:00",
    ),
    "json.no-offset": (
        "“{value}” thiếu múi giờ (ghi thêm, ví dụ +07:00); thiếu múi giờ thì không rõ là giờ nào",
        "“{value}” has no UTC offset (add e.g. +07:00); a time without one is ambiguous",
    ),
    "json.bad-block-type": (
        "cần một trong paragraph, heading, quote, figure; ở đây lại là “{kind}”",
        "expected one of paragraph, heading, quote, figure; found “{kind}”",
    ),
    "json.bad-layout": (
        "cần full, wide, left hoặc right; ở đây lại là “{value}”",
        "expected full, wide, left or right; found “{value}”",
    ),
    "json.bad-rotation": ("cần 0, 90, 180 hoặc 270; ở đây lại là {value}", "expected 0, 90, 180 or 270; found {value}"),
    "json.bad-crop": (
        "cần [trái, trên, phải, dưới]: bốn số từ 0 đến 1",
        "expected [left, top, right, bottom] as four numbers between 0 and 1",
    ),
    "json.bad-crop-order": (
        "cần 0 ≤ trái < phải ≤ 1 và 0 ≤ trên < dưới ≤ 1",
        "expected 0 ≤ left < right ≤ 1 and 0 ≤ top < bottom ≤ 1",
    ),
    "json.bad-position": ("cần end hoặc top; ở đây lại là “{value}”", "expected end or top; found “{value}”"),
    "json.one-line": ("phải viết trên một dòng", "must be one line"),
    "json.not-a-choice": (
        "cần một trong {choices}; ở đây lại là “{value}”",
        "expected one of {choices}; found “{value}”",
    ),
    "json.bad-digital-source-type": (
        "“{value}” không phải tên loại nguồn ảnh của IPTC, ví dụ digitalCapture",
        "“{value}” is not an IPTC digital source type name such as digitalCapture",
    ),
    # photo paths in an article file
    "json.image.empty": ("tên ảnh đang trống", "the photo's name is empty"),
    "json.image.backslash": (
        "“{name}” dùng dấu \\; hãy ghi đường dẫn bằng dấu / tính từ tệp JSON",
        "“{name}” uses backslashes; write the path with / relative to the JSON file",
    ),
    "json.image.absolute": (
        "“{name}” là đường dẫn tuyệt đối; hãy ghi đường dẫn tính từ thư mục của tệp JSON",
        "“{name}” is an absolute path; write it relative to the JSON file's folder",
    ),
    "json.image.escapes": (
        "“{name}” trỏ ra ngoài thư mục của tệp JSON; hãy chép ảnh vào thư mục đó",
        "“{name}” points outside the JSON file's folder; copy the photo into that folder",
    ),
    "json.image.missing": (
        "“{name}” không có trong thư mục của tệp JSON; hãy chép ảnh vào đó hoặc sửa đường dẫn",
        "“{name}”: no such file next to the JSON file; copy the photo there or correct the path",
    ),
    "json.image.unreadable": (
        "“{name}” không đọc được (thiếu quyền đọc hoặc liên kết vòng)",
        "“{name}” cannot be read (no read permission, or a link loop)",
    ),
    "json.image.link-outside": (
        "“{name}” là lối tắt trỏ ra ngoài thư mục của tệp JSON; hãy chép chính tệp ảnh vào đó",
        "“{name}” resolves outside the JSON file's folder (a link?); copy the photo itself there",
    ),
    "json.in-photo": ("ảnh {number}: {problem}", "photo {number}: {problem}"),
    "json.image.not-file": (
        "“{name}” không phải một tệp ảnh bình thường",
        "“{name}” is not a regular file",
    ),
}
