"""The authorisation matrix, generated from the one role table, over every entry point and store.

For every role, every fact type and the own or another employer's dossier, the expected outcome
is computed from :mod:`domain.bevoegdheden` (never written out here) and checked through:

* the API, one fact (``POST /dossiers/{id}/feiten``);
* the API, an import of a whole file that ends with that fact (``POST /dossiers/import``);
* the CLI (``spoorwijzer --rol ROL --werkgever EIGEN registreer ...``);

on memory, an SQLite file and PostgreSQL.  Opening a dossier and reading one are checked per
role too.  A refusal stores nothing; each entry point refuses with its own code for the same
decision (API 403/404, CLI exit 5/3).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import psycopg
import pytest
from psycopg import sql
from typer.testing import CliRunner

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.bootstrap import Systeem, bootstrap
from adapters.cli import app as cli_app
from adapters.cli.gemeen import Cli
from adapters.klok import VasteKlok
from adapters.opslag.instellingen import Instellingen
from domain.bevoegdheden import (
    BEVOEGDHEDEN,
    IMPORTEURS,
    ROLLEN,
    weigering_vastleggen,
)
from domain.gebeurtenissen import FEIT_TYPES, ZiekmeldingOntvangen
from domain.invoer import valideer
from tests.api.conftest import ANDER, EIGEN, TestClient, kop, schrijf_config
from tests.conftest import gebruiker, postgres_url

OPZET: dict[str, list[dict[str, Any]]] = {
    "PlanVanAanpakOpgesteld": [
        {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": True}
    ],
    "DetacheringGestart": [{"type": "Spoor2Gestart", "datum": "2025-09-01"}],
    "ZiekteTeruggemeld": [{"type": "HerstelGemeld", "datum": "2025-10-25"}],
    "DetacheringBeeindigd": [
        {"type": "Spoor2Gestart", "datum": "2025-09-01"},
        {
            "type": "DetacheringGestart",
            "datum": "2025-10-01",
            "inlener": "Taxi",
            "uren_per_week": 24,
        },
    ],
}
"""What must be recorded before a sample fact so that the domain accepts it."""

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
    "ZiekteTeruggemeld": {},
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
}
"""One valid example of every fact type but the ziekmelding (checked against the table)."""

WERKNEMER = "W-001"


def ziekmelding(werkgever: str, werknemer: str = WERKNEMER) -> dict[str, Any]:
    """The opening line of a test dossier."""
    return {
        "type": "ZiekmeldingOntvangen",
        "datum": "2025-01-06",
        "eerste_ziektedag": "2025-01-06",
        "werknemer": werknemer,
        "werkgever": werkgever,
    }


def monster(type_naam: str) -> dict[str, Any]:
    """The sample fact of ``type_naam``, dated after every set-up fact."""
    return {"type": type_naam, "datum": "2025-11-01", **MONSTERS[type_naam]}


def mag(rol: str, type_naam: str, *, bij_import: bool = False) -> bool:
    """What the one table says (the expectation of every case below)."""
    return weigering_vastleggen(rol, type_naam, bij_import=bij_import) is None


def test_elk_feittype_heeft_een_monster_en_een_regel() -> None:
    namen = {soort.__name__ for soort in FEIT_TYPES}
    assert set(MONSTERS) == namen - {ZiekmeldingOntvangen.__name__}
    assert set(BEVOEGDHEDEN) == namen


# -- one system per store, shared by the whole module ---------------------------------------------


@dataclass
class Opstelling:
    """A store with its application layer, an API client and a CLI runner on it."""

    systeem: Systeem
    api: TestClient
    gedeeld: dict[tuple[str, str], UUID] = field(default_factory=dict)

    def dossier(self, werkgever: str, type_naam: str, *, vers: bool) -> UUID:
        """A dossier of ``werkgever`` ready for a ``type_naam`` sample (imported by the beheerder).

        A refused write changes nothing, so such cases share one dossier per (employer, type).
        """
        sleutel = (werkgever, type_naam)
        if not vers and sleutel in self.gedeeld:
            return self.gedeeld[sleutel]
        regels = [ziekmelding(werkgever), *OPZET.get(type_naam, [])]
        dossier = self.systeem.dienst.importeer(
            gebruiker("beheerder"), [valideer(r) for r in regels]
        )
        if not vers:
            self.gedeeld[sleutel] = dossier.id
        return dossier.id

    def versie(self, dossier_id: UUID) -> int:
        return self.systeem.dossiers.dossier(dossier_id).version

    def cli(self, rol: str, *argumenten: str) -> Any:
        """``spoorwijzer --rol ROL --werkgever EIGEN ...`` on this store."""
        resultaat = CliRunner().invoke(
            cli_app,
            ["--rol", rol, "--werkgever", EIGEN, *argumenten],
            obj=Cli(systeem=self.systeem),
            env={"SPOORWIJZER_GEBRUIKER": f"{rol}@cli", "SPOORWIJZER_WERKNEMER": WERKNEMER},
        )
        if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
            raise resultaat.exception
        return resultaat


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("geheugen", id="geheugen"),
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ],
)
def opstelling(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Opstelling]:
    klok = VasteKlok(datetime(2026, 1, 1, 12, 0, tzinfo=UTC), stap=timedelta(seconds=1))
    map_ = tmp_path_factory.mktemp("matrix")
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
        systeem = opruimen.enter_context(bootstrap(instellingen, klok=klok))
        api = TestClient(
            maak_app(systeem.dienst, Toegangsconfig.lees(schrijf_config(map_))),
            raise_server_exceptions=False,
        )
        yield Opstelling(systeem, api)


def _drop_schema(url: str, schema: str) -> None:
    with psycopg.connect(url, autocommit=True) as verbinding:
        verbinding.execute(
            sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
        )


# -- recording one fact ---------------------------------------------------------------------------

ROL = pytest.mark.parametrize("rol", ROLLEN)
TYPE = pytest.mark.parametrize("type_naam", sorted(MONSTERS))
EIGEN_OF_ANDER = pytest.mark.parametrize("eigen", [True, False], ids=["eigen", "ander"])


@EIGEN_OF_ANDER
@TYPE
@ROL
def test_api_feit(opstelling: Opstelling, rol: str, type_naam: str, eigen: bool) -> None:
    toegestaan = eigen and mag(rol, type_naam)
    dossier_id = opstelling.dossier(EIGEN if eigen else ANDER, type_naam, vers=toegestaan)
    voor = opstelling.versie(dossier_id)
    antwoord = opstelling.api.post(
        f"/dossiers/{dossier_id}/feiten", json=monster(type_naam), headers=kop(rol)
    )
    if not eigen:
        assert antwoord.status_code == 404
    elif toegestaan:
        assert antwoord.status_code == 201, antwoord.text
        return
    else:
        assert antwoord.status_code == 403, antwoord.text
        assert antwoord.json()["fout"]["toets"] == f"bevoegd_{type_naam}"
        assert rol in antwoord.json()["fout"]["reden"]
    assert opstelling.versie(dossier_id) == voor


@EIGEN_OF_ANDER
@TYPE
@ROL
def test_cli_registreer(opstelling: Opstelling, rol: str, type_naam: str, eigen: bool) -> None:
    toegestaan = eigen and mag(rol, type_naam)
    dossier_id = opstelling.dossier(EIGEN if eigen else ANDER, type_naam, vers=toegestaan)
    voor = opstelling.versie(dossier_id)
    velden = [f"--veld={naam}={json.dumps(w) if not isinstance(w, str) else w}"
              for naam, w in MONSTERS[type_naam].items()]  # fmt: skip
    resultaat = opstelling.cli(
        rol, "registreer", str(dossier_id), type_naam, "--datum", "2025-11-01", *velden
    )
    if not eigen:
        assert resultaat.exit_code == 3, resultaat.stderr
    elif toegestaan:
        assert resultaat.exit_code == 0, resultaat.stderr
        return
    else:
        assert resultaat.exit_code == 5, resultaat.stderr
        assert f"bevoegd_{type_naam}" in resultaat.stderr
    assert opstelling.versie(dossier_id) == voor


@EIGEN_OF_ANDER
@TYPE
@ROL
def test_api_import(opstelling: Opstelling, rol: str, type_naam: str, eigen: bool) -> None:
    regels = [ziekmelding(EIGEN if eigen else ANDER), *OPZET.get(type_naam, []), monster(type_naam)]
    soorten = {r["type"] for r in regels}
    voor = len(opstelling.systeem.dossiers.overzicht())
    antwoord = opstelling.api.post(
        "/dossiers/import",
        content="\n".join(json.dumps(r) for r in regels).encode(),
        headers={**kop(rol), "Content-Type": "application/x-ndjson"},
    )
    fout = antwoord.json().get("fout", {})
    if rol not in IMPORTEURS:
        assert antwoord.status_code == 403
        assert fout["toets"] == "bevoegd_import"
    elif not eigen:
        assert antwoord.status_code == 403
        assert (fout["toets"], fout["regel"]) == ("werkgever_in_reikwijdte", 1)
    elif not all(mag(rol, s, bij_import=True) for s in soorten):
        assert antwoord.status_code == 403
        verboden = next(r for r in regels if not mag(rol, r["type"], bij_import=True))
        assert fout["toets"] == f"bevoegd_{verboden['type']}"
        assert fout["regel"] == regels.index(verboden) + 1
    else:
        assert antwoord.status_code == 201, antwoord.text
        return
    assert len(opstelling.systeem.dossiers.overzicht()) == voor


# -- opening and reading --------------------------------------------------------------------------


@EIGEN_OF_ANDER
@ROL
def test_openen(opstelling: Opstelling, rol: str, eigen: bool) -> None:
    melding = ziekmelding(EIGEN if eigen else ANDER, werknemer=WERKNEMER)
    voor = len(opstelling.systeem.dossiers.overzicht())
    antwoord = opstelling.api.post("/dossiers", json=melding, headers=kop(rol))
    if not mag(rol, ZiekmeldingOntvangen.__name__):
        assert antwoord.status_code == 403
        assert antwoord.json()["fout"]["toets"] == "bevoegd_ZiekmeldingOntvangen"
    elif not eigen:
        assert antwoord.status_code == 403
        assert antwoord.json()["fout"]["toets"] == "werkgever_in_reikwijdte"
    else:
        assert antwoord.status_code == 201, antwoord.text
        return
    assert len(opstelling.systeem.dossiers.overzicht()) == voor


LEZINGEN = ["", "/export", "/geschiedenis", "/verplichtingen", "/toets"]


@EIGEN_OF_ANDER
@ROL
def test_lezen(opstelling: Opstelling, rol: str, eigen: bool) -> None:
    dossier_id = opstelling.dossier(EIGEN if eigen else ANDER, "lezen", vers=False)
    for pad in LEZINGEN:
        antwoord = opstelling.api.get(f"/dossiers/{dossier_id}{pad}", headers=kop(rol))
        assert antwoord.status_code == (200 if eigen else 404), pad
    resultaat = opstelling.cli(rol, "dossier", "toon", str(dossier_id), "--json")
    assert resultaat.exit_code == (0 if eigen else 3), resultaat.stderr


def test_een_lijst_toont_alleen_de_eigen_dossiers(opstelling: Opstelling) -> None:
    opstelling.dossier(EIGEN, "lijst", vers=False)
    opstelling.dossier(ANDER, "lijst", vers=False)
    resultaat = opstelling.cli("werkgever", "dossier", "lijst", "--json")
    assert resultaat.exit_code == 0, resultaat.stderr
    assert {d["werkgever"] for d in json.loads(resultaat.stdout)} == {EIGEN}


@pytest.mark.parametrize("rol", ["werkgever", "werknemer", "auditor", "beheerder"])
def test_signalen_alleen_uit_de_reikwijdte(opstelling: Opstelling, rol: str) -> None:
    opstelling.dossier(EIGEN, "signalen", vers=False)
    opstelling.dossier(ANDER, "signalen", vers=False)
    antwoord = opstelling.api.get(
        "/signalen", params={"peildatum": "2025-03-01", "binnen": 400}, headers=kop(rol)
    )
    assert antwoord.status_code == 200
    assert {s["werkgever"] for s in antwoord.json()["signalen"]} == {EIGEN}
    cli = opstelling.cli(rol, "signalen", "--peildatum", "2025-03-01", "--binnen", "400", "--json")
    assert cli.exit_code == 0, cli.stderr
    assert {s["werkgever"] for s in json.loads(cli.stdout)} == {EIGEN}
