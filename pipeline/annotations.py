"""The annotations the extractors yield.

Every annotation keeps the character offsets of its evidence in the document
text (``start``/``end``, Python slice convention: ``doc.text[start:end]``) and
has ``to_dict()``; ``to_record()`` (all but :class:`Mention`) gives the records-v1 shape (see
``../shared/spec/records-v1.md``), to which ``to_dict()`` adds offsets and
provenance.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass
class Mention:
    """One stretch of text that an annotation rests on."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Role:
    """A title or position held by a person, with the organisation it belongs to."""

    title: str
    org: Optional[str]
    start: int  # the whole evidence (title, organisation and name)
    end: int
    rule: str = ""

    def to_record(self) -> dict:
        return {"title": self.title, "org": self.org}

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Person:
    """A person of the document: the name, its mentions and the roles held."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def start(self) -> int:
        """Start of the first mention (-1 without mentions)."""
        return min((m.start for m in self.mentions), default=-1)

    @property
    def end(self) -> int:
        """End of the last-ending mention (-1 without mentions)."""
        return max((m.end for m in self.mentions), default=-1)

    def to_record(self) -> dict:
        return {"name": self.name, "roles": [role.to_record() for role in self.roles]}

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "roles": [role.to_dict() for role in self.roles],
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Organization:
    """An organisation of the document: its name, aliases (acronyms, short forms) and mentions."""

    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_record(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases)}

    def to_dict(self) -> dict:
        return {**self.to_record(), "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class Location:
    """A place of the document; its record is the name alone."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    def to_record(self) -> str:
        return self.name

    def to_dict(self) -> dict:
        return {"name": self.name, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class DateMention:
    """A date expression as written and its ISO 8601 value (a day, month, year or ``start/end`` range)."""

    text: str
    value: str
    start: int
    end: int
    rule: str = ""
    flags: list[str] = field(default_factory=list)

    def to_record(self) -> dict:
        return {"text": self.text, "value": self.value}

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Quote:
    """A quotation (direct or indirect) with its speech verb and the speaker it is attributed to."""

    text: str
    start: int
    end: int
    kind: str  # "direct" or "indirect"
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker: Optional[str] = None
    speaker_start: Optional[int] = None  # the mention the speaker was read from (name, pronoun, -nya)
    speaker_end: Optional[int] = None
    rule: str = ""
    # True: a named person or institution; False: a private person (an age in brackets, a
    # description without a name); None: no speaker. PFSA-ID annotates public figures only.
    speaker_public: Optional[bool] = None

    def to_record(self) -> dict:
        return {"text": self.text, "speaker": self.speaker, "kind": self.kind, "cue": self.cue}

    def to_dict(self) -> dict:
        return asdict(self)
