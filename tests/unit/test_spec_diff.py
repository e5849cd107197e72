"""``python -m codegen diff``: spec/ against an OpenAPI document, with an allow-list.

The fixtures in tests/fixtures/upstream/ are written for these tests: a small spec/ (schemas and
``paths``), an upstream document with known differences, and an allow-list for some of them.
"""

from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import diff
from tests.helpers.spec import ROOT, SPEC

FIXTURES = ROOT / "tests" / "fixtures" / "upstream"
UPSTREAM = FIXTURES / "upstream.json"
SMALL_SPEC = FIXTURES / "spec"
ALLOW = FIXTURES / "allow.json"

# Every difference the fixture upstream has with the fixture spec/: (kind, schema, field, detail).
KNOWN = {
    ("operation-missing-ours", "", "DELETE /things/{thingId}", ""),
    ("operation-missing-upstream", "", "GET /things/{id}/history", ""),
    ("field-missing-upstream", "Thing", "legacy", ""),
    ("required", "Thing", "name", "ours"),
    ("type", "Thing", "id", ""),
    ("field-renamed", "ThingCreate", "note", "Note"),
    ("field-missing-ours", "ThingCreate", "colour", ""),
    ("required", "ThingCreate", "amount", "upstream"),
    ("stricter", "ThingCreate", "amount", "maximum"),
    ("stricter", "ThingCreate", "amount", "multipleOf"),
    ("enum", "ThingCreate", "kind", ""),
    ("stricter", "ThingCreate", "name", "maxLength"),
    ("stricter", "ThingCreate", "name", "pattern"),
    ("stricter", "ThingCreate", "tags[]", "maxLength"),
}


def _differences(mapping: dict[str, str] | None = None) -> set[tuple[str, str, str, str]]:
    upstream = json.loads(UPSTREAM.read_text())
    ours = diff.load_ours(SMALL_SPEC / "v2")
    found, _ = diff.compare(
        ours, upstream, mapping or {"ThingCreate": "CreateThingCriteria", "Thing": "ThingView"}
    )
    return {(d.kind, d.schema, d.field, d.detail) for d in found}


def test_every_known_difference_is_found_and_nothing_else() -> None:
    assert _differences() == KNOWN


def test_equivalent_spellings_are_not_differences() -> None:
    found = _differences()
    # ^[uU][0-9]+$ here and Java's ^[uU][\d]+$ upstream; a decimal number here and a number upstream;
    # minimum 0 on both sides; a missing "name" pattern upstream is looser, not a difference the other way.
    assert not {f for f in found if f[2] in ("code", "amount") and f[3] in ("pattern", "minimum", "")}


def test_a_mapped_schema_missing_upstream_is_reported() -> None:
    assert ("schema-missing-upstream", "Thing", "", "NoSuchView") in _differences({"Thing": "NoSuchView"})


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "diff", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_cli_reports_unexpected_allowed_and_stale_entries_and_exits_1() -> None:
    done = _run(str(UPSTREAM), "--spec", str(SMALL_SPEC), "--allow", str(ALLOW))
    assert done.returncode == 1, done.stderr
    out = done.stdout
    assert "12 difference(s) not in the allow-list:" in out
    assert "stricter                    ThingCreate name: maxLength 10 here, upstream 20" in out
    assert "field-renamed               ThingCreate note: upstream spells it 'Note'" in out
    assert "2 allowed difference(s):" in out
    assert "allowed: the test allows this one" in out
    assert "1 allow-list entry matched nothing:\n  enum Nothing x" in out
    assert out.rstrip().endswith("differences found: 12 unexpected, 2 allowed")


def test_cli_exits_0_when_the_allow_list_covers_every_difference(tmp_path: Path) -> None:
    everything: dict[str, Any] = {
        "schemas": {"ThingCreate": "CreateThingCriteria", "Thing": "ThingView"},
        "allow": [
            {
                "kind": kind,
                "schema": schema or "*",
                "field": field,
                "detail": detail or "*",
                "reason": "known",
            }
            for kind, schema, field, detail in sorted(KNOWN)
        ],
    }
    allow = tmp_path / "allow.json"
    allow.write_text(json.dumps(everything))
    done = _run(str(UPSTREAM), "--spec", str(SMALL_SPEC), "--allow", str(allow))
    assert done.returncode == 0, done.stdout
    assert "no differences beyond the allow-list: 0 unexpected, 14 allowed" in done.stdout


@pytest.mark.parametrize(
    ("allow", "upstream", "message"),
    [
        ({"allow": [{"kind": "stricter", "schema": "X"}]}, None, "needs a 'reason'"),
        ({"allow": [{"kind": "nonsense", "reason": "r"}]}, None, "'kind' must be one of"),
        ({"schemas": {"X": 1}}, None, "'schemas' must map"),
        ({}, {"swagger": "2.0"}, "not an OpenAPI 3 document"),
    ],
)
def test_cli_exits_2_on_unreadable_input(
    tmp_path: Path, allow: dict[str, Any], upstream: dict[str, Any] | None, message: str
) -> None:
    allow_path, upstream_path = tmp_path / "allow.json", tmp_path / "upstream.json"
    allow_path.write_text(json.dumps(allow))
    upstream_path.write_text(json.dumps(upstream) if upstream else UPSTREAM.read_text())
    done = _run(str(upstream_path), "--spec", str(SMALL_SPEC), "--allow", str(allow_path))
    assert done.returncode == 2
    assert message in done.stderr


def test_spec_without_paths_skips_operations_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "things.json").write_text((SMALL_SPEC / "v2" / "things.json").read_text())
    ours = diff.load_ours(tmp_path / "v2")
    found, notes = diff.compare(ours, json.loads(UPSTREAM.read_text()), {})
    assert found == []
    assert notes == [
        "spec/ has no 'paths' for this version: operations were not compared",
        "compared with no upstream schema (not mapped, no operation pairs them): Thing, ThingCreate",
    ]


def test_the_projects_allow_list_is_well_formed() -> None:
    mapping, allowed = diff.load_allow_list(SPEC / "upstream-allow.json")
    ours = diff.load_ours(SPEC / "v2")
    assert set(mapping) <= set(ours.schemas), "the mapping names schemas spec/v2 does not define"
    # Every request schema of spec/v2 is mapped, so its constraints are checked against upstream.
    requests = {name for name, s in ours.schemas.items() if s.get("x-aioraas-role") == "request"}
    assert requests <= set(mapping)
    assert all(a.reason.strip() for a in allowed)
    # Every entry's schema (a name, or a pattern such as Account*) names at least one schema of ours,
    # or for a parameter or an answer, at least one operation ("GET /orders").
    operations = sorted(diff._operations(ours.paths).values())
    for entry in allowed:
        names = (
            operations
            if entry.kind.startswith("parameter-") or entry.kind == "answer"
            else list(ours.schemas)
        )
        assert fnmatch.filter(names, entry.schema), entry.schema


def test_make_spec_diff_needs_upstream_and_runs_the_tool() -> None:
    make = ["make", "-s", "--no-print-directory", "spec-diff"]
    usage = subprocess.run(make, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2
    assert "usage: make spec-diff UPSTREAM=" in usage.stderr
    # The project's spec/ against the small fixture document: its schemas are not there, so the
    # mapped ones are reported missing upstream, and the run fails.
    done = subprocess.run(
        [*make, f"UPSTREAM={UPSTREAM}"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "schema-missing-upstream     OrderCreate: no upstream schema 'CreateOrderCriteria'" in done.stdout


# -- schemas paired by operations, in an upstream written as OpenAPI 3.0 writes it ------------------

INFERRED = FIXTURES / "inferred"


def _inferred(mapping: dict[str, str]) -> tuple[set[tuple[str, str, str, str]], list[str]]:
    ours = diff.load_ours(INFERRED / "spec" / "v2")
    found, notes = diff.compare(ours, json.loads((INFERRED / "upstream.json").read_text()), mapping)
    return {(d.kind, d.schema, d.field, d.detail) for d in found}, notes


def test_operations_pair_schemas_without_a_mapping() -> None:
    # Request body with request body, first 2xx answer with first 2xx answer, then nested $refs
    # (Gadget.part -> PartView), array items and oneOf alternatives (a page, not the bare array).
    # allOf parts are merged (label and size both required upstream), nullable spellings
    # (nullable: true, type [.., "null"], anyOf/oneOf with a null) are no type difference, and
    # /gadgets/{gadgetKey}/ is the same operation as /gadgets/{id}. An object written in place
    # (Gadget.history's items) is compared with the schema upstream names there.
    found, notes = _inferred({})
    assert found == {
        # DELETE answers 200 with a body here, 204 without one upstream
        ("answer", "DELETE /gadgets/{id}", "", "status"),
        ("answer", "DELETE /gadgets/{id}", "", "content"),
        # the query parameters of GET /gadgets (the header parameter is not compared)
        ("parameter-missing-ours", "GET /gadgets", "cursor", ""),
        ("parameter-missing-upstream", "GET /gadgets", "mine", ""),
        ("enum", "GET /gadgets", "kind", ""),
        ("required", "GET /gadgets", "q", "ours"),
        ("field-missing-ours", "Gadget.history[]", "by", ""),
        ("stricter", "GadgetCreate", "label", "maxLength"),
        ("enum", "Gadget", "colour", ""),
        ("type", "Part", "weight", ""),
        ("field-missing-upstream", "GadgetPage", "total", ""),
    }
    assert notes == ["compared with no upstream schema (not mapped, no operation pairs them): Orphan"]


def test_infer_pairs_names_where_each_pair_comes_from() -> None:
    ours = diff.load_ours(INFERRED / "spec" / "v2")
    upstream = json.loads((INFERRED / "upstream.json").read_text())
    components = upstream["components"]["schemas"]
    pairs = diff.infer_pairs(
        ours.paths, upstream["paths"], diff._Resolver(ours.schemas), diff._Resolver(components)
    )
    assert [(mine, theirs) for mine, theirs, _ in pairs] == [
        ("GadgetPage", "PaginatedGadgets"),
        ("Gadget", "GadgetView"),
        ("Colour", "Colour"),
        ("Part", "PartView"),
        ("GadgetCreate", "CreateGadgetCriteria"),
    ]
    assert ("Part", "PartView", "GET /gadgets GadgetPage.items Gadget.part") in pairs


def test_the_mapping_wins_over_the_operations_and_the_other_pairing_is_noted() -> None:
    found, notes = _inferred({"Gadget": "PartView"})
    assert ("field-missing-upstream", "Gadget", "colour", "") in found  # compared with PartView
    assert "Gadget was compared with PartView; operations also pair it with GadgetView" in notes


@pytest.mark.parametrize(
    ("template", "normal"),
    [("/orders/{referenceOrderID}", "/orders/{}"), ("/orders/{id}/", "/orders/{}"), ("/", "/")],
)
def test_path_templates_compare_without_parameter_names_or_trailing_slashes(
    template: str, normal: str
) -> None:
    assert diff._normal_path(template) == normal
