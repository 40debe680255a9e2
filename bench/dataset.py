"""A deterministic cohort of realistic dossiers in the exchange format, for benchmarks."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

_VERLOOP = (
    ("EvaluatieGehouden", {}),
    ("ContactGehad", {"met": "werknemer"}),
    ("InterventieIngezet", {"soort": "jobcoaching"}),
    ("EvaluatieGehouden", {}),
    ("WerkHervat", {"percentage": 40, "soort": "aangepast_werk"}),
    ("ContactGehad", {"met": "arbodienst"}),
)


def dossier_regels(i: int, aantal: int = 30) -> list[str]:
    """Dossier ``i`` as JSON Lines with ``aantal`` facts (at least 5)."""
    d1 = date(2024, 1, 1) + timedelta(days=(i * 7) % 700)
    werkgever = f"Werkgever {i % 97:02d} B.V."

    def regel(type_naam: str, dagen: int, **velden: Any) -> str:
        return json.dumps(
            {"type": type_naam, "datum": (d1 + timedelta(days=dagen)).isoformat(), **velden},
            ensure_ascii=False,
        )

    regels = [
        regel(
            "ZiekmeldingOntvangen",
            0,
            eerste_ziektedag=d1.isoformat(),
            werknemer=f"W-{i:06d}",
            werkgever=werkgever,
            door={"rol": "werkgever", "naam": "P. de Vries"},
        ),
        regel("ArbodienstGeinformeerd", 2),
        regel(
            "ProbleemanalyseOpgesteld",
            30 + i % 20,
            benutbare_mogelijkheden=True,
            door={"rol": "bedrijfsarts", "naam": "dr. A. Jansen"},
        ),
        regel(
            "PlanVanAanpakOpgesteld",
            50 + i % 20,
            casemanager="M. Bakker",
            doel="aangepast_werk",
            visie_werkgever="Terugkeer in aangepast werk binnen drie maanden.",
            visie_werknemer="Eens, met opbouw van uren.",
        ),
    ]
    dag = 60 + i % 20
    k = 0
    while len(regels) < aantal:
        type_naam, velden = _VERLOOP[k % len(_VERLOOP)]
        dag += 12 + (i + k) % 9
        regels.append(
            regel(type_naam, dag, toelichting="Voortgang besproken met werknemer.", **velden)
        )
        k += 1
    return regels
