"""Load the data file: parse, validate its shape, check its references; all problems at once."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from . import checks
from .localized_text import Localized
from .model import ComparisonData
from .problems import DataFileError, KeyPath, Problem, did_you_mean
from .yaml_reader import LineMap, read_yaml

DATA_FILE = "comparison.yml"
"""The data file's name, beside mkdocs.yml."""


def _constrained_types(model: type[BaseModel]) -> Iterator[object]:
    """Every annotation used by `model` and the models inside it, `Annotated` kept."""
    seen: set[type[BaseModel]] = set()
    pending: list[object] = [model]
    while pending:
        annotation = pending.pop()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                continue
            seen.add(annotation)
            pending += typing.get_type_hints(annotation, include_extras=True).values()
            continue
        yield annotation
        pending += typing.get_args(annotation)


@functools.cache
def _meanings() -> dict[str, str]:
    """What each pattern of the model means, in words, from the description its type carries
    (`Id`, `DocLink`, `CheckedOn` … in `model` and `text`)."""
    found: dict[str, str] = {}
    for annotation in _constrained_types(ComparisonData):
        if typing.get_origin(annotation) is not typing.Annotated:
            continue
        metadata = annotation.__metadata__
        patterns = [m.pattern for m in metadata if getattr(m, "pattern", None)]
        descriptions = [m.description for m in metadata if isinstance(m, FieldInfo)]
        for pattern in patterns:
            for description in descriptions:
                if description:
                    found[pattern] = description[0].lower() + description[1:].rstrip(".")
    return found


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
        if model is Localized:
            return path, (
                f"found a key `{key}` in a ja/en text; expected only `ja:` and `en:` (a comma "
                "inside {…} starts a new key: quote the text, or write ja:/en: on lines of "
                "their own)"
            )
        allowed = list(model.model_fields) if model else []
        return path, f"unknown key `{key}`; expected {did_you_mean(str(key), allowed)}"
    if kind == "string_pattern_mismatch":
        meaning = _meanings().get(error["ctx"]["pattern"], error["msg"])
        return path, f"found {_shown(found)}; expected {meaning}"
    if kind in ("too_short", "string_too_short"):
        return path, f"is empty ({_shown(found)}); expected at least one entry"
    if kind == "value_error":
        return path, f"found {_shown(found)}: {error['msg'].removeprefix('Value error, ')}"
    expected = error["msg"].replace("Input should be ", "expected ")
    return path, f"found {_shown(found)}; {expected}"


def _problems(file: str, lines: LineMap, found: list[tuple[KeyPath, str]]) -> list[Problem]:
    return [
        Problem(file, lines.line_of(path), lines.name(path), message) for path, message in found
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


_checked: dict[Path, tuple[ComparisonData, checks.PagesUnder, list]] = {}
"""The problems found in each data file, with the data and the pages they were found against."""


def load_data_and_lines(
    path: Path, page_exists: Callable[[str], bool], *, shown_as: str | None = None
) -> tuple[ComparisonData, LineMap]:
    """The checked data and where each key path is in the file; `DataFileError` with every
    problem otherwise."""
    shown_as = shown_as or path.name
    data, lines = _parse(path, shown_as)
    # Both language passes, every hook and every rebuild of serve ask for the same data
    # against the same pages: check once per change of either.
    kept = _checked.get(path.resolve())
    if kept is not None and kept[0] is data and kept[1] == page_exists:
        found = kept[2]
    else:
        found = checks.check(data, page_exists)
        if isinstance(page_exists, checks.PagesUnder):
            _checked[path.resolve()] = (data, page_exists, found)
    if found:
        raise DataFileError(
            f"The data file {shown_as} is not valid", _problems(shown_as, lines, found)
        )
    return data, lines


def load_data(
    path: Path, page_exists: Callable[[str], bool], *, shown_as: str | None = None
) -> ComparisonData:
    """Read and check the data file at `path`; raise `DataFileError` with every problem."""
    return load_data_and_lines(path, page_exists, shown_as=shown_as)[0]
