"""One persistence suite, run against every store: in memory, an SQLite file and PostgreSQL.

Every test gets an empty store of its own (a fresh SQLite file, a fresh
PostgreSQL schema that is dropped afterwards).  ``Opslag.opnieuw()`` opens a
*new* application object on the same file or database, which proves that what a
test reads back was really persisted; the in-memory store cannot be reopened,
so there it returns the same object.

PostgreSQL comes from ``SPOORWIJZER_TEST_POSTGRES_URL`` (``scripts/met-postgres.sh``).
Without it the PostgreSQL tests are skipped, except on CI (``CI=true``), where
they fail: CI must never silently skip PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from eventsourcing.persistence import IntegrityError, StoredEvent

from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.mapper import DossierMapper
from adapters.opslag.toegangslog import toegangslog_voor
from adapters.uitwisseling.jsonl import lees_invoer
from domain.feiten import Registratie
from domain.fouten import DossierNietGevondenError, GeweigerdError, VersieConflictError
from domain.gebeurtenissen import ALLE_TYPES, ProbleemanalyseOpgesteld, ZiekmeldingOntvangen
from domain.invoer import Invoer
from domain.signalen import Signaal, sorteer_signalen
from domain.termijnen import bereken_termijnen, is_signaal
from domain.toepassing import Verzuimdossiers
from domain.waarden import Actor, Herkomst
from tests.conftest import HERKOMST, Opslag, feit, gebruiker, systeem_op, ziekmelding

VOORBEELDEN = Path(__file__).resolve().parents[1] / "data" / "voorbeelden"
T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


# -- helpers --------------------------------------------------------------------------------------


def _vorm(waarde: Any) -> Any:
    """A value with its exact type made visible (``True`` is not ``1``, ``16.50`` not ``16.5``)."""
    if isinstance(waarde, Mapping):
        return ("map", tuple(sorted((k, _vorm(v)) for k, v in waarde.items())))
    if isinstance(waarde, list | tuple):
        return (type(waarde).__name__, tuple(_vorm(v) for v in waarde))
    if isinstance(waarde, Decimal):
        return ("Decimal", str(waarde))
    if isinstance(waarde, datetime):
        return ("datetime", waarde.isoformat())
    if isinstance(waarde, Actor | Herkomst):
        return (type(waarde).__name__, _vorm(dict(vars_van(waarde))))
    return (type(waarde).__name__, waarde)


def vars_van(waarde: Any) -> dict[str, Any]:
    return {naam: getattr(waarde, naam) for naam in waarde.__dataclass_fields__}


def _registratie_vorm(r: Registratie) -> Any:
    return (
        r.positie,
        r.type_naam,
        _vorm(r.datum),
        _vorm(r.door),
        _vorm(r.toelichting),
        _vorm(dict(r.velden)),
        _vorm(r.herkomst),
        _vorm(r.geregistreerd_op),
    )


def _lees(naam: str) -> list[Invoer]:
    return lees_invoer((VOORBEELDEN / naam / "dossier.jsonl").read_text("utf-8").splitlines())


def _rijen(app: Dossierbestand) -> dict[UUID, Any]:
    return {rij.dossier_id: rij for rij in app.overzicht()}


# Every type of contract section 3, with every optional field somewhere, in one valid dossier.
ALLE_FEITEN: list[dict[str, Any]] = [
    {
        "type": "ZiekmeldingOntvangen",
        "datum": "2024-01-08",
        "eerste_ziektedag": "2024-01-08",
        "werknemer": "W-042 Jansen",
        "werkgever": "Bakkerij Öztürk & Zn",
        "door": {"rol": "werkgever", "naam": "P. de Vries"},
        "toelichting": "telefonisch ziek gemeld ✆ \u2028 tweede regel",
    },
    {"type": "ArbodienstGeinformeerd", "datum": "2024-01-09", "door": {"rol": "werkgever"}},
    {
        "type": "ProbleemanalyseOpgesteld",
        "datum": "2024-02-12",
        "benutbare_mogelijkheden": True,
        "door": {"rol": "bedrijfsarts", "naam": "dr. A. Jansen"},
    },
    {
        "type": "PlanVanAanpakOpgesteld",
        "datum": "2024-02-20",
        "casemanager": "M. Bakker",
        "doel": "aangepast_werk",
        "visie_werkgever": "eerst halve dagen",
        "visie_werknemer": "liefst eigen werk",
    },
    {"type": "EvaluatieGehouden", "datum": "2024-03-25"},
    {
        "type": "PlanVanAanpakBijgesteld",
        "datum": "2024-04-22",
        "reden": "meer uren mogelijk",
        "visie_werkgever": "akkoord",
    },
    {"type": "ArbeidsdeskundigOnderzoekUitgevoerd", "datum": "2024-05-13", "advies": "beide"},
    {"type": "ContactGehad", "datum": "2024-05-20", "met": "werknemer"},
    {"type": "InterventieIngezet", "datum": "2024-05-27", "soort": "rugtraining"},
    {"type": "WerkHervat", "datum": "2024-06-03", "percentage": 50, "soort": "eigen_werk"},
    {"type": "HerstelGemeld", "datum": "2024-07-01"},
    {"type": "ZiekteTeruggemeld", "datum": "2024-07-15"},
    {
        "type": "DeskundigenoordeelAangevraagd",
        "datum": "2024-08-05",
        "aanvrager": "werknemer",
        "vraag": "is het aangeboden werk passend?",
    },
    {"type": "DeskundigenoordeelOntvangen", "datum": "2024-09-02", "uitkomst": "voldoende"},
    {"type": "ZiekmeldingUWVGedaan", "datum": "2024-10-14"},
    {
        "type": "EerstejaarsevaluatieGehouden",
        "datum": "2024-12-16",
        "perspectief_eigen_werkgever": False,
        "visie_werkgever": "geen passend werk meer",
        "visie_werknemer": "eens",
    },
    {"type": "Spoor2Gestart", "datum": "2025-01-13"},
    {
        "type": "ReintegratiebureauGekozen",
        "datum": "2025-01-20",
        "bureau": "Werkfit BV",
        "keurmerk_blik_op_werk": True,
        "instemming_werknemer": True,
        "ondernemingsraad_geraadpleegd": False,
        "bezwaar_werknemer": "geen",
    },
    {"type": "TrajectplanOpgesteld", "datum": "2025-02-03", "persoonsprofiel": "hovenier"},
    {
        "type": "DetacheringGestart",
        "datum": "2025-03-03",
        "inlener": "Gemeente Utrecht",
        "uren_per_week": "16.50",
        "inleenvergoeding_per_uur": 42.5,
    },
    {"type": "DetacheringBeeindigd", "datum": "2025-06-02", "reden": "einde project"},
    {"type": "ActueelOordeelOpgesteld", "datum": "2025-08-04"},
    {"type": "EindevaluatieGehouden", "datum": "2025-08-18"},
    {"type": "ReintegratieverslagOpgesteld", "datum": "2025-09-15"},
    {"type": "WIAAangevraagd", "datum": "2025-09-29"},
    {"type": "IVAAangevraagd", "datum": "2025-10-06"},
    {
        "type": "WachttijdVrijwilligVerlengd",
        "datum": "2025-11-17",
        "nieuwe_einddatum": "2026-07-01",
    },
    {"type": "LoonsanctieOpgelegd", "datum": "2025-12-01", "weken": 12},
    {"type": "DossierGesloten", "datum": "2026-08-01", "uitkomst": "WIA toegekend"},
    {
        "type": "RegistratieGecorrigeerd",
        "datum": "2026-08-02",
        "betreft": 20,
        "reden": "uren verkeerd overgenomen",
        "velden": {"uren_per_week": "20.25", "door": {"rol": "uwv"}},
    },
    {
        "type": "RegistratieIngetrokken",
        "datum": "2026-08-03",
        "betreft": 8,
        "reden": "dubbel geregistreerd",
    },
]
IMPORT_HERKOMST = Herkomst(
    bron="import", geregistreerd_door="tester", namens="Bakkerij", correlatie_id="imp-7"
)


# -- every event type round-trips with its exact Python types ------------------------------------


def test_elk_type_komt_met_exacte_typen_terug(opslag: Opslag) -> None:
    assert {r["type"] for r in ALLE_FEITEN} == set(ALLE_TYPES), "het testdossier mist een type"
    app = opslag.app
    gebouwd = app.bouw_dossier(lees_invoer([json.dumps(r) for r in ALLE_FEITEN]), IMPORT_HERKOMST)
    app.bewaar([gebouwd])
    los = Herkomst(bron="cli")
    positie = app.registreer(gebouwd.id, feit("ContactGehad", "2026-08-04", met="arbodienst"), los)
    assert positie == len(ALLE_FEITEN) + 1

    terug = opslag.opnieuw().dossier(gebouwd.id)

    assert terug is not gebouwd
    assert [_registratie_vorm(r) for r in terug.registraties[:-1]] == [
        _registratie_vorm(r) for r in gebouwd.registraties
    ]
    r = {r.positie: r for r in terug.registraties}
    # Spot checks with literal values and exact types.
    assert type(r[1].datum) is date
    assert r[1].datum == date(2024, 1, 8)
    assert type(r[1].velden["eerste_ziektedag"]) is date
    assert r[1].door == Actor("werkgever", "P. de Vries")
    assert type(r[1].door) is Actor
    assert r[1].toelichting == "telefonisch ziek gemeld ✆ \u2028 tweede regel"
    assert r[2].door == Actor("werkgever")
    assert r[2].door.naam is None
    assert r[3].velden["benutbare_mogelijkheden"] is True
    assert r[6].velden["visie_werknemer"] is None
    assert type(r[10].velden["percentage"]) is int
    assert r[10].velden["percentage"] == 50
    assert r[18].velden["ondernemingsraad_geraadpleegd"] is False
    assert type(r[20].velden["uren_per_week"]) is Decimal
    assert str(r[20].velden["uren_per_week"]) == "16.50"
    assert type(r[20].velden["inleenvergoeding_per_uur"]) is Decimal
    assert r[20].velden["inleenvergoeding_per_uur"] == Decimal("42.5")
    assert type(r[27].velden["nieuwe_einddatum"]) is date
    assert r[27].velden["nieuwe_einddatum"] == date(2026, 7, 1)
    assert type(r[28].velden["weken"]) is int
    assert r[28].velden["weken"] == 12
    assert r[30].velden["velden"] == {"uren_per_week": "20.25", "door": {"rol": "uwv"}}
    assert type(r[30].velden["velden"]) is dict
    assert type(r[30].velden["betreft"]) is int
    assert r[31].velden == {"betreft": 8, "reden": "dubbel geregistreerd"}
    for registratie in terug.registraties[:-1]:
        assert registratie.herkomst == IMPORT_HERKOMST
        assert type(registratie.herkomst) is Herkomst
        assert registratie.geregistreerd_op == T0
        assert registratie.geregistreerd_op.utcoffset() is not None
    laatste = terug.registraties[-1]
    assert (laatste.positie, laatste.type_naam, laatste.herkomst) == (32, "ContactGehad", los)
    assert laatste.herkomst.geregistreerd_door is None
    assert laatste.geregistreerd_op > T0

    # The stored events themselves, as the library hands them out.
    gebeurtenissen = list(opslag.opnieuw().events.get(gebouwd.id))
    assert [type(g).__name__ for g in gebeurtenissen] == [r["type"] for r in ALLE_FEITEN] + [
        "ContactGehad"
    ]
    assert [g.originator_version for g in gebeurtenissen] == list(range(1, 33))
    assert all(type(g.timestamp) is datetime for g in gebeurtenissen)
    assert gebeurtenissen[19].uren_per_week == Decimal("16.50")

    # Corrections and withdrawals are applied after reloading too.
    huidig = {f.positie: f for f in terug.feiten}
    assert 8 not in huidig
    assert huidig[20].velden["uren_per_week"] == Decimal("20.25")
    assert huidig[20].door == Actor("uwv")
    assert huidig[20].gecorrigeerd_bij == (30,)
    for peil in (date(2024, 6, 1), date(2025, 12, 31), date(2026, 9, 1)):
        assert terug.termijnen(peil) == gebouwd.termijnen(peil)


# -- refusals store nothing -----------------------------------------------------------------------


def test_geweigerde_import_slaat_niets_op(opslag: Opslag) -> None:
    app = opslag.app
    bestaand = app.importeer(_lees("01-eerste-spoor-op-tijd"), HERKOMST)
    regels = [
        '{"type": "ZiekmeldingOntvangen", "datum": "2025-02-03", "eerste_ziektedag": "2025-02-03", '
        '"werknemer": "W-002", "werkgever": "De Linde"}',
        '{"type": "ProbleemanalyseOpgesteld", "datum": "2025-03-01", '
        '"benutbare_mogelijkheden": true}',
        '{"type": "DetacheringGestart", "datum": "2025-03-05", "inlener": "X", "uren_per_week": 8}',
        '{"type": "Spoor2Gestart", "datum": "2025-03-10"}',
    ]
    invoeren = lees_invoer(regels)  # every line is valid on its own
    with pytest.raises(GeweigerdError) as fout:
        app.importeer(invoeren, HERKOMST)
    assert fout.value.lijnnummer == 3
    assert "regel 3" in str(fout.value)
    assert "detachering_na_spoor2" in str(fout.value)

    for kijker in (app, opslag.opnieuw()):
        assert list(kijker.dossier_ids()) == [bestaand]
        assert [r.dossier_id for r in kijker.overzicht()] == [bestaand]
        assert kijker.recorder.max_notification_id() == 6  # the six facts of the first dossier


def test_geweigerd_feit_slaat_niets_op(opslag: Opslag) -> None:
    app = opslag.app
    dossier_id = app.importeer([ziekmelding("2025-01-06")], HERKOMST)
    with pytest.raises(GeweigerdError, match="plan_na_probleemanalyse"):
        app.registreer(
            dossier_id,
            feit("PlanVanAanpakOpgesteld", "2025-02-01", casemanager="M", doel="eigen_werk"),
            HERKOMST,
        )
    kijker = opslag.opnieuw()
    assert kijker.dossier(dossier_id).version == 1
    assert _rijen(kijker)[dossier_id].versie == 1


# -- the read model agrees with replaying the events ----------------------------------------------


def _leesmodel_dossiers(app: Dossierbestand) -> list[UUID]:
    ids = [
        app.importeer(_lees("01-eerste-spoor-op-tijd"), HERKOMST),
        app.importeer(_lees("03-terugval-binnen-vier-weken"), HERKOMST),
        app.importeer(_lees("05-tweede-spoor-te-laat-gestart"), HERKOMST),
        app.importeer(
            [
                ziekmelding("2025-01-06", werknemer="W-004"),
                feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=False),
                feit("ZiekmeldingUWVGedaan", "2025-03-01"),
                feit("LoonsanctieOpgelegd", "2025-04-01", weken=6),
                feit("WachttijdVrijwilligVerlengd", "2025-05-01", nieuwe_einddatum="2027-06-30"),
                feit(
                    "RegistratieGecorrigeerd",
                    "2025-05-02",
                    betreft=1,
                    reden="eerder ziek",
                    velden={"eerste_ziektedag": "2024-12-30"},
                ),
                feit("RegistratieIngetrokken", "2025-05-03", betreft=3, reden="te vroeg gemeld"),
            ],
            HERKOMST,
        ),
        app.importeer(
            [
                ziekmelding("2025-04-07", werknemer="W-005", werkgever="Aannemer Bouwman"),
                feit("ProbleemanalyseOpgesteld", "2025-05-12", benutbare_mogelijkheden=True),
                feit("HerstelGemeld", "2025-05-20"),
            ],
            HERKOMST,
        ),
    ]
    # Facts recorded after the import update the rows as well.
    app.registreer(ids[0], feit("ZiekmeldingUWVGedaan", "2025-10-01"), HERKOMST)
    app.registreer(
        ids[3],
        feit(
            "RegistratieGecorrigeerd",
            "2025-06-01",
            betreft=2,
            reden="toch mogelijkheden",
            velden={"benutbare_mogelijkheden": True},
        ),
        HERKOMST,
    )
    return ids


PEILDATA = (
    date(2022, 9, 1),
    date(2025, 6, 1),
    date(2025, 11, 1),
    date(2026, 6, 1),
    date(2027, 6, 1),
)


def test_leesmodel_komt_overeen_met_de_gebeurtenissen(opslag: Opslag) -> None:
    ids = _leesmodel_dossiers(opslag.app)
    for app in (opslag.app, opslag.opnieuw()):
        dossiers = {i: app.dossier(i) for i in ids}
        rijen = _rijen(app)
        assert set(rijen) == set(ids)
        overzicht = app.overzicht()
        assert [r.eerste_ziektedag for r in overzicht] == sorted(
            r.eerste_ziektedag for r in overzicht
        )
        for dossier_id, dossier in dossiers.items():
            rij = rijen[dossier_id]
            assert (rij.versie, rij.werknemer, rij.werkgever, rij.eerste_ziektedag) == (
                dossier.version,
                dossier.werknemer,
                dossier.werkgever,
                dossier.eerste_ziektedag,
            )
            for peil in PEILDATA:
                assert bereken_termijnen(rij.feiten(), peil) == dossier.termijnen(peil), (
                    dossier_id,
                    peil,
                )
        assert rijen[ids[3]].eerste_ziektedag == date(2024, 12, 30)  # the correction counts
        assert rijen[ids[0]].versie == 7

        aantal = 0
        for peil in PEILDATA:
            verwacht = sorteer_signalen(
                Signaal(d.id, d.werknemer, d.werkgever, v)
                for d in dossiers.values()
                for v in d.termijnen(peil).verplichtingen
                if is_signaal(v, peil, 30)
            )
            signalen = app.signalen(peil, 30)
            assert signalen == verwacht, peil
            assert signalen == Verzuimdossiers.signalen(app, peil, 30), peil
            datums = [s.verplichting.uiterste_datum for s in signalen]
            assert datums == sorted(datums)
            aantal += len(signalen)
        assert aantal > 10
        juni = [
            (s.verplichting.regel, s.verplichting.uiterste_datum, s.verplichting.status)
            for s in app.signalen(date(2025, 6, 1), 30)
            if s.dossier_id == ids[0]
        ]
        assert juni == [("evaluatie", date(2025, 6, 20), "open")]


# -- listing and finding dossiers ---------------------------------------------------------------


def test_dossier_ids_in_volgorde_van_openen(opslag: Opslag) -> None:
    app = opslag.app
    ids = [
        app.importeer([ziekmelding("2025-03-03", werknemer="W-A")], HERKOMST),
        app.importeer([ziekmelding("2024-06-03", werknemer="W-B")], HERKOMST),
        app.open_dossier(ziekmelding("2023-09-04", werknemer="W-C"), HERKOMST),
    ]
    app.registreer(ids[0], feit("ArbodienstGeinformeerd", "2025-03-04"), HERKOMST)
    for kijker in (app, opslag.opnieuw()):
        assert list(kijker.dossier_ids()) == ids
        assert [r.dossier_id for r in kijker.overzicht()] == ids[::-1]  # by first sick day


def test_zoek_id_met_uniek_voorvoegsel(opslag: Opslag) -> None:
    app = opslag.app
    eerste = UUID("abcd1111-0000-4000-8000-000000000001")
    tweede = UUID("abcd2222-0000-4000-8000-000000000002")
    derde = UUID("12345678-9abc-4def-8000-000000000003")
    for dossier_id in (eerste, tweede, derde):
        assert app.importeer([ziekmelding()], HERKOMST, dossier_id) == dossier_id
    kijker = opslag.opnieuw()
    dienst = systeem_op(kijker, opslag.instellingen).dienst
    wie = gebruiker()
    assert dienst.zoek(wie, "abcd1") == eerste
    assert dienst.zoek(wie, "ABCD2222") == tweede
    assert dienst.zoek(wie, "1234") == derde
    assert dienst.zoek(wie, str(tweede)) == tweede
    assert dienst.zoek(wie, tweede.hex) == tweede
    with pytest.raises(DossierNietGevondenError, match="2 dossiers"):
        dienst.zoek(wie, "abcd")
    with pytest.raises(DossierNietGevondenError):
        dienst.zoek(wie, "ffff")
    with pytest.raises(DossierNietGevondenError):
        dienst.zoek(wie, "ab")
    with pytest.raises(DossierNietGevondenError):
        dienst.zoek(wie, "xyz-not-hex")
    with pytest.raises(DossierNietGevondenError):
        kijker.dossier(UUID("00000000-0000-4000-8000-000000000000"))
    # A prefix finds only the dossiers the user may see: another employer's is not found.
    with pytest.raises(DossierNietGevondenError):
        dienst.zoek(gebruiker(werkgevers=("Bouwbedrijf Van Dam",)), "1234")


# -- concurrent modification ----------------------------------------------------------------------


def test_gelijktijdige_wijziging_geeft_versieconflict(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    eerste = opslag.app
    dossier_id = eerste.importeer([ziekmelding("2025-01-06")], HERKOMST)
    tweede = opslag.opnieuw()
    verouderd = tweede.dossier(dossier_id)  # both have now read version 1

    analyse = feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
    assert eerste.registreer(dossier_id, analyse, HERKOMST) == 2

    monkeypatch.setattr(tweede, "dossier", lambda *_a, **_k: verouderd)
    with pytest.raises(VersieConflictError):
        tweede.registreer(dossier_id, feit("ZiekmeldingUWVGedaan", "2025-02-11"), HERKOMST)
    monkeypatch.undo()

    with pytest.raises(VersieConflictError):
        opslag.opnieuw().registreer(
            dossier_id, feit("ZiekmeldingUWVGedaan", "2025-02-11"), HERKOMST, verwachte_versie=1
        )

    for kijker in (eerste, opslag.opnieuw()):
        dossier = kijker.dossier(dossier_id)
        assert dossier.version == 2
        assert [f.type_naam for f in dossier.feiten] == [
            "ZiekmeldingOntvangen",
            "ProbleemanalyseOpgesteld",
        ]
        rij = _rijen(kijker)[dossier_id]
        assert rij.versie == 2
        assert [f.type_naam for f in rij.feiten()] == [
            "ZiekmeldingOntvangen",
            "ProbleemanalyseOpgesteld",
        ]
        assert kijker.recorder.max_notification_id() == 2


def test_opslaan_van_meerdere_dossiers_is_alles_of_niets(opslag: Opslag) -> None:
    eerste = opslag.app
    bestaand = eerste.importeer([ziekmelding("2025-01-06", werknemer="W-1")], HERKOMST)
    tweede = opslag.opnieuw()
    verouderd = tweede.dossier(bestaand)
    eerste.registreer(bestaand, feit("ArbodienstGeinformeerd", "2025-01-07"), HERKOMST)

    nieuw = tweede.bouw_dossier([ziekmelding("2025-02-03", werknemer="W-2")], HERKOMST)
    verouderd.registreer(feit("ZiekmeldingUWVGedaan", "2025-01-08"), HERKOMST, T0)
    with pytest.raises((IntegrityError, VersieConflictError)):
        tweede.bewaar([nieuw, verouderd])

    for kijker in (eerste, opslag.opnieuw()):
        assert list(kijker.dossier_ids()) == [bestaand]
        assert [(r.dossier_id, r.versie) for r in kijker.overzicht()] == [(bestaand, 2)]
        with pytest.raises(DossierNietGevondenError):
            kijker.dossier(nieuw.id)


# -- the stored schema is pinned ------------------------------------------------------------------

# The exact bytes the mapper stored for these events when this test was written (commit
# c58e65c).  Stores hold such payloads; every later version must still read them.
BEVROREN_ID = UUID("0f0e0d0c-0b0a-4908-8706-050403020100")
BEVROREN_ZIEKMELDING = (
    b'{"timestamp":"2026-01-01T12:00:00+00:00",'
    b'"originator_topic":"domain.verzuimdossier:Verzuimdossier","datum":"2025-01-06",'
    b'"door":null,"toelichting":null,"herkomst":{"bron":"import","geregistreerd_door":"test",'
    b'"correlatie_id":"c-1"},"eerste_ziektedag":"2025-01-06","werknemer":"W-001",'
    b'"werkgever":"De Linde"}'
)
BEVROREN_PROBLEEMANALYSE = (
    b'{"timestamp":"2026-01-01T12:00:00+00:00","datum":"2025-02-10",'
    b'"door":{"rol":"bedrijfsarts","naam":"dr. A. Jansen"},'
    b'"toelichting":"Belastbaar voor 4 uur per dag",'
    b'"herkomst":{"bron":"import","geregistreerd_door":"test","correlatie_id":"c-1"},'
    b'"benutbare_mogelijkheden":true}'
)


def _bevroren() -> list[StoredEvent]:
    return [
        StoredEvent(
            BEVROREN_ID, 1, "domain.gebeurtenissen:ZiekmeldingOntvangen", BEVROREN_ZIEKMELDING
        ),
        StoredEvent(
            BEVROREN_ID,
            2,
            "domain.gebeurtenissen:ProbleemanalyseOpgesteld",
            BEVROREN_PROBLEEMANALYSE,
        ),
    ]


def test_bevroren_payload_wordt_gelezen_door_de_mapper() -> None:
    gebeurtenis = DossierMapper().to_domain_event(_bevroren()[1])
    assert type(gebeurtenis) is ProbleemanalyseOpgesteld
    assert gebeurtenis.originator_id == BEVROREN_ID
    assert type(gebeurtenis.originator_id) is UUID
    assert gebeurtenis.originator_version == 2
    assert gebeurtenis.timestamp == T0
    assert type(gebeurtenis.timestamp) is datetime
    assert gebeurtenis.datum == date(2025, 2, 10)
    assert type(gebeurtenis.datum) is date
    assert gebeurtenis.door == Actor("bedrijfsarts", "dr. A. Jansen")
    assert type(gebeurtenis.door) is Actor
    assert gebeurtenis.toelichting == "Belastbaar voor 4 uur per dag"
    assert gebeurtenis.herkomst == Herkomst("import", "test", None, "c-1")
    assert type(gebeurtenis.herkomst) is Herkomst
    assert gebeurtenis.benutbare_mogelijkheden is True

    opening = DossierMapper().to_domain_event(_bevroren()[0])
    assert type(opening) is ZiekmeldingOntvangen
    assert opening.door is None
    assert opening.toelichting is None
    assert type(opening.eerste_ziektedag) is date

    # What the mapper writes today reads back as the same event.
    opnieuw = DossierMapper().to_domain_event(DossierMapper().to_stored_event(gebeurtenis))
    assert vars(opnieuw) == vars(gebeurtenis)


def test_bevroren_payload_uit_de_opslag(opslag: Opslag) -> None:
    opslag.app.recorder.insert_events(_bevroren())
    dossier = opslag.opnieuw().dossier(BEVROREN_ID)
    assert [r.type_naam for r in dossier.registraties] == [
        "ZiekmeldingOntvangen",
        "ProbleemanalyseOpgesteld",
    ]
    assert dossier.registraties[1].door == Actor("bedrijfsarts", "dr. A. Jansen")
    assert dossier.registraties[1].herkomst == Herkomst("import", "test", None, "c-1")
    analyse = dossier.termijnen(date(2025, 3, 1)).verplichtingen[0]
    assert (analyse.regel, analyse.uiterste_datum, analyse.status, analyse.voldaan_op) == (
        "probleemanalyse",
        date(2025, 2, 16),
        "tijdig",
        date(2025, 2, 10),
    )


def test_logregel_van_een_schrijfactie_commit_alleen_met_het_feit(opslag: Opslag) -> None:
    """An access-log entry passed with a write is stored with it, and not when it fails."""
    app = opslag.app
    log = toegangslog_voor(app)
    dossier_id = app.open_dossier(ziekmelding(), HERKOMST)
    verouderd = app.dossier(dossier_id)
    analyse = feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
    app.registreer(dossier_id, analyse, HERKOMST)  # someone else writes first
    mislukt = log.vermelding(actie="vastleggen", gebruiker="a", doel="d", dossier_id=dossier_id)
    with pytest.raises(VersieConflictError):
        app.registreer(
            dossier_id,
            analyse,
            HERKOMST,
            gelezen=verouderd,
            meeschrijven=[log.meeschrijver(mislukt)],
        )
    assert log.voor_dossier(dossier_id) == []
    gelukt = log.vermelding(actie="vastleggen", gebruiker="b", doel="d", dossier_id=dossier_id)
    app.registreer(dossier_id, analyse, HERKOMST, meeschrijven=[log.meeschrijver(gelukt)])
    assert toegangslog_voor(opslag.opnieuw()).voor_dossier(dossier_id) == [gelukt]
    with pytest.raises(ValueError, match="is niet dossier"):
        app.registreer(uuid4(), analyse, HERKOMST, gelezen=verouderd)
