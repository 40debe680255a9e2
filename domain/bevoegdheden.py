"""Who may do what: the acting user, their role and scope, and who may record which fact.

Every entry point (CLI, HTTP API, pages) turns its caller into a :class:`Gebruiker` and hands it
to the application layer (:mod:`domain.dienst`), which decides with the tables below.  They
follow who is responsible for each step in the law.

Who may record which fact
-------------------------
The werkgever is responsible for the re-integration and for keeping the re-integratiedossier
(Wet verbetering poortwachter; BW 7:658a; Regeling procesgang eerste en tweede ziektejaar,
art. 2-8).  The casemanager acts for the werkgever (Regeling procesgang art. 1 and 4), so
records what the werkgever records.

* **bedrijfsarts** - the probleemanalyse (Regeling procesgang art. 2) and the actueel oordeel
  for the re-integratieverslag (art. 6 lid 2 sub g/h) are medical judgements of the
  bedrijfsarts (or arbodienst); nobody else may record them.  Also interventions and contact
  moments that the bedrijfsarts arranges.
* **werkgever, casemanager** - the ziekmelding and the arbodienst notification, the plan van
  aanpak and its bijstellingen and evaluations (art. 4, 5), the first-year and final evaluation
  (art. 6), the 42-week ziekmelding to UWV (Ziektewet art. 38 lid 1), the start of the second
  track, the choice of a re-integratiebureau and any detachering, work resumption, recovery and
  relapse, the voluntary extension of the waiting period (WIA art. 24: requested jointly, filed
  by the werkgever), the re-integratieverslag (art. 6) and the closing of the dossier.
* **werknemer** - the applications for WIA or IVA benefit are the werknemer's own (WIA art. 64
  lid 1); the werknemer may also ask UWV for a deskundigenoordeel (Wet SUWI art. 30a lid 1),
  as may the werkgever and the casemanager.
* **arbeidsdeskundige** - the arbeidsdeskundig onderzoek and its advice on the tracks
  (Regeling procesgang art. 6 lid 2 sub i).
* **uwv** - what UWV decides: a loonsanctie (WIA art. 25 lid 9) and a deskundigenoordeel
  (Wet SUWI art. 30a).
* **reintegratiebedrijf** - the trajectplan of a second-track trajectory and its contact
  moments (the bureau works on the werkgever's instructions, Regeling procesgang art. 4).
* **auditor** - reads only; records nothing.
* **beheerder** - the operator of the installation.  Records no single fact; may import whole
  dossier files of any content (a transfer from another system, the demo, the dossiers of a
  simulation), because such a file holds what the parties of the case already recorded
  elsewhere: the import is the transfer of the re-integratiedossier, each line still checked
  against every refusal rule of the contract.  Never reads medical notes.

Corrections and withdrawals (``RegistratieGecorrigeerd``, ``RegistratieIngetrokken``) may be
recorded by a role that may record the type of the recording they change.  Every fact of an
import goes through the same check as a single fact, and so does every correction in it.

Identity fields of the ziekmelding
----------------------------------
The ziekmelding (position 1) is corrected, never withdrawn (contract section 4).  Its identity
fields (:data:`IDENTITEITSVELDEN`) may be corrected by whoever may record a ziekmelding (the
werkgever and the casemanager), within these limits:

* ``eerste_ziektedag``: every later fact is checked again against the new day 1;
* ``werkgever``: the corrected dossier must still lie within the actor's scope, so only an actor
  who sees both employers moves a dossier between them;
* ``werknemer``: never corrected as a new fact, by anyone (:func:`weigering_identiteit`).  The
  werknemer binds the dossier, its facts and its medical notes to one person; rebinding it
  would hand one person's sickness history and diagnosis to another.  A dossier opened for the
  wrong person is closed and a new one opened.  Only the beheerder's import of a history that
  already holds such a correction (a transfer from another system) records one, and even then
  medical notes stay with the werknemer they were recorded for
  (:func:`domain.dienst.werknemer_op`): a werknemer reads only the notes recorded while the
  dossier was bound to them.

Scope
-----
A :class:`Gebruiker` sees the dossiers of the employers in ``werkgevers`` (``*``: all); one bound
to a werknemer sees only that werknemer's dossiers.  The resulting dossier of every write must
lie within that scope; a dossier outside it is answered exactly like one that does not exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, get_args

from domain import gebeurtenissen as ge
from domain.gebeurtenissen import DossierGebeurtenis
from domain.toegangslog import Ingang
from domain.waarden import Rol

Gebruikersrol = Literal[Rol, "auditor", "beheerder"]
"""The parties of the case (``domain.waarden.Rol``), the auditor who only reads, and the
operator (beheerder) who transfers whole dossiers."""
ROLLEN: tuple[str, ...] = get_args(Gebruikersrol)
ALLE_WERKGEVERS = "*"

BEHEERDER = "beheerder"
"""The operator role: bulk imports (migration, demo, simulation) and administration."""

_WERKGEVER: frozenset[str] = frozenset({"werkgever", "casemanager"})

_PER_SOORT: Mapping[type[DossierGebeurtenis], frozenset[str]] = {
    ge.ZiekmeldingOntvangen: _WERKGEVER,
    ge.ArbodienstGeinformeerd: _WERKGEVER,
    ge.ProbleemanalyseOpgesteld: frozenset({"bedrijfsarts"}),
    ge.PlanVanAanpakOpgesteld: _WERKGEVER,
    ge.EvaluatieGehouden: _WERKGEVER,
    ge.PlanVanAanpakBijgesteld: _WERKGEVER,
    ge.ArbeidsdeskundigOnderzoekUitgevoerd: frozenset({"arbeidsdeskundige"}),
    ge.ZiekmeldingUWVGedaan: _WERKGEVER,
    ge.EerstejaarsevaluatieGehouden: _WERKGEVER,
    ge.Spoor2Gestart: _WERKGEVER,
    ge.ReintegratiebureauGekozen: _WERKGEVER,
    ge.TrajectplanOpgesteld: frozenset({"reintegratiebedrijf"}),
    ge.DetacheringGestart: _WERKGEVER,
    ge.DetacheringBeeindigd: _WERKGEVER,
    ge.WerkHervat: _WERKGEVER,
    ge.InterventieIngezet: _WERKGEVER | {"bedrijfsarts"},
    ge.ContactGehad: _WERKGEVER | {"bedrijfsarts", "reintegratiebedrijf"},
    ge.HerstelGemeld: _WERKGEVER,
    ge.ZiekteTeruggemeld: _WERKGEVER,
    ge.DeskundigenoordeelAangevraagd: _WERKGEVER | {"werknemer"},
    ge.DeskundigenoordeelOntvangen: frozenset({"uwv"}),
    ge.ActueelOordeelOpgesteld: frozenset({"bedrijfsarts"}),
    ge.EindevaluatieGehouden: _WERKGEVER,
    ge.ReintegratieverslagOpgesteld: _WERKGEVER,
    ge.WIAAangevraagd: frozenset({"werknemer"}),
    ge.IVAAangevraagd: frozenset({"werknemer"}),
    ge.LoonsanctieOpgelegd: frozenset({"uwv"}),
    ge.WachttijdVrijwilligVerlengd: _WERKGEVER,
    ge.DossierGesloten: _WERKGEVER,
}

BEVOEGDHEDEN: Mapping[str, frozenset[str]] = {
    soort.__name__: rollen for soort, rollen in _PER_SOORT.items()
}
"""Event type -> the roles that may record it as a single fact (see the module docstring)."""

CORRECTIES: frozenset[str] = frozenset(soort.__name__ for soort in ge.REGISTRATIE_TYPES)
"""Types that change an earlier recording: allowed to whoever may record that recording's type."""

IMPORTEURS: frozenset[str] = _WERKGEVER | {BEHEERDER}
"""Roles that may import a whole dossier file (each fact in it still checked, see below)."""

MEDISCH_SCHRIJVERS: frozenset[str] = frozenset({"bedrijfsarts"})
"""Who records medical notes (UAVG art. 30 lid 1; see :mod:`domain.medisch`)."""

MEDISCH_LEZERS: frozenset[str] = frozenset({"bedrijfsarts", "werknemer"})
"""Roles that may read medical notes (AVG art. 9; UAVG art. 30; AVG art. 15 for the werknemer)."""

TOEGANGSLOG_LEZERS: frozenset[str] = frozenset({"werkgever", "werknemer", "auditor", BEHEERDER})
"""Who may consult a dossier's access log: the werkgever as controller (AVG art. 5 lid 2,
accountability), the werknemer about their own dossier (AVG art. 15: the dates and purposes of
consultations, HvJ EU 22 juni 2023, C-579/21, Pankki S), the auditor and the operator (the log
exists to be checked, NEN 7513)."""

IDENTITEITSVELDEN: frozenset[str] = frozenset({"eerste_ziektedag", "werknemer", "werkgever"})
"""Fields of the ziekmelding that identify the case; see the module docstring for who corrects
them and within which limits."""

_PROCESGANG = "Regeling procesgang eerste en tweede ziektejaar"
BRON_PER_TYPE: Mapping[str, str] = {
    ge.ProbleemanalyseOpgesteld.__name__: f"{_PROCESGANG}, art. 2",
    ge.ActueelOordeelOpgesteld.__name__: f"{_PROCESGANG}, art. 6",
    ge.ArbeidsdeskundigOnderzoekUitgevoerd.__name__: f"{_PROCESGANG}, art. 6",
    ge.WIAAangevraagd.__name__: "Wet WIA art. 64",
    ge.IVAAangevraagd.__name__: "Wet WIA art. 64",
    ge.LoonsanctieOpgelegd.__name__: "Wet WIA art. 25 lid 9",
    ge.DeskundigenoordeelAangevraagd.__name__: "Wet SUWI art. 30a",
    ge.DeskundigenoordeelOntvangen.__name__: "Wet SUWI art. 30a",
    ge.TrajectplanOpgesteld.__name__: f"{_PROCESGANG}, art. 4",
}
"""The legal source behind each type's entry in :data:`BEVOEGDHEDEN` that is not the default."""
STANDAARD_BRON = f"Wet verbetering poortwachter; {_PROCESGANG}"
IMPORT_BRON = f"{_PROCESGANG} (de werkgever houdt het re-integratiedossier)"


@dataclass(frozen=True, slots=True)
class Weigering:
    """Why an action is not allowed: the rule (``toets``), the reason, and the field it concerns."""

    toets: str
    reden: str
    veld: str | None = None


def weigering_vastleggen(rol: str, type_naam: str, *, bij_import: bool = False) -> Weigering | None:
    """None when ``rol`` may record a fact of ``type_naam``; otherwise why not.

    ``bij_import``: the fact is a line of an imported file, which the beheerder may record.
    """
    rollen = BEVOEGDHEDEN.get(type_naam, frozenset())
    if rol in rollen or (bij_import and rol == BEHEERDER):
        return None
    wie = ", ".join(sorted(rollen)) if rollen else "niemand"
    bron = BRON_PER_TYPE.get(type_naam, STANDAARD_BRON)
    return Weigering(
        toets=f"bevoegd_{type_naam}",
        reden=f"rol {rol} mag {type_naam} niet vastleggen; dat doet {wie} ({bron})",
        veld="type",
    )


def weigering_identiteit(
    rol: str, doeltype: str, velden: Mapping[str, object], *, bij_import: bool = False
) -> Weigering | None:
    """None when a correction of ``velden`` of a ``doeltype`` recording keeps the case's identity.

    The ziekmelding's ``werknemer`` binds the dossier, and everything in it, to one person: it
    is never rebound by a new correction.  A dossier opened for the wrong person is closed
    (``DossierGesloten``) and a new one opened for the right person; only a transfer of a
    history that already holds such a correction (an import by the beheerder) records one.
    ``werkgever`` and ``eerste_ziektedag`` follow the role table (the keepers of the dossier),
    and the dossier must stay within the user's scope (checked on the result).
    """
    if doeltype != ge.ZiekmeldingOntvangen.__name__ or "werknemer" not in velden:
        return None
    if bij_import and rol == BEHEERDER:
        return None
    return Weigering(
        toets="corrigeren_werknemer",
        reden=(
            "de werknemer van een dossier wordt niet gecorrigeerd: het dossier en alles erin "
            "hoort bij die ene persoon (AVG art. 5 lid 1 sub d en f; medische gegevens: "
            "AVG art. 9); sluit het dossier (DossierGesloten) en open een nieuw dossier voor "
            "de juiste werknemer"
        ),
        veld="velden.werknemer",
    )


@dataclass(frozen=True, slots=True)
class Gebruiker:
    """Who acts: name, role, scope, on whose behalf, why, and through which entry point.

    ``werkgevers`` is the scope (``{"*"}``: every employer); ``werknemer`` binds a werknemer's
    access to their own dossiers.  ``doel`` is the purpose of the access (NEN 7513), required
    for reads; ``namens`` the person on whose behalf a recording is made.
    """

    naam: str
    rol: Gebruikersrol
    ingang: Ingang
    werkgevers: frozenset[str] = field(default_factory=lambda: frozenset({ALLE_WERKGEVERS}))
    werknemer: str | None = None
    namens: str | None = None
    doel: str | None = None

    def __post_init__(self) -> None:
        if not self.naam.strip():
            msg = "een gebruiker heeft een naam (die komt in het toegangslog)"
            raise ValueError(msg)
        if self.rol not in ROLLEN:
            msg = f"rol {self.rol!r} is onbekend; kies uit {', '.join(ROLLEN)}"
            raise ValueError(msg)
        if self.rol == "werknemer" and not (self.werknemer or "").strip():
            msg = "een gebruiker met rol werknemer noemt de werknemer wiens dossiers dit zijn"
            raise ValueError(msg)
        if self.rol != "werknemer" and self.werknemer is not None:
            msg = "alleen een gebruiker met rol werknemer is aan een werknemer gebonden"
            raise ValueError(msg)

    @property
    def alle_werkgevers(self) -> bool:
        """Whether the scope is every employer."""
        return ALLE_WERKGEVERS in self.werkgevers

    def ziet(self, werkgever: str, werknemer: str | None = None) -> bool:
        """Whether this user may see a dossier of ``werkgever`` about ``werknemer``.

        A user bound to a werknemer sees only that werknemer's dossiers; ``werknemer=None``
        asks about the employer only and is then refused for such a user.
        """
        if self.werknemer is not None and werknemer != self.werknemer:
            return False
        return self.alle_werkgevers or werkgever in self.werkgevers

    def met(self, *, doel: str | None = None, namens: str | None = None) -> Gebruiker:
        """The same user acting for another purpose or on someone's behalf."""
        return replace(
            self,
            doel=doel if doel is not None else self.doel,
            namens=namens if namens is not None else self.namens,
        )


__all__ = [
    "ALLE_WERKGEVERS",
    "BEHEERDER",
    "BEVOEGDHEDEN",
    "CORRECTIES",
    "IDENTITEITSVELDEN",
    "IMPORTEURS",
    "MEDISCH_LEZERS",
    "MEDISCH_SCHRIJVERS",
    "ROLLEN",
    "TOEGANGSLOG_LEZERS",
    "Gebruiker",
    "Gebruikersrol",
    "Weigering",
    "weigering_identiteit",
    "weigering_vastleggen",
]
