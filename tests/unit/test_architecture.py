"""The rules of the code base's shape: a Qt-free core, and a docstring on every module."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def modules(*packages: str) -> list[Path]:
    return sorted(path for package in packages for path in (ROOT / package).rglob("*.py"))


def imported_names(path: Path) -> set[str]:
    """Every module an import statement names, ``from a import b`` counted as both ``a`` and ``a.b``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def gui_dependencies(path: Path) -> list[str]:
    """The imports of ``path`` that the Qt-free core must not have."""
    return [
        name
        for name in sorted(imported_names(path))
        if any(_is_under(name, package) for package in ("ui", "PySide6", "shiboken6"))
    ]


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", modules("kesu_desktop", "db"), ids=relative)
def test_the_core_does_not_depend_on_the_gui(path: Path):
    assert gui_dependencies(path) == []


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6 import QtWidgets",
        "from PySide6.QtGui import QFont",
        "import PySide6.QtWidgets",
        "import ui.app",
        "from ui import app",
        "from PySide6.QtCore import QObject",  # even QtCore: the translator reads its catalogue itself
    ],
)
def test_the_walk_would_catch_a_gui_import(tmp_path: Path, source: str):
    bad = tmp_path / "bad.py"
    bad.write_text(f'"""Bad."""\n\n\ndef f():\n    {source}\n', encoding="utf-8")
    assert gui_dependencies(bad)


@pytest.mark.parametrize("path", modules("kesu_desktop", "db", "ui"), ids=relative)
def test_every_module_has_a_docstring(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstring = ast.get_docstring(tree)
    assert docstring and docstring.strip(), f"{relative(path)} has no module docstring"
