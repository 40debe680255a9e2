"""The OpenAPI request schemas of facts, generated from the same pydantic models that validate.

Each of the 31 types of contract section 3 becomes a schema under ``components/schemas`` with
its own required fields (``domain.invoer.INVOERMODELLEN``, strict, no unknown fields); the body
of ``POST /dossiers/{id}/feiten`` is one of them, told apart by ``type``.  The types that may
carry a medical part (:data:`domain.medisch.MEDISCHE_TYPES`) get an optional ``medisch`` object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic.json_schema import models_json_schema

from domain.invoer import INVOERMODELLEN
from domain.medisch import MEDISCHE_TYPES, MedischeGegevens

_REF = "#/components/schemas/{model}"


@cache
def feitschemas() -> dict[str, Any]:
    """Every schema the fact bodies refer to, by name (types, ``_Door``, ``MedischeGegevens``)."""
    modellen = [(model, "validation") for model in INVOERMODELLEN.values()]
    modellen.append((MedischeGegevens, "validation"))
    _, top = models_json_schema(modellen, ref_template=_REF)  # type: ignore[arg-type]
    schemas: dict[str, Any] = dict(top.get("$defs", {}))
    for naam in MEDISCHE_TYPES:
        eigenschappen = schemas[naam].setdefault("properties", {})
        eigenschappen["medisch"] = {
            "$ref": _REF.format(model="MedischeGegevens"),
            "description": (
                "Alleen de bedrijfsarts: het medische deel, apart bewaard en alleen leesbaar "
                "voor bedrijfsarts en werknemer."
            ),
        }
    return schemas


def feitbody(types: Iterable[str], beschrijving: str) -> dict[str, Any]:
    """``openapi_extra`` for a JSON body that is one fact of ``types``."""
    namen = sorted(types)
    schema: dict[str, Any]
    if len(namen) == 1:
        schema = {"$ref": _REF.format(model=namen[0])}
    else:
        schema = {
            "oneOf": [{"$ref": _REF.format(model=n)} for n in namen],
            "discriminator": {
                "propertyName": "type",
                "mapping": {n: _REF.format(model=n) for n in namen},
            },
        }
    return {
        "requestBody": {
            "required": True,
            "description": beschrijving,
            "content": {"application/json": {"schema": schema}},
        }
    }


def met_feitschemas(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """An ``app.openapi`` that adds :func:`feitschemas` to the generated document."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            componenten = document.setdefault("components", {}).setdefault("schemas", {})
            for naam, schema in feitschemas().items():
                componenten.setdefault(naam, schema)
            app.openapi_schema = document
        return app.openapi_schema

    return openapi


__all__ = ["feitbody", "feitschemas", "met_feitschemas"]
