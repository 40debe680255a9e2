"""Authorisation matrix: role x action x own / other employer's dossier, on every store."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import psycopg
import pytest
from psycopg import sql

from adapters.api import Toegangsconfig, maak_app
from adapters.api.toegang import BEVOEGDHEDEN, IMPORTEURS, ROLLEN
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import open_dossiers
from adapters.opslag.instellingen import Instellingen
from tests.api.conftest import ANDER, EIGEN, TestClient, kop, schrijf_config
from tests.conftest import postgres_url

OPZET = [
    {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": True},
    {"type": "Spoor2Gestart", "datum": "2025-09-01"},
    {
        "type": "DetacheringGestart",
        "datum": "2025-10-01",
        "inlener": "Taxi",
        "uren_per_week": 24,
    },
]
"""Facts recorded (by the werkgever's import) before each sample, so every sample is valid."""

MONSTERS: dict[str, dict[str, Any]] = {
    "ArbodienstGeinformeerd": {},
    "ProbleemanalyseOpgesteld": {"benutbare_mogelijkheden": True},
    "PlanVanAanpakOpgesteld": {"casemanager": "M. Bakker", "doel": "aangepast_werk"},
    "EvaluatieGehouden": {},
    "PlanVanAanpakBijgesteld": {"reden": "nieuw advies"},
    "ArbeidsdeskundigOnderzoekUitgevoerd": {"advies": "spoor2"},
    "ZiekmeldingUWVGedaan": {},
    "EerstejaarsevaluatieGehouden": {"perspectief_eigen_werkgever": False},
    "Spoor2Gestart": {},
    "ReintegratiebureauGekozen": {
        "bureau": "Werkfit BV",
        "keurmerk_blik_op_werk": True,
        "instemming_werknemer": True,
    },
    "TrajectplanOpgesteld": {},
    "DetacheringGestart": {"inlener": "Taxi", "uren_per_week": 12},
    "DetacheringBeeindigd": {"reden": "einde proef"},
    "WerkHervat": {"percentage": 50, "soort": "aangepast_werk"},
    "InterventieIngezet": {"soort": "fysiotherapie"},
    "ContactGehad": {"met": "werknemer"},
    "HerstelGemeld": {},
    "DeskundigenoordeelAangevraagd": {"aanvrager": "werknemer", "vraag": "passend werk?"},
    "DeskundigenoordeelOntvangen": {"uitkomst": "passend"},
    "ActueelOordeelOpgesteld": {},
    "EindevaluatieGehouden": {},
    "ReintegratieverslagOpgesteld": {},
    "WIAAangevraagd": {},
    "IVAAangevraagd": {},
    "LoonsanctieOpgelegd": {"weken": 12},
    "WachttijdVrijwilligVerlengd": {"nieuwe_einddatum": "2027-06-01"},
    "DossierGesloten": {"uitkomst": "hersteld"},
    "ZiekteTeruggemeld": {},
}
EXTRA_OPZET: dict[str, list[dict[str, Any]]] = {
    "ZiekteTeruggemeld": [{"type": "HerstelGemeld", "datum": "2025-10-25"}],
}


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("geheugen", id="geheugen"),
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ],
)
def client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """One store and app per kind for the whole matrix (each case opens its own dossier)."""
    klok = VasteKlok(datetime(2026, 1, 1, 12, 0, tzinfo=UTC), stap=timedelta(seconds=1))
    map_ = tmp_path_factory.mktemp("matrix")
    config = Toegangsconfig.lees(schrijf_config(map_))
    with contextlib.ExitStack() as opruimen:
        if request.param == "postgres":
            url = postgres_url()
            schema = f"matrix_{uuid4().hex[:12]}"
            with psycopg.connect(url, autocommit=True) as verbinding:
                verbinding.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
            opruimen.callback(_drop_schema, url, schema)
            instellingen = Instellingen.uit_omgeving(
                {
                    "SPOORWIJZER_OPSLAG": "postgres",
                    "SPOORWIJZER_DATABASE_URL": url,
                    "POSTGRES_SCHEMA": schema,
                }
            )
        elif request.param == "sqlite":
            instellingen = Instellingen(opslag="sqlite", sqlite_pad=map_ / "matrix.db")
        else:
            instellingen = Instellingen(opslag="geheugen")
        dossiers = open_dossiers(instellingen, klok)
        opruimen.callback(dossiers.close)
        yield TestClient(maak_app(dossiers, config), raise_server_exceptions=False)


def _drop_schema(url: str, schema: str) -> None:
    with psycopg.connect(url, autocommit=True) as verbinding:
        verbinding.execute(
            sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
        )


@pytest.fixture(scope="module")
def gedeeld(client: TestClient) -> dict[tuple[str, str], str]:
    """Dossiers a refused request leaves unchanged, shared per (werkgever, type)."""
    return {}


def test_elk_type_met_eigen_regel_heeft_een_monster() -> None:
    assert set(BEVOEGDHEDEN) - set(MONSTERS) == {"ZiekmeldingOntvangen"}


def _dossier(client: TestClient, werkgever: str, type_naam: str = "") -> str:
    regels = [
        {
            "type": "ZiekmeldingOntvangen",
            "datum": "2025-01-06",
            "eerste_ziektedag": "2025-01-06",
            "werknemer": "W-001",
            "werkgever": werkgever,
        },
        *OPZET,
        *EXTRA_OPZET.get(type_naam, []),
    ]
    antwoord = client.post(
        "/dossiers/import",
        content="\n".join(json.dumps(r) for r in regels).encode(),
        headers={**kop("werkgever", werkgever), "Content-Type": "application/x-ndjson"},
    )
    assert antwoord.status_code == 201, antwoord.text
    return str(antwoord.json()["dossier_id"])


@pytest.mark.parametrize("eigen", [True, False], ids=["eigen", "ander"])
@pytest.mark.parametrize("type_naam", sorted(MONSTERS))
@pytest.mark.parametrize("rol", ROLLEN)
def test_vastleggen(
    client: TestClient, gedeeld: dict[tuple[str, str], str], rol: str, type_naam: str, eigen: bool
) -> None:
    werkgever = EIGEN if eigen else ANDER
    if eigen and rol in BEVOEGDHEDEN[type_naam]:
        dossier_id = _dossier(client, werkgever, type_naam)  # it changes: a fresh one
    else:
        sleutel = (werkgever, type_naam)
        if sleutel not in gedeeld:
            gedeeld[sleutel] = _dossier(client, werkgever, type_naam)
        dossier_id = gedeeld[sleutel]
    feit = {"type": type_naam, "datum": "2025-11-01", **MONSTERS[type_naam]}
    antwoord = client.post(f"/dossiers/{dossier_id}/feiten", json=feit, headers=kop(rol))
    if not eigen:
        assert antwoord.status_code == 404
    elif rol in BEVOEGDHEDEN[type_naam]:
        assert antwoord.status_code == 201, antwoord.text
    else:
        assert antwoord.status_code == 403
        assert antwoord.json()["fout"]["toets"] == f"bevoegd_{type_naam}"
        assert rol in antwoord.json()["fout"]["reden"]


LEZINGEN = ["", "/export", "/geschiedenis", "/verplichtingen", "/toets"]


@pytest.mark.parametrize("eigen", [True, False], ids=["eigen", "ander"])
@pytest.mark.parametrize("rol", ROLLEN)
def test_lezen(client: TestClient, rol: str, eigen: bool) -> None:
    dossier_id = _dossier(client, EIGEN if eigen else ANDER)
    for pad in LEZINGEN:
        antwoord = client.get(f"/dossiers/{dossier_id}{pad}", headers=kop(rol))
        assert antwoord.status_code == (200 if eigen else 404), pad


@pytest.mark.parametrize("eigen", [True, False], ids=["eigen", "ander"])
@pytest.mark.parametrize("rol", ROLLEN)
def test_openen_en_importeren(client: TestClient, rol: str, eigen: bool) -> None:
    werkgever = EIGEN if eigen else ANDER
    melding = {
        "type": "ZiekmeldingOntvangen",
        "datum": "2025-01-06",
        "eerste_ziektedag": "2025-01-06",
        "werknemer": "W-009",
        "werkgever": werkgever,
    }
    geopend = client.post("/dossiers", json=melding, headers=kop(rol))
    geimporteerd = client.post(
        "/dossiers/import",
        content=json.dumps(melding).encode(),
        headers={**kop(rol), "Content-Type": "application/x-ndjson"},
    )
    mag_openen = eigen and rol in BEVOEGDHEDEN["ZiekmeldingOntvangen"]
    assert geopend.status_code == (201 if mag_openen else 403)
    assert geimporteerd.status_code == (201 if eigen and rol in IMPORTEURS else 403)
