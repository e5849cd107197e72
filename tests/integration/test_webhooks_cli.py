"""``aioraas webhooks listen`` and ``aioraas webhooks test`` as real subprocesses on loopback."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import aiohttp

from aioraas.emulator import Emulator
from tests.integration.webhook_support import KeyPair, Recorder, management, new_hmac_secret, serve

COMMAND = [sys.executable, "-c", "import sys; from aioraas.cli import main; sys.exit(main())"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


class Listener:
    """A running ``aioraas webhooks listen`` process."""

    def __init__(self, process: asyncio.subprocess.Process, url: str) -> None:
        self.process = process
        self.url = url

    @classmethod
    async def start(cls, *args: str) -> Listener:
        process = await asyncio.create_subprocess_exec(
            *COMMAND,
            "webhooks",
            "listen",
            "--port",
            "0",
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=ENV,
        )
        assert process.stderr is not None
        first = (await asyncio.wait_for(process.stderr.readline(), 20)).decode()
        assert first.startswith("listening on http://127.0.0.1:"), first
        return cls(process, first.split()[2])

    async def finish(self) -> tuple[int, list[dict[str, object]], str]:
        out, err = await asyncio.wait_for(self.process.communicate(), 20)
        events = [json.loads(line) for line in out.decode().splitlines()]
        assert self.process.returncode is not None
        return self.process.returncode, events, err.decode()


async def send_test(url: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        *COMMAND,
        "webhooks",
        "test",
        url,
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env or ENV,
    )
    out, _ = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_listen_prints_verified_events_and_test_sends_them() -> None:
    secret = new_hmac_secret()
    listener = await Listener.start("--hmac-secret", secret, "--count", "3")
    outputs = []
    for event_type in ("LowBalance", "AccountStatus"):
        code, out = await send_test(listener.url, "--hmac-secret", secret, "--event-type", event_type)
        assert code == 0, out
        assert "HTTP 200" in out
        outputs.append(out)
    # Forged: another secret, and no signature at all. Both refused, neither printed.
    code, out = await send_test(listener.url, "--hmac-secret", new_hmac_secret())
    assert (code, "HTTP 401" in out) == (1, True)
    outputs.append(out)
    code, out = await send_test(listener.url, "--no-sign")
    assert (code, "HTTP 401" in out) == (1, True)
    # The secret from the environment.
    code, out = await send_test(listener.url, env={**ENV, "RAAS_WEBHOOK_HMAC_SECRET": secret})
    assert code == 0, out
    returncode, events, err = await listener.finish()
    assert returncode == 0
    assert [e["eventType"] for e in events] == ["LowBalance", "AccountStatus", "LineItemDeliveryStatus"]
    assert events[0]["eventData"]["balanceThreshold"] == 10
    assert "events: 3, duplicates: 0, rejected: 2" in err
    for text in [*outputs, err]:
        assert secret not in text


async def test_x509_listen_and_test_with_key_files(tmp_path: Path) -> None:
    keys = KeyPair.generate()
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(keys.private_pem)
    cert_file = tmp_path / "certificate.b64"
    cert_file.write_text(keys.certificate_b64)
    other_cert = tmp_path / "other.b64"
    other_cert.write_text(KeyPair.generate().certificate_b64)
    listener = await Listener.start("--private-key", str(key_file), "--count", "1")
    code, out = await send_test(listener.url, "--certificate", str(other_cert))
    assert code == 1, out  # signed for another key
    code, out = await send_test(listener.url, "--certificate", str(cert_file), "--event-type", "RewardStatus")
    assert code == 0, out
    returncode, events, err = await listener.finish()
    assert returncode == 0
    assert [e["eventType"] for e in events] == ["RewardStatus"]
    assert "rejected: 1" in err


async def test_listen_against_the_emulator() -> None:
    secret = new_hmac_secret()
    listener = await Listener.start("--hmac-secret", secret, "--count", "2")
    async with Emulator() as emu, management(emu) as api:
        sub = await api.subscribe(listener.url, categories=["ACCOUNT"], hmacSharedSecretKey=secret)
        status, _ = await api.call("POST", f"/webhooks/{sub['webhookId']}/tests/LowBalance")
        assert status == 200
        emu.webhooks.publish("AccountStatus", {"accountIdentifier": "acme-hr-q1", "status": "FROZEN"})
        returncode, events, _ = await listener.finish()
    assert returncode == 0
    assert sorted(e["revision"] for e in events) == [1, 2]  # type: ignore[type-var]
    assert {e["eventType"] for e in events} == {"LowBalance", "AccountStatus"}


async def test_bad_options_exit_2() -> None:
    code, out = await send_test(
        "http://127.0.0.1:9/", env={k: v for k, v in ENV.items() if "WEBHOOK" not in k}
    )
    assert code == 2
    assert "--hmac-secret" in out
    code, out = await send_test("ftp://127.0.0.1:9/", "--no-sign")
    assert code == 2
    code, out = await send_test("http://127.0.0.1:9/", "--hmac-secret", "not base64!")
    assert code == 2
    assert "base64" in out


async def test_emulator_command_injects_webhook_faults() -> None:
    process = await asyncio.create_subprocess_exec(
        *COMMAND,
        "emulator",
        "--port",
        "0",
        "--webhook-faults",
        "duplicate=1,max_delay=0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=ENV,
    )
    recorder = Recorder()
    try:
        assert process.stdout is not None
        first = (await asyncio.wait_for(process.stdout.readline(), 20)).decode()
        url = first.rsplit(" ", 1)[1].strip()
        async with serve(recorder) as hook_url, aiohttp.ClientSession() as session:
            auth = {"Authorization": aiohttp.encode_basic_auth("aioraas-emulator", "emulator-key")}
            body = {"url": hook_url, "categories": ["ACCOUNT"]}
            async with session.post(f"{url}/raas/v2/webhooks", json=body, headers=auth) as response:
                webhook_id = (await response.json())["webhookId"]
            async with session.post(
                f"{url}/raas/v2/webhooks/{webhook_id}/tests/AccountStatus", headers=auth
            ) as response:
                assert response.status == 200
            for _ in range(500):
                if len(recorder.deliveries) == 2:
                    break
                await asyncio.sleep(0.01)
    finally:
        process.terminate()
        await asyncio.wait_for(process.communicate(), 20)
    first_copy, second_copy = recorder.deliveries
    assert first_copy == second_copy  # the same event, signed the same, twice

    bad = await asyncio.create_subprocess_exec(
        *COMMAND, "emulator", "--webhook-faults", "twice=1", stderr=asyncio.subprocess.PIPE, env=ENV
    )
    _, err = await asyncio.wait_for(bad.communicate(), 20)
    assert bad.returncode == 2
    assert "duplicate=P" in err.decode()
