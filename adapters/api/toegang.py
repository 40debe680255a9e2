"""Who may use the API: bearer tokens, roles, employers in scope, and who may record what.

Tokens
------
A TOML file lists the tokens, never in clear text: only the SHA-256 (hex) of each token is
kept, so a leaked configuration file gives no access::

    [[token]]
    sha256 = "9f86d08188..."           # sha256(token).hexdigest()
    gebruiker = "m.bakker"             # written to the access log and the provenance
    rol = "casemanager"
    werkgevers = ["Bouwbedrijf Van Dam"]   # ["*"] for every employer
    werknemer = "W-0042"               # only for rol = "werknemer": whose dossiers these are

A request carries ``Authorization: Bearer <token>``; a missing or unknown token is a 401.
A token sees only dossiers whose ``werkgever`` is in its list; a dossier of another employer
answers 404 exactly like a dossier that does not exist, so its existence is not revealed.
A werknemer's token is bound to that werknemer and sees only their own dossiers.

Medical details
---------------
Medical notes (:mod:`domain.medisch`) are recorded by the bedrijfsarts only and read by the
bedrijfsarts and by the werknemer themself (:data:`MEDISCH_LEZERS`); every other role gets a 403
that the access log keeps as a refusal.  The werkgever sees the functional possibilities and
limitations, which are part of the facts themselves.

Who may record which fact
-------------------------
The table :data:`BEVOEGDHEDEN` follows who is responsible for each step in the law.  The
werkgever is responsible for the re-integration and for keeping the re-integratiedossier
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

Corrections and withdrawals (``RegistratieGecorrigeerd``, ``RegistratieIngetrokken``) may be
recorded by a role that may record the type of the recording they change.  An import of a whole
dossier file is a transfer of the re-integratiedossier and is reserved to its keepers, the
werkgever and the casemanager.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from domain.waarden import Rol

ApiRol = Literal[Rol, "auditor"]
"""The parties of the case (``domain.waarden.Rol``) and the auditor, who only reads."""
ROLLEN: tuple[str, ...] = get_args(ApiRol)
ALLE_WERKGEVERS = "*"

_WERKGEVER: frozenset[str] = frozenset({"werkgever", "casemanager"})

BEVOEGDHEDEN: Mapping[str, frozenset[str]] = {
    "ZiekmeldingOntvangen": _WERKGEVER,
    "ArbodienstGeinformeerd": _WERKGEVER,
    "ProbleemanalyseOpgesteld": frozenset({"bedrijfsarts"}),
    "PlanVanAanpakOpgesteld": _WERKGEVER,
    "EvaluatieGehouden": _WERKGEVER,
    "PlanVanAanpakBijgesteld": _WERKGEVER,
    "ArbeidsdeskundigOnderzoekUitgevoerd": frozenset({"arbeidsdeskundige"}),
    "ZiekmeldingUWVGedaan": _WERKGEVER,
    "EerstejaarsevaluatieGehouden": _WERKGEVER,
    "Spoor2Gestart": _WERKGEVER,
    "ReintegratiebureauGekozen": _WERKGEVER,
    "TrajectplanOpgesteld": frozenset({"reintegratiebedrijf"}),
    "DetacheringGestart": _WERKGEVER,
    "DetacheringBeeindigd": _WERKGEVER,
    "WerkHervat": _WERKGEVER,
    "InterventieIngezet": _WERKGEVER | {"bedrijfsarts"},
    "ContactGehad": _WERKGEVER | {"bedrijfsarts", "reintegratiebedrijf"},
    "HerstelGemeld": _WERKGEVER,
    "ZiekteTeruggemeld": _WERKGEVER,
    "DeskundigenoordeelAangevraagd": _WERKGEVER | {"werknemer"},
    "DeskundigenoordeelOntvangen": frozenset({"uwv"}),
    "ActueelOordeelOpgesteld": frozenset({"bedrijfsarts"}),
    "EindevaluatieGehouden": _WERKGEVER,
    "ReintegratieverslagOpgesteld": _WERKGEVER,
    "WIAAangevraagd": frozenset({"werknemer"}),
    "IVAAangevraagd": frozenset({"werknemer"}),
    "LoonsanctieOpgelegd": frozenset({"uwv"}),
    "WachttijdVrijwilligVerlengd": _WERKGEVER,
    "DossierGesloten": _WERKGEVER,
}
"""Event type -> the roles that may record it (see the module docstring for the reasons)."""

CORRECTIES: frozenset[str] = frozenset({"RegistratieGecorrigeerd", "RegistratieIngetrokken"})
"""Types that change an earlier recording: allowed to whoever may record that recording's type."""

IMPORTEURS: frozenset[str] = _WERKGEVER
"""Roles that may import a whole dossier file."""

MEDISCH_LEZERS: frozenset[str] = frozenset({"bedrijfsarts", "werknemer"})
"""Roles that may read medical notes (AVG art. 9; UAVG art. 30; see :mod:`domain.medisch`)."""

_PROCESGANG = "Regeling procesgang eerste en tweede ziektejaar"
BRON_PER_TYPE: Mapping[str, str] = {
    "ProbleemanalyseOpgesteld": f"{_PROCESGANG}, art. 2",
    "ActueelOordeelOpgesteld": f"{_PROCESGANG}, art. 6",
    "ArbeidsdeskundigOnderzoekUitgevoerd": f"{_PROCESGANG}, art. 6",
    "WIAAangevraagd": "Wet WIA art. 64",
    "IVAAangevraagd": "Wet WIA art. 64",
    "LoonsanctieOpgelegd": "Wet WIA art. 25 lid 9",
    "DeskundigenoordeelAangevraagd": "Wet SUWI art. 30a",
    "DeskundigenoordeelOntvangen": "Wet SUWI art. 30a",
    "TrajectplanOpgesteld": f"{_PROCESGANG}, art. 4",
}
STANDAARD_BRON = "Wet verbetering poortwachter; Regeling procesgang eerste en tweede ziektejaar"


class ToegangsconfigError(ValueError):
    """The token configuration file is missing or wrong; the message names the entry."""


@dataclass(frozen=True, slots=True)
class Tokenhouder:
    """Who a token belongs to: user name, role and the employers whose dossiers they may see."""

    gebruiker: str
    rol: ApiRol
    werkgevers: frozenset[str]
    werknemer: str | None = None

    def ziet(self, werkgever: str, werknemer: str | None = None) -> bool:
        """Whether this token may see a dossier of ``werkgever`` (about ``werknemer``).

        A token bound to a werknemer sees only that werknemer's dossiers; ``werknemer=None``
        asks about the employer only and is then refused for such a token.
        """
        if self.werknemer is not None and werknemer != self.werknemer:
            return False
        return ALLE_WERKGEVERS in self.werkgevers or werkgever in self.werkgevers

    def mag_medisch_lezen(self) -> bool:
        """Whether this role may read medical notes (the bedrijfsarts or the werknemer)."""
        return self.rol in MEDISCH_LEZERS

    def mag_vastleggen(self, type_naam: str) -> bool:
        """Whether this role may record a fact of ``type_naam`` (not for corrections)."""
        return self.rol in BEVOEGDHEDEN.get(type_naam, frozenset())


@dataclass(frozen=True, slots=True)
class Weigering:
    """Why a role may not record something: the rule and the reason, for a 403."""

    toets: str
    reden: str


def weigering_vastleggen(houder: Tokenhouder, type_naam: str) -> Weigering | None:
    """None when ``houder`` may record ``type_naam``; otherwise the reason (names the rule)."""
    if houder.mag_vastleggen(type_naam):
        return None
    rollen = sorted(BEVOEGDHEDEN.get(type_naam, frozenset()))
    wie = ", ".join(rollen) if rollen else "niemand"
    bron = BRON_PER_TYPE.get(type_naam, STANDAARD_BRON)
    return Weigering(
        toets=f"bevoegd_{type_naam}",
        reden=(f"rol {houder.rol} mag {type_naam} niet vastleggen; dat doet {wie} ({bron})"),
    )


def token_hash(token: str) -> str:
    """The SHA-256 (hex) of a token, as the configuration file keeps it."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def nieuw_token() -> tuple[str, str]:
    """A fresh random token and its hash: give the first to the user, put the second in the file."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


@dataclass(frozen=True)
class Toegangsconfig:
    """The tokens the API accepts, by their SHA-256."""

    tokens: Mapping[str, Tokenhouder]

    def houder(self, token: str) -> Tokenhouder | None:
        """The holder of ``token``, or None when it is unknown."""
        gezocht = token_hash(token)
        for sleutel, houder in self.tokens.items():
            if hmac.compare_digest(sleutel, gezocht):
                return houder
        return None

    @classmethod
    def uit_regels(cls, regels: Iterable[Mapping[str, Any]]) -> Toegangsconfig:
        """Build the configuration from ``[[token]]`` tables; refuse anything incomplete."""
        tokens: dict[str, Tokenhouder] = {}
        for nummer, regel in enumerate(regels, start=1):
            plaats = f"[[token]] nummer {nummer}"
            if not isinstance(regel, Mapping):
                raise ToegangsconfigError(f"{plaats}: verwacht een tabel")
            onbekend = set(regel) - {"sha256", "gebruiker", "rol", "werkgevers", "werknemer"}
            if onbekend:
                raise ToegangsconfigError(f"{plaats}: onbekende sleutel(s) {sorted(onbekend)}")
            sha = regel.get("sha256")
            if not isinstance(sha, str) or len(sha) != 64 or not _is_hex(sha):
                raise ToegangsconfigError(
                    f"{plaats}: sha256 moet de 64 hexadecimale tekens van sha256(token) zijn "
                    "(tokens staan nooit leesbaar in dit bestand)"
                )
            gebruiker = regel.get("gebruiker")
            if not isinstance(gebruiker, str) or not gebruiker.strip():
                raise ToegangsconfigError(f"{plaats}: gebruiker ontbreekt")
            rol = regel.get("rol")
            if rol not in ROLLEN:
                raise ToegangsconfigError(
                    f"{plaats}: rol {rol!r} is onbekend; kies uit {', '.join(ROLLEN)}"
                )
            werkgevers = regel.get("werkgevers")
            if (
                not isinstance(werkgevers, list)
                or not werkgevers
                or not all(isinstance(w, str) and w.strip() for w in werkgevers)
            ):
                raise ToegangsconfigError(
                    f"{plaats}: werkgevers moet een niet-lege lijst met namen zijn "
                    '(["*"] voor alle werkgevers)'
                )
            werknemer = regel.get("werknemer")
            if rol == "werknemer" and (not isinstance(werknemer, str) or not werknemer.strip()):
                raise ToegangsconfigError(
                    f"{plaats}: een token met rol werknemer noemt de werknemer "
                    '(werknemer = "W-0042"): het ziet alleen diens eigen dossiers'
                )
            if rol != "werknemer" and werknemer is not None:
                raise ToegangsconfigError(
                    f"{plaats}: werknemer hoort alleen bij een token met rol werknemer"
                )
            sleutel = sha.lower()
            if sleutel in tokens:
                raise ToegangsconfigError(f"{plaats}: dit token staat er al eerder in")
            tokens[sleutel] = Tokenhouder(
                gebruiker=gebruiker.strip(),
                rol=rol,
                werkgevers=frozenset(werkgevers),
                werknemer=werknemer.strip() if isinstance(werknemer, str) else None,
            )
        return cls(tokens)

    @classmethod
    def lees(cls, pad: Path) -> Toegangsconfig:
        """Read a TOML token file (see the module docstring)."""
        try:
            gegevens = tomllib.loads(pad.read_text(encoding="utf-8"))
        except OSError as fout:
            raise ToegangsconfigError(f"{pad}: niet te lezen ({fout.strerror})") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as fout:
            raise ToegangsconfigError(f"{pad}: geen geldige TOML ({fout})") from None
        regels = gegevens.get("token", [])
        if not isinstance(regels, list):
            raise ToegangsconfigError(f"{pad}: verwacht [[token]]-tabellen")
        return cls.uit_regels(regels)


def _is_hex(tekst: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in tekst)


__all__: Sequence[str] = (
    "ALLE_WERKGEVERS",
    "BEVOEGDHEDEN",
    "CORRECTIES",
    "IMPORTEURS",
    "MEDISCH_LEZERS",
    "ROLLEN",
    "ApiRol",
    "Toegangsconfig",
    "ToegangsconfigError",
    "Tokenhouder",
    "Weigering",
    "nieuw_token",
    "token_hash",
    "weigering_vastleggen",
)
