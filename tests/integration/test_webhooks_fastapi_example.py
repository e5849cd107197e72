"""examples/webhooks_fastapi.py served by uvicorn in a real process, fed by the emulator."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import aiohttp

from aioraas import webhooks
from aioraas.emulator import Emulator
from tests.integration.test_webhooks_delivery import place_orders
from tests.integration.webhook_support import management, new_hmac_secret

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ORDERS = 20


async def test_fastapi_example_receives_each_event_once(tmp_path: Path) -> None:
    secret = new_hmac_secret()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(EXAMPLES),
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--no-access-log",
        "webhooks_fastapi:app",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "RAAS_WEBHOOK_HMAC_SECRET": secret,
            "RAAS_WEBHOOK_STORE": str(tmp_path / "seen.sqlite"),
        },
    )
    try:
        assert process.stderr is not None
        base = None
        lines = []
        while base is None:
            line = (await asyncio.wait_for(process.stderr.readline(), 30)).decode()
            assert line, "uvicorn exited: " + "".join(lines)
            lines.append(line)
            if match := re.search(r"running on (http://127\.0\.0\.1:\d+)", line):
                base = match.group(1)
        url = f"{base}/tango/webhooks/"

        async with Emulator(seed=3) as emu, management(emu) as api:
            await api.subscribe(url, payloadVerificationMethod="HMAC", hmacSharedSecretKey=secret)
            emu.webhooks.set_faults(duplicate=0.5, out_of_order=0.5, max_delay=0.2)
            orders = await place_orders(emu, ORDERS)
            await emu.webhooks.idle(timeout=30)
            duplicated = emu.webhooks.stats["duplicated"]
            assert emu.webhooks.stats["delivered"] == ORDERS + duplicated

        async with aiohttp.ClientSession() as session:
            forged = b'{"eventId":"x","eventType":"LowBalance","eventData":{}}'
            signature = webhooks.sign(forged, hmac_secret=new_hmac_secret())
            async with session.post(url, data=forged, headers={"X-Signed-Payload": signature}) as response:
                assert response.status == 401
            async with session.get(f"{base}/events") as response:
                seen = await response.json()
        assert len(orders) == ORDERS
        assert [e["revision"] for e in seen["events"]] == list(range(1, ORDERS + 1))
        assert {e["eventType"] for e in seen["events"]} == {"LineItemDeliveryStatus"}
        assert seen["stats"] == {"accepted": ORDERS, "duplicates": duplicated, "rejected": 1}
        assert duplicated > 0
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 30)
    # A clean shutdown (uvicorn re-raises the signal once it has shut down).
    assert process.returncode in (0, -signal.SIGTERM), err.decode()
    assert "Application shutdown complete" in err.decode()
    assert out.decode().count("line item ") == ORDERS
    assert secret not in out.decode() + err.decode()
