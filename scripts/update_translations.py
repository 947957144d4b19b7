"""Refresh the translation catalogue: extract strings into ``resources/translations/kesu_zh_CN.ts`` with
``pyside6-lupdate`` (keeping existing translations), then compile it to ``.qm`` with ``pyside6-lrelease``.

Run after changing user-visible text: ``python scripts/update_translations.py``; then translate what Qt
Linguist (``pyside6-linguist``) shows as unfinished, and run it again to compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
SOURCE_DIRS = ("kesu_desktop", "ui")


def tool(name: str) -> str:
    """The PySide6 tool next to the running interpreter (works inside the venv on Windows and Linux)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for folder in SOURCE_DIRS for path in (ROOT / folder).rglob("*.py"))


def extract(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts_file)], cwd=ROOT, check=True)


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True)


def main() -> int:
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"kesu_{language}.ts"
        extract(ts_file)
        compile_catalogue(ts_file, ts_file.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
