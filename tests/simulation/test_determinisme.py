"""Determinism: a seed fixes every result, wherever the replications run.

Same seed, same tallies; another seed, other tallies; in-process, on a process pool and on a
Dask cluster the same tallies; and common random numbers: two scenarios that differ only in a
lever give case ``i`` the same first sick day and sickness duration, so their difference is
the policy's, not luck's.
"""

from __future__ import annotations

from simulation.kpi import Telling
from simulation.parameters import Scenario
from simulation.runner import Opdracht, deelcohorten, draai_replicatie, simuleer
from tests.simulation.hulp import scenario_met

# Three sub-cohorts per replication (100 + 100 + 50), so the split is part of what is checked.
KLEIN = scenario_met(Scenario(), {"cohort.deelcohort": 100})
AANTAL = 250


def opdrachten(seed: int, replicaties: int = 3) -> list[Opdracht]:
    return [Opdracht(KLEIN, seed, r, AANTAL) for r in range(replicaties)]


def test_zelfde_seed_geeft_dezelfde_tellingen() -> None:
    eerste = draai_replicatie(Opdracht(KLEIN, 7, 0, AANTAL))
    tweede = draai_replicatie(Opdracht(KLEIN, 7, 0, AANTAL))
    assert eerste == tweede
    assert eerste.kpis() == tweede.kpis()
    assert eerste.cases == AANTAL


def test_andere_seed_of_replicatie_geeft_andere_tellingen() -> None:
    basis = draai_replicatie(Opdracht(KLEIN, 7, 0, AANTAL))
    assert draai_replicatie(Opdracht(KLEIN, 8, 0, AANTAL)) != basis
    assert draai_replicatie(Opdracht(KLEIN, 7, 1, AANTAL)) != basis


def test_in_proces_procespool_en_dask_geven_hetzelfde() -> None:
    from dask.distributed import LocalCluster  # imported here: only this test needs it

    taken = opdrachten(2026)
    in_proces = simuleer(taken, werkers=1)
    assert len({repr(t.kpis()) for t in in_proces}) == len(taken), "replications look alike"

    gezien: list[Telling] = []
    pool = simuleer(taken, werkers=2, na_elke=gezien.append)
    assert pool == in_proces
    assert gezien == in_proces  # the callback sees them in task order

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        op_dask = simuleer(taken, dask_adres=cluster.scheduler_address)
    assert op_dask == in_proces


def test_gemeenschappelijke_toevalsgetallen_over_scenarios() -> None:
    ander = scenario_met(
        KLEIN,
        {
            "beleid.spoor2_start": "week",
            "beleid.spoor2_week": 26,
            "capaciteit.bedrijfsartsen_per_1000": 0.5,
            "naleving.plan_van_aanpak": 0.98,
        },
    )
    gevallen = {}
    for scenario in (KLEIN, ander):
        uitslagen = [u for deel in deelcohorten(Opdracht(scenario, 2026, 1, AANTAL)) for u in deel]
        gevallen[scenario] = {u.case: u for u in uitslagen}
    a, b = gevallen[KLEIN], gevallen[ander]
    assert a.keys() == b.keys()
    for case in a:
        assert (a[case].eerste_ziektedag, a[case].ziekteduur) == (
            b[case].eerste_ziektedag,
            b[case].ziekteduur,
        ), f"case {case}"
    # The lever did change what happened, so the pairing was put to work.
    assert any(a[c].schendingen != b[c].schendingen for c in a)
