"""Check that YAML files parse, for the pre-commit hook.

    .venv/bin/python scripts/check_yaml.py FILE...

Tags such as mkdocs.yml's `!ENV` and `!!python/name:` are accepted without being run: this
checks the syntax only, with the data file's reader (dates stay text, so a day that does not
exist is the data check's to report, not a traceback here). Prints `file:line:column: YAML
syntax: found …; expected …` for each file that does not parse.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hooks"))

from comparison.yaml_reader import Yaml12Loader, describe_syntax_error  # noqa: E402


class _AnyTagLoader(Yaml12Loader):
    """SafeLoader that reads any tag as plain data instead of refusing or running it."""


def _untagged(loader: Yaml12Loader, suffix: str, node: yaml.Node) -> object:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)


_AnyTagLoader.add_multi_constructor("!", _untagged)
_AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


def problem_in(path: str) -> str | None:
    """None if the file at `path` parses as YAML; otherwise where and why it does not."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return f"{path}: cannot be read ({error}); expected a UTF-8 text file"
    try:
        for _ in yaml.load_all(text, Loader=_AnyTagLoader):
            pass
    except yaml.YAMLError as error:
        line, column, message = describe_syntax_error(text, error)
        location = "".join(f":{number}" for number in (line, column) if number)
        return f"{path}{location}: YAML syntax: {message}"
    return None


def main(paths: list[str]) -> int:
    problems = [found for path in paths if (found := problem_in(path))]
    for found in problems:
        print(found, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
