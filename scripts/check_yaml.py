"""Check that YAML files parse, for the pre-commit hook.

    .venv/bin/python scripts/check_yaml.py FILE...

Tags such as mkdocs.yml's `!ENV` and `!!python/name:` are accepted without being run: this
checks the syntax only. Prints `file:line: problem` for each file that does not parse.
"""

from __future__ import annotations

import sys

import yaml


class _AnyTagLoader(yaml.SafeLoader):
    """SafeLoader that reads any tag as plain data instead of refusing or running it."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
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
        with open(path, encoding="utf-8") as stream:
            for _ in yaml.load_all(stream, Loader=_AnyTagLoader):
                pass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        return f"{path}{line}: not valid YAML: {error.problem}"
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return f"{path}: cannot be read as YAML: {error}"
    return None


def main(paths: list[str]) -> int:
    problems = [found for path in paths if (found := problem_in(path))]
    for found in problems:
        print(found, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
