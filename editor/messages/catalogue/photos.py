"""Photo files: what is wrong with a photo and what the reporter can do about it (editor/media, export photos).

Each problem is said without the file name: the error's ``source`` (the file) or ``where`` (``Ảnh 3 (images/x.jpg)``)
names it. The decoder's own words go to the log file, never into these lines.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "photo.not-found": (
        "không tìm thấy tệp ảnh; kiểm tra xem ảnh có bị đổi tên hay chuyển đi chỗ khác",
        "the photo is not there; check whether it was renamed or moved",
    ),
    "photo.no-permission": (
        "máy không cho mở tệp ảnh này (thiếu quyền đọc); hãy chép ảnh vào thư mục của bài rồi chèn lại",
        "the computer does not allow opening this photo (no read permission); copy it into the article's folder "
        "and insert it again",
    ),
    "photo.cannot-open": (
        "không mở được tệp ảnh; hãy chép ảnh vào thư mục của bài rồi chèn lại",
        "the photo cannot be opened; copy it into the article's folder and insert it again",
    ),
    "photo.cannot-read": (
        "đọc tệp ảnh giữa chừng thì hỏng (ổ đĩa hoặc thẻ nhớ có vấn đề?); hãy chép lại ảnh rồi chèn lại",
        "reading the photo failed part-way (a disk or memory-card problem?); copy the photo again and insert it again",
    ),
    "photo.bad-name": (
        "tên tệp ảnh có ký tự lạ mà máy không dùng được; hãy đổi tên tệp",
        "the photo's file name holds a character the computer cannot use; rename the file",
    ),
    "photo.outside-folder": (
        "tệp ảnh nằm ngoài thư mục của bài (có thể là lối tắt trỏ ra ngoài); hãy chép chính tệp ảnh vào thư mục "
        "của bài",
        "the photo lies outside the article's folder (perhaps a shortcut pointing elsewhere); copy the photo "
        "itself into the article's folder",
    ),
    "photo.is-folder": (
        "đây là một thư mục, không phải tệp ảnh; hãy chọn một tệp ảnh trong thư mục đó",
        "this is a folder, not a photo; choose a photo inside it",
    ),
    "photo.is-pipe": (
        "đây là một đường ống (FIFO, pipe) của hệ thống, không phải tệp ảnh; hãy chọn tệp ảnh thật",
        "this is a system pipe (FIFO), not a photo; choose a real photo file",
    ),
    "photo.is-device": (
        "đây là một thiết bị của hệ thống, không phải tệp ảnh; hãy chọn tệp ảnh thật",
        "this is a system device, not a photo; choose a real photo file",
    ),
    "photo.empty": (
        "tệp ảnh trống (0 byte), có thể chép chưa xong; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "the photo file is empty (0 bytes), perhaps not fully copied; copy it again from the camera or phone",
    ),
    "photo.file-too-large": (
        "tệp ảnh quá lớn ({size} MB, tối đa {limit} MB); hãy xuất ảnh nhỏ hơn từ máy ảnh hoặc phần mềm sửa ảnh",
        "the photo file is too large ({size} MB; the limit is {limit} MB); export a smaller copy from the camera "
        "or photo editor",
    ),
    "photo.unsupported": (
        "tệp này không phải ảnh ở định dạng dùng được (JPEG, PNG, WebP, HEIC, TIFF, GIF hoặc BMP); hãy lưu ảnh "
        "thành JPEG rồi chèn lại",
        "this is not a photo in a usable format (JPEG, PNG, WebP, HEIC, TIFF, GIF or BMP); save it as JPEG and "
        "insert it again",
    ),
    "photo.corrupt": (
        "tệp ảnh bị hỏng, không đọc được; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "the photo is damaged and cannot be read; copy it again from the camera or phone",
    ),
    "photo.truncated": (
        "ảnh bị cắt cụt, có thể chép chưa xong; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "the photo is truncated, perhaps not fully copied; copy it again from the camera or phone",
    ),
    "photo.decoder-crashed": (
        "tệp ảnh hỏng đến mức làm trình đọc ảnh dừng lại; hãy chép lại ảnh từ máy ảnh hoặc điện thoại",
        "the photo is so damaged that the image reader stopped; copy it again from the camera or phone",
    ),
    "photo.empty-image": (
        "tệp ảnh khai kích thước rỗng ({width}×{height} điểm ảnh); hãy chép lại ảnh",
        "the photo declares an empty size ({width}×{height} pixels); copy the photo again",
    ),
    "photo.too-many-pixels": (
        "ảnh khai {width}×{height} điểm ảnh ({megapixels} MP), quá giới hạn {limit} MP, nên bị từ chối vì an "
        "toàn; hãy thu nhỏ ảnh rồi chèn lại",
        "the photo declares {width}×{height} pixels ({megapixels} MP), over the {limit} MP limit, and is refused "
        "for safety; shrink it and insert it again",
    ),
    "photo.too-many-pixels-unknown": (
        "ảnh khai quá nhiều điểm ảnh (giới hạn {limit} MP), nên bị từ chối vì an toàn; hãy thu nhỏ ảnh rồi chèn lại",
        "the photo declares too many pixels (the limit is {limit} MP) and is refused for safety; shrink it and "
        "insert it again",
    ),
    "photo.out-of-memory": (
        "ảnh quá lớn, máy không đủ bộ nhớ để mở; hãy thu nhỏ ảnh hoặc đóng bớt chương trình khác",
        "the photo is too large to open in the available memory; shrink it or close other programs",
    ),
    "photo.no-rendition": (
        "không tạo được bản ảnh để xuất; hãy thử xuất lại",
        "no copy of the photo could be made for the export; try exporting again",
    ),
    "photo.cannot-frame": (
        "vùng cắt hoặc góc xoay của ảnh không hợp lệ; hãy đặt lại vùng cắt trong bảng ảnh",
        "the photo's crop or rotation is not valid; set the crop again in the photo panel",
    ),
    "photo.cannot-place-docx": (
        "không đặt được ảnh vào tệp DOCX; hãy lưu ảnh thành JPEG rồi chèn lại",
        "the photo cannot be placed in the DOCX; save it as JPEG and insert it again",
    ),
    "photo.cannot-bundle": (
        "không chép được ảnh gốc vào gói ảnh (OUT.zip); kiểm tra chỗ trống trên ổ đĩa rồi xuất lại",
        "the original photo cannot be copied into the bundle (OUT.zip); check the free disk space and export again",
    ),
}
