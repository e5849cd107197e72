"""Tango's i18n catalogue (tests/fixtures/tango/messages.properties): keys, texts, and matching.

The file is a Java properties file: ``key = value`` lines, a trailing backslash continues a value on
the next line (whose leading blanks are dropped). Values are ``java.text.MessageFormat`` patterns:
``{0}`` is a token, ``''`` a literal quote.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[1] / "fixtures" / "tango" / "messages.properties"
KEY = re.compile(r"[0-9]{3}\.[0-9]{3}")
_TOKEN = re.compile(r"\{[0-9]+\}")


def parse(text: str) -> dict[str, str]:
    """``key -> value`` of a properties text (continuations joined, escapes resolved)."""
    entries: dict[str, str] = {}
    logical: list[str] = []
    for raw in text.splitlines():
        line = raw.lstrip() if logical else raw
        if line.endswith("\\") and not line.endswith("\\\\"):
            logical.append(line[:-1])
            continue
        logical.append(line)
        whole = "".join(logical)
        logical = []
        if not whole.strip() or whole.lstrip().startswith(("#", "!")):
            continue
        key, _, value = whole.partition("=")
        entries[key.strip()] = value.lstrip().replace("\\\\", "\\")
    return entries


@cache
def catalogue() -> dict[str, str]:
    return parse(CATALOGUE.read_text(encoding="utf-8"))


def matcher(key: str) -> re.Pattern[str]:
    """A regex that a message made from ``key``'s text, with any tokens filled in, matches."""
    text = catalogue()[key]
    parts = _TOKEN.split(text)
    return re.compile(".+?".join(re.escape(part.replace("''", "'")) for part in parts), re.DOTALL)
