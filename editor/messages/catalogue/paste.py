"""Messages of pasting into the body (editor/importers/clipboard.py, editor/importers/web_page.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "paste.page_cut": (
        "Đã dán phần bài viết của trang web ({kept} đoạn), bỏ trình đơn, bình luận, nút chia sẻ, dòng bản quyền… "
        "Nếu thiếu đoạn nào, hãy Hoàn tác (Ctrl+Z) rồi chép riêng đoạn cần lấy.",
        "Pasted the web page's article ({kept} paragraphs), leaving out menus, comments, share buttons, copyright "
        "lines… If a passage is missing, undo (Ctrl+Z) and copy just that passage.",
    ),
    "paste.page_whole": (
        "Không nhận ra phần bài viết trong trang web được chép: đã dán cả trang, hãy xoá những phần thừa.",
        "No article could be told apart in the copied web page: pasted all of it; delete what is not needed.",
    ),
    "paste.table": (
        "Bảng đã được chuyển thành {rows} đoạn văn, mỗi hàng một đoạn (bài gửi toà soạn không giữ bảng): "
        "hãy đọc lại cho đúng.",
        "The table became {rows} paragraphs, one per row (the article sent to the desk keeps no tables): "
        "read them over.",
    ),
    "paste.too_big": (
        "Nội dung HTML được chép quá lớn ({size} triệu ký tự, tối đa {limit} triệu): chỉ dán phần chữ thường.",
        "The copied HTML is too large ({size} million characters, at most {limit} million): pasted as plain text.",
    ),
    "paste.too_many_tags": (
        "Nội dung HTML được chép có quá nhiều thẻ ({tags}, tối đa {limit}) để làm sạch: chỉ dán phần chữ thường.",
        "The copied HTML has too many tags ({tags}, at most {limit}) to clean: pasted as plain text.",
    ),
    "paste.text_cut": (
        "Văn bản được chép quá dài: chỉ dán {limit} triệu ký tự đầu tiên.",
        "The copied text is too long: pasted only its first {limit} million characters.",
    ),
    "paste.blocks_cut": (
        "Nội dung được chép có {count} đoạn: chỉ dán {limit} đoạn đầu tiên.",
        "The copied content has {count} paragraphs: pasted only the first {limit}.",
    ),
}
