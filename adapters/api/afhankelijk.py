"""The dependencies every route shares: the application layer, and who acts (from the token).

A request's acting user is the token's holder (:mod:`adapters.api.tokens`) with the purpose of
the ``X-Doel`` header and the person of ``X-Namens``; the routes hand it to the application
layer, which decides what it may do.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from adapters.api.fouten import MAX_BODY, ApiFoutError
from adapters.api.tokens import Toegangsconfig, Tokenhouder
from domain.bevoegdheden import Gebruiker
from domain.dienst import Dossierdienst

_bearer = HTTPBearer(auto_error=False, description="Bearer-token uit het tokenbestand")


def _dienst(request: Request) -> Dossierdienst:
    dienst: Dossierdienst = request.app.state.dienst
    return dienst


def _houder(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Tokenhouder:
    toegang: Toegangsconfig = request.app.state.toegang
    gevonden = toegang.houder(credentials.credentials) if credentials else None
    if gevonden is None:
        raise ApiFoutError(
            401,
            "geen of een onbekend token; stuur Authorization: Bearer <token>",
            toets="geldig_token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return gevonden


def _gebruiker(
    houder: Annotated[Tokenhouder, Depends(_houder)],
    x_doel: Annotated[
        str | None,
        Header(description="Waarvoor het dossier wordt ingezien (NEN 7513); verplicht bij lezen."),
    ] = None,
    x_namens: Annotated[
        str | None, Header(description="Namens wie een feit wordt vastgelegd.")
    ] = None,
) -> Gebruiker:
    return houder.gebruiker(
        doel=(x_doel or "").strip() or None, namens=(x_namens or "").strip() or None
    )


async def _body(request: Request) -> bytes:
    ruw = await request.body()
    if len(ruw) > MAX_BODY:
        raise ApiFoutError(413, f"de body is groter dan {MAX_BODY} bytes", toets="maximale_grootte")
    return ruw


Dienst = Annotated[Dossierdienst, Depends(_dienst)]
Wie = Annotated[Gebruiker, Depends(_gebruiker)]
Body = Annotated[bytes, Depends(_body)]
Peildatum = Annotated[
    date | None,
    Query(description="De dag waarop de termijnen worden bekeken (standaard: vandaag)."),
]

__all__ = ["Body", "Dienst", "Peildatum", "Wie"]
