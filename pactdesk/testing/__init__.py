"""Deterministic sample content for tests, benchmarks and the example draft."""
