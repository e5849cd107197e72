"""The ``aioraas`` command.

Each subcommand lives in its own module, which provides ``register(subparsers)``; registering it
sets a ``run(args) -> int`` default that :func:`main` calls. Modules import their heavy
dependencies inside ``run``, so ``aioraas --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence

__all__ = ["build_parser", "main"]

#: Modules that contribute a subcommand, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "aioraas.commands.send",
    "aioraas.commands.fan_out",
    "aioraas.commands.reconcile",
    "aioraas.emulator.cli",
    "aioraas.commands.webhooks",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="aioraas", description="Tools around the Tango Card RaaS API: a local emulator and more."
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aioraas`` command; returns the process exit code."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)
