"""Window start-up benchmark (issue 14, point 1): how long ``python main.py --data-dir DIR`` takes to show its
main window, and how much memory it then holds, for a unit's data folder of ``--records`` records, against a
bare PySide6 window in the same run.

    python bench/window_startup.py [--records 0 [--records 100000 …]] [--runs 3] [--limit 1.5] [--json]

For each size it builds a unit's data folder with that many records (seven activities to three trainings, in
bulk), then times, each as the median of ``--runs`` runs after one warm-up (which also makes the day's backup),
every run a new process on Qt's offscreen platform:

- ``bare_s``: a Python process that makes a QApplication, shows an empty QMainWindow and handles its events:
  the floor of any Qt window;
- ``window_s``: ``main.py`` itself, as a clerk starts it, until its main window is shown and its events handled
  (the Qt event loop is then left instead of entered); ``window_rss_mib`` is that process's peak resident memory
  and ``bare_rss_mib`` the bare window's.

``ratio`` is ``window_s / bare_s``; the run exits 1 when a ratio exceeds ``--limit``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.records_import import _unit_folder, build  # noqa: E402
from bench.timing import run_sizes  # noqa: E402

_PEAK = "import json, resource; print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))"
BARE = f"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
{_PEAK}
"""
# main.py as it runs, but with the event loop left as soon as the window's first events are handled. PySide6
# is patched as main.py loads it, not loaded beforehand: what is imported before PySide6 matters (main.py).
WINDOW = f"""
import importlib.abc, importlib.machinery, runpy, sys

def shown(_app):
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    windows = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    assert [type(widget).__name__ for widget in windows] == ["MainWindow"], windows
    return 0

class PatchOnLoad(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            module.QApplication.exec = shown
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchOnLoad())
sys.argv = ["main.py", "--data-dir", sys.argv[1]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as leaving:
    assert not leaving.code, leaving.code
{_PEAK}
"""


def _timed(code: str, *arguments: str) -> tuple[float, float]:
    """Seconds a new Python process running ``code`` takes, and its peak resident memory in MiB."""
    # Compiled modules are kept, as in an installed KeSu (the bundle holds them compiled).
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-c", code, *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if finished.returncode != 0:
        raise RuntimeError(finished.stderr.strip().splitlines()[-1] if finished.stderr.strip() else "failed")
    return elapsed, float(finished.stdout.strip().splitlines()[-1])


def _median(code: str, runs: int, *arguments: str) -> tuple[float, float]:
    _timed(code, *arguments)
    results = [_timed(code, *arguments) for _ in range(runs)]
    return statistics.median(time for time, _memory in results), max(memory for _time, memory in results)


def measure(folder: Path, records: int, runs: int) -> dict[str, object]:
    unit = folder / "unit"
    store, _reference = _unit_folder(unit)
    try:
        build(store, records)
    finally:
        store.close()
    window, window_rss = _median(WINDOW, runs, str(unit))
    bare, bare_rss = _median(BARE, runs)
    return {
        "records": records,
        "bare_s": round(bare, 3),
        "window_s": round(window, 3),
        "ratio": round(window / bare, 2),
        "bare_rss_mib": round(bare_rss, 1),
        "window_rss_mib": round(window_rss, 1),
    }


def main(argv: list[str] | None = None) -> int:
    description = __doc__.splitlines()[0]
    return run_sizes(description, measure, default_records=0, default_runs=3, limit=1.5, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
