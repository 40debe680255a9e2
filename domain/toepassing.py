"""The Verzuimdossiers application: commands take case dates, queries take a peildatum.

Persistence comes from the eventsourcing environment (chosen by
``adapters.opslag.dossierbestand``); the recording time from an injected :class:`Klok`.  A
command that is refused stores nothing; an import is all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError
from eventsourcing.utils import get_topic

from domain.fouten import DossierNietGevondenError, GeweigerdError, VersieConflictError
from domain.gebeurtenissen import ZiekmeldingOntvangen
from domain.invoer import Invoer
from domain.medisch import (
    MedischeAantekening,
    MedischeGegevens,
    weiger_medisch_zonder_bedrijfsarts,
)
from domain.poorten import Klok
from domain.termijnen import Termijnoverzicht, Verplichting, is_signaal
from domain.verzuimdossier import Verzuimdossier, projecteer
from domain.waarden import Herkomst

Meeschrijver = Callable[[Any], None]
"""A write the storage adapter runs on the save's transaction (the argument is its cursor)."""


@dataclass(frozen=True, slots=True)
class Signaal:
    """An obligation that needs attention, with the dossier it belongs to."""

    dossier_id: UUID
    werknemer: str
    werkgever: str
    verplichting: Verplichting


class Verzuimdossiers(Application[UUID]):
    """Keeps verzuimdossiers and answers questions about their deadlines."""

    name = "Verzuimdossiers"

    def __init__(self, env: dict[str, str] | None = None, *, klok: Klok) -> None:
        self.klok = klok
        super().__init__(env)

    # -- commands --------------------------------------------------------------------------

    def open_dossier(
        self,
        invoer: Invoer,
        herkomst: Herkomst,
        dossier_id: UUID | None = None,
        meeschrijven: Sequence[Meeschrijver] = (),
    ) -> UUID:
        """Open a dossier with a ZiekmeldingOntvangen; return its id.

        ``meeschrijven``: writes of the storage adapter that must commit with the fact.
        """
        dossier = Verzuimdossier.open(invoer, herkomst, self.klok.nu(), dossier_id)
        self.save(dossier, meeschrijven=meeschrijven)
        return dossier.id

    def registreer(
        self,
        dossier_id: UUID,
        invoer: Invoer,
        herkomst: Herkomst,
        verwachte_versie: int | None = None,
        medisch: MedischeGegevens | None = None,
        gelezen: Verzuimdossier | None = None,
        meeschrijven: Sequence[Meeschrijver] = (),
    ) -> int:
        """Record one fact in a stored dossier; return its position.

        With ``verwachte_versie`` the fact is refused with :class:`VersieConflictError`
        when the dossier has changed since the caller read it.  A ``medisch`` part is stored
        apart from the events, in the same transaction (see :mod:`domain.medisch`).
        ``gelezen``: the dossier as the caller just read it, to spare a second replay; it is
        changed in place (a stale one is refused by the store's version check).
        ``meeschrijven``: writes of the storage adapter that must commit with the fact (an
        access-log entry, for instance).
        """
        dossier = gelezen if gelezen is not None else self.dossier(dossier_id)
        if dossier.id != dossier_id:
            msg = f"gelezen dossier {dossier.id} is niet dossier {dossier_id}"
            raise ValueError(msg)
        if verwachte_versie is not None and dossier.version != verwachte_versie:
            msg = (
                f"dossier {dossier_id} staat op versie {dossier.version}, "
                f"verwacht {verwachte_versie}"
            )
            raise VersieConflictError(msg)
        if medisch is not None:
            weiger_medisch_zonder_bedrijfsarts(herkomst)
        tijdstip = self.klok.nu()
        positie = dossier.registreer(invoer, herkomst, tijdstip)
        aantekeningen = []
        if medisch is not None and herkomst.geregistreerd_door:
            aantekeningen.append(
                MedischeAantekening(
                    dossier_id=dossier.id,
                    positie=positie,
                    type_naam=invoer.type_naam,
                    datum=invoer.datum,
                    gegevens=medisch,
                    vastgelegd_door=herkomst.geregistreerd_door,
                    vastgelegd_op=tijdstip,
                )
            )
        try:
            self.save(dossier, medisch=aantekeningen, meeschrijven=meeschrijven)
        except IntegrityError as fout:
            msg = f"dossier {dossier_id} is tegelijk gewijzigd; lees opnieuw en probeer nog eens"
            raise VersieConflictError(msg) from fout
        return positie

    def bouw_dossier(
        self,
        invoeren: Iterable[Invoer],
        herkomst: Herkomst,
        dossier_id: UUID | None = None,
    ) -> Verzuimdossier:
        """Build (but do not store) a dossier from facts in order; refusals name the line."""
        tijdstip = self.klok.nu()
        dossier: Verzuimdossier | None = None
        for regelnummer, invoer in enumerate(invoeren, start=1):
            try:
                if dossier is None:
                    dossier = Verzuimdossier.open(invoer, herkomst, tijdstip, dossier_id)
                else:
                    dossier.registreer(invoer, herkomst, tijdstip)
            except GeweigerdError as fout:
                raise fout.met_regelnummer(regelnummer) from None
        if dossier is None:
            raise GeweigerdError("het dossier is leeg: verwacht minstens een ZiekmeldingOntvangen")
        return dossier

    def importeer(
        self, invoeren: Iterable[Invoer], herkomst: Herkomst, dossier_id: UUID | None = None
    ) -> UUID:
        """Import a whole dossier atomically: a refused line stores nothing."""
        dossier = self.bouw_dossier(invoeren, herkomst, dossier_id)
        self.save(dossier)
        return dossier.id

    def bewaar(self, dossiers: Sequence[Verzuimdossier]) -> None:
        """Store several built dossiers in one transaction."""
        self.save(*dossiers)

    # -- queries -----------------------------------------------------------------------------

    def dossier(self, dossier_id: UUID, versie: int | None = None) -> Verzuimdossier:
        """The dossier (at ``versie`` if given)."""
        try:
            dossier = self.repository.get(dossier_id, version=versie, projector_func=projecteer)
        except AggregateNotFoundError:
            raise DossierNietGevondenError(f"geen dossier met id {dossier_id}") from None
        if not isinstance(dossier, Verzuimdossier):
            raise DossierNietGevondenError(f"{dossier_id} is geen verzuimdossier")
        return dossier

    def termijnen(self, dossier_id: UUID, peildatum: date) -> Termijnoverzicht:
        """The obligations of one dossier as of ``peildatum``."""
        return self.dossier(dossier_id).termijnen(peildatum)

    def dossier_ids(self) -> Iterator[UUID]:
        """Every stored dossier, in the order they were opened."""
        topic = get_topic(ZiekmeldingOntvangen)
        start = 1
        while True:
            pagina = self.recorder.select_notifications(start, 1000, topics=[topic])
            if not pagina:
                return
            for notificatie in pagina:
                yield UUID(str(notificatie.originator_id))
            start = pagina[-1].id + 1

    def signalen(self, peildatum: date, binnen_dagen: int) -> list[Signaal]:
        """Across all dossiers: obligations overdue or due within ``binnen_dagen`` days."""
        return sorteer_signalen(
            Signaal(dossier.id, dossier.werknemer, dossier.werkgever, verplichting)
            for dossier in (self.dossier(i) for i in self.dossier_ids())
            for verplichting in dossier.termijnen(peildatum).verplichtingen
            if is_signaal(verplichting, peildatum, binnen_dagen)
        )


def sorteer_signalen(signalen: Iterable[Signaal]) -> list[Signaal]:
    """Most urgent first: the earliest latest date, overdue before open."""
    volgorde = {"verlopen": 0, "open": 1}
    return sorted(
        signalen,
        key=lambda s: (
            s.verplichting.uiterste_datum,
            volgorde.get(s.verplichting.status, 2),
            s.werkgever,
            s.werknemer,
            str(s.dossier_id),
        ),
    )
