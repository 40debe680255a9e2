"""Every endpoint's happy path and each error answer, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from uuid import UUID, uuid4

import pytest
from fastapi.testclient import TestClient

from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.toegangslog import toegangslog_voor
from domain.gebeurtenissen import ALLE_TYPES
from tests.api.conftest import ALLES, ANDER, DOEL, EIGEN, VOORBEELDEN, kop, ziekmelding_json
from tests.conftest import Opslag

Opener = Callable[..., str]

ANALYSE = {
    "type": "ProbleemanalyseOpgesteld",
    "datum": "2025-02-10",
    "benutbare_mogelijkheden": True,
}
PLAN = {
    "type": "PlanVanAanpakOpgesteld",
    "datum": "2025-02-20",
    "casemanager": "M. Bakker",
    "doel": "aangepast_werk",
}


@pytest.fixture
def dossiers(opslag: Opslag) -> Dossierbestand:
    """Each test runs on every store (PostgreSQL under ``make test``)."""
    return opslag.app


def _voorbeeld(naam: str) -> str:
    return (VOORBEELDEN / naam / "dossier.jsonl").read_text(encoding="utf-8")


def _importeer(client: TestClient, tekst: str, rol: str = "beheerder") -> str:
    antwoord = client.post(
        "/dossiers/import",
        content=tekst.encode("utf-8"),
        headers={**kop(rol), "Content-Type": "application/x-ndjson"},
    )
    assert antwoord.status_code == 201, antwoord.text
    return str(antwoord.json()["dossier_id"])


# -- opening ----------------------------------------------------------------------------


def test_open_dossier_geeft_id_location_en_etag(
    client: TestClient, dossiers: Dossierbestand
) -> None:
    antwoord = client.post("/dossiers", json=ziekmelding_json(), headers=kop("casemanager"))
    assert antwoord.status_code == 201
    dossier_id = antwoord.json()["dossier_id"]
    assert antwoord.headers["Location"] == f"/dossiers/{dossier_id}"
    assert antwoord.headers["ETag"] == '"1"'
    opgeslagen = dossiers.dossier(UUID(dossier_id))
    assert opgeslagen.werkgever == EIGEN
    herkomst = opgeslagen.registraties[0].herkomst
    assert (herkomst.bron, herkomst.rol, herkomst.geregistreerd_door) == (
        "api",
        "casemanager",
        f"casemanager@{EIGEN}",
    )


def test_open_geweigerd_noemt_veld_en_toets_en_slaat_niets_op(
    client: TestClient, dossiers: Dossierbestand
) -> None:
    gegevens = ziekmelding_json()
    del gegevens["werknemer"]
    antwoord = client.post("/dossiers", json=gegevens, headers=kop())
    assert antwoord.status_code == 422
    fout = antwoord.json()["fout"]
    assert fout["veld"] == "werknemer"
    assert fout["toets"] == "geldig_veld"
    assert "[toets: geldig_veld]" in fout["melding"]
    assert dossiers.overzicht() == []


def test_open_met_ander_type_is_422(client: TestClient, dossiers: Dossierbestand) -> None:
    antwoord = client.post("/dossiers", json=ANALYSE, headers=kop())
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"]["toets"] == "dossier_begint_met_ziekmelding"
    assert dossiers.overzicht() == []


def test_open_voor_andere_werkgever_is_403(client: TestClient, dossiers: Dossierbestand) -> None:
    antwoord = client.post("/dossiers", json=ziekmelding_json(ANDER), headers=kop())
    assert antwoord.status_code == 403
    assert antwoord.json()["fout"]["toets"] == "werkgever_in_reikwijdte"
    assert dossiers.overzicht() == []


def test_open_door_bedrijfsarts_is_403(client: TestClient) -> None:
    antwoord = client.post("/dossiers", json=ziekmelding_json(), headers=kop("bedrijfsarts"))
    assert antwoord.status_code == 403
    assert antwoord.json()["fout"]["toets"] == "bevoegd_ZiekmeldingOntvangen"


# -- recording --------------------------------------------------------------------------


def test_feit_vastleggen_geeft_positie_en_etag(client: TestClient, open_dossier: Opener) -> None:
    dossier_id = open_dossier()
    antwoord = client.post(
        f"/dossiers/{dossier_id}/feiten", json=ANALYSE, headers=kop("bedrijfsarts")
    )
    assert antwoord.status_code == 201, antwoord.text
    assert antwoord.json()["positie"] == 2
    assert antwoord.headers["ETag"] == '"2"'
    gelezen = client.get(f"/dossiers/{dossier_id}", headers=kop())
    assert gelezen.headers["ETag"] == '"2"'


def test_geweigerd_feit_is_422_met_veld_en_regel_en_niets_opgeslagen(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand
) -> None:
    dossier_id = open_dossier()
    antwoord = client.post(f"/dossiers/{dossier_id}/feiten", json=PLAN, headers=kop("casemanager"))
    assert antwoord.status_code == 422
    fout = antwoord.json()["fout"]
    assert fout["toets"] == "plan_na_probleemanalyse"
    assert fout["veld"] is not None
    assert "plan_na_probleemanalyse" in fout["melding"]
    assert dossiers.dossier(UUID(dossier_id)).version == 1


def test_veldfout_noemt_het_veld(client: TestClient, open_dossier: Opener) -> None:
    dossier_id = open_dossier()
    antwoord = client.post(
        f"/dossiers/{dossier_id}/feiten",
        json={"type": "LoonsanctieOpgelegd", "datum": "2025-03-01", "weken": 60},
        headers=kop("uwv"),
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"]["veld"] == "weken"
    assert antwoord.json()["fout"]["toets"] == "loonsanctie_1_tot_52_weken"


def test_if_match_verouderd_is_409_en_slaat_niets_op(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand
) -> None:
    dossier_id = open_dossier()
    pad = f"/dossiers/{dossier_id}/feiten"
    eerste = client.post(pad, json=ANALYSE, headers={**kop("bedrijfsarts"), "If-Match": '"1"'})
    assert eerste.status_code == 201
    tweede = client.post(pad, json=ANALYSE, headers={**kop("bedrijfsarts"), "If-Match": '"1"'})
    assert tweede.status_code == 409
    assert tweede.json()["fout"]["toets"] == "verwachte_versie"
    assert dossiers.dossier(UUID(dossier_id)).version == 2
    derde = client.post(
        pad, json=PLAN, headers={**kop("casemanager"), "If-Match": eerste.headers["ETag"]}
    )
    assert derde.status_code == 201
    assert derde.headers["ETag"] == '"3"'


def test_if_match_onzin_is_422(client: TestClient, open_dossier: Opener) -> None:
    dossier_id = open_dossier()
    antwoord = client.post(
        f"/dossiers/{dossier_id}/feiten",
        json=ANALYSE,
        headers={**kop("bedrijfsarts"), "If-Match": "abc"},
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"]["veld"] == "If-Match"


def test_correctie_alleen_door_wie_het_origineel_mag_vastleggen(
    client: TestClient, open_dossier: Opener
) -> None:
    dossier_id = open_dossier()
    pad = f"/dossiers/{dossier_id}/feiten"
    assert client.post(pad, json=ANALYSE, headers=kop("bedrijfsarts")).status_code == 201
    correctie = {
        "type": "RegistratieGecorrigeerd",
        "datum": "2025-02-11",
        "betreft": 2,
        "reden": "typefout",
        "velden": {"benutbare_mogelijkheden": False},
    }
    geweigerd = client.post(pad, json=correctie, headers=kop("werkgever"))
    assert geweigerd.status_code == 403
    assert geweigerd.json()["fout"]["toets"] == "bevoegd_ProbleemanalyseOpgesteld"
    assert client.post(pad, json=correctie, headers=kop("bedrijfsarts")).status_code == 201


# -- authentication and scope ------------------------------------------------------------


def test_zonder_of_met_onbekend_token_is_401(client: TestClient, open_dossier: Opener) -> None:
    dossier_id = open_dossier()
    for koppen in ({}, {"Authorization": "Bearer onbekend"}, {"Authorization": "Basic eDp5"}):
        antwoord = client.get(f"/dossiers/{dossier_id}", headers={**koppen, "X-Doel": DOEL})
        assert antwoord.status_code == 401
        assert antwoord.headers["WWW-Authenticate"] == "Bearer"
        assert client.post("/dossiers", json=ziekmelding_json(), headers=koppen).status_code == 401


def test_onbekend_dossier_is_404(client: TestClient) -> None:
    for dossier_id in (str(uuid4()), "abcd", "niet-een-id"):
        antwoord = client.get(f"/dossiers/{dossier_id}", headers=kop())
        assert antwoord.status_code == 404
        assert antwoord.json()["fout"]["toets"] == "dossier_bestaat"
        schrijf = client.post(
            f"/dossiers/{dossier_id}/feiten", json=ANALYSE, headers=kop("bedrijfsarts")
        )
        assert schrijf.status_code == 404


def test_dossier_van_andere_werkgever_is_404_als_onbekend(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand
) -> None:
    dossier_id = open_dossier(ANDER)
    onbekend = client.get(f"/dossiers/{uuid4()}", headers=kop()).json()
    for pad in ("", "/export", "/geschiedenis", "/verplichtingen", "/toets"):
        antwoord = client.get(f"/dossiers/{dossier_id}{pad}", headers=kop())
        assert antwoord.status_code == 404
        assert antwoord.json()["fout"]["toets"] == onbekend["fout"]["toets"]
    schrijf = client.post(
        f"/dossiers/{dossier_id}/feiten", json=ANALYSE, headers=kop("bedrijfsarts")
    )
    assert schrijf.status_code == 404
    log = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))
    buitenstaanders = [r for r in log if r.gebruiker.endswith(f"@{EIGEN}")]
    assert [r.actie for r in buitenstaanders] == [
        "lezen",
        "exporteren",
        "geschiedenis",
        "lezen",
        "toetsen",
        "vastleggen",
    ]
    assert {r.resultaat for r in buitenstaanders} == {"geweigerd"}
    assert {r.werknemer for r in buitenstaanders} == {None}
    assert (
        client.get(
            f"/dossiers/{dossier_id}",
            headers={"Authorization": f"Bearer {ALLES}", "X-Doel": "audit"},
        ).status_code
        == 200
    )


def test_lezen_zonder_doel_is_422_op_x_doel(client: TestClient, open_dossier: Opener) -> None:
    dossier_id = open_dossier()
    for pad in (f"/dossiers/{dossier_id}", f"/dossiers/{dossier_id}/export", "/signalen"):
        antwoord = client.get(pad, headers=kop(doel=None))
        assert antwoord.status_code == 422
        assert antwoord.json()["fout"]["veld"] == "X-Doel"


# -- import and export --------------------------------------------------------------------


def test_import_en_export_rond(client: TestClient, dossiers: Dossierbestand) -> None:
    tekst = _voorbeeld("01-eerste-spoor-op-tijd")
    dossier_id = _importeer(client, tekst)
    aantal = len([r for r in tekst.splitlines() if r.strip()])
    assert dossiers.dossier(UUID(dossier_id)).version == aantal
    export = client.get(f"/dossiers/{dossier_id}/export", headers=kop())
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("application/x-ndjson")
    regels = [json.loads(r) for r in export.text.splitlines()]
    assert len(regels) == aantal
    assert [r["positie"] for r in regels] == list(range(1, aantal + 1))
    assert all("hash" in r for r in regels)
    # an export imports again (the chain is verified) as a new dossier
    tweede = client.post(
        "/dossiers/import",
        content=export.content,
        headers={**kop("beheerder"), "Content-Type": "text/plain"},
    )
    assert tweede.status_code == 201
    assert tweede.json()["dossier_id"] != dossier_id


def test_import_geweigerd_noemt_regel_en_slaat_niets_op(
    client: TestClient, dossiers: Dossierbestand
) -> None:
    antwoord = client.post(
        "/dossiers/import",
        content=_voorbeeld("04-plan-voor-analyse-geweigerd").encode(),
        headers={**kop(), "Content-Type": "application/x-ndjson"},
    )
    assert antwoord.status_code == 422
    fout = antwoord.json()["fout"]
    assert fout["toets"] == "plan_na_probleemanalyse"
    assert isinstance(fout["regel"], int)
    assert dossiers.overzicht() == []


def test_import_verkeerd_content_type_is_415(client: TestClient) -> None:
    antwoord = client.post(
        "/dossiers/import",
        content=_voorbeeld("01-eerste-spoor-op-tijd").encode(),
        headers={**kop(), "Content-Type": "application/json"},
    )
    assert antwoord.status_code == 415


def test_import_door_bedrijfsarts_is_403(client: TestClient, dossiers: Dossierbestand) -> None:
    antwoord = client.post(
        "/dossiers/import",
        content=_voorbeeld("01-eerste-spoor-op-tijd").encode(),
        headers={**kop("bedrijfsarts"), "Content-Type": "application/x-ndjson"},
    )
    assert antwoord.status_code == 403
    assert antwoord.json()["fout"]["toets"] == "bevoegd_import"
    assert dossiers.overzicht() == []


# -- reads ------------------------------------------------------------------------------


def test_dossier_lezen_op_twee_tijdassen(client: TestClient) -> None:
    dossier_id = _importeer(client, _voorbeeld("01-eerste-spoor-op-tijd"))
    antwoord = client.get(
        f"/dossiers/{dossier_id}", params={"peildatum": "2025-03-01"}, headers=kop()
    )
    assert antwoord.status_code == 200
    gegevens = antwoord.json()
    assert gegevens["peildatum"] == "2025-03-01"
    assert gegevens["werkgever"] == EIGEN
    assert gegevens["feiten"][0]["type"] == "ZiekmeldingOntvangen"
    assert {"regel", "uiterste_datum", "status", "uitleg"} <= set(gegevens["verplichtingen"][0])
    assert "sporen" in gegevens["stand"]
    # the test clock starts 2026-01-01 12:00 UTC: on 2025-12-31 the dossier did not exist yet
    eerder = client.get(
        f"/dossiers/{dossier_id}", params={"zoals_bekend_op": "2025-12-31"}, headers=kop()
    )
    assert eerder.status_code == 404
    later = client.get(
        f"/dossiers/{dossier_id}",
        params={"zoals_bekend_op": "2026-01-02T00:00:00+01:00"},
        headers=kop(),
    )
    assert later.status_code == 200
    assert later.json()["versie"] == gegevens["versie"]
    fout = client.get(
        f"/dossiers/{dossier_id}", params={"zoals_bekend_op": "gisteren"}, headers=kop()
    )
    assert fout.status_code == 422
    assert fout.json()["fout"]["veld"] == "zoals_bekend_op"


def test_geschiedenis_verplichtingen_toets(client: TestClient) -> None:
    dossier_id = _importeer(client, _voorbeeld("05-tweede-spoor-te-laat-gestart"))
    geschiedenis = client.get(f"/dossiers/{dossier_id}/geschiedenis", headers=kop("auditor"))
    assert geschiedenis.status_code == 200
    registraties = geschiedenis.json()["registraties"]
    assert registraties[0]["positie"] == 1
    assert registraties[0]["herkomst"]["bron"] == "api"
    verplichtingen = client.get(
        f"/dossiers/{dossier_id}/verplichtingen",
        params={"peildatum": "2025-05-01"},
        headers=kop("uwv"),
    )
    assert verplichtingen.status_code == 200
    assert verplichtingen.json()["peildatum"] == "2025-05-01"
    assert verplichtingen.json()["verplichtingen"]
    toets = client.get(
        f"/dossiers/{dossier_id}/toets", params={"peildatum": "2025-05-01"}, headers=kop()
    )
    assert toets.status_code == 200
    assert toets.json()["oordeel"] in ("compleet", "onvolledig")
    assert toets.json()["toetspunten"]


def test_signalen_filters_paginas_en_reikwijdte(client: TestClient, open_dossier: Opener) -> None:
    open_dossier()
    open_dossier(werknemer="W-002")
    open_dossier(ANDER)
    params = {"peildatum": "2025-03-01", "binnen": 30}
    alle = client.get("/signalen", params=params, headers=kop())
    assert alle.status_code == 200
    gegevens = alle.json()
    assert gegevens["totaal"] > 0
    assert {s["werkgever"] for s in gegevens["signalen"]} == {EIGEN}
    alles = client.get(
        "/signalen", params=params, headers={"Authorization": f"Bearer {ALLES}", "X-Doel": "audit"}
    )
    assert {s["werkgever"] for s in alles.json()["signalen"]} == {EIGEN, ANDER}
    regel = gegevens["signalen"][0]["regel"]
    gefilterd = client.get("/signalen", params={**params, "regel": regel}, headers=kop()).json()
    assert {s["regel"] for s in gefilterd["signalen"]} == {regel}
    verlopen = client.get(
        "/signalen", params={**params, "status": "verlopen"}, headers=kop()
    ).json()
    assert {s["status"] for s in verlopen["signalen"]} <= {"verlopen"}
    ander = client.get("/signalen", params={**params, "werkgever": ANDER}, headers=kop()).json()
    assert ander["totaal"] == 0
    pagina1 = client.get("/signalen", params={**params, "per_pagina": 1}, headers=kop()).json()
    pagina2 = client.get(
        "/signalen", params={**params, "per_pagina": 1, "pagina": 2}, headers=kop()
    ).json()
    assert len(pagina1["signalen"]) == 1
    assert pagina1["totaal"] == gegevens["totaal"]
    if gegevens["totaal"] > 1:
        assert pagina2["signalen"][0] == gegevens["signalen"][1]
    assert client.get("/signalen", params={"binnen": -1}, headers=kop()).status_code == 422
    assert client.get("/signalen", params={"status": "klaar"}, headers=kop()).status_code == 422


# -- access log ---------------------------------------------------------------------------


def test_elke_lezing_staat_in_het_toegangslog(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand
) -> None:
    dossier_id = open_dossier()
    lezingen = {
        "": "lezen",
        "/export": "exporteren",
        "/geschiedenis": "geschiedenis",
        "/verplichtingen": "lezen",
        "/toets": "toetsen",
    }
    for pad in lezingen:
        assert (
            client.get(
                f"/dossiers/{dossier_id}{pad}", headers=kop("casemanager", doel="loonsanctie-check")
            ).status_code
            == 200
        )
    assert (
        client.get("/signalen", params={"peildatum": "2025-03-01"}, headers=kop("uwv")).status_code
        == 200
    )
    log = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))[1:]  # [0]: opened
    assert [r.actie for r in log] == [*lezingen.values(), "lezen"]
    assert {r.bron for r in log} == {"api"}
    assert {r.resultaat for r in log} == {"toegestaan"}
    assert [(r.gebruiker, r.rol, r.doel) for r in log[:5]] == [
        (f"casemanager@{EIGEN}", "casemanager", "loonsanctie-check")
    ] * 5
    assert (log[5].rol, log[5].toelichting, log[5].werknemer) == ("uwv", "signalen", "W-001")


def test_schrijven_staat_als_vastleggen_in_het_toegangslog(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand
) -> None:
    dossier_id = open_dossier()
    client.post(f"/dossiers/{dossier_id}/feiten", json=ANALYSE, headers=kop("bedrijfsarts"))
    geweigerd = client.post(f"/dossiers/{dossier_id}/feiten", json=ANALYSE, headers=kop("uwv"))
    assert geweigerd.status_code == 403
    log = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))
    assert [(r.actie, r.rol, r.resultaat) for r in log] == [
        ("vastleggen", "werkgever", "toegestaan"),
        ("vastleggen", "bedrijfsarts", "toegestaan"),
        ("vastleggen", "uwv", "geweigerd"),
    ]
    assert log[0].toelichting == "dossier geopend"
    assert "ProbleemanalyseOpgesteld" in (log[2].toelichting or "")


def test_openapi_wordt_geserveerd(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    paden = set(document["paths"])
    assert {
        "/dossiers",
        "/dossiers/import",
        "/dossiers/{dossier_id}",
        "/dossiers/{dossier_id}/feiten",
        "/dossiers/{dossier_id}/export",
        "/dossiers/{dossier_id}/geschiedenis",
        "/dossiers/{dossier_id}/verplichtingen",
        "/dossiers/{dossier_id}/toets",
        "/signalen",
    } <= paden
    assert "HTTPBearer" in document["components"]["securitySchemes"]


def test_openapi_beschrijft_elk_type_feit_met_zijn_velden(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    body = document["paths"]["/dossiers/{dossier_id}/feiten"]["post"]["requestBody"]
    keuzes = body["content"]["application/json"]["schema"]
    assert set(keuzes["discriminator"]["mapping"]) == set(ALLE_TYPES)
    analyse = schemas["ProbleemanalyseOpgesteld"]
    assert set(analyse["required"]) == {"type", "datum", "benutbare_mogelijkheden"}
    assert analyse["additionalProperties"] is False
    assert analyse["properties"]["medisch"]["$ref"].endswith("/MedischeGegevens")
    assert "medisch" not in schemas["PlanVanAanpakOpgesteld"]["properties"]
    opener = document["paths"]["/dossiers"]["post"]["requestBody"]["content"]
    assert opener["application/json"]["schema"]["$ref"].endswith("/ZiekmeldingOntvangen")
