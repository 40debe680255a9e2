"""The demo's simulated history: when and by whom each fact was recorded, and what changed later.

Every test here loads the demo with a fixed clock; the README's auditor commands and the tour run
through the real command line on a freshly loaded SQLite store.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import adapters.cli.gemeen as cli_module
from adapters import demo
from adapters.cli import app
from adapters.cli.gemeen import Cli
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen
from domain.bevoegdheden import BEVOEGDHEDEN, CORRECTIES
from domain.dienst import Historiebestand, Vastlegging
from domain.fouten import GeweigerdError, NietBevoegdError
from domain.kalender import NL
from domain.verzuimdossier import Verzuimdossier
from domain.waarden import Actor
from tests.conftest import gebruiker, systeem_op

R = demo.REFERENTIEDATUM
BEHEERDER = gebruiker("beheerder", ingang="cli")
HOVENIER = "01-hovenier-knie-taxichauffeur.jsonl"
REPO = Path(__file__).resolve().parents[2]
MIDDAG = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _klok(moment: datetime = MIDDAG) -> VasteKlok:
    return VasteKlok(moment, stap=timedelta(seconds=1))


def _geladen(vandaag: date = R, klok: VasteKlok | None = None) -> Dossierbestand:
    dossiers = in_geheugen(klok or _klok())
    demo.laad(systeem_op(dossiers).dienst, BEHEERDER, vandaag)
    return dossiers


def _alle(dossiers: Dossierbestand) -> dict[str, Verzuimdossier]:
    return {naam: dossiers.dossier(demo.demo_id(naam)) for naam in demo.bestanden()}


def _regels(naam: str) -> list[dict[str, Any]]:
    tekst = (REPO / "adapters" / "demo" / naam).read_text(encoding="utf-8")
    return [json.loads(r) for r in tekst.splitlines() if r.strip()]


# -- when and by whom ---------------------------------------------------------------------------


def test_elk_feit_is_vastgelegd_na_zijn_datum_op_volgorde_en_voor_nu() -> None:
    dossiers = _geladen()
    for naam, dossier in _alle(dossiers).items():
        vorige = None
        for r in dossier.registraties:
            lokaal = r.geregistreerd_op.astimezone(NL)
            assert lokaal.date() >= r.datum, (naam, r.positie)
            # the same day or a few working days later (a weekend in between)
            assert (lokaal.date() - r.datum).days <= 5, (naam, r.positie)
            assert lokaal.weekday() < 5, (naam, r.positie)
            assert 8 <= lokaal.hour < 17, (naam, r.positie)
            assert r.geregistreerd_op < MIDDAG, (naam, r.positie)
            if vorige is not None:
                assert r.geregistreerd_op > vorige, (naam, r.positie)
            vorige = r.geregistreerd_op
        assert dossier.registraties[0].geregistreerd_op.astimezone(
            NL
        ).date() - dossier.registraties[0].datum <= timedelta(days=2), naam
        assert dossier.verifieer().in_orde, naam


def test_elk_feit_is_vastgelegd_door_de_partij_die_het_vastlegt() -> None:
    """The line's door when that role may record the fact, else the dossier's casemanager."""
    dossiers = _geladen()
    anders = 0
    for naam, dossier in _alle(dossiers).items():
        regels = _regels(naam)
        assert len(regels) == len(dossier.registraties), naam
        casemanager: dict[str, Any] | None = None
        for regel, r in zip(regels, dossier.registraties, strict=True):
            soort = r.type_naam
            if soort in CORRECTIES:
                soort = dossier.registraties[int(r.velden["betreft"]) - 1].type_naam
            if regel["door"]["rol"] in BEVOEGDHEDEN[soort]:
                verwacht = regel["door"]
            else:
                anders += 1
                assert casemanager is not None, (naam, r.positie)
                verwacht = casemanager
            assert r.herkomst.rol == verwacht["rol"], (naam, r.positie)
            assert r.herkomst.geregistreerd_door == verwacht["naam"], (naam, r.positie)
            assert r.herkomst.bron == "import"
            assert r.herkomst.rol in BEVOEGDHEDEN[soort], (naam, r.positie)
            if regel["door"]["rol"] == "casemanager":
                casemanager = regel["door"]
    # the bureau's start of track 2 and its interventions, and the werknemer's own intervention
    assert anders == 5


def test_het_toegangslog_noemt_de_beheerder_die_de_demo_laadde() -> None:
    dossiers = in_geheugen(_klok())
    systeem = systeem_op(dossiers)
    demo.laad(systeem.dienst, BEHEERDER, R)
    for naam in demo.bestanden():
        vermeldingen = systeem.dienst.toegangslog.voor_dossier(demo.demo_id(naam))
        assert [(v.actie, v.rol, v.gebruiker) for v in vermeldingen] == [
            ("importeren", "beheerder", BEHEERDER.naam)
        ], naam
        assert vermeldingen[0].tijdstip >= MIDDAG  # the load itself happens now


def test_de_geschiedenis_is_op_elke_machine_dezelfde_en_schuift_mee() -> None:
    """Deterministic (no randomness), and shifted like the dates: same weekday, same hour."""
    een, twee = _alle(_geladen()), _alle(_geladen())
    later_vandaag = R + timedelta(days=100)
    later = _alle(_geladen(later_vandaag, _klok(MIDDAG + timedelta(days=100))))
    for naam in demo.bestanden():
        momenten = [r.geregistreerd_op for r in een[naam].registraties]
        assert momenten == [r.geregistreerd_op for r in twee[naam].registraties]
        for origineel, verschoven in zip(
            een[naam].registraties, later[naam].registraties, strict=True
        ):
            o, v = (
                origineel.geregistreerd_op.astimezone(NL),
                verschoven.geregistreerd_op.astimezone(NL),
            )
            assert v.date() == o.date() + timedelta(days=100)
            assert (v.hour, v.minute) == (o.hour, o.minute)


def test_een_demo_na_nu_wordt_geweigerd_en_bewaart_niets() -> None:
    dossiers = in_geheugen(_klok(datetime(2026, 1, 1, 12, 0, tzinfo=UTC)))
    with pytest.raises(GeweigerdError, match=r"demobestand 01-.*na nu") as fout:
        demo.laad(systeem_op(dossiers).dienst, BEHEERDER, R)
    assert fout.value.toets == "vastlegging_niet_in_toekomst"
    assert fout.value.veld == "geregistreerd_op"
    assert fout.value.lijnnummer is not None
    assert dossiers.overzicht() == []


# -- the application layer's import with recording moments -------------------------------------


def _invoeren() -> list[Any]:
    return [
        v.invoer for v in demo.historiebestanden(R)[0].vastleggingen[:3]
    ]  # ziekmelding, arbodienst, contact of the hovenier


def _bestand(*vastleggingen: Vastlegging) -> list[Historiebestand]:
    return [Historiebestand("proef", vastleggingen)]


@pytest.mark.parametrize(
    ("uren", "toets"),
    [
        ((10, 9, 11), "vastlegging_op_volgorde"),  # the second before the first
        ((-250, 10, 11), "vastlegging_na_feit"),  # the ziekmelding recorded before its date
    ],
)
def test_tijdstippen_in_de_verkeerde_volgorde_of_voor_het_feit_worden_geweigerd(
    uren: tuple[int, int, int], toets: str
) -> None:
    invoeren = _invoeren()
    werkgever = Actor(rol="werkgever", naam="K. van der Linden")
    # ten days after the ziekmelding, midnight Dutch time; the hours are counted from there
    dag = datetime.combine(invoeren[0].datum, datetime.min.time(), tzinfo=NL) + timedelta(days=10)
    dossiers = in_geheugen(_klok())
    bestand = _bestand(
        *(
            Vastlegging(invoer, (dag + timedelta(hours=u)).astimezone(UTC), werkgever)
            for invoer, u in zip(invoeren, uren, strict=True)
        )
    )
    with pytest.raises(GeweigerdError) as fout:
        systeem_op(dossiers).dienst.importeer_historie(BEHEERDER, bestand)
    assert fout.value.toets == toets
    assert fout.value.veld == "geregistreerd_op"
    assert dossiers.overzicht() == []


def test_een_vastlegger_die_het_feit_niet_mag_vastleggen_wordt_geweigerd() -> None:
    invoeren = _invoeren()
    dag = datetime.combine(invoeren[0].datum, datetime.min.time(), tzinfo=NL) + timedelta(days=10)
    dossiers = in_geheugen(_klok())
    bestand = _bestand(
        Vastlegging(invoeren[0], dag.astimezone(UTC), Actor(rol="bedrijfsarts", naam="dr. X"))
    )
    with pytest.raises(NietBevoegdError, match="bedrijfsarts") as fout:
        systeem_op(dossiers).dienst.importeer_historie(BEHEERDER, bestand)
    assert fout.value.lijnnummer == 1
    assert dossiers.overzicht() == []


def test_alleen_een_importeur_laadt_een_geschiedenis() -> None:
    dossiers = in_geheugen(_klok())
    with pytest.raises(NietBevoegdError):
        demo.laad(systeem_op(dossiers).dienst, gebruiker("auditor", ingang="cli"), R)
    assert dossiers.overzicht() == []


def test_een_demoregel_zonder_partij_die_haar_mag_vastleggen_noemt_bestand_regel_en_veld(
    tmp_path: Path,
) -> None:
    regel = {
        "type": "ZiekmeldingOntvangen",
        "datum": "2026-10-05",
        "eerste_ziektedag": "2026-10-05",
        "werknemer": "W-1",
        "werkgever": "Bakkerij Test",
        "door": {"rol": "werknemer"},
    }
    (tmp_path / "01-fout.jsonl").write_text(json.dumps(regel) + "\n", encoding="utf-8")
    dossiers = in_geheugen(_klok())
    with pytest.raises(GeweigerdError, match=r"demobestand 01-fout\.jsonl") as fout:
        demo.laad(systeem_op(dossiers).dienst, BEHEERDER, R, bron=tmp_path)
    assert fout.value.veld == "door"
    assert fout.value.lijnnummer == 1
    assert dossiers.overzicht() == []


# -- what changed later: the showcase -----------------------------------------------------------


def test_corrections_and_withdrawals_are_recorded_later_with_a_reason() -> None:
    dossiers = _geladen()
    gezien = {"RegistratieGecorrigeerd": 0, "RegistratieIngetrokken": 0}
    for naam, dossier in _alle(dossiers).items():
        for r in dossier.registraties:
            if r.type_naam in gezien:
                gezien[r.type_naam] += 1
                doel = dossier.registraties[int(r.velden["betreft"]) - 1]
                assert r.geregistreerd_op - doel.geregistreerd_op >= timedelta(days=1), naam
                assert len(str(r.velden["reden"])) > 20, naam
    assert gezien["RegistratieGecorrigeerd"] >= 2
    assert gezien["RegistratieIngetrokken"] >= 1


# -- the README, through the command line --------------------------------------------------------


class Opdrachten:
    """``spoorwijzer`` in-process against one SQLite file, with one fixed clock."""

    def __init__(self, db: Path, klok: VasteKlok) -> None:
        self.db, self.klok, self.runner = db, klok, CliRunner()

    def __call__(self, *argumenten: str) -> Any:
        resultaat = self.runner.invoke(
            app,
            list(argumenten),
            obj=Cli(db=self.db, klok=self.klok),
            env={"COLUMNS": "400", "NO_COLOR": "1", "SPOORWIJZER_GEBRUIKER": "auditor-test"},
        )
        if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
            raise resultaat.exception
        return resultaat

    def json(self, *argumenten: str) -> Any:
        resultaat = self(*argumenten, "--json")
        assert resultaat.exit_code == 0, resultaat.stderr
        return json.loads(resultaat.stdout)


@pytest.fixture
def opdrachten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Opdrachten:
    """A fresh demo store in a working directory of its own, loaded the day after the reference
    date (so the tour's correction dated 2026-11-24 is today)."""
    for console in (cli_module.uit, cli_module.fout_uit):
        monkeypatch.setattr(console, "width", 400)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SPOORWIJZER_SLEUTEL", raising=False)
    monkeypatch.delenv("SPOORWIJZER_ROL", raising=False)
    (tmp_path / "tests").symlink_to(REPO / "tests")
    shutil.copy(
        REPO / "tests" / "data" / "voorbeelden" / "01-eerste-spoor-op-tijd" / "dossier.jsonl",
        tmp_path / "mijn-dossier.jsonl",
    )
    cli = Opdrachten(tmp_path / "var" / "spoorwijzer.db", _klok(MIDDAG + timedelta(days=1)))
    (tmp_path / "var").mkdir()
    geladen = cli("demo", "laad")
    assert geladen.exit_code == 0, geladen.stderr
    return cli


def test_zoals_bekend_op_toont_de_showcase_zoals_het_dossier_hem_toen_kende(
    opdrachten: Opdrachten,
) -> None:
    toen = opdrachten.json(
        "dossier", "toon", "a4ce", "--peildatum", "2026-03-01", "--zoals-bekend-op", "2026-04-01"
    )
    nu = opdrachten.json("dossier", "toon", "a4ce", "--peildatum", "2026-03-01")
    assert len(toen["feiten"]) < len(nu["feiten"])
    assert toen["versie"] < nu["versie"]
    per_positie_toen = {f["positie"]: f for f in toen["feiten"]}
    per_positie_nu = {f["positie"]: f for f in nu["feiten"]}
    # The duplicate evaluation was still there on 1 April; withdrawn since.
    assert 13 in per_positie_toen
    assert 13 not in per_positie_nu
    # The date of the work resumption, as then known and as corrected since.
    assert per_positie_toen[9]["datum"] == "2025-09-16"  # shifted by one day with the demo
    assert per_positie_nu[9]["datum"] == "2025-09-09"
    assert per_positie_nu[9]["gecorrigeerd_bij"] == [25]
    assert toen["stand"]["werkhervatting"]["sinds"] == "2025-09-16"
    assert nu["stand"]["werkhervatting"]["sinds"] == "2025-09-09"


def test_geschiedenis_toont_correctie_met_diff_en_reden_en_de_intrekking(
    opdrachten: Opdrachten,
) -> None:
    antwoord = opdrachten.json("dossier", "geschiedenis", "a4ce")
    registraties = {r["positie"]: r for r in antwoord["registraties"]}
    correctie = registraties[25]
    assert correctie["type"] == "RegistratieGecorrigeerd"
    assert "urenregistratie" in correctie["velden"]["reden"]
    assert correctie["wijzigingen"] == [
        {"veld": "datum", "oud": "2025-09-16", "nieuw": "2025-09-09"}
    ]
    assert correctie["herkomst"]["rol"] == "casemanager"
    assert registraties[9]["gecorrigeerd_bij"] == [25]
    assert registraties[13]["ingetrokken_bij"] == 27
    assert "Dubbel vastgelegd" in registraties[27]["velden"]["reden"]

    tekst = opdrachten("dossier", "geschiedenis", "a4ce")
    assert tekst.exit_code == 0, tekst.stderr
    assert "corrigeert positie 9 (Datum verkeerd overgenomen" in tekst.stdout
    # the diff (the table may wrap it): the corrected date appears only there
    assert "→" in tekst.stdout
    assert "2025-09-09" in tekst.stdout
    assert "trekt positie 13 in (Dubbel vastgelegd" in tekst.stdout


def _readme_opdrachten(sectie: str) -> list[tuple[list[str], int, str | None]]:
    """The ``spoorwijzer`` commands of a README section, with what their comment promises.

    ``# geweigerd``: exit 1; ``# niet toegestaan``: exit 5; ``# vastgelegd als positie N``: that.
    """
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    begin = readme.index(f"## {sectie}\n")
    einde = readme.index("\n## ", begin + 1)
    uit: list[tuple[list[str], int, str | None]] = []
    for blok in re.findall(r"```sh\n(.*?)```", readme[begin:einde], flags=re.DOTALL):
        regels = blok.replace("\\\n", " ").splitlines()
        for nummer, regel in enumerate(regels):
            if not regel.startswith("spoorwijzer "):
                continue
            volgende = regels[nummer + 1] if nummer + 1 < len(regels) else ""
            code, verwacht = 0, None
            if volgende.startswith("# geweigerd"):
                code = 1
            elif volgende.startswith("# niet toegestaan"):
                code = 5
            elif gevonden := re.match(r"# (vastgelegd als positie \d+)", volgende):
                verwacht = gevonden.group(1)
            uit.append((shlex.split(regel, comments=True)[1:], code, verwacht))
    return uit


@pytest.mark.parametrize("sectie", ["A five-minute tour", "For auditors"])
def test_de_readme_opdrachten_werken_op_een_vers_geladen_demo(
    opdrachten: Opdrachten, sectie: str
) -> None:
    lijst = _readme_opdrachten(sectie)
    assert len(lijst) >= 8
    for argumenten, code, verwacht in lijst:
        resultaat = opdrachten(*argumenten)
        assert resultaat.exit_code == code, (argumenten, resultaat.stdout, resultaat.stderr)
        if verwacht is not None:
            assert verwacht in resultaat.stdout, (argumenten, resultaat.stdout)
    if sectie == "For auditors":
        assert Path("rapport.html").is_file()
        assert Path("bundel").is_dir()
    else:
        # The tour's correction changed the plan's casemanager and date; its withdrawal took out
        # position 6 (the correction's own date stays the one given with --datum).
        feiten = {f["positie"]: f for f in opdrachten.json("dossier", "toon", "db10")["feiten"]}
        assert feiten[7]["casemanager"] == "M. Bakkers"
        assert feiten[7]["datum"] == "2026-11-22"
        assert feiten[7]["gecorrigeerd_bij"] == [8]
        assert 6 not in feiten
        geschiedenis = opdrachten.json("dossier", "geschiedenis", "db10")["registraties"]
        assert geschiedenis[7]["datum"] == "2026-11-24"
        assert geschiedenis[7]["velden"]["velden"] == {
            "casemanager": "M. Bakkers",
            "datum": "2026-11-22",
        }
