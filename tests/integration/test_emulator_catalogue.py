"""Every v2 error the emulator sends uses a key of Tango's catalogue, with that key's meaning and text.

Tango's catalogue is tests/fixtures/tango/messages.properties (Tango's own file). Three checks:
- the emulator's table of texts is the catalogue's, word for word;
- every key written anywhere in the emulator's source is in the catalogue and in that table;
- a walk drives each situation the emulator can answer with an error through HTTP and checks the
  status, key, message and body shape; together the situations produce every key of the table.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aioraas.emulator import Emulator
from aioraas.emulator.messages import MESSAGES, message
from tests.helpers.catalogue import KEY, catalogue, matcher, parse
from tests.integration.emulator_support import ACCOUNT, CUSTOMER, Api, Reply, running, v2_order

EMULATOR_SOURCE = Path(__file__).resolve().parents[2] / "src" / "aioraas" / "emulator"
_KEY_LITERAL = re.compile(r"""["']([0-9]{3}\.[0-9]{3})["']""")

ORDERS = "/raas/v2/orders"
CARDS = "/raas/v2/creditCards"
DEPOSITS = "/raas/v2/creditCardDeposits"


def test_the_catalogue_fixture_parses() -> None:
    entries = catalogue()
    assert len(entries) > 500
    assert entries["404.003"] == "The account does not exist for this platform."
    # A continued value is joined, as Java's Properties does.
    assert entries["422.024"].endswith("You can confirm valid Items with the Get Catalog call.")
    assert parse("a.b = one \\\n    two\n# note\nc = x\\\\y\n") == {"a.b": "one two", "c": "x\\y"}


def test_the_emulators_texts_are_the_catalogues() -> None:
    known = catalogue()
    assert {key: text for key, text in MESSAGES.items() if known.get(key) != text} == {}


def test_every_key_in_the_emulators_source_is_in_the_catalogue() -> None:
    found: dict[str, set[str]] = {}
    for path in sorted(EMULATOR_SOURCE.rglob("*.py")):
        for key in _KEY_LITERAL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, set()).add(path.name)
    assert len(found) > 40  # the scan does see the emulator's keys
    assert {key: files for key, files in found.items() if key not in catalogue()} == {}
    assert {key: files for key, files in found.items() if key not in MESSAGES} == {}
    assert set(MESSAGES) <= set(found)  # no text is kept for a key nothing sends


def test_message_fills_tokens_as_message_format_does() -> None:
    assert message("409.010", "acme") == "A customer with identifier acme already exists"
    assert message("405.002", "DELETE") == "Request method 'DELETE' not supported"
    assert message("422.121") == 'must match "\\d{4}-\\d{2}"'  # a place without a token stays


# -- the walk -------------------------------------------------------------------------------------

Step = Callable[[Emulator, Api], Any]


def _card(number: str = "4111111111111111", **card: str) -> dict[str, Any]:
    return {
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "ipAddress": "203.0.113.7",
        "label": "Main card",
        "creditCard": {"number": number, "expiration": "2031-08", "verificationNumber": "123", **card},
        "billingAddress": {
            "firstName": "Ann",
            "lastName": "Lee",
            "addressLine1": "1 Main St",
            "city": "Seattle",
            "state": "WA",
            "postalCode": "98101",
            "country": "US",
            "emailAddress": "ann@acme.test",
        },
    }


async def _token(api: Api, number: str = "4111111111111111") -> str:
    reply = await api.post(CARDS, _card(number))
    assert reply.status == 201, reply.raw
    token: str = reply.body["token"]
    return token


def _deposit(token: str, amount: Any = 20, **extra: Any) -> dict[str, Any]:
    return {
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "creditCardToken": token,
        "amount": amount,
        **extra,
    }


async def _oversized(api: Api) -> Reply:
    # Over aiohttp's 1 MiB request limit, sent as a stream (raw bytes this big would warn).
    body = io.BytesIO(b'{"notes":"' + b"n" * 1_100_000 + b'"}')
    headers = {"Authorization": api.auth, "Content-Type": "application/json"}
    async with api.session.post(ORDERS, data=body, headers=headers) as response:
        raw = await response.read()
        return Reply(response.status, response.headers, json.loads(raw), raw)


async def _eleventh_card(emu: Emulator, api: Api) -> Reply:
    for _ in range(10):
        await _token(api)
    return await api.post(CARDS, _card())


async def _resent_twice(emu: Emulator, api: Api) -> Reply:
    order = (await api.post(ORDERS, v2_order())).body["referenceOrderID"]
    first = await api.post(f"{ORDERS}/{order}/resends")
    assert first.status == 201, first.raw
    return await api.post(f"{ORDERS}/{order}/resends")


async def _not_resendable(emu: Emulator, api: Api) -> Reply:
    order = (await api.post(ORDERS, v2_order(deliveryMethod="NONE"))).body["referenceOrderID"]
    return await api.post(f"{ORDERS}/{order}/resends")


async def _deposit_with(api: Api, number: str, **body: Any) -> Reply:
    return await api.post(DEPOSITS, _deposit(await _token(api, number), **body))


async def _duplicate_deposit(emu: Emulator, api: Api) -> Reply:
    token = await _token(api)
    assert (await api.post(DEPOSITS, _deposit(token, externalRefID="dep-1"))).status == 200
    return await api.post(DEPOSITS, _deposit(token, externalRefID="dep-1"))


async def _fault(emu: Emulator, api: Api, faults: str, method: str, path: str, body: Any = None) -> Reply:
    emu.set_faults(faults)
    try:
        return await api.call(method, path, body)
    finally:
        emu.set_faults(None)


#: (situation, step, expected status, expected top-level key). Each step runs on a fresh emulator
#: whose account ACCOUNT (customer CUSTOMER) holds $500.
LINE_ITEMS = "/raas/v2/lineItems"
TEMPLATES = "/raas/v2/digitalTemplates"


async def _line_item(api: Api) -> str:
    reply = await api.post(ORDERS, v2_order())
    assert reply.status == 201, reply.raw
    return str(reply.body["referenceLineItemID"])


async def _act(api: Api, line_item: str, action: str, code: str = "FRAUD") -> Reply:
    return await api.post(f"{LINE_ITEMS}/{line_item}/{action}", {"reasonCode": code})


async def _then(api: Api, actions: list[str], last: str, code: str = "FRAUD") -> Reply:
    line_item = await _line_item(api)
    for action in actions:
        done = await _act(api, line_item, action, code)
        assert done.status == 202, done.raw
    return await _act(api, line_item, last, code)


async def _reissued_six_times(emu: Emulator, api: Api) -> Reply:
    line_item = await _line_item(api)
    for _ in range(5):
        reply = await api.post(f"{LINE_ITEMS}/{line_item}/reissue", {"reasonCode": "RECIPIENT"})
        assert reply.status == 201, reply.raw
        line_item = reply.body["referenceLineItemID"]
    return await api.post(f"{LINE_ITEMS}/{line_item}/reissue", {"reasonCode": "RECIPIENT"})


async def _line_item_resent_twice(emu: Emulator, api: Api) -> Reply:
    line_item = await _line_item(api)
    first = await api.post(f"{LINE_ITEMS}/{line_item}/resends", {"reasonCode": "NOT_RECEIVED"})
    assert first.status == 201, first.raw
    return await api.post(f"{LINE_ITEMS}/{line_item}/resends", {"reasonCode": "NOT_RECEIVED"})


async def _template_twice(emu: Emulator, api: Api) -> Reply:
    first = await api.post(TEMPLATES, {"name": "Thanks"})
    assert first.status == 201, first.raw
    return await api.post(TEMPLATES, {"name": "Thanks"})


WALK: list[tuple[str, Step, int, str]] = [
    ("no credentials", lambda e, a: a.get("/raas/v2/catalogs", auth=False), 401, "401.001"),
    (
        "wrong credentials",
        lambda e, a: a.get("/raas/v2/catalogs", headers={"Authorization": "Basic bm86cGU="}, auth=False),
        401,
        "401.002",
    ),
    (
        "unknown or expired bearer token",
        lambda e, a: a.get("/raas/v2/catalogs", headers={"Authorization": "Bearer not-issued"}, auth=False),
        401,
        "401.502",
    ),
    ("unknown path", lambda e, a: a.get("/raas/v2/nothing-here"), 404, "404.001"),
    ("method not allowed", lambda e, a: a.call("DELETE", ORDERS), 405, "405.002"),
    (
        "Accept without JSON",
        lambda e, a: a.get("/raas/v2/catalogs", headers={"Accept": "text/html"}),
        406,
        "406.001",
    ),
    (
        "body not JSON",
        lambda e, a: a.call("POST", ORDERS, data="x=1", headers={"Content-Type": "text/plain"}),
        415,
        "415.001",
    ),
    (
        "unreadable JSON",
        lambda e, a: a.call("POST", ORDERS, data="{", headers={"Content-Type": "application/json"}),
        400,
        "400.501",
    ),
    (
        "body over the size limit",
        lambda e, a: _oversized(a),
        413,
        "400.001",
    ),
    ("wrong JSON type", lambda e, a: a.post(ORDERS, v2_order(amount="25")), 400, "400.009"),
    ("missing field", lambda e, a: a.post(ORDERS, v2_order(utid=None)), 400, "422.128"),
    ("identifier length", lambda e, a: a.post(ORDERS, v2_order(customerIdentifier="abc")), 400, "422.126"),
    (
        "identifier characters",
        lambda e, a: a.post(ORDERS, v2_order(accountIdentifier="has space")),
        400,
        "422.102",
    ),
    (
        "customer identifier characters",
        lambda e, a: a.post(
            "/raas/v2/customers", {"customerIdentifier": "has space", "displayName": "ACME HR"}
        ),
        400,
        "422.010",
    ),
    ("utid shape", lambda e, a: a.post(ORDERS, v2_order(utid="bogus")), 400, "422.125"),
    ("etid shape", lambda e, a: a.post(ORDERS, v2_order(etid="E1")), 400, "422.124"),
    ("externalRefID length", lambda e, a: a.post(ORDERS, v2_order(externalRefID="x" * 101)), 400, "422.110"),
    ("negative amount", lambda e, a: a.post(ORDERS, v2_order(amount=-1)), 400, "422.141"),
    ("amount digits", lambda e, a: a.post(ORDERS, v2_order(amount=25.001)), 400, "422.140"),
    ("unknown utid", lambda e, a: a.post(ORDERS, v2_order(utid="U000001")), 400, "422.024"),
    ("amount out of range", lambda e, a: a.post(ORDERS, v2_order(amount=1000.01)), 422, "422.025"),
    ("whole values only", lambda e, a: a.post(ORDERS, v2_order(utid="U430912", amount=10.5)), 422, "422.026"),
    ("fixed value", lambda e, a: a.post(ORDERS, v2_order(utid="U666426", amount=20)), 422, "422.027"),
    ("recipient incomplete", lambda e, a: a.post(ORDERS, v2_order(deliveryMethod="PHONE")), 422, "422.028"),
    ("recipient email missing", lambda e, a: a.post(ORDERS, v2_order(recipient=None)), 422, "422.029"),
    ("item inactive", lambda e, a: a.post(ORDERS, v2_order(utid="U666428", amount=100)), 422, "422.030"),
    ("insufficient funds", lambda e, a: a.post(ORDERS, v2_order(amount=999)), 402, "402.001"),
    (
        "account not under customer",
        lambda e, a: a.post(ORDERS, v2_order(accountIdentifier="nobody-xyz")),
        404,
        "404.096",
    ),
    ("unknown order", lambda e, a: a.get(f"{ORDERS}/RA000000-00000-00"), 404, "404.017"),
    ("resend too soon", _resent_twice, 403, "403.004"),
    ("resend of an undelivered order", _not_resendable, 403, "403.003"),
    ("page too large", lambda e, a: a.get(ORDERS, params={"elementsPerBlock": "101"}), 422, "422.042"),
    ("page size zero", lambda e, a: a.get(ORDERS, params={"elementsPerBlock": "0"}), 400, "422.142"),
    (
        "date range too long",
        lambda e, a: a.get(
            ORDERS, params={"startDate": "2026-01-01T00:00:00Z", "endDate": "2026-06-01T00:00:00Z"}
        ),
        422,
        "422.043",
    ),
    ("not a date", lambda e, a: a.get(ORDERS, params={"startDate": "yesterday"}), 400, "422.044"),
    ("unknown customer", lambda e, a: a.get("/raas/v2/customers/nobody-here"), 404, "404.002"),
    ("unknown account", lambda e, a: a.get("/raas/v2/accounts/nobody-here"), 404, "404.003"),
    (
        "duplicate customer",
        lambda e, a: a.post("/raas/v2/customers", {"customerIdentifier": CUSTOMER, "displayName": "Again!"}),
        409,
        "409.010",
    ),
    (
        "duplicate account",
        lambda e, a: a.post(
            f"/raas/v2/customers/{CUSTOMER}/accounts",
            {"accountIdentifier": ACCOUNT, "displayName": "Again", "contactEmail": "ops@acme.test"},
        ),
        409,
        "409.018",
    ),
    ("card expiration shape", lambda e, a: a.post(CARDS, _card(expiration="2031-8")), 400, "422.121"),
    (
        "card security code length",
        lambda e, a: a.post(CARDS, _card(verificationNumber="12345")),
        400,
        "422.118",
    ),
    (
        "empty billing field",
        lambda e, a: a.post(
            CARDS, {**_card(), "billingAddress": {**_card()["billingAddress"], "firstName": ""}}
        ),
        400,
        "422.135",
    ),
    ("card this environment declines", lambda e, a: a.post(CARDS, _card("4242424242424242")), 402, "402.051"),
    ("eleventh card", _eleventh_card, 422, "422.050"),
    ("unknown card", lambda e, a: a.get(f"{CARDS}/no-such-token"), 404, "404.022"),
    (
        "deposit with an unknown card",
        lambda e, a: a.post(DEPOSITS, _deposit("no-such-token")),
        422,
        "422.036",
    ),
    (
        "deposit outside the range",
        lambda e, a: _deposit_with(a, "4111111111111111", amount=0.5),
        422,
        "422.052",
    ),
    ("declined deposit", lambda e, a: _deposit_with(a, "4000000000000002"), 402, "402.051"),
    ("duplicate deposit", _duplicate_deposit, 409, "409.001"),
    ("unknown deposit", lambda e, a: a.get(f"{DEPOSITS}/RAD-000000-0000"), 404, "404.011"),
    (
        "bad list parameter",
        lambda e, a: a.get("/raas/v2/accounts", params={"minBalance": "lots"}),
        400,
        "422.102",
    ),
    (
        "injected 500 on orders",
        lambda e, a: _fault(e, a, f"error_500=1@POST:{ORDERS}", "POST", ORDERS, v2_order()),
        500,
        "500.005",
    ),
    (
        "injected 500 elsewhere",
        lambda e, a: _fault(e, a, "error_500=1@GET:/raas/v2/catalogs", "GET", "/raas/v2/catalogs"),
        500,
        "500.001",
    ),
    (
        "injected 503",
        lambda e, a: _fault(e, a, "error_503=1@GET:/raas/v2/catalogs", "GET", "/raas/v2/catalogs"),
        503,
        "503.502",
    ),
    (
        "injected 429",
        lambda e, a: _fault(e, a, "rate_limit_429=1@GET:/raas/v2/catalogs", "GET", "/raas/v2/catalogs"),
        429,
        "429.001",
    ),
    ("cancel of a cancelled line item", lambda e, a: _then(a, ["cancel"], "cancel"), 403, "403.010"),
    ("freeze of a frozen line item", lambda e, a: _then(a, ["freeze"], "freeze"), 422, "422.149"),
    ("freeze of a cancelled line item", lambda e, a: _then(a, ["cancel"], "freeze"), 422, "422.152"),
    ("sixth reissue", _reissued_six_times, 403, "403.022"),
    ("line item resent too soon", _line_item_resent_twice, 403, "403.023"),
    ("unknown line item", lambda e, a: a.get(f"{LINE_ITEMS}/RA000000-00000-00-01"), 404, "404.042"),
    ("unknown digital template", lambda e, a: a.get(f"{TEMPLATES}/E999999"), 404, "404.053"),
    ("template name taken", _template_twice, 409, "409.005"),
    ("template without a name", lambda e, a: a.post(TEMPLATES, {"subject": "Hi"}), 422, "422.023"),
    ("unknown etid", lambda e, a: a.post(ORDERS, v2_order(etid="E999999")), 422, "422.031"),
]


async def _walk_one(step: Step) -> Reply:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("500"))
        reply: Reply = await step(emu, api)
        return reply


async def _busy_order() -> Reply:
    async with running(processing_delay=1.0) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1000"))
        first, second = await asyncio.gather(
            api.post(ORDERS, v2_order(externalRefID="busy-1")),
            _after(0.2, api.post(ORDERS, v2_order(externalRefID="busy-1"))),
        )
        assert first.status == 201, first.raw
        return second


async def _after(delay: float, call: Any) -> Any:
    await asyncio.sleep(delay)
    return await call


async def _card_not_active() -> Reply:
    async with running(card_activation_seconds=300) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        return await api.post(DEPOSITS, _deposit(await _token(api)))


async def _over_tps() -> Reply:
    async with running(tps=0.01) as (_, api):
        await api.get("/raas/v2/catalogs")
        return await api.get("/raas/v2/catalogs")


SEPARATE: list[tuple[str, Callable[[], Any], int, str]] = [
    ("repeat while the first is processing", _busy_order, 409, "409.002"),
    ("card registration not complete", _card_not_active, 429, "429.003"),
    ("platform over its TPS limit", _over_tps, 429, "429.008"),
]


def _check_body(reply: Reply, status: int, key: str) -> list[str]:
    """The keys in ``reply`` (top level and items), after checking each against the catalogue."""
    assert reply.status == status, reply.raw
    body = reply.body
    assert isinstance(body, dict), reply.raw
    assert body["i18nKey"] == key, body
    texts = catalogue()
    seen = [key]
    if "httpCode" in body:  # ErrorInfo
        assert body["httpCode"] == status
        assert body["requestId"] == reply.request_id
    else:  # ErrorDTO
        assert set(body) == {"message", "i18nKey", "i18nTokenReplacements"}, body
        assert body["message"] == message(key, *body["i18nTokenReplacements"])
    assert key in texts, f"{key} is not in Tango's catalogue"
    assert matcher(key).fullmatch(body["message"]), (key, body["message"], texts[key])
    for item in body.get("errors", []):
        item_key = item["i18nKey"]
        assert KEY.fullmatch(item_key), item
        assert item_key in texts, f"{item_key} is not in Tango's catalogue"
        assert item["message"] == message(item_key, *item.get("i18nTokenReplacements", ())), item
        assert matcher(item_key).fullmatch(item["message"]), item
        assert item["code"] == (400500 if status == 400 else int(item_key.replace(".", ""))), item
        seen.append(item_key)
    if status == 400 and body.get("errors"):
        assert body["message"] == body["errors"][0]["message"]
    return seen


@pytest.mark.parametrize(("situation", "step", "status", "key"), WALK, ids=[w[0] for w in WALK])
async def test_each_situation_answers_with_its_catalogue_key(
    situation: str, step: Step, status: int, key: str
) -> None:
    _check_body(await _walk_one(step), status, key)


@pytest.mark.parametrize(("situation", "scenario", "status", "key"), SEPARATE, ids=[s[0] for s in SEPARATE])
async def test_each_timed_situation_answers_with_its_catalogue_key(
    situation: str, scenario: Callable[[], Any], status: int, key: str
) -> None:
    _check_body(await scenario(), status, key)


def test_the_walk_covers_every_key_the_emulator_can_send() -> None:
    walked = {key for *_, key in WALK} | {key for *_, key in SEPARATE}
    assert set(MESSAGES) - walked == set()
    assert walked - set(MESSAGES) == set()


async def test_an_integer_query_parameter_beyond_32_bits_is_a_400_naming_it() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        reply = await api.get(ORDERS, params={"page": "99999999999999999999"})
    seen = _check_body(reply, 400, "422.102")
    assert seen == ["422.102", "422.102"]
    assert reply.body["errors"][0]["path"] == "page"
