"""Given-events / command / expected-events helpers for the application tests.

``given`` stores a history of facts (exchange-format dicts or validated ``Invoer``)
in the in-memory application and returns the dossier id; ``recorded`` reads back
what the dossier holds as plain tuples, so a test can compare the whole stream.
``VOORBEELDEN`` holds, for every event type of contract section 3, a valid
example and the shortest history it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from adapters.opslag.dossierbestand import Dossierbestand
from domain.feiten import Registratie
from domain.invoer import Invoer, valideer
from tests.conftest import HERKOMST

EERSTE_ZIEKTEDAG = "2025-01-06"
"""Day 1 of every application example (a Monday); day 728 is 2027-01-03."""

START_KLOK = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
"""The ``klok`` fixture's first reading; it advances one second per reading."""

ZIEKMELDING: dict[str, Any] = {
    "type": "ZiekmeldingOntvangen",
    "datum": EERSTE_ZIEKTEDAG,
    "eerste_ziektedag": EERSTE_ZIEKTEDAG,
    "werknemer": "W-001",
    "werkgever": "Hoveniersbedrijf De Linde",
}

Regel = Mapping[str, Any] | Invoer


def als_invoer(regel: Regel) -> Invoer:
    """A validated fact from an exchange-format dict (or an ``Invoer`` as is)."""
    return regel if isinstance(regel, Invoer) else valideer(dict(regel))


def given(dossiers: Dossierbestand, feiten: Iterable[Regel]) -> UUID:
    """Store a dossier with these facts, oldest first (the first opens it); return its id."""
    eerste, *rest = [als_invoer(f) for f in feiten]
    dossier_id = dossiers.open_dossier(eerste, HERKOMST)
    for invoer in rest:
        dossiers.registreer(dossier_id, invoer, HERKOMST)
    return dossier_id


def recorded(
    dossiers: Dossierbestand, dossier_id: UUID
) -> list[tuple[int, str, date, dict[str, Any]]]:
    """What the stored dossier holds: (positie, type_naam, datum, velden) per event."""
    return [
        (r.positie, r.type_naam, r.datum, dict(r.velden))
        for r in dossiers.dossier(dossier_id).registraties
    ]


def registraties(dossiers: Dossierbestand, dossier_id: UUID) -> tuple[int, list[Registratie]]:
    """The stored version and the full recordings (for 'nothing changed' checks)."""
    dossier = dossiers.dossier(dossier_id)
    return dossier.version, list(dossier.registraties)


def tijdstip(positie: int) -> datetime:
    """The recording time of the event at ``positie`` when each command reads the clock once."""
    return START_KLOK + timedelta(seconds=positie - 1)


def regel(type_naam: str, datum: str, **velden: Any) -> dict[str, Any]:
    """One exchange-format line."""
    return {"type": type_naam, "datum": datum, **velden}


@dataclass(frozen=True)
class Voorbeeld:
    """A valid example of one event type and the history it needs after the ziekmelding."""

    datum: str
    velden: dict[str, Any]
    voorgeschiedenis: tuple[dict[str, Any], ...] = ()
    opgeslagen: dict[str, Any] | None = None
    """The stored fields as Python values, when they differ from the JSON input."""
    optioneel: tuple[str, ...] = field(default=())
    """Optional own fields the example fills in (left out when testing required ones)."""

    @property
    def verwacht(self) -> dict[str, Any]:
        """The type's own fields as they must be stored."""
        return dict(self.velden if self.opgeslagen is None else self.opgeslagen)


VOORBEELDEN: dict[str, Voorbeeld] = {
    "ZiekmeldingOntvangen": Voorbeeld(
        datum=EERSTE_ZIEKTEDAG,
        velden={
            "eerste_ziektedag": EERSTE_ZIEKTEDAG,
            "werknemer": "W-001",
            "werkgever": "Hoveniersbedrijf De Linde",
        },
        opgeslagen={
            "eerste_ziektedag": date(2025, 1, 6),
            "werknemer": "W-001",
            "werkgever": "Hoveniersbedrijf De Linde",
        },
    ),
    "ArbodienstGeinformeerd": Voorbeeld("2025-01-07", {}),
    "ProbleemanalyseOpgesteld": Voorbeeld("2025-02-10", {"benutbare_mogelijkheden": True}),
    "PlanVanAanpakOpgesteld": Voorbeeld(
        "2025-02-20",
        {
            "casemanager": "M. Bakker",
            "doel": "aangepast_werk",
            "visie_werkgever": "terug in aangepast werk",
            "visie_werknemer": "eerst halve dagen",
        },
        voorgeschiedenis=(
            regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True),
        ),
        optioneel=("visie_werkgever", "visie_werknemer"),
    ),
    "EvaluatieGehouden": Voorbeeld("2025-03-31", {}),
    "PlanVanAanpakBijgesteld": Voorbeeld(
        "2025-04-14",
        {
            "reden": "meer uren mogelijk",
            "visie_werkgever": "uitbreiden naar 24 uur",
            "visie_werknemer": "akkoord",
        },
        optioneel=("visie_werkgever", "visie_werknemer"),
    ),
    "ArbeidsdeskundigOnderzoekUitgevoerd": Voorbeeld("2025-06-02", {"advies": "beide"}),
    "ZiekmeldingUWVGedaan": Voorbeeld("2025-10-20", {}),
    "EerstejaarsevaluatieGehouden": Voorbeeld(
        "2025-12-29",
        {
            "perspectief_eigen_werkgever": False,
            "visie_werkgever": "geen passend werk meer",
            "visie_werknemer": "wil extern verder",
        },
        optioneel=("visie_werkgever", "visie_werknemer"),
    ),
    "Spoor2Gestart": Voorbeeld("2026-01-19", {}),
    "ReintegratiebureauGekozen": Voorbeeld(
        "2026-01-26",
        {
            "bureau": "Werkpad BV",
            "keurmerk_blik_op_werk": True,
            "instemming_werknemer": True,
            "ondernemingsraad_geraadpleegd": False,
            "bezwaar_werknemer": "liever een bureau dichter bij huis",
        },
        optioneel=("ondernemingsraad_geraadpleegd", "bezwaar_werknemer"),
    ),
    "TrajectplanOpgesteld": Voorbeeld(
        "2026-02-09",
        {"persoonsprofiel": "hovenier, rijbewijs C"},
        optioneel=("persoonsprofiel",),
    ),
    "DetacheringGestart": Voorbeeld(
        "2026-03-02",
        {"inlener": "Gemeente Utrecht", "uren_per_week": 24, "inleenvergoeding_per_uur": 37.5},
        voorgeschiedenis=(regel("Spoor2Gestart", "2026-01-19"),),
        opgeslagen={
            "inlener": "Gemeente Utrecht",
            "uren_per_week": Decimal("24"),
            "inleenvergoeding_per_uur": Decimal("37.5"),
        },
        optioneel=("inleenvergoeding_per_uur",),
    ),
    "DetacheringBeeindigd": Voorbeeld(
        "2026-06-01",
        {"reden": "proefperiode afgerond"},
        voorgeschiedenis=(
            regel("Spoor2Gestart", "2026-01-19"),
            regel("DetacheringGestart", "2026-03-02", inlener="Gemeente Utrecht", uren_per_week=24),
        ),
    ),
    "WerkHervat": Voorbeeld("2025-05-05", {"percentage": 50, "soort": "eigen_werk"}),
    "InterventieIngezet": Voorbeeld("2025-03-10", {"soort": "jobcoaching"}),
    "ContactGehad": Voorbeeld("2025-01-13", {"met": "werknemer"}),
    "HerstelGemeld": Voorbeeld("2025-03-03", {}),
    "ZiekteTeruggemeld": Voorbeeld(
        "2025-03-17", {}, voorgeschiedenis=(regel("HerstelGemeld", "2025-03-03"),)
    ),
    "DeskundigenoordeelAangevraagd": Voorbeeld(
        "2025-07-01", {"aanvrager": "werknemer", "vraag": "is het aangeboden werk passend?"}
    ),
    "DeskundigenoordeelOntvangen": Voorbeeld("2025-08-12", {"uitkomst": "werk is passend"}),
    "ActueelOordeelOpgesteld": Voorbeeld("2026-09-01", {}),
    "EindevaluatieGehouden": Voorbeeld("2026-09-15", {}),
    "ReintegratieverslagOpgesteld": Voorbeeld("2026-09-28", {}),
    "WIAAangevraagd": Voorbeeld("2026-10-12", {}),
    "IVAAangevraagd": Voorbeeld("2025-09-01", {}),
    "LoonsanctieOpgelegd": Voorbeeld("2026-12-01", {"weken": 12}),
    "WachttijdVrijwilligVerlengd": Voorbeeld(
        "2026-09-01",
        {"nieuwe_einddatum": "2027-07-04"},
        opgeslagen={"nieuwe_einddatum": date(2027, 7, 4)},
    ),
    "DossierGesloten": Voorbeeld("2026-03-01", {"uitkomst": "volledig hersteld"}),
    "RegistratieGecorrigeerd": Voorbeeld(
        "2025-02-20",
        {"betreft": 2, "reden": "datum verkeerd overgenomen", "velden": {"datum": "2025-02-12"}},
        voorgeschiedenis=(
            regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True),
        ),
    ),
    "RegistratieIngetrokken": Voorbeeld(
        "2025-01-20",
        {"betreft": 2, "reden": "hoort bij een ander dossier"},
        voorgeschiedenis=(regel("ContactGehad", "2025-01-13", met="werknemer"),),
    ),
}
"""A valid example per type of contract section 3, keyed by its exchange-format name."""

VERPLICHTE_VELDEN: dict[str, tuple[str, ...]] = {
    "ZiekmeldingOntvangen": ("eerste_ziektedag", "werknemer", "werkgever"),
    "ProbleemanalyseOpgesteld": ("benutbare_mogelijkheden",),
    "PlanVanAanpakOpgesteld": ("casemanager", "doel"),
    "PlanVanAanpakBijgesteld": ("reden",),
    "ArbeidsdeskundigOnderzoekUitgevoerd": ("advies",),
    "EerstejaarsevaluatieGehouden": ("perspectief_eigen_werkgever",),
    "ReintegratiebureauGekozen": ("bureau", "keurmerk_blik_op_werk", "instemming_werknemer"),
    "DetacheringGestart": ("inlener", "uren_per_week"),
    "DetacheringBeeindigd": ("reden",),
    "WerkHervat": ("percentage", "soort"),
    "InterventieIngezet": ("soort",),
    "ContactGehad": ("met",),
    "DeskundigenoordeelAangevraagd": ("aanvrager", "vraag"),
    "DeskundigenoordeelOntvangen": ("uitkomst",),
    "LoonsanctieOpgelegd": ("weken",),
    "WachttijdVrijwilligVerlengd": ("nieuwe_einddatum",),
    "DossierGesloten": ("uitkomst",),
    "RegistratieGecorrigeerd": ("betreft", "reden"),
    "RegistratieIngetrokken": ("betreft", "reden"),
}
"""Contract section 3's required fields besides ``datum`` (copied from the table, not the code)."""
