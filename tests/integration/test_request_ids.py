"""Every error's request_id is exactly the X-REQUEST-ID the emulator sent, over 1,000 errors."""

from __future__ import annotations

import types

import aiohttp

from aioraas import errors
from aioraas.emulator import Emulator
from tests.integration.client_support import client_for

ERRORS = 1_000


async def test_a_thousand_errors_carry_the_request_id_the_emulator_sent() -> None:
    sent: list[str] = []

    async def on_request_end(
        _session: aiohttp.ClientSession,
        _context: types.SimpleNamespace,
        params: aiohttp.TraceRequestEndParams,
    ) -> None:
        sent.append(params.response.headers["X-REQUEST-ID"])

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(on_request_end)
    caught: list[errors.ApiError] = []
    async with (
        Emulator() as emu,
        aiohttp.ClientSession(trace_configs=[trace]) as session,
        client_for(emu, session=session, max_retries=0) as raas,
    ):
        for number in range(ERRORS):
            try:
                if number % 2:
                    await raas.v2.customers.get(f"missing-{number}")
                else:
                    await raas.v2.orders.get(f"RA000000-{number:04d}-00")
            except errors.NotFound as exc:
                caught.append(exc)
    assert len(caught) == ERRORS
    assert len(sent) == ERRORS
    assert len(set(sent)) == ERRORS
    mismatched = [
        (exc.request_id, header) for exc, header in zip(caught, sent, strict=True) if exc.request_id != header
    ]
    assert mismatched == []
    assert all(f"(request_id={header})" in str(exc) for exc, header in zip(caught, sent, strict=True))
