"""What the window loads before it is shown: a township's main window, opened on a folder at the newest
schema, loads neither the workbook and PDF writers (openpyxl, reportlab: they load at the first export or
import) nor Alembic (it loads only to migrate), nor PDFium (at the first print preview), nor cryptography
(at the first signature), nor any page of the county's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import main

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from pathlib import Path
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.startup import prepare_store
from ui.app import create_application, open_main_window
app = create_application()
store, reference = prepare_store(DataDir(Path(sys.argv[1])))
window = open_main_window(store, reference, Translator("zh_CN"), app)
window.show()
app.processEvents()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in {"openpyxl", "reportlab", "alembic",
    "pypdfium2", "cryptography"}
    or name.startswith("ui.county"))))
store.close()
"""


def test_a_townships_window_opens_without_the_writers_alembic_pdfium_cryptography_or_the_countys_pages(tmp_path: Path):
    folder = tmp_path / "township"
    assert main.main(["--data-dir", str(folder), "demo", "--months", "2"]) == 0
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert json.loads(result.stdout.splitlines()[-1]) == []
