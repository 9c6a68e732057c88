"""Load the data file: parse, validate its shape, check its references; all problems at once."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from . import checks
from .model import ComparisonData
from .problems import DataFileError, KeyPath, Problem, format_key_path
from .yaml_reader import LineMap, read_yaml

# What each constrained string of the model must look like, in words.
_PATTERN_MEANINGS = {
    "^[a-z0-9]+(?:-[a-z0-9]+)*$": "an id of lowercase letters and digits joined by single "
    "hyphens (for example shared-kernel)",
    r"^[A-Za-z0-9_./-]+\.md(?:#[A-Za-z0-9_-]+)?$": "a page path relative to docs/ ending in .md, "
    "with an optional #anchor (for example containers.md#kernel)",
    r"^https?://\S+$": "a web address starting with https:// or http://",
    r"^(?:\d{4}-\d{2}-\d{2}|unverified)$": "a date written YYYY-MM-DD, or unverified",
}


def _unwrap(annotation: object) -> object:
    """The model or container type behind `Annotated[...]` and `X | None`."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif typing.get_origin(annotation) in (typing.Union, types.UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = members[0]
        else:
            return annotation


def _model_at(path: KeyPath) -> type[BaseModel] | None:
    """The model class expected at `path` of the data file, if it is a model."""
    current: object = ComparisonData
    for part in path:
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = _unwrap(field.annotation)
        elif typing.get_origin(current) in (list, dict):
            current = _unwrap(typing.get_args(current)[-1])
        else:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _shape_problem(error: ErrorDetails) -> tuple[KeyPath, str]:
    path: KeyPath = tuple(error["loc"])
    kind, found = error["type"], error.get("input")
    key = path[-1] if path else ""
    if kind == "missing":
        if key in ("ja", "en"):
            return path, (
                f"the {'Japanese' if key == 'ja' else 'English'} text is missing; "
                "expected both `ja:` and `en:`"
            )
        return path, f"`{key}` is missing; expected a value for it"
    if kind == "extra_forbidden":
        model = _model_at(path[:-1])
        allowed = ", ".join(model.model_fields) if model else "none"
        return path, f"unknown key `{key}`; expected one of: {allowed}"
    if kind == "string_pattern_mismatch":
        meaning = _PATTERN_MEANINGS.get(error["ctx"]["pattern"], error["msg"])
        return path, f"found {_shown(found)}; expected {meaning}"
    if kind in ("too_short", "string_too_short"):
        return path, f"is empty ({_shown(found)}); expected at least one entry"
    if kind == "value_error":
        return path, f"found {_shown(found)}: {error['msg'].removeprefix('Value error, ')}"
    expected = error["msg"].replace("Input should be ", "expected ")
    return path, f"found {_shown(found)}; {expected}"


def _problems(file: str, lines: LineMap, found: list[tuple[KeyPath, str]]) -> list[Problem]:
    return [
        Problem(file, lines.line_of(path), format_key_path(path), message)
        for path, message in found
    ]


_parsed: dict[Path, tuple[int, int, ComparisonData, LineMap]] = {}


def _parse(path: Path, shown_as: str) -> tuple[ComparisonData, LineMap]:
    # `mkdocs serve` keeps this module loaded between rebuilds; the file's modification time
    # and size tell when it must be read again.
    stat = path.stat() if path.is_file() else None
    key = path.resolve()
    if stat is not None and key in _parsed:
        mtime, size, data, lines = _parsed[key]
        if (mtime, size) == (stat.st_mtime_ns, stat.st_size):
            return data, lines
    raw, lines = read_yaml(path, shown_as)
    if not isinstance(raw, dict):
        raise DataFileError(
            f"The data file {shown_as} is not valid",
            [
                Problem(
                    shown_as,
                    1,
                    "file",
                    f"found {type(raw).__name__}; expected a mapping "
                    "with `subjects`, `groups`, `attributes` …",
                )
            ],
        )
    try:
        data = ComparisonData.model_validate(raw)
    except ValidationError as error:
        found = [_shape_problem(detail) for detail in error.errors()]
        raise DataFileError(
            f"The data file {shown_as} is not valid", _problems(shown_as, lines, found)
        ) from None
    if stat is not None:
        _parsed[key] = (stat.st_mtime_ns, stat.st_size, data, lines)
    return data, lines


def load_data(
    path: Path, page_exists: Callable[[str], bool], *, shown_as: str | None = None
) -> ComparisonData:
    """Read and check the data file at `path`; raise `DataFileError` with every problem."""
    shown_as = shown_as or path.name
    data, lines = _parse(path, shown_as)
    found = checks.check(data, page_exists)
    if found:
        raise DataFileError(
            f"The data file {shown_as} is not valid", _problems(shown_as, lines, found)
        )
    return data
