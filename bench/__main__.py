"""``python -m bench [--quick] [--only 1,5] [--json FILE] [--markdown FILE]``: run them, print the table.

Measures (one module each; every ratio is measured side by side in one run, the server in its own
process):

1. client CPU per request (GET account, POST order): aioraas vs raw aiohttp + orjson   (bench.client_cpu)
2. fan-out of 10,000 orders at concurrency 64 against a stub server (uncapped): aioraas fan_out vs a
   raw semaphore fan-out; both processes' CPU use                                        (bench.fanout_rate)
3. fan-out against a 20 TPS limit: achieved rate / limit, share of 429 answers          (bench.rate_limit)
4. peak RSS of a 100,000-order vs a 10,000-order fan-out, journal on                    (bench.memory)
5. decoding a 1,010-brand catalog and 10,000 orders: aioraas vs pydantic v2             (bench.decode)
6. ``make codegen`` wall time                                                            (bench.codegen_time)
7. 1,000 orders through Tango's sync SDK ``raas`` 2.2.0 and through aioraas: no latency, 50 ms
   latency, 10 % 503s; orders placed counted through the emulator                       (bench.peer)
8. the emulator: resident memory per stored order, orders per CPU-second                (bench.emulator_load)
9. rewards/s at a 5 TPS limit: async orders (batches of 100) vs single orders           (bench.async_orders)
10. 4 worker processes on one PostgreSQL journal, 20 TPS limit: shared rate / limit and 429s;
   journal cost per row, PostgreSQL vs SQLite; 3,000 rows with 2 workers SIGKILLed   (bench.workers)

A benchmark is not a test: nothing here runs in ``make test``. The exit status is 0 when every
measure ran (met or not), 1 when one failed to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import shlex
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from bench.common import Row, load, machine, table

MEASURES = {
    "1": "bench.client_cpu",
    "2": "bench.fanout_rate",
    "3": "bench.rate_limit",
    "4": "bench.memory",
    "5": "bench.decode",
    "6": "bench.codegen_time",
    "7": "bench.peer",
    "8": "bench.emulator_load",
    "9": "bench.async_orders",
    "10": "bench.workers",
}


def markdown(rows: list[Row], info: dict[str, Any]) -> str:
    m = info["machine"]
    lines = [
        f"### Run of {info['date']}",
        "",
        f"- Command: `{info['command']}` ({info['mode']} mode), {info['elapsed_s']:.0f} s",
        f"- Machine: {m['cpus']} CPUs ({m['cpu']}), {m['os']}; load average before / after: "
        f"{info['load_before']} / {info['load_after']}",
        f"- Python {m['python']}, aiohttp {m['aiohttp']}, orjson {m['orjson']}, attrs {m['attrs']}, "
        f"cattrs {m['cattrs']}, pydantic {m['pydantic']}",
        "",
        table(rows),
    ]
    missed = [r for r in rows if not r.met]
    lines += [
        "",
        "Missed: " + (", ".join(f"#{r.number} ({r.ratio_text})" for r in missed) if missed else "none"),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer and smaller runs: a fast look (about 30 seconds)"
    )
    parser.add_argument("--only", default="", help="comma-separated measure numbers, e.g. 1,5")
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    parser.add_argument(
        "--markdown", type=Path, help="also write the run (date, machine, table) to this file"
    )
    args = parser.parse_args(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(MEASURES)
    unknown = [n for n in chosen if n not in MEASURES]
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(unknown)}; choose from {', '.join(MEASURES)}")

    info: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "command": " ".join(
            ["python -m bench", *map(shlex.quote, argv if argv is not None else sys.argv[1:])]
        ),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
        "load_before": load(),
    }
    print(f"aioraas benchmarks ({info['mode']}), {info['date']}", flush=True)
    m = info["machine"]
    print(
        f"{m['cpus']} CPUs ({m['cpu']}), Python {m['python']}, aiohttp {m['aiohttp']};"
        f" load {info['load_before']}"
    )
    rows: list[Row] = []
    failed = False
    started = time.perf_counter()
    for number in chosen:
        module = importlib.import_module(MEASURES[number])
        began = time.perf_counter()
        print(f"[{number}] {(module.__doc__ or '').splitlines()[0]} ...", end=" ", flush=True)
        try:
            new = module.run(args.quick)
        except Exception:
            failed = True
            print("FAILED")
            traceback.print_exc()
            continue
        rows += new
        print(
            f"{time.perf_counter() - began:.0f} s: " + "; ".join(f"{r.aioraas} vs {r.baseline}" for r in new)
        )
        describe = getattr(module, "describe", None)
        for row in new:
            if row.ratio is not None and "ratio_spread" in row.details:
                spread = f"{row.ratio_text} (median; lowest-highest round)"
                print(f"    #{row.number}: {spread}, target {row.target}")
            line = describe(row) if describe is not None else ""
            if line:
                print(line)
    info["elapsed_s"] = time.perf_counter() - started
    info["load_after"] = load()
    print()
    print(table(rows))
    print(f"\n{info['elapsed_s']:.0f} s; load average after: {info['load_after']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {**info, "rows": [vars(r) for r in rows]}
        args.json.write_text(json.dumps(payload, indent=1, default=str) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(rows, info), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
