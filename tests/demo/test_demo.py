"""The demo dossiers: they load, they show what they claim, and they move with "today"."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from adapters import demo
from adapters.cli import app
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen
from domain.feiten import Feit
from domain.fouten import GeweigerdError
from domain.termijnen import Termijnoverzicht
from tests.conftest import gebruiker, systeem_op

R = demo.REFERENTIEDATUM
BEHEERDER = gebruiker("beheerder", ingang="cli")


@pytest.fixture
def klok() -> VasteKlok:
    """Noon on the reference date, one second later at every reading: the demo's "now"."""
    return VasteKlok(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), stap=timedelta(seconds=1))


def _laad(dossiers: Dossierbestand, vandaag: date, **kw: Any) -> int:
    """Load the demo into ``dossiers`` through the application layer, as the beheerder."""
    return demo.laad(systeem_op(dossiers).dienst, BEHEERDER, vandaag, **kw)


class Dossier:
    """A loaded demo dossier: its facts and its obligations on a peildatum."""

    def __init__(self, dossiers: Dossierbestand, dossier_id: Any, peildatum: date) -> None:
        opgeslagen = dossiers.dossier(dossier_id)
        self.werknemer = opgeslagen.werknemer
        self.werkgever = opgeslagen.werkgever
        self.feiten: list[Feit] = opgeslagen.feiten
        self.overzicht: Termijnoverzicht = opgeslagen.termijnen(peildatum)

    def van(self, type_naam: str) -> list[Feit]:
        return [f for f in self.feiten if f.type_naam == type_naam]

    def status(self, regel: str) -> list[str]:
        return [v.status for v in self.overzicht.verplichtingen if v.regel == regel]

    def statussen(self) -> list[tuple[str, str]]:
        return [(v.regel, v.status) for v in self.overzicht.verplichtingen]


def _geladen(dossiers: Dossierbestand, peildatum: date = R) -> list[Dossier]:
    return [Dossier(dossiers, rij.dossier_id, peildatum) for rij in dossiers.overzicht()]


def _een(dossiers: Iterable[Dossier], omschrijving: str) -> Dossier:
    gevonden = list(dossiers)
    assert gevonden, f"geen demodossier met {omschrijving}"
    return gevonden[0]


@pytest.fixture
def geladen(dossiers: Dossierbestand) -> list[Dossier]:
    aantal = _laad(dossiers, R)
    assert aantal == len(demo.bestanden())
    return _geladen(dossiers)


# -- loading ------------------------------------------------------------------------------


def test_bestanden_zijn_de_gebundelde_jsonl() -> None:
    namen = demo.bestanden()
    assert 8 <= len(namen) <= 10
    assert namen == sorted(namen)
    assert all(naam.endswith(".jsonl") for naam in namen)


def test_laden_bewaart_alle_dossiers(dossiers: Dossierbestand) -> None:
    aantal = _laad(dossiers, R)
    rijen = dossiers.overzicht()
    assert aantal == len(demo.bestanden()) == len(rijen)
    assert len({r.werkgever for r in rijen}) == aantal, "elke demo heeft een eigen werkgever"
    assert len({r.werknemer for r in rijen}) == aantal


def test_alle_feiten_liggen_op_of_voor_de_referentiedatum(geladen: list[Dossier]) -> None:
    for d in geladen:
        assert all(f.datum <= R for f in d.feiten), d.werkgever


def test_feiten_zijn_toegelicht_en_toegeschreven(geladen: list[Dossier]) -> None:
    feiten = [f for d in geladen for f in d.feiten]
    assert sum(f.door is not None for f in feiten) >= 0.9 * len(feiten)
    assert sum(f.toelichting is not None for f in feiten) >= 0.8 * len(feiten)
    for d in geladen:
        assert d.feiten[0].door is not None, d.werkgever


# -- what the demo claims to show ----------------------------------------------------------


def test_eerste_spoor_op_tijd_met_gedeeltelijke_hervatting(geladen: list[Dossier]) -> None:
    d = _een(
        (
            d
            for d in geladen
            if all(s in ("tijdig", "open", "niet_van_toepassing") for _, s in d.statussen())
            and d.status("plan_van_aanpak") == ["tijdig"]
            and any(
                f.velden["soort"] == "aangepast_werk" and f.velden["percentage"] < 100
                for f in d.van("WerkHervat")
            )
            and not d.van("Spoor2Gestart")
        ),
        "eerste spoor op tijd en gedeeltelijke hervatting in aangepast werk",
    )
    assert d.status("probleemanalyse") == ["tijdig"]


def test_probleemanalyse_te_laat_en_plan_ontbreekt_of_te_laat(geladen: list[Dossier]) -> None:
    _een(
        (
            d
            for d in geladen
            if d.status("probleemanalyse") == ["te_laat"]
            and d.status("plan_van_aanpak")[0] in ("te_laat", "verlopen")
        ),
        "een te late probleemanalyse en een ontbrekend of te laat plan",
    )
    assert any(d.status("plan_van_aanpak") == ["te_laat"] for d in geladen)


def test_terugval_binnen_vier_weken(geladen: list[Dossier]) -> None:
    d = _een(
        (d for d in geladen if d.van("HerstelGemeld") and d.van("ZiekteTeruggemeld")),
        "herstel en terugval",
    )
    herstel, terug = d.van("HerstelGemeld")[0], d.van("ZiekteTeruggemeld")[0]
    gat = (terug.datum - herstel.datum).days
    assert 0 < gat < 28
    # The fit days do not count: the 42-week notification moves later by the gap.
    ziekmelding = next(v for v in d.overzicht.verplichtingen if v.regel == "ziekmelding_uwv")
    assert ziekmelding.uiterste_datum == d.overzicht.eerste_ziektedag + timedelta(days=294 + gat)


def test_probleemanalyse_zonder_benutbare_mogelijkheden(geladen: list[Dossier]) -> None:
    d = _een(
        (
            d
            for d in geladen
            if d.van("ProbleemanalyseOpgesteld")
            and not any(
                f.velden["benutbare_mogelijkheden"] for f in d.van("ProbleemanalyseOpgesteld")
            )
        ),
        "een probleemanalyse zonder benutbare mogelijkheden",
    )
    assert d.status("plan_van_aanpak") == ["niet_van_toepassing"]
    assert not d.van("PlanVanAanpakOpgesteld")


def test_hovenier_met_knieklachten_wordt_taxichauffeur(geladen: list[Dossier]) -> None:
    d = _een((d for d in geladen if "hovenier" in d.werkgever.lower()), "de hovenier")
    assert "knie" in (d.feiten[0].toelichting or "")
    # Track 1 first: adapted work at the own employer.
    assert any(f.velden["soort"] == "aangepast_werk" for f in d.van("WerkHervat"))
    # The arbeidsdeskundige moves the case to track 2.
    (onderzoek,) = d.van("ArbeidsdeskundigOnderzoekUitgevoerd")
    assert onderzoek.velden["advies"] in ("spoor2", "beide")
    (eje,) = d.van("EerstejaarsevaluatieGehouden")
    assert eje.velden["perspectief_eigen_werkgever"] is False
    (bureau,) = d.van("ReintegratiebureauGekozen")
    assert bureau.velden["keurmerk_blik_op_werk"] is True
    assert bureau.velden["instemming_werknemer"] is True
    assert bureau.velden["ondernemingsraad_geraadpleegd"] is not None
    assert d.van("TrajectplanOpgesteld")
    (spoor2,) = d.van("Spoor2Gestart")
    (detachering,) = d.van("DetacheringGestart")
    assert onderzoek.datum <= spoor2.datum <= detachering.datum
    assert "taxi" in detachering.velden["inlener"].lower()
    assert detachering.velden["inleenvergoeding_per_uur"] > 0
    assert any(
        f.velden["met"] == "inlener" and f.datum >= detachering.datum for f in d.van("ContactGehad")
    )
    assert d.status("spoor2_start") == ["tijdig"]


def test_tweede_spoor_te_laat_met_verslag_aanvraag_en_loonsanctie(geladen: list[Dossier]) -> None:
    d = _een(
        (d for d in geladen if d.status("spoor2_start") == ["te_laat"]), "een te laat tweede spoor"
    )
    assert d.van("ReintegratieverslagOpgesteld")
    assert d.van("WIAAangevraagd")
    (sanctie,) = d.van("LoonsanctieOpgelegd")
    assert sanctie.velden["weken"] == 52
    assert d.status("reintegratieverslag") == ["tijdig"]
    assert d.status("wia_aanvraag") == ["tijdig"]
    dag_728 = d.overzicht.eerste_ziektedag + timedelta(days=727)
    assert d.overzicht.einde_wachttijd == dag_728 + timedelta(weeks=52)


def test_vrijwillige_verlenging(geladen: list[Dossier]) -> None:
    d = _een(
        (d for d in geladen if d.van("WachttijdVrijwilligVerlengd")), "een vrijwillige verlenging"
    )
    nieuw = d.van("WachttijdVrijwilligVerlengd")[-1].velden["nieuwe_einddatum"]
    assert d.overzicht.einde_wachttijd == nieuw
    assert nieuw > d.overzicht.eerste_ziektedag + timedelta(days=727)
    verslag = next(v for v in d.overzicht.verplichtingen if v.regel == "reintegratieverslag")
    assert verslag.uiterste_datum == nieuw - timedelta(days=91)


def test_hersteld_en_gesloten(geladen: list[Dossier]) -> None:
    d = _een(
        (d for d in geladen if d.van("DossierGesloten") and d.van("HerstelGemeld")),
        "herstel en sluiting",
    )
    (herstel,) = d.van("HerstelGemeld")
    (gesloten,) = d.van("DossierGesloten")
    assert herstel.datum < gesloten.datum
    assert not d.van("ZiekteTeruggemeld")
    assert d.status("ziekmelding_uwv") == ["niet_van_toepassing"]
    assert d.status("wia_aanvraag") == ["niet_van_toepassing"]


def test_visies_meestal_vastgelegd_en_een_keer_bewust_niet(geladen: list[Dossier]) -> None:
    soorten = ("PlanVanAanpakOpgesteld", "PlanVanAanpakBijgesteld", "EerstejaarsevaluatieGehouden")
    met: set[str] = set()
    zonder: set[str] = set()
    for d in geladen:
        for f in (f for soort in soorten for f in d.van(soort)):
            volledig = bool(f.velden.get("visie_werkgever")) and bool(
                f.velden.get("visie_werknemer")
            )
            (met if volledig else zonder).add(d.werkgever)
    assert len(zonder) == 1
    assert len(met - zonder) >= 5


def test_signalen_op_de_referentiedatum(dossiers: Dossierbestand) -> None:
    _laad(dossiers, R)
    signalen = dossiers.signalen(R, 14)
    statussen = {s.verplichting.status for s in signalen}
    assert statussen == {"verlopen", "open"}
    assert all(
        s.verplichting.uiterste_datum <= R + timedelta(days=14)
        for s in signalen
        if s.verplichting.status == "open"
    )
    assert len({s.dossier_id for s in signalen}) >= 4


# -- moving with "today" -------------------------------------------------------------------


def test_verschuiven_houdt_alle_verhoudingen_gelijk(
    dossiers: Dossierbestand, klok: VasteKlok
) -> None:
    vandaag = date(2027, 3, 1)
    verschil = vandaag - R
    _laad(dossiers, R)
    later = in_geheugen(VasteKlok(klok.tijd + verschil, stap=timedelta(seconds=1)))
    _laad(later, vandaag)

    origineel = {d.werknemer: d for d in _geladen(dossiers, R)}
    verschoven = {d.werknemer: d for d in _geladen(later, vandaag)}
    assert origineel.keys() == verschoven.keys()
    for werknemer, o in origineel.items():
        v = verschoven[werknemer]
        assert [f.type_naam for f in v.feiten] == [f.type_naam for f in o.feiten]
        for fo, fv in zip(o.feiten, v.feiten, strict=True):
            assert fv.datum == fo.datum + verschil
            for naam, waarde in fo.velden.items():
                if isinstance(waarde, date):
                    assert fv.velden[naam] == waarde + verschil, (werknemer, naam)
                else:
                    assert fv.velden[naam] == waarde, (werknemer, naam)
            assert fv.toelichting == fo.toelichting
        assert v.statussen() == o.statussen(), werknemer
        assert [x.uiterste_datum for x in v.overzicht.verplichtingen] == [
            x.uiterste_datum + verschil for x in o.overzicht.verplichtingen
        ]
        assert v.overzicht.einde_wachttijd == o.overzicht.einde_wachttijd + verschil

    def kern(store: Dossierbestand, peil: date) -> list[tuple[str, str, int]]:
        return [
            (s.werknemer, s.verplichting.regel, (s.verplichting.uiterste_datum - peil).days)
            for s in store.signalen(peil, 14)
        ]

    assert kern(later, vandaag) == kern(dossiers, R)


def test_verschuif_alleen_hele_datums() -> None:
    gegevens = {
        "datum": "2026-11-23",
        "genest": [{"nieuwe_einddatum": "2027-01-31"}],
        "toelichting": "gesprek op 2026-11-23 gepland",
        "werknemer": "W-2041 (J. de Boer)",
        "uren_per_week": 24,
        "onzin": "2026-02-30",
    }
    assert demo.verschuif(gegevens, 7) == {
        "datum": "2026-11-30",
        "genest": [{"nieuwe_einddatum": "2027-02-07"}],
        "toelichting": "gesprek op 2026-11-23 gepland",
        "werknemer": "W-2041 (J. de Boer)",
        "uren_per_week": 24,
        "onzin": "2026-02-30",
    }


# -- refusals --------------------------------------------------------------------------------


def _schrijf(map_: Path, naam: str, regels: list[dict[str, Any]]) -> None:
    (map_ / naam).write_text("".join(json.dumps(r) + "\n" for r in regels), encoding="utf-8")


def test_geweigerd_demobestand_noemt_het_bestand_en_bewaart_niets(
    dossiers: Dossierbestand, tmp_path: Path
) -> None:
    opening = {
        "type": "ZiekmeldingOntvangen",
        "datum": "2026-10-05",
        "eerste_ziektedag": "2026-10-05",
        "werknemer": "W-1",
        "werkgever": "Bakkerij Test",
        "door": {"rol": "werkgever"},
    }
    _schrijf(tmp_path, "01-goed.jsonl", [opening])
    _schrijf(
        tmp_path,
        "02-kapot.jsonl",
        [
            opening,
            {
                "type": "PlanVanAanpakOpgesteld",
                "datum": "2026-10-20",
                "casemanager": "X",
                "doel": "eigen_werk",
                "door": {"rol": "casemanager"},
            },
        ],
    )
    assert demo.bestanden(tmp_path) == ["01-goed.jsonl", "02-kapot.jsonl"]
    with pytest.raises(GeweigerdError, match=r"demobestand 02-kapot\.jsonl") as fout:
        _laad(dossiers, R, bron=tmp_path)
    assert fout.value.lijnnummer == 2
    assert dossiers.overzicht() == []


# -- the command line ------------------------------------------------------------------------


def test_cli_demo_laad_en_signalen(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "x.db")

    eerste = runner.invoke(app, ["--db", db, "demo", "laad", "--vandaag", "2026-11-23"])
    assert eerste.exit_code == 0, eerste.output
    assert f"{len(demo.bestanden())} demodossiers geladen" in eerste.stderr

    tweede = runner.invoke(app, ["--db", db, "demo", "laad", "--vandaag", "2026-11-23"])
    assert tweede.exit_code == 0, tweede.output
    assert "niet opnieuw geladen" in tweede.stderr

    lijst = runner.invoke(app, ["--db", db, "dossier", "lijst", "--json"])
    assert len(json.loads(lijst.stdout)) == len(demo.bestanden())

    signalen = runner.invoke(app, ["--db", db, "signalen", "--peildatum", "2026-11-23", "--json"])
    assert signalen.exit_code == 0, signalen.output
    antwoord = json.loads(signalen.stdout)
    assert antwoord
    volgorde = {"verlopen": 0, "open": 1}
    sleutels = [(s["uiterste_datum"], volgorde[s["status"]]) for s in antwoord]
    assert sleutels == sorted(sleutels)
    assert {s["status"] for s in antwoord} == {"verlopen", "open"}
