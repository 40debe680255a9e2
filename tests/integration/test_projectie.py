"""The live signalen projection on PostgreSQL: current, exactly once, resumable, rebuildable.

Every check compares the projection with the read model written in each save's own transaction,
which other tests compare with a full replay of every dossier.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from eventsourcing.persistence import IntegrityError, Tracking

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, open_dossiers
from adapters.opslag.instellingen import Instellingen
from adapters.opslag.overzicht import rij_voor
from adapters.opslag.projectie import (
    GeenProjectiesError,
    Signalenrunner,
    SignalenView,
    bij,
    herbouw,
    open_view,
    stand,
    wacht_op,
)
from domain.dienst import Dossierdienst
from domain.verzuimdossier import Verzuimdossier
from tests.conftest import HERKOMST, feit, systeem_op, ziekmelding

pytestmark = pytest.mark.postgres
PEIL = date(2025, 9, 1)


@pytest.fixture
def instellingen(postgres_schema: tuple[str, str]) -> Instellingen:
    url, schema = postgres_schema
    return Instellingen.uit_omgeving(
        {
            "SPOORWIJZER_OPSLAG": "postgres",
            "SPOORWIJZER_DATABASE_URL": url,
            "POSTGRES_SCHEMA": schema,
        }
    )


@pytest.fixture
def app(instellingen: Instellingen, klok: VasteKlok) -> Iterator[Dossierbestand]:
    dossiers = open_dossiers(instellingen, klok)
    yield dossiers
    dossiers.close()


@pytest.fixture
def view(instellingen: Instellingen, app: Dossierbestand) -> SignalenView:
    return open_view(instellingen)


def _dossiers(app: Dossierbestand, aantal: int, begin: int = 0) -> list[UUID]:
    """Dossiers with a few facts each (analysis on time, no plan: a signal)."""
    ids = []
    for nummer in range(begin, begin + aantal):
        dossier_id = app.open_dossier(
            ziekmelding("2025-01-06", werknemer=f"W-{nummer:04d}"), HERKOMST
        )
        app.registreer(
            dossier_id,
            feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True),
            HERKOMST,
        )
        ids.append(dossier_id)
    return ids


def _gelijk_aan_leesmodel(view: SignalenView, app: Dossierbestand) -> None:
    verwacht = {r.dossier_id: (r.versie, r.feiten_json) for r in app.overzicht()}
    gekregen = {r.dossier_id: (r.versie, r.feiten_json) for r in view.rijen()}
    assert gekregen == verwacht
    assert view.signalen(PEIL, 14) == app.signalen(PEIL, 14)


def test_runner_volgt_nieuwe_gebeurtenissen(
    instellingen: Instellingen, app: Dossierbestand, view: SignalenView
) -> None:
    with Signalenrunner(instellingen) as runner:
        ids = _dossiers(app, 5)
        laatste = app.recorder.max_notification_id()
        assert laatste is not None
        assert wacht_op(runner.view, app, laatste, 10.0)
        _gelijk_aan_leesmodel(view, app)
        app.registreer(
            ids[0],
            feit("PlanVanAanpakOpgesteld", "2025-02-20", casemanager="M", doel="aangepast_werk"),
            HERKOMST,
        )
        assert wacht_op(runner.view, app, laatste + 1, 10.0)
        assert view.versie(ids[0]) == 3
    _gelijk_aan_leesmodel(view, app)
    assert stand(view, app).achterstand == 0


def test_hervat_na_stoppen_waar_het_bleef(
    instellingen: Instellingen, app: Dossierbestand, view: SignalenView
) -> None:
    with Signalenrunner(instellingen) as runner:
        _dossiers(app, 10)
        assert wacht_op(runner.view, app, app.recorder.max_notification_id() or 0, 10.0)
    gestopt_op = view.max_tracking_id(app.name)
    _dossiers(app, 10, begin=10)  # recorded while no runner runs
    assert stand(view, app).achterstand == 20
    with Signalenrunner(instellingen) as runner:
        assert wacht_op(runner.view, app, app.recorder.max_notification_id() or 0, 10.0)
    assert (view.max_tracking_id(app.name) or 0) > (gestopt_op or 0)
    _gelijk_aan_leesmodel(view, app)


def test_een_notificatie_wordt_nooit_twee_keer_verwerkt(
    app: Dossierbestand, view: SignalenView
) -> None:
    [dossier_id] = _dossiers(app, 1)
    assert bij(view, app) == 2
    assert bij(view, app) == 0
    oud = rij_voor(app.dossier(dossier_id, versie=1))
    with pytest.raises(IntegrityError):
        view.werk_bij([oud], Tracking(app.name, 1))
    assert view.versie(dossier_id) == 2  # the row rolled back with the refused tracking


def test_twee_runners_op_een_view_geven_hetzelfde(
    instellingen: Instellingen, app: Dossierbestand, view: SignalenView
) -> None:
    with Signalenrunner(instellingen) as een, Signalenrunner(instellingen) as twee:
        _dossiers(app, 15)
        laatste = app.recorder.max_notification_id() or 0
        assert wacht_op(een.view, app, laatste, 10.0)
        assert wacht_op(twee.view, app, laatste, 10.0)
    _gelijk_aan_leesmodel(view, app)


def test_herbouw_geeft_dezelfde_projectie(app: Dossierbestand, view: SignalenView) -> None:
    _dossiers(app, 30)
    assert bij(view, app) == 60
    voor = sorted((r.dossier_id, r.versie, r.feiten_json) for r in view.rijen())
    stappen: list[int] = []
    assert herbouw(view, app, stappen.append) == 60
    assert sum(stappen) == 60
    assert sorted((r.dossier_id, r.versie, r.feiten_json) for r in view.rijen()) == voor
    _gelijk_aan_leesmodel(view, app)


def test_signalen_per_werkgever(app: Dossierbestand, view: SignalenView) -> None:
    app.open_dossier(ziekmelding(werkgever="Bouwbedrijf Van Dam"), HERKOMST)
    _dossiers(app, 2)
    bij(view, app)
    alleen = view.signalen(PEIL, 14, werkgevers={"Bouwbedrijf Van Dam"})
    assert alleen
    assert {s.werkgever for s in alleen} == {"Bouwbedrijf Van Dam"}


def test_geheugen_heeft_geen_projecties() -> None:
    with pytest.raises(GeenProjectiesError, match="alleen op PostgreSQL"):
        open_view(Instellingen(opslag="geheugen"))


def test_api_signalen_uit_de_projectie_gelijk_aan_op_aanvraag(
    app: Dossierbestand, view: SignalenView, tmp_path: Path
) -> None:
    from tests.api.conftest import TestClient, kop, schrijf_config

    toegang = Toegangsconfig.lees(schrijf_config(tmp_path))
    app.open_dossier(ziekmelding(werkgever="Hoveniersbedrijf De Linde"), HERKOMST)
    app.open_dossier(ziekmelding(werkgever="Bouwbedrijf Van Dam"), HERKOMST)
    bij(view, app)
    op_aanvraag_dienst = systeem_op(app).dienst
    live_dienst = Dossierdienst(
        app, op_aanvraag_dienst.toegangslog, op_aanvraag_dienst.medisch, signalen=view.signalen
    )
    live = TestClient(maak_app(live_dienst, toegang))
    op_aanvraag = TestClient(maak_app(op_aanvraag_dienst, toegang))
    vraag = {"peildatum": "2025-03-01", "binnen": 60}
    antwoord = live.get("/signalen", params=vraag, headers=kop("casemanager"))
    assert antwoord.status_code == 200
    assert (
        antwoord.json()
        == op_aanvraag.get("/signalen", params=vraag, headers=kop("casemanager")).json()
    )
    assert {s["werkgever"] for s in antwoord.json()["signalen"]} == {"Hoveniersbedrijf De Linde"}


def test_runner_past_een_volgende_gebeurtenis_toe_zonder_de_stroom_te_herlezen(
    instellingen: Instellingen,
    app: Dossierbestand,
    view: SignalenView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = feit("PlanVanAanpakOpgesteld", "2025-02-20", casemanager="M", doel="aangepast_werk")
    with Signalenrunner(instellingen) as runner:
        gelezen: list[UUID] = []
        lees = runner.bron.dossier

        def tel(dossier_id: UUID, versie: int | None = None) -> Verzuimdossier:
            gelezen.append(dossier_id)
            return lees(dossier_id, versie)

        monkeypatch.setattr(runner.bron, "dossier", tel)
        [dossier_id] = _dossiers(app, 1)
        assert wacht_op(runner.view, app, app.recorder.max_notification_id() or 0, 10.0)
        app.registreer(dossier_id, plan, HERKOMST)
        assert wacht_op(runner.view, app, app.recorder.max_notification_id() or 0, 10.0)
        assert view.versie(dossier_id) == 3
    assert gelezen == [dossier_id], "read once from the store; the later events were applied"
    _gelijk_aan_leesmodel(view, app)
