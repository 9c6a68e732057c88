"""Check that every Japanese page under docs/ and its English twin have the same structure.

    .venv/bin/python scripts/check_translations.py

Prints one line per difference (page, line, what differs) and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))  # the checks live beside the hooks that use them

from translation.drift import check_translations, page_pairs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project root")
    args = parser.parse_args(argv)
    found = check_translations(args.root)
    for message in found:
        print(message, file=sys.stderr)
    if found:
        print(f"{len(found)} translation problem(s) found", file=sys.stderr)
        return 1
    pairs, _ = page_pairs(args.root)
    print(f"{len(pairs)} page pairs; the English pages match the Japanese structure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
