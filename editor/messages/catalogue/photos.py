"""Photo files: what is wrong with a photo and what the reporter can do about it (editor/media, export photos).

Each message is a predicate without its subject: the error's ``source`` (the file: "x.jpg: bị cắt cụt, …") or its
``where`` ("Ảnh 3 (images/x.jpg) bị cắt cụt, …") names the photo. The decoder's own words go to the log file.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "photo.not-found": (
        "không có ở chỗ cũ; kiểm tra xem ảnh có bị đổi tên hay chuyển đi nơi khác",
        "is not there; check whether it was renamed or moved",
    ),
    "photo.no-permission": (
        "không mở được vì máy không cho đọc (thiếu quyền); hãy chép ảnh vào thư mục của bài rồi chèn lại",
        "cannot be opened: the computer does not allow reading it; copy it into the article's folder and insert "
        "it again",
    ),
    "photo.cannot-open": (
        "không mở được; hãy chép ảnh vào thư mục của bài rồi chèn lại",
        "cannot be opened; copy it into the article's folder and insert it again",
    ),
    "photo.cannot-read": (
        "đọc giữa chừng thì hỏng (ổ đĩa hoặc thẻ nhớ có vấn đề?); hãy chép lại ảnh rồi chèn lại",
        "failed part-way through reading (a disk or memory-card problem?); copy the photo again and insert it again",
    ),
    "photo.bad-name": (
        "có tên chứa ký tự lạ mà máy không dùng được; hãy đổi tên tệp",
        "has a name with a character the computer cannot use; rename the file",
    ),
    "photo.outside-folder": (
        "nằm ngoài thư mục của bài (có thể là lối tắt trỏ ra ngoài); hãy chép chính tệp ảnh vào thư mục của bài",
        "lies outside the article's folder (perhaps a shortcut pointing elsewhere); copy the photo itself into the "
        "article's folder",
    ),
    "photo.is-folder": (
        "là một thư mục, không phải tệp ảnh; hãy chọn một ảnh trong thư mục đó",
        "is a folder, not a photo; choose a photo inside it",
    ),
    "photo.is-pipe": (
        "là một đường ống (FIFO, pipe) của hệ thống, không phải tệp ảnh; hãy chọn tệp ảnh thật",
        "is a system pipe (FIFO), not a photo; choose a real photo file",
    ),
    "photo.is-device": (
        "là một thiết bị của hệ thống, không phải tệp ảnh; hãy chọn tệp ảnh thật",
        "is a system device, not a photo; choose a real photo file",
    ),
    "photo.empty": (
        "là tệp trống (0 byte), có thể chép chưa xong; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "is empty (0 bytes), perhaps not fully copied; copy it again from the camera or phone",
    ),
    "photo.file-too-large": (
        "quá lớn ({size} MB, tối đa {limit} MB); hãy xuất một bản nhỏ hơn từ máy ảnh hoặc phần mềm sửa ảnh",
        "is too large ({size} MB; the limit is {limit} MB); export a smaller copy from the camera or photo editor",
    ),
    "photo.unsupported": (
        "không phải ảnh ở định dạng dùng được (JPEG, PNG, WebP, HEIC, TIFF, GIF hoặc BMP); hãy lưu ảnh thành JPEG "
        "rồi chèn lại",
        "is not a photo in a usable format (JPEG, PNG, WebP, HEIC, TIFF, GIF or BMP); save it as JPEG and insert "
        "it again",
    ),
    "photo.corrupt": (
        "bị hỏng, không đọc được; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "is damaged and cannot be read; copy it again from the camera or phone",
    ),
    "photo.truncated": (
        "bị cắt cụt, có thể chép chưa xong; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "is truncated, perhaps not fully copied; copy it again from the camera or phone",
    ),
    "photo.decoder-crashed": (
        "hỏng đến mức làm trình đọc ảnh dừng lại; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "is so damaged that the image reader stopped; copy it again from the camera or phone",
    ),
    "photo.empty-image": (
        "khai kích thước rỗng ({width}×{height} điểm ảnh); hãy chép lại ảnh",
        "declares an empty size ({width}×{height} pixels); copy the photo again",
    ),
    "photo.too-many-pixels": (
        "khai {width}×{height} điểm ảnh ({megapixels} MP), quá giới hạn {limit} MP, nên bị từ chối vì an toàn; "
        "hãy thu nhỏ ảnh rồi chèn lại",
        "declares {width}×{height} pixels ({megapixels} MP), over the {limit} MP limit, and is refused for safety; "
        "shrink it and insert it again",
    ),
    "photo.too-many-pixels-unknown": (
        "khai quá nhiều điểm ảnh (giới hạn {limit} MP), nên bị từ chối vì an toàn; hãy thu nhỏ ảnh rồi chèn lại",
        "declares too many pixels (the limit is {limit} MP) and is refused for safety; shrink it and insert it again",
    ),
    "photo.out-of-memory": (
        "quá lớn, máy không đủ bộ nhớ để mở; hãy thu nhỏ ảnh hoặc đóng bớt chương trình khác",
        "is too large to open in the available memory; shrink it or close other programs",
    ),
    "photo.no-rendition": (
        "chưa tạo được bản ảnh để xuất; hãy thử xuất lại",
        "could not be prepared for the export; try exporting again",
    ),
    "photo.cannot-frame": (
        "có vùng cắt hoặc góc xoay không hợp lệ; hãy đặt lại vùng cắt trong bảng ảnh",
        "has a crop or rotation that is not valid; set the crop again in the photo panel",
    ),
    "photo.cannot-place-docx": (
        "không đặt được vào tệp DOCX; hãy lưu ảnh thành JPEG rồi chèn lại",
        "cannot be placed in the DOCX; save it as JPEG and insert it again",
    ),
    "photo.cannot-bundle": (
        "không chép được vào gói ảnh gốc (OUT.zip); kiểm tra chỗ trống trên ổ đĩa rồi xuất lại",
        "cannot be copied into the bundle (OUT.zip); check the free disk space and export again",
    ),
}
