"""What every measure shares: the emulator in its own process, the order shapes, results, statistics."""

from __future__ import annotations

import contextlib
import functools
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_NAME = "aioraas-emulator"
PLATFORM_KEY = "emulator-key"
CUSTOMER = "bench-co"
ACCOUNT = "bench-acct"
BALANCE = "100000000"  # $100M: more than 100,000 orders of $25 (plus the CPU and rate-limit runs)
UTID = "U561593"  # the emulator's variable-value Tango Card item
AMOUNT = Decimal("25.00")
RECIPIENT_EMAIL = "ann@example.test"
RECIPIENT_FIRST_NAME = "Ann"


def order_json(external_ref_id: str) -> dict[str, Any]:
    """The JSON body of one order, as both clients send it (aioraas builds the same from its models)."""
    return {
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "utid": UTID,
        "amount": float(AMOUNT),
        "deliveryMethod": "EMAIL",
        "recipient": {"email": RECIPIENT_EMAIL, "firstName": RECIPIENT_FIRST_NAME},
        "externalRefID": external_ref_id,
    }


@functools.cache
def _models() -> tuple[Any, Any]:
    # Imported on first use (not every bench process imports aioraas), and once: an import
    # statement per order cost measure 2's aioraas side ~1-3 us of CPU per order that the raw side,
    # building a dict, does not pay.
    from aioraas import UNSET
    from aioraas.models import v2

    return UNSET, v2


def order_create(external_ref_id: str | None = None) -> Any:
    """The same order as an aioraas ``v2.OrderCreate`` (without an externalRefID, fan_out derives one)."""
    UNSET, v2 = _models()
    return v2.OrderCreate(
        customer_identifier=CUSTOMER,
        account_identifier=ACCOUNT,
        utid=UTID,
        amount=AMOUNT,
        delivery_method="EMAIL",
        recipient=v2.Recipient(email=RECIPIENT_EMAIL, first_name=RECIPIENT_FIRST_NAME),
        external_ref_id=UNSET if external_ref_id is None else external_ref_id,
    )


def per_call_cpu(count: int, work: Callable[[int], object]) -> Callable[[], float]:
    """A runner for :func:`alternate`: CPU seconds per call of ``work(position)``, over ``count`` calls
    in a warm loop with no I/O."""

    def once() -> float:
        start = time.process_time()
        for position in range(count):
            work(position)
        return (time.process_time() - start) / count

    return once


def dict_work(answer: bytes) -> Callable[[int], object]:
    """The raw client's own work per order, with no I/O: the order as a dict, encoded, and ``answer``
    decoded (the baseline of the typed models' share in measures 1b and 2)."""

    def work(position: int) -> object:
        orjson.dumps(order_json(f"w{position:07d}"))
        return orjson.loads(answer)

    return work


def _aioraas_command() -> list[str]:
    script = Path(sys.executable).with_name("aioraas")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from aioraas.cli import main; sys.exit(main(sys.argv[1:]))"]


@dataclass
class Server:
    """A server process the bench started: its URL and process id."""

    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """User + system CPU time the server process has used so far."""
        return process_cpu_seconds(self.pid)


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc (0.0 where /proc cannot tell)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def server_process(command: list[str], prefix: str) -> Iterator[Server]:
    """Run ``command``, whose first line of output is ``prefix`` + its URL, on its own CPU; yield it as
    a :class:`Server`; stop it with SIGTERM afterwards."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    restore = _pin(process.pid)
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        if not first.startswith(prefix):
            _, err = process.communicate(timeout=5)
            raise RuntimeError(f"{command[0]} did not start: {first!r} {err.strip()!r}")
        yield Server(first[len(prefix) :], process.pid)
    finally:
        restore()
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()


def emulator_command(
    *, tps: float | None = None, extra_brands: int = 0, faults: str | None = None, seed: int | None = None
) -> list[str]:
    command = [
        *_aioraas_command(),
        "emulator",
        "--port",
        "0",
        "--platform-name",
        PLATFORM_NAME,
        "--platform-key",
        PLATFORM_KEY,
        "--preload-account",
        f"{CUSTOMER}/{ACCOUNT}={BALANCE}",
    ]
    if tps is not None:
        command += ["--tps", str(tps)]
    if extra_brands:
        command += ["--extra-brands", str(extra_brands)]
    if faults:
        command += ["--faults", faults]
    if seed is not None:
        command += ["--seed", str(seed)]
    return command


EMULATOR_PREFIX = "aioraas emulator listening on "


@contextlib.contextmanager
def emulator_process(**options: Any) -> Iterator[Server]:
    """Run ``aioraas emulator --port 0`` in its own process (options: see :func:`emulator_command`)."""
    with server_process(emulator_command(**options), EMULATOR_PREFIX) as server:
        yield server


@contextlib.contextmanager
def emulator(*, tps: float | None = None, extra_brands: int = 0) -> Iterator[str]:
    """Run ``aioraas emulator --port 0`` in its own process; yield its URL; stop it afterwards."""
    with emulator_process(tps=tps, extra_brands=extra_brands) as server:
        yield server.url


def _pin(server: int) -> Callable[[], None]:
    """Give the server its own CPU and this process (the client, and its children) the others, so that
    the scheduler does not sometimes put both on one core; returns what undoes it. A no-op on one CPU
    or where affinity cannot be set."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return lambda: None
    if len(cpus) < 2:
        return lambda: None
    try:
        os.sched_setaffinity(server, {cpus[-1]})
        os.sched_setaffinity(0, set(cpus[:-1]))
    except OSError:
        return lambda: None

    def restore() -> None:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, set(cpus))

    return restore


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def alternate(rounds: int, *runners: Callable[[], float]) -> list[list[float]]:
    """Run each runner ``rounds`` times, alternating and reversing the order every round (A B, B A, ...)
    so that drift on a noisy machine hits both sides alike. Returns the values per runner."""
    values: list[list[float]] = [[] for _ in runners]
    order = list(range(len(runners)))
    for _ in range(rounds):
        for index in order:
            values[index].append(runners[index]())
        order.reverse()
    return values


@dataclass
class Row:
    """One line of the results table."""

    number: str
    measure: str
    aioraas: str
    baseline: str
    ratio: float | None
    target: str
    met: bool
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio_text(self) -> str:
        if self.ratio is None:
            return "-"
        spread = self.details.get("ratio_spread")
        text = f"{self.ratio:.3f}x"
        return text if spread is None else f"{text} ({spread[0]:.3f}-{spread[1]:.3f})"


def ratio_spread(ours: Sequence[float], theirs: Sequence[float]) -> tuple[float, float]:
    """Lowest and highest ratio of the rounds, each round's ``ours`` over the same round's ``theirs``
    (rounds alternate A B, B A, so round i of both sides ran next to each other)."""
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    return round(min(ratios), 3), round(max(ratios), 3)


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table (readable as plain text too)."""
    head = ["#", "measure", "aioraas", "baseline", "ratio", "target", "met?"]
    lines = [head] + [
        [r.number, r.measure, r.aioraas, r.baseline, r.ratio_text, r.target, "yes" if r.met else "**NO**"]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> dict[str, str]:
    import aiohttp
    import attrs
    import cattrs
    import orjson

    model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        import pydantic

        pydantic_version = pydantic.VERSION
    except ImportError:
        pydantic_version = "not installed"
    return {
        "cpus": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "aiohttp": aiohttp.__version__,
        "orjson": orjson.__version__,
        "attrs": attrs.__version__,
        "cattrs": _version("cattrs", getattr(cattrs, "__version__", "")),
        "pydantic": pydantic_version,
        "os": f"{platform.system()} {platform.release()}",
    }


def _version(distribution: str, fallback: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return fallback or "unknown"


class Stopwatch:
    """Wall time and this process's CPU time of a block."""

    def __enter__(self) -> Stopwatch:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
