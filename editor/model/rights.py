"""Who made a photo, who owns it, where it came from and whether a machine made it: values that travel with it.

``Rights`` is one immutable value per figure (``Figure.rights``), checked where it is built, like the rest of the
model: the source kind and the digital source type are enums (their plain text values, what Qt's ``currentData()``
hands back, are converted), ``taken`` is a time-zone-aware instant, every text is a one-line NFC string without
control characters and within its length limit. Anything else raises ``RightsValueError`` (an ``InputError`` and a
``ValueError``, with a catalogue message), at the edit that made it.

URLs are kept as typed (a reporter may still be typing one); checks flag a URL that is not http(s), and exporters
write only safe ones.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum

from editor.errors import InputError
from editor.messages import msg
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


class RightsValueError(InputError, ValueError):
    """A value ``Rights`` cannot hold (the same kind of refusal as ``editor.model.article.ModelValueError``)."""


def _found(value: object) -> str:
    return f"{value!r:.60} ({type(value).__name__})"


def _choice(enum: type[StrEnum], value: object, name: str) -> object:
    if value is None or isinstance(value, enum):
        return value
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)  # type: ignore[attr-defined]
        raise RightsValueError(msg("model.bad_choice", field=name, choices=choices, found=_found(value))) from None


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
            field = f"figure.{name}"
            if not isinstance(value, str):
                raise RightsValueError(msg("model.wrong_type", field=field, expected="str", found=_found(value)))
            if len(value) > MAX_LENGTH[name]:
                raise RightsValueError(msg("rights.model.too-long", field=field, length=f"{len(value):,}",
                                           limit=f"{MAX_LENGTH[name]:,}"))  # fmt: skip
            if has_xml_illegal(value) or "\n" in value or "\r" in value:
                raise RightsValueError(msg("rights.model.one-line", field=field))
            if value != nfc(value):
                object.__setattr__(self, name, nfc(value))
        object.__setattr__(self, "source", _choice(SourceKind, self.source, "figure.source"))
        kind = _choice(DigitalSourceType, self.digital_source_type, "figure.digital_source_type")
        object.__setattr__(self, "digital_source_type", kind)
        if self.taken is not None:
            if not isinstance(self.taken, datetime):
                found = _found(self.taken)
                raise RightsValueError(msg("model.wrong_type", field="figure.taken", expected="datetime", found=found))
            if self.taken.utcoffset() is None:
                raise RightsValueError(msg("rights.model.naive-time", field="figure.taken"))

    @property
    def empty(self) -> bool:
        return self == Rights()

    @property
    def machine_made(self) -> bool:
        return self.digital_source_type is not None and self.digital_source_type.machine_made

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self))
