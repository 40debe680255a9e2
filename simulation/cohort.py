"""Cohort sources: synthetic (the scenario's), a CSV file of cases, or dossiers from the store.

Dekt: counterfactuals of real cases.  A case from a file or the store brings its first sick
day and the facts known so far (exchange-format lines, up to ``vanaf``); the model takes those
as given, draws the rest of the sickness conditional on still being sick at ``vanaf``, and
simulates only what comes after.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from adapters.uitwisseling.jsonl import exporteer_lijnen, lijnen
from domain.verzuimdossier import Verzuimdossier

VERPLICHT = ("case", "eerste_ziektedag")


@dataclass(frozen=True, slots=True)
class Startgeval:
    """One case to simulate: its id, first sick day, and what is known of it so far."""

    case: str
    eerste_ziektedag: date
    vanaf: date | None = None
    ziekteduur: int | None = None
    regels: tuple[str, ...] = ()


class CohortbestandError(ValueError):
    """A cohort file that cannot be used; the message names the line and column."""


def lees_cohortbestand(pad: Path) -> list[Startgeval]:
    """Read a cohort CSV; the message of a refusal names the line.

    Columns: ``case``, ``eerste_ziektedag`` and optionally ``ziekteduur``, ``vanaf`` and
    ``feiten`` (a JSON list of exchange-format facts after the ziekmelding).
    """
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CohortbestandError(f"{pad}: bestand bestaat niet") from None
    lezer = csv.DictReader(lijnen(tekst))
    ontbreekt = [k for k in VERPLICHT if k not in (lezer.fieldnames or [])]
    if ontbreekt:
        raise CohortbestandError(f"{pad}: kolom {ontbreekt[0]!r} ontbreekt")
    gevallen = []
    for nummer, rij in enumerate(lezer, start=2):
        try:
            eerste = date.fromisoformat(rij["eerste_ziektedag"])
            vanaf = date.fromisoformat(rij["vanaf"]) if rij.get("vanaf") else None
            duur = int(rij["ziekteduur"]) if rij.get("ziekteduur") else None
            feiten = json.loads(rij["feiten"]) if rij.get("feiten") else []
        except (ValueError, json.JSONDecodeError) as fout:
            raise CohortbestandError(f"{pad}: regel {nummer}: {fout}") from None
        if duur is not None and duur < 1:
            raise CohortbestandError(f"{pad}: regel {nummer}: ziekteduur moet minstens 1 zijn")
        zm = {
            "type": "ZiekmeldingOntvangen",
            "datum": eerste.isoformat(),
            "eerste_ziektedag": eerste.isoformat(),
            "werknemer": rij["case"],
            "werkgever": rij.get("werkgever") or "werkgever",
        }
        regels = tuple(json.dumps(f) for f in [zm, *feiten]) if feiten or vanaf else ()
        gevallen.append(Startgeval(rij["case"], eerste, vanaf, duur, regels))
    if not gevallen:
        raise CohortbestandError(f"{pad}: het bestand bevat geen gevallen")
    return gevallen


def cohort_uit_dossiers(dossiers: Iterable[Verzuimdossier], vanaf: date) -> list[Startgeval]:
    """The dossiers still running on ``vanaf``, as they stand, to simulate forward.

    The caller reads them through the application layer (which logs the reads).
    """
    gevallen = []
    for dossier in dossiers:
        if dossier.eerste_ziektedag > vanaf:
            continue
        stand = dossier.stand(vanaf)
        if not stand.sporen:  # recovered or closed: nothing left to simulate
            continue
        regels = tuple(_zonder_envelop(r) for r in exporteer_lijnen(dossier))
        gevallen.append(Startgeval(str(dossier.id), dossier.eerste_ziektedag, vanaf, None, regels))
    return gevallen


def _zonder_envelop(regel: str) -> str:
    gegevens = json.loads(regel)
    for sleutel in ("positie", "geregistreerd_op", "herkomst", "hash", "vorige_hash"):
        gegevens.pop(sleutel, None)
    return json.dumps(gegevens, ensure_ascii=False)
