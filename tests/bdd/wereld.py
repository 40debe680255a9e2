"""The state of one scenario: a clock, an in-memory store, the dossier and the last refusal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen
from adapters.uitwisseling.jsonl import lees_invoer, lijnen
from domain.fouten import GeweigerdError, NietBevoegdError
from domain.invoer import Invoer, tekstwaarde, valideer
from domain.stand import Reintegratiestand
from domain.termijnen import Termijnoverzicht, Verplichting
from domain.verzuimdossier import Verzuimdossier
from domain.waarden import Herkomst

HERKOMST = Herkomst(bron="api", geregistreerd_door="specificatie")


@dataclass
class Wereld:
    """What a scenario has set up and what its last action did."""

    klok: VasteKlok = field(
        default_factory=lambda: VasteKlok(
            datetime(2026, 1, 1, 9, 0, tzinfo=UTC), stap=timedelta(minutes=1)
        )
    )
    vandaag: date | None = None
    dossier_id: UUID | None = None
    weigering: GeweigerdError | NietBevoegdError | None = None
    versie_voor: int | None = None
    laatste_positie: int | None = None
    herkomst: Herkomst = HERKOMST
    bundel: Path | None = None
    publieke_sleutel: Path | None = None
    dossiers: Dossierbestand = field(init=False)

    def __post_init__(self) -> None:
        self.dossiers = in_geheugen(self.klok)

    # -- building facts -----------------------------------------------------------------

    @staticmethod
    def feit(
        type_naam: str,
        datum: str,
        velden: dict[str, str] | None = None,
        doeltype: str | None = None,
    ) -> Invoer:
        """A validated fact from text values as a domain expert writes them.

        ``doeltype`` is the type of the recording a correction corrects.
        """
        gegevens: dict[str, Any] = {"type": type_naam, "datum": datum}
        for veld, tekst in (velden or {}).items():
            if veld == "door":
                rol, _, naam = tekst.partition(":")
                gegevens["door"] = {"rol": rol.strip(), **({"naam": naam.strip()} if naam else {})}
            else:
                gegevens[veld] = tekstwaarde(type_naam, veld, tekst, doeltype)
        return valideer(gegevens)

    @staticmethod
    def feiten_uit_tabel(tabel: list[list[str]]) -> list[tuple[str, str, dict[str, str]]]:
        """Facts from a ``| type | datum | veld | waarde |`` table.

        A row with a type starts a fact; rows with an empty type add fields to it.
        """
        kop, *rijen = tabel
        if [k.strip() for k in kop[:2]] != ["type", "datum"]:
            msg = f"de tabel begint met | type | datum | veld | waarde |, niet met {kop}"
            raise AssertionError(msg)
        feiten: list[tuple[str, str, dict[str, str]]] = []
        for rij in rijen:
            type_naam, datum, veld, waarde = [*rij, "", "", "", ""][:4]
            if type_naam.strip():
                feiten.append((type_naam.strip(), datum.strip(), {}))
            elif not feiten:
                raise AssertionError("de eerste rij van de tabel moet een type noemen")
            if veld.strip():
                feiten[-1][2][veld.strip()] = waarde.strip()
        return feiten

    # -- acting --------------------------------------------------------------------------

    def open(self, invoer: Invoer) -> None:
        """Open the scenario's dossier."""
        self.dossier_id = self.dossiers.open_dossier(invoer, self.herkomst)

    def leg_vast(self, invoer: Invoer) -> None:
        """Record a fact in the dossier, remembering a refusal instead of raising it."""
        self.versie_voor = self.dossier.version
        self.weigering = None
        try:
            self.laatste_positie = self.dossiers.registreer(self.id, invoer, self.herkomst)
        except GeweigerdError as fout:
            self.weigering = fout

    def registreer(self, type_naam: str, datum: str, velden: dict[str, str] | None = None) -> None:
        """Validate and record a fact; a refusal (also of a field) is remembered, not raised."""
        self.versie_voor = self.dossier.version
        try:
            invoer = self.feit(type_naam, datum, velden, self._doeltype(velden))
        except GeweigerdError as fout:
            self.weigering = fout
            return
        self.leg_vast(invoer)

    def _doeltype(
        self, velden: dict[str, str] | None, typen: list[str] | None = None
    ) -> str | None:
        """The type of the recording a correction names (``betreft``), if it exists."""
        betreft = (velden or {}).get("betreft", "")
        if not betreft.strip().isdigit():
            return None
        positie = int(betreft)
        if typen is None:
            typen = [r.type_naam for r in self.dossier.registraties]
        return typen[positie - 1] if 1 <= positie <= len(typen) else None

    def lees_in(self, regels: list[tuple[str, str, dict[str, str]]]) -> None:
        """Import a whole dossier, remembering a refusal (with its line) instead of raising it."""
        self.weigering = None
        invoeren: list[Invoer] = []
        try:
            typen = [type_naam for type_naam, _, _ in regels]
            for nummer, (type_naam, datum, velden) in enumerate(regels, start=1):
                try:
                    invoeren.append(
                        self.feit(type_naam, datum, velden, self._doeltype(velden, typen))
                    )
                except GeweigerdError as fout:
                    raise fout.met_lijnnummer(nummer) from None
            self.dossier_id = self.dossiers.importeer(invoeren, self.herkomst)
        except GeweigerdError as fout:
            self.weigering = fout

    def lees_bestand_in(self, tekst: str) -> None:
        """Import a dossier file exactly as written, as ``spoorwijzer dossier importeer`` reads it.

        Every line of ``tekst`` is a physical line of the file: blank lines and white space inside
        values are kept, so a refusal names the line as the file counts it.
        """
        self.weigering = None
        try:
            invoeren = lees_invoer(lijnen(tekst))
            self.dossier_id = self.dossiers.importeer(invoeren, self.herkomst)
        except GeweigerdError as fout:
            self.weigering = fout

    # -- looking -------------------------------------------------------------------------

    @property
    def id(self) -> UUID:
        """The scenario's dossier id."""
        assert self.dossier_id is not None, "er is nog geen dossier: begin met een ziekmelding"
        return self.dossier_id

    @property
    def dossier(self) -> Verzuimdossier:
        """The dossier as stored now."""
        return self.dossiers.dossier(self.id)

    @property
    def peildatum(self) -> date:
        """'Today' as the scenario set it."""
        assert self.vandaag is not None, 'zet eerst de datum: Gegeven het is vandaag "JJJJ-MM-DD"'
        return self.vandaag

    def termijnen(self) -> Termijnoverzicht:
        """The obligations as of today."""
        return self.dossier.termijnen(self.peildatum)

    def stand(self) -> Reintegratiestand:
        """Where the re-integration stands today."""
        return self.dossier.stand(self.peildatum)

    def verplichting(self, regel: str) -> Verplichting:
        """The single (or last) obligation of a rule."""
        gevonden = [v for v in self.termijnen().verplichtingen if v.regel == regel]
        assert gevonden, (
            f"geen verplichting {regel!r}; wel: "
            f"{[v.regel for v in self.termijnen().verplichtingen]}"
        )
        return gevonden[-1]
