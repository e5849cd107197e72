"""The README's Quickstart is examples/quickstart.py, and it runs as written against `aioraas emulator`.

Both the emulator and the example run as real subprocesses; the example runs twice against the same
emulator (it must not trip over what its first run created).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
EXAMPLE = ROOT / "examples" / "quickstart.py"
EMULATOR = [sys.executable, "-c", "import sys; from aioraas.cli import main; sys.exit(main())", "emulator"]


def test_the_readme_shows_the_example_file() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    example = EXAMPLE.read_text()
    code = example[example.index("import asyncio") :]
    assert blocks[0] == code
    assert 'environment="sandbox"' in code
    assert "base_url=base_url,  # the emulator; delete this line to use the sandbox" in code


@contextmanager
def _emulator() -> Iterator[str]:
    process = subprocess.Popen(
        [*EMULATOR, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        prefix = "aioraas emulator listening on "
        assert first.startswith(prefix), first
        yield first[len(prefix) :].strip()
    finally:
        process.terminate()
        process.communicate(timeout=10)


def _run_example(url: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAAS_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)],
        env={**env, "RAAS_BASE_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


def test_the_quickstart_runs_twice_against_the_emulator() -> None:
    with _emulator() as url:
        first = _run_example(url)
        second = _run_example(url)
    for printed in (first, second):
        assert re.fullmatch(r"deposit RAD-\S+ 500\.00 517\.50", printed[0]), printed
        assert re.fullmatch(r"order \S+ True", printed[1]), printed
        assert re.fullmatch(r"listed \S+ 25\.00", printed[2]), printed
        assert printed[3] == "accounts page 0 1"
        # The emulator words it as Tango's catalogue does (402.001).
        message = "There are insufficient funds in your account to process this order."
        refused = rf"refused 402 402\.001 {re.escape(message)} [0-9a-f-]{{36}}"
        assert re.fullmatch(refused, printed[4]), printed
    assert first[1] != second[1]  # a new order on each run
