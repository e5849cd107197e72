"""Argument parsing of ``aioraas emulator`` (the running server is tested in integration)."""

from __future__ import annotations

import argparse
from decimal import Decimal

import pytest

from aioraas.cli import build_parser
from aioraas.emulator.cli import Preload


def test_defaults() -> None:
    args = build_parser().parse_args(["emulator"])
    assert (args.host, args.port, args.platform_name, args.platform_key) == (
        "127.0.0.1",
        8080,
        "aioraas-emulator",
        "emulator-key",
    )
    assert args.tps is None
    assert args.faults == []
    assert args.card_activation_seconds == 0.0
    assert args.processing_delay == 0.0


def test_repeatable_options() -> None:
    args = build_parser().parse_args(
        [
            "emulator",
            "--faults",
            "error_503=0.1",
            "--faults",
            "latency=0.01",
            "--preload-account",
            "acme/acme-q1=100",
            "--preload-account",
            "acme/acme-uk=50.5:gbp",
            "--retry-after",
        ]
    )
    assert args.faults == ["error_503=0.1", "latency=0.01"]
    assert args.preload_account == [
        Preload("acme", "acme-q1", Decimal("100"), "USD"),
        Preload("acme", "acme-uk", Decimal("50.5"), "GBP"),
    ]
    assert args.retry_after is True


@pytest.mark.parametrize(
    "text", ["acme=1", "/acct=1", "acme/acct=", "acme/acct=-5", "acme/acct=abc", "acme/acct=1:JPY"]
)
def test_bad_preloads(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        Preload.parse(text)


def test_a_subcommand_is_required() -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([])
    assert exited.value.code == 2
