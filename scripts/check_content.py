"""Check every content rule of the site, as `mkdocs build` does before it writes a page.

    .venv/bin/python scripts/check_content.py [-f mkdocs.yml]

The data file, both languages' pages, their translation structure and the Japanese style
rules: the same code as the build (`hooks/content_rules/`). Prints one line per problem
(`file:line: what: found …; expected …`) and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))  # the rules live beside the hooks that use them

from mkdocs.config import load_config  # noqa: E402

from content_rules.site import check_site  # noqa: E402
from content_rules_hook import site_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-f", "--config-file", type=Path, default=ROOT / "mkdocs.yml")
    args = parser.parse_args(argv)
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    problems = check_site(site_of(load_config(config_file=str(args.config_file))))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print("The content follows every rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
