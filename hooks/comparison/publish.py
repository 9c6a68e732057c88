"""The data file as published on the site, for reuse: JSON, its schema and a licence note.

Texts are always `{ja, en}` pairs in the JSON (a plain string in the YAML is expanded), so a
reader of the JSON needs no rule about plain strings; the schema accepts both forms.
"""

from __future__ import annotations

import json
from pathlib import Path

from .model import ComparisonData
from .schema import SCHEMA_NAME, schema_text

FOLDER = "data"
"""Where the files go, relative to the built site's root."""

DATA_NAME = "comparison.json"
LICENCE_NAME = "LICENSE.txt"

LICENCE_NOTE = f"""\
{DATA_NAME}: the comparison data of the site "Containers and virtual machines"
(コンテナと仮想マシン), with its JSON Schema {SCHEMA_NAME}.

Licence: Creative Commons Attribution 4.0 International (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/
You may share and adapt the data for any purpose, provided you give appropriate credit
("Containers and virtual machines" contributors), link to the licence and say whether you
made changes. Facts come from the sources the data cites; their titles and addresses remain
their publishers' own.

ライセンス：クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）
https://creativecommons.org/licenses/by/4.0/deed.ja
適切なクレジット（「コンテナと仮想マシン」の寄稿者）を表示し、ライセンスへのリンクを示し、
変更の有無を明記すれば、目的を問わず共有・改変できます。事実は各出典によるもので、
出典の題名とアドレスはそれぞれの発行者のものです。
"""


def data_json(data: ComparisonData) -> str:
    """The data as JSON, in the order of the data file, with every text as a `{ja, en}` pair."""
    return json.dumps(data.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2)


def published_files(data: ComparisonData) -> dict[str, str]:
    """Each published file's path (relative to the site root) and its text."""
    return {
        f"{FOLDER}/{DATA_NAME}": data_json(data) + "\n",
        f"{FOLDER}/{SCHEMA_NAME}": schema_text(),
        f"{FOLDER}/{LICENCE_NAME}": LICENCE_NOTE,
    }


def write_published(site_dir: Path, data: ComparisonData) -> list[Path]:
    """Write the published files into the built site; the same files each time it is called."""
    written = []
    for relative, text in published_files(data).items():
        target = site_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
        written.append(target)
    return written
