"""``aioraas emulator`` in a real subprocess: startup line, credentials, requests, clean stops."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
import pytest

COMMAND = [sys.executable, "-c", "import sys; from aioraas.cli import main; sys.exit(main())"]


@contextmanager
def _emulator(*args: str) -> Iterator[tuple[subprocess.Popen[str], str, dict[str, str]]]:
    process = subprocess.Popen(
        [*COMMAND, "emulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        prefix = "aioraas emulator listening on "
        assert first.startswith(prefix), first + (process.stderr.read() if process.stderr else "")
        url = first[len(prefix) :].strip()
        details = {}
        for _ in range(2):
            name, _, value = process.stdout.readline().strip().partition(": ")
            details[name] = value
        yield process, url, details
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


async def _get(url: str, name: str, key: str, path: str) -> tuple[int, bytes]:
    headers = {"Authorization": aiohttp.encode_basic_auth(name, key)}
    async with aiohttp.ClientSession() as session, session.get(url + path, headers=headers) as response:
        return response.status, await response.read()


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
async def test_cli_serves_with_printed_credentials_and_stops_cleanly(stop_signal: signal.Signals) -> None:
    with _emulator("--preload-account", "acme-hr/acme-hr-q1=250.50") as (process, url, details):
        assert url.startswith("http://127.0.0.1:")
        assert details == {"platform name": "aioraas-emulator", "platform key": "emulator-key"}
        status, body = await _get(
            url, details["platform name"], details["platform key"], "/raas/v2/accounts/acme-hr-q1"
        )
        denied, _ = await _get(url, "aioraas-emulator", "wrong", "/raas/v2/accounts/acme-hr-q1")
        process.send_signal(stop_signal)
        out, err = await asyncio.to_thread(process.communicate, timeout=10)
    assert status == 200
    assert b'"currentBalance":250.50' in body
    assert denied == 401
    assert process.returncode == 0
    assert "Traceback" not in err
    assert "stopped" in out


async def test_cli_options_reach_the_server() -> None:
    args = [
        "--platform-name",
        "acme",
        "--platform-key",
        "k3y",
        "--tps",
        "1",
        "--extra-brands",
        "3",
        "--seed",
        "1",
    ]
    with _emulator(*args) as (process, url, details):
        assert details == {"platform name": "acme", "platform key": "k3y"}
        first, catalog = await _get(url, "acme", "k3y", "/raas/v2/catalogs")
        second, _ = await _get(url, "acme", "k3y", "/raas/v2/catalogs")
        process.send_signal(signal.SIGINT)
        await asyncio.to_thread(process.communicate, timeout=10)
    assert first == 200
    assert b"Synthetic Brand 00003" in catalog
    assert second == 429
    assert process.returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--faults", "explode=0.5"], "unknown fault kind 'explode'"),
        (["--faults", "error_503=2"], "between 0 and 1"),
        (["--faults", "latency=fast"], "is not seconds"),
        (["--preload-account", "no-balance"], "CUSTOMER/ACCOUNT=AMOUNT"),
        (["--preload-account", "a/b=1:XYZ"], "currency must be one of"),
        (["--tps", "0"], "must be greater than 0"),
    ],
)
def test_bad_options_fail_with_a_clear_message(args: list[str], message: str) -> None:
    result = subprocess.run(
        [*COMMAND, "emulator", "--port", "0", *args], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_help_lists_the_emulator_command() -> None:
    result = subprocess.run([*COMMAND, "--help"], capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0
    assert "emulator" in result.stdout
