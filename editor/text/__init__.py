"""Vietnamese text: normalisation, datelines, legacy encodings, counts, slugs, spell checking. No Qt."""
