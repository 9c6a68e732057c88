"""The typed shape of the data file. Cross-references between entries are checked in `checks`."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from .localized_text import (
    Id,
    Language,
    Localized,
    OneLine,
    SameInBothLanguages,
    Text,
    _plain_string_means_both_languages,
)

DocLink = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9_./-]+\.md(?:#[A-Za-z0-9_-]+)?$"),
    Field(
        description="A page path relative to docs/ ending in .md, with an optional #anchor "
        "(for example containers.md#kernel)."
    ),
]
"""A page of the site, relative to `docs/`, with an optional anchor: `containers.md#kernel`."""

WebUrl = Annotated[
    str,
    StringConstraints(pattern=r"^https?://\S+$"),
    Field(description="A web address starting with https:// or http://."),
]

Reading = Annotated[
    str,
    StringConstraints(pattern="^[\u3041-\u3096\u309d\u309e\u30fc]+$"),
    Field(
        description="A reading in hiragana (for example かそうましん), "
        "by which the glossary is sorted."
    ),
]
"""How a Japanese term is read; the Japanese glossary is in the order of its readings."""


def _real_recent_day(value: str) -> str:
    # The pattern has checked the form; here the day must exist and not lie in the future.
    # A contributor's day may be a day ahead of CI's (time zones), so one day is allowed.
    if value == "unverified":
        return value
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            "there is no such day; expected a day of the calendar written YYYY-MM-DD"
        ) from None
    latest = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=1)
    if day > latest:
        raise ValueError(
            f"this day is in the future; expected the day you compared the facts with the "
            f"source, {latest.isoformat()} at the latest"
        )
    return value


CheckedOn = Annotated[
    str,
    StringConstraints(pattern=r"^(?:\d{4}-\d{2}-\d{2}|unverified)$"),
    AfterValidator(_real_recent_day),
    Field(description="A date written YYYY-MM-DD, or unverified."),
]
"""The day (YYYY-MM-DD) cited facts were compared with the source itself, or `unverified`.

Written as text: the data file is read with dates as strings, as YAML 1.2 and the JSON Schema
read them."""


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Subject(Entry):
    """One of the things compared: a column of every table."""

    id: Id
    name: Text
    page: DocLink = Field(description="The page that explains this subject.")


class Group(Entry):
    """A set of related attributes, shown together by `<!-- compare:table group=ID -->`."""

    id: Id
    label: Text


class Source(Entry):
    """A reference that attributes and glossary terms cite."""

    id: Id
    title: Text
    publisher: Text
    url: WebUrl
    url_ja: WebUrl | None = Field(
        default=None, description="The Japanese edition of the same page, where there is one."
    )
    checked: CheckedOn
    language: Language | None = Field(
        default=None,
        description="The language the work is written in, when it is Japanese: its title then "
        "keeps its Japanese words on English pages too.",
    )


class Note(Localized):
    """A note under a row. With `subject`, it is about that subject alone, and a table shows it
    only when the subject is one of its columns."""

    subject: Id | None = Field(
        default=None, description="The subject the note is about; left out, it is about all."
    )


NoteText = Annotated[
    Note,
    BeforeValidator(
        _plain_string_means_both_languages,
        json_schema_input_type=Note | SameInBothLanguages,
    ),
]
"""A note as a `ja`/`en` pair with an optional `subject`, or one plain string."""


class Attribute(Entry):
    """A row of the comparison: one property and its value for every subject."""

    id: Id
    group: Id
    label: Text
    values: dict[Id, Text] = Field(description="One value per subject id.")
    note: NoteText | None = None
    sources: list[Id] = Field(default_factory=list)


class Question(Entry):
    text: Text
    yes: Id = Field(description="The question or outcome that follows a yes.")
    no: Id = Field(description="The question or outcome that follows a no.")


class Outcome(Entry):
    subject: Id
    label: Text | None = Field(
        default=None, description="What to choose; the subject's name when left out."
    )
    page: DocLink | None = Field(
        default=None, description="Where the site explains it; the subject's page when left out."
    )


class DecisionTree(Entry):
    title: Text
    start: Id
    questions: dict[Id, Question] = Field(min_length=1)
    outcomes: dict[Id, Outcome] = Field(min_length=1)


LayerKind = Literal[
    "app",
    "libraries",
    "guest-os",
    "guest-kernel",
    "runtime",
    "hypervisor",
    "host-kernel",
    "hardware",
]
"""What a layer of an architecture stack is; the diagram colours layers of one kind alike."""


class Layer(Entry):
    """One layer of a stack, drawn as a box; `repeat` draws it side by side that many times."""

    label: Text
    detail: Text | None = Field(default=None, description="A second, smaller line of the box.")
    kind: LayerKind
    repeat: int = Field(default=1, ge=1, le=3)


class Stack(Entry):
    """The layers of one subject, from the top (the application) down to the hardware."""

    subject: Id
    layers: list[Layer] = Field(min_length=1)


class Diagram(Entry):
    """An architecture diagram: one stack per subject, side by side."""

    title: Text
    stacks: list[Stack] = Field(min_length=1)


class GlossaryTerm(Entry):
    """A term the glossary page explains and every page marks where it first uses it."""

    id: Id
    term: Text
    reading: Reading | None = None
    also: dict[Language, list[OneLine]] = Field(
        default_factory=dict,
        description="Other forms the pages use for the same term (plurals, abbreviations).",
    )
    definition: Text
    sources: list[Id] = Field(default_factory=list)


class Glossary(Entry):
    page: DocLink = Field(description="The page whose `<!-- compare:glossary -->` lists terms.")
    terms: list[GlossaryTerm] = Field(min_length=1)


class PreferredTerm(Entry):
    """One Japanese word for one concept: the form the site writes, and forms it does not."""

    preferred: OneLine
    rejected: list[OneLine] = Field(min_length=1)
    note: Text | None = None


class ComparisonData(Entry):
    """Everything the site compares. Every generated table and flowchart is drawn from it."""

    subjects: list[Subject] = Field(min_length=1)
    groups: list[Group] = Field(min_length=1)
    attributes: list[Attribute] = Field(min_length=1)
    sources: list[Source] = Field(default_factory=list)
    decision_trees: dict[Id, DecisionTree] = Field(default_factory=dict)
    diagrams: dict[Id, Diagram] = Field(default_factory=dict)
    glossary: Glossary | None = None
    terminology: list[PreferredTerm] = Field(default_factory=list)

    def subject(self, subject_id: str) -> Subject:
        return next(s for s in self.subjects if s.id == subject_id)

    def group(self, group_id: str) -> Group:
        return next(g for g in self.groups if g.id == group_id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)
