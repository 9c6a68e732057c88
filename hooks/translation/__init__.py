"""Translation checks: structural drift between each Japanese page and its English twin, and
the last change of each from git history. Imports nothing from MkDocs."""
