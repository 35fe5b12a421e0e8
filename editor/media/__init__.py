"""Photos: safe import, metadata, renditions, thumbnails and check data (Pillow only, no Qt).

Modules, each usable alone:

* ``safe_open``  — ``check_file``, ``open_image``, ``read_file``: the one door for untrusted image files.
* ``metadata``   — ``read_metadata`` -> ``PhotoMetadata`` (caption, creator, credit, supplier, city, date, alt,
  copyright, usage terms, web statement, digital source type, capture instant + sources, notes and their messages);
  ``rights_from_metadata``.
* ``prefill``    — ``figure_from_metadata``: a new figure's caption, printed credit (the outlet's ``credit_from``:
  by-line, credit line or both), alt text and rights, each with its origin.
* ``embed``      — ``EmbeddedMetadata``, ``embed_metadata`` (IPTC IIM + XMP into a rendition's bytes), ``sidecar``.
* ``renditions`` — ``Recipe``, ``Rendition``, ``make_rendition``, ``RenditionCache``, ``docx_recipe``, ``web_recipes``.
* ``batch``      — ``render_many``, ``make_pool``: the fan-out on all cores.
* ``thumbnails`` — ``make_thumbnail``, ``make_thumbnails`` (the rendition path at 256 px).
* ``edits``      — orientation algebra, ``centred_crop`` for 3:2, 4:3, 16:9, 1:1, ``fit_size``.
* ``info``       — ``image_info`` -> ``ImageInfo``, ``effective_dpi``, ``find_duplicates`` (sha256 and dHash).
* ``normalise``, ``hashing`` — colour/bit-depth/alpha normalisation and content hashes, used by the above.

Every refusal is an ``editor.errors.InputError`` whose one-line message names the file.
"""
