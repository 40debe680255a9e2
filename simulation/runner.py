"""Replications: self-contained tasks (seed in, tallies out), run anywhere with the same result.

In-process, on a local process pool, or on a Dask cluster: whichever runs them, the
results are identical.

Dekt: sub-cohorts are simulated one after another so memory stays flat in the cohort size;
case rows stream to a CSV part file per replication.
"""

from __future__ import annotations

import contextlib
import csv
import multiprocessing
import os
import resource
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from simulation.cohort import Startgeval
from simulation.kpi import Telling
from simulation.model import Model, Uitslag
from simulation.parameters import Scenario
from simulation.stromen import stromen, trek

CSV_KOLOMMEN = (
    "replicatie",
    "case",
    "eerste_ziektedag",
    "ziekteduur",
    "uitkomst",
    "einddag",
    "wia_aanvraag",
    "loonsanctie_weken",
    "loonweken",
    "schendingen",
    "feiten",
)


@dataclass(frozen=True)
class Opdracht:
    """One replication to run (picklable: it travels to worker processes and Dask)."""

    scenario: Scenario
    seed: int
    replicatie: int
    aantal: int
    met_domein: bool = True
    csv_pad: str | None = None
    cohort: tuple[Startgeval, ...] | None = None
    """Cases from a file or the store; ``aantal`` is then their number."""


def deelcohorten(opdracht: Opdracht, bewaar: bool = False) -> Iterator[list[Uitslag]]:
    """The replication's cases, one sub-cohort at a time (same draws whatever the caller)."""
    generatoren = stromen(opdracht.seed, opdracht.replicatie)
    grootte = opdracht.scenario.cohort.deelcohort
    for begin in range(0, opdracht.aantal, grootte):
        n = min(grootte, opdracht.aantal - begin)
        model = Model(
            opdracht.scenario,
            trek(generatoren, n),
            begin,
            met_domein=opdracht.met_domein,
            bewaar_dossiers=bewaar,
            gevallen=opdracht.cohort[begin : begin + n] if opdracht.cohort else None,
            id_basis=f"{opdracht.scenario.vingerafdruk()[:16]}:{opdracht.seed}:{opdracht.replicatie}",
        )
        yield model.draai()


def draai_replicatie(opdracht: Opdracht) -> Telling:
    """Run one replication; stream its cases to ``csv_pad`` if given; return its tallies."""
    telling = Telling()
    with contextlib.ExitStack() as stapel:
        schrijver = None
        if opdracht.csv_pad:
            bestand = stapel.enter_context(
                open(opdracht.csv_pad, "w", newline="", encoding="utf-8")
            )
            schrijver = csv.writer(bestand)
        for uitslagen in deelcohorten(opdracht):
            for u in sorted(uitslagen, key=lambda x: x.case):
                telling.tel(u)
                if schrijver is not None:
                    schrijver.writerow(_rij(opdracht.replicatie, u))
    telling.piek_geheugen_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return telling


def _rij(replicatie: int, u: Uitslag) -> tuple[object, ...]:
    return (
        replicatie,
        u.case,
        u.eerste_ziektedag.isoformat(),
        u.ziekteduur,
        u.uitkomst,
        u.einddag,
        int(u.wia_aanvraag),
        u.loonsanctie_weken,
        round(u.loonweken, 2),
        ";".join(u.schendingen),
        u.feiten,
    )


def simuleer(
    opdrachten: list[Opdracht],
    *,
    werkers: int | None = None,
    dask_adres: str | None = None,
    na_elke: Callable[[Telling], None] | None = None,
) -> list[Telling]:
    """Run the replications; the order of the results follows the order of the tasks."""
    if dask_adres is not None:
        from dask.distributed import Client

        with Client(dask_adres) as client:  # type: ignore[no-untyped-call]
            futures = client.map(draai_replicatie, opdrachten, pure=False)
            uitkomsten = []
            for future in futures:
                telling = future.result()
                uitkomsten.append(telling)
                if na_elke:
                    na_elke(telling)
            return uitkomsten
    werkers = werkers if werkers is not None else (os.cpu_count() or 1)
    if werkers <= 1 or len(opdrachten) == 1:
        uitkomsten = []
        for opdracht in opdrachten:
            telling = draai_replicatie(opdracht)
            uitkomsten.append(telling)
            if na_elke:
                na_elke(telling)
        return uitkomsten
    # forkserver: never fork a process whose threads (a progress bar) may hold locks.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=werkers, mp_context=context) as pool:
        uitkomsten = []
        for telling in pool.map(draai_replicatie, opdrachten):
            uitkomsten.append(telling)
            if na_elke:
                na_elke(telling)
        return uitkomsten


def voeg_csv_samen(delen: list[Path], doel: Path) -> None:
    """Concatenate the replications' part files (in order) under one header."""
    with doel.open("w", newline="", encoding="utf-8") as uit:
        csv.writer(uit).writerow(CSV_KOLOMMEN)
        for deel in delen:
            with deel.open(encoding="utf-8") as invoer:
                for regel in invoer:
                    uit.write(regel)
            deel.unlink()
