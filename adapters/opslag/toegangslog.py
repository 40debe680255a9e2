"""Where the access log is kept: memory, the SQLite file or the PostgreSQL schema of the store.

The entries themselves (:class:`domain.toegangslog.Toegangsvermelding`, in the shape of NEN 7513)
are made by the application layer; this module implements the port
:class:`domain.poorten.Toegangslog` for each store.

Left out, deliberately or for later:

* the access point (workstation, host name, IP address) and the organisation or
  site: Spoorwijzer runs as one installation and does not know them reliably;
* object detail below the dossier (which facts or fields were shown): a read is
  of the whole dossier;
* a national identifier of the data subject (BSN): the werknemer reference of
  the dossier is enough to answer a request for inspection, and storing a BSN
  here would spread it (data minimisation);
* tamper evidence beyond append-only (a hash chain or signatures), shipping to a
  central log server, and the retention period (NEN 7513 leaves that to law and
  policy): pruning after the retention period is a database administrator's act.

The log is append-only: `Toegangslog` has no update or delete method, and the
SQL tables refuse ``UPDATE`` and ``DELETE`` (and ``TRUNCATE`` on PostgreSQL)
with a trigger.  It is kept next to the dossiers: a list in memory for the
in-memory store, the table ``spoorwijzer_toegang`` in the same SQLite file, or
in the same PostgreSQL schema.  `toegangslog_voor` picks the backend from the
store's recorder.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from typing import Any
from uuid import UUID
from weakref import WeakKeyDictionary

from eventsourcing.persistence import IntegrityError
from eventsourcing.popo import POPORecorder
from eventsourcing.postgres import PostgresDatastore, PostgresRecorder
from eventsourcing.sqlite import SQLiteDatastore, SQLiteRecorder
from psycopg.sql import SQL, Composed, Identifier
from psycopg.sql import Literal as SQLLiteral

from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.instellingen import ConfiguratieError
from domain.poorten import Klok
from domain.toegangslog import Toegangsvermelding, ToegangsvermeldingBestaatAlError

TABEL = "spoorwijzer_toegang"
_KOLOMMEN = (
    "gebeurtenis_id",
    "tijdstip",
    "actie",
    "gebruiker",
    "rol",
    "namens",
    "doel",
    "dossier_id",
    "werknemer",
    "bron",
    "toepassing",
    "resultaat",
    "toelichting",
)


@cache
def toepassing() -> str:
    """The application and its version, as the log records it (``spoorwijzer 0.1.0``)."""
    try:
        versie = metadata.version("spoorwijzer")
    except metadata.PackageNotFoundError:
        versie = "onbekend"
    return f"spoorwijzer {versie}"


def _utc(tijdstip: datetime, naam: str) -> datetime:
    if tijdstip.utcoffset() is None:
        msg = f"{naam} moet een tijdstip met tijdzone zijn"
        raise ValueError(msg)
    return tijdstip.astimezone(UTC)


def _regel_uit(rij: Mapping[str, Any]) -> Toegangsvermelding:
    """An entry read back from SQL (ids as UUID or hex text, times as datetime or ISO text)."""
    tijdstip = rij["tijdstip"]
    if not isinstance(tijdstip, datetime):
        tijdstip = datetime.fromisoformat(str(tijdstip))
    return Toegangsvermelding(
        gebeurtenis_id=UUID(str(rij["gebeurtenis_id"])),
        tijdstip=tijdstip.astimezone(UTC),
        actie=rij["actie"],
        gebruiker=rij["gebruiker"],
        rol=rij["rol"],
        namens=rij["namens"],
        doel=rij["doel"],
        dossier_id=UUID(str(rij["dossier_id"])),
        werknemer=rij["werknemer"],
        bron=rij["bron"],
        toepassing=rij["toepassing"],
        resultaat=rij["resultaat"],
        toelichting=rij["toelichting"],
    )


def _dubbel(regel: Toegangsvermelding) -> ToegangsvermeldingBestaatAlError:
    return ToegangsvermeldingBestaatAlError(
        f"toegangsregel {regel.gebeurtenis_id} staat al in het toegangslog; "
        "het log is alleen-toevoegen",
        veld="gebeurtenis_id",
    )


class Toegangslog(ABC):
    """The append-only access log of a dossier store: record, and read back oldest first.

    There is deliberately no way to change or remove an entry.
    """

    def __init__(self, klok: Klok) -> None:
        self.klok = klok

    def registreer(self, regel: Toegangsvermelding) -> None:
        """Append one entry; a second entry with the same gebeurtenis_id is refused."""
        self.registreer_alle([regel])

    @abstractmethod
    def registreer_alle(self, regels: Sequence[Toegangsvermelding]) -> None:
        """Append entries in one transaction (all or none); a known gebeurtenis_id is refused."""

    @abstractmethod
    def meeschrijver(self, regel: Toegangsvermelding) -> Callable[[Any], None]:
        """A write of ``regel`` for the recorder to run inside the transaction of a save.

        Pass it as ``meeschrijven=[...]`` to a save, and the entry is committed together with
        the facts it is about, or not at all (see :mod:`adapters.opslag.overzicht`).
        """

    @abstractmethod
    def voor_dossier(self, dossier_id: UUID) -> list[Toegangsvermelding]:
        """Every entry about one dossier, oldest first."""

    @abstractmethod
    def alle(
        self, van: datetime | None = None, tot: datetime | None = None
    ) -> list[Toegangsvermelding]:
        """Every entry with ``van <= tijdstip < tot`` (either bound optional), oldest first."""

    def maak_tabel(self) -> None:  # noqa: B027 - nothing to create in memory
        """Create the storage if it does not exist yet (the migration step for CREATE_TABLE=n)."""

    def vermelding(self, **kenmerken: Any) -> Toegangsvermelding:
        """A new entry stamped by this log's clock (the keywords of `Toegangsvermelding.nieuw`)."""
        return Toegangsvermelding.nieuw(self.klok, toepassing=toepassing(), **kenmerken)

    def leg_vast(self, **kenmerken: Any) -> Toegangsvermelding:
        """Build an entry (the keywords of `Toegangsvermelding.nieuw`), append it and return it."""
        regel = self.vermelding(**kenmerken)
        self.registreer(regel)
        return regel


# -- in memory ------------------------------------------------------------------------------------

# One list per in-memory recorder, so every Toegangslog on the same store sees the same entries
# and the entries disappear with the store.
_GEHEUGEN: WeakKeyDictionary[object, list[Toegangsvermelding]] = WeakKeyDictionary()
_GEHEUGEN_SLOT = threading.Lock()


class GeheugenToegangslog(Toegangslog):
    """The access log of the in-memory store: a list that lives as long as its recorder."""

    def __init__(self, recorder: object, klok: Klok) -> None:
        super().__init__(klok)
        with _GEHEUGEN_SLOT:
            self._regels = _GEHEUGEN.setdefault(recorder, [])

    def registreer_alle(self, regels: Sequence[Toegangsvermelding]) -> None:
        """Append entries (all or none); a second entry with the same gebeurtenis_id is refused."""
        with _GEHEUGEN_SLOT:
            bekend = {r.gebeurtenis_id for r in self._regels}
            for regel in regels:
                if regel.gebeurtenis_id in bekend:
                    raise _dubbel(regel)
                bekend.add(regel.gebeurtenis_id)
            self._regels.extend(regels)

    def meeschrijver(self, regel: Toegangsvermelding) -> Callable[[Any], None]:
        """Append ``regel`` when the in-memory save runs it."""
        return lambda _: self.registreer(regel)

    def _gesorteerd(self) -> list[Toegangsvermelding]:
        with _GEHEUGEN_SLOT:
            regels = list(self._regels)
        return sorted(regels, key=lambda r: r.tijdstip)  # stable: ties stay in order of arrival

    def voor_dossier(self, dossier_id: UUID) -> list[Toegangsvermelding]:
        """Every entry about one dossier, oldest first."""
        return [r for r in self._gesorteerd() if r.dossier_id == dossier_id]

    def alle(
        self, van: datetime | None = None, tot: datetime | None = None
    ) -> list[Toegangsvermelding]:
        """Every entry with ``van <= tijdstip < tot`` (either bound optional), oldest first."""
        onder = _utc(van, "van") if van is not None else None
        boven = _utc(tot, "tot") if tot is not None else None
        return [
            r
            for r in self._gesorteerd()
            if (onder is None or r.tijdstip >= onder) and (boven is None or r.tijdstip < boven)
        ]


# -- SQLite ---------------------------------------------------------------------------------------

_SQLITE_TABEL = (
    f"CREATE TABLE IF NOT EXISTS {TABEL} ("
    "volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, "
    "gebeurtenis_id TEXT NOT NULL UNIQUE, "
    "tijdstip TEXT NOT NULL, "  # UTC, ISO 8601 with microseconds: sorts as text
    "actie TEXT NOT NULL, "
    "gebruiker TEXT NOT NULL CHECK (trim(gebruiker) <> ''), "
    "rol TEXT, "
    "namens TEXT, "
    "doel TEXT NOT NULL CHECK (trim(doel) <> ''), "
    "dossier_id TEXT NOT NULL, "
    "werknemer TEXT, "
    "bron TEXT NOT NULL, "
    "toepassing TEXT NOT NULL, "
    "resultaat TEXT NOT NULL, "
    "toelichting TEXT)"
)
SQLITE_DDL: tuple[str, ...] = (
    _SQLITE_TABEL,
    f"CREATE INDEX IF NOT EXISTS {TABEL}_dossier ON {TABEL} (dossier_id, tijdstip)",
    f"CREATE INDEX IF NOT EXISTS {TABEL}_tijdstip ON {TABEL} (tijdstip)",
    *(
        f"CREATE TRIGGER IF NOT EXISTS {TABEL}_geen_{soort.lower()} BEFORE {soort} ON {TABEL} "
        f"BEGIN SELECT RAISE(ABORT, '{TABEL} is alleen-toevoegen: {soort} is niet toegestaan'); "
        "END"
        for soort in ("UPDATE", "DELETE")
    ),
)
"""The SQLite schema of the access log, for a migration step when CREATE_TABLE=n."""

_SQLITE_INSERT = (
    f"INSERT INTO {TABEL} ({', '.join(_KOLOMMEN)}) VALUES ({', '.join('?' * len(_KOLOMMEN))})"  # noqa: S608
)
_SQLITE_SELECT = f"SELECT {', '.join(_KOLOMMEN)} FROM {TABEL} "  # noqa: S608
_SQLITE_VOLGORDE = " ORDER BY tijdstip, volgnummer"


def _sqlite_tijd(tijdstip: datetime) -> str:
    return tijdstip.astimezone(UTC).isoformat(timespec="microseconds")


def _ontbrekende_tabel(beschrijving: str) -> ConfiguratieError:
    return ConfiguratieError(
        f"de tabel {TABEL} voor het toegangslog ontbreekt in {beschrijving} en CREATE_TABLE=n; "
        "maak hem aan in de migratiestap (Toegangslog.maak_tabel)"
    )


class _TabelToegangslog(Toegangslog):
    """An access log in a database table: created on first use, or required to exist."""

    def __init__(self, klok: Klok, *, tabellen_aanmaken: bool) -> None:
        super().__init__(klok)
        self._aanmaken = tabellen_aanmaken
        self._klaar = False

    @abstractmethod
    def _ontbreekt_in(self) -> str | None:
        """Where the table is missing (for the error), or None when it exists."""

    @abstractmethod
    def _transactie(self) -> AbstractContextManager[Any]:
        """A transaction whose cursor or connection takes ``execute``; it commits on exit."""

    def registreer_alle(self, regels: Sequence[Toegangsvermelding]) -> None:
        """Append entries in one transaction; a known gebeurtenis_id refuses them all."""
        schrijvers = [self.meeschrijver(regel) for regel in regels]
        gedaan = 0
        try:
            with self._transactie() as cursor:
                for schrijf in schrijvers:
                    schrijf(cursor)
                    gedaan += 1
        except IntegrityError as fout:
            raise _dubbel(regels[gedaan]) from fout

    def _zorg_voor_tabel(self) -> None:
        """Create the table (CREATE_TABLE=y) or check once that it exists (CREATE_TABLE=n)."""
        if self._klaar:
            return
        if self._aanmaken:
            self.maak_tabel()
            return
        plaats = self._ontbreekt_in()
        if plaats is not None:
            raise _ontbrekende_tabel(plaats)
        self._klaar = True


class SQLiteToegangslog(_TabelToegangslog):
    """The access log in the table ``spoorwijzer_toegang`` of the store's SQLite file."""

    def __init__(self, datastore: SQLiteDatastore, klok: Klok, *, tabellen_aanmaken: bool) -> None:
        super().__init__(klok, tabellen_aanmaken=tabellen_aanmaken)
        self._datastore = datastore

    def maak_tabel(self) -> None:
        """Create the table, its indexes and its append-only triggers if they do not exist."""
        with self._datastore.transaction(commit=True) as c:
            for opdracht in SQLITE_DDL:
                c.execute(opdracht)
        self._klaar = True

    def _ontbreekt_in(self) -> str | None:
        with self._datastore.transaction(commit=False) as c:
            c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABEL,))
            return "het SQLite-bestand" if c.fetchone() is None else None

    def _transactie(self) -> AbstractContextManager[Any]:
        """A transaction on the SQLite file; what it yields takes ``execute``."""
        return self._datastore.transaction(commit=True)

    def meeschrijver(self, regel: Toegangsvermelding) -> Callable[[Any], None]:
        """An INSERT of ``regel`` on the save's cursor."""
        self._zorg_voor_tabel()
        waarden = (
            regel.gebeurtenis_id.hex,
            _sqlite_tijd(regel.tijdstip),
            regel.actie,
            regel.gebruiker,
            regel.rol,
            regel.namens,
            regel.doel,
            regel.dossier_id.hex,
            regel.werknemer,
            regel.bron,
            regel.toepassing,
            regel.resultaat,
            regel.toelichting,
        )
        return lambda c: c.execute(_SQLITE_INSERT, waarden)

    def _selecteer(self, waar: str, parameters: Sequence[str]) -> list[Toegangsvermelding]:
        self._zorg_voor_tabel()
        with self._datastore.transaction(commit=False) as c:
            c.execute(_SQLITE_SELECT + waar + _SQLITE_VOLGORDE, parameters)
            rijen = c.fetchall()
        return [_regel_uit(dict(zip(_KOLOMMEN, rij, strict=True))) for rij in rijen]

    def voor_dossier(self, dossier_id: UUID) -> list[Toegangsvermelding]:
        """Every entry about one dossier, oldest first."""
        return self._selecteer("WHERE dossier_id = ?", (dossier_id.hex,))

    def alle(
        self, van: datetime | None = None, tot: datetime | None = None
    ) -> list[Toegangsvermelding]:
        """Every entry with ``van <= tijdstip < tot`` (either bound optional), oldest first."""
        voorwaarden, parameters = [], []
        if van is not None:
            voorwaarden.append("tijdstip >= ?")
            parameters.append(_sqlite_tijd(_utc(van, "van")))
        if tot is not None:
            voorwaarden.append("tijdstip < ?")
            parameters.append(_sqlite_tijd(_utc(tot, "tot")))
        waar = ("WHERE " + " AND ".join(voorwaarden)) if voorwaarden else ""
        return self._selecteer(waar, parameters)


# -- PostgreSQL -----------------------------------------------------------------------------------


def postgres_ddl(schema: str) -> list[Composed]:
    """The PostgreSQL schema of the access log, for a migration step when CREATE_TABLE=n."""
    namen = {
        "schema": Identifier(schema),
        "tabel": Identifier(TABEL),
        "index_dossier": Identifier(f"{TABEL}_dossier"),
        "index_tijdstip": Identifier(f"{TABEL}_tijdstip"),
        "functie": Identifier(f"{TABEL}_alleen_toevoegen"),
        "trigger_rij": Identifier(f"{TABEL}_geen_wijziging"),
        "trigger_leeg": Identifier(f"{TABEL}_geen_truncate"),
        "melding": SQLLiteral(f"{TABEL} is alleen-toevoegen: % is niet toegestaan"),
    }
    opdrachten = (
        "CREATE TABLE IF NOT EXISTS {schema}.{tabel} ("
        "volgnummer bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "gebeurtenis_id uuid NOT NULL UNIQUE, "
        "tijdstip timestamptz NOT NULL, "
        "actie text NOT NULL, "
        "gebruiker text NOT NULL CHECK (btrim(gebruiker) <> ''), "
        "rol text, "
        "namens text, "
        "doel text NOT NULL CHECK (btrim(doel) <> ''), "
        "dossier_id uuid NOT NULL, "
        "werknemer text, "
        "bron text NOT NULL, "
        "toepassing text NOT NULL, "
        "resultaat text NOT NULL, "
        "toelichting text)",
        "CREATE INDEX IF NOT EXISTS {index_dossier} ON {schema}.{tabel} (dossier_id, tijdstip)",
        "CREATE INDEX IF NOT EXISTS {index_tijdstip} ON {schema}.{tabel} (tijdstip)",
        "CREATE OR REPLACE FUNCTION {schema}.{functie}() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION {melding}, TG_OP; END $$",
        "CREATE OR REPLACE TRIGGER {trigger_rij} BEFORE UPDATE OR DELETE ON {schema}.{tabel} "
        "FOR EACH ROW EXECUTE FUNCTION {schema}.{functie}()",
        "CREATE OR REPLACE TRIGGER {trigger_leeg} BEFORE TRUNCATE ON {schema}.{tabel} "
        "FOR EACH STATEMENT EXECUTE FUNCTION {schema}.{functie}()",
    )
    return [SQL(opdracht).format(**namen) for opdracht in opdrachten]


class PostgresToegangslog(_TabelToegangslog):
    """The access log in the table ``spoorwijzer_toegang`` of the store's PostgreSQL schema."""

    def __init__(
        self, datastore: PostgresDatastore, klok: Klok, *, tabellen_aanmaken: bool
    ) -> None:
        super().__init__(klok, tabellen_aanmaken=tabellen_aanmaken)
        self._datastore = datastore
        self._schema = datastore.schema
        tabel = {"schema": Identifier(self._schema), "tabel": Identifier(TABEL)}
        kolommen = SQL(", ").join(Identifier(k) for k in _KOLOMMEN)
        self._insert = SQL("INSERT INTO {schema}.{tabel} ({kolommen}) VALUES ({waarden})").format(
            kolommen=kolommen, waarden=SQL(", ").join(SQL("%s") for _ in _KOLOMMEN), **tabel
        )
        self._select = SQL("SELECT {kolommen} FROM {schema}.{tabel} ").format(
            kolommen=kolommen, **tabel
        )

    def _bestaat(self, verbinding: Any) -> bool:
        rij = verbinding.execute(
            "SELECT 1 AS er_is FROM pg_catalog.pg_tables WHERE schemaname = %s AND tablename = %s",
            (self._schema, TABEL),
        ).fetchone()
        return rij is not None

    def maak_tabel(self) -> None:
        """Create the table, its indexes and its append-only triggers if they do not exist.

        An advisory lock serialises concurrent first uses, which would otherwise race on
        the catalogue; an existing table is left as it is.
        """
        with self._datastore.get_connection() as verbinding, verbinding.transaction():
            verbinding.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))", (f"{self._schema}.{TABEL}",)
            )
            if not self._bestaat(verbinding):
                for opdracht in postgres_ddl(self._schema):
                    verbinding.execute(opdracht)
        self._klaar = True

    def _ontbreekt_in(self) -> str | None:
        with self._datastore.get_connection() as verbinding:
            bestaat = self._bestaat(verbinding)
        return None if bestaat else f"PostgreSQL-schema {self._schema}"

    @contextmanager
    def _transactie(self) -> Iterator[Any]:
        """A transaction on a pooled connection; the connection takes ``execute``."""
        with self._datastore.get_connection() as verbinding, verbinding.transaction():
            yield verbinding

    def meeschrijver(self, regel: Toegangsvermelding) -> Callable[[Any], None]:
        """An INSERT of ``regel`` on the save's cursor (or a connection)."""
        self._zorg_voor_tabel()
        waarden = (
            regel.gebeurtenis_id,
            regel.tijdstip,
            regel.actie,
            regel.gebruiker,
            regel.rol,
            regel.namens,
            regel.doel,
            regel.dossier_id,
            regel.werknemer,
            regel.bron,
            regel.toepassing,
            regel.resultaat,
            regel.toelichting,
        )
        invoegen = self._insert
        return lambda c: c.execute(invoegen, waarden)

    def _selecteer(self, waar: str, parameters: Sequence[object]) -> list[Toegangsvermelding]:
        self._zorg_voor_tabel()
        opdracht = self._select + SQL(waar) + SQL(" ORDER BY tijdstip, volgnummer")
        with self._datastore.get_connection() as verbinding:
            rijen = verbinding.execute(opdracht, parameters).fetchall()
        return [_regel_uit(rij) for rij in rijen]

    def voor_dossier(self, dossier_id: UUID) -> list[Toegangsvermelding]:
        """Every entry about one dossier, oldest first."""
        return self._selecteer("WHERE dossier_id = %s", (dossier_id,))

    def alle(
        self, van: datetime | None = None, tot: datetime | None = None
    ) -> list[Toegangsvermelding]:
        """Every entry with ``van <= tijdstip < tot`` (either bound optional), oldest first."""
        voorwaarden, parameters = [], []
        if van is not None:
            voorwaarden.append("tijdstip >= %s")
            parameters.append(_utc(van, "van"))
        if tot is not None:
            voorwaarden.append("tijdstip < %s")
            parameters.append(_utc(tot, "tot"))
        waar = ("WHERE " + " AND ".join(voorwaarden)) if voorwaarden else ""
        return self._selecteer(waar, parameters)


# -- choosing the backend -------------------------------------------------------------------------


def _ja(waarde: str) -> bool:
    return waarde.strip().lower() not in ("n", "no", "0", "false", "off")


def toegangslog_voor(
    dossiers: Dossierbestand, *, tabellen_aanmaken: bool | None = None
) -> Toegangslog:
    """The access log kept next to this store's dossiers, stamped by the store's clock.

    ``tabellen_aanmaken`` defaults to the store's setting (``Instellingen.tabellen_aanmaken``,
    the ``CREATE_TABLE`` variable); without it a missing table is a configuration error.
    """
    if tabellen_aanmaken is None:
        tabellen_aanmaken = _ja(str(dossiers.env.get("CREATE_TABLE", "y")))
    recorder: object = dossiers.recorder
    if isinstance(recorder, SQLiteRecorder):
        return SQLiteToegangslog(
            recorder.datastore, dossiers.klok, tabellen_aanmaken=tabellen_aanmaken
        )
    if isinstance(recorder, PostgresRecorder):
        return PostgresToegangslog(
            recorder.datastore, dossiers.klok, tabellen_aanmaken=tabellen_aanmaken
        )
    if isinstance(recorder, POPORecorder):
        return GeheugenToegangslog(recorder, dossiers.klok)
    msg = f"geen toegangslog voor opslag met recorder {type(recorder).__name__}"
    raise ConfiguratieError(msg)


__all__: Sequence[str] = (
    "TABEL",
    "GeheugenToegangslog",
    "PostgresToegangslog",
    "SQLiteToegangslog",
    "Toegangslog",
    "toegangslog_voor",
    "toepassing",
)
