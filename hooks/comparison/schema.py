"""The JSON Schema of the data file, generated from the model so the two cannot disagree.

Editors with YAML language support read it through the modeline at the top of
`comparison.yml` and check the file while it is typed; the site publishes it beside the data.
The schema cannot express the checks across entries (`checks`): an unknown id passes it and
still stops the build.

Regenerate the committed copy after changing the model:

    .venv/bin/python scripts/generate_schema.py
"""

from __future__ import annotations

import json
from typing import Any

from .model import ComparisonData

SCHEMA_PATH = "schema/comparison.schema.json"
"""Where the committed schema lives, relative to the project root."""

SCHEMA_NAME = "comparison.schema.json"
"""The schema's file name, the same in the repository and on the site (`/data/`)."""

_HEADER: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    # Relative on purpose: it resolves to wherever the file is read from, the repository or
    # the published site, whose address depends on where the site is deployed.
    "$id": SCHEMA_NAME,
    "title": "Containers and virtual machines: comparison data / コンテナと仮想マシン：比較データ",
    "description": (
        "Subjects, attributes, sources and decision trees of the site, each text in Japanese "
        "and English. Licensed CC BY 4.0. / サイトの比較対象、項目、出典、判断ツリー。"
        "テキストはすべて日本語と英語。CC BY 4.0ライセンス。"
    ),
}


def _close_pattern_properties(node: Any) -> None:
    # A `dict[Id, X]` becomes `patternProperties` with the id pattern, which on its own lets a
    # key that is not an id through; the model rejects such keys, so the schema does too.
    if isinstance(node, dict):
        if "patternProperties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close_pattern_properties(value)
    elif isinstance(node, list):
        for value in node:
            _close_pattern_properties(value)


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that a valid data file satisfies."""
    generated = ComparisonData.model_json_schema()
    _close_pattern_properties(generated)
    generated.pop("description", None)
    generated.pop("title", None)
    return {**_HEADER, **generated}


def schema_text() -> str:
    """The schema as committed and published: stable key order, UTF-8, a final newline."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"
