"""No ingest module reads another module's private names (``from .bylines import _AGENCIES``): what a second module
needs is public in the first (renaming a private name then breaks nothing unseen)."""

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "briefing" / "core" / "ingest"


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}: from {'.' * node.level}{node.module or ''} import {alias.name}"
            for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level
            for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]


def test_ingest_modules_import_no_private_names():
    found = [line for path in sorted(PACKAGE.glob("*.py")) for line in _private_imports(path)]
    assert found == []


def test_the_check_sees_a_private_import(tmp_path):
    """The check itself finds one (a module written here), so the test above can fail."""
    module = tmp_path / "m.py"
    module.write_text("from .bylines import _AGENCIES, read_byline\nfrom ..x import __version__\n", encoding="utf-8")
    assert _private_imports(module) == ["m.py: from .bylines import _AGENCIES"]
