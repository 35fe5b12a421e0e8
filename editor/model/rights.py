"""Who made a photo, who owns it, where it came from and whether a machine made it: values that travel with it.

``Rights`` is one immutable value per figure (``Figure.rights``), checked where it is built: the source kind and
the digital source type are enums, ``taken`` is a time-zone-aware instant, every text is a one-line NFC string
without control characters and within its length limit. Text that does not fit raises ``ValueError``/``TypeError``
(the readers turn that into a message naming the file; the UI never builds an invalid value).

URLs are kept as typed (a reporter may still be typing one); checks flag a URL that is not http(s), and exporters
write only safe ones.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum

from editor.text.normalize import has_xml_illegal, nfc

NEWSCODES = "http://cv.iptc.org/newscodes/digitalsourcetype/"


class SourceKind(StrEnum):
    """Where a photo came from, in the words the desk uses."""

    STAFF = "staff"  # our own photographer or reporter
    AGENCY = "agency"  # TTXVN, Reuters, AFP, …
    HANDOUT = "handout"  # given by the people or organisation in the story ("Ảnh: NVCC")
    READER = "reader"  # sent in by a reader
    SOCIAL = "social"  # taken from a social-media post
    ARCHIVE = "archive"  # from the archive (ảnh tư liệu)
    SCREENSHOT = "screenshot"  # a screen capture


class DigitalSourceType(StrEnum):
    """IPTC NewsCodes digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/)."""

    DIGITAL_CAPTURE = "digitalCapture"
    NEGATIVE_FILM = "negativeFilm"
    POSITIVE_FILM = "positiveFilm"
    PRINT = "print"
    MINOR_HUMAN_EDITS = "minorHumanEdits"
    HUMAN_EDITS = "humanEdits"
    COMPOSITE_CAPTURE = "compositeCapture"
    ALGORITHMICALLY_ENHANCED = "algorithmicallyEnhanced"
    DATA_DRIVEN_MEDIA = "dataDrivenMedia"
    DIGITAL_ART = "digitalArt"
    VIRTUAL_RECORDING = "virtualRecording"
    COMPOSITE_SYNTHETIC = "compositeSynthetic"
    TRAINED_ALGORITHMIC_MEDIA = "trainedAlgorithmicMedia"
    COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA = "compositeWithTrainedAlgorithmicMedia"
    ALGORITHMIC_MEDIA = "algorithmicMedia"
    SCREEN_CAPTURE = "screenCapture"
    COMPOSITE = "composite"

    @property
    def uri(self) -> str:
        return NEWSCODES + self.value

    @property
    def machine_made(self) -> bool:
        """Made (wholly or in part) by a generative model or an algorithm: the reader must be told (EU AI Act art. 50).

        ``algorithmicallyEnhanced`` (denoising, upscaling) changes how a real capture looks, not what it shows, so it
        carries no label.
        """
        return self in _MACHINE_MADE

    @classmethod
    def from_text(cls, text: str) -> DigitalSourceType | None:
        """A NewsCodes name or full URI (http or https, any case of the prefix) as the enum, or None."""
        text = text.strip()
        for prefix in (NEWSCODES, NEWSCODES.replace("http:", "https:")):
            if text.lower().startswith(prefix):
                text = text[len(prefix) :]
        text = text.strip("/")
        try:
            return cls(text)
        except ValueError:
            return None


_MACHINE_MADE = frozenset(
    {
        DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
        DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
        DigitalSourceType.ALGORITHMIC_MEDIA,
        DigitalSourceType.COMPOSITE_SYNTHETIC,
    }
)

# Length limits (characters), generous; IIM's much tighter byte limits apply only when writing IIM.
MAX_LENGTH = {"creator": 500, "copyright": 1_000, "usage_terms": 4_000, "license_url": 4_000, "source_url": 4_000}
TEXT_FIELDS = tuple(MAX_LENGTH)


@dataclass(frozen=True, slots=True)
class Rights:
    """Rights and provenance of one photo; every field optional (empty text, None)."""

    creator: str = ""  # the photographer or artist (IPTC By-line); may differ from the printed credit line
    copyright: str = ""  # the notice, e.g. "© TTXVN"
    usage_terms: str = ""  # free text: "Chỉ dùng cho bài này"
    license_url: str = ""  # where the licence is described / can be acquired (xmpRights:WebStatement)
    source: SourceKind | None = None
    source_url: str = ""  # the post or page a social/reader photo came from
    digital_source_type: DigitalSourceType | None = None
    taken: datetime | None = None  # the capture instant, time-zone-aware

    def __post_init__(self) -> None:
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, str):
                raise TypeError(f"{name} must be text, got {type(value).__name__}")
            if len(value) > MAX_LENGTH[name]:
                raise ValueError(f"{name}: {len(value):,} characters, more than the {MAX_LENGTH[name]:,} allowed")
            if has_xml_illegal(value) or "\n" in value or "\r" in value:
                raise ValueError(f"{name} must be one line without control characters")
            if value != nfc(value):
                object.__setattr__(self, name, nfc(value))
        if self.source is not None and not isinstance(self.source, SourceKind):
            raise TypeError(f"source must be a SourceKind, got {self.source!r}")
        if self.digital_source_type is not None and not isinstance(self.digital_source_type, DigitalSourceType):
            raise TypeError(f"digital_source_type must be a DigitalSourceType, got {self.digital_source_type!r}")
        if self.taken is not None:
            if not isinstance(self.taken, datetime):
                raise TypeError(f"taken must be a datetime, got {type(self.taken).__name__}")
            if self.taken.utcoffset() is None:
                raise ValueError("taken must carry a UTC offset (a naive datetime is ambiguous)")

    @property
    def empty(self) -> bool:
        return self == Rights()

    @property
    def machine_made(self) -> bool:
        return self.digital_source_type is not None and self.digital_source_type.machine_made

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self))
