"""Who may use the API: bearer tokens, each with a user, a role and the employers in scope.

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

A request carries ``Authorization: Bearer <token>``; a missing or unknown token is a 401.  The
token's holder becomes the acting :class:`domain.bevoegdheden.Gebruiker` of the request; what
that user may do (the role table, the scope, medical notes) is decided by the application layer
(:mod:`domain.dienst`, :mod:`domain.bevoegdheden`), exactly as for the CLI.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.bevoegdheden import ALLE_WERKGEVERS, ROLLEN, Gebruiker, Gebruikersrol


class ToegangsconfigError(ValueError):
    """The token configuration file is missing or wrong; the message names the entry."""


@dataclass(frozen=True, slots=True)
class Tokenhouder:
    """Who a token belongs to: user name, role and the employers whose dossiers they may see."""

    gebruiker_naam: str
    rol: Gebruikersrol
    werkgevers: frozenset[str]
    werknemer: str | None = None

    def gebruiker(self, *, doel: str | None = None, namens: str | None = None) -> Gebruiker:
        """The acting user of a request with this token (purpose and behalf from its headers)."""
        return Gebruiker(
            naam=self.gebruiker_naam,
            rol=self.rol,
            ingang="api",
            werkgevers=self.werkgevers,
            werknemer=self.werknemer,
            namens=namens,
            doel=doel,
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
                gebruiker_naam=gebruiker.strip(),
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


def _toml_tekst(tekst: str) -> str:
    return '"' + tekst.replace("\\", "\\\\").replace('"', '\\"') + '"'


def voeg_token_toe(
    bestand: Path,
    *,
    gebruiker: str,
    rol: str,
    werkgevers: list[str],
    werknemer: str | None = None,
) -> str:
    """Append a new token to ``bestand`` (created if absent) and return it in clear text.

    The file keeps only the token's SHA-256; the whole file is read back afterwards, so an entry
    the API would refuse is reported here (and removed again).
    """
    token, sha = nieuw_token()
    regels = [
        "[[token]]",
        f"sha256 = {_toml_tekst(sha)}",
        f"gebruiker = {_toml_tekst(gebruiker)}",
        f"rol = {_toml_tekst(rol)}",
        "werkgevers = [" + ", ".join(_toml_tekst(w) for w in werkgevers) + "]",
    ]
    if werknemer is not None:
        regels.append(f"werknemer = {_toml_tekst(werknemer)}")
    bestand.parent.mkdir(parents=True, exist_ok=True)
    oud = bestand.read_text(encoding="utf-8") if bestand.exists() else ""
    nieuw = (oud.rstrip() + "\n\n" if oud.strip() else "") + "\n".join(regels) + "\n"
    bestand.write_text(nieuw, encoding="utf-8")
    try:
        Toegangsconfig.lees(bestand)
    except ToegangsconfigError:
        bestand.write_text(oud, encoding="utf-8")
        raise
    return token


__all__: Sequence[str] = (
    "ALLE_WERKGEVERS",
    "ROLLEN",
    "Toegangsconfig",
    "ToegangsconfigError",
    "Tokenhouder",
    "nieuw_token",
    "token_hash",
    "voeg_token_toe",
)
