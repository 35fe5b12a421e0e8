<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Bản Thảo</source>
        <translation>Giới thiệu Bản Thảo</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1} (PySide6 {2}), {3}</source>
        <translation>Python {0}, Qt {1} (PySide6 {2}), {3}</translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation>Tệp nhật ký: {0}</translation>
    </message>
    <message>
        <source>Font for the DOCX: {0}; on this computer it is drawn with {1}.</source>
        <translation>Phông chữ của bản DOCX: {0}; trên máy này được hiển thị bằng {1}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Double-click to write a caption…</source>
        <translation>Nhấp đúp để viết chú thích…</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Gõ chữ</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Make subhead</source>
        <translation>Chuyển thành tít xen</translation>
    </message>
    <message>
        <source>Make quote</source>
        <translation>Chuyển thành trích dẫn</translation>
    </message>
    <message>
        <source>Make paragraph</source>
        <translation>Chuyển thành đoạn thường</translation>
    </message>
    <message>
        <source>Pictures not pasted:</source>
        <translation>Ảnh không dán vào được:</translation>
    </message>
    <message>
        <source>{0} is on the web (save it, then insert it)</source>
        <translation>{0} nằm trên mạng (hãy lưu về máy rồi chèn ảnh)</translation>
    </message>
    <message>
        <source>{0} is no longer on this computer</source>
        <translation>{0} không còn trên máy này</translation>
    </message>
    <message>
        <source>{0} cannot be read</source>
        <translation>Không đọc được {0}</translation>
    </message>
    <message>
        <source>{0} is not a photo file</source>
        <translation>{0} không phải tệp ảnh</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>Di chuyển ảnh</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Fix</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Không thấy lỗi nào</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Send corrections as tracked changes</source>
        <translation>Gửi bản sửa có đánh dấu thay đổi</translation>
    </message>
    <message>
        <source>Word document with tracked changes (DOCX)</source>
        <translation>Tài liệu Word có đánh dấu thay đổi (DOCX)</translation>
    </message>
    <message>
        <source>No. {0} · {1} · {2}</source>
        <translation>Bản {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Thay đổi kể từ</translation>
    </message>
    <message>
        <source>No version has been sent yet: export the article to the desk first.</source>
        <translation>Chưa có bản nào được gửi: hãy xuất bài gửi ban biên tập trước.</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Title {0} · Sapo {1} · Body {2} · Captions {3} chữ · {4} photos · ~{5} min read</source>
        <translation>Tít {0} · Sapo {1} · Thân bài {2} · Chú thích {3} chữ · {4} ảnh · đọc ~{5} phút</translation>
    </message>
</context>
<context>
    <name>CropFrame</name>
    <message>
        <source>Drag the frame to choose what the crop keeps (arrow keys move it too)</source>
        <translation>Kéo khung để chọn phần ảnh giữ lại (các phím mũi tên cũng dời được khung)</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>e.g. Theo TTXVN</source>
        <translation>ví dụ: Theo TTXVN</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Title of the related story</source>
        <translation>Tít của bài liên quan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Dòng nguồn tin</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Related links (Tin liên quan)</source>
        <translation>Tin liên quan</translation>
    </message>
    <message>
        <source>Edit source line</source>
        <translation>Sửa dòng nguồn tin</translation>
    </message>
    <message>
        <source>Edit keywords</source>
        <translation>Sửa từ khóa</translation>
    </message>
    <message>
        <source>Add related link</source>
        <translation>Thêm tin liên quan</translation>
    </message>
    <message>
        <source>Edit related link</source>
        <translation>Sửa tin liên quan</translation>
    </message>
    <message>
        <source>Move related link</source>
        <translation>Chuyển chỗ tin liên quan</translation>
    </message>
    <message>
        <source>Remove related link</source>
        <translation>Xóa tin liên quan</translation>
    </message>
    <message>
        <source>No address yet: exported as plain text</source>
        <translation>Chưa có địa chỉ: khi xuất sẽ in thành chữ thường</translation>
    </message>
    <message>
        <source>Exported as {0}</source>
        <translation>Khi xuất sẽ thành {0}</translation>
    </message>
    <message>
        <source>Not a web address: exported as plain text</source>
        <translation>Không phải địa chỉ web: khi xuất sẽ in thành chữ thường</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the article</source>
        <translation>Xuất bài viết</translation>
    </message>
    <message>
        <source>Look at the checks first</source>
        <translation>Xem phần Kiểm tra trước</translation>
    </message>
    <message>
        <source>the outlet's house template</source>
        <translation>mẫu trình bày của tờ báo</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Tài liệu Word (DOCX)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Trang web (HTML)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Also make a ZIP for the desk (the DOCX and the original photos)</source>
        <translation>Làm thêm gói ZIP cho ban biên tập (tệp DOCX và ảnh gốc)</translation>
    </message>
    <message>
        <source>Page and an images folder beside it</source>
        <translation>Trang web kèm thư mục ảnh bên cạnh</translation>
    </message>
    <message>
        <source>One self-contained file</source>
        <translation>Một tệp duy nhất (ảnh nằm trong tệp)</translation>
    </message>
    <message>
        <source>Fragment for the CMS (the article only)</source>
        <translation>Đoạn mã cho CMS (chỉ phần bài viết)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Tờ báo</translation>
    </message>
    <message>
        <source>Reference template</source>
        <translation>Tệp mẫu (reference)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Trang HTML</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>The checks hold {0} error(s) that the desk would send back.</source>
        <translation>Phần Kiểm tra còn {0} lỗi mà ban biên tập sẽ trả bài.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Vẫn xuất</translation>
    </message>
    <message>
        <source>{0} is open in {1}{2}: close it there first, or the desk may get the copy that program saves over it.</source>
        <translation>{0} đang mở trong {1}{2}: hãy đóng tệp ở đó trước, nếu không ban biên tập có thể nhận bản mà chương trình đó lưu đè lên.</translation>
    </message>
    <message>
        <source>Replace anyway</source>
        <translation>Vẫn ghi đè</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ghi đè</translation>
    </message>
    <message>
        <source>Already there: {0}. Press “{1}” to write over it.</source>
        <translation>Đã có sẵn: {0}. Bấm “{1}” để thay bằng bản mới.</translation>
    </message>
    <message>
        <source>The checks hold {0} error(s). Press “{1}” to export as it is.</source>
        <translation>Phần Kiểm tra còn {0} lỗi. Bấm “{1}” để xuất nguyên như vậy.</translation>
    </message>
    <message>
        <source>No reference template at {0}</source>
        <translation>Không có tệp mẫu ở {0}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Đã xuất ra {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Không xuất được: {0}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>FigureHandler</name>
    <message>
        <source>Loading photo…</source>
        <translation>Đang tải ảnh…</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Không hiển thị được ảnh này</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Khôi phục phần chưa lưu?</translation>
    </message>
    <message>
        <source>This article has changes that were not saved (autosaved at {0}). Restore them?</source>
        <translation>Bài viết có thay đổi chưa được lưu (tự động lưu lúc {0}). Khôi phục không?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa có tít</translation>
    </message>
    <message>
        <source>Bản Thảo did not close properly. Restore the unsaved article “{0}” (autosaved at {1})?</source>
        <translation>Bản Thảo đã không đóng đúng cách. Khôi phục bài chưa lưu “{0}” (tự động lưu lúc {1}) không?</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Dự án đang được mở</translation>
    </message>
    <message>
        <source>“{0}” is open in another Bản Thảo window. Opening it twice can lose work. Open anyway?</source>
        <translation>“{0}” đang mở trong một cửa sổ Bản Thảo khác. Mở hai lần có thể làm mất bài. Vẫn mở?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Lưu thay đổi?</translation>
    </message>
    <message>
        <source>The article has unsaved changes. Save them?</source>
        <translation>Bài viết có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Tệp dự án bị hỏng</translation>
    </message>
    <message>
        <source>Cannot open: {0}. Recover what can still be read (the last good copy of the text and every intact photo) into a new project beside it?</source>
        <translation>Không mở được: {0}. Khôi phục những gì còn đọc được (bản chữ tốt gần nhất và mọi ảnh còn nguyên) vào một tệp dự án mới bên cạnh?</translation>
    </message>
    <message>
        <source>Recovering {0}…</source>
        <translation>Đang khôi phục {0}…</translation>
    </message>
    <message>
        <source>Recovery failed: {0}</source>
        <translation>Khôi phục không thành công: {0}</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The article could not be saved: {0}</source>
        <translation>Không lưu được bài: {0}</translation>
    </message>
    <message>
        <source>Your work is still here in the window, and the file saved before is unchanged. Save it under another name or in another folder with “Save as…”.</source>
        <translation>Bài viết vẫn còn nguyên trong cửa sổ, và tệp đã lưu trước đó không bị thay đổi. Hãy lưu bằng tên khác hoặc vào thư mục khác với «Lưu thành…».</translation>
    </message>
    <message>
        <source>Saved in another window</source>
        <translation>Đã được lưu ở cửa sổ khác</translation>
    </message>
    <message>
        <source>“{0}” was saved from another window at {1}, after you opened it here. Saving now would replace that work with this window's.</source>
        <translation>«{0}» đã được lưu từ một cửa sổ khác lúc {1}, sau khi bạn mở nó ở đây. Lưu bây giờ sẽ thay phần việc đó bằng bài trong cửa sổ này.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ghi đè</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Bản Thảo</source>
        <translation>Bản Thảo</translation>
    </message>
    <message>
        <source>Welcome to Bản Thảo</source>
        <translation>Chào mừng đến với Bản Thảo</translation>
    </message>
    <message>
        <source>Which outlet do you write for? (Its dateline, caption and byline style is used; you can change it in Preferences.)</source>
        <translation>Bạn viết cho tòa soạn nào? (Cách ghi ngày giờ, chú thích ảnh và tên tác giả sẽ theo tòa soạn đó; có thể đổi trong Tùy chọn.)</translation>
    </message>
    <message>
        <source>Articles (*.banthao *.json);;Bản Thảo projects (*.banthao);;Article JSON (*.json)</source>
        <translation>Bài viết (*.banthao *.json);;Dự án Bản Thảo (*.banthao);;Bài dạng JSON (*.json)</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <source>Cannot open: {0}</source>
        <translation>Không mở được: {0}</translation>
    </message>
    <message>
        <source>Cannot save: {0}</source>
        <translation>Không lưu được: {0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation>Lưu bài viết</translation>
    </message>
    <message>
        <source>Bản Thảo projects (*.banthao)</source>
        <translation>Dự án Bản Thảo (*.banthao)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Ignore diacritics</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <source>Whole syllables</source>
        <translation>Nguyên tiếng</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cắt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Tìm và thay thế…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Tìm tiếp</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Tìm ngược lại</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Replaced {0}</source>
        <translation>Đã thay {0} chỗ</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>Kicker (optional)</source>
        <translation>Tít phụ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít</translation>
    </message>
    <message>
        <source>Sapo: the bold lead paragraph</source>
        <translation>Sapo: đoạn dẫn in đậm</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Place (optional)</source>
        <translation>Địa danh (không bắt buộc)</translation>
    </message>
    <message>
        <source>Thu Chung; Bài và ảnh: Vân Anh</source>
        <translation>Thu Chung; Bài và ảnh: Vân Anh</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>ở cuối bài</translation>
    </message>
    <message>
        <source>under the title</source>
        <translation>dưới tít</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Tít phụ</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày giờ đăng</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Edit kicker</source>
        <translation>Sửa tít phụ</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Sửa tít</translation>
    </message>
    <message>
        <source>Edit sapo</source>
        <translation>Sửa sapo</translation>
    </message>
    <message>
        <source>Edit authors</source>
        <translation>Sửa tác giả</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Pháp</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Anh</translation>
    </message>
    <message>
        <source>New York (USA)</source>
        <translation>New York (Mỹ)</translation>
    </message>
    <message>
        <source>Los Angeles (USA)</source>
        <translation>Los Angeles (Mỹ)</translation>
    </message>
    <message>
        <source>Sydney (Australia)</source>
        <translation>Sydney (Úc)</translation>
    </message>
    <message>
        <source>Universal time</source>
        <translation>Giờ quốc tế</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Sửa ngày giờ đăng</translation>
    </message>
    <message>
        <source>(no publication time)</source>
        <translation>(chưa đặt giờ đăng)</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import a Word draft</source>
        <translation>Nhập bản Word</translation>
    </message>
    <message>
        <source>Word drafts ({0})</source>
        <translation>Bản Word ({0})</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Đang nhập {0}…</translation>
    </message>
    <message>
        <source>Cannot import: {0}</source>
        <translation>Không nhập được: {0}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>Đã nhập {0}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Word draft imported</source>
        <translation>Đã nhập bản Word</translation>
    </message>
    <message>
        <source>Imported {0} into a new, unsaved article. Check it, then save it under a name.</source>
        <translation>Đã nhập {0} thành một bài mới, chưa lưu. Hãy kiểm tra rồi lưu lại với một tên.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Text width</source>
        <translation>Rộng bằng cột chữ</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <source>Left, text wraps</source>
        <translation>Bên trái, chữ bao quanh</translation>
    </message>
    <message>
        <source>Right, text wraps</source>
        <translation>Bên phải, chữ bao quanh</translation>
    </message>
    <message>
        <source>No crop</source>
        <translation>Không cắt</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>⟲ Rotate left</source>
        <translation>⟲ Xoay trái</translation>
    </message>
    <message>
        <source>⟳ Rotate right</source>
        <translation>⟳ Xoay phải</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Lên</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Xuống</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Thay ảnh…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nguồn ảnh</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Văn bản thay thế</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Cắt ảnh</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <source>Select a photo in the article to edit its caption, credit and alt text.</source>
        <translation>Chọn một ảnh trong bài để sửa chú thích, nguồn ảnh và văn bản thay thế.</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>Sửa nguồn ảnh</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>Sửa văn bản thay thế</translation>
    </message>
    <message>
        <source>Change layout</source>
        <translation>Đổi bố cục ảnh</translation>
    </message>
    <message>
        <source>Move crop frame</source>
        <translation>Dời khung cắt</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Pre-filled from the photo — </source>
        <translation>Điền sẵn từ ảnh — </translation>
    </message>
    <message>
        <source>caption</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>nguồn ảnh</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>văn bản thay thế</translation>
    </message>
    <message>
        <source>No alt text: describe what the photo shows for readers who cannot see it.</source>
        <translation>Chưa có văn bản thay thế: hãy tả nội dung ảnh cho người đọc không nhìn thấy ảnh.</translation>
    </message>
    <message>
        <source>The alt text repeats the caption: describe what the photo shows instead.</source>
        <translation>Văn bản thay thế lặp lại chú thích: hãy tả những gì có trong ảnh.</translation>
    </message>
    <message>
        <source>The alt text is a file name: describe what the photo shows instead.</source>
        <translation>Văn bản thay thế là tên tệp: hãy tả những gì có trong ảnh.</translation>
    </message>
    <message>
        <source>Rotate photo</source>
        <translation>Xoay ảnh</translation>
    </message>
    <message>
        <source>Crop photo</source>
        <translation>Cắt ảnh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Import Word draft…</source>
        <translation>&amp;Nhập bản Word…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Sent &amp;versions…</source>
        <translation>Các &amp;bản đã gửi…</translation>
    </message>
    <message>
        <source>Send &amp;corrections (tracked changes)…</source>
        <translation>Gửi &amp;bản sửa (đánh dấu thay đổi)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>A&amp;bout Bản Thảo</source>
        <translation>Giới &amp;thiệu Bản Thảo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Convert legacy font text (TCVN3/VNI)</source>
        <translation>Chuyển mã chữ phông cũ (TCVN3/VNI)</translation>
    </message>
    <message>
        <source>Apply the house tone-mark style</source>
        <translation>Áp dụng kiểu bỏ dấu của tòa soạn</translation>
    </message>
    <message>
        <source>Use curly quotes “ ”</source>
        <translation>Dùng dấu ngoặc kép cong “ ”</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Liên kết…</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn thường</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Tít xen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>Ả&amp;nh</translation>
    </message>
    <message>
        <source>Insert photos…</source>
        <translation>Chèn ảnh…</translation>
    </message>
    <message>
        <source>Move photo up</source>
        <translation>Đưa ảnh lên</translation>
    </message>
    <message>
        <source>Move photo down</source>
        <translation>Đưa ảnh xuống</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>Thay ảnh…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Fold the header away</source>
        <translation>Thu gọn phần đầu bài</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Open the sample article</source>
        <translation>Mở bài mẫu</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa có tít</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} ảnh</translation>
    </message>
    <message>
        <source>copying {0} into the project…</source>
        <translation>đang chép {0} ảnh vào dự án…</translation>
    </message>
    <message>
        <source>⚠ Autosave is not working</source>
        <translation>⚠ Tự động lưu không chạy</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Sửa: {0}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Address (empty removes the link):</source>
        <translation>Địa chỉ (để trống để bỏ liên kết):</translation>
    </message>
    <message>
        <source>Select text typed in a TCVN3 or VNI font first.</source>
        <translation>Hãy chọn đoạn chữ gõ bằng phông TCVN3 hoặc VNI trước.</translation>
    </message>
    <message>
        <source>Tone-mark style</source>
        <translation>Kiểu bỏ dấu</translation>
    </message>
    <message>
        <source>Curly quotes</source>
        <translation>Ngoặc kép cong</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Choose photos</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation>Ảnh ({0})</translation>
    </message>
    <message>
        <source>Reading {0} photos…</source>
        <translation>Đang đọc {0} ảnh…</translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Insert {0} photos</source>
        <translation>Chèn {0} ảnh</translation>
    </message>
    <message>
        <source>Some photos could not be added:</source>
        <translation>Một số ảnh không thêm được:</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>Di chuyển ảnh</translation>
    </message>
    <message>
        <source>Replace photo</source>
        <translation>Thay ảnh</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Rights &amp;&amp; source</source>
        <translation>Bản quyền &amp;&amp; nguồn</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— chưa rõ —</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Xuất xứ ảnh</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Người chụp/tạo</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Bản quyền</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Cách tạo ảnh</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Đường dẫn nguồn</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Điều kiện sử dụng</translation>
    </message>
    <message>
        <source>Licence page</source>
        <translation>Trang giấy phép</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Chụp lúc</translation>
    </message>
    <message>
        <source>Our photographer or reporter</source>
        <translation>Phóng viên của báo</translation>
    </message>
    <message>
        <source>News agency (TTXVN, Reuters…)</source>
        <translation>Hãng tin (TTXVN, Reuters…)</translation>
    </message>
    <message>
        <source>Provided by the people in the story</source>
        <translation>Nhân vật cung cấp (NVCC)</translation>
    </message>
    <message>
        <source>Sent by a reader</source>
        <translation>Bạn đọc gửi</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <source>Archive photo</source>
        <translation>Ảnh tư liệu</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>Camera or phone</source>
        <translation>Máy ảnh hoặc điện thoại</translation>
    </message>
    <message>
        <source>Made by AI</source>
        <translation>Do AI tạo ra</translation>
    </message>
    <message>
        <source>Photo with AI-made parts</source>
        <translation>Ảnh có phần do AI tạo</translation>
    </message>
    <message>
        <source>Enhanced by software (denoise, upscale)</source>
        <translation>Làm nét bằng phần mềm (khử nhiễu, phóng to)</translation>
    </message>
    <message>
        <source>Drawing or graphic</source>
        <translation>Tranh vẽ, đồ họa</translation>
    </message>
    <message>
        <source>Montage of photos</source>
        <translation>Ảnh ghép</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Chụp màn hình</translation>
    </message>
    <message>
        <source>Scanned from a print</source>
        <translation>Quét từ ảnh in</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>người chụp</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>bản quyền</translation>
    </message>
    <message>
        <source>usage terms</source>
        <translation>điều kiện sử dụng</translation>
    </message>
    <message>
        <source>licence page</source>
        <translation>trang giấy phép</translation>
    </message>
    <message>
        <source>made by</source>
        <translation>cách tạo ảnh</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>thời điểm chụp</translation>
    </message>
    <message>
        <source>From the photo — </source>
        <translation>Lấy từ ảnh — </translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Sửa %s</translation>
    </message>
    <message>
        <source>Set photo source</source>
        <translation>Chọn nguồn ảnh</translation>
    </message>
    <message>
        <source>Set how the photo was made</source>
        <translation>Chọn cách tạo ảnh</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy hh:mm, e.g. 19/12/2020 08:30.</source>
        <translation>Ghi ngày giờ theo dạng dd/mm/yyyy hh:mm, ví dụ 19/12/2020 08:30.</translation>
    </message>
    <message>
        <source>Edit time taken</source>
        <translation>Sửa thời điểm chụp</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>expected an article .json or a .banthao project</source>
        <translation>cần một bài .json hoặc một dự án .banthao</translation>
    </message>
    <message>
        <source>the article has never been saved: use Save As</source>
        <translation>bài chưa từng được lưu: hãy dùng Lưu thành</translation>
    </message>
    <message>
        <source>nothing to save</source>
        <translation>không có gì để lưu</translation>
    </message>
    <message>
        <source>that project is open in another window</source>
        <translation>dự án đó đang mở ở cửa sổ khác</translation>
    </message>
    <message>
        <source>the article has no title yet; write one before saving</source>
        <translation>bài chưa có tít; hãy đặt tít trước khi lưu</translation>
    </message>
    <message>
        <source>no article is open</source>
        <translation>chưa mở bài nào</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Outlet profile</source>
        <translation>Tờ báo (mẫu trình bày)</translation>
    </message>
    <message>
        <source>Default authors for a new article</source>
        <translation>Tác giả mặc định cho bài mới</translation>
    </message>
    <message>
        <source>Time zone for typed times</source>
        <translation>Múi giờ cho giờ nhập tay</translation>
    </message>
    <message>
        <source>Tone-mark style</source>
        <translation>Kiểu bỏ dấu</translation>
    </message>
    <message>
        <source>Underline spelling mistakes</source>
        <translation>Gạch chân lỗi chính tả</translation>
    </message>
    <message>
        <source>DOCX font size (pt)</source>
        <translation>Cỡ chữ DOCX (pt)</translation>
    </message>
    <message>
        <source>Photo rendition quality (JPEG)</source>
        <translation>Chất lượng ảnh xuất (JPEG)</translation>
    </message>
    <message>
        <source>Autosave after seconds of idle</source>
        <translation>Tự động lưu sau số giây không gõ</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(không có gợi ý)</translation>
    </message>
    <message>
        <source>Add “{0}” to the word list</source>
        <translation>Thêm “{0}” vào danh sách từ</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Sent versions</source>
        <translation>Các bản đã gửi</translation>
    </message>
    <message>
        <source>the article now</source>
        <translation>bài hiện tại</translation>
    </message>
    <message>
        <source>No. {0} · {1} · {2} · {3}</source>
        <translation>Bản {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>Bản {0}</translation>
    </message>
    <message>
        <source>No version has been sent yet: every export to the desk is recorded here.</source>
        <translation>Chưa có bản nào được gửi: mỗi lần xuất bài gửi ban biên tập đều được ghi lại ở đây.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <source>Versions sent to the desk</source>
        <translation>Các bản đã gửi ban biên tập</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>So với</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Không có thay đổi.</translation>
    </message>
    <message>
        <source>Restore sent version {0}</source>
        <translation>Khôi phục bản đã gửi số {0}</translation>
    </message>
    <message>
        <source>Version {0} restored (Undo brings the article back).</source>
        <translation>Đã khôi phục bản {0} (Hoàn tác để trở lại bài trước đó).</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Could not record the sent version: {0}</source>
        <translation>Không ghi được bản đã gửi: {0}</translation>
    </message>
    <message>
        <source>Recorded as sent version {0}</source>
        <translation>Đã ghi lại thành bản gửi số {0}</translation>
    </message>
    <message>
        <source>DOCX + photos</source>
        <translation>DOCX + ảnh gốc</translation>
    </message>
    <message>
        <source>DOCX with tracked changes</source>
        <translation>DOCX có đánh dấu thay đổi</translation>
    </message>
</context>
</TS>