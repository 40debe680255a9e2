"""The HTTP API of Spoorwijzer (FastAPI): the same commands and queries as the CLI, per role.

Every answer is JSON (an export is JSON Lines).  Errors have one shape,
``{"fout": {"veld", "toets", "reden", "melding"}}``: a refused fact is a 422 naming the field
and the rule and stores nothing; an unknown dossier, or one of an employer the token may not
see, is a 404; a stale ``If-Match`` is a 409; a missing or unknown token is a 401; a role that
may not record a type is a 403 naming the rule (see :mod:`adapters.api.toegang`).  Query
parameters FastAPI checks itself answer 422 in FastAPI's own ``detail`` shape.

Every read of a dossier is written to the access log (NEN 7513,
:mod:`adapters.opslag.toegangslog`) with ``bron="api"``, the token's user and role and the
purpose from the ``X-Doel`` header, which reads require.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from datetime import date, datetime, time
from typing import Annotated, Any, Literal, NoReturn
from uuid import UUID
from zoneinfo import ZoneInfo

import orjson
from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from adapters.api.schema import feitbody, met_feitschemas
from adapters.api.toegang import (
    ALLE_WERKGEVERS,
    CORRECTIES,
    IMPORTEURS,
    MEDISCH_LEZERS,
    Toegangsconfig,
    Tokenhouder,
    weigering_vastleggen,
)
from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.toegangslog import (
    STANDAARD_DOEL,
    Actie,
    Toegangslog,
    Toegangsregel,
    toegangslog_voor,
)
from adapters.uitwisseling.jsonl import exporteer_regels, lees_invoer
from adapters.weergave import (
    dossierbeeld_json,
    geschiedenisregel_json,
    signaal_json,
    termijnen_json,
    toets_json,
)
from domain.fouten import DossierNietGevondenError, GeweigerdError, VersieConflictError
from domain.gebeurtenissen import ALLE_TYPES
from domain.invoer import Invoer, valideer
from domain.medisch import MEDISCHE_BRON, MedischeGegevens, valideer_medisch
from domain.rivtoets import toets_riv
from domain.toepassing import Signaal
from domain.verzuimdossier import Verzuimdossier
from domain.waarden import Herkomst

NL = ZoneInfo("Europe/Amsterdam")
NDJSON = "application/x-ndjson"
MAX_BODY = 20 * 1024 * 1024

_bearer = HTTPBearer(auto_error=False, description="Bearer-token uit het tokenbestand")

_OPEN_BODY = feitbody(
    ["ZiekmeldingOntvangen"], "De ziekmelding die het dossier opent (contract sectie 3)."
)
_FEIT_BODY = feitbody(
    ALLE_TYPES,
    "Een feit van een van de types van contract sectie 3, te herkennen aan `type`.",
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
_FOUT_SCHEMA: dict[str, Any] = {
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


def _fouten(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The documented error answers of a route, in the API's one error shape."""
    return {
        code: {
            "description": _FOUT_REDENEN[code],
            "content": {"application/json": {"schema": _FOUT_SCHEMA}},
        }
        for code in codes
    }


class ApiFoutError(Exception):
    """An error answer in the API's one shape."""

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
    return JSONResponse(
        status_code=422,
        content={
            "fout": {
                "veld": fout.veld,
                "toets": fout.toets,
                "reden": fout.reden,
                "melding": str(fout),
                "regel": fout.regelnummer,
                "type": fout.type_naam,
            }
        },
    )


def _niet_gevonden(dossier_id: str) -> NoReturn:
    raise ApiFoutError(404, f"geen dossier met id {dossier_id}", toets="dossier_bestaat")


def _dossier_uuid(tekst: str) -> UUID:
    try:
        return UUID(tekst)
    except ValueError:
        _niet_gevonden(tekst)


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


def _moment(tekst: str | None) -> datetime | None:
    """``zoals_bekend_op``: a date is the end of that day in the Netherlands."""
    if tekst is None or not tekst.strip():
        return None
    try:
        if len(tekst) == 10:
            return datetime.combine(date.fromisoformat(tekst), time.max, tzinfo=NL)
        moment = datetime.fromisoformat(tekst)
    except ValueError:
        raise ApiFoutError(
            422,
            f"{tekst!r} is geen datum of tijdstip (JJJJ-MM-DD of JJJJ-MM-DDTHH:MM)",
            toets="geldige_datum",
            veld="zoals_bekend_op",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=NL)


def _doel(doel: str | None, wat: str) -> str:
    """The purpose of a read (header ``X-Doel``, NEN 7513), stripped; 422 when it is missing."""
    if doel is None or not doel.strip():
        raise ApiFoutError(
            422,
            f"doel ontbreekt: geef in de header X-Doel aan waarvoor {wat} ingezien (NEN 7513)",
            toets="toegang_met_doel",
            veld="X-Doel",
        )
    return doel.strip()


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


async def _body(request: Request) -> bytes:
    ruw = await request.body()
    if len(ruw) > MAX_BODY:
        raise ApiFoutError(413, f"de body is groter dan {MAX_BODY} bytes", toets="maximale_grootte")
    return ruw


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


Body = Annotated[bytes, Depends(_body)]
Houder = Annotated[Tokenhouder, Depends(_houder)]
Peildatum = Annotated[
    date | None,
    Query(description="De dag waarop de termijnen worden bekeken (standaard: vandaag)."),
]
Doel = Annotated[
    str | None,
    Header(description="Waarvoor het dossier wordt ingezien (NEN 7513); verplicht bij lezen."),
]


Signalenbron = Callable[[date, int, Collection[str] | None], list[Signaal]]
"""``(peildatum, binnen_dagen, werkgevers or None for all) -> signals``."""


def maak_app(
    dossiers: Dossierbestand,
    toegang: Toegangsconfig,
    *,
    signalenbron: Signalenbron | None = None,
) -> FastAPI:
    """The API over ``dossiers``, accepting the tokens of ``toegang``.

    ``signalenbron`` answers ``GET /signalen``: the live projection on PostgreSQL
    (:meth:`adapters.opslag.projectie.SignalenView.signalen`); by default the read model,
    computed on demand.
    """
    app = FastAPI(
        title="Spoorwijzer",
        version="0.1.0",
        description=(
            "Verzuimdossiers onder de Wet verbetering poortwachter: feiten vastleggen, "
            "termijnen met uitleg, geschiedenis, poortwachtertoets en signalen."
        ),
    )
    app.openapi = met_feitschemas(app)  # type: ignore[method-assign]
    log: Toegangslog = toegangslog_voor(dossiers)
    bron: Signalenbron = signalenbron or (lambda peil, binnen, _: dossiers.signalen(peil, binnen))
    app.state.dossiers = dossiers
    app.state.toegangslog = log
    app.state.toegang = toegang

    @app.exception_handler(ApiFoutError)
    async def _api_fout(_: Request, fout: ApiFoutError) -> JSONResponse:
        return fout.antwoord()

    @app.exception_handler(GeweigerdError)
    async def _geweigerd_fout(_: Request, fout: GeweigerdError) -> JSONResponse:
        return _geweigerd(fout)

    @app.exception_handler(OverflowError)
    async def _buiten_bereik(_: Request, fout: OverflowError) -> JSONResponse:
        return ApiFoutError(
            422,
            f"een datum valt buiten het bereik van de kalender ({fout})",
            toets="datum_binnen_bereik",
        ).antwoord()

    def herkomst(wie: Tokenhouder, namens: str | None) -> Herkomst:
        return Herkomst(
            bron="api",
            geregistreerd_door=wie.gebruiker,
            namens=namens or None,
            correlatie_id=str(uuid.uuid4()),
            rol=wie.rol,
        )

    def eigen_dossier(wie: Tokenhouder, dossier_id: str) -> Verzuimdossier:
        """The dossier, or 404 when it does not exist or belongs to another employer."""
        try:
            dossier = dossiers.dossier(_dossier_uuid(dossier_id))
        except DossierNietGevondenError:
            _niet_gevonden(dossier_id)
        if not wie.ziet(dossier.werkgever, dossier.werknemer):
            log.leg_vast(
                actie="vastleggen",
                gebruiker=wie.gebruiker,
                rol=wie.rol,
                doel=STANDAARD_DOEL,
                dossier_id=dossier.id,
                bron="api",
                resultaat="geweigerd",
                toelichting="dossier buiten de reikwijdte van het token",
            )
            _niet_gevonden(dossier_id)
        return dossier

    def lees(
        wie: Tokenhouder,
        dossier_id: str,
        actie: Actie,
        doel: str | None,
        *,
        medisch: bool = False,
    ) -> Verzuimdossier:
        """A read: check the purpose, find the dossier, log the access (also a refusal).

        ``medisch``: the read is of medical notes, which only :data:`MEDISCH_LEZERS` may do;
        another role in scope gets a 403, logged as a refusal.
        """
        doel = _doel(doel, "het dossier wordt")
        try:
            dossier = dossiers.dossier(_dossier_uuid(dossier_id))
        except DossierNietGevondenError:
            _niet_gevonden(dossier_id)
        in_reikwijdte = wie.ziet(dossier.werkgever, dossier.werknemer)
        medisch_geweigerd = medisch and not wie.mag_medisch_lezen()
        toegestaan = in_reikwijdte and not medisch_geweigerd
        log.leg_vast(
            actie=actie,
            gebruiker=wie.gebruiker,
            rol=wie.rol,
            doel=doel,
            dossier_id=dossier.id,
            werknemer=dossier.werknemer if in_reikwijdte else None,
            bron="api",
            resultaat="toegestaan" if toegestaan else "geweigerd",
            toelichting=(
                None
                if toegestaan
                else "dossier buiten de reikwijdte van het token"
                if not in_reikwijdte
                else f"rol {wie.rol} mag geen medische gegevens inzien"
            ),
        )
        if not in_reikwijdte:
            _niet_gevonden(dossier_id)
        if medisch_geweigerd:
            raise ApiFoutError(
                403,
                f"rol {wie.rol} mag geen medische gegevens inzien; dat mogen alleen "
                f"{' en '.join(sorted(MEDISCH_LEZERS))} ({MEDISCHE_BRON})",
                toets="medisch_alleen_bedrijfsarts_en_werknemer",
            )
        return dossier

    def schrijfregel(
        wie: Tokenhouder,
        dossier_id: UUID,
        werknemer: str,
        actie: Actie,
        doel: str | None,
        *,
        geweigerd: str | None = None,
        toelichting: str | None = None,
    ) -> Toegangsregel:
        """The access-log entry of a write, or of a write refused (``geweigerd``: why).

        An allowed write's entry is committed with the write (``log.meeschrijver``); a refusal's
        entry is appended on its own.
        """
        return log.regel(
            actie=actie,
            gebruiker=wie.gebruiker,
            rol=wie.rol,
            doel=(doel or "").strip() or STANDAARD_DOEL,
            dossier_id=dossier_id,
            werknemer=werknemer,
            bron="api",
            resultaat="geweigerd" if geweigerd else "toegestaan",
            toelichting=geweigerd or toelichting,
        )

    def vandaag(peildatum: date | None) -> date:
        return peildatum or dossiers.klok.nu().astimezone(NL).date()

    def mag_openen(wie: Tokenhouder, invoer: Invoer, type_naam: str) -> None:
        weigering = weigering_vastleggen(wie, type_naam)
        if weigering is not None:
            raise ApiFoutError(403, weigering.reden, toets=weigering.toets, veld="type")
        werkgever = str(invoer.velden.get("werkgever", ""))
        if not wie.ziet(werkgever, str(invoer.velden.get("werknemer", ""))):
            raise ApiFoutError(
                403,
                f"dit token mag geen dossiers van werkgever {werkgever!r} vastleggen",
                toets="werkgever_in_reikwijdte",
                veld="werkgever",
            )

    # -- commands -------------------------------------------------------------------------

    @app.post(
        "/dossiers",
        status_code=201,
        openapi_extra=_OPEN_BODY,
        tags=["dossiers"],
        responses=_fouten(401, 403, 413),
    )
    def open_dossier(
        wie: Houder,
        ruw: Body,
        response: Response,
        x_namens: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Open a dossier with a ZiekmeldingOntvangen in the exchange format."""
        gegevens = _json_object(ruw)
        type_naam = gegevens.get("type")
        if isinstance(type_naam, str) and type_naam != "ZiekmeldingOntvangen":
            raise ApiFoutError(
                422,
                f"een dossier begint met ZiekmeldingOntvangen, niet met {type_naam}",
                toets="dossier_begint_met_ziekmelding",
                veld="type",
            )
        invoer = valideer(gegevens)
        mag_openen(wie, invoer, invoer.type_naam)
        nieuw_id = uuid.uuid4()
        regel = schrijfregel(
            wie,
            nieuw_id,
            str(invoer.velden["werknemer"]),
            "vastleggen",
            None,
            toelichting="dossier geopend",
        )
        dossier_id = dossiers.open_dossier(
            invoer, herkomst(wie, x_namens), nieuw_id, meeschrijven=[log.meeschrijver(regel)]
        )
        response.headers["Location"] = f"/dossiers/{dossier_id}"
        response.headers["ETag"] = '"1"'
        return {"dossier_id": str(dossier_id), "versie": 1}

    @app.post(
        "/dossiers/import",
        status_code=201,
        openapi_extra=_NDJSON_BODY,
        tags=["dossiers"],
        responses=_fouten(401, 403, 413, 415),
    )
    def importeer(
        wie: Houder,
        ruw: Body,
        response: Response,
        content_type: Annotated[str | None, Header()] = None,
        x_namens: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Import a whole dossier file (JSON Lines); stored whole or not at all."""
        soort = (content_type or "").split(";")[0].strip().lower()
        if soort not in (NDJSON, "text/plain"):
            raise ApiFoutError(
                415,
                f"content-type {content_type!r} wordt niet ondersteund; stuur {NDJSON}",
                toets="content_type",
                veld="Content-Type",
            )
        if wie.rol not in IMPORTEURS:
            raise ApiFoutError(
                403,
                f"rol {wie.rol} mag geen dossier importeren; dat doen "
                f"{', '.join(sorted(IMPORTEURS))} (de houder van het re-integratiedossier, "
                "Regeling procesgang eerste en tweede ziektejaar)",
                toets="bevoegd_import",
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
        invoeren = lees_invoer(tekst.splitlines())
        mag_openen(wie, invoeren[0], invoeren[0].type_naam)
        dossier = dossiers.bouw_dossier(invoeren, herkomst(wie, x_namens))
        regel = schrijfregel(wie, dossier.id, dossier.werknemer, "importeren", None)
        dossiers.save(dossier, meeschrijven=[log.meeschrijver(regel)])
        response.headers["Location"] = f"/dossiers/{dossier.id}"
        response.headers["ETag"] = f'"{dossier.version}"'
        return {"dossier_id": str(dossier.id), "versie": dossier.version}

    @app.post(
        "/dossiers/{dossier_id}/feiten",
        status_code=201,
        openapi_extra=_FEIT_BODY,
        tags=["dossiers"],
        responses=_fouten(401, 403, 404, 409, 413),
    )
    def registreer(
        dossier_id: str,
        wie: Houder,
        ruw: Body,
        response: Response,
        if_match: Annotated[str | None, Header()] = None,
        x_namens: Annotated[str | None, Header()] = None,
        x_doel: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Record one fact (any type of contract section 3); ``If-Match`` for concurrency.

        The bedrijfsarts may add ``"medisch": {"diagnose", "behandeling", "toelichting"}`` to a
        probleemanalyse, actueel oordeel, contact or intervention: it is stored apart from the
        fact and read only through ``GET /dossiers/{id}/medisch``.
        """
        verwacht = _versie_uit(if_match)
        dossier = eigen_dossier(wie, dossier_id)
        gegevens = _json_object(ruw)
        medisch_ruw = gegevens.pop("medisch", None)
        type_naam = gegevens.get("type")
        try:
            if isinstance(type_naam, str) and type_naam not in CORRECTIES:
                weigering = weigering_vastleggen(wie, type_naam)
                if weigering is not None and type_naam in _BEKEND:
                    raise ApiFoutError(403, weigering.reden, toets=weigering.toets, veld="type")
            if medisch_ruw is not None and wie.rol != "bedrijfsarts":
                raise ApiFoutError(
                    403,
                    f"rol {wie.rol} mag geen medische gegevens vastleggen; dat doet alleen de "
                    f"bedrijfsarts ({MEDISCHE_BRON})",
                    toets="medisch_alleen_bedrijfsarts",
                    veld="medisch",
                )
            invoer = valideer(gegevens)
            if invoer.type_naam in CORRECTIES:
                _mag_corrigeren(wie, dossier, invoer)
        except ApiFoutError as fout:
            if fout.status == 403:
                log.registreer(
                    schrijfregel(
                        wie,
                        dossier.id,
                        dossier.werknemer,
                        "vastleggen",
                        x_doel,
                        geweigerd=fout.reden,
                    )
                )
            raise
        medisch: MedischeGegevens | None = None
        if medisch_ruw is not None:
            medisch = valideer_medisch(invoer.type_naam, medisch_ruw)
        try:
            positie = dossiers.registreer(
                dossier.id,
                invoer,
                herkomst(wie, x_namens),
                verwachte_versie=verwacht,
                medisch=medisch,
                gelezen=dossier,
                meeschrijven=[
                    log.meeschrijver(
                        schrijfregel(wie, dossier.id, dossier.werknemer, "vastleggen", x_doel)
                    )
                ],
            )
        except VersieConflictError as fout:
            raise ApiFoutError(409, str(fout), toets="verwachte_versie", veld="If-Match") from None
        response.headers["Location"] = f"/dossiers/{dossier.id}"
        response.headers["ETag"] = f'"{positie}"'
        return {"dossier_id": str(dossier.id), "positie": positie, "versie": positie}

    # -- queries --------------------------------------------------------------------------

    @app.get("/dossiers/{dossier_id}", tags=["dossiers"], responses=_fouten(401, 404))
    def toon(
        dossier_id: str,
        wie: Houder,
        response: Response,
        peildatum: Peildatum = None,
        zoals_bekend_op: Annotated[
            str | None,
            Query(description="Het dossier zoals het op dit moment bekend was (registratietijd)."),
        ] = None,
        x_doel: Doel = None,
    ) -> dict[str, Any]:
        """The dossier's facts, obligations and re-integration state (two time axes)."""
        moment = _moment(zoals_bekend_op)
        dossier = lees(wie, dossier_id, "lezen", x_doel)
        beeld = dossier.beeld(moment)
        if not beeld.registraties:
            raise ApiFoutError(
                404,
                f"dossier {dossier.id} bestond op {zoals_bekend_op} nog niet",
                toets="dossier_bestaat",
            )
        response.headers["ETag"] = f'"{dossier.version}"'
        return dossierbeeld_json(dossier, beeld, vandaag(peildatum))

    @app.get(
        "/dossiers/{dossier_id}/export",
        tags=["dossiers"],
        response_class=Response,
        responses={200: {"content": {NDJSON: {"schema": {"type": "string"}}}}, **_fouten(401, 404)},
    )
    def exporteer(dossier_id: str, wie: Houder, x_doel: Doel = None) -> Response:
        """The dossier as JSON Lines with positions, recording times and chain hashes."""
        dossier = lees(wie, dossier_id, "exporteren", x_doel)
        tekst = "".join(regel + "\n" for regel in exporteer_regels(dossier))
        return Response(
            content=tekst.encode("utf-8"),
            media_type=NDJSON,
            headers={"ETag": f'"{dossier.version}"'},
        )

    @app.get("/dossiers/{dossier_id}/geschiedenis", tags=["dossiers"], responses=_fouten(401, 404))
    def geschiedenis(
        dossier_id: str,
        wie: Houder,
        peildatum: Peildatum = None,
        zoals_bekend_op: Annotated[str | None, Query()] = None,
        x_doel: Doel = None,
    ) -> dict[str, Any]:
        """Who recorded what and when; corrections with their diff and reason."""
        moment = _moment(zoals_bekend_op)
        dossier = lees(wie, dossier_id, "geschiedenis", x_doel)
        beeld = dossier.beeld(moment)
        return {
            "dossier_id": str(dossier.id),
            "zoals_bekend_op": beeld.zoals_bekend_op.isoformat() if beeld.zoals_bekend_op else None,
            "registraties": [geschiedenisregel_json(r) for r in beeld.geschiedenis()],
            **(termijnen_json(beeld.termijnen(vandaag(peildatum))) if beeld.registraties else {}),
        }

    @app.get(
        "/dossiers/{dossier_id}/verplichtingen", tags=["dossiers"], responses=_fouten(401, 404)
    )
    def verplichtingen(
        dossier_id: str, wie: Houder, peildatum: Peildatum = None, x_doel: Doel = None
    ) -> dict[str, Any]:
        """The obligations with their deadline, status, rule, source and explanation."""
        dossier = lees(wie, dossier_id, "lezen", x_doel)
        return {
            "dossier_id": str(dossier.id),
            **termijnen_json(dossier.termijnen(vandaag(peildatum))),
        }

    @app.get("/dossiers/{dossier_id}/toets", tags=["dossiers"], responses=_fouten(401, 404))
    def toets(
        dossier_id: str, wie: Houder, peildatum: Peildatum = None, x_doel: Doel = None
    ) -> dict[str, Any]:
        """The poortwachtertoets: RIV parts a-l, process steps, loonsanctie risks."""
        dossier = lees(wie, dossier_id, "toetsen", x_doel)
        uitslag = toets_riv(dossier.feiten, vandaag(peildatum))
        return {
            "dossier_id": str(dossier.id),
            "werknemer": dossier.werknemer,
            "werkgever": dossier.werkgever,
            **toets_json(uitslag),
        }

    @app.get("/dossiers/{dossier_id}/medisch", tags=["medisch"], responses=_fouten(401, 403, 404))
    def medisch_lezen(dossier_id: str, wie: Houder, x_doel: Doel = None) -> dict[str, Any]:
        """The medical notes beside the dossier's facts: bedrijfsarts and werknemer only.

        Every other role gets a 403, and the refusal is written to the access log.  Each note
        has the SHA-256 stored with it and whether the note still matches it.
        """
        dossier = lees(wie, dossier_id, "medisch_lezen", x_doel, medisch=True)
        return {
            "dossier_id": str(dossier.id),
            "werknemer": dossier.werknemer,
            "aantekeningen": [
                {**a.als_json(), "sha256": sha, "ongeschonden": a.sha256 == sha}
                for a, sha in dossiers.medisch(dossier.id)
            ],
        }

    @app.get("/signalen", tags=["signalen"], responses=_fouten(401))
    def signalen(
        wie: Houder,
        peildatum: Peildatum = None,
        binnen: Annotated[int, Query(ge=0, le=3660)] = 14,
        werkgever: str | None = None,
        regel: str | None = None,
        status: Literal["verlopen", "open"] | None = None,
        pagina: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        per_pagina: Annotated[int, Query(ge=1, le=500)] = 50,
        x_doel: Doel = None,
    ) -> dict[str, Any]:
        """Across the dossiers this token may see: overdue or due within ``binnen`` days."""
        doel = _doel(x_doel, "de signalen worden")
        peil = vandaag(peildatum)
        reikwijdte = None if ALLE_WERKGEVERS in wie.werkgevers else wie.werkgevers
        alle = [
            s
            for s in bron(peil, binnen, reikwijdte)
            if wie.ziet(s.werkgever, s.werknemer)
            and (werkgever is None or s.werkgever == werkgever)
            and (regel is None or s.verplichting.regel == regel)
            and (status is None or s.verplichting.status == status)
        ]
        begin = (pagina - 1) * per_pagina
        deze = alle[begin : begin + per_pagina]
        for dossier_id, werknemer in dict.fromkeys((s.dossier_id, s.werknemer) for s in deze):
            log.leg_vast(
                actie="lezen",
                gebruiker=wie.gebruiker,
                rol=wie.rol,
                doel=doel,
                dossier_id=dossier_id,
                werknemer=werknemer,
                bron="api",
                toelichting="signalen",
            )
        return {
            "peildatum": peil.isoformat(),
            "binnen": binnen,
            "totaal": len(alle),
            "pagina": pagina,
            "per_pagina": per_pagina,
            "signalen": [signaal_json(s) for s in deze],
        }

    return app


_BEKEND: frozenset[str] = frozenset(ALLE_TYPES)
"""The contract's types: an unknown one is refused by validation (422), not by permission."""


def _mag_corrigeren(wie: Tokenhouder, dossier: Verzuimdossier, invoer: Invoer) -> None:
    """A correction or withdrawal: allowed to whoever may record the recording it changes."""
    betreft = int(invoer.velden["betreft"])
    registraties = dossier.registraties
    if not 1 <= betreft <= len(registraties):
        return  # the domain refuses it with bestaande_positie
    doeltype = registraties[betreft - 1].type_naam
    weigering = weigering_vastleggen(wie, doeltype)
    if weigering is not None:
        raise ApiFoutError(
            403,
            f"{invoer.type_naam} van positie {betreft}: {weigering.reden}",
            toets=weigering.toets,
            veld="betreft",
        )
    velden = invoer.velden.get("velden")
    if (
        isinstance(velden, dict)
        and "werkgever" in velden
        and not wie.ziet(str(velden["werkgever"]), dossier.werknemer)
    ):
        raise ApiFoutError(
            403,
            "dit token mag een dossier niet naar een werkgever buiten zijn reikwijdte verplaatsen",
            toets="werkgever_in_reikwijdte",
            veld="werkgever",
        )
