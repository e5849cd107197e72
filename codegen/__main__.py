"""``python -m codegen``: regenerate src/aioraas/models/ from spec/ (this is what ``make codegen`` runs).

``python -m codegen diff UPSTREAM.json`` compares spec/ with an OpenAPI document instead (codegen/diff.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.bundle import SpecError
from codegen.generate import generate


def main(argv: list[str] | None = None) -> int:
    args_given = sys.argv[1:] if argv is None else argv
    if args_given[:1] == ["diff"]:
        from codegen import diff

        return diff.main(args_given[1:])
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", type=Path, default=Path("spec"), help="the spec/ directory (default: spec)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("src/aioraas/models"),
        help="the models package directory to write (default: src/aioraas/models)",
    )
    parser.add_argument(
        "--resources-out",
        type=Path,
        default=None,
        help="also write the resource classes there (make codegen: src/aioraas/resources/_generated)",
    )
    parser.add_argument(
        "--models-package",
        default="aioraas.models",
        help="the package the generated resources import the models from (default: aioraas.models)",
    )
    args = parser.parse_args(args_given)
    try:
        written = generate(args.spec, args.out, args.resources_out, models_package=args.models_package)
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
