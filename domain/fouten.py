"""Typed refusals: every rule of contract section 4 is one class.

Each error names the field (``veld``), the rule (``toets``) and the reason
(``reden``); adapters add the line or position where the input came from.
"""

from __future__ import annotations

from typing import Self


class Afwijzing(Exception):  # noqa: N818 - the common base, not raised itself
    """What every refusal names: the reason, the rule (``toets``), the field and the line.

    The message reads ``regel 3 (Type) veld 'x': reden [toets: regel_naam]``.
    """

    toets = "geweigerd"

    def __init__(
        self,
        reden: str,
        *,
        veld: str | None = None,
        type_naam: str | None = None,
        toets: str | None = None,
    ) -> None:
        self.reden = reden
        self.veld = veld
        self.type_naam = type_naam
        if toets is not None:
            self.toets = toets
        self.lijnnummer: int | None = None
        super().__init__(reden)

    def met_lijnnummer(self, lijnnummer: int) -> Self:
        """Return this refusal marked with the (physical) line of the file it came from."""
        self.lijnnummer = lijnnummer
        return self

    def __str__(self) -> str:
        delen = []
        if self.lijnnummer is not None:
            delen.append(f"regel {self.lijnnummer}")
        if self.type_naam:
            delen.append(f"({self.type_naam})")
        if self.veld:
            delen.append(f"veld '{self.veld}'")
        plaats = " ".join(delen)
        tekst = f"{plaats}: {self.reden}" if plaats else self.reden
        return f"{tekst} [toets: {self.toets}]"


class GeweigerdError(Afwijzing, ValueError):
    """A fact or dossier is refused as a whole; nothing is stored."""


class OngeldigeJSONError(GeweigerdError):
    """A line is not valid JSON (or not a JSON object)."""

    toets = "geldige_json"


class OnbekendTypeError(GeweigerdError):
    """The ``type`` of a line is missing or not in the contract's vocabulary."""

    toets = "bekend_type"


class OngeldigVeldError(GeweigerdError):
    """A field is missing, unknown, of the wrong type or out of range."""

    toets = "geldig_veld"


class DatumVoorEersteZiektedagError(GeweigerdError):
    """A date lies before ``eerste_ziektedag``."""

    toets = "datum_na_eerste_ziektedag"


class TweedeZiekmeldingError(GeweigerdError):
    """A second ``ZiekmeldingOntvangen`` in one dossier."""

    toets = "een_ziekmelding_per_dossier"


class GeenZiekmeldingError(GeweigerdError):
    """A dossier must open with ``ZiekmeldingOntvangen``."""

    toets = "dossier_begint_met_ziekmelding"


class PlanVoorProbleemanalyseError(GeweigerdError):
    """A plan van aanpak before any probleemanalyse."""

    toets = "plan_na_probleemanalyse"


class DetacheringVoorSpoor2Error(GeweigerdError):
    """``DetacheringGestart`` before ``Spoor2Gestart``."""

    toets = "detachering_na_spoor2"


class TerugmeldingZonderHerstelError(GeweigerdError):
    """``ZiekteTeruggemeld`` without a preceding ``HerstelGemeld``."""

    toets = "terugmelding_na_herstel"


class TerugmeldingNaVierWekenError(GeweigerdError):
    """``ZiekteTeruggemeld`` 28 or more days after recovery: that is a new case."""

    toets = "terugmelding_binnen_vier_weken"


class LoonsanctieWekenError(GeweigerdError):
    """``LoonsanctieOpgelegd.weken`` outside 1-52."""

    toets = "loonsanctie_1_tot_52_weken"


class OnbekendePositieError(GeweigerdError):
    """A correction or withdrawal names a position that does not exist or cannot be changed."""

    toets = "bestaande_positie"


class VerlengingTeVroegError(GeweigerdError):
    """A voluntary extension must end after the regular end of the waiting period."""

    toets = "verlenging_na_einde_wachttijd"


class DossierNietGevondenError(LookupError):
    """No dossier with this id (or id prefix) is stored, or none the acting user may see.

    A dossier outside the user's scope is answered exactly like one that does not exist, so
    its existence is not revealed.
    """


class NietBevoegdError(Afwijzing, PermissionError):
    """The acting user's role or scope does not allow this action; nothing is stored.

    Names the rule (``toets``), the reason and the field concerned, like a refusal; an import
    adds the line of the file.  The API answers it with 403, the CLI exits with 5.
    """

    def __init__(self, reden: str, *, toets: str, veld: str | None = None) -> None:
        super().__init__(reden, veld=veld, toets=toets)


class VersieConflictError(RuntimeError):
    """The dossier changed since the version the caller expected."""
