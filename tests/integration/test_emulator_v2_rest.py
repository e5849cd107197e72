"""The rest of v2 in the emulator: status, low-balance alerts, line items, digital templates, choice
products, countries and the prepaid card service, driven over HTTP with a raw client."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import pytest

from tests.integration.emulator_support import ACCOUNT, CUSTOMER, Api, running, v2_order
from tests.integration.webhook_support import Recorder, management, serve

V2 = "/raas/v2"
ORDERS = f"{V2}/orders"
LINE_ITEMS = f"{V2}/lineItems"
TEMPLATES = f"{V2}/digitalTemplates"
ALERTS = f"{V2}/customers/{CUSTOMER}/accounts/{ACCOUNT}/lowbalance"


async def _order(api: Api, **overrides: Any) -> dict[str, Any]:
    reply = await api.post(ORDERS, v2_order(**overrides))
    assert reply.status == 201, reply.raw
    body: dict[str, Any] = reply.body
    return body


# -- GET /pulse ------------------------------------------------------------------------------------


async def test_pulse_answers_up_without_credentials_as_tangos_sdk_calls_it() -> None:
    # Tango's raas 2.2.0 SDK (raas/controllers/status_controller.py, get_system_status) sends
    # GET <base>/raas/v2/pulse with only "accept: application/json" and never applies BasicAuth;
    # its SystemStatusResponseModel reads "status". This is that request.
    async with running() as (_, api):
        reply = await api.get(f"{V2}/pulse", auth=False, headers={"accept": "application/json"})
        assert (reply.status, reply.body) == (200, {"status": "UP"})
        with_credentials = await api.get(f"{V2}/pulse")
        assert (with_credentials.status, with_credentials.body) == (200, {"status": "UP"})
        # Only the status is open: everything else still needs credentials.
        assert (await api.get(f"{V2}/lineItems", auth=False)).status == 401
        assert (await api.post(f"{V2}/pulse", {}, auth=False)).status == 401


# -- low-balance alerts ----------------------------------------------------------------------------


async def test_an_alert_is_marked_when_the_balance_falls_below_its_threshold() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        created = await api.post(
            ALERTS,
            {
                "balanceAlertDisplayName": "Top up soon",
                "balanceAlertThreshold": 50,
                "balanceAlertNotification": ["ops@acme.test"],
            },
        )
        assert created.status == 200, created.raw
        alert_id = created.body["balanceAlertID"]
        assert created.body["balanceAlertThreshold"] == Decimal("50.00")
        await _order(api, amount=25)  # 75.00 left: still above
        (alert,) = emu.state.alerts(ACCOUNT)
        assert (alert.alert_id, alert.triggered_count) == (alert_id, 0)
        await _order(api, amount=30)  # 45.00 left: below
        (alert,) = emu.state.alerts(ACCOUNT)
        assert alert.triggered_count == 1
        assert alert.last_triggered_at is not None
        assert emu.state.events()["LowBalance"] == 1
        await _order(api, amount=5)  # still below: not marked again until it is back above
        assert emu.state.alerts(ACCOUNT)[0].triggered_count == 1

        got = await api.get(f"{ALERTS}/{alert_id}")
        assert got.body["balanceAlertDisplayName"] == "Top up soon"
        updated = await api.patch(f"{ALERTS}/{alert_id}", {"balanceAlertThreshold": 20})
        assert updated.body["balanceAlertThreshold"] == Decimal("20.00")
        listed = await api.get(ALERTS, params={"balanceAlertNotification": "ops@acme.test"})
        assert [a["balanceAlertID"] for a in listed.body["lowBalanceAlerts"]] == [alert_id]
        assert listed.body["page"] == {"size": 10, "totalElements": 1, "totalPages": 1, "number": 0}
        deleted = await api.call("DELETE", f"{ALERTS}/{alert_id}")
        assert deleted.body == {"balanceAlertID": alert_id, "status": "DELETED"}
        assert (await api.get(f"{ALERTS}/{alert_id}")).status == 404
        assert (await api.get(ALERTS)).body["lowBalanceAlerts"] == []


async def test_an_alert_needs_a_threshold() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        reply = await api.post(ALERTS, {"balanceAlertDisplayName": "no threshold"})
        assert reply.status == 400
        assert reply.body["errors"][0]["path"] == "balanceAlertThreshold"


# -- line items ------------------------------------------------------------------------------------


async def test_freeze_refuses_resends_and_cancel_refunds_to_the_cent() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        order = await _order(api, amount=12.34, utid="U903781")  # 2.5 % fee
        line_item = order["referenceLineItemID"]
        charged = Decimal("100.00") - emu.state.balance(ACCOUNT)
        assert charged > Decimal("12.34")

        listed = await api.get(LINE_ITEMS, params={"referenceOrderID": order["referenceOrderID"]})
        assert [li["referenceLineItemID"] for li in listed.body["lineItems"]] == [line_item]
        codes = (await api.get(f"{LINE_ITEMS}/reasonCodes")).body
        assert set(codes) == {"FREEZE", "UNFREEZE", "CANCEL", "CANCEL_AND_REISSUE"}

        missing = await api.post(f"{LINE_ITEMS}/{line_item}/freeze", {})
        assert missing.status == 400
        assert missing.body["errors"][0]["path"] == "reasonCode"
        frozen = await api.post(f"{LINE_ITEMS}/{line_item}/freeze", {"reasonCode": "VERIFY_ORDER"})
        assert (frozen.status, frozen.body) == (202, "Accepted")
        assert (await api.get(f"{LINE_ITEMS}/{line_item}")).body["status"] == "FROZEN"

        resent = await api.post(f"{LINE_ITEMS}/{line_item}/resends", {"reasonCode": "NOT_RECEIVED"})
        assert (resent.status, resent.body["i18nKey"]) == (422, "422.152")
        assert resent.body["message"] == "Invalid order status. Expected: COMPLETE Actual: FROZEN"
        order_resend = await api.post(f"{ORDERS}/{order['referenceOrderID']}/resends")
        assert (order_resend.status, order_resend.body["i18nKey"]) == (422, "422.152")
        assert (await api.get(f"{LINE_ITEMS}/{line_item}/embeddedUrl")).status == 422

        unfrozen = await api.post(f"{LINE_ITEMS}/{line_item}/unfreeze", {"reasonCode": "VERIFY_ORDER"})
        assert unfrozen.status == 202
        again = await api.post(f"{LINE_ITEMS}/{line_item}/unfreeze", {"reasonCode": "VERIFY_ORDER"})
        assert (again.status, again.body["i18nKey"]) == (422, "422.149")

        cancelled = await api.post(f"{LINE_ITEMS}/{line_item}/cancel", {"reasonCode": "DUPLICATE"})
        assert cancelled.status == 202
        assert emu.state.balance(ACCOUNT) == Decimal("100.00")
        view = (await api.get(f"{LINE_ITEMS}/{line_item}")).body
        assert (view["status"], view["canCancel"], view["reward"]) == ("CANCELLED", False, None)
        assert [a["action"] for a in view["lineItemActionHistory"]] == ["FREEZE", "UNFREEZE", "CANCEL"]
        twice = await api.post(f"{LINE_ITEMS}/{line_item}/cancel", {"reasonCode": "DUPLICATE"})
        assert (twice.status, twice.body["i18nKey"]) == (403, "403.010")
        assert emu.state.balance(ACCOUNT) == Decimal("100.00")  # refunded once
        assert emu.state.events()["RewardStatus"] == 3


async def test_other_reason_is_required_with_other() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        line_item = (await _order(api))["referenceLineItemID"]
        reply = await api.post(f"{LINE_ITEMS}/{line_item}/freeze", {"reasonCode": "OTHER"})
        assert (reply.status, reply.body["errors"][0]["path"]) == (400, "otherReason")
        unknown = await api.post(f"{LINE_ITEMS}/{line_item}/cancel", {"reasonCode": "VERIFY_ORDER"})
        assert unknown.status == 400  # a freeze code, not a cancel code


async def test_reissue_cancels_the_old_line_item_and_issues_a_new_one() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        order = await _order(api, amount=25)
        old = order["referenceLineItemID"]
        reply = await api.post(f"{LINE_ITEMS}/{old}/reissue", {"reasonCode": "REWARD_AMOUNT", "amount": 20})
        assert reply.status == 201, reply.raw
        new = reply.body["referenceLineItemID"]
        assert new != old
        assert reply.body["referenceOrderID"] == order["referenceOrderID"]
        assert emu.state.balance(ACCOUNT) == Decimal("80.00")
        old_view = (await api.get(f"{LINE_ITEMS}/{old}")).body
        new_view = (await api.get(f"{LINE_ITEMS}/{new}")).body
        assert (old_view["status"], old_view["reissuedToReferenceLineItemId"]) == ("CANCELLED", new)
        assert (new_view["status"], new_view["reissuedFromReferenceLineItemId"]) == ("COMPLETE", old)
        assert new_view["amountIssued"]["value"] == Decimal("20.00")
        assert [i.status for i in emu.state.line_items(order["referenceOrderID"])] == [
            "CANCELLED",
            "COMPLETE",
        ]


async def test_patch_and_embedded_url() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        line_item = (await _order(api))["referenceLineItemID"]
        patched = await api.patch(f"{LINE_ITEMS}/{line_item}", {"campaign": "spring", "orderNotes": "n"})
        assert (patched.status, patched.body) == (202, "Accepted")
        view = (await api.get(f"{LINE_ITEMS}/{line_item}")).body
        assert (view["campaign"], view["orderNotes"]) == ("spring", "n")
        url = await api.get(f"{LINE_ITEMS}/{line_item}/embeddedUrl")
        assert url.status == 200
        assert url.body["url"].endswith(line_item)


async def test_line_items_page_by_keyset_both_ways() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1000.00"))
        made = [(await _order(api, amount=5 + n))["referenceLineItemID"] for n in range(5)]
        newest_first = list(reversed(made))
        seen: list[str] = []
        params: list[tuple[str, str]] = [("elementsPerBlock", "2")]
        pages = []
        for _ in range(5):
            reply = await api.get(LINE_ITEMS, params=params)
            assert reply.status == 200, reply.raw
            page = reply.body["keysetPage"]
            assert page["totalCount"] == 5
            pages.append(page)
            seen += [li["referenceLineItemID"] for li in reply.body["lineItems"]]
            if not page["nextPageKeys"]:
                break
            params = [("elementsPerBlock", "2"), ("pageKeys", page["nextPageKeys"][0])]
        assert seen == newest_first
        assert [p["resultCount"] for p in pages] == [2, 2, 1]
        back = await api.get(
            LINE_ITEMS,
            params=[
                ("elementsPerBlock", "2"),
                ("pagePrevious", "true"),
                ("pageKeys", pages[2]["previousPageKeys"][0]),
            ],
        )
        assert [li["referenceLineItemID"] for li in back.body["lineItems"]] == newest_first[2:4]
        ascending = await api.get(LINE_ITEMS, params={"columnSortAscending": "true", "elementsPerBlock": "3"})
        assert [li["referenceLineItemID"] for li in ascending.body["lineItems"]] == made[:3]
        bogus = base64.b64encode(b"nonsense").decode()
        assert (await api.get(LINE_ITEMS, params={"pageKeys": bogus})).status == 400


# -- digital templates -----------------------------------------------------------------------------


async def test_a_deleted_template_can_no_longer_be_used_in_an_order() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        created = await api.post(
            TEMPLATES,
            {"name": "Q1 thanks", "subject": "Thank you", "accessControl": [{"type": "PLATFORM"}]},
        )
        assert created.status == 201, created.raw
        etid = created.body["etid"]
        assert created.body["subject"] == "Thank you"
        assert created.body["accessControls"] == [{"type": "PLATFORM", "identifier": None}]
        assert (await _order(api, etid=etid))["etid"] == etid
        listed = await api.get(TEMPLATES)
        assert [t["etid"] for t in listed.body["emailTemplates"]] == [etid]
        assert listed.body["page"]["totalCount"] == 1
        renamed = await api.patch(f"{TEMPLATES}/{etid}", {"name": "Q1 thank-you"})
        assert renamed.body["name"] == "Q1 thank-you"
        deleted = await api.call("DELETE", f"{TEMPLATES}/{etid}")
        assert deleted.status == 204
        refused = await api.post(ORDERS, v2_order(etid=etid))
        assert (refused.status, refused.body["i18nKey"]) == (422, "422.031")
        assert refused.body["errors"][0]["path"] == "etid"
        assert (await api.get(f"{TEMPLATES}/{etid}")).status == 404
        assert emu.state.balance(ACCOUNT) == Decimal("75.00")  # only the first order was charged


# -- choice products, countries --------------------------------------------------------------------


async def test_choice_products_and_their_catalog() -> None:
    async with running() as (_, api):
        products = (await api.get(f"{V2}/choiceProducts")).body["choiceProducts"]
        assert products
        utid = products[0]["utid"]
        assert (await api.get(f"{V2}/choiceProducts/{utid}")).body["utid"] == utid
        catalog = (await api.get(f"{V2}/choiceProducts/{utid}/catalog")).body
        assert catalog["brands"]
        assert all(i["rewardType"] == "gift card" for b in catalog["brands"] for i in b["items"])
        none = await api.get(f"{V2}/choiceProducts", params={"currencyCode": "JPY"})
        assert none.body["choiceProducts"] == []
        assert (await api.get(f"{V2}/choiceProducts/U157189")).status == 422  # a gift card, not a choice


async def test_reward_countries_page_by_cursor_and_filter() -> None:
    async with running() as (_, api):
        first = (await api.get(f"{V2}/rewardCountries", params={"maxResults": "4"})).body
        assert (first["numberOfElements"], first["nextPageAvailable"]) == (4, True)
        rest = (await api.get(f"{V2}/rewardCountries", params={"nextCursor": first["nextCursor"]})).body
        codes = [c["twoLetterCode"] for c in first["items"] + rest["items"]]
        assert len(codes) == len(set(codes)) >= 10
        euro = (await api.get(f"{V2}/rewardCountries", params={"preferredCurrencies": "EUR,GBP"})).body
        assert {c["preferredCurrency"] for c in euro["items"]} == {"EUR", "GBP"}
        only = (await api.get(f"{V2}/rewardCountries", params={"countries": "US,CA"})).body
        assert {c["twoLetterCode"] for c in only["items"]} == {"US", "CA"}
        mobile = (await api.get(f"{V2}/mobileCountries")).body
        assert {"isoCode", "countryName", "countryCode", "languageCode"} <= set(mobile[0])


# -- prepaid card service --------------------------------------------------------------------------


async def test_prepaid_card_service_serves_prepaid_line_items_only() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("200.00"))
        prepaid = (await _order(api, utid="U903781", amount=40))["referenceLineItemID"]
        gift = (await _order(api))["referenceLineItemID"]
        base = f"{V2}/prepaidCardService"
        info = await api.get(f"{base}/getCardInfo/{prepaid}")
        assert info.status == 200, info.raw
        assert info.body["balance"]["available"] == Decimal("40.00")
        journal = (await api.get(f"{base}/getCardTransactions/{prepaid}")).body
        assert journal["page"]["totalCount"] == 1
        comment = await api.post(
            f"{base}/addCommentEscalation/{prepaid}", {"commentText": "lost", "issueDescription": "card lost"}
        )
        assert comment.status == 200
        assert (await api.get(f"{base}/getCardInfo/{prepaid}")).body["comments"][0]["commentText"] == "lost"
        reasons = (await api.get(f"{base}/replacementReasons")).body["replacementReasons"]
        reason = next(iter(reasons))
        reissued = await api.post(f"{base}/reissueCard/{prepaid}", {"reason": reason, "updatedBy": "ops"})
        assert reissued.body == {"status": "ACCEPTED"}
        registration = {"firstName": "Ann", "lastName": "Lee"}
        updated = await api.post(f"{base}/updateAccount/{prepaid}", {"registration": registration})
        assert updated.body == {"status": "ACCEPTED"}
        assert (await api.get(f"{base}/getCardInfo/{prepaid}")).body["registration"] == registration
        refused = await api.get(f"{base}/getCardInfo/{gift}")
        assert (refused.status, refused.body["i18nKey"]) == (404, "404.042")
        too_long = await api.post(
            f"{base}/addCommentEscalation/{prepaid}", {"commentText": "x", "issueDescription": "x" * 256}
        )
        assert too_long.status == 400


# -- every route -----------------------------------------------------------------------------------

ROUTES = [
    ("GET", "/pulse"),
    ("GET", "/customers/{c}/accounts/{a}/lowbalance"),
    ("POST", "/customers/{c}/accounts/{a}/lowbalance"),
    ("GET", "/customers/{c}/accounts/{a}/lowbalance/{alert}"),
    ("PATCH", "/customers/{c}/accounts/{a}/lowbalance/{alert}"),
    ("DELETE", "/customers/{c}/accounts/{a}/lowbalance/{alert}"),
    ("GET", "/lineItems"),
    ("GET", "/lineItems/reasonCodes"),
    ("GET", "/lineItems/{li}"),
    ("PATCH", "/lineItems/{li}"),
    ("POST", "/lineItems/{li}/freeze"),
    ("POST", "/lineItems/{li}/unfreeze"),
    ("POST", "/lineItems/{li}/resends"),
    ("GET", "/lineItems/{li}/embeddedUrl"),
    ("POST", "/lineItems/{li}/reissue"),
    ("POST", "/lineItems/{li}/cancel"),
    ("POST", "/digitalTemplates"),
    ("GET", "/digitalTemplates"),
    ("GET", "/digitalTemplates/{etid}"),
    ("PATCH", "/digitalTemplates/{etid}"),
    ("DELETE", "/digitalTemplates/{etid}"),
    ("GET", "/choiceProducts"),
    ("GET", "/choiceProducts/U561593"),
    ("GET", "/choiceProducts/U561593/catalog"),
    ("GET", "/rewardCountries"),
    ("GET", "/mobileCountries"),
    ("POST", "/prepaidCardService/addCommentEscalation/{pli}"),
    ("GET", "/prepaidCardService/getCardInfo/{pli}"),
    ("GET", "/prepaidCardService/getCardTransactions/{pli}"),
    ("GET", "/prepaidCardService/replacementReasons"),
    ("POST", "/prepaidCardService/reissueCard/{pli}"),
    ("POST", "/prepaidCardService/updateAccount/{pli}"),
]


async def test_every_new_route_answers_with_its_handler() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("200.00"))
        li = (await _order(api))["referenceLineItemID"]
        pli = (await _order(api, utid="U903781", amount=40))["referenceLineItemID"]
        alert = (await api.post(ALERTS, {"balanceAlertThreshold": 1})).body["balanceAlertID"]
        etid = (await api.post(TEMPLATES, {"name": "Route check"})).body["etid"]
        names = {"c": CUSTOMER, "a": ACCOUNT, "li": li, "pli": pli, "alert": alert, "etid": etid}
        for method, template in ROUTES:
            reply = await api.call(method, V2 + template.format(**names), {} if method != "GET" else None)
            # A handler answered: no router 404 (404.001 "Not found") and no 405.
            assert reply.status != 405, (method, template, reply.raw)
            assert not (reply.status == 404 and reply.body.get("i18nKey") == "404.001"), (method, template)
        assert len(ROUTES) == 32


@pytest.mark.parametrize("path", ["/lineItems/nope", "/lineItems/nope/freeze"])
async def test_an_unknown_line_item_is_404_042(path: str) -> None:
    async with running() as (_, api):
        method = "GET" if path.endswith("nope") else "POST"
        reply = await api.call(method, V2 + path, {"reasonCode": "FRAUD"} if method == "POST" else None)
        assert (reply.status, reply.body["i18nKey"]) == (404, "404.042")


async def test_orders_filter_by_people_ptid_notes_and_line_item_status() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("500.00"))
        ann = await _order(
            api, notes="Batch Seven", ptid="P000123", sender={"firstName": "HR", "email": "hr@a.test"}
        )
        bob = await _order(
            api, recipient={"email": "bob@example.com", "firstName": "Bob", "lastName": "Ray"}, notes="other"
        )
        frozen = await api.post(f"{LINE_ITEMS}/{bob['referenceLineItemID']}/freeze", {"reasonCode": "FRAUD"})
        assert frozen.status == 202
        await api.patch(f"{LINE_ITEMS}/{bob['referenceLineItemID']}", {"orderNotes": "Checked by Ops"})

        async def ids(**params: str) -> list[str]:
            reply = await api.get(ORDERS, params=params)
            assert reply.status == 200, reply.raw
            return [o["referenceOrderID"] for o in reply.body["orders"]]

        assert await ids(ptid="p000123") == [ann["referenceOrderID"]]
        assert await ids(notes="seven") == [ann["referenceOrderID"]]
        assert await ids(senderFirstName="hr", senderEmail="HR@A.TEST") == [ann["referenceOrderID"]]
        assert await ids(recipientFirstName="bob", recipientLastName="ray") == [bob["referenceOrderID"]]
        assert await ids(lineItemStatus="FROZEN") == [bob["referenceOrderID"]]
        assert await ids(lineItemNotes="ops") == [bob["referenceOrderID"]]
        assert len(await ids()) == 2


async def test_low_balance_and_line_item_changes_are_delivered_as_webhook_events() -> None:
    recorder = Recorder()
    async with running() as (emu, api), serve(recorder) as url, management(emu) as hooks:
        await hooks.subscribe(url, categories=None, eventTypes=["LowBalance", "RewardStatus"])
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("30.00"))
        alert = (await api.post(ALERTS, {"balanceAlertThreshold": 10})).body["balanceAlertID"]
        line_item = (await _order(api, amount=25))["referenceLineItemID"]  # 5.00 left: below 10
        frozen = await api.post(f"{LINE_ITEMS}/{line_item}/freeze", {"reasonCode": "FRAUD"})
        assert frozen.status == 202
        await emu.webhooks.idle()
        events = [json.loads(body) for body, _ in recorder.deliveries]
        by_type = {event["eventType"]: event["eventData"] for event in events}
        assert set(by_type) == {"LowBalance", "RewardStatus"}
        assert by_type["LowBalance"]["balanceAlertIdentifier"] == alert
        assert Decimal(str(by_type["LowBalance"]["balance"])) == Decimal("5.00")
        assert (by_type["RewardStatus"]["referenceLineItemId"], by_type["RewardStatus"]["status"]) == (
            line_item,
            "FROZEN",
        )
