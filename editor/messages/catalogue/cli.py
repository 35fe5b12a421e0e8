"""The command line: help, its lines, and argparse's own words (``cli.argparse.*``, keyed by argparse's English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.description": (
        "Bản Thảo: soạn bài báo tiếng Việt có ảnh kèm chú thích; xuất DOCX và HTML.",
        "Bản Thảo: assemble a Vietnamese news article with captioned photos; export DOCX and HTML.",
    ),
    "cli.epilog": (
        "Không có lệnh thì mở ứng dụng (mở TỆP nếu có: một bài .json, một thư mục chứa article.json, hoặc một dự "
        "án .banthao). Mã thoát: 0 xong, 1 lệnh check thấy lỗi, 2 đầu vào sai, 3 lỗi bên trong ứng dụng, "
        "130 bị ngắt. Ngôn ngữ: --lang vi|en hoặc biến môi trường BANTHAO_LANG.",
        "Without a command, opens the app (on FILE when given: an article .json, a folder holding article.json, or "
        "a .banthao project). Exit codes: 0 ok, 1 check found errors, 2 bad input, 3 internal error, "
        "130 interrupted. Language: --lang vi|en or the BANTHAO_LANG environment variable.",
    ),
    "cli.help.lang": (
        "ngôn ngữ của các dòng thông báo: vi (mặc định) hoặc en",
        "language of the messages: vi (default) or en",
    ),
    "cli.help.commands": ("LỆNH", "COMMAND"),
    "cli.help.convert": (
        "chuyển đổi qua lại giữa tệp JSON trao đổi (kèm ảnh) và tệp dự án",
        "convert between an interchange JSON (with its photos) and a project file, either way",
    ),
    "cli.help.convert-description": (
        "IN.json (hoặc thư mục có article.json) → OUT.banthao, hoặc IN.banthao → OUT.json (ảnh gốc được ghi "
        "cạnh OUT.json theo tên của chúng). Không mất gì theo cả hai chiều.",
        "IN.json (or a folder with article.json) → OUT.banthao, or IN.banthao → OUT.json (the original photos are "
        "written beside OUT.json under their names). Lossless both ways.",
    ),
    "cli.help.export": ("xuất bài ({formats})", "export an article ({formats})"),
    "cli.help.input": (
        "một bài .json, thư mục của nó, hoặc một dự án .banthao",
        "an article .json, its folder, or a .banthao project",
    ),
    "cli.help.output": (
        "tệp xuất; đuôi tệp chọn định dạng: {formats}",
        "the output; its suffix chooses the format: {formats}",
    ),
    "cli.help.profile": (
        "tên hồ sơ tờ báo hoặc một tệp hồ sơ .json",
        "outlet profile name or a profile .json file",
    ),
    "cli.help.reference": ("tệp DOCX mẫu riêng của tòa soạn", "a newsroom's own reference DOCX"),
    "cli.help.bundle": (
        "ghi thêm OUT.zip chứa ảnh gốc theo thứ tự trong bài",
        "also write OUT.zip with the original photos in order",
    ),
    "cli.help.font-size": ("cỡ chữ thân bài (mặc định theo hồ sơ tờ báo)", "body font size (default from the profile)"),
    "cli.help.number-captions": (
        "đánh số chú thích “Ảnh 1” bằng trường SEQ của Word",
        "number captions “Ảnh 1” with Word SEQ fields",
    ),
    "cli.help.embed-originals": ("nhúng ảnh gốc thay cho bản thu nhỏ", "embed original photos, not renditions"),
    "cli.help.folder": ("OUT.html kèm thư mục OUT_files/", "OUT.html + OUT_files/"),
    "cli.help.self-contained": ("một tệp HTML duy nhất, ảnh nằm trong tệp", "one HTML file with the photos inside"),
    "cli.help.fragment": ("chỉ phần thân bài, để dán vào CMS", "the body only, for pasting into a CMS"),
    "cli.help.quiet": ("không in các bước tiến độ", "no progress lines"),
    "cli.help.check": (
        "kiểm tra trước khi gửi: những gì biên tập viên sẽ trả lại",
        "pre-send checks: what a desk editor would send back",
    ),
    "cli.help.json": ("kết quả dạng máy đọc (JSON)", "machine-readable output (JSON)"),
    "cli.help.diff": (
        "những gì đã đổi giữa REF và INPUT, thành các dòng dễ đọc",
        "what changed between REF and INPUT, as readable lines",
    ),
    "cli.help.diff-ref": (
        "một số phiên bản của dự án INPUT, một bài .json, một dự án .banthao hoặc một tệp DOCX do Bản Thảo xuất",
        "a version number of INPUT's project, an article .json, a .banthao project or a DOCX exported by Bản Thảo",
    ),
    "cli.help.changes-group": ("bản sửa cho ban biên tập", "corrections for the desk"),
    "cli.help.changes-since": (
        "DOCX: đánh dấu mọi khác biệt so với REF thành sửa đổi của Word; HTML: ghi thêm OUT.review.html có đánh "
        "dấu các thay đổi. REF: một số phiên bản của dự án, một bài .json, một .banthao hoặc một DOCX do Bản Thảo "
        "xuất",
        "DOCX: mark every difference from REF as a Word revision; HTML: also write OUT.review.html with the changes "
        "marked. REF: a version number of the project, an article .json, a .banthao or a DOCX Bản Thảo exported",
    ),
    "cli.help.author": (
        "người đứng tên các sửa đổi (mặc định: tác giả đầu tiên)",
        "author of the revisions (default: the first byline)",
    ),
    "cli.help.revision-date": (
        "thời điểm ghi trên các sửa đổi (mặc định: bây giờ, hoặc SOURCE_DATE_EPOCH)",
        "instant stamped on the revisions (default: now, or SOURCE_DATE_EPOCH)",
    ),
    "cli.group.docx": ("DOCX", "DOCX"),
    "cli.group.html": ("HTML", "HTML"),
    # lines of the commands
    "cli.convert-direction": (
        "lệnh convert cần IN.json → OUT{suffix} hoặc IN{suffix} → OUT.json",
        "convert needs IN.json → OUT{suffix} or IN{suffix} → OUT.json",
    ),
    "cli.check-unavailable": (
        "bản cài đặt này không có lệnh check",
        "the check command is not available in this build",
    ),
    "cli.app-cannot-start": (
        "không khởi động được ứng dụng (thiếu thư viện giao diện?); chi tiết trong {log}",
        "the desktop app cannot start (a missing interface library?); details in {log}",
    ),
    "cli.one-file": ("chỉ mở được một tệp mỗi lần", "give at most one file to open"),
    "cli.cancelled": ("đã hủy", "cancelled"),
    "cli.internal-error": (
        "lỗi bên trong ứng dụng, không phải do bạn; chi tiết đã ghi vào {log}",
        "internal error, not your doing; details are in {log}",
    ),
    "cli.no-log": (
        "(không ghi được nhật ký: thư mục đệm không ghi được)",
        "(no log: the cache folder is not writable)",
    ),
    "cli.bad-language": ("ngôn ngữ “{value}” không có; hãy chọn vi hoặc en", "no language “{value}”; choose vi or en"),
    # argparse's own words, looked up by their English text
    "cli.argparse.usage: ": ("cách dùng: ", "usage: "),
    "cli.argparse.positional arguments": ("tham số vị trí", "positional arguments"),
    "cli.argparse.options": ("tùy chọn", "options"),
    "cli.argparse.show this help message and exit": ("in hướng dẫn này rồi thoát", "show this help message and exit"),
    "cli.argparse.show program's version number and exit": (
        "in số phiên bản rồi thoát",
        "show program's version number and exit",
    ),
    "cli.argparse.%(prog)s: error: %(message)s\n": ("%(prog)s: lỗi: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "cli.argparse.the following arguments are required: %s": (
        "còn thiếu tham số: %s",
        "the following arguments are required: %s",
    ),
    "cli.argparse.unrecognized arguments: %s": ("tham số lạ: %s", "unrecognized arguments: %s"),
    "cli.argparse.invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn %(value)r không có (hãy chọn một trong %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "cli.argparse.argument %(argument_name)s: %(message)s": (
        "tham số %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "cli.argparse.invalid %(type)s value: %(value)r": (
        "giá trị %(value)r dùng không được (cần kiểu %(type)s)",
        "invalid %(type)s value: %(value)r",
    ),
    "cli.argparse.expected one argument": ("cần một giá trị", "expected one argument"),
    "cli.argparse.expected at least one argument": ("cần ít nhất một giá trị", "expected at least one argument"),
    "cli.argparse.expected at most one argument": ("chỉ nhận nhiều nhất một giá trị", "expected at most one argument"),
    "cli.argparse.expected %s argument": ("cần %s giá trị", "expected %s argument"),
    "cli.argparse.expected %s arguments": ("cần %s giá trị", "expected %s arguments"),
    "cli.argparse.not allowed with argument %s": ("không dùng chung được với %s", "not allowed with argument %s"),
    "cli.argparse.one of the arguments %s is required": (
        "cần một trong các tham số %s",
        "one of the arguments %s is required",
    ),
    "cli.argparse.ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ: có thể là %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "cli.argparse.ignored explicit argument %r": ("giá trị %r bị bỏ qua", "ignored explicit argument %r"),
    "cli.argparse.unexpected option string: %s": ("tùy chọn không mong đợi: %s", "unexpected option string: %s"),
    "cli.argparse.can't open '%(filename)s': %(error)s": (
        "không mở được “%(filename)s”: %(error)s",
        "can't open '%(filename)s': %(error)s",
    ),
}
