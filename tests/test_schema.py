"""The JSON Schema of the data file: current with the model, accepts the data, rejects mistakes.

Editors validate `comparison.yml` against the committed schema while it is typed; if the schema
drifted from the model, they would flag good data or let bad data through.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from comparison.model import ComparisonData
from comparison.schema import SCHEMA_PATH, schema_text
from comparison.yaml_reader import read_yaml
from conftest import ROOT

DATA_FILE = ROOT / "comparison.yml"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads((ROOT / SCHEMA_PATH).read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture
def data() -> dict:
    raw, _ = read_yaml(DATA_FILE, "comparison.yml")
    # Editors read YAML 1.2, where an unquoted 2026-11-26 is a string; PyYAML makes it a date.
    return json.loads(json.dumps(raw, default=str))


def errors(validator: Draft202012Validator, instance: dict) -> list[str]:
    return sorted(
        f"{'.'.join(str(p) for p in error.absolute_path)}: {error.validator}"
        for error in validator.iter_errors(instance)
    )


def test_committed_schema_matches_the_model():
    committed = (ROOT / SCHEMA_PATH).read_text("utf-8")
    assert committed == schema_text(), (
        f"{SCHEMA_PATH} is stale; regenerate it with: .venv/bin/python scripts/generate_schema.py"
    )


def test_schema_check_command_agrees():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_schema.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, f"{SCHEMA_PATH}: matches the model\n")


def test_data_file_names_the_schema_on_its_first_line():
    first_line = DATA_FILE.read_text("utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema={SCHEMA_PATH}"


def test_schema_accepts_the_data_file(validator, data):
    assert errors(validator, data) == []


def test_schema_rejects_a_text_without_english(validator, data):
    broken = copy.deepcopy(data)
    broken["groups"][0]["label"] = {"ja": broken["groups"][0]["label"]["ja"]}
    # The text is neither a complete ja/en pair nor a plain string: both branches fail.
    assert errors(validator, broken) == ["groups.0.label: anyOf"]
    with pytest.raises(ValidationError):
        ComparisonData.model_validate(broken)


def test_schema_rejects_a_plain_string_with_japanese_and_accepts_one_without(validator, data):
    japanese, latin = copy.deepcopy(data), copy.deepcopy(data)
    japanese["subjects"][0]["name"] = "コンテナ"
    latin["subjects"][0]["name"] = "Docker"
    assert errors(validator, japanese) == ["subjects.0.name: anyOf"]
    assert errors(validator, latin) == []
    with pytest.raises(ValidationError):
        ComparisonData.model_validate(japanese)
    ComparisonData.model_validate(latin)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["subjects"][0].update(colour="blue"), "subjects.0: additionalProperties"),
        (lambda d: d["sources"][0].update(checked="last week"), "sources.0.checked: pattern"),
        (lambda d: d["subjects"][0].update(id="Container"), "subjects.0.id: pattern"),
        (
            lambda d: d["attributes"][0]["values"].update(Bad_Id="x"),
            "attributes.0.values: additionalProperties",
        ),
    ],
    ids=["unknown key", "bad date", "bad id", "bad id as key"],
)
def test_schema_rejects_what_the_model_rejects(validator, data, change, expected):
    change(data)
    assert errors(validator, data) == [expected]
    with pytest.raises(ValidationError):
        ComparisonData.model_validate(data)
