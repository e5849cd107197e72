"""Request ids reach users exactly as the API sent them: they are what Tango Card support asks for."""

from __future__ import annotations

import random
import uuid

import orjson
import pytest

from aioraas import _errormap, errors


def _uuids(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]


# A uuid4 whose middle groups are all digits: the one that used to come out as "7ed49765-[redacted]-...".
KNOWN_BAD = "7ed49765-6307-4952-8580-16408735fce5"


def test_a_uuid_with_digit_groups_is_kept_in_the_header_body_and_text() -> None:
    body = orjson.dumps(
        {"requestId": KNOWN_BAD, "message": f"request {KNOWN_BAD} failed", "i18nKey": "404.001"}
    )
    error = _errormap.api_error("v2", status=404, headers={"X-REQUEST-ID": KNOWN_BAD}, body=body)
    assert error.request_id == KNOWN_BAD
    assert error.message == f"request {KNOWN_BAD} failed"
    assert f"request_id={KNOWN_BAD}" in str(error)
    assert "[redacted]" not in str(error)


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_ten_thousand_random_uuid4_request_ids_are_never_changed(api: _errormap.Api) -> None:
    ids = _uuids(10_000, seed=10)
    assert KNOWN_BAD not in ids
    for request_id in [*ids, KNOWN_BAD]:
        from_header = _errormap.api_error(
            api, status=400, headers={"X-REQUEST-ID": request_id}, body=b'{"message": "no"}'
        )
        assert from_header.request_id == request_id
        assert str(from_header).endswith(f"(request_id={request_id})")
        plain = _errormap.api_error(
            api, status=502, headers={"X-REQUEST-ID": request_id}, body=b"Bad Gateway"
        )
        assert plain.request_id == request_id
        assert f"(request_id={request_id})" in str(plain)
    for request_id in ids:
        body = orjson.dumps({"requestId": request_id, "message": f"id {request_id}", "i18nKey": "400.001"})
        from_body = _errormap.api_error("v2", status=400, headers={}, body=body)
        assert from_body.request_id == request_id
        assert from_body.message == f"id {request_id}"


@pytest.mark.parametrize(
    "text",
    [
        "card 4111111111111111 is not valid",
        "card 4111-1111-1111-1111 is not valid",
        "card: 4111 1111 1111 1111.",
        "number=5555555555554444&x",
    ],
)
def test_card_numbers_next_to_uuids_are_still_scrubbed(text: str) -> None:
    message = f"{text} (request {KNOWN_BAD})"
    body = orjson.dumps({"message": message})
    error = _errormap.api_error("v2", status=400, headers={}, body=body)
    assert "1111" not in error.message
    assert "4444" not in error.message
    assert KNOWN_BAD in error.message
    assert isinstance(error, errors.BadRequest)
