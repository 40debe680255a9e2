"""The Verzuimdossiers application: the store of dossiers, commands and queries without actors.

This is the eventsourcing ``Application``: it keeps the aggregates and answers questions about
them.  Who may do what, the access log and "today" are decided one level up, in the application
layer (:mod:`domain.dienst`), which every entry point goes through.  Persistence comes from the
eventsourcing environment (chosen by ``adapters.bootstrap``); the recording time from an
injected :class:`Klok`.  A command that is refused stores nothing; an import is
all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError
from eventsourcing.utils import get_topic

from domain.fouten import DossierNietGevondenError, VersieConflictError
from domain.gebeurtenissen import ZiekmeldingOntvangen
from domain.invoer import Invoer
from domain.keten import Ketencontrole
from domain.poorten import Klok, Meeschrijver
from domain.signalen import Signaal, sorteer_signalen
from domain.termijnen import Termijnoverzicht, is_signaal
from domain.verzuimdossier import Verzuimdossier, bouw_dossier, projecteer, toets_versie
from domain.waarden import Herkomst


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
        gelezen: Verzuimdossier | None = None,
        meeschrijven: Sequence[Meeschrijver] = (),
    ) -> int:
        """Record one fact in a stored dossier; return its position.

        With ``verwachte_versie`` the fact is refused with :class:`VersieConflictError`
        when the dossier has changed since the caller read it.
        ``gelezen``: the dossier as the caller just read it, to spare a second replay; it is
        changed in place (a stale one is refused by the store's version check).
        ``meeschrijven``: writes of the storage adapter that must commit with the fact (an
        access-log entry, a medical note).
        """
        dossier = gelezen if gelezen is not None else self.dossier(dossier_id)
        if dossier.id != dossier_id:
            msg = f"gelezen dossier {dossier.id} is niet dossier {dossier_id}"
            raise ValueError(msg)
        toets_versie(dossier, verwachte_versie)
        positie = dossier.registreer(invoer, herkomst, self.klok.nu())
        self.bewaar_wijziging(dossier, meeschrijven)
        return positie

    def bewaar_wijziging(
        self, dossier: Verzuimdossier, meeschrijven: Sequence[Meeschrijver] = ()
    ) -> None:
        """Store what was recorded in ``dossier`` since it was read, with the extra writes.

        Another write that landed meanwhile makes this one fail with
        :class:`VersieConflictError`, and nothing of it is stored.
        """
        try:
            self.save(dossier, meeschrijven=meeschrijven)
        except IntegrityError as fout:
            msg = f"dossier {dossier.id} is tegelijk gewijzigd; lees opnieuw en probeer nog eens"
            raise VersieConflictError(msg) from fout

    def bouw_dossier(
        self,
        invoeren: Iterable[Invoer],
        herkomst: Herkomst,
        dossier_id: UUID | None = None,
    ) -> Verzuimdossier:
        """Build (but do not store) a dossier from facts in order; refusals name the line."""
        return bouw_dossier(invoeren, herkomst, self.klok.nu(), dossier_id)

    def importeer(
        self, invoeren: Iterable[Invoer], herkomst: Herkomst, dossier_id: UUID | None = None
    ) -> UUID:
        """Import a whole dossier atomically: a refused line stores nothing."""
        dossier = self.bouw_dossier(invoeren, herkomst, dossier_id)
        self.save(dossier)
        return dossier.id

    def bewaar(
        self, dossiers: Sequence[Verzuimdossier], meeschrijven: Sequence[Meeschrijver] = ()
    ) -> None:
        """Store several built dossiers in one transaction, with the extra writes."""
        self.save(*dossiers, meeschrijven=meeschrijven)

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

    def overzicht(self) -> Sequence[Dossierkop]:
        """Every stored dossier (one row each), in order of first sick day.

        This replays every dossier; a store with a read model answers from it instead.
        """
        koppen = [kop_van(self.dossier(i)) for i in self.dossier_ids()]
        return sorted(koppen, key=_kopvolgorde)

    def verifieer_alle(
        self, voortgang: Callable[[int], None] | None = None
    ) -> dict[UUID, Ketencontrole]:
        """Recompute every dossier's hash chain; ``voortgang`` is told each dossier's events."""
        uitkomst = {}
        for dossier_id in self.dossier_ids():
            controle = self.dossier(dossier_id).verifieer()
            uitkomst[dossier_id] = controle
            if voortgang is not None:
                voortgang(controle.aantal)
        return uitkomst


@dataclass(frozen=True, slots=True)
class Dossierkop:
    """What identifies a stored dossier in a list: id, version, who, where, since when."""

    dossier_id: UUID
    versie: int
    werknemer: str
    werkgever: str
    eerste_ziektedag: date


def kop_van(dossier: Verzuimdossier) -> Dossierkop:
    """The list row of a dossier as it stands now."""
    return Dossierkop(
        dossier.id, dossier.version, dossier.werknemer, dossier.werkgever, dossier.eerste_ziektedag
    )


def _kopvolgorde(kop: Dossierkop) -> tuple[date, str, str, str]:
    return (kop.eerste_ziektedag, kop.werkgever, kop.werknemer, str(kop.dossier_id))
