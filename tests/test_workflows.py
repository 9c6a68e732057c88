"""The GitHub workflows parse, run the README's commands, and follow the project's CI rules.

The README tells contributors how to install and test; the workflows must do exactly that, so
the two cannot drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from comparison.yaml_reader import read_yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SERVE = " && .venv/bin/mkdocs serve"


def readme_commands() -> list[str]:
    """The commands of the README's first shell block, comments left out."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"^```sh\n(.*?)^```", readme, re.DOTALL | re.MULTILINE)
    assert block, "README.md has no ```sh block with the two commands"
    return [line for line in block[1].splitlines() if line.strip() and not line.startswith("#")]


INSTALL_AND_SERVE, TEST = readme_commands()
INSTALL = INSTALL_AND_SERVE.removesuffix(SERVE)


def load(path: Path) -> dict:
    # YAML 1.2, as GitHub reads it: `on:` is a key, not the boolean true.
    data, _ = read_yaml(path, path.name)
    assert isinstance(data, dict)
    return data


def steps(workflow: dict) -> list[tuple[str, dict]]:
    return [(name, step) for name, job in workflow["jobs"].items() for step in job["steps"]]


def runs(job: dict) -> list[str]:
    return [line for step in job["steps"] for line in str(step.get("run", "")).splitlines()]


def test_the_readme_keeps_its_two_commands():
    assert INSTALL_AND_SERVE == (
        "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt"
        " && .venv/bin/mkdocs serve"
    )
    assert TEST == ".venv/bin/python -m pytest"


def test_the_three_workflows_exist():
    names = {w.name for w in WORKFLOWS}
    assert {"deploy.yml", "link-check.yml", "pull-request.yml"} <= names


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_workflow_is_least_privilege_and_uses_official_actions_at_major_tags(path):
    workflow = load(path)
    assert workflow["permissions"] == {}, "grant permissions per job, none at the top"
    assert "group" in workflow["concurrency"]
    for name, job in workflow["jobs"].items():
        assert job.get("permissions"), f"{path.name}: job {name} sets no permissions"
    for name, step in steps(workflow):
        if "uses" in step:
            assert re.fullmatch(r"actions/[a-z-]+@v\d+", step["uses"]), (
                f"{path.name}: job {name} uses {step['uses']}; expected actions/NAME@vN"
            )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_installs_exactly_as_the_readme_says(path):
    for name, job in load(path)["jobs"].items():
        if any("setup-python" in step.get("uses", "") for step in job["steps"]):
            assert INSTALL in runs(job), f"{path.name}: job {name} does not run: {INSTALL}"
            setup = next(s for s in job["steps"] if "setup-python" in s.get("uses", ""))
            assert setup["with"]["cache"] == "pip"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_jobs_that_build_or_test_fetch_the_full_history(path):
    # The translation status page shows git dates; a shallow clone would show none.
    for name, job in load(path)["jobs"].items():
        if any(re.search(r"pytest|docs build", line) for line in runs(job)):
            checkout = next(s for s in job["steps"] if "checkout" in s.get("uses", ""))
            assert checkout["with"]["fetch-depth"] == 0, f"{path.name}: job {name}"


def test_pull_requests_run_the_readme_tests_with_browsers_a_strict_build_and_upload_it():
    workflow = load(ROOT / ".github" / "workflows" / "pull-request.yml")
    assert "pull_request" in workflow["on"]
    job = workflow["jobs"]["test-and-build"]
    lines = runs(job)
    # What the browser tests need comes before them: Chromium, Japanese fonts, axe-core.
    for needed in ("apt-get install -y chromium", "fonts-noto-cjk", "npm ci --omit=dev"):
        where = [i for i, line in enumerate(lines) if needed in line]
        assert where and where[0] < lines.index(TEST), needed
    assert lines.index(INSTALL) < lines.index(TEST) < lines.index(".venv/bin/mkdocs build --strict")
    test_step = next(s for s in job["steps"] if s.get("run") == TEST)
    assert test_step["env"]["REQUIRE_BROWSER"] == "1"
    upload = next(
        s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
    )
    assert upload["with"]["path"] == "site/"
    properdocs = runs(workflow["jobs"]["properdocs"])
    assert ".venv/bin/properdocs build --strict -f mkdocs.yml -d properdocs-site" in properdocs


def test_the_same_test_command_runs_in_local_ci():
    assert TEST in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()


def test_main_is_built_and_deployed_with_the_pages_actions():
    workflow = load(ROOT / ".github" / "workflows" / "deploy.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"] + deploy["steps"]]
    for action in (
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert action in uses
    configure = next(s for s in build["steps"] if "configure-pages" in s.get("uses", ""))
    step = next(s for s in build["steps"] if s.get("run") == ".venv/bin/mkdocs build --strict")
    assert step["env"]["SITE_URL"] == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}"
    assert step["env"]["REPOSITORY_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert build["permissions"] == {"contents": "read", "pages": "read"}


def test_mkdocs_reads_the_site_and_repository_addresses_from_the_environment():
    lines = (ROOT / "mkdocs.yml").read_text("utf-8").splitlines()
    assert 'site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]' in lines
    assert '  repository: !ENV [REPOSITORY_URL, "https://github.com/OWNER/REPO"]' in lines


def test_the_link_check_runs_weekly():
    workflow = load(ROOT / ".github" / "workflows" / "link-check.yml")
    assert len(workflow["on"]["schedule"][0]["cron"].split()) == 5
    assert ".venv/bin/python scripts/check_links.py" in runs(workflow["jobs"]["links"])
    assert ".venv/bin/python scripts/check_freshness.py" in runs(workflow["jobs"]["links"])


def test_dependabot_updates_python_packages_and_actions():
    config = load(ROOT / ".github" / "dependabot.yml")
    assert sorted(u["package-ecosystem"] for u in config["updates"]) == ["github-actions", "pip"]
