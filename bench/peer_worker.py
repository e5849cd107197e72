"""Orders through Tango's official sync SDK, ``raas`` 2.2.0, as its users write them: one after another.

Run by ``bench.peer`` with the peer venv's Python (``build/bench/peer``, where ``make bench``
installs ``raas==2.2.0``): ``python bench/peer_worker.py URL COUNT PREFIX``. It imports nothing of
aioraas or of the bench package. It points the SDK at ``URL`` + ``/raas/v2``, places ``COUNT``
orders (the same order as the bench's other measures, in the SDK's model classes, externalRefID
``PREFIX-n``), catches what the SDK raises for each (a caller without retries of its own, as the
SDK's own retry setting is off by default), and prints one JSON line: orders asked, orders the SDK
raised for, and the wall time. The SDK logs every call at INFO to stdout by default; that is
turned down to WARNING here so the peer is not timed printing logs.
"""

from __future__ import annotations

import json
import logging
import sys
import time


def main(argv: list[str]) -> int:
    url, count, prefix = argv[0].rstrip("/"), int(argv[1]), argv[2]
    from raas.configuration import Configuration
    from raas.models.create_order_request_model import CreateOrderRequestModel
    from raas.models.name_email_model import NameEmailModel
    from raas.raas_client import RaasClient

    logging.getLogger().setLevel(logging.WARNING)
    for name in list(logging.root.manager.loggerDict):
        logging.getLogger(name).setLevel(logging.WARNING)
    Configuration.environments[Configuration.Environment.SANDBOX][Configuration.Server.DEFAULT] = (
        f"{url}/raas/v2"
    )
    Configuration.environment = Configuration.Environment.SANDBOX
    client = RaasClient(platform_name="aioraas-emulator", platform_key="emulator-key")
    orders = client.orders
    errors: dict[str, int] = {}
    start = time.perf_counter()
    for index in range(count):
        body = CreateOrderRequestModel(
            account_identifier="bench-acct",
            amount=25.0,
            customer_identifier="bench-co",
            send_email=True,
            utid="U561593",
            external_ref_id=f"{prefix}-{index:06d}",
            recipient=NameEmailModel(email="ann@example.test", first_name="Ann"),
        )
        try:
            orders.create_order(body)
        except Exception as error:  # what a caller of the SDK sees: any exception is an order not confirmed
            kind = type(error).__name__
            errors[kind] = errors.get(kind, 0) + 1
    elapsed = time.perf_counter() - start
    print(json.dumps({"asked": count, "raised": sum(errors.values()), "errors": errors, "seconds": elapsed}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
