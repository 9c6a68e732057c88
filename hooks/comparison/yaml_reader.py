"""Read YAML, remembering the line of every key, and refusing what PyYAML lets pass silently.

The loader reads YAML as YAML 1.2 editors and the JSON Schema do: `yes`, `no`, `on` and `off`
are strings, and so are dates (`checked: 2026-11-26`), which the model then checks as text. A
syntax error is told in plain words, with its line and column, from the character where the
parser stopped (libyaml's own messages differ from the pure-Python parser's).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .problems import DataFileError, KeyPath, Problem

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML was built with it (its wheels are), else the Python one."""

_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class Yaml12Loader(_BaseLoader):  # type: ignore[valid-type, misc]
    """A safe loader that keeps `yes`/`no`/`on`/`off` and dates as strings, as YAML 1.2 does.

    The decision trees use `yes:` and `no:` as keys; YAML 1.1 would turn them into booleans.
    A date read as a `datetime.date` would fail with a traceback on a day that does not exist
    (2026-02-30), and quoted or not would be two different types.
    """


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _entry_name(node: yaml.Node) -> str | None:
    """The id that names a list entry in messages: its `id`, or a stack's `subject`."""
    if not isinstance(node, yaml.MappingNode):
        return None
    keys = {str(key.value): value for key, value in node.value}
    for field in ("id", "subject"):
        value = keys.get(field)
        if isinstance(value, yaml.ScalarNode) and _ID.fullmatch(str(value.value)):
            return str(value.value)
    return None


class LineMap:
    """The line (1-based) where each key path of a YAML document starts, and the ids that name
    list entries, so that messages say `attributes[startup]` rather than `attributes[4]`."""

    def __init__(self, root: yaml.Node):
        self._lines: dict[KeyPath, int] = {}
        self._names: dict[KeyPath, str] = {}
        self.duplicate_keys: list[tuple[KeyPath, int]] = []
        self._walk(root, ())

    def _walk(self, node: yaml.Node, path: KeyPath) -> None:
        self._lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in seen:
                    self.duplicate_keys.append((path + (key,), key_node.start_mark.line + 1))
                    continue
                seen.add(key)
                self._lines[path + (key,)] = key_node.start_mark.line + 1
                self._walk(value_node, path + (key,))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                name = _entry_name(item)
                if name is not None:
                    self._names[path + (index,)] = name
                self._walk(item, path + (index,))

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that the file has."""
        for end in range(len(path), -1, -1):
            if path[:end] in self._lines:
                return self._lines[path[:end]]
        return None

    def name(self, path: KeyPath) -> str:
        """`path` as a message shows it, list entries named by their ids where they have one:
        `('attributes', 4, 'values', 'vm')` -> `attributes[startup].values.vm`."""
        text = ""
        for end, part in enumerate(path, start=1):
            if isinstance(part, int):
                text += f"[{self._names.get(path[:end], part)}]"
            else:
                text += f".{part}" if text else str(part)
        return text or "(top level)"


def _flow_opening(text_lines: list[str], mark: yaml.Mark | None) -> str | None:
    if mark is None or mark.line >= len(text_lines):
        return None
    line = text_lines[mark.line]
    return line[mark.column] if mark.column < len(line) else None


def describe_syntax_error(text: str, error: yaml.YAMLError) -> tuple[int | None, int | None, str]:
    """(line, column, message) in plain words for a YAML syntax error in `text`.

    The message is told from the character where the parser stopped, not from the parser's
    words, which differ between libyaml and PyYAML's own parser.
    """
    mark = getattr(error, "problem_mark", None)
    if mark is None:
        return None, None, "cannot be read as YAML; expected a YAML document"
    text_lines = text.splitlines()
    line_text = text_lines[mark.line] if mark.line < len(text_lines) else ""
    char = line_text[mark.column] if mark.column < len(line_text) else None
    indentation = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    context = getattr(error, "context_mark", None)
    opening = _flow_opening(text_lines, context)
    line, column = mark.line + 1, mark.column + 1
    flow_hint = "quote the text, or write ja:/en: on lines of their own"

    if char == "\t" or "\t" in indentation:
        column = indentation.index("\t") + 1 if "\t" in indentation else column
        return line, column, "found a tab; expected spaces: indent with spaces"
    if opening in ("{", "[") and context is not None:
        closing = "}" if opening == "{" else "]"
        opened = f"line {context.line + 1}"
        if char is None or mark.line > context.line:
            return (
                line,
                column,
                f"found the '{opening}' of {opened} not closed; expected '{closing}' on its line",
            )
        hint = f"; {flow_hint}" if opening == "{" else ""
        return (
            line,
            column,
            f"found '{char}' inside the {opening}…{closing} of {opened}; "
            f"expected ',' or '{closing}'{hint}",
        )
    if opening in ('"', "'"):
        return (
            context.line + 1,
            context.column + 1,
            f"found a {opening} that is never closed; expected a closing {opening}",
        )
    if char == ":":
        return (
            line,
            column,
            "found ': ' inside a text or a key out of line; expected a text with ': ' in quotes "
            '("…"), and keys lined up with the keys above',
        )
    if char is not None and char in "`@%":
        return (
            line,
            column,
            f"found a text starting with '{char}'; expected it in quotes (\"…\"), since YAML "
            "reserves that character",
        )
    if char is not None and mark.column == len(indentation):
        return (
            line,
            column,
            "found a line whose indentation does not line up with the lines above; expected "
            "the keys of one entry lined up, indented with spaces",
        )
    shown = f"'{char}'" if char is not None else "the end of the file"
    problem = getattr(error, "problem", None) or "a syntax error"
    return line, column, f"found {shown}; expected valid YAML here ({problem})"


def read_yaml(path: Path, shown_as: str) -> tuple[object, LineMap]:
    """Parse `path`; on any problem raise `DataFileError` naming the file as `shown_as`."""

    def fail(line: int | None, message: str, column: int | None = None) -> DataFileError:
        return DataFileError(
            f"Cannot read the data file {shown_as}",
            [Problem(shown_as, line, "file", message, column)],
        )

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(None, "not found; expected the data file at this path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise fail(None, f"cannot be read ({error}); expected a UTF-8 text file") from None

    loader = Yaml12Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise fail(None, "is empty; expected a mapping with `subjects`, `attributes` …")
        lines = LineMap(root)
        data = loader.construct_document(root)
    except yaml.YAMLError as error:
        line, column, message = describe_syntax_error(text, error)
        raise DataFileError(
            f"Cannot read the data file {shown_as}",
            [Problem(shown_as, line, "YAML syntax", message, column)],
        ) from None
    finally:
        loader.dispose()

    if lines.duplicate_keys:
        raise DataFileError(
            f"The data file {shown_as} repeats keys",
            [
                Problem(
                    shown_as,
                    line,
                    lines.name(key),
                    "this key is given twice; "
                    "expected each key once (the second would silently replace the first)",
                )
                for key, line in lines.duplicate_keys
            ],
        )
    return data, lines
