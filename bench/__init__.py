"""Benchmarks: ``make bench``.  Each figure is printed next to a raw baseline from the same run."""
