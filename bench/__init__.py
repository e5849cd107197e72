"""aioraas benchmarks: `python -m bench` (`make bench`) and `python -m bench --quick` (`make bench-quick`).

Each measure lives in its own module and returns rows of the results table; ``bench.__main__`` runs
them and prints the table. Results are recorded in BENCHMARKS.md at the repository root.
"""
