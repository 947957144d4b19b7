"""Benchmarks and the crash harness: scripts run as ``python bench/NAME.py``, each measuring against plain
libraries in the same run."""
