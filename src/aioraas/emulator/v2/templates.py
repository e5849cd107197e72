"""v2 digital templates (formerly email templates): create, list, get, update, delete by ``etid``.

An order naming an unknown or deleted etid is refused (422.031, in :mod:`aioraas.emulator.v2.orders`).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from aioraas.emulator.context import context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.pagination import page_window
from aioraas.emulator.state import DigitalTemplate, Store
from aioraas.emulator.v2.validate import Checker

__all__ = ["create_template", "delete_template", "get_template", "list_templates", "update_template"]

#: Text fields a template keeps besides its name (OAS26 CreateEmailTemplateCriteria); others are ignored.
TEXT_FIELDS = (
    "fromName",
    "subject",
    "headerImage",
    "headerImageAltText",
    "accentColor",
    "messageBody",
    "smsMessageBody",
    "closing",
    "customerServiceMessage",
)
#: Lists of {type, identifier}: who may use the template, where it is the default.
ACCESS_FIELDS = {"accessControl": "accessControls", "defaults": "defaults"}
SCOPES = ("PLATFORM", "CUSTOMER", "ACCOUNT")


def template_view(template: DigitalTemplate) -> dict[str, Any]:
    """EmailTemplateViewVerbose (OAS26: no timestamps)."""
    return {
        "etid": template.etid,
        "name": template.name,
        "accessControls": [],
        "defaults": [],
        **template.fields,
    }


def _require(request: web.Request) -> DigitalTemplate:
    template = context(request).store.templates.get(request.match_info["etid"].upper())
    if template is None or template.deleted:
        raise V2Error(404, "404.053")
    return template


def _fields(check: Checker) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if (value := check.text(name, max_len=90 if name == "smsMessageBody" else None)) is not None:
            fields[name] = value
    for name, shown_as in ACCESS_FIELDS.items():
        entries = check.nested_list(name)
        if entries is not None:
            fields[shown_as] = [
                {"type": e.text("type", choices=SCOPES), "identifier": e.text("identifier")} for e in entries
            ]
    return fields


def _name_taken(store: Store, name: str, other_than: str | None = None) -> bool:
    return any(
        t.name.lower() == name.lower() and not t.deleted and t.etid != other_than
        for t in store.templates.values()
    )


async def create_template(request: web.Request) -> web.StreamResponse:
    """POST /digitalTemplates -> 201; the name is required (422.023) and unique (409.005)."""
    ctx = context(request)
    store = ctx.store
    check = Checker(await read_object(request))
    name = check.text("name")
    fields = _fields(check)
    check.raise_if_any()
    if not name:
        raise V2Error.single(422, "422.023", path="name")
    if _name_taken(store, name):
        raise V2Error(409, "409.005")
    template = store.add_template(name, fields)
    return json_response(template_view(template), 201)


async def list_templates(request: web.Request) -> web.StreamResponse:
    """GET /digitalTemplates: page-number paging."""
    page, size = page_window(request.query)
    live = [t for t in context(request).store.templates.values() if not t.deleted]
    chosen = live[page * size : (page + 1) * size]
    return json_response(
        {
            "page": {
                "number": page,
                "elementsPerBlock": size,
                "resultCount": len(chosen),
                "totalCount": len(live),
            },
            "emailTemplates": [template_view(t) for t in chosen],
        }
    )


async def get_template(request: web.Request) -> web.StreamResponse:
    """GET /digitalTemplates/{etid}."""
    return json_response(template_view(_require(request)))


async def update_template(request: web.Request) -> web.StreamResponse:
    """PATCH /digitalTemplates/{etid}: the fields given replace the template's."""
    ctx = context(request)
    template = _require(request)
    check = Checker(await read_object(request))
    name = check.text("name")
    fields = _fields(check)
    check.raise_if_any()
    if name is not None:
        if not name:
            raise V2Error.single(422, "422.023", path="name")
        if _name_taken(ctx.store, name, template.etid):
            raise V2Error(409, "409.005")
        template.name = name
    template.fields.update(fields)
    template.updated_at = ctx.clock.now()
    return json_response(template_view(template))


async def delete_template(request: web.Request) -> web.StreamResponse:
    """DELETE /digitalTemplates/{etid} -> 204; orders naming it are refused from then on."""
    template = _require(request)
    template.deleted = True
    return web.Response(status=204)
