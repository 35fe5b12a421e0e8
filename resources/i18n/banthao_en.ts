<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Bản Thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python {0}, Qt {1} (PySide6 {2}), {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font for the DOCX: {0}; on this computer it is drawn with {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Double-click to write a caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make subhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures not pasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is on the web (save it, then insert it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is no longer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Send corrections as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document with tracked changes (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version has been sent yet: export the article to the desk first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Title {0} · Sapo {1} · Body {2} · Captions {3} chữ · {4} photos · ~{5} min read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropFrame</name>
    <message>
        <source>Drag the frame to choose what the crop keeps (arrow keys move it too)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>e.g. Theo TTXVN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the related story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related links (Tin liên quan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add related link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit related link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move related link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove related link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address yet: exported as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address: exported as plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the checks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outlet&apos;s house template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a ZIP for the desk (the DOCX and the original photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page and an images folder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment for the CMS (the article only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks hold {0} error(s) that the desk would send back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open in {1}{2}: close it there first, or the desk may get the copy that program saves over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: {0}. Press “{1}” to write over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks hold {0} error(s). Press “{1}” to export as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference template at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureHandler</name>
    <message>
        <source>Loading photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has changes that were not saved (autosaved at {0}). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản Thảo did not close properly. Restore the unsaved article “{0}” (autosaved at {1})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is open in another Bản Thảo window. Opening it twice can lose work. Open anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open: {0}. Recover what can still be read (the last good copy of the text and every intact photo) into a new project beside it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is still here in the window, and the file saved before is unchanged. Save it under another name or in another folder with “Save as…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was saved from another window at {1}, after you opened it here. Saving now would replace that work with this window&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản Thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Bản Thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which outlet do you write for? (Its dateline, caption and byline style is used; you can change it in Preferences.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.banthao *.json);;Bản Thảo projects (*.banthao);;Article JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản Thảo projects (*.banthao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>Kicker (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sapo: the bold lead paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu Chung; Bài và ảnh: Vân Anh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sapo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New York (USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los Angeles (USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sydney (Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no publication time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import a Word draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word drafts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Word draft imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} into a new, unsaved article. Check it, then save it under a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, text wraps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, text wraps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟲ Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photo in the article to edit its caption, credit and alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move crop frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the photo — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text: describe what the photo shows for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text repeats the caption: describe what the photo shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text is a file name: describe what the photo shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Word draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;corrections (tracked changes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout Bản Thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert legacy font text (TCVN3/VNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the house tone-mark style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use curly quotes “ ”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photo up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photo down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the header away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying {0} into the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Autosave is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (empty removes the link):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text typed in a TCVN3 or VNI font first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone-mark style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curly quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert {0} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some photos could not be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Rights &amp;&amp; source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our photographer or reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News agency (TTXVN, Reuters…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by the people in the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo with AI-made parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced by software (denoise, upscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing or graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montage of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned from a print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the photo — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set photo source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how the photo was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy hh:mm, e.g. 19/12/2020 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit time taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an article .json or a .banthao project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has never been saved: use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that project is open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no title yet; write one before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default authors for a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for typed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone-mark style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline spelling mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCX font size (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo rendition quality (JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after seconds of idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}” to the word list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Sent versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {0} · {1} · {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version has been sent yet: every export to the desk is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions sent to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore sent version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} restored (Undo brings the article back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Could not record the sent version: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as sent version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCX + photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCX with tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
