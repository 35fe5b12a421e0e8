"""Reading reporters' drafts (Word DOCX; ODT/DOC/RTF through LibreOffice) into articles. Qt-free."""
