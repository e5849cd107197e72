"""The generator: spec/ changes flow into models with no hand edits, deterministically."""

from __future__ import annotations

import importlib
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from codegen.annotate import check_expression
from codegen.bundle import SpecError, load_version
from tests.helpers.spec import ROOT, SPEC


def run_codegen(spec: Path, out: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "codegen", "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )


def import_file(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_new_optional_property_appears_after_regeneration(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    orders_path = spec / "v2" / "orders.json"
    orders = json.loads(orders_path.read_text())
    orders["$defs"]["Order"]["properties"]["loyaltyTier"] = {"type": "string", "description": "New."}
    orders["$defs"]["OrderCreate"]["properties"]["loyaltyTier"] = {"type": "string", "maxLength": 10}
    orders_path.write_text(json.dumps(orders))

    run_codegen(spec, tmp_path / "pkg" / "models")
    module = import_file(tmp_path / "pkg" / "models" / "v2.py", "regenerated_v2")

    from aioraas import _convert

    order = _convert.structure({"referenceOrderID": "RA1", "loyaltyTier": "gold"}, module.Order)
    assert order.loyalty_tier == "gold"
    assert order.extra_fields == {}
    base = {"customer_identifier": "acme-hr", "account_identifier": "acme-hr-q1", "utid": "U1", "amount": 1}
    request = module.OrderCreate(**base, loyalty_tier="gold")
    assert _convert.unstructure(request)["loyaltyTier"] == "gold"
    with pytest.raises(ValueError, match="loyalty_tier"):
        module.OrderCreate(**base, loyalty_tier="x" * 11)


def test_generation_is_deterministic_and_matches_the_committed_models(tmp_path: Path) -> None:
    for run in ("a", "b"):
        subprocess.run(
            [
                *(sys.executable, "-m", "codegen", "--spec", str(SPEC)),
                *(
                    "--out",
                    str(tmp_path / run / "models"),
                    "--resources-out",
                    str(tmp_path / run / "resources"),
                ),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=120,
        )
    package = ROOT / "src" / "aioraas"
    generated = [
        *(("models", name) for name in ("__init__.py", "v1.py", "v2.py", "_v1_codecs.py", "_v2_codecs.py")),
        *(("resources", name) for name in ("__init__.py", "v1.py", "v2.py")),
    ]
    for where, name in generated:
        first = (tmp_path / "a" / where / name).read_bytes()
        assert first == (tmp_path / "b" / where / name).read_bytes(), name
        committed = package / ("models" if where == "models" else "resources/_generated") / name
        assert first == committed.read_bytes(), f"{committed} is stale: run make codegen"
    committed = package / "models"
    assert (committed / "v2.py").read_text().startswith("# GENERATED from spec/v2/*.json by `make codegen`")


def _write_spec(tmp_path: Path, defs: dict[str, object]) -> Path:
    version = tmp_path / "v9"
    version.mkdir()
    (version / "a.json").write_text(json.dumps({"$defs": defs}))
    return version


def test_a_schema_without_a_role_is_refused(tmp_path: Path) -> None:
    version = _write_spec(tmp_path, {"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}})
    with pytest.raises(SpecError, match="x-aioraas-role"):
        load_version(version)


def test_requests_and_responses_do_not_share_objects(tmp_path: Path) -> None:
    version = _write_spec(
        tmp_path,
        {
            "View": {"type": "object", "x-aioraas-role": "response", "properties": {"a": {"type": "string"}}},
            "Create": {
                "type": "object",
                "x-aioraas-role": "request",
                "properties": {"v": {"$ref": "#/$defs/View"}},
            },
        },
    )
    with pytest.raises(SpecError, match="do not share object schemas"):
        load_version(version)


def test_an_unknown_ref_is_refused(tmp_path: Path) -> None:
    version = _write_spec(
        tmp_path,
        {
            "A": {
                "type": "object",
                "x-aioraas-role": "response",
                "properties": {"b": {"$ref": "#/$defs/Nope"}},
            }
        },
    )
    with pytest.raises(SpecError, match="unknown schema 'Nope'"):
        load_version(version)


def test_duplicate_names_across_files_are_refused(tmp_path: Path) -> None:
    version = _write_spec(tmp_path, {"A": {"type": "string", "enum": ["x"]}})
    (version / "b.json").write_text(json.dumps({"$defs": {"A": {"type": "string", "enum": ["y"]}}}))
    with pytest.raises(SpecError, match=r"also defined in a\.json"):
        load_version(version)


def test_check_expressions_carry_every_rule() -> None:
    defs = {"Kind": {"type": "string", "enum": ["A"]}}
    money = {"type": ["number", "string"], "format": "decimal", "minimum": 0, "multipleOf": 0.01}
    money_check = check_expression(money, defs, optional=False, where="x")
    assert money_check.startswith('check(Decimal, ge=Decimal("0"), multiple_of=Decimal("0.01"), accepts=')
    assert "v >= c.ge and is_multiple(v, c.multiple_of)" in money_check
    listed = {"type": ["array", "null"], "maxItems": 3, "items": {"$ref": "#/$defs/Kind"}}
    listed_check = check_expression(listed, defs, optional=True, where="x")
    assert listed_check.startswith(
        "check(list, nullable=True, optional=True, max_items=3, items=check(str, enum=Kind, accepts="
    )
    assert "(v is None or v is UNSET or (v.__class__ is list and len(v) <= 3 and all(" in listed_check
    secret = {"type": "string", "pattern": "^[0-9]+$", "x-aioraas-sensitive": True}
    assert check_expression(secret, defs, optional=False, where="x").startswith(
        "check(str, sensitive=True, pattern='^[0-9]+$', accepts=lambda c: lambda v: (isinstance(v, str) and "
    )
    categories = {"type": "string", "x-aioraas-unicode-categories": "LNPZ"}
    assert check_expression(categories, defs, optional=False, where="x") == "check(str, categories='LNPZ')"


def test_plain_floats_are_refused_in_requests() -> None:
    with pytest.raises(SpecError, match="format decimal"):
        check_expression({"type": "number"}, {}, optional=False, where="X.amount")


def _generate_package(spec: Path, package: Path) -> None:
    """What `make codegen` runs, into a package of its own (models and resources)."""
    subprocess.run(
        [
            *(sys.executable, "-m", "codegen", "--spec", str(spec)),
            *("--out", str(package / "models"), "--resources-out", str(package / "resources")),
            *("--models-package", f"{package.name}.models"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (package / "__init__.py").write_text("")


async def test_a_new_operation_becomes_a_typed_client_method(tmp_path: Path) -> None:
    """A new path with a GET returning a new schema, then `make codegen`: a client method, no hand edit."""
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    (spec / "v2" / "status.json").write_text(
        json.dumps(
            {
                "$defs": {
                    "Pulse": {
                        "x-aioraas-role": "response",
                        "description": "GET /pulse.",
                        "type": "object",
                        "properties": {
                            "status": {"type": "string"},
                            "checkedAt": {"type": "string", "format": "date-time"},
                        },
                    }
                }
            }
        )
    )
    openapi_path = spec / "v2" / "openapi.json"
    openapi = json.loads(openapi_path.read_text())
    openapi["paths"]["/pulse"] = {
        "get": {
            "operationId": "getPulse",
            "tags": ["Status"],
            "summary": "Whether the API is up.",
            "parameters": [
                {"name": "deepCheck", "in": "query", "schema": {"type": "boolean"}, "description": "Deeper."}
            ],
            "responses": {
                "200": {
                    "description": "up",
                    "content": {"application/json": {"schema": {"$ref": "status.json#/$defs/Pulse"}}},
                }
            },
            "x-aioraas-resource": "status",
            "x-aioraas-method": "pulse",
            "x-aioraas-retry": "safe",
        }
    }
    openapi_path.write_text(json.dumps(openapi))

    package = tmp_path / "pkg" / "aioraas_probe"
    _generate_package(spec, package)
    sys.path.insert(0, str(package.parent))
    try:
        resources = importlib.import_module("aioraas_probe.resources.v2")
        source = (package / "resources" / "v2.py").read_text()
        assert "async def pulse(self, *, deep_check: bool | None = None" in source
        assert "-> v2.Pulse:" in source
        assert '"""Whether the API is up.' in source

        from aioresponses import aioresponses

        from aioraas import RaasClient

        async with RaasClient("acme", "secret", base_url="https://api.test") as raas:
            api = resources.V2(raas._transport)
            with aioresponses() as mock:
                mock.get(
                    "https://api.test/raas/v2/pulse?deepCheck=true",
                    payload={"status": "UP", "checkedAt": "2026-01-01T00:00:00Z", "region": "us"},
                )
                pulse = await api.status.pulse(deep_check=True)
        assert type(pulse).__name__ == "Pulse"
        assert pulse.status == "UP"
        assert pulse.checked_at.year == 2026
        assert pulse.extra_fields == {"region": "us"}
    finally:
        sys.path.remove(str(package.parent))
        for name in [n for n in sys.modules if n.startswith("aioraas_probe")]:
            del sys.modules[name]
