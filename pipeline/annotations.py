"""The annotations the extractors yield.

Every annotation keeps the character offsets of its evidence in the document
text (``start``/``end``, Python slice convention: ``doc.text[start:end]``) and
has ``to_dict()``; ``to_record()`` (all but :class:`Mention`) gives the records-v1 shape (see
``../shared/spec/records-v1.md``), to which ``to_dict()`` adds offsets and
provenance.
"""
from __future__ import annotations

import copy
from bisect import bisect_left
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Optional

_ATOMS = (str, int, float, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}


def asdict(obj) -> dict:
    """``dataclasses.asdict(obj)`` for the annotations: the same dict, without a deep copy of every string
    and number (dataclasses.asdict copies each: about 3% of the rule side's time on news)."""
    return _plain(obj)


def _plain(value):
    if isinstance(value, _ATOMS):
        return value
    kind = type(value)
    if is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS.get(kind)
        if names is None:
            names = _FIELDS[kind] = tuple(f.name for f in fields(value))
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list or kind is tuple:
        return kind(_plain(v) for v in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


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


@dataclass
class EntityMention:
    """One mention of an entity of the document table: ``kind`` tells how it names it.

    People: ``name`` (the fullest form), ``short`` (surname, given name, part of the name),
    ``nickname`` (``X alias Y``, ``X (Y)``), ``initials`` (``(AHY)`` after the name and
    later), ``title`` (a title alone that the text gave that holder before), ``pronoun``
    (``ia``, ``dia``, ``beliau``, ``-nya``, set by the quote rules when they resolve one).
    Organisations: ``name``, ``alias`` (acronyms, short forms).
    """

    text: str
    start: int
    end: int
    kind: str = "name"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Entity:
    """A person (``PER``) or organisation (``ORG``) of the document, once, under its fullest name."""

    id: int
    label: str
    name: str
    mentions: list[EntityMention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def start(self) -> int:
        """Start of the first mention (-1 without mentions)."""
        return min((m.start for m in self.mentions), default=-1)

    def names(self) -> list[Mention]:
        """The mentions that write a name (not a title or pronoun), as plain :class:`Mention`."""
        return [Mention(m.text, m.start, m.end) for m in self.mentions if m.kind not in ("title", "pronoun")]

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "name": self.name, "aliases": list(self.aliases),
                "roles": [r.to_dict() for r in self.roles], "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class EntityTable:
    """Every person and organisation of a document once, with all its mentions, indexed by position.

    ``at(start, end)`` is the entity with a mention overlapping ``[start, end)`` (the one whose
    mention starts last before ``end``), found by bisection over the mentions sorted by start:
    the scan to the left stops at the longest mention's length, so a look-up costs no pass
    over the document, and :meth:`add_mention` inserts in place.
    """

    entities: list[Entity] = field(default_factory=list)
    renamed: dict = field(default_factory=dict, repr=False, compare=False)  # old name -> fuller name given later
    _rows: Optional[list] = field(default=None, repr=False, compare=False)
    _starts: list = field(default_factory=list, repr=False, compare=False)
    _longest: int = field(default=0, repr=False, compare=False)

    def __deepcopy__(self, memo: dict) -> "EntityTable":
        """A copy without the position index (rebuilt on the next look-up, after offsets moved)."""
        import copy

        return EntityTable(copy.deepcopy(self.entities, memo), dict(self.renamed))

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.label == "PER"]

    def organizations(self) -> list[Entity]:
        return [e for e in self.entities if e.label == "ORG"]

    def add_mention(self, entity: Entity, mention: EntityMention) -> None:
        k = bisect_left(entity.mentions, (mention.start, mention.end), key=lambda m: (m.start, m.end))
        if k < len(entity.mentions) and (entity.mentions[k].start, entity.mentions[k].end) == (mention.start, mention.end):
            return
        entity.mentions.insert(k, mention)
        if self._rows is not None:
            row = (mention.start, mention.end, entity.id)
            j = bisect_left(self._rows, row)
            self._rows.insert(j, row)
            self._starts.insert(j, mention.start)
            self._longest = max(self._longest, mention.end - mention.start)

    def _index(self) -> list:
        if self._rows is None:
            self._rows = sorted((m.start, m.end, e.id) for e in self.entities for m in e.mentions)
            self._starts = [r[0] for r in self._rows]
            self._longest = max((e - s for s, e, _ in self._rows), default=0)
        return self._rows

    def at(self, start: int, end: int, label: Optional[str] = None) -> Optional[Entity]:
        """The entity (of ``label``, if given) with a mention overlapping ``[start, end)``."""
        rows = self._index()
        k = bisect_left(self._starts, end) - 1
        while k >= 0 and rows[k][0] > start - self._longest:
            s, e, ident = rows[k]
            if s < end and start < e and (label is None or self.entities[ident].label == label):
                return self.entities[ident]
            k -= 1
        return None

    def merge(self, entity: Entity, into: Entity) -> None:
        """Move the mentions and roles of ``entity`` to ``into`` and drop ``entity`` (ids renumbered)."""
        into.mentions = sorted(into.mentions + entity.mentions, key=lambda m: (m.start, m.end))
        into.roles += [r for r in entity.roles if r not in into.roles]
        into.aliases += [a for a in entity.aliases if a not in into.aliases]
        self.entities = [e for e in self.entities if e is not entity]
        for k, e in enumerate(self.entities):
            e.id = k
        self._rows = None

    def named(self, name: str, label: Optional[str] = None) -> Optional[Entity]:
        """The entity whose name or alias is ``name``."""
        for e in self.entities:
            if (label is None or e.label == label) and (e.name == name or name in e.aliases):
                return e
        return None

    def to_dict(self) -> dict:
        return {"entities": [e.to_dict() for e in self.entities]}
