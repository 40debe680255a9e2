"""The API's one error shape, and how the application layer's refusals become answers.

Every error is ``{"fout": {"veld", "toets", "reden", "melding"}}``: a refused fact is a 422
naming the field and the rule (an import adds ``regel``, the line of the file, and ``type``);
an unknown dossier, or one outside the token's scope, is a 404; a stale ``If-Match`` is a 409;
a missing or unknown token is a 401; what the role or scope does not allow is a 403 naming the
rule.  Query parameters FastAPI checks itself answer 422 in FastAPI's own ``detail`` shape.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from domain.fouten import (
    DossierNietGevondenError,
    GeweigerdError,
    NietBevoegdError,
    VersieConflictError,
)
from domain.toegangslog import ToegangZonderDoelError

MAX_BODY = 20 * 1024 * 1024

FOUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["fout"],
    "properties": {
        "fout": {
            "type": "object",
            "required": ["veld", "toets", "reden", "melding"],
            "properties": {
                "veld": {"type": ["string", "null"]},
                "toets": {"type": ["string", "null"]},
                "reden": {"type": "string"},
                "melding": {"type": "string"},
            },
        }
    },
}
_FOUT_REDENEN = {
    401: "Geen of een onbekend token.",
    403: "De rol of de reikwijdte van het token staat dit niet toe.",
    404: "Geen dossier met dit id dat het token mag zien.",
    409: "If-Match wijkt af van de versie van het dossier.",
    413: f"De body is groter dan {MAX_BODY} bytes.",
    415: "Het content-type wordt niet ondersteund.",
}


def gedocumenteerd(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The documented error answers of a route, in the API's one error shape."""
    return {
        code: {
            "description": _FOUT_REDENEN[code],
            "content": {"application/json": {"schema": FOUT_SCHEMA}},
        }
        for code in codes
    }


class ApiFoutError(Exception):
    """An error answer in the API's one shape, raised by the API itself (not a refusal)."""

    def __init__(
        self,
        status: int,
        reden: str,
        *,
        toets: str | None = None,
        veld: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(reden)
        self.status = status
        self.reden = reden
        self.toets = toets
        self.veld = veld
        self.headers = headers

    def antwoord(self) -> JSONResponse:
        """The JSON response for this error."""
        melding = self.reden if self.toets is None else f"{self.reden} [toets: {self.toets}]"
        return JSONResponse(
            status_code=self.status,
            content={
                "fout": {
                    "veld": self.veld,
                    "toets": self.toets,
                    "reden": self.reden,
                    "melding": melding,
                }
            },
            headers=self.headers,
        )


def _geweigerd(fout: GeweigerdError) -> JSONResponse:
    veld = "X-Doel" if isinstance(fout, ToegangZonderDoelError) else fout.veld
    return JSONResponse(
        status_code=422,
        content={
            "fout": {
                "veld": veld,
                "toets": fout.toets,
                "reden": fout.reden,
                "melding": str(fout),
                "regel": fout.lijnnummer,
                "type": fout.type_naam,
            }
        },
    )


def _niet_bevoegd(fout: NietBevoegdError) -> JSONResponse:
    inhoud = ApiFoutError(403, fout.reden, toets=fout.toets, veld=fout.veld).antwoord()
    if fout.lijnnummer is None:
        return inhoud
    return JSONResponse(
        status_code=403,
        content={
            "fout": {
                "veld": fout.veld,
                "toets": fout.toets,
                "reden": fout.reden,
                "melding": str(fout),
                "regel": fout.lijnnummer,
            }
        },
    )


def niet_gevonden(tekst: str) -> ApiFoutError:
    """The 404 of a dossier that does not exist or that the token may not see."""
    return ApiFoutError(404, f"geen dossier met id {tekst}", toets="dossier_bestaat")


def meld_fouten_aan(app: FastAPI) -> None:
    """Answer the application layer's refusals (and the API's own errors) in the one shape."""

    @app.exception_handler(ApiFoutError)
    async def _api_fout(_: Request, fout: ApiFoutError) -> JSONResponse:
        return fout.antwoord()

    @app.exception_handler(GeweigerdError)
    async def _geweigerd_fout(_: Request, fout: GeweigerdError) -> JSONResponse:
        return _geweigerd(fout)

    @app.exception_handler(NietBevoegdError)
    async def _niet_bevoegd_fout(_: Request, fout: NietBevoegdError) -> JSONResponse:
        return _niet_bevoegd(fout)

    @app.exception_handler(DossierNietGevondenError)
    async def _niet_gevonden(_: Request, fout: DossierNietGevondenError) -> JSONResponse:
        return ApiFoutError(404, str(fout), toets="dossier_bestaat").antwoord()

    @app.exception_handler(VersieConflictError)
    async def _conflict(_: Request, fout: VersieConflictError) -> JSONResponse:
        return ApiFoutError(409, str(fout), toets="verwachte_versie", veld="If-Match").antwoord()

    @app.exception_handler(OverflowError)
    async def _buiten_bereik(_: Request, fout: OverflowError) -> JSONResponse:
        return ApiFoutError(
            422,
            f"een datum valt buiten het bereik van de kalender ({fout})",
            toets="datum_binnen_bereik",
        ).antwoord()


__all__ = ["MAX_BODY", "ApiFoutError", "gedocumenteerd", "meld_fouten_aan", "niet_gevonden"]
