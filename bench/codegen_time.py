"""Measure 6: wall time of ``make codegen``.

Runs what ``make codegen`` runs (``python -m codegen --spec spec``: datamodel-code-generator over each
API version, then ruff) as a fresh process, writing into a temporary directory so that the working
tree is never touched, and takes the median wall time. This is the one absolute target.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time

from bench.common import ROOT, Row, median

TARGET_S = 10.0


def _once() -> float:
    with tempfile.TemporaryDirectory(prefix="aioraas-codegen-bench-") as out:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "codegen", "--spec", "spec", "--out", out],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start


def run(quick: bool) -> list[Row]:
    times = [_once() for _ in range(1 if quick else 3)]
    wall = median(times)
    return [
        Row(
            "6",
            "make codegen (python -m codegen --spec spec), wall time",
            f"{wall:.2f} s",
            "-",
            None,
            f"<= {TARGET_S:.0f} s",
            wall <= TARGET_S,
            {"runs_s": [round(t, 3) for t in times]},
        )
    ]
