"""``spoorwijzer simuleer``: run and compare what-if scenarios from the command line.

Dekt: ``simuleer run`` (replications of one scenario, with KPIs, plots, a report and optionally
the simulated dossiers in the store) and ``simuleer vergelijk`` (several scenarios with common
random numbers and paired differences).  The root of the CLI loads this module only when a
``simuleer`` command runs, so no other command imports simpy, numpy or matplotlib.

The start time of a run comes from the system's clock and its duration from
``time.perf_counter``, both for the manifest only; neither reaches the model.  Stored simulated
dossiers (``--bewaar``) and real cases read for ``--vanuit-opslag`` go through the application
layer, as the user of the CLI (by default the beheerder).
"""

from __future__ import annotations

import importlib.metadata
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from adapters.cli import gemeen
from adapters.cli.gemeen import fout_uit, uit
from domain.bevoegdheden import Gebruiker
from domain.dienst import Dossierdienst
from domain.regels import REGELSET_VERSIE
from simulation import rapport
from simulation.cohort import (
    CohortbestandError,
    Startgeval,
    cohort_uit_dossiers,
    lees_cohortbestand,
)
from simulation.kpi import Schatting, Telling, schattingen, verschillen
from simulation.parameters import OngeldigScenarioError, Scenario, lees_scenario
from simulation.runner import Opdracht, deelcohorten, simuleer, voeg_csv_samen

STANDAARD_SEED = 20261123
STANDAARD_REPLICATIES = 10
BEWAAR_PER_KEER = 500
"""Dossiers per store transaction with ``--bewaar``."""

simuleer_app: typer.Typer = typer.Typer(
    help="Simuleer cohorten van zieke werknemers onder wat-als-scenario's (TOML-bestanden).",
    no_args_is_help=True,
)


# -- options shared by both commands ---------------------------------------------------------

UITVOER = typer.Option(
    "--uitvoer", metavar="MAP", help="Map voor de uitvoer (wordt gemaakt; moet leeg zijn)."
)
GEVALLEN = typer.Option(
    "--gevallen",
    min=1,
    metavar="AANTAL",
    help="Gevallen per replicatie (standaard: het aantal uit het scenario).",
)
CASES = typer.Option("--cases", min=1, hidden=True, help="Oude naam van --gevallen.")
"""``--cases``: the old name of ``--gevallen``, still accepted (hidden from the help)."""
REPLICATIES = typer.Option(
    "--replicaties",
    min=1,
    metavar="AANTAL",
    show_default=False,
    help=f"Aantal replicaties (standaard {STANDAARD_REPLICATIES}).",
)
SEED = typer.Option(
    "--seed",
    min=0,
    metavar="GETAL",
    show_default=False,
    help=f"Startwaarde van het toeval (seed; standaard {STANDAARD_SEED}).",
)
WERKERS = typer.Option(
    "--werkers",
    min=1,
    metavar="AANTAL",
    help="Processen voor de replicaties (standaard: alle processorkernen).",
)
DASK = typer.Option("--dask", metavar="ADRES", help="Draai de replicaties op deze Dask-scheduler.")
OVERSCHRIJF = typer.Option(
    "--overschrijf", help="Schrijf in een niet-lege uitvoermap (onze bestanden worden vervangen)."
)


def _aantal_gevallen(gevallen: int | None, cases: int | None) -> int | None:
    """``--gevallen``, or its old name ``--cases`` (not both)."""
    if gevallen is not None and cases is not None:
        gemeen.stop(2, "geef --gevallen of de oude naam --cases, niet beide")
    return gevallen if gevallen is not None else cases


def _lees(pad: Path) -> Scenario:
    if not pad.is_file():
        gemeen.stop(2, f"bestand {pad} bestaat niet")
    try:
        scenario = lees_scenario(pad)
    except OngeldigScenarioError as fout:
        gemeen.stop(1, f"geweigerd: {fout}")
    if scenario.regelset_versie != REGELSET_VERSIE:
        fout_uit.print(
            f"let op: {pad} gaat uit van regelset {scenario.regelset_versie}, deze versie van "
            f"Spoorwijzer rekent met regelset {REGELSET_VERSIE}",
            markup=False,
        )
    return scenario


def _bereid_map(map_: Path, overschrijf: bool) -> None:
    if map_.exists() and not map_.is_dir():
        gemeen.stop(2, f"--uitvoer: {map_} is geen map")
    if map_.is_dir() and any(map_.iterdir()) and not overschrijf:
        gemeen.stop(
            1, f"geweigerd: map {map_} is niet leeg; kies een lege map of geef --overschrijf"
        )
    map_.mkdir(parents=True, exist_ok=True)


def _code_versie() -> str:
    try:
        return importlib.metadata.version("spoorwijzer")
    except importlib.metadata.PackageNotFoundError:
        return "onbekend"


def _voortgang() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("nog"),
        TimeRemainingColumn(),
        console=fout_uit,
    )


def _draai(
    opdrachten: list[Opdracht],
    *,
    werkers: int | None,
    dask: str | None,
    omschrijving: str,
) -> tuple[list[Telling], float]:
    """Run the replications with a progress bar; return the tallies and the wall time (s)."""
    begin = time.perf_counter()
    with _voortgang() as voortgang:
        taak = voortgang.add_task(omschrijving, total=len(opdrachten))

        def na_elke(_: Telling) -> None:
            voortgang.advance(taak)

        try:
            tellingen = simuleer(opdrachten, werkers=werkers, dask_adres=dask, na_elke=na_elke)
        except (OSError, TimeoutError) as fout:
            if dask is None:
                raise
            gemeen.stop(4, f"configuratie: Dask-cluster op {dask} niet bereikbaar: {fout}")
    return tellingen, time.perf_counter() - begin


def _processen(n: int) -> str:
    return "1 proces" if n == 1 else f"{n} processen"


def _manifest(
    *,
    seed: int,
    replicaties: int,
    cases: int,
    werkers: int | None,
    dask: str | None,
    gestart: str,
    looptijd: float,
) -> dict[str, Any]:
    return {
        "seed": seed,
        "replicaties": replicaties,
        "cases_per_replicatie": cases,
        "code_versie": _code_versie(),
        "regelset_versie": REGELSET_VERSIE,
        "uitvoering": f"dask {dask}" if dask else _processen(werkers or os.cpu_count() or 1),
        "gestart_op": gestart,
        "looptijd_seconden": round(looptijd, 3),
    }


def _kpi_tabel(titel: str, s: Mapping[str, Schatting]) -> Table:
    tabel = Table(title=titel)
    tabel.add_column("kerncijfer")
    tabel.add_column("gemiddelde", justify="right")
    tabel.add_column("95%-interval", justify="right")
    for naam, e in s.items():
        tabel.add_row(
            Text(rapport.kpi_info(naam).label),
            Text(rapport.waarde(naam, e.gemiddelde)),
            Text(rapport.interval(naam, e)),
        )
    return tabel


# -- simuleer run ----------------------------------------------------------------------------


@simuleer_app.command("run")
def run(
    ctx: typer.Context,
    scenario_pad: Annotated[
        Path, typer.Argument(metavar="SCENARIO.toml", help="Het scenario (TOML).")
    ],
    uitvoer: Annotated[Path, UITVOER],
    gevallen_opgegeven: Annotated[int | None, GEVALLEN] = None,
    cases: Annotated[int | None, CASES] = None,
    replicaties: Annotated[int, REPLICATIES] = STANDAARD_REPLICATIES,
    seed: Annotated[int, SEED] = STANDAARD_SEED,
    werkers: Annotated[int | None, WERKERS] = None,
    dask: Annotated[str | None, DASK] = None,
    bewaar: Annotated[
        bool,
        typer.Option(
            "--bewaar",
            help="Bewaar ook de dossiers van de eerste replicatie in de ingestelde opslag.",
        ),
    ] = False,
    overschrijf: Annotated[bool, OVERSCHRIJF] = False,
    cohort: Annotated[
        Path | None,
        typer.Option(
            "--cohort",
            metavar="BESTAND.csv",
            help="Simuleer de gevallen uit dit CSV-bestand (kolommen case, eerste_ziektedag, "
            "en naar keuze ziekteduur, vanaf, feiten) in plaats van een gegenereerd cohort.",
        ),
    ] = None,
    vanuit_opslag: Annotated[
        str | None,
        typer.Option(
            "--vanuit-opslag",
            metavar="JJJJ-MM-DD",
            help="Simuleer de bewaarde dossiers die op deze datum nog lopen verder: wat-als voor "
            "echte gevallen.",
        ),
    ] = None,
) -> None:
    """Simuleer een scenario en schrijf het rapport.

    Schrijft samenvatting.json (kerncijfers met 95%-interval, scenario en verantwoording),
    cases.csv (een rij per geval en replicatie), overleving.png, schendingen.png en
    rapport.html.
    """
    opgegeven = _aantal_gevallen(gevallen_opgegeven, cases)
    scenario = _lees(scenario_pad)
    _bereid_map(uitvoer, overschrijf)
    # A configuration error or a role that may not import stops us before the run.
    opslaan = (gemeen.dienst(ctx), gemeen.gebruiker(ctx)) if bewaar else None
    gevallen = _cohort(ctx, cohort, vanuit_opslag)
    aantal = opgegeven if opgegeven is not None else scenario.cohort.aantal
    if gevallen is not None:
        aantal = len(gevallen)
    delen = [uitvoer.resolve() / f".cases-{r:04d}.csv" for r in range(replicaties)]
    opdrachten = [
        Opdracht(scenario, seed, r, aantal, csv_pad=str(deel), cohort=gevallen)
        for r, deel in enumerate(delen)
    ]
    gestart = gemeen.klok(ctx).nu().isoformat(timespec="seconds")
    tellingen, looptijd = _draai(
        opdrachten,
        werkers=werkers,
        dask=dask,
        omschrijving=f"{scenario.naam}: {replicaties} × {rapport.geheel(aantal)} gevallen",
    )
    _voeg_samen(delen, uitvoer / "cases.csv")

    per_replicatie = [t.kpis() for t in tellingen]
    geschat = schattingen(per_replicatie)
    tekst = rapport.cohorttekst(
        scenario,
        aantal=aantal,
        replicaties=replicaties,
        seed=seed,
        cohortbestand=cohort.name if cohort is not None else None,
        vanuit_opslag=gemeen.datum(vanuit_opslag, "--vanuit-opslag") if vanuit_opslag else None,
    )
    manifest = {
        "scenario": scenario.naam,
        "scenario_bestand": str(scenario_pad),
        "scenario_vingerafdruk": scenario.vingerafdruk(),
        "cohort": tekst,
        **_manifest(
            seed=seed,
            replicaties=replicaties,
            cases=aantal,
            werkers=werkers,
            dask=dask,
            gestart=gestart,
            looptijd=looptijd,
        ),
    }
    rapport.schrijf_json(
        uitvoer / "samenvatting.json",
        {
            "manifest": manifest,
            "scenario": scenario.model_dump(mode="json"),
            "kpis": {n: rapport.schatting_json(n, s) for n, s in geschat.items()},
        },
    )
    kleur = rapport.kleuren([scenario.naam])
    overleving = rapport.png(rapport.figuur_overleving({scenario.naam: tellingen}, tekst, kleur))
    schendingen = rapport.png(rapport.figuur_schendingen({scenario.naam: geschat}, tekst, kleur))
    (uitvoer / "overleving.png").write_bytes(overleving)
    (uitvoer / "schendingen.png").write_bytes(schendingen)
    (uitvoer / "rapport.html").write_text(
        rapport.rapport_html(
            titel=f"Simulatie: {scenario.naam}",
            scenario=scenario,
            cohort=tekst,
            schattingen=geschat,
            overleving_png=overleving,
            schendingen_png=schendingen,
            manifest=manifest,
            aantal=aantal,
        ),
        encoding="utf-8",
    )
    uit.print(_kpi_tabel(f"{scenario.naam}\n{tekst}", geschat))
    fout_uit.print(
        f"geschreven naar {uitvoer}: samenvatting.json, cases.csv, overleving.png, "
        f"schendingen.png, rapport.html ({rapport.decimaal(looptijd, 1)} s simulatie)",
        markup=False,
    )
    if opslaan is not None:
        _bewaar(*opslaan, opdrachten[0], gemeen.systeem(ctx).beschrijving())


def _voeg_samen(delen: list[Path], doel: Path) -> None:
    """Merge the part files; a remote Dask cluster may have written them elsewhere."""
    aanwezig = [d for d in delen if d.is_file()]
    if len(aanwezig) < len(delen):
        fout_uit.print(
            f"let op: {len(delen) - len(aanwezig)} van {len(delen)} deelbestanden van cases.csv "
            "ontbreken (draaiden de werkers zonder gedeeld bestandssysteem?); cases.csv is "
            "onvolledig",
            markup=False,
        )
    voeg_csv_samen(aanwezig, doel)


def _cohort(
    ctx: typer.Context, bestand: Path | None, vanuit_opslag: str | None
) -> tuple[Startgeval, ...] | None:
    """The cases from a CSV or the store, or None for the scenario's synthetic cohort."""
    if bestand is not None and vanuit_opslag is not None:
        gemeen.stop(2, "kies --cohort of --vanuit-opslag, niet beide")
    if bestand is not None:
        try:
            return tuple(lees_cohortbestand(bestand))
        except CohortbestandError as fout:
            gemeen.stop(1, f"geweigerd: {fout}")
    if vanuit_opslag is not None:
        vanaf = gemeen.datum(vanuit_opslag, "--vanuit-opslag")
        assert vanaf is not None
        wie = gemeen.gebruiker(ctx, doel="simulatie")
        with gemeen.fouten():
            gelezen = gemeen.dienst(ctx).lees_alle(wie)
        gevallen = tuple(cohort_uit_dossiers(gelezen, vanaf))
        if not gevallen:
            gemeen.stop(1, f"geen lopende dossiers in de opslag op {vanaf}")
        return gevallen
    return None


def _bewaar(dienst: Dossierdienst, wie: Gebruiker, opdracht: Opdracht, waar: str) -> None:
    """Rebuild the first replication in-process with its dossiers and store them in batches.

    Same seed and replication, so the stored dossiers are exactly the cases of replication 0
    in cases.csv.  They are imported through the application layer (every fact checked, one
    access-log entry per dossier), as the CLI's user.
    """
    aantal = 0
    with _voortgang() as voortgang, gemeen.fouten(opslaan=True):
        taak = voortgang.add_task("dossiers bewaren", total=opdracht.aantal)
        for uitslagen in deelcohorten(replace(opdracht, csv_pad=None), bewaar=True):
            gebouwd = [u.dossier for u in uitslagen if u.dossier is not None]
            for begin in range(0, len(gebouwd), BEWAAR_PER_KEER):
                dienst.importeer_gebouwd(wie, gebouwd[begin : begin + BEWAAR_PER_KEER])
            aantal += len(gebouwd)
            voortgang.advance(taak, len(uitslagen))
    fout_uit.print(f"{aantal} gesimuleerde dossiers (replicatie 0) bewaard in {waar}", markup=False)


# -- simuleer vergelijk ----------------------------------------------------------------------


BESTANDEN_VERGELIJKING = {
    "overleving.png": "overleving",
    "schendingen.png": "schendingen",
    "vergelijking.png": "verschillen",
}
"""The charts ``vergelijk`` writes: file name and chart."""


def _namen(paden: Sequence[Path], scenarios: Sequence[Scenario]) -> list[str]:
    """Unique scenario names for tables and files: the name, else with file name, else number."""
    namen = [s.naam for s in scenarios]
    namen = [
        f"{n} ({p.stem})" if namen.count(n) > 1 else n for n, p in zip(namen, paden, strict=True)
    ]
    return [f"{n} #{i + 1}" if namen.count(n) > 1 else n for i, n in enumerate(namen)]


def _vergelijk_tabel(
    namen: Sequence[str],
    geschat: Mapping[str, Mapping[str, Schatting]],
    verschil: Mapping[str, Mapping[str, Schatting]],
    titel: str,
) -> Table:
    basis = namen[0]
    tabel = Table(
        title=titel,
        caption=f"verschil = scenario − {basis}, gepaard over de replicaties; "
        "* = het 95%-interval sluit 0 uit (beoordeeld op de onafgeronde getallen)",
    )
    tabel.add_column("kerncijfer", min_width=20)
    tabel.add_column(basis, justify="right", no_wrap=True)
    for naam in namen[1:]:
        tabel.add_column(naam, justify="right", no_wrap=True)
        tabel.add_column("verschil [95%-interval]", justify="right", no_wrap=True)
    for kpi, s_basis in geschat[basis].items():
        rij = [Text(rapport.kpi_info(kpi).label), Text(rapport.waarde(kpi, s_basis.gemiddelde))]
        for naam in namen[1:]:
            tekst = rapport.verschiltekst(kpi, verschil[naam][kpi])
            rij.append(Text(rapport.waarde(kpi, geschat[naam][kpi].gemiddelde)))
            rij.append(Text(str(tekst), style="bold" if tekst.aantoonbaar else ""))
        tabel.add_row(*rij)
    return tabel


@simuleer_app.command("vergelijk")
def vergelijk(
    ctx: typer.Context,
    scenario_paden: Annotated[
        list[Path],
        typer.Argument(
            metavar="A.toml B.toml [C.toml ...]",
            help="Scenario's; het eerste is de basis waarmee de andere worden vergeleken.",
        ),
    ],
    uitvoer: Annotated[Path, UITVOER],
    gevallen_opgegeven: Annotated[int | None, GEVALLEN] = None,
    cases: Annotated[int | None, CASES] = None,
    replicaties: Annotated[int, REPLICATIES] = STANDAARD_REPLICATIES,
    seed: Annotated[int, SEED] = STANDAARD_SEED,
    werkers: Annotated[int | None, WERKERS] = None,
    dask: Annotated[str | None, DASK] = None,
    overschrijf: Annotated[bool, OVERSCHRIJF] = False,
) -> None:
    """Vergelijk scenario's met gepaarde verschillen.

    Elk scenario draait met dezelfde seed (gemeenschappelijke toevalsgetallen); tabel, JSON,
    grafieken en HTML geven elk kerncijfer per scenario en het gepaarde verschil met het
    eerste, met een 95%-interval.
    """
    if len(scenario_paden) < 2:
        gemeen.stop(2, "geef minstens twee scenario's: A.toml B.toml [C.toml ...]")
    opgegeven = _aantal_gevallen(gevallen_opgegeven, cases)
    scenarios = [_lees(p) for p in scenario_paden]
    _bereid_map(uitvoer, overschrijf)
    namen = _namen(scenario_paden, scenarios)
    aantal = opgegeven if opgegeven is not None else scenarios[0].cohort.aantal
    # Same seed and replication index for every scenario: replication r sees the same cases.
    opdrachten = [Opdracht(s, seed, r, aantal) for s in scenarios for r in range(replicaties)]
    gestart = gemeen.klok(ctx).nu().isoformat(timespec="seconds")
    tellingen, looptijd = _draai(
        opdrachten,
        werkers=werkers,
        dask=dask,
        omschrijving=f"{len(scenarios)} scenario's: {replicaties} × {rapport.geheel(aantal)} "
        "gevallen",
    )
    per_scenario = {
        naam: [t.kpis() for t in tellingen[i * replicaties : (i + 1) * replicaties]]
        for i, naam in enumerate(namen)
    }
    basis = namen[0]
    geschat = {naam: schattingen(k) for naam, k in per_scenario.items()}
    verschil = {naam: verschillen(per_scenario[basis], per_scenario[naam]) for naam in namen[1:]}

    tekst = rapport.cohortteksten(
        {
            naam: rapport.cohorttekst(s, aantal=aantal, replicaties=replicaties, seed=seed)
            for naam, s in zip(namen, scenarios, strict=True)
        }
    )
    manifest = {
        "basis": basis,
        "scenarios": [
            {"naam": n, "bestand": str(p), "vingerafdruk": s.vingerafdruk()}
            for n, p, s in zip(namen, scenario_paden, scenarios, strict=True)
        ],
        "cohort": tekst,
        **_manifest(
            seed=seed,
            replicaties=replicaties,
            cases=aantal,
            werkers=werkers,
            dask=dask,
            gestart=gestart,
            looptijd=looptijd,
        ),
    }
    rapport.schrijf_json(
        uitvoer / "vergelijking.json",
        {
            "manifest": manifest,
            "instellingen": {
                naam: s.model_dump(mode="json") for naam, s in zip(namen, scenarios, strict=True)
            },
            "scenarios": {
                naam: {k: rapport.schatting_json(k, s) for k, s in per_kpi.items()}
                for naam, per_kpi in geschat.items()
            },
            "verschillen": {
                naam: {
                    k: {**rapport.schatting_json(k, s), "sluit_nul_uit": rapport.sluit_nul_uit(s)}
                    for k, s in per_kpi.items()
                }
                for naam, per_kpi in verschil.items()
            },
        },
    )
    kleur = rapport.kleuren(namen)
    afbeeldingen = {
        "overleving": rapport.png(
            rapport.figuur_overleving(
                {
                    naam: tellingen[i * replicaties : (i + 1) * replicaties]
                    for i, naam in enumerate(namen)
                },
                tekst,
                kleur,
            )
        ),
        "schendingen": rapport.png(rapport.figuur_schendingen(geschat, tekst, kleur)),
        "verschillen": rapport.png(rapport.figuur_vergelijking(basis, verschil, tekst, kleur)),
    }
    for bestand, sleutel in BESTANDEN_VERGELIJKING.items():
        (uitvoer / bestand).write_bytes(afbeeldingen[sleutel])
    titel = "Vergelijking: " + " / ".join(namen)
    (uitvoer / "vergelijking.html").write_text(
        rapport.vergelijking_html(
            titel=titel,
            basis=basis,
            cohort=tekst,
            scenarios=dict(zip(namen, scenarios, strict=True)),
            schattingen=geschat,
            verschillen=verschil,
            afbeeldingen=afbeeldingen,
            manifest=manifest,
            aantal=aantal,
        ),
        encoding="utf-8",
    )
    uit.print(_vergelijk_tabel(namen, geschat, verschil, f"{titel}\n{tekst}"))
    fout_uit.print(
        f"geschreven naar {uitvoer}: vergelijking.json, {', '.join(BESTANDEN_VERGELIJKING)}, "
        f"vergelijking.html ({rapport.decimaal(looptijd, 1)} s simulatie)",
        markup=False,
    )


__all__: Sequence[str] = ("simuleer_app",)
