"""Texts in two languages, and the id format shared by every entry of the data file."""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

Language = Literal["ja", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

# Hiragana, katakana (with the prolonged sound mark), CJK ideographs and full-width forms.
JAPANESE_CHARACTERS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]")

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$"),
    Field(
        description="An id of lowercase letters and digits joined by single hyphens "
        "(for example shared-kernel)."
    ),
]
"""Lowercase letters and digits in words joined by single hyphens: `shared-kernel`."""


def _one_line(value: object) -> object:
    # Texts are shown inside table cells and list items, where a blank line would end the
    # element early; YAML's folded blocks also leave a trailing newline. Fold all white space.
    if isinstance(value, str):
        return " ".join(value.split())
    return value


OneLine = Annotated[str, BeforeValidator(_one_line), StringConstraints(min_length=1)]


class Localized(BaseModel):
    """One text in Japanese and in English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ja: OneLine
    en: OneLine

    def __getitem__(self, language: Language) -> str:
        return self.ja if language == "ja" else self.en


def _plain_string_means_both_languages(value: object) -> object:
    if not isinstance(value, str):
        return value
    if JAPANESE_CHARACTERS.search(value):
        raise ValueError(
            "a plain string is shown on English pages too, and this one has Japanese in it; "
            "write it as `ja:` and `en:`"
        )
    return {"ja": value, "en": value}


SameInBothLanguages = Annotated[
    str,
    StringConstraints(min_length=1, pattern=f"^[^{JAPANESE_CHARACTERS.pattern[1:-1]}]*$"),
    Field(description="Text that is the same in both languages, such as a product name."),
]
"""What a plain string for a `Text` must be; for the JSON Schema, the validator checks it."""

Text = Annotated[
    Localized,
    BeforeValidator(
        _plain_string_means_both_languages,
        # Editors validating against the JSON Schema should accept the plain string too.
        json_schema_input_type=Localized | SameInBothLanguages,
    ),
]
"""A `ja`/`en` pair, or one plain string for a text that is the same in both (product names)."""
