"""Parsing fault specs and drawing faults from them."""

from __future__ import annotations

import pytest

from aioraas.emulator.faults import FaultConfig, FaultInjector, FaultRule, FaultSpecError


def test_parse_items_with_and_without_scope() -> None:
    config = FaultConfig.parse(
        "drop_after_commit=0.05@POST:/raas/v2/orders, error_503=0.02,latency=0.005-0.02@/raas/v2/*"
    )
    assert config.rules == (
        FaultRule("drop_after_commit", rate=0.05, method="POST", path="/raas/v2/orders"),
        FaultRule("error_503", rate=0.02),
        FaultRule("latency", delay=(0.005, 0.02), path="/raas/v2/*"),
    )


def test_round_trips_through_str() -> None:
    spec = "truncated=0.1@GET:/raas/v2/catalogs,latency=0.01,html_502=0.5"
    assert FaultConfig.parse(str(FaultConfig.parse(spec))) == FaultConfig.parse(spec)
    assert str(FaultConfig.parse(spec)) == spec


def test_several_specs_join_and_empty_means_none() -> None:
    assert len(FaultConfig.parse(["error_500=0.1", "error_503=0.1"]).rules) == 2
    assert not FaultConfig.parse("")
    assert not FaultConfig.parse(" , ")


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("boom=0.1", "unknown fault kind 'boom'"),
        ("error_503", "expected KIND=VALUE"),
        ("error_503=", "expected KIND=VALUE"),
        ("error_503=1.5", "between 0 and 1"),
        ("error_503=often", "not a probability"),
        ("latency=0.2-0.1", "0 <= min <= max"),
        ("latency=-1", "not seconds"),
        ("error_503=0.1@orders", "bad scope 'orders'"),
        ("error_503=0.1@PO ST:/x", "bad scope"),
    ],
)
def test_bad_specs_name_the_item_and_the_problem(spec: str, fragment: str) -> None:
    with pytest.raises(FaultSpecError) as raised:
        FaultConfig.parse(spec)
    assert fragment in str(raised.value)
    assert spec.split("@")[0].split("=")[0] in str(raised.value)


def test_keyword_builder() -> None:
    config = FaultConfig.of("POST:/raas/v2/orders", error_503=0.5, latency=(0.1, 0.2))
    assert config.rules == (
        FaultRule("error_503", rate=0.5, method="POST", path="/raas/v2/orders"),
        FaultRule("latency", delay=(0.1, 0.2), method="POST", path="/raas/v2/orders"),
    )
    with pytest.raises(FaultSpecError):
        FaultConfig.of(error_503=(0.1, 0.2))


def test_rules_match_method_and_route_template() -> None:
    rule = FaultRule("error_500", method="get", path="/raas/v2/orders/*")
    assert rule.method == "GET"
    assert rule.matches("GET", "/raas/v2/orders/{referenceOrderID}")
    assert not rule.matches("POST", "/raas/v2/orders/{referenceOrderID}")
    assert not rule.matches("GET", "/raas/v2/orders")


def test_injector_draws_at_most_one_fault_with_the_configured_odds() -> None:
    injector = FaultInjector(FaultConfig.parse("error_503=0.25,error_500=0.25"), seed=1)
    kinds = [injector.plan("GET", "/raas/v2/catalogs").kind for _ in range(4000)]
    assert 800 < kinds.count("error_503") < 1200
    assert 800 < kinds.count("error_500") < 1200
    assert 1800 < kinds.count(None) < 2200


def test_same_seed_same_sequence_and_scope_respected() -> None:
    spec = FaultConfig.parse("error_503=0.5@POST:/raas/v2/orders,latency=0.01-0.02@POST:/raas/v2/orders")
    first = FaultInjector(spec, seed=9)
    second = FaultInjector(spec, seed=9)
    plans = [first.plan("POST", "/raas/v2/orders") for _ in range(50)]
    assert plans == [second.plan("POST", "/raas/v2/orders") for _ in range(50)]
    assert all(0.01 <= p.delay <= 0.02 for p in plans)
    assert first.plan("GET", "/raas/v2/orders").kind is None
    assert first.plan("GET", "/raas/v2/orders").delay == 0


def test_reconfigure_replaces_rules() -> None:
    injector = FaultInjector(FaultConfig.parse("error_500=1"), seed=0)
    assert injector.plan("GET", "/x").kind == "error_500"
    injector.configure(FaultConfig())
    assert not injector.active
    assert injector.plan("GET", "/x").kind is None
