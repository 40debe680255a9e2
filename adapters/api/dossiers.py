"""``/dossiers``: open, import, record facts, and read a dossier on two time axes.

Each handler parses the request, calls one use case of the application layer
(:class:`domain.dienst.Dossierdienst`) with the request's user and renders the answer; the
application layer decides permission and scope and writes the access log.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

import orjson
from fastapi import APIRouter, Header, Query, Response

from adapters.api.afhankelijk import Body, Dienst, Peildatum, Wie
from adapters.api.fouten import ApiFoutError, gedocumenteerd, niet_gevonden
from adapters.api.schema import feitbody
from adapters.uitwisseling.jsonl import exporteer_lijnen, lees_invoer, lijnen
from adapters.weergave import (
    dossierbeeld_json,
    geschiedenisvermelding_json,
    termijnen_json,
    toets_json,
)
from domain.gebeurtenissen import ALLE_TYPES, ZiekmeldingOntvangen
from domain.invoer import valideer
from domain.kalender import lees_moment

NDJSON = "application/x-ndjson"

_OPEN_BODY = feitbody(
    [ZiekmeldingOntvangen.__name__],
    "De ziekmelding die het dossier opent (docs/uitwisselformaat.md).",
)
_FEIT_BODY = feitbody(
    ALLE_TYPES,
    "Een feit van een van de types van het uitwisselformaat, te herkennen aan `type`.",
)
_NDJSON_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            NDJSON: {"schema": {"type": "string"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}

router = APIRouter(prefix="/dossiers", tags=["dossiers"])


def _dossier_uuid(tekst: str) -> UUID:
    try:
        return UUID(tekst)
    except ValueError:
        raise niet_gevonden(tekst) from None


def _versie_uit(if_match: str | None) -> int | None:
    """``If-Match: 5``, ``"5"`` or ``W/"5"``; ``*`` means any version."""
    if if_match is None or if_match.strip() == "*":
        return None
    tekst = if_match.strip().removeprefix("W/").strip('"')
    if not tekst.isdigit() or len(tekst) > 9:
        raise ApiFoutError(
            422,
            f"If-Match {if_match!r} is geen versie; gebruik de ETag van het dossier",
            toets="geldige_versie",
            veld="If-Match",
        )
    return int(tekst)


def _moment(tekst: str | None) -> date | datetime | None:
    """``zoals_bekend_op``: a date or an ISO date-time (the application layer reads it)."""
    if tekst is None or not tekst.strip():
        return None
    try:
        return lees_moment(tekst)
    except ValueError:
        raise ApiFoutError(
            422,
            f"{tekst!r} is geen datum of tijdstip (JJJJ-MM-DD of JJJJ-MM-DDTHH:MM)",
            toets="geldige_datum",
            veld="zoals_bekend_op",
        ) from None


def _json_object(ruw: bytes) -> dict[str, Any]:
    try:
        gegevens = orjson.loads(ruw)
    except orjson.JSONDecodeError as fout:
        raise ApiFoutError(
            422, f"geen geldige JSON ({fout.msg})", toets="geldige_json", veld="body"
        ) from None
    if not isinstance(gegevens, dict):
        raise ApiFoutError(
            422,
            f"verwacht een JSON-object, kreeg {type(gegevens).__name__}",
            toets="geldige_json",
            veld="body",
        )
    return gegevens


# -- writing ------------------------------------------------------------------------------------


@router.post(
    "",
    status_code=201,
    openapi_extra=_OPEN_BODY,
    responses=gedocumenteerd(401, 403, 413),
)
def open_dossier(wie: Wie, dienst: Dienst, ruw: Body, response: Response) -> dict[str, Any]:
    """Open a dossier with a ZiekmeldingOntvangen in the exchange format."""
    invoer = valideer(_json_object(ruw))
    dossier_id = dienst.open_dossier(wie, invoer, dossier_id=uuid.uuid4())
    response.headers["Location"] = f"/dossiers/{dossier_id}"
    response.headers["ETag"] = '"1"'
    return {"dossier_id": str(dossier_id), "versie": 1}


@router.post(
    "/import",
    status_code=201,
    openapi_extra=_NDJSON_BODY,
    responses=gedocumenteerd(401, 403, 413, 415),
)
def importeer(
    wie: Wie,
    dienst: Dienst,
    ruw: Body,
    response: Response,
    content_type: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Import a whole dossier file (JSON Lines); stored whole or not at all.

    Every fact is checked against the token's role as if it were recorded alone; the beheerder
    may import files with the facts of every party.
    """
    soort = (content_type or "").split(";")[0].strip().lower()
    if soort not in (NDJSON, "text/plain"):
        raise ApiFoutError(
            415,
            f"content-type {content_type!r} wordt niet ondersteund; stuur {NDJSON}",
            toets="content_type",
            veld="Content-Type",
        )
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise ApiFoutError(
            422,
            f"de body is geen UTF-8-tekst ({fout.reason} op byte {fout.start})",
            toets="utf8",
            veld="body",
        ) from None
    dossier = dienst.importeer(wie, lees_invoer(lijnen(tekst)))
    response.headers["Location"] = f"/dossiers/{dossier.id}"
    response.headers["ETag"] = f'"{dossier.version}"'
    return {"dossier_id": str(dossier.id), "versie": dossier.version}


@router.post(
    "/{dossier_id}/feiten",
    status_code=201,
    openapi_extra=_FEIT_BODY,
    responses=gedocumenteerd(401, 403, 404, 409, 413),
)
def registreer(
    dossier_id: str,
    wie: Wie,
    dienst: Dienst,
    ruw: Body,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Record one fact (any type of contract section 3); ``If-Match`` for concurrency.

    The bedrijfsarts may add ``"medisch": {"diagnose", "behandeling", "toelichting"}`` to a
    probleemanalyse, actueel oordeel, contact or intervention: it is stored apart from the
    fact and read only through ``GET /dossiers/{id}/medisch``.
    """
    verwacht = _versie_uit(if_match)
    doel = _dossier_uuid(dossier_id)
    gegevens = _json_object(ruw)
    medisch = gegevens.pop("medisch", None)
    positie = dienst.leg_vast(
        wie, doel, valideer(gegevens), medisch=medisch, verwachte_versie=verwacht
    )
    response.headers["Location"] = f"/dossiers/{doel}"
    response.headers["ETag"] = f'"{positie}"'
    return {"dossier_id": str(doel), "positie": positie, "versie": positie}


# -- reading ------------------------------------------------------------------------------------


@router.get("/{dossier_id}", responses=gedocumenteerd(401, 404))
def toon(
    dossier_id: str,
    wie: Wie,
    dienst: Dienst,
    response: Response,
    peildatum: Peildatum = None,
    zoals_bekend_op: Annotated[
        str | None,
        Query(description="Het dossier zoals het op dit moment bekend was (registratietijd)."),
    ] = None,
) -> dict[str, Any]:
    """The dossier's facts, obligations and re-integration state (two time axes)."""
    moment = _moment(zoals_bekend_op)
    zicht = dienst.bekijk(
        wie, _dossier_uuid(dossier_id), peildatum=peildatum, zoals_bekend_op=moment
    )
    response.headers["ETag"] = f'"{zicht.dossier.version}"'
    return dossierbeeld_json(zicht.dossier, zicht.beeld, zicht.peildatum)


@router.get(
    "/{dossier_id}/export",
    response_class=Response,
    responses={
        200: {"content": {NDJSON: {"schema": {"type": "string"}}}},
        **gedocumenteerd(401, 404),
    },
)
def exporteer(dossier_id: str, wie: Wie, dienst: Dienst) -> Response:
    """The dossier as JSON Lines with positions, recording times and chain hashes."""
    dossier = dienst.lees(wie, _dossier_uuid(dossier_id), "exporteren")
    tekst = "".join(lijn + "\n" for lijn in exporteer_lijnen(dossier))
    return Response(
        content=tekst.encode("utf-8"),
        media_type=NDJSON,
        headers={"ETag": f'"{dossier.version}"'},
    )


@router.get("/{dossier_id}/geschiedenis", responses=gedocumenteerd(401, 404))
def geschiedenis(
    dossier_id: str,
    wie: Wie,
    dienst: Dienst,
    peildatum: Peildatum = None,
    zoals_bekend_op: Annotated[str | None, Query()] = None,
) -> dict[str, Any]:
    """Who recorded what and when; corrections with their diff and reason."""
    zicht = dienst.bekijk(
        wie,
        _dossier_uuid(dossier_id),
        peildatum=peildatum,
        zoals_bekend_op=_moment(zoals_bekend_op),
        actie="geschiedenis",
        ook_voor_het_bestond=True,
    )
    beeld = zicht.beeld
    return {
        "dossier_id": str(zicht.dossier.id),
        "zoals_bekend_op": beeld.zoals_bekend_op.isoformat() if beeld.zoals_bekend_op else None,
        "registraties": [geschiedenisvermelding_json(r) for r in zicht.geschiedenis()],
        **(termijnen_json(zicht.termijnen()) if beeld.registraties else {}),
    }


@router.get("/{dossier_id}/verplichtingen", responses=gedocumenteerd(401, 404))
def verplichtingen(
    dossier_id: str, wie: Wie, dienst: Dienst, peildatum: Peildatum = None
) -> dict[str, Any]:
    """The obligations with their deadline, status, rule, source and explanation."""
    zicht = dienst.bekijk(wie, _dossier_uuid(dossier_id), peildatum=peildatum)
    return {"dossier_id": str(zicht.dossier.id), **termijnen_json(zicht.termijnen())}


@router.get("/{dossier_id}/toets", responses=gedocumenteerd(401, 404))
def toets(dossier_id: str, wie: Wie, dienst: Dienst, peildatum: Peildatum = None) -> dict[str, Any]:
    """The poortwachtertoets: RIV parts a-l, process steps, loonsanctie risks."""
    zicht = dienst.bekijk(wie, _dossier_uuid(dossier_id), peildatum=peildatum, actie="toetsen")
    return {
        "dossier_id": str(zicht.dossier.id),
        "werknemer": zicht.dossier.werknemer,
        "werkgever": zicht.dossier.werkgever,
        **toets_json(zicht.toets()),
    }


@router.get("/{dossier_id}/medisch", tags=["medisch"], responses=gedocumenteerd(401, 403, 404))
def medisch_lezen(dossier_id: str, wie: Wie, dienst: Dienst) -> dict[str, Any]:
    """The medical notes beside the dossier's facts: bedrijfsarts and werknemer only.

    Every other role gets a 403, and the refusal is written to the access log.  Each note
    has the SHA-256 stored with it and whether the note still matches it.  A werknemer sees
    only the notes recorded while the dossier was bound to them.
    """
    dossier, aantekeningen = dienst.medische_aantekeningen(wie, _dossier_uuid(dossier_id))
    return {
        "dossier_id": str(dossier.id),
        "werknemer": dossier.werknemer,
        "aantekeningen": [
            {**a.als_json(), "sha256": sha, "ongeschonden": a.sha256 == sha}
            for a, sha in aantekeningen
        ],
    }


__all__ = ["router"]
