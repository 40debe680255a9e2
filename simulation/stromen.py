"""Random inputs: one seeded numpy stream per kind of randomness, drawn per case up front.

Dekt: common random numbers.  Replication ``r`` of seed ``s`` always uses
``SeedSequence(s, spawn_key=(r,))``, split into one generator per input in a fixed order;
each sub-cohort draws its cases' variates as arrays.  Two scenarios with the same cohort then
give case ``i`` the same sickness duration, the same compliance draws and the same delays, so
their difference measures the policy, not the luck.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.random import Generator, SeedSequence

INPUTS = (
    "instroom",
    "ziekteduur",
    "naleving",
    "vertraging",
    "spreekuur",
    "onderzoek",
    "prognose",
    "bureau",
    "plaatsing",
    "route",
    "uwv",
)
"""The random inputs, in the order their streams are spawned (never reorder: it is the seed map)."""

NALEVING = (
    "probleemanalyse",
    "plan_van_aanpak",
    "ziekmelding_uwv",
    "eerstejaarsevaluatie",
    "spoor2_start",
    "reintegratieverslag",
    "wia_aanvraag",
)
MAX_EVALUATIES = 20
VERTRAGINGEN = 32


def stromen(seed: int, replicatie: int) -> dict[str, Generator]:
    """One generator per input for this replication."""
    kinderen = SeedSequence(seed, spawn_key=(replicatie,)).spawn(len(INPUTS))
    return {naam: np.random.default_rng(kind) for naam, kind in zip(INPUTS, kinderen, strict=True)}


@dataclass(frozen=True, slots=True)
class Trekkingen:
    """Every variate the cases of one sub-cohort need, one row per case."""

    instroom: np.ndarray
    duur_u: np.ndarray
    naleving: np.ndarray
    evaluatie: np.ndarray
    vertraging: np.ndarray
    spreekuur: np.ndarray
    onderzoek: np.ndarray
    prognose: np.ndarray
    bureau: np.ndarray
    plaatsing: np.ndarray
    route: np.ndarray
    uwv: np.ndarray


def trek(generatoren: dict[str, Generator], aantal: int) -> Trekkingen:
    """Draw one sub-cohort's variates (uniforms and unit exponentials)."""
    g = generatoren
    return Trekkingen(
        instroom=g["instroom"].random(aantal),
        duur_u=g["ziekteduur"].random(aantal),
        naleving=g["naleving"].random((aantal, len(NALEVING))),
        evaluatie=g["naleving"].random((aantal, MAX_EVALUATIES)),
        vertraging=g["vertraging"].random((aantal, VERTRAGINGEN)),
        spreekuur=g["spreekuur"].standard_exponential(aantal),
        onderzoek=g["onderzoek"].standard_exponential(aantal),
        prognose=g["prognose"].random((aantal, 3)),
        bureau=g["bureau"].random((aantal, 4)),
        plaatsing=g["plaatsing"].random((aantal, 3)),
        route=g["route"].random(aantal),
        uwv=g["uwv"].random((aantal, 2)),
    )
