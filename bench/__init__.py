"""Benchmarks of the whole system, side by side with bare baselines: `make bench`."""
