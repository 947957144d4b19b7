"""The record list benchmark (``bench/records_list.py``, issue 14) run small: it builds the records asked for,
reads the first page and the totals for each of the list's filters, replays the same statements with plain
sqlite3, and reports both times and their ratio. The figures at 100,000 records are in docs/performance.md."""

from __future__ import annotations

from bench.records_list import FILTERS
from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_times_every_filter_against_plain_sqlite3():
    figures = run_benchmark("records_list", "--records", "500", "--runs", "1", "--limit-ms", "10000")
    assert figures["within_limit"] is True
    (size,) = figures["sizes"]
    assert size["records"] == 500 and size["peak_rss_mib"] > 0
    for name in FILTERS:
        assert 0 < size[f"{name}_ms"] < 10_000 and 0 < size[f"{name}_sqlite_ms"] < 10_000
        assert size[f"{name}_ratio"] > 0


def test_a_filter_slower_than_the_limit_fails_the_run():
    figures = run_benchmark("records_list", "--records", "50", "--runs", "1", "--limit-ms", "0", exit_code=1)
    assert figures["within_limit"] is False
