"""Schemathesis against the app's own OpenAPI document, in-process: no 5xx, documented answers.

Every operation of ``/openapi.json`` gets generated requests, valid and invalid, sent through
schemathesis's ASGI transport (no network).  On top of what schemathesis generates, each
example draws:

- a token: mostly a valid one (werkgever, casemanager, bedrijfsarts, werknemer of the own
  employer, or the auditor for all employers), sometimes the generated ``Authorization``;
- a purpose in ``X-Doel`` (NEN 7513), mostly present;
- for a ``dossier_id`` in the path: mostly one of the seeded dossiers (of the own employer, or
  one of another employer the tokens may not see), sometimes the generated id;
- for a JSON body: the generated one, the same with a known fact type, or a valid fact from
  ``tests/data/voorbeelden`` (sometimes with a medical part); for an import: sometimes a whole
  example dossier file.

The checks: no server error; every status code is documented for its operation, and the
content type and body of every answer are the ones the document claims for that status.  A new
route must therefore document its error answers (``responses=_fouten(...)`` in the app).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen
from domain.gebeurtenissen import ALLE_TYPES
from tests.api.conftest import (
    ALLES,
    ANDER,
    DOEL,
    EIGEN,
    VOORBEELDEN,
    TestClient,
    kop,
    token,
    ziekmelding_json,
)
from tests.conftest import systeem_op

TOKENS = [token(rol) for rol in ("werkgever", "casemanager", "bedrijfsarts", "werknemer")]
TOKENS.append(ALLES)
TYPES = sorted(ALLE_TYPES)
MAPPEN = sorted(pad.parent for pad in VOORBEELDEN.glob("*/dossier.jsonl"))
BESTANDEN = [(map_ / "dossier.jsonl").read_text(encoding="utf-8") for map_ in MAPPEN]
AANVAARD = [
    tekst
    for map_, tekst in zip(MAPPEN, BESTANDEN, strict=True)
    if "refused" not in json.loads((map_ / "case.json").read_text(encoding="utf-8"))
]
FEITEN = [
    feit
    for tekst in BESTANDEN
    for feit in map(json.loads, tekst.splitlines())
    if feit["type"] != "ZiekmeldingOntvangen"
]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

# Per operation, one app and one store, shared by that operation's examples: the store grows
# (a dossier opened by one example is there for the next), which is intended, so the
# function-scoped fixture health check does not apply.  Derandomized under CI, like the
# profiles in tests/conftest.py.
INSTELLINGEN = settings(
    settings.default,
    max_examples=25,
    deadline=None,
    derandomize=os.environ.get("CI") == "true",
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)

# The document does not depend on the store or the tokens: read it from an empty app.  (Not
# schemathesis.pytest.from_fixture: its lazy schema sets ``request.node._nodeid``, which
# pytest 9.2's nodes no longer have, so every such test errors with AttributeError.)
schema = schemathesis.openapi.from_asgi(
    "/openapi.json",
    maak_app(
        systeem_op(in_geheugen(VasteKlok(datetime(2026, 1, 1, tzinfo=UTC)))).dienst,
        Toegangsconfig({}),
    ),
)


@pytest.fixture
def app(dossiers: Dossierbestand, config_pad: Path) -> FastAPI:
    """The app under test, over the in-memory store and the test tokens."""
    return maak_app(systeem_op(dossiers).dienst, Toegangsconfig.lees(config_pad))


@pytest.fixture
def dossier_ids(app: FastAPI) -> list[str]:
    """Dossiers seeded through the API: the ids of existing dossiers.

    Two new dossiers of the own employer (the first with a medical note of the bedrijfsarts),
    one of another employer, and the accepted example dossiers imported whole (own employer).
    """
    client = TestClient(app, raise_server_exceptions=False)
    antwoorden = [
        client.post(
            "/dossiers",
            json=ziekmelding_json(werkgever, werknemer=werknemer),
            headers=kop("werkgever", werkgever),
        )
        for werkgever, werknemer in ((EIGEN, "W-001"), (EIGEN, "W-002"), (ANDER, "W-001"))
    ]
    antwoorden += [
        client.post(
            "/dossiers/import",
            content=tekst.encode("utf-8"),
            headers={**kop("beheerder"), "Content-Type": "application/x-ndjson"},
        )
        for tekst in AANVAARD
    ]
    for antwoord in antwoorden:
        assert antwoord.status_code == 201, antwoord.text
    ids = [str(antwoord.json()["dossier_id"]) for antwoord in antwoorden]
    analyse = next(feit for feit in FEITEN if feit["type"] == "ProbleemanalyseOpgesteld")
    antwoord = client.post(
        f"/dossiers/{ids[0]}/feiten",
        json={**analyse, "medisch": {"diagnose": "overspanning", "behandeling": "rust"}},
        headers=kop("bedrijfsarts"),
    )
    assert antwoord.status_code == 201, antwoord.text
    return ids


def _kies(data: st.DataObject, keuzes: list[Any], label: str) -> Any:
    return data.draw(st.sampled_from(keuzes), label=label)


def _vul_in(case: schemathesis.Case[Any], data: st.DataObject, dossier_ids: list[str]) -> None:
    """Replace parts of the generated case by existing dossiers, tokens and facts."""
    if "dossier_id" in case.path_parameters:
        dossier_id = _kies(data, [*dossier_ids, None], "dossier_id")
        if dossier_id is not None:
            case.path_parameters["dossier_id"] = dossier_id
    geheim = _kies(data, [*TOKENS, None], "token")
    if geheim is not None:
        case.headers["Authorization"] = f"Bearer {geheim}"
    if _kies(data, [True, True, True, False], "X-Doel"):
        case.headers["X-Doel"] = DOEL
    if isinstance(case.body, dict):
        soort = _kies(data, ["voorbeeld", "bekend type", "gegenereerd"], "body")
        if soort == "voorbeeld" and case.path == "/dossiers":
            case.body = ziekmelding_json(_kies(data, [EIGEN, ANDER], "werkgever"))
        elif soort == "voorbeeld":
            case.body = dict(_kies(data, FEITEN, "feit"))
            if _kies(data, [False, True], "medisch"):
                case.body["medisch"] = {"diagnose": data.draw(st.text(max_size=20), "diagnose")}
        elif soort == "bekend type":
            case.body = {**case.body, "type": _kies(data, TYPES, "type")}
    elif (
        isinstance(case.body, str)
        and case.path == "/dossiers/import"
        and _kies(data, [True, False], "voorbeeldbestand")
    ):
        case.body = _kies(data, BESTANDEN, "bestand")


@schema.parametrize()
@schema.given(data=st.data())
@INSTELLINGEN
def test_api(
    case: schemathesis.Case[Any], data: st.DataObject, app: FastAPI, dossier_ids: list[str]
) -> None:
    _vul_in(case, data, dossier_ids)
    case.call_and_validate(app=app, checks=CHECKS)
