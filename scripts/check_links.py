"""Check that the external sources cited in comparison.yml still answer.

    .venv/bin/python scripts/check_links.py [comparison.yml]

Needs the network, so it runs in a weekly workflow rather than in the tests. Prints one line
per broken link with the data file's line and key, and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))  # the generator package lives beside the hook

from comparison.links import check_url, source_links  # noqa: E402
from comparison.problems import ProblemsFound  # noqa: E402
from comparison.yaml_reader import read_yaml  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_file", nargs="?", type=Path, default=ROOT / "comparison.yml")
    args = parser.parse_args(argv)
    shown_as = args.data_file.name
    try:
        raw, lines = read_yaml(args.data_file, shown_as)
    except ProblemsFound as error:
        print(error, file=sys.stderr)
        return 1
    links = source_links(raw, lines)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda link: check_url(link.url), links))
    broken = [(link, problem) for link, problem in zip(links, results, strict=True) if problem]
    for link, problem in broken:
        print(f"{shown_as}:{link.line}: {link.where}: {link.url}: {problem}", file=sys.stderr)
    print(f"{len(links)} links checked, {len(broken)} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
