"""The composition root: the one place that knows which store runs and wires the system.

``bootstrap()`` reads the settings (``SPOORWIJZER_OPSLAG`` and friends, see
:mod:`adapters.opslag.instellingen`), opens the dossier store, the access log and the medical
notes kept beside it, chooses where the signals across dossiers come from, and hands all of it
to the application layer (:class:`domain.dienst.Dossierdienst`).  Every entry point (the CLI,
the HTTP API, the demo, ``db init``, the projection commands, the simulation's ``--bewaar``)
starts here; tests call it with the in-memory store and a fixed clock::

    with bootstrap(Instellingen(opslag="geheugen"), klok=VasteKlok(...)) as systeem:
        systeem.dienst.open_dossier(gebruiker, ziekmelding)

Signals across dossiers (``projectie``):

* memory and SQLite compute them on demand from the read model (SQLite has no subscriptions);
* PostgreSQL reads the live projection ``spoorwijzer_signalen``: ``"bijwerken"`` catches it up
  before each query (one-off commands), ``"volgen"`` runs the projection in this process and
  reads its view (``spoorwijzer serve``), ``"lezen"`` only reads the view that a separate
  ``spoorwijzer projecties draai`` worker keeps current (``serve --zonder-projectie``).

Opening a store that is not there or not usable raises :class:`ConfiguratieError` with one
Dutch sentence (see :func:`adapters.opslag.instellingen.opslagfout`): an SQLite file that does
not exist (unless the caller creates stores, ``opslag_maken=True``), is no database or cannot
be read; a PostgreSQL server that does not answer within its connect timeout, refuses the user
or lacks the database.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from adapters.klok import SysteemKlok
from adapters.opslag.dossierbestand import Dossierbestand, open_dossiers
from adapters.opslag.instellingen import ConfiguratieError, Instellingen, opslagfout
from adapters.opslag.medisch import medische_opslag_voor
from adapters.opslag.toegangslog import Toegangslog, toegangslog_voor, toepassing
from domain.dienst import Dossierdienst
from domain.poorten import Klok, MedischeOpslag, Signalenbron
from domain.signalen import Signaal

if TYPE_CHECKING:
    from adapters.opslag.projectie import Signalenrunner

Projectie = Literal["bijwerken", "volgen", "lezen"]


@dataclass
class Systeem:
    """Everything one process needs: the store, what is kept beside it, the application layer."""

    instellingen: Instellingen
    dossiers: Dossierbestand
    toegangslog: Toegangslog
    medisch: MedischeOpslag
    dienst: Dossierdienst
    runner: Signalenrunner | None = None
    """The live projection this process runs (PostgreSQL with ``projectie="volgen"``)."""
    _opruimen: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    @property
    def klok(self) -> Klok:
        """The clock of recording times and of "today"."""
        return self.dossiers.klok

    def beschrijving(self) -> str:
        """Where the dossiers are, for people."""
        return self.instellingen.beschrijving()

    def close(self) -> None:
        """Stop the projection (if any) and close every connection."""
        self._opruimen.close()

    def __enter__(self) -> Systeem:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


def bootstrap(
    instellingen: Instellingen | None = None,
    *,
    klok: Klok | None = None,
    omgeving: Mapping[str, str] | None = None,
    projectie: Projectie = "bijwerken",
    dossiers: Dossierbestand | None = None,
    opslag_maken: bool = True,
) -> Systeem:
    """Open the system described by ``instellingen``.

    Without ``instellingen`` they are read from ``omgeving`` (default: the process environment).
    ``dossiers``: a store already opened on those settings (tests that look at it directly);
    the system then leaves closing it to the caller.  ``opslag_maken``: a missing SQLite file
    (and its folder) is created; the CLI passes False except for the commands that create
    stores, so a mistyped path is an error rather than a new, empty store.

    Raises :class:`ConfiguratieError` for a wrong configuration, a store that is missing or
    unusable or a server that does not answer, and when tables are missing while
    ``CREATE_TABLE=n`` (the message names ``spoorwijzer db init``).
    """
    if instellingen is None:
        instellingen = Instellingen.uit_omgeving(omgeving)
    opruimen = contextlib.ExitStack()
    if dossiers is None:
        dossiers = _open(instellingen, klok, opslag_maken=opslag_maken)
        opruimen.callback(dossiers.close)
    try:
        if not instellingen.tabellen_aanmaken and (ontbreekt := dossiers.ontbrekende_tabellen()):
            msg = (
                f"tabel {', '.join(ontbreekt)} ontbreekt in {instellingen.beschrijving()} en "
                "CREATE_TABLE=n: maak het schema eerst aan met `spoorwijzer db init`"
            )
            raise ConfiguratieError(msg)
        log = toegangslog_voor(dossiers)
        medisch = medische_opslag_voor(dossiers.recorder)
        runner = None
        signalen: Signalenbron | None = None
        if instellingen.ondersteunt_projecties:
            runner, signalen = _signalen_uit_projectie(instellingen, dossiers, projectie, opruimen)
        dienst = Dossierdienst(dossiers, log, medisch, signalen=signalen, toepassing=toepassing())
    except BaseException as fout:
        opruimen.close()
        if (zin := opslagfout(instellingen, fout, bij_openen=True)) not in (None, fout):
            raise zin from None
        raise
    return Systeem(instellingen, dossiers, log, medisch, dienst, runner, opruimen)


def _open(instellingen: Instellingen, klok: Klok | None, *, opslag_maken: bool) -> Dossierbestand:
    """Open the dossier store; what goes wrong becomes a :class:`ConfiguratieError` sentence."""
    if opslag_maken:
        instellingen.maak_plaats()
    else:
        instellingen.controleer_opslag()
    instellingen.controleer_verbinding()
    try:
        return open_dossiers(instellingen, klok or SysteemKlok())
    except Exception as fout:
        if (zin := opslagfout(instellingen, fout, bij_openen=True)) not in (None, fout):
            raise zin from None
        raise


def _signalen_uit_projectie(
    instellingen: Instellingen,
    dossiers: Dossierbestand,
    projectie: Projectie,
    opruimen: contextlib.ExitStack,
) -> tuple[Signalenrunner | None, Signalenbron]:
    from adapters.opslag.projectie import Signalenrunner, actuele_signalen, open_view

    if projectie == "volgen":
        runner = opruimen.enter_context(Signalenrunner(instellingen))
        return runner, runner.view.signalen
    if projectie == "lezen":
        view = open_view(instellingen)
        opruimen.callback(view.datastore.close)
        return None, view.signalen

    def bijgewerkt(
        peildatum: date, binnen_dagen: int, werkgevers: Collection[str] | None
    ) -> list[Signaal]:
        return actuele_signalen(instellingen, dossiers, peildatum, binnen_dagen, werkgevers)

    return None, bijgewerkt


def maak_schema(instellingen: Instellingen, klok: Klok | None = None) -> None:
    """Create every table once (``spoorwijzer db init``).

    Events, read model, medical notes, access log, and on PostgreSQL the live projection's
    tables.  Run it once per database before starting services and workers with ``CREATE_TABLE=n``:
    many processes creating tables at once race on the database catalogue.
    """
    instellingen = dataclasses.replace(instellingen, tabellen_aanmaken=True)
    dossiers = _open(instellingen, klok, opslag_maken=True)
    try:
        toegangslog_voor(dossiers, tabellen_aanmaken=True).maak_tabel()
        if instellingen.ondersteunt_projecties:
            from adapters.opslag.projectie import open_view

            open_view(instellingen).datastore.close()
    except Exception as fout:
        if (zin := opslagfout(instellingen, fout, bij_openen=True)) not in (None, fout):
            raise zin from None
        raise
    finally:
        dossiers.close()


__all__ = ["Projectie", "Systeem", "bootstrap", "maak_schema"]
