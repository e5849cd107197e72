"""datamodel-code-generator custom formatter: turn the dataclass backend's module into an attrs one.

The dataclass backend always writes ``from dataclasses import dataclass[, field]``; left in place,
its ``field`` would shadow ``attrs.field``. The merged spec's root has no schema of its own, which
the generator writes as ``Model: TypeAlias = Any``; it is not part of the API, so it goes too.
"""

from __future__ import annotations

import re

from datamodel_code_generator.format import CustomCodeFormatter

_DATACLASSES_IMPORT = re.compile(r"^from dataclasses import [^\n]*\n", re.MULTILINE)
_ROOT_ALIAS = re.compile(r"^Model: TypeAlias = Any\n", re.MULTILINE)


class CodeFormatter(CustomCodeFormatter):
    def apply(self, code: str) -> str:
        return _ROOT_ALIAS.sub("", _DATACLASSES_IMPORT.sub("", code))
