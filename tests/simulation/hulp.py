"""Helpers shared by the simulation tests and the simulation steps of the features.

A scenario is changed with dotted keys (``beleid.spoor2_start``), as an analyst names them
in a TOML file; a replication set is simulated once per process and reused (the directional
tests share their baselines), and the KPIs get the track-2 return as one derived figure.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from simulation.parameters import Scenario
from simulation.runner import Opdracht, simuleer

TWEEDE_SPOOR = "terugkeer_tweede_spoor"
"""Derived KPI: return to work through track 2 (another employer or a detachering)."""


def scenario_met(basis: Scenario, wijzigingen: Mapping[str, object]) -> Scenario:
    """``basis`` with some keys changed, e.g. ``{"beleid.spoor2_week": 26}`` (checked again)."""
    gegevens = basis.model_dump()
    for sleutel, waarde in wijzigingen.items():
        *pad, laatste = sleutel.split(".")
        deel = gegevens
        for stuk in pad:
            if not isinstance(deel.get(stuk), dict):
                raise KeyError(f"onbekende sleutel {sleutel!r}")
            deel = deel[stuk]
        if laatste not in deel:
            raise KeyError(f"onbekende sleutel {sleutel!r}")
        deel[laatste] = waarde
    return Scenario.model_validate(gegevens)


def met_afgeleide(kpis: Mapping[str, float]) -> dict[str, float]:
    """The replication's KPIs plus the track-2 return (``terugkeer_tweede_spoor``)."""
    uit = dict(kpis)
    uit[TWEEDE_SPOOR] = kpis["terugkeer_ander_werkgever"] + kpis["terugkeer_detachering"]
    return uit


@functools.cache
def kpis_per_replicatie(
    scenario: Scenario, aantal: int, replicaties: int, seed: int
) -> tuple[dict[str, float], ...]:
    """Every replication's KPIs (in-process; cached, so a shared baseline runs once)."""
    tellingen = simuleer(
        [Opdracht(scenario, seed, r, aantal) for r in range(replicaties)], werkers=1
    )
    return tuple(met_afgeleide(t.kpis()) for t in tellingen)
