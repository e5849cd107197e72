"""Auth, headers and content negotiation, common to every endpoint of the emulator."""

from __future__ import annotations

import base64

import pytest

from tests.integration.emulator_support import ACCOUNT, CUSTOMER, assert_error_info, running


async def test_missing_credentials_v1_is_401_with_realm() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v1.1/rewards", auth=False)
    assert reply.status == 401
    assert reply.headers["WWW-Authenticate"].startswith('Basic realm="')
    assert reply.body["success"] is False
    assert reply.body["error_message"]
    assert reply.request_id


async def test_missing_credentials_v2_is_401_error_info_with_realm() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v2/catalogs", auth=False)
    assert_error_info(reply, 401, "401.001")
    assert reply.headers["WWW-Authenticate"].startswith("Basic realm=")


async def test_wrong_credentials_v1_is_403_authentication_failed() -> None:
    async with running() as (_, api):
        bad = "Basic " + base64.b64encode(b"aioraas-emulator:wrong").decode()
        reply = await api.get("/raas/v1/rewards", auth=False, headers={"Authorization": bad})
    assert reply.status == 403
    assert reply.headers["X-Status-Reason"] == "Authentication failed"
    assert reply.body["success"] is False


async def test_wrong_credentials_v2_is_401_error_info() -> None:
    async with running(platform_name="acme", platform_key="s3cret") as (_, api):
        bad = "Basic " + base64.b64encode(b"acme:nope").decode()
        reply = await api.get("/raas/v2/catalogs", auth=False, headers={"Authorization": bad})
        not_basic = await api.get("/raas/v2/catalogs", auth=False, headers={"Authorization": "Digest abc"})
        # A bearer token the emulator never issued (see test_emulator_oauth for issued ones).
        bearer = await api.get("/raas/v2/catalogs", auth=False, headers={"Authorization": "Bearer abc"})
        good = await api.get("/raas/v2/catalogs")
    assert_error_info(reply, 401, "401.002")
    assert "WWW-Authenticate" not in reply.headers
    assert_error_info(not_basic, 401, "401.002")
    assert_error_info(bearer, 401, "401.502")
    assert good.status == 200


async def test_basic_scheme_is_case_insensitive() -> None:
    async with running() as (emu, api):
        token = base64.b64encode(f"{emu.platform_name}:{emu.platform_key}".encode()).decode()
        reply = await api.get(
            "/raas/v2/credentialtypes", auth=False, headers={"Authorization": f"basic {token}"}
        )
    assert reply.status == 200


async def test_every_response_has_a_fresh_request_id() -> None:
    async with running() as (_, api):
        replies = [
            await api.get("/raas/v2/catalogs"),
            await api.get("/raas/v2/catalogs", auth=False),
            await api.get("/raas/v2/no-such-thing"),
            await api.get("/raas/v1.1/no-such-thing"),
            await api.post("/raas/v2/orders", {"amount": 1}),
            await api.get("/elsewhere"),
        ]
    ids = [r.request_id for r in replies]
    assert all(ids), ids
    assert len(set(ids)) == len(ids)


async def test_v1_and_v1_1_prefixes_share_handlers() -> None:
    async with running() as (_, api):
        v1 = await api.get("/raas/v1/rewards")
        v11 = await api.get("/raas/v1.1/rewards")
    assert v1.status == v11.status == 200
    assert v1.body == v11.body


async def test_unknown_routes_answer_in_each_api_shape() -> None:
    async with running() as (_, api):
        v2 = await api.get("/raas/v2/widgets")
        v1 = await api.get("/raas/v1.1/widgets")
    assert_error_info(v2, 404, "404.001")
    assert v1.status == 404
    assert v1.body["success"] is False
    assert v1.body["error_message"]


async def test_customers_cannot_be_deleted() -> None:
    async with running() as (emu, api):
        emu.create_customer(CUSTOMER)
        reply = await api.call("DELETE", f"/raas/v2/customers/{CUSTOMER}")
        still_there = await api.get(f"/raas/v2/customers/{CUSTOMER}")
    assert reply.status == 405
    assert reply.body["httpCode"] == 405
    assert "GET" in reply.headers["Allow"]
    assert still_there.status == 200


@pytest.mark.parametrize(
    "accept", ["application/json", "*/*", "application/json; charset=utf-8", "text/html, */*"]
)
async def test_json_compatible_accept_headers_are_fine(accept: str) -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v1.1/rewards", headers={"Accept": accept})
    assert reply.status == 200


async def test_non_json_accept_v1_lists_content_types() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v1.1/rewards", headers={"Accept": "text/html"})
    assert reply.status == 400
    assert reply.body["success"] is False
    assert reply.body["content_types"] == ["application/json"]


async def test_non_json_accept_v2_is_406() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v2/catalogs", headers={"Accept": "application/xml"})
    assert_error_info(reply, 406, "406.001")


async def test_non_json_body_v1_is_invalid_resource_entity() -> None:
    async with running() as (_, api):
        reply = await api.post(
            "/raas/v1.1/accounts",
            data="identifier=abcde",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert reply.status == 400
    assert reply.body["success"] is False
    assert "Invalid Resource Entity" in reply.body["error_message"]


async def test_non_json_body_v2_is_415() -> None:
    async with running() as (_, api):
        reply = await api.post("/raas/v2/customers", data="<x/>", headers={"Content-Type": "text/xml"})
    assert_error_info(reply, 415, "415.001")


async def test_malformed_json_is_400_in_both_apis() -> None:
    async with running() as (_, api):
        v2 = await api.post("/raas/v2/customers", data="{nope", headers={"Content-Type": "application/json"})
        v1 = await api.post("/raas/v1/accounts", data="[1, 2]", headers={"Content-Type": "application/json"})
    assert_error_info(v2, 400, "400.501")
    assert v1.status == 400
    assert "Invalid Resource Entity" in v1.body["error_message"]


async def test_requests_are_counted_by_route_template_and_status() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        await api.get(f"/raas/v2/accounts/{ACCOUNT}")
        await api.get("/raas/v2/accounts/missing-account")
        stats = emu.stats
    assert stats.requests[("GET /raas/v2/accounts/{accountIdentifier}", 200)] == 1
    assert stats.requests[("GET /raas/v2/accounts/{accountIdentifier}", 404)] == 1
    assert stats.count(status=404) == 1
    assert stats.total_requests == 2
    assert stats.in_flight == 0
    assert stats.max_in_flight == 1


async def test_reset_stats_zeroes_the_counters() -> None:
    async with running(faults="rate_limit_429=1@GET:/raas/v2/catalogs", tps=100) as (emu, api):
        await api.get("/raas/v2/catalogs")
        await api.get("/raas/v2/credentialtypes")
        before = emu.stats
        emu.reset_stats()
        after = emu.stats
    assert before.total_requests == 2
    assert before.faults["rate_limit_429"] == 1
    assert (after.total_requests, after.rate_limited, after.max_in_flight) == (0, 0, 0)
    assert dict(after.faults) == {}
