"""Write the JSON Schema of the data file, or check that the committed one is current.

.venv/bin/python scripts/generate_schema.py           # write schema/comparison.schema.json
.venv/bin/python scripts/generate_schema.py --check   # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))  # the generator package lives beside the hook

from comparison.schema import SCHEMA_PATH, schema_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; write nothing")
    args = parser.parse_args(argv)
    target = ROOT / SCHEMA_PATH
    wanted = schema_text()
    current = target.read_text("utf-8") if target.is_file() else None
    if args.check:
        if current != wanted:
            print(
                f"{SCHEMA_PATH}: stale; it does not match the model in hooks/comparison/model.py. "
                "Run: .venv/bin/python scripts/generate_schema.py",
                file=sys.stderr,
            )
            return 1
        print(f"{SCHEMA_PATH}: matches the model")
        return 0
    if current == wanted:
        print(f"{SCHEMA_PATH}: already current")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(wanted, "utf-8")
    print(f"{SCHEMA_PATH}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
