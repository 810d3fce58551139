"""The performance benchmark: `make bench` (full) and `benchmarks/run.py --quick` (in make test)."""
