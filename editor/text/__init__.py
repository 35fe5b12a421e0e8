"""Vietnamese text: normalisation, datelines, outlet profiles, legacy encodings, counts, slugs, spelling.

No Qt here. Entry points: ``dateline.format_dateline``, ``profile.load_profile``/``default_profile``,
``hygiene.tidy``, ``tone.convert_tone_style``, ``legacy.decode_legacy``/``detect_mojibake``,
``counts.count_chu``, ``slug.slugify_vi``, ``spell.SpellChecker.open``, ``numbers.format_number_vi``.
"""
