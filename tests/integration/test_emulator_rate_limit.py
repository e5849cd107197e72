"""The platform-wide TPS limit: 429.008 above it, nothing when pacing under it."""

from __future__ import annotations

import asyncio

from tests.integration.emulator_support import assert_error_info, running


async def test_burst_above_the_limit_gets_429_008() -> None:
    async with running(tps=1) as (emu, api):
        replies = [await api.get("/raas/v2/credentialtypes") for _ in range(5)]
        stats = emu.stats
    limited = [r for r in replies if r.status == 429]
    assert replies[0].status == 200  # the bucket starts full
    assert limited
    for reply in limited:
        assert_error_info(reply, 429, "429.008")
        assert "TPS threshold reached" in reply.body["message"]
        assert "Retry-After" not in reply.headers
    assert stats.rate_limited == len(limited)
    assert stats.responses_429 == len(limited)


async def test_retry_after_is_optional() -> None:
    async with running(tps=1, retry_after=True) as (_, api):
        await api.get("/raas/v2/credentialtypes")
        limited = await api.get("/raas/v2/credentialtypes")
    assert limited.status == 429
    assert int(limited.headers["Retry-After"]) >= 1


async def test_v1_gets_a_v1_shaped_429() -> None:
    async with running(tps=1) as (_, api):
        await api.get("/raas/v1.1/rewards")
        limited = await api.get("/raas/v1.1/rewards")
    assert limited.status == 429
    assert limited.body["success"] is False
    assert "TPS threshold" in limited.body["error_message"]
    assert limited.request_id


async def test_pacing_under_the_limit_never_sees_429() -> None:
    async with running(tps=20) as (emu, api):
        for _ in range(10):
            assert (await api.get("/raas/v2/credentialtypes")).status == 200
            await asyncio.sleep(0.1)  # 10 per second against a limit of 20
        stats = emu.stats
    assert stats.rate_limited == 0


async def test_limit_can_be_changed_and_removed() -> None:
    async with running(tps=1) as (emu, api):
        await api.get("/raas/v2/credentialtypes")
        assert (await api.get("/raas/v2/credentialtypes")).status == 429
        emu.set_tps(None)
        statuses = {(await api.get("/raas/v2/credentialtypes")).status for _ in range(5)}
    assert statuses == {200}


async def test_unauthenticated_requests_do_not_spend_the_budget() -> None:
    async with running(tps=1) as (_, api):
        anonymous = await api.get("/raas/v2/credentialtypes", auth=False)
        real = await api.get("/raas/v2/credentialtypes")
    assert anonymous.status == 401
    assert real.status == 200
