"""The application layer: every use case an actor has, for every entry point.

Each use case decides permission, scope, the access-log entry and "today" once, for the CLI,
the HTTP API and the pages alike.  An entry point turns its caller into a
:class:`~domain.bevoegdheden.Gebruiker`, parses its input, calls one method of
:class:`Dossierdienst` and renders the answer; it decides nothing.  The methods raise:

* :class:`~domain.fouten.GeweigerdError` - the input breaks a rule of the contract (nothing
  stored; names line, field and rule);
* :class:`~domain.fouten.NietBevoegdError` - the role or scope does not allow it (nothing
  stored; the refusal is in the access log);
* :class:`~domain.fouten.DossierNietGevondenError` - no such dossier, or one outside the
  user's scope (answered alike, so its existence is not revealed; the refusal is logged);
* :class:`~domain.fouten.VersieConflictError` - the dossier changed since the caller read it.

What is kept beside the dossiers comes in through ports (:mod:`domain.poorten`): the access
log, the medical notes and the signals across dossiers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal
from uuid import UUID, uuid4

from domain.bevoegdheden import (
    CORRECTIES,
    IMPORT_BRON,
    IMPORTEURS,
    MEDISCH_LEZERS,
    MEDISCH_SCHRIJVERS,
    TOEGANGSLOG_LEZERS,
    Gebruiker,
    weigering_identiteit,
    weigering_vastleggen,
)
from domain.feiten import CORRECTIE
from domain.fouten import (
    Afwijzing,
    DossierNietGevondenError,
    GeenZiekmeldingError,
    GeweigerdError,
    NietBevoegdError,
)
from domain.gebeurtenissen import ZiekmeldingOntvangen
from domain.invoer import Invoer
from domain.kalender import NL, tot_en_met, vandaag
from domain.keten import Ketencontrole
from domain.medisch import (
    MEDISCHE_BRON,
    MedischeAantekening,
    valideer_medisch,
    weiger_medisch_zonder_bedrijfsarts,
)
from domain.poorten import Klok, MedischeOpslag, Meeschrijver, Signalenbron, Toegangslog
from domain.signalen import Signaal
from domain.toegangslog import STANDAARD_DOEL, Actie, Toegangsvermelding, ToegangZonderDoelError
from domain.verzuimdossier import (
    Dossierbeeld,
    Geschiedenisvermelding,
    Verzuimdossier,
    bouw_dossier,
    toets_versie,
)
from domain.waarden import Actor, Herkomst, Kanaal

if TYPE_CHECKING:
    from domain.rivtoets import Poortwachtertoets
    from domain.stand import Reintegratiestand
    from domain.termijnen import Termijnoverzicht
    from domain.toepassing import Dossierkop, Verzuimdossiers

BUITEN_REIKWIJDTE = "dossier buiten de reikwijdte van de gebruiker"
"""Why a dossier outside the user's scope was refused (the access log's toelichting)."""

Status = Literal["verlopen", "open"]


@dataclass(frozen=True, slots=True)
class Dossierzicht:
    """A dossier as a user sees it: as known at a moment, judged on a peildatum."""

    dossier: Verzuimdossier
    beeld: Dossierbeeld
    peildatum: date

    @property
    def zoals_bekend_op(self) -> datetime | None:
        """The recording-time moment of the view (None: everything recorded so far)."""
        return self.beeld.zoals_bekend_op

    def termijnen(self) -> Termijnoverzicht:
        """The obligations on the peildatum, from what was known at the moment."""
        return self.beeld.termijnen(self.peildatum)

    def stand(self) -> Reintegratiestand:
        """Where the re-integration stood on the peildatum."""
        return self.beeld.stand(self.peildatum)

    def geschiedenis(self) -> list[Geschiedenisvermelding]:
        """Every recording known at the moment, with its corrections and withdrawals."""
        return self.beeld.geschiedenis()

    def toets(self) -> Poortwachtertoets:
        """The poortwachtertoets (RIV readiness) on the peildatum."""
        from domain.rivtoets import toets_riv  # a large module, needed by this view only

        return toets_riv(self.beeld.feiten, self.peildatum)


@dataclass(frozen=True, slots=True)
class Importbestand:
    """One dossier file to import: its name (for messages), its facts, optionally its id."""

    naam: str | None
    invoeren: Sequence[Invoer]
    dossier_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class Vastlegging:
    """One fact of a recorded history: the fact, the moment it was recorded and by whom."""

    invoer: Invoer
    tijdstip: datetime
    door: Actor
    """Who recorded it (role and name); a role that may record the fact alone."""


@dataclass(frozen=True, slots=True)
class Historiebestand:
    """A dossier with the history of its recordings (the demo): name, recordings, optional id."""

    naam: str | None
    vastleggingen: Sequence[Vastlegging]
    dossier_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class Signalenpagina:
    """One page of signals a user may see, and how many there are in all."""

    peildatum: date
    binnen_dagen: int
    totaal: int
    signalen: tuple[Signaal, ...]


def werknemer_op(dossier: Verzuimdossier, positie: int) -> str:
    """The werknemer the dossier was bound to when position ``positie`` was recorded.

    Corrections of the ziekmelding's ``werknemer`` recorded later do not count: a medical note
    belongs to the person it was written about, whoever the dossier is bound to now.
    """
    beeld = Dossierbeeld(dossier.registraties[:positie], None)
    return str(beeld.feiten[0].velden["werknemer"])


class Dossierdienst:
    """Every use case of the dossiers, for a :class:`Gebruiker` (see the module docstring)."""

    def __init__(
        self,
        dossiers: Verzuimdossiers,
        toegangslog: Toegangslog,
        medisch: MedischeOpslag,
        *,
        signalen: Signalenbron | None = None,
        toepassing: str = "spoorwijzer",
    ) -> None:
        self.dossiers = dossiers
        self.toegangslog = toegangslog
        self.medisch = medisch
        self._signalen: Signalenbron = signalen or self._signalen_uit_opslag
        self.toepassing = toepassing

    @property
    def klok(self) -> Klok:
        """The clock of recording times (and of "today")."""
        return self.dossiers.klok

    def vandaag(self) -> date:
        """Today's Dutch calendar date: the default peildatum of every entry point."""
        return vandaag(self.klok)

    def peildatum(self, peildatum: date | None) -> date:
        """The peildatum asked for, or today."""
        return peildatum if peildatum is not None else self.vandaag()

    # -- writing ------------------------------------------------------------------------------

    def open_dossier(
        self, wie: Gebruiker, invoer: Invoer, *, dossier_id: UUID | None = None
    ) -> UUID:
        """Open a dossier with its ziekmelding; return the new dossier's id."""
        if invoer.type_naam != ZiekmeldingOntvangen.__name__:
            raise GeenZiekmeldingError(
                f"een dossier begint met ZiekmeldingOntvangen, niet met {invoer.type_naam}",
                veld="type",
                type_naam=invoer.type_naam,
            )
        tijdstip = self.klok.nu()
        dossier = Verzuimdossier.open(invoer, self._herkomst(wie, wie.ingang), tijdstip, dossier_id)
        self._toets_feit(wie, dossier, invoer)
        vermelding = self._vermelding(
            wie,
            dossier,
            "vastleggen",
            doel=self._doel_van_schrijven(wie),
            toelichting="dossier geopend",
        )
        self.dossiers.bewaar_wijziging(dossier, [self.toegangslog.meeschrijver(vermelding)])
        return dossier.id

    def leg_vast(
        self,
        wie: Gebruiker,
        dossier_id: UUID,
        invoer: Invoer,
        *,
        medisch: object | None = None,
        verwachte_versie: int | None = None,
    ) -> int:
        """Record one fact in a dossier; return its position.

        ``medisch``: the medical part of the fact (only the bedrijfsarts, only on the types of
        :data:`domain.medisch.MEDISCHE_TYPES`), stored apart in the same transaction.
        ``verwachte_versie``: refuse with a conflict when the dossier moved on since then.
        """
        # Input first: a medical part on a type that cannot carry one is wrong whoever sends it.
        gegevens = valideer_medisch(invoer.type_naam, medisch) if medisch is not None else None
        dossier = self._voor_schrijven(wie, dossier_id)
        try:
            self._toets_bevoegd(wie, dossier, invoer)
            if medisch is not None and wie.rol not in MEDISCH_SCHRIJVERS:
                raise NietBevoegdError(
                    f"alleen de bedrijfsarts legt medische gegevens vast, niet rol {wie.rol} "
                    f"({MEDISCHE_BRON})",
                    toets="medisch_alleen_bedrijfsarts",
                    veld="medisch",
                )
        except NietBevoegdError as fout:
            self._weiger(wie, dossier, "vastleggen", fout.reden, doel=self._doel_van_schrijven(wie))
            raise
        toets_versie(dossier, verwachte_versie)
        tijdstip = self.klok.nu()
        herkomst = self._herkomst(wie, wie.ingang)
        if gegevens is not None:
            weiger_medisch_zonder_bedrijfsarts(herkomst)
        positie = dossier.registreer(invoer, herkomst, tijdstip)
        self._na_schrijven(wie, dossier, invoer)
        meeschrijven: list[Meeschrijver] = [
            self.toegangslog.meeschrijver(
                self._vermelding(wie, dossier, "vastleggen", doel=self._doel_van_schrijven(wie))
            )
        ]
        if gegevens is not None:
            meeschrijven.append(
                self.medisch.meeschrijver(
                    MedischeAantekening(
                        dossier_id=dossier.id,
                        positie=positie,
                        type_naam=invoer.type_naam,
                        datum=invoer.datum,
                        gegevens=gegevens,
                        vastgelegd_door=wie.naam,
                        vastgelegd_op=tijdstip,
                    )
                )
            )
        self.dossiers.bewaar_wijziging(dossier, meeschrijven)
        return positie

    def importeer(
        self,
        wie: Gebruiker,
        invoeren: Sequence[Invoer],
        *,
        dossier_id: UUID | None = None,
    ) -> Verzuimdossier:
        """Import a whole dossier file, stored whole or not at all; return the stored dossier.

        Every fact goes through the same checks as a single fact (the role table, corrections,
        the scope of the dossier after it), so an import can record nothing that the user
        could not record fact by fact; the beheerder may import facts of every type (see
        :mod:`domain.bevoegdheden`).  A refusal names the line of the file.
        """
        [dossier] = self.importeer_alle(wie, [Importbestand(None, invoeren, dossier_id)])
        return dossier

    def importeer_alle(
        self, wie: Gebruiker, bestanden: Sequence[Importbestand]
    ) -> list[Verzuimdossier]:
        """Import several dossier files in one transaction: all of them, or none.

        Each file is checked as :meth:`importeer` checks one; a refusal names the file (when it
        has a name) and its line.  Each dossier gets its ``importeren`` entry in the access log,
        committed with it.
        """
        self._toets_importeur(wie)
        # A file imported at the console is recorded through the channel "import"; through the
        # API or the pages, through theirs.
        herkomst = self._herkomst(wie, "import" if wie.ingang == "cli" else wie.ingang)
        tijdstip = self.klok.nu()

        def na_feit(dossier: Verzuimdossier, invoer: Invoer) -> None:
            self._toets_bevoegd(wie, dossier, invoer, bij_import=True)
            self._na_schrijven(wie, dossier, invoer)

        gebouwd = []
        for bestand in bestanden:
            try:
                gebouwd.append(
                    bouw_dossier(
                        bestand.invoeren, herkomst, tijdstip, bestand.dossier_id, na_feit=na_feit
                    )
                )
            except Afwijzing as fout:
                if bestand.naam is not None:
                    fout.reden = f"{bestand.naam}: {fout.reden}"
                raise
        doel = self._doel_van_schrijven(wie)
        vermeldingen = [self._vermelding(wie, d, "importeren", doel=doel) for d in gebouwd]
        meeschrijven = [self.toegangslog.meeschrijver(v) for v in vermeldingen]
        if len(gebouwd) == 1:
            self.dossiers.bewaar_wijziging(gebouwd[0], meeschrijven)
        else:
            self.dossiers.bewaar(gebouwd, meeschrijven)
        return gebouwd

    def importeer_gebouwd(self, wie: Gebruiker, dossiers: Sequence[Verzuimdossier]) -> int:
        """Store dossiers built elsewhere (the demo, a simulation) in one transaction.

        Each recording of each dossier is checked as a line of an import would be; each dossier
        gets its ``importeren`` entry in the access log, committed with it.  Returns how many.
        """
        self._toets_importeur(wie)
        vermeldingen = []
        for dossier in dossiers:
            for registratie in dossier.registraties:
                invoer = Invoer(
                    registratie.type_naam,
                    registratie.datum,
                    registratie.door,
                    registratie.toelichting,
                    dict(registratie.velden),
                    lijn=registratie.positie,
                )
                try:
                    self._toets_bevoegd(wie, dossier, invoer, bij_import=True)
                except NietBevoegdError as fout:
                    raise fout.met_lijnnummer(registratie.positie) from None
            self._na_schrijven(wie, dossier, None)
            vermeldingen.append(
                self._vermelding(wie, dossier, "importeren", doel=self._doel_van_schrijven(wie))
            )
        self.dossiers.bewaar(dossiers, [self.toegangslog.meeschrijver(v) for v in vermeldingen])
        return len(dossiers)

    def importeer_historie(
        self, wie: Gebruiker, bestanden: Sequence[Historiebestand]
    ) -> list[Verzuimdossier]:
        """Import dossiers with the history of their recordings, in one transaction.

        As :meth:`importeer_alle`, but each fact keeps the moment it was recorded and the party
        who recorded it (the demo's simulated history, see docs/ontwerp.md).  That party's role
        must be one that may record the fact alone (a correction: the type it changes); the
        moments follow each other, lie on or after the fact's date (Dutch calendar) and not
        after now.  The import itself is ``wie``'s: checked, scoped and logged (``importeren``)
        as :meth:`importeer_alle` does.  A refusal names the file and its line.
        """
        self._toets_importeur(wie)
        kanaal: Kanaal = "import" if wie.ingang == "cli" else wie.ingang
        nu = self.klok.nu()
        gebouwd: list[Verzuimdossier] = []
        for bestand in bestanden:
            dossier: Verzuimdossier | None = None
            vorige: datetime | None = None
            for nummer, vastlegging in enumerate(bestand.vastleggingen, start=1):
                invoer, tijdstip, door = vastlegging.invoer, vastlegging.tijdstip, vastlegging.door
                try:
                    _toets_moment(invoer, tijdstip, vorige, nu)
                    herkomst = Herkomst(
                        bron=kanaal,
                        geregistreerd_door=door.naam,
                        correlatie_id=str(uuid4()),
                        rol=door.rol,
                    )
                    if dossier is None:
                        dossier = Verzuimdossier.open(
                            invoer, herkomst, tijdstip, bestand.dossier_id
                        )
                    else:
                        dossier.registreer(invoer, herkomst, tijdstip)
                    vastlegger = Gebruiker(
                        naam=door.naam or door.rol,
                        rol=door.rol,
                        ingang=wie.ingang,
                        werknemer=dossier.werknemer if door.rol == "werknemer" else None,
                    )
                    self._toets_bevoegd(vastlegger, dossier, invoer)
                    self._toets_bevoegd(wie, dossier, invoer, bij_import=True)
                    self._na_schrijven(wie, dossier, invoer)
                except Afwijzing as fout:
                    fout.met_lijnnummer(invoer.lijn if invoer.lijn is not None else nummer)
                    if bestand.naam is not None:
                        fout.reden = f"{bestand.naam}: {fout.reden}"
                    raise
                vorige = tijdstip
            if dossier is None:
                raise GeweigerdError(
                    f"{bestand.naam or 'dossier'}: het dossier is leeg: "
                    "verwacht minstens een ZiekmeldingOntvangen"
                )
            gebouwd.append(dossier)
        doel = self._doel_van_schrijven(wie)
        meeschrijven = [
            self.toegangslog.meeschrijver(
                self._vermelding(
                    wie,
                    dossier,
                    "importeren",
                    doel=doel,
                    toelichting="dossier met zijn vastleggingsgeschiedenis overgenomen",
                )
            )
            for dossier in gebouwd
        ]
        self.dossiers.bewaar(gebouwd, meeschrijven)
        return gebouwd

    # -- reading -------------------------------------------------------------------------------

    def lees(self, wie: Gebruiker, dossier_id: UUID, actie: Actie = "lezen") -> Verzuimdossier:
        """The dossier as it stands now; the read is logged with ``actie`` and the purpose."""
        return self._lees(wie, dossier_id, actie)

    def _lees(
        self,
        wie: Gebruiker,
        dossier_id: UUID,
        actie: Actie,
        *,
        lezers: frozenset[str] | None = None,
        verboden: tuple[str, str, str] = ("", "", ""),
    ) -> Verzuimdossier:
        """A logged read: the purpose, the scope, and (``lezers``) the roles that may read this.

        A dossier outside the scope is logged and answered as missing.  A role outside
        ``lezers`` is refused with :class:`NietBevoegdError`: ``verboden`` is (the reason, which
        the access log keeps, who may instead, the rule).
        """
        doel = self._doel_van_lezen(wie)
        dossier = self._dossier(dossier_id)
        if not wie.ziet(dossier.werkgever, dossier.werknemer):
            self._weiger(wie, dossier, actie, BUITEN_REIKWIJDTE, doel=doel)
            raise DossierNietGevondenError(f"geen dossier met id {dossier_id}")
        if lezers is not None and wie.rol not in lezers:
            reden, wel, toets = verboden
            self._weiger(wie, dossier, actie, reden, doel=doel)
            raise NietBevoegdError(f"{reden}; {wel}", toets=toets)
        self.toegangslog.registreer(self._vermelding(wie, dossier, actie, doel=doel))
        return dossier

    def lees_alle(self, wie: Gebruiker, actie: Actie = "lezen") -> list[Verzuimdossier]:
        """Every dossier in the user's scope as it stands now (a simulation of real cases).

        Each read is logged, in one batch.
        """
        doel = self._doel_van_lezen(wie)
        dossiers = [self._dossier(kop.dossier_id) for kop in self.lijst(wie)]
        tijdstip = self.klok.nu()
        self.toegangslog.registreer_alle(
            [
                self._nieuwe_vermelding(wie, d.id, d.werknemer, actie, doel=doel, tijdstip=tijdstip)
                for d in dossiers
            ]
        )
        return dossiers

    def bekijk(
        self,
        wie: Gebruiker,
        dossier_id: UUID,
        *,
        peildatum: date | None = None,
        zoals_bekend_op: date | datetime | None = None,
        actie: Actie = "lezen",
        ook_voor_het_bestond: bool = False,
    ) -> Dossierzicht:
        """A dossier as known at a moment, judged on a peildatum.

        ``zoals_bekend_op``: a date means the end of that Dutch day (None: everything recorded);
        ``peildatum`` defaults to today.  Raises :class:`DossierNietGevondenError` when the
        dossier did not exist yet at that moment, unless ``ook_voor_het_bestond`` asks for the
        empty view then (a history that is still empty).
        """
        dossier = self.lees(wie, dossier_id, actie)
        moment = tot_en_met(zoals_bekend_op) if zoals_bekend_op is not None else None
        beeld = dossier.beeld(moment)
        if not beeld.registraties and not ook_voor_het_bestond:
            raise DossierNietGevondenError(
                f"dossier {dossier.id} bestond op {zoals_bekend_op} nog niet"
            )
        return Dossierzicht(dossier, beeld, self.peildatum(peildatum))

    def verifieer(self, wie: Gebruiker, dossier_id: UUID) -> tuple[Verzuimdossier, Ketencontrole]:
        """Recompute one dossier's hash chain against the store (a logged read)."""
        dossier = self.lees(wie, dossier_id, "verifieren")
        return dossier, dossier.verifieer()

    def verifieer_alle(
        self, wie: Gebruiker, voortgang: Callable[[int], None] | None = None
    ) -> dict[UUID, Ketencontrole]:
        """Recompute the chain of every dossier in the user's scope (one pass over the store)."""
        gezien = {kop.dossier_id for kop in self.lijst(wie)}
        return {
            dossier_id: controle
            for dossier_id, controle in self.dossiers.verifieer_alle(voortgang).items()
            if dossier_id in gezien
        }

    def medische_aantekeningen(
        self, wie: Gebruiker, dossier_id: UUID
    ) -> tuple[Verzuimdossier, list[tuple[MedischeAantekening, str]]]:
        """The medical notes beside a dossier's facts: the bedrijfsarts and the werknemer only.

        A werknemer reads only the notes recorded while the dossier was bound to them (see
        :func:`werknemer_op`).  Every other role gets :class:`NietBevoegdError`, logged.
        """
        dossier = self._lees(
            wie,
            dossier_id,
            "medisch_lezen",
            lezers=MEDISCH_LEZERS,
            verboden=(
                f"rol {wie.rol} mag geen medische gegevens inzien",
                f"dat mogen alleen {' en '.join(sorted(MEDISCH_LEZERS))} ({MEDISCHE_BRON})",
                "medisch_alleen_bedrijfsarts_en_werknemer",
            ),
        )
        aantekeningen = self.medisch.aantekeningen(dossier.id)
        if wie.werknemer is not None:
            aantekeningen = [
                (a, sha)
                for a, sha in aantekeningen
                if werknemer_op(dossier, a.positie) == wie.werknemer
            ]
        return dossier, aantekeningen

    def toegangslog_van(
        self, wie: Gebruiker, dossier_id: UUID
    ) -> tuple[Verzuimdossier, list[Toegangsvermelding]]:
        """Who accessed a dossier (NEN 7513); consulting it is itself logged, as ``audit``."""
        dossier = self._lees(
            wie,
            dossier_id,
            "audit",
            lezers=TOEGANGSLOG_LEZERS,
            verboden=(
                f"rol {wie.rol} mag het toegangslog niet inzien",
                f"dat mogen {', '.join(sorted(TOEGANGSLOG_LEZERS))}",
                "toegangslog_lezen",
            ),
        )
        return dossier, self.toegangslog.voor_dossier(dossier.id)

    def signalen(
        self,
        wie: Gebruiker,
        *,
        peildatum: date | None = None,
        binnen_dagen: int = 14,
        werkgever: str | None = None,
        regel: str | None = None,
        status: Status | None = None,
        begin: int = 0,
        aantal: int | None = None,
    ) -> Signalenpagina:
        """Across the dossiers the user may see: what is overdue or due within ``binnen_dagen``.

        Most urgent first, filtered, one page (``begin``, ``aantal``); each dossier on the page
        is logged as read (toelichting ``signalen``).
        """
        doel = self._doel_van_lezen(wie)
        peil = self.peildatum(peildatum)
        reikwijdte = None if wie.alle_werkgevers else wie.werkgevers
        alle = [
            s
            for s in self._signalen(peil, binnen_dagen, reikwijdte)
            if wie.ziet(s.werkgever, s.werknemer)
            and (werkgever is None or s.werkgever == werkgever)
            and (regel is None or s.verplichting.regel == regel)
            and (status is None or s.verplichting.status == status)
        ]
        deze = alle[begin : None if aantal is None else begin + aantal]
        tijdstip = self.klok.nu()
        gelezen = dict.fromkeys((s.dossier_id, s.werknemer) for s in deze)
        self.toegangslog.registreer_alle(
            [
                self._nieuwe_vermelding(
                    wie,
                    dossier_id,
                    werknemer,
                    "lezen",
                    doel=doel,
                    toelichting="signalen",
                    tijdstip=tijdstip,
                )
                for dossier_id, werknemer in gelezen
            ]
        )
        return Signalenpagina(peil, binnen_dagen, len(alle), tuple(deze))

    def soort_op(self, wie: Gebruiker, dossier_id: UUID, positie: int) -> str | None:
        """The type of the recording at ``positie`` (None: no such position).

        For an entry point that reads typed values for a correction of that recording; the
        dossier must lie in the user's scope.  Nothing of its content is shown, so nothing is
        logged; the correction itself is.
        """
        dossier = self._dossier(dossier_id)
        if not wie.ziet(dossier.werkgever, dossier.werknemer):
            raise DossierNietGevondenError(f"geen dossier met id {dossier_id}")
        registraties = dossier.registraties
        return registraties[positie - 1].type_naam if 1 <= positie <= len(registraties) else None

    def lijst(self, wie: Gebruiker) -> list[Dossierkop]:
        """The stored dossiers the user may see, in order of first sick day."""
        return [k for k in self.dossiers.overzicht() if wie.ziet(k.werkgever, k.werknemer)]

    def zoek(self, wie: Gebruiker, tekst: str) -> UUID:
        """A dossier id from its full form or from a unique prefix among the user's dossiers."""
        schoon = tekst.strip().lower().replace("-", "")
        if len(schoon) == 32:
            try:
                return UUID(schoon)
            except ValueError:
                pass
        if len(schoon) < 4 or any(c not in "0123456789abcdef" for c in schoon):
            msg = f"{tekst!r} is geen dossier-id (minstens 4 hexadecimale tekens)"
            raise DossierNietGevondenError(msg)
        treffers = [k.dossier_id for k in self.lijst(wie) if k.dossier_id.hex.startswith(schoon)]
        if not treffers:
            raise DossierNietGevondenError(f"geen dossier waarvan het id begint met {tekst!r}")
        if len(treffers) > 1:
            msg = f"{tekst!r} past op {len(treffers)} dossiers; geef meer tekens"
            raise DossierNietGevondenError(msg)
        return treffers[0]

    # -- the decisions, written once -----------------------------------------------------------

    def _dossier(self, dossier_id: UUID) -> Verzuimdossier:
        return self.dossiers.dossier(dossier_id)

    def _voor_schrijven(self, wie: Gebruiker, dossier_id: UUID) -> Verzuimdossier:
        """The dossier to write in; one outside the scope is logged and answered as missing."""
        dossier = self._dossier(dossier_id)
        if not wie.ziet(dossier.werkgever, dossier.werknemer):
            self._weiger(
                wie, dossier, "vastleggen", BUITEN_REIKWIJDTE, doel=self._doel_van_schrijven(wie)
            )
            raise DossierNietGevondenError(f"geen dossier met id {dossier_id}")
        return dossier

    def _toets_importeur(self, wie: Gebruiker) -> None:
        if wie.rol not in IMPORTEURS:
            raise NietBevoegdError(
                f"rol {wie.rol} mag geen dossier importeren; dat doen "
                f"{', '.join(sorted(IMPORTEURS))} ({IMPORT_BRON})",
                toets="bevoegd_import",
            )

    def _toets_feit(self, wie: Gebruiker, dossier: Verzuimdossier, invoer: Invoer) -> None:
        """A new dossier: may this user record its ziekmelding, and does it lie in their scope?"""
        self._toets_bevoegd(wie, dossier, invoer)
        self._na_schrijven(wie, dossier, invoer)

    def _toets_bevoegd(
        self,
        wie: Gebruiker,
        dossier: Verzuimdossier,
        invoer: Invoer,
        *,
        bij_import: bool = False,
    ) -> None:
        """The role table for one fact; a correction or withdrawal is judged by what it changes."""
        if invoer.type_naam not in CORRECTIES:
            weigering = weigering_vastleggen(wie.rol, invoer.type_naam, bij_import=bij_import)
            if weigering is not None:
                raise NietBevoegdError(weigering.reden, toets=weigering.toets, veld=weigering.veld)
            return
        betreft = int(invoer.velden["betreft"])
        registraties = dossier.registraties
        if not 1 <= betreft <= len(registraties):
            return  # the domain refuses it with bestaande_positie
        doeltype = registraties[betreft - 1].type_naam
        weigering = weigering_vastleggen(wie.rol, doeltype, bij_import=bij_import)
        if weigering is not None:
            weigering = replace(weigering, veld="betreft")
        elif invoer.type_naam == CORRECTIE:
            velden = invoer.velden["velden"]
            weigering = weigering_identiteit(wie.rol, doeltype, velden, bij_import=bij_import)
        if weigering is not None:
            raise NietBevoegdError(
                f"{invoer.type_naam} van positie {betreft}: {weigering.reden}",
                toets=weigering.toets,
                veld=weigering.veld,
            )

    def _na_schrijven(self, wie: Gebruiker, dossier: Verzuimdossier, invoer: Invoer | None) -> None:
        """The dossier after a write must lie within the user's scope.

        So a correction of the werkgever or werknemer cannot move a dossier out of the user's
        reach, nor into someone else's.
        """
        if wie.ziet(dossier.werkgever, dossier.werknemer):
            return
        if invoer is not None and invoer.type_naam == ZiekmeldingOntvangen.__name__:
            reden = (
                f"deze gebruiker mag geen dossiers van werkgever {dossier.werkgever!r} vastleggen"
            )
        else:
            reden = (
                "deze gebruiker mag een dossier niet buiten zijn reikwijdte brengen "
                f"(werkgever {dossier.werkgever!r}, werknemer {dossier.werknemer!r})"
            )
        raise NietBevoegdError(reden, toets="werkgever_in_reikwijdte", veld="werkgever")

    def _doel_van_lezen(self, wie: Gebruiker) -> str:
        doel = (wie.doel or "").strip()
        if not doel:
            raise ToegangZonderDoelError(
                "doel ontbreekt: geef aan waarvoor het dossier wordt ingezien (NEN 7513)",
                veld="doel",
            )
        return doel

    @staticmethod
    def _doel_van_schrijven(wie: Gebruiker) -> str:
        return (wie.doel or "").strip() or STANDAARD_DOEL

    def _herkomst(self, wie: Gebruiker, kanaal: Kanaal) -> Herkomst:
        return Herkomst(
            bron=kanaal,
            geregistreerd_door=wie.naam,
            namens=wie.namens or None,
            correlatie_id=str(uuid4()),
            rol=wie.rol,
        )

    def _vermelding(
        self,
        wie: Gebruiker,
        dossier: Verzuimdossier,
        actie: Actie,
        *,
        doel: str,
        toelichting: str | None = None,
    ) -> Toegangsvermelding:
        return self._nieuwe_vermelding(
            wie, dossier.id, dossier.werknemer, actie, doel=doel, toelichting=toelichting
        )

    def _nieuwe_vermelding(
        self,
        wie: Gebruiker,
        dossier_id: UUID,
        werknemer: str | None,
        actie: Actie,
        *,
        doel: str,
        toelichting: str | None = None,
        geweigerd: bool = False,
        tijdstip: datetime | None = None,
    ) -> Toegangsvermelding:
        return Toegangsvermelding(
            gebeurtenis_id=uuid4(),
            tijdstip=tijdstip if tijdstip is not None else self.klok.nu(),
            actie=actie,
            gebruiker=wie.naam,
            rol=wie.rol,
            namens=wie.namens,
            doel=doel,
            dossier_id=dossier_id,
            werknemer=werknemer,
            bron=wie.ingang,
            toepassing=self.toepassing,
            resultaat="geweigerd" if geweigerd else "toegestaan",
            toelichting=toelichting,
        )

    def _weiger(
        self,
        wie: Gebruiker,
        dossier: Verzuimdossier,
        actie: Actie,
        reden: str,
        *,
        doel: str,
    ) -> None:
        """Log a refused access.

        The werknemer of a dossier outside the user's scope is not written: the log entry of a
        refusal must not tell the refused user's auditor more than the user could see.
        """
        buiten = not wie.ziet(dossier.werkgever, dossier.werknemer)
        self.toegangslog.registreer(
            self._nieuwe_vermelding(
                wie,
                dossier.id,
                None if buiten else dossier.werknemer,
                actie,
                doel=doel,
                toelichting=reden,
                geweigerd=True,
            )
        )

    def _signalen_uit_opslag(
        self, peildatum: date, binnen_dagen: int, _: Collection[str] | None
    ) -> list[Signaal]:
        return self.dossiers.signalen(peildatum, binnen_dagen)


def _toets_moment(
    invoer: Invoer, tijdstip: datetime, vorige: datetime | None, nu: datetime
) -> None:
    """A recording moment of a history: zoned, in order, not before the fact, not after now."""
    if tijdstip.tzinfo is None:
        raise GeweigerdError(
            f"vastgelegd op {tijdstip.isoformat()}: een tijdstip heeft een tijdzone",
            veld="geregistreerd_op",
            toets="geldig_veld",
            type_naam=invoer.type_naam,
        )
    if tijdstip > nu:
        raise GeweigerdError(
            f"vastgelegd op {tijdstip.isoformat()}, na nu ({nu.isoformat()})",
            veld="geregistreerd_op",
            toets="vastlegging_niet_in_toekomst",
            type_naam=invoer.type_naam,
        )
    if vorige is not None and tijdstip < vorige:
        raise GeweigerdError(
            f"vastgelegd op {tijdstip.isoformat()}, voor de vorige vastlegging "
            f"({vorige.isoformat()})",
            veld="geregistreerd_op",
            toets="vastlegging_op_volgorde",
            type_naam=invoer.type_naam,
        )
    if tijdstip.astimezone(NL).date() < invoer.datum:
        raise GeweigerdError(
            f"vastgelegd op {tijdstip.isoformat()}, voor de datum van het feit ({invoer.datum})",
            veld="geregistreerd_op",
            toets="vastlegging_na_feit",
            type_naam=invoer.type_naam,
        )


def termijnen_van(
    invoeren: Iterable[Invoer], herkomst: Herkomst, klok: Klok, peildatum: date | None = None
) -> Termijnoverzicht:
    """The obligations of a dossier file on ``peildatum`` (default today), without a store.

    Nothing is read from or written to a store, so there is nobody's access to log.
    """
    dossier = bouw_dossier(invoeren, herkomst, klok.nu())
    return dossier.termijnen(peildatum if peildatum is not None else vandaag(klok))


__all__ = [
    "BUITEN_REIKWIJDTE",
    "Dossierdienst",
    "Dossierzicht",
    "Importbestand",
    "Signalenpagina",
    "termijnen_van",
    "werknemer_op",
]
