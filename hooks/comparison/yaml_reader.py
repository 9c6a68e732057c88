"""Read YAML, remembering the line of every key, and refusing what PyYAML lets pass silently."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .problems import DataFileError, KeyPath, Problem, format_key_path


class _Yaml12Loader(yaml.SafeLoader):
    """SafeLoader that reads `yes`, `no`, `on` and `off` as strings, as YAML 1.2 does.

    The decision trees use `yes:` and `no:` as keys; YAML 1.1 would turn them into booleans.
    """


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class LineMap:
    """The line (1-based) where each key path of a YAML document starts."""

    def __init__(self, root: yaml.Node):
        self._lines: dict[KeyPath, int] = {}
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
                self._walk(item, path + (index,))

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that the file has."""
        for end in range(len(path), -1, -1):
            if path[:end] in self._lines:
                return self._lines[path[:end]]
        return None


def read_yaml(path: Path, shown_as: str) -> tuple[object, LineMap]:
    """Parse `path`; on any problem raise `DataFileError` naming the file as `shown_as`."""

    def fail(line: int | None, message: str) -> DataFileError:
        return DataFileError(
            f"Cannot read the data file {shown_as}", [Problem(shown_as, line, "file", message)]
        )

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(None, "not found; expected the data file at this path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise fail(None, f"cannot be read ({error}); expected a UTF-8 text file") from None

    loader = _Yaml12Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise fail(None, "is empty; expected a mapping with `subjects`, `attributes` …")
        lines = LineMap(root)
        data = loader.construct_document(root)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        context = getattr(error, "context", None)
        detail = f"{context}, {problem}" if context else problem
        raise fail(line, f"is not valid YAML: {detail}") from None
    finally:
        loader.dispose()

    if lines.duplicate_keys:
        raise DataFileError(
            f"The data file {shown_as} repeats keys",
            [
                Problem(
                    shown_as,
                    line,
                    format_key_path(key),
                    "this key is given twice; "
                    "expected each key once (the second would silently replace the first)",
                )
                for key, line in lines.duplicate_keys
            ],
        )
    return data, lines
