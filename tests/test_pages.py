"""The real site passes every content rule: the same function the build, serve and pre-commit
run (`content_rules.site.check_site`), with the settings of the site's mkdocs.yml.

The rules themselves are tested on small inputs in test_content_rules.py; mistakes made in a
real build of the fixture site in test_contributor_mistakes.py.
"""

from __future__ import annotations

from mkdocs.config import load_config

from comparison.checks import pages_under
from comparison.loading import load_data
from conftest import ROOT
from content_rules.site import check_site, read_pages
from content_rules_hook import site_of

SITE = site_of(load_config(config_file=str(ROOT / "mkdocs.yml")))
SITE_DATA = load_data(ROOT / "comparison.yml", pages_under(ROOT / "docs"))


def test_there_are_pages_in_both_languages():
    pages = read_pages(SITE)
    assert len([p for p in pages if p.language == "ja"]) >= 6
    assert len([p for p in pages if p.language == "en"]) >= 6


def test_the_site_follows_every_content_rule():
    problems = [str(problem) for problem in check_site(SITE)]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)
