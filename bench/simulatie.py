"""``make bench`` part 2: the simulation through the real domain against the bare SimPy flow.

The same cases (same seeds, same process flow) run twice: once recording every fact in a real
``Verzuimdossier`` and judging it with the deadline engine, once with the domain switched off.
Both use a process pool over all cores.  Memory: the peak resident size of the worker
processes, for a cohort and for one three times larger (flat: it does not grow with the cohort).
"""

from __future__ import annotations

import os
import time

from simulation.parameters import Scenario
from simulation.runner import Opdracht, simuleer

Meting = tuple[str, float, float | None, str]


def _draai(aantal: int, met_domein: bool, werkers: int) -> tuple[float, int, float]:
    """Wall time, cases and the largest worker's peak memory (MiB)."""
    per_taak = aantal // werkers
    opdrachten = [
        Opdracht(Scenario(), 2026, r, per_taak, met_domein=met_domein) for r in range(werkers)
    ]
    begin = time.perf_counter()
    tellingen = simuleer(opdrachten, werkers=werkers)
    duur = time.perf_counter() - begin
    return duur, sum(t.cases for t in tellingen), max(t.piek_geheugen_mib for t in tellingen)


def simulatie(aantal: int = 100_000) -> list[Meting]:
    """Cases per second with and without the domain, and the peak memory of the workers."""
    werkers = os.cpu_count() or 1
    kaal, n_kaal, _ = _draai(aantal, False, werkers)
    domein, n_domein, piek_klein = _draai(aantal, True, werkers)
    assert n_kaal == n_domein == aantal - aantal % werkers
    groot = 3 * aantal
    _, _, piek_groot = _draai(groot, True, werkers)
    return [
        (f"simulatie {n_domein} gevallen, echt domein ({werkers} kernen)", domein, 60.0, "s"),
        ("  gevallen per seconde, echt domein", n_domein / domein, None, "gevallen/s"),
        ("  gevallen per seconde, kaal SimPy-model", n_kaal / kaal, None, "gevallen/s"),
        ("  overhead domein / kaal", domein / kaal, 3.0, "x"),
        (f"  piekgeheugen werker, {aantal} gevallen", piek_klein, None, "MiB"),
        (f"  piekgeheugen werker, {groot} gevallen", piek_groot, 1024.0, "MiB"),
    ]
