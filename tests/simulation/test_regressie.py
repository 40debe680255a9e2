"""Regression: the basis scenario's KPIs against a stored summary, within tolerances.

``tests/simulation/data/regressie_basis.json`` holds the mean of every KPI of the basis
scenario (``Scenario()`` defaults), 1000 cases x 3 replications, seed 2026.  A change of
behaviour (model, rules, defaults) moves them; a pure optimisation does not.  When a change is
meant, regenerate the file and commit it with the change::

    .venv/bin/python -m tests.simulation.test_regressie
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from simulation.kpi import schattingen
from simulation.parameters import Scenario
from simulation.runner import Opdracht, simuleer

REFERENTIE = Path(__file__).parent / "data" / "regressie_basis.json"
SEED = 2026
AANTAL = 1000
REPLICATIES = 3

TOLERANTIE_AANDEEL = 0.01
"""Shares of the cohort (return routes, still sick, WIA, loonsanctie, each rule's violations)."""
TOLERANTIE_LOONWEKEN = 2.0
"""Employer wage weeks per case."""
TOLERANTIE_DAGEN = 5.0
"""Quartiles and median of the day of return."""


def tolerantie(kpi: str) -> float:
    if kpi == "loonweken_werkgever":
        return TOLERANTIE_LOONWEKEN
    if kpi.startswith("terugkeer_dag_"):
        return TOLERANTIE_DAGEN
    return TOLERANTIE_AANDEEL


def meet() -> dict[str, float]:
    """The mean of every KPI over the replications (in-process)."""
    scenario = Scenario()
    tellingen = simuleer(
        [Opdracht(scenario, SEED, r, AANTAL) for r in range(REPLICATIES)], werkers=1
    )
    return {k: s.gemiddelde for k, s in schattingen([t.kpis() for t in tellingen]).items()}


def schrijf_referentie() -> None:
    """Write the reference file from the current model (run this module as a script)."""
    scenario = Scenario()
    gegevens = {
        "toelichting": (
            "Regression reference for tests/simulation/test_regressie.py: the mean of every KPI "
            f"of the basis scenario (Scenario() defaults), {AANTAL} cases x {REPLICATIES} "
            f"replications, seed {SEED}. Regenerate only for an intended change of behaviour: "
            ".venv/bin/python -m tests.simulation.test_regressie"
        ),
        "seed": SEED,
        "cases": AANTAL,
        "replicaties": REPLICATIES,
        "regelset_versie": scenario.regelset_versie,
        "scenario_vingerafdruk": scenario.vingerafdruk(),
        "kpis": {k: round(v, 6) for k, v in meet().items()},
    }
    REFERENTIE.parent.mkdir(parents=True, exist_ok=True)
    REFERENTIE.write_text(
        json.dumps(gegevens, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{REFERENTIE} geschreven")


def test_basisscenario_binnen_de_toleranties_van_de_referentie() -> None:
    referentie = json.loads(REFERENTIE.read_text(encoding="utf-8"))
    assert (referentie["seed"], referentie["cases"], referentie["replicaties"]) == (
        SEED,
        AANTAL,
        REPLICATIES,
    )
    gemeten = meet()
    verwacht: dict[str, float] = referentie["kpis"]
    assert gemeten.keys() == verwacht.keys(), (
        "the KPIs changed; regenerate with: .venv/bin/python -m tests.simulation.test_regressie"
    )
    afwijkingen = [
        f"{kpi}: {gemeten[kpi]:.4f}, referentie {verwacht[kpi]:.4f} (tolerantie {tolerantie(kpi)})"
        for kpi in verwacht
        if not math.isclose(gemeten[kpi], verwacht[kpi], rel_tol=0, abs_tol=tolerantie(kpi))
    ]
    assert not afwijkingen, "\n".join(afwijkingen)


if __name__ == "__main__":
    schrijf_referentie()
