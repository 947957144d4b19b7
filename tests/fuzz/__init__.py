"""Fuzzing tests: hostile and damaged files against the code that reads what comes from outside."""
