"""Subcommands of ``aioraas`` that talk to the API: ``send`` and ``fan-out``."""
