"""The command line's start-up benchmark (``bench/cli_startup.py``, issue 14) run small: ``main.py --version``
and ``--help`` against a bare Python, with their ratios and peak memory. The figures are in
docs/performance.md."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_times_version_and_help_against_a_bare_python():
    figures = run_benchmark("cli_startup", "--runs", "1", "--limit", "100")
    assert figures["within_limit"] is True
    assert 0 < figures["bare_s"] < figures["help_s"] < 30
    assert figures["help_ratio"] > 1
    assert figures["version_ratio"] > 0
    assert 0 < figures["bare_rss_mib"] <= figures["help_rss_mib"]


def test_a_limit_below_the_ratio_fails_the_run():
    figures = run_benchmark("cli_startup", "--runs", "1", "--limit", "0.01", exit_code=1)
    assert figures["within_limit"] is False
