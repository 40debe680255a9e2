"""The events of a verzuimdossier: one explicit class per type of contract section 3.

The classes and their fields are the stored schema.  Renaming a class or a
field is a migration (``register_topic`` for classes, ``class_version`` with an
``upcast_vN_vM`` for fields) with a test on a frozen old payload.

Every event carries the case date ``datum`` (when it happened in the case),
``door`` (who did it in the case), ``toelichting`` and ``herkomst`` (how and by
whom it was recorded).  The library's ``timestamp`` is only the recording time.
Field constraints are written as ``Annotated`` metadata, so the pydantic input
validation in :mod:`domain.invoer` is derived from these classes and cannot
drift from them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from eventsourcing.domain import Aggregate
from pydantic import Field

from domain.waarden import (
    Aanvrager,
    Actor,
    Advies,
    ContactMet,
    Doel,
    Herkomst,
    Tekst,
)

Visie = Annotated[str, Field(max_length=10_000)]


ALGEMENE_VELDEN: tuple[str, ...] = ("datum", "door", "toelichting")
"""Fields every line of the exchange format may carry; the rest belong to the type."""


class DossierGebeurtenis(Aggregate.Event):
    """Base of every fact in a dossier.

    ``ketenhash`` seals the recording (``domain.keten``); version 2 of every event
    class added it, events stored as version 1 read back with ``ketenhash`` None.
    """

    datum: date
    door: Actor | None
    toelichting: str | None
    herkomst: Herkomst
    ketenhash: str | None

    class_version = 2

    @staticmethod
    def upcast_v1_v2(toestand: dict[str, Any]) -> None:
        """Version 1 had no chain hash: those recordings are 'not chained'."""
        toestand["ketenhash"] = None

    def apply(self, aggregate: Any) -> None:
        """Hand the fact to the dossier, which keeps its own derived state."""
        aggregate.neem_op(self)


class ZiekmeldingOntvangen(DossierGebeurtenis, Aggregate.Created):
    """The sick report: opens the dossier (always position 1)."""

    eerste_ziektedag: date
    werknemer: Tekst
    werkgever: Tekst


class ArbodienstGeinformeerd(DossierGebeurtenis):
    """The employer informed the arbodienst / bedrijfsarts."""


class ProbleemanalyseOpgesteld(DossierGebeurtenis):
    """The bedrijfsarts' probleemanalyse (RPG art. 2)."""

    benutbare_mogelijkheden: bool


class PlanVanAanpakOpgesteld(DossierGebeurtenis):
    """Employer and employee agreed a plan van aanpak (RPG art. 4)."""

    casemanager: Tekst
    doel: Doel
    visie_werkgever: Visie | None
    visie_werknemer: Visie | None


class EvaluatieGehouden(DossierGebeurtenis):
    """A periodic evaluation of the plan van aanpak."""


class PlanVanAanpakBijgesteld(DossierGebeurtenis):
    """The plan van aanpak was adjusted."""

    reden: Tekst
    visie_werkgever: Visie | None
    visie_werknemer: Visie | None


class ArbeidsdeskundigOnderzoekUitgevoerd(DossierGebeurtenis):
    """An arbeidsdeskundig onderzoek with its advice on the tracks."""

    advies: Advies


class ZiekmeldingUWVGedaan(DossierGebeurtenis):
    """The 42-week notification to UWV (ZW art. 38)."""


class EerstejaarsevaluatieGehouden(DossierGebeurtenis):
    """The first-year evaluation ("opschudmoment")."""

    perspectief_eigen_werkgever: bool
    visie_werkgever: Visie | None
    visie_werknemer: Visie | None


class Spoor2Gestart(DossierGebeurtenis):
    """Track 2 (work with another employer) started."""


class ReintegratiebureauGekozen(DossierGebeurtenis):
    """A re-integratiebureau was chosen for track 2."""

    bureau: Tekst
    keurmerk_blik_op_werk: bool
    instemming_werknemer: bool
    ondernemingsraad_geraadpleegd: bool | None
    bezwaar_werknemer: str | None


class TrajectplanOpgesteld(DossierGebeurtenis):
    """The bureau's trajectplan for track 2."""

    persoonsprofiel: str | None


class DetacheringGestart(DossierGebeurtenis):
    """Secondment to an inlener as a track-2 route."""

    inlener: Tekst
    uren_per_week: Annotated[Decimal, Field(gt=0, le=168)]
    inleenvergoeding_per_uur: Annotated[Decimal, Field(ge=0)] | None


class DetacheringBeeindigd(DossierGebeurtenis):
    """The secondment ended."""

    reden: Tekst


class WerkHervat(DossierGebeurtenis):
    """(Partial) return to work; does not end the sickness."""

    percentage: Annotated[int, Field(ge=1, le=100)]
    soort: Doel


class InterventieIngezet(DossierGebeurtenis):
    """An intervention (jobcoaching, rugtraining, mediation, scholing, ...)."""

    soort: Tekst


class ContactGehad(DossierGebeurtenis):
    """Contact with the employee, arbodienst, bureau or inlener."""

    met: ContactMet


class HerstelGemeld(DossierGebeurtenis):
    """Full recovery; ``datum`` is the first fit day."""


class ZiekteTeruggemeld(DossierGebeurtenis):
    """Relapse within four weeks; ``datum`` is the first sick day again."""


class DeskundigenoordeelAangevraagd(DossierGebeurtenis):
    """A deskundigenoordeel was requested from UWV (Wet SUWI art. 32)."""

    aanvrager: Aanvrager
    vraag: Tekst


class DeskundigenoordeelOntvangen(DossierGebeurtenis):
    """UWV's deskundigenoordeel arrived."""

    uitkomst: Tekst


class ActueelOordeelOpgesteld(DossierGebeurtenis):
    """The bedrijfsarts' actueel oordeel for the re-integratieverslag."""


class EindevaluatieGehouden(DossierGebeurtenis):
    """The eindevaluatie for the re-integratieverslag."""


class ReintegratieverslagOpgesteld(DossierGebeurtenis):
    """The re-integratieverslag is complete (WIA art. 25 lid 3)."""


class WIAAangevraagd(DossierGebeurtenis):
    """The WIA application was filed (WIA art. 64 lid 3)."""


class IVAAangevraagd(DossierGebeurtenis):
    """An early IVA application (verkorte wachttijd)."""


class LoonsanctieOpgelegd(DossierGebeurtenis):
    """UWV extended the wage period (WIA art. 25 lid 9)."""

    weken: Annotated[int, Field(ge=1, le=52)]


class WachttijdVrijwilligVerlengd(DossierGebeurtenis):
    """Voluntary extension of the waiting period (WIA art. 24)."""

    nieuwe_einddatum: date


class DossierGesloten(DossierGebeurtenis):
    """The dossier was closed with an outcome."""

    uitkomst: Tekst


class RegistratieGecorrigeerd(DossierGebeurtenis):
    """A correction of an earlier recording: a new fact, never a rewrite.

    ``velden`` holds the corrected fields in exchange-format (JSON) form.
    """

    betreft: Annotated[int, Field(ge=1)]
    reden: Tekst
    velden: dict[str, Any]


class RegistratieIngetrokken(DossierGebeurtenis):
    """A withdrawal of an earlier recording."""

    betreft: Annotated[int, Field(ge=1)]
    reden: Tekst


FEIT_TYPES: tuple[type[DossierGebeurtenis], ...] = (
    ZiekmeldingOntvangen,
    ArbodienstGeinformeerd,
    ProbleemanalyseOpgesteld,
    PlanVanAanpakOpgesteld,
    EvaluatieGehouden,
    PlanVanAanpakBijgesteld,
    ArbeidsdeskundigOnderzoekUitgevoerd,
    ZiekmeldingUWVGedaan,
    EerstejaarsevaluatieGehouden,
    Spoor2Gestart,
    ReintegratiebureauGekozen,
    TrajectplanOpgesteld,
    DetacheringGestart,
    DetacheringBeeindigd,
    WerkHervat,
    InterventieIngezet,
    ContactGehad,
    HerstelGemeld,
    ZiekteTeruggemeld,
    DeskundigenoordeelAangevraagd,
    DeskundigenoordeelOntvangen,
    ActueelOordeelOpgesteld,
    EindevaluatieGehouden,
    ReintegratieverslagOpgesteld,
    WIAAangevraagd,
    IVAAangevraagd,
    LoonsanctieOpgelegd,
    WachttijdVrijwilligVerlengd,
    DossierGesloten,
)
"""Types that state a fact of the case (everything but corrections)."""

REGISTRATIE_TYPES: tuple[type[DossierGebeurtenis], ...] = (
    RegistratieGecorrigeerd,
    RegistratieIngetrokken,
)

ALLE_TYPES: dict[str, type[DossierGebeurtenis]] = {
    cls.__name__: cls for cls in FEIT_TYPES + REGISTRATIE_TYPES
}
"""Every type of contract section 3 by its exchange-format name."""

_ENVELOP = frozenset(
    {
        "originator_id",
        "originator_version",
        "timestamp",
        "originator_topic",
        "herkomst",
        "ketenhash",
    }
)


def eigen_velden(cls: type[DossierGebeurtenis]) -> tuple[str, ...]:
    """The type's own fields, in declaration order (not the common or envelope ones)."""
    return _EIGEN_VELDEN[cls]


_EIGEN_VELDEN: dict[type[DossierGebeurtenis], tuple[str, ...]] = {
    cls: tuple(
        name
        for name in cls.__dataclass_fields__
        if name not in _ENVELOP and name not in ALGEMENE_VELDEN
    )
    for cls in ALLE_TYPES.values()
}
