"""The import contracts in ``pyproject.toml`` hold on the code and would catch a new arrow against them.

``lint-imports`` runs in CI (``python dev.py check``); here the same contracts are checked on a copy of the
packages into which arrows against each contract are planted, so a contract that has stopped guarding
anything (a renamed package, a layer dropped from the list) fails this test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kesu_desktop", "ui", "db")
PLANTED = {
    "kesu_desktop/store/planted.py": "import ui.app\n",  # the core using the GUI
    "kesu_desktop/records/planted.py": "import kesu_desktop.returns.form\n",  # records using returns
    "kesu_desktop/reference/planted.py": "from PySide6 import QtWidgets\n",  # Qt outside the translator
    "ui/widgets/planted.py": "import ui.pages.overview\n",  # a widget using a page
    "db/planted.py": "import kesu_desktop.records.types\n",  # the schema using the core
}
CYCLE = ("kesu_desktop/returns/pdf/styles.py", "import kesu_desktop.returns.pdf.document\n")


def lint_imports(folder: Path) -> subprocess.CompletedProcess[str]:
    tool = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    environment = {**os.environ, "PYTHONPATH": str(folder)}
    return subprocess.run(
        [str(tool), "--no-cache", "--config", str(folder / "pyproject.toml")],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("planted")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, folder / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    for name, source in PLANTED.items():
        (folder / name).write_text(f'"""Planted."""\n\n{source}', encoding="utf-8")
    cycle_file, cycle_import = CYCLE
    with (folder / cycle_file).open("a", encoding="utf-8") as module:
        module.write(cycle_import)
    result = lint_imports(folder)
    assert result.returncode != 0
    return result.stdout


def test_the_code_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    "arrow",
    [
        "kesu_desktop.store.planted -> ui.app",
        "kesu_desktop.records.planted -> kesu_desktop.returns.form",
        "kesu_desktop.reference.planted -> PySide6",
        "ui.widgets.planted -> ui.pages.overview",
        "db.planted -> kesu_desktop.records.types",
        ".styles -> .document",
    ],
)
def test_a_planted_arrow_against_a_contract_is_reported(planted: str, arrow: str):
    assert arrow in planted


def test_every_contract_is_broken_by_some_plant(planted: str):
    assert "Contracts: 0 kept, 5 broken." in planted
