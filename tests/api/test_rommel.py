"""Garbage at every endpoint: random bodies, bad dates, wrong content types; never a 5xx."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import in_geheugen
from domain.gebeurtenissen import ALLE_TYPES
from tests.api.conftest import TestClient, kop, schrijf_config, ziekmelding_json
from tests.conftest import systeem_op

RARE_WAARDEN = [
    "2025-02-30",
    "9999-12-31",
    "0001-01-01",
    "10000-01-01",
    "2025-1-1",
    "",
    " ",
    "x",
    "-1",
    "1e309",
    "99999999999999999999999",
    "2025-01-06T25:00",
    "2025-01-06T12:00+99:00",
    "\u00e9\u20ac",
    "%00",
    "null",
]
RARE_JSON: list[Any] = [
    None,
    True,
    0,
    -1,
    10**30,
    1.5,
    float("1e300"),
    "",
    "9999-12-31",
    "0001-01-01",
    [],
    {},
    {"rol": "bedrijfsarts"},
    [1, 2],
]

json_waarde = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda kind: (
        st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=8), kind, max_size=3)
    ),
    max_leaves=8,
)
veldnamen = st.sampled_from(
    [
        "datum",
        "eerste_ziektedag",
        "werknemer",
        "werkgever",
        "door",
        "toelichting",
        "betreft",
        "velden",
        "reden",
        "weken",
        "uren_per_week",
        "nieuwe_einddatum",
        "percentage",
        "benutbare_mogelijkheden",
        "positie",
        "hash",
    ]
) | st.text(max_size=10)
feitachtig = st.builds(
    lambda type_naam, velden: {"type": type_naam, **velden},
    st.sampled_from([*ALLE_TYPES, "Onbekend", ""]) | json_waarde,
    st.dictionaries(veldnamen, st.sampled_from(RARE_JSON + RARE_WAARDEN) | json_waarde, max_size=6),
)
body = (
    st.binary(max_size=300)
    | json_waarde.map(lambda w: json.dumps(w).encode())
    | feitachtig.map(lambda f: json.dumps(f).encode())
)
content_types = st.sampled_from(
    ["application/json", "application/x-ndjson", "text/plain", "", "image/png", "x/;;;"]
)
tekst = st.sampled_from(RARE_WAARDEN) | st.text(max_size=30)
ETAGS = st.sampled_from(["", "*", '"1"', 'W/"2"', "abc", "-1", "99999999999999999999", '"'])


@pytest.fixture(scope="module")
def omgeving(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, str]:
    """One app with one dossier of the own employer."""
    klok = VasteKlok(datetime(2026, 1, 1, 12, 0, tzinfo=UTC), stap=timedelta(seconds=1))
    config = Toegangsconfig.lees(schrijf_config(tmp_path_factory.mktemp("rommel")))
    client = TestClient(
        maak_app(systeem_op(in_geheugen(klok)).dienst, config), raise_server_exceptions=False
    )
    antwoord = client.post("/dossiers", json=ziekmelding_json(), headers=kop())
    return client, str(antwoord.json()["dossier_id"])


def _geen_serverfout(antwoord: Any) -> None:
    assert antwoord.status_code < 500, antwoord.text


@given(
    inhoud=body,
    soort=content_types,
    etag=ETAGS,
    rol=st.sampled_from(["werkgever", "bedrijfsarts", "uwv"]),
)
def test_rommel_naar_de_schrijvende_endpoints(
    omgeving: tuple[TestClient, str], inhoud: bytes, soort: str, etag: str, rol: str
) -> None:
    client, dossier_id = omgeving
    koppen = {**kop(rol), "Content-Type": soort}
    _geen_serverfout(client.post("/dossiers", content=inhoud, headers=koppen))
    _geen_serverfout(
        client.post(
            f"/dossiers/{dossier_id}/feiten", content=inhoud, headers={**koppen, "If-Match": etag}
        )
    )
    _geen_serverfout(client.post("/dossiers/import", content=inhoud, headers=koppen))


@settings(max_examples=40)
@given(feit=feitachtig)
def test_rommelfeiten_als_json_en_als_import(
    omgeving: tuple[TestClient, str], feit: dict[str, Any]
) -> None:
    client, dossier_id = omgeving
    _geen_serverfout(
        client.post(f"/dossiers/{dossier_id}/feiten", json=feit, headers=kop("werkgever"))
    )
    regels = json.dumps(ziekmelding_json()) + "\n" + json.dumps(feit)
    _geen_serverfout(
        client.post(
            "/dossiers/import",
            content=regels.encode(),
            headers={**kop(), "Content-Type": "application/x-ndjson"},
        )
    )
    _geen_serverfout(client.post("/dossiers", json={**ziekmelding_json(), **feit}, headers=kop()))


@settings(max_examples=20)
@given(
    peildatum=tekst,
    zoals_bekend_op=tekst,
    binnen=tekst,
    pagina=tekst,
    per_pagina=tekst,
    overig=tekst,
    pad_id=st.sampled_from(["", "abcd", "..", "%2e%2e", "0" * 32, "x" * 300])
    | st.text(max_size=20),
)
def test_rommel_naar_de_lezende_endpoints(
    omgeving: tuple[TestClient, str],
    peildatum: str,
    zoals_bekend_op: str,
    binnen: str,
    pagina: str,
    per_pagina: str,
    overig: str,
    pad_id: str,
) -> None:
    client, dossier_id = omgeving
    params = {"peildatum": peildatum, "zoals_bekend_op": zoals_bekend_op}
    for id_ in (dossier_id, quote(pad_id, safe="")):
        for pad in ("", "/export", "/geschiedenis", "/verplichtingen", "/toets"):
            _geen_serverfout(client.get(f"/dossiers/{id_}{pad}", params=params, headers=kop()))
    signaalparams = {
        "peildatum": peildatum,
        "binnen": binnen,
        "pagina": pagina,
        "per_pagina": per_pagina,
        "werkgever": overig,
        "regel": overig,
        "status": overig,
    }
    _geen_serverfout(client.get("/signalen", params=signaalparams, headers=kop()))


@pytest.mark.parametrize("peildatum", ["9999-12-31", "0001-01-01", "0001-01-02"])
def test_uiterste_peildata(omgeving: tuple[TestClient, str], peildatum: str) -> None:
    client, dossier_id = omgeving
    for pad in ("", "/geschiedenis", "/verplichtingen", "/toets"):
        _geen_serverfout(
            client.get(
                f"/dossiers/{dossier_id}{pad}", params={"peildatum": peildatum}, headers=kop()
            )
        )
    _geen_serverfout(
        client.get("/signalen", params={"peildatum": peildatum, "binnen": 3660}, headers=kop())
    )


@pytest.mark.parametrize("eerste_ziektedag", ["9999-12-31", "9999-01-01", "0001-01-01"])
def test_uiterste_ziektedag(omgeving: tuple[TestClient, str], eerste_ziektedag: str) -> None:
    client, _ = omgeving
    melding = ziekmelding_json(datum=eerste_ziektedag, eerste_ziektedag=eerste_ziektedag)
    _geen_serverfout(client.post("/dossiers", json=melding, headers=kop()))
    _geen_serverfout(client.get("/signalen", headers=kop()))
