"""The window start-up benchmark (``bench/window_startup.py``, issue 14) run small: it starts ``main.py`` on a
unit's data folder until its main window is shown, and a bare PySide6 window, and reports both times, their
ratio and both processes' peak memory. The figures are in docs/performance.md."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_shows_the_main_window_and_reports_the_ratio_to_a_bare_window():
    figures = run_benchmark("window_startup", "--records", "50", "--runs", "1", "--limit", "100")
    assert figures["within_limit"] is True
    (size,) = figures["sizes"]
    assert size["records"] == 50
    assert 0 < size["bare_s"] < size["window_s"] < 60
    assert 0 < size["bare_rss_mib"] < size["window_rss_mib"]
