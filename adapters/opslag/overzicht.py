"""A read model of every dossier's deadline facts, written in the same transaction as its events.

``signalen`` over thousands of dossiers cannot afford to replay every event
stream, so each save also upserts one row per dossier: its version, employee,
employer and the facts the deadline engine reads (``domain.termijnen.TERMIJN_TYPES``),
as compact JSON.  The row is written by a recorder subclass inside the
transaction that inserts the events, so it is never ahead of or behind them.
The obligations themselves are always recomputed from these facts by the real
deadline engine, for the peildatum asked.

The same transaction runs what a save passes as ``meeschrijven`` (writes on the save's cursor:
an access-log entry, a medical note; :data:`domain.poorten.Meeschrijver`), so a fact, its note
and its log entry commit together.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, NamedTuple
from uuid import UUID

import orjson
from eventsourcing.persistence import ApplicationRecorder, StoredEvent
from eventsourcing.popo import Factory as POPOFactory
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor
from psycopg.sql import SQL, Identifier

from adapters.opslag.mapper import _omzetter
from adapters.opslag.medisch import SQLITE_TABEL, postgres_tabel
from domain.feiten import Feit, json_waarde
from domain.gebeurtenissen import ALLE_TYPES, eigen_velden
from domain.regels import REGELS
from domain.termijnen import (
    TERMIJN_TYPES,
    TERMIJN_VELDEN,
    Verplichting,
    bereken_termijnen,
    is_signaal,
    op_latere_peildatum,
)
from domain.toepassing import Dossierkop
from domain.verzuimdossier import Verzuimdossier

TABEL = "spoorwijzer_overzicht"


class _Rij(NamedTuple):
    """A stored event as read back (duck-types ``eventsourcing.persistence.StoredEvent``)."""

    originator_id: UUID
    originator_version: int
    topic: str
    state: bytes


@dataclass(frozen=True, slots=True)
class Overzichtsrij(Dossierkop):
    """One dossier in the read model: its list row and its deadline facts."""

    feiten_json: str

    def feiten(self) -> list[Feit]:
        """The stored deadline facts as domain facts."""
        return lees_feiten(self.feiten_json)

    def signalen(self, peildatum: date, binnen_dagen: int) -> list[Verplichting]:
        """The obligations that are signals on ``peildatum``.

        Fast path: the row keeps the obligations as of its last fact's date; on any later
        peildatum only open/overdue can change (``op_latere_peildatum``).  Earlier peildata,
        and rows written before the obligations were kept, run the engine on the facts.
        """
        gegevens = orjson.loads(self.feiten_json)
        if isinstance(gegevens, dict) and peildatum >= date.fromisoformat(gegevens["tot"]):
            uit = []
            for regel, uiterste, status, voldaan_op, door, versie, uitleg, opm in gegevens["v"]:
                if status not in ("open", "verlopen"):
                    continue
                verplichting = op_latere_peildatum(
                    Verplichting(
                        regel,
                        date.fromisoformat(uiterste),
                        status,
                        date.fromisoformat(voldaan_op) if voldaan_op else None,
                        door,
                        versie,
                        REGELS[regel].bron,
                        uitleg,
                        tuple(opm),
                    ),
                    peildatum,
                )
                if is_signaal(verplichting, peildatum, binnen_dagen):
                    uit.append(verplichting)
            return uit
        return [
            v
            for v in bereken_termijnen(self.feiten(), peildatum).verplichtingen
            if is_signaal(v, peildatum, binnen_dagen)
        ]

    def als_tuple(self) -> tuple[str, int, str, str, str, str]:
        """Row values for SQL."""
        return (
            self.dossier_id.hex,
            self.versie,
            self.werknemer,
            self.werkgever,
            self.eerste_ziektedag.isoformat(),
            self.feiten_json,
        )


def rij_voor(dossier: Verzuimdossier) -> Overzichtsrij:
    """The read-model row for a dossier as it stands now."""
    feiten = [
        [
            f.positie,
            f.type_naam,
            f.datum.isoformat(),
            {
                k: json_waarde(v)
                for k, v in f.velden.items()
                if k in TERMIJN_VELDEN and v is not None
            },
        ]
        for f in dossier.feiten
        if f.type_naam in TERMIJN_TYPES
    ]
    tot = max(f.datum for f in dossier.feiten)
    verplichtingen = [
        [
            v.regel,
            v.uiterste_datum.isoformat(),
            v.status,
            v.voldaan_op.isoformat() if v.voldaan_op else None,
            v.voldaan_door,
            v.regelversie,
            v.uitleg,
            list(v.opmerkingen),
        ]
        for v in dossier.termijnen(tot).verplichtingen
    ]
    return Overzichtsrij(
        dossier_id=dossier.id,
        versie=dossier.version,
        werknemer=dossier.werknemer,
        werkgever=dossier.werkgever,
        eerste_ziektedag=dossier.eerste_ziektedag,
        feiten_json=orjson.dumps(
            {"f": feiten, "tot": tot.isoformat(), "v": verplichtingen}
        ).decode(),
    )


def rij_uit(waarden: Sequence[Any]) -> Overzichtsrij:
    """A row read back from SQL."""
    return Overzichtsrij(
        dossier_id=UUID(str(waarden[0])),
        versie=int(waarden[1]),
        werknemer=str(waarden[2]),
        werkgever=str(waarden[3]),
        eerste_ziektedag=date.fromisoformat(str(waarden[4])),
        feiten_json=str(waarden[5]),
    )


@cache
def _omzetters(type_naam: str) -> dict[str, Any]:
    cls = ALLE_TYPES[type_naam]
    hints = typing.get_type_hints(cls, include_extras=True)
    return {
        naam: omzetter
        for naam in eigen_velden(cls)
        if naam in TERMIJN_VELDEN and (omzetter := _omzetter(hints[naam])) is not None
    }


def lees_feiten(feiten_json: str | bytes) -> list[Feit]:
    """Domain facts from the read model's JSON."""
    feiten = []
    gegevens = orjson.loads(feiten_json)
    if isinstance(gegevens, dict):  # since 0.2: facts plus the obligations as of "tot"
        gegevens = gegevens["f"]
    for positie, type_naam, datum, velden in gegevens:
        if velden:
            for naam, omzetter in _omzetters(type_naam).items():
                waarde = velden.get(naam)
                if waarde is not None:
                    velden[naam] = omzetter(waarde)
        feiten.append(Feit(positie, type_naam, date.fromisoformat(datum), velden))
    return feiten


class HeeftOverzicht(typing.Protocol):
    """A recorder that keeps the read model."""

    def overzicht(self) -> Iterator[Overzichtsrij]:
        """Every dossier's row."""
        ...


class OverzichtPOPORecorder(POPOApplicationRecorder):
    """In-memory events plus the read model."""

    def __init__(self) -> None:
        super().__init__()
        self._overzicht: dict[UUID, Overzichtsrij] = {}

    def _update_table(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Any:
        resultaat = super()._update_table(stored_events, **kwargs)
        for rij in kwargs.get("overzicht", ()):
            self._overzicht[rij.dossier_id] = rij
        for schrijf in kwargs.get("meeschrijven", ()):
            schrijf(None)
        return resultaat

    def overzicht(self) -> Iterator[Overzichtsrij]:
        """Every dossier's row."""
        with self._database_lock:
            rijen = list(self._overzicht.values())
        yield from rijen


_SQLITE_UPSERT = (
    f"INSERT INTO {TABEL} VALUES (?,?,?,?,?,?) ON CONFLICT(dossier_id) DO UPDATE SET "  # noqa: S608
    "versie=excluded.versie, werknemer=excluded.werknemer, werkgever=excluded.werkgever, "
    "eerste_ziektedag=excluded.eerste_ziektedag, feiten=excluded.feiten "
    f"WHERE excluded.versie > {TABEL}.versie"
)


class OverzichtSQLiteRecorder(SQLiteApplicationRecorder):
    """SQLite events plus the read model, in one transaction."""

    def construct_create_table_statements(self) -> list[str]:
        """The events table and the read-model table."""
        return [
            *super().construct_create_table_statements(),
            f"CREATE TABLE IF NOT EXISTS {TABEL} (dossier_id TEXT PRIMARY KEY, "
            "versie INTEGER NOT NULL, werknemer TEXT NOT NULL, werkgever TEXT NOT NULL, "
            "eerste_ziektedag TEXT NOT NULL, feiten TEXT NOT NULL)",
            SQLITE_TABEL,
        ]

    def _insert_events(
        self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        if kwargs.get("bulk"):
            # A bulk import needs no notification ids back: one executemany, no
            # per-row round trip and no Recording objects in the event store.
            c.executemany(
                self.insert_events_statement,
                [
                    (s.originator_id.hex, s.originator_version, s.topic, s.state)  # type: ignore[union-attr]
                    for s in stored_events
                ],
            )
            resultaat = None
        else:
            resultaat = super()._insert_events(c, stored_events, **kwargs)
        rijen = [rij.als_tuple() for rij in kwargs.get("overzicht", ())]
        if rijen:
            c.executemany(_SQLITE_UPSERT, rijen)
        for schrijf in kwargs.get("meeschrijven", ()):
            schrijf(c)
        return resultaat

    def select_events(
        self,
        originator_id: UUID | str,
        *,
        gt: int | None = None,
        lte: int | None = None,
        desc: bool = False,
        limit: int | None = None,
    ) -> Sequence[StoredEvent]:
        """The library's query, converting the dossier id once instead of once per row."""
        oid = originator_id if isinstance(originator_id, UUID) else UUID(str(originator_id))
        statement = self.select_events_statement
        params: list[Any] = [oid.hex]
        if gt is not None:
            statement += "AND originator_version>? "
            params.append(gt)
        if lte is not None:
            statement += "AND originator_version<=? "
            params.append(lte)
        statement += "ORDER BY originator_version " + ("DESC " if desc else "ASC ")
        if limit is not None:
            statement += "LIMIT ? "
            params.append(limit)
        with self.datastore.transaction(commit=False) as c:
            c.execute(statement, params)
            rijen = c.fetchall()
        # A named tuple with StoredEvent's four attributes: the mapper reads only those,
        # and a tuple is three times cheaper to make than the library's frozen dataclass.
        return [_Rij(oid, rij[1], rij[2], rij[3]) for rij in rijen]  # type: ignore[misc]

    def rijen_vanaf(self, start: int, aantal: int) -> list[tuple[int, _Rij]]:
        """Stored events in recording order from notification id ``start`` (for full scans).

        Like ``select_notifications``, but each dossier id is converted once, not per row.
        """
        ids: dict[str, UUID] = {}
        with self.datastore.transaction(commit=False) as c:
            c.execute(
                f"SELECT rowid, originator_id, originator_version, topic, state FROM "  # noqa: S608
                f"{self.events_table_name} WHERE rowid >= ? ORDER BY rowid LIMIT ?",
                (start, aantal),
            )
            rijen = c.fetchall()
        uit = []
        for rij in rijen:
            oid = ids.get(rij[1])
            if oid is None:
                oid = ids[rij[1]] = UUID(rij[1])
            uit.append((rij[0], _Rij(oid, rij[2], rij[3], rij[4])))
        return uit

    def overzicht(self) -> Iterator[Overzichtsrij]:
        """Every dossier's row."""
        with self.datastore.transaction(commit=False) as c:
            c.execute(f"SELECT * FROM {TABEL}")  # noqa: S608
            rijen = c.fetchall()
        for waarden in rijen:
            yield rij_uit(tuple(waarden))


def rijen_voor(dossiers: Iterable[object]) -> list[Overzichtsrij]:
    """Read-model rows for the verzuimdossiers among saved objects."""
    return [rij_voor(d) for d in dossiers if isinstance(d, Verzuimdossier)]


class PostgresRijtabel:
    """The SQL of a PostgreSQL table of :class:`Overzichtsrij` rows (read model, projection).

    ``upsert`` replaces a row only by one of a higher dossier version, so writing the same or an
    older state again changes nothing.
    """

    def __init__(self, schema: str, tabel: str) -> None:
        namen = {"schema": Identifier(schema), "tabel": Identifier(tabel)}
        self.namen = namen
        self.maak = SQL(
            "CREATE TABLE IF NOT EXISTS {schema}.{tabel} (dossier_id uuid PRIMARY KEY, "
            "versie bigint NOT NULL, werknemer text NOT NULL, werkgever text NOT NULL, "
            "eerste_ziektedag date NOT NULL, feiten text NOT NULL)"
        ).format(**namen)
        self.upsert = SQL(
            "INSERT INTO {schema}.{tabel} VALUES (%s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (dossier_id) DO UPDATE SET versie = excluded.versie, "
            "werknemer = excluded.werknemer, werkgever = excluded.werkgever, "
            "eerste_ziektedag = excluded.eerste_ziektedag, feiten = excluded.feiten "
            "WHERE excluded.versie > {tabel}.versie"
        ).format(**namen)
        self.selecteer = SQL(
            "SELECT dossier_id, versie, werknemer, werkgever, eerste_ziektedag, feiten "
            "FROM {schema}.{tabel}"
        ).format(**namen)


def rijen_uit_postgres(gevonden: Iterable[Any]) -> Iterator[Overzichtsrij]:
    """Rows from a PostgreSQL query of :attr:`PostgresRijtabel.selecteer` (dict rows)."""
    for r in gevonden:
        yield rij_uit(
            (
                r["dossier_id"],
                r["versie"],
                r["werknemer"],
                r["werkgever"],
                r["eerste_ziektedag"],
                r["feiten"],
            )
        )


class OverzichtPostgresRecorder(PostgresApplicationRecorder):
    """PostgreSQL events plus the read model, in one transaction."""

    def __init__(self, datastore: Any, *, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name=events_table_name)
        tabel = PostgresRijtabel(self.datastore.schema, TABEL)
        self.sql_create_statements.append(tabel.maak)
        self._upsert = tabel.upsert
        self._selecteer = tabel.selecteer
        self.sql_create_statements.append(postgres_tabel(self.datastore.schema))

    def _insert_events(
        self, curs: Any, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> None:
        super()._insert_events(curs, stored_events, **kwargs)
        rijen = [rij.als_tuple() for rij in kwargs.get("overzicht", ())]
        if rijen:
            curs.executemany(self._upsert, rijen)
        for schrijf in kwargs.get("meeschrijven", ()):
            schrijf(curs)

    def overzicht(self) -> Iterator[Overzichtsrij]:
        """Every dossier's row."""
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(self._selecteer)
            rijen = curs.fetchall()
        yield from rijen_uit_postgres(rijen)


class GeheugenFactory(POPOFactory):
    """The in-memory store with the read-model recorder (the POPO factory has no recorder topic)."""

    def application_recorder(self) -> ApplicationRecorder:
        """An in-memory recorder that keeps the read model too."""
        return OverzichtPOPORecorder()
