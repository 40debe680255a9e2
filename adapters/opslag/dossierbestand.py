"""The dossier store: the domain's application with the read model kept beside the events.

Which store runs (memory, SQLite, PostgreSQL) is decided by :mod:`adapters.opslag.instellingen`
and only :func:`adapters.bootstrap.bootstrap` chooses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from adapters.klok import SysteemKlok
from adapters.opslag.instellingen import Instellingen
from adapters.opslag.medisch import TABEL_MEDISCH
from adapters.opslag.overzicht import TABEL, HeeftOverzicht, Overzichtsrij, rijen_voor
from domain.gebeurtenissen import DossierGebeurtenis
from domain.keten import Ketencontrole, Ketenvolger
from domain.poorten import Klok, Meeschrijver
from domain.signalen import Signaal, sorteer_signalen
from domain.toepassing import Verzuimdossiers
from domain.verzuimdossier import Verzuimdossier, registratie_uit


class Dossierbestand(Verzuimdossiers):
    """Verzuimdossiers with the read model kept in the same transaction as the events."""

    def bewaar(
        self, dossiers: Sequence[Verzuimdossier], meeschrijven: Sequence[Meeschrijver] = ()
    ) -> None:
        """Store several built dossiers in one transaction (bulk: no notification ids back)."""
        self.save(*dossiers, bulk=True, meeschrijven=meeschrijven)

    def save(self, *objs: Any, **kwargs: Any) -> Any:
        """Save, passing the read-model rows of the saved dossiers to the recorder."""
        kwargs.setdefault("overzicht", rijen_voor(objs))
        return super().save(*objs, **kwargs)

    @property
    def _overzicht(self) -> HeeftOverzicht:
        recorder: Any = self.recorder
        return recorder  # type: ignore[no-any-return]

    def overzicht(self) -> list[Overzichtsrij]:
        """Every stored dossier (one row each), in order of first sick day."""
        return sorted(
            self._overzicht.overzicht(),
            key=lambda r: (r.eerste_ziektedag, r.werkgever, r.werknemer, str(r.dossier_id)),
        )

    def signalen(self, peildatum: date, binnen_dagen: int) -> list[Signaal]:
        """Across all dossiers: what is overdue or due soon, computed by the real engine."""
        return signalen_uit(self._overzicht.overzicht(), peildatum, binnen_dagen)

    def verifieer_alle(
        self, voortgang: Callable[[int], None] | None = None
    ) -> dict[UUID, Ketencontrole]:
        """Recompute every dossier's hash chain in one pass over the store.

        Events are read in recording order (each dossier's in position order) and checked
        without rebuilding the aggregates.  ``voortgang`` is called with each page's size.
        """
        ketens: dict[UUID, Ketenvolger] = {}
        start = 1
        while True:
            pagina = self._pagina(start, 5000)
            if not pagina:
                break
            for _, rij in pagina:
                gebeurtenis = self.mapper.to_domain_event(rij)
                if not isinstance(gebeurtenis, DossierGebeurtenis):
                    continue
                keten = ketens.get(gebeurtenis.originator_id)
                if keten is None:
                    keten = ketens[gebeurtenis.originator_id] = Ketenvolger()
                keten.neem_op(registratie_uit(gebeurtenis))
            start = pagina[-1][0] + 1
            if voortgang is not None:
                voortgang(len(pagina))
        return {dossier_id: keten.controle() for dossier_id, keten in ketens.items()}

    def _pagina(self, start: int, aantal: int) -> list[tuple[int, Any]]:
        """(notification id, stored event) in recording order, the fast way where there is one."""
        recorder: Any = self.recorder
        if hasattr(recorder, "rijen_vanaf"):
            return recorder.rijen_vanaf(start, aantal)  # type: ignore[no-any-return]
        return [(n.id, n) for n in self.recorder.select_notifications(start, aantal)]

    def ontbrekende_tabellen(self) -> list[str]:
        """Tables this store needs that do not exist (with CREATE_TABLE=n: run ``db init``)."""
        recorder: Any = self.recorder
        nodig = (
            [recorder.events_table_name, TABEL, TABEL_MEDISCH]
            if hasattr(recorder, "events_table_name")
            else []
        )
        if not nodig:
            return []  # in memory
        if hasattr(recorder.datastore, "schema"):  # PostgreSQL
            with recorder.datastore.get_connection() as verbinding, verbinding.cursor() as c:
                c.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                    (recorder.datastore.schema or "public",),
                )
                bestaand = {rij["table_name"] for rij in c.fetchall()}
        else:
            with recorder.datastore.transaction(commit=False) as c:
                c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                bestaand = {rij[0] for rij in c.fetchall()}
        return [tabel for tabel in nodig if tabel not in bestaand]


def signalen_uit(
    rijen: Iterable[Overzichtsrij], peildatum: date, binnen_dagen: int
) -> list[Signaal]:
    """The signals of read-model rows (the read model or the live projection), most urgent first."""
    return sorteer_signalen(
        Signaal(rij.dossier_id, rij.werknemer, rij.werkgever, verplichting)
        for rij in rijen
        for verplichting in rij.signalen(peildatum, binnen_dagen)
    )


def open_dossiers(instellingen: Instellingen, klok: Klok | None = None) -> Dossierbestand:
    """Open the dossier store described by ``instellingen`` (see :func:`adapters.bootstrap`)."""
    return Dossierbestand(instellingen.eventsourcing_env(), klok=klok or SysteemKlok())


def in_geheugen(klok: Klok | None = None) -> Dossierbestand:
    """An empty in-memory store (tests, simulation, ``termijnen`` without a store)."""
    return open_dossiers(Instellingen(opslag="geheugen"), klok)


__all__: Sequence[str] = (
    "Dossierbestand",
    "in_geheugen",
    "open_dossiers",
)
