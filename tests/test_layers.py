"""Imports run one way: stages → recognizers → text utilities → document."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
TEXT_UTILITIES = ("shadow", "segmenter", "lexicons", "compiled")


def imported_modules(path: Path) -> set[str]:
    """Return the absolute names of the modules ``path`` imports (relative imports
    resolved against its package), at any depth in the file."""
    module = ".".join(("pipeline",) + path.relative_to(PACKAGE).with_suffix("").parts)
    package = module.rsplit(".", 1)[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def test_the_scanner_sees_relative_imports():
    # The scanner resolves ``from ..stages.segment import x`` the way Python does.
    names = imported_modules(PACKAGE / "recognizers" / "titles.py")
    assert "pipeline.document" in names and "pipeline.recognizers.base" in names


@pytest.mark.parametrize("path", sorted((PACKAGE / "recognizers").glob("*.py")), ids=lambda p: p.name)
def test_no_recognizer_imports_the_stages(path):
    bad = sorted(name for name in imported_modules(path) if name == "pipeline.stages" or name.startswith("pipeline.stages."))
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("name", TEXT_UTILITIES)
def test_text_utilities_import_neither_stages_nor_recognizers(name):
    names = imported_modules(PACKAGE / f"{name}.py")
    bad = sorted(n for n in names if n.startswith(("pipeline.stages", "pipeline.recognizers")))
    assert not bad, f"{name}.py imports {bad}"
