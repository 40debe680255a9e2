"""Where medical notes are stored: their own table, written in the fact's transaction.

The table ``spoorwijzer_medisch`` sits beside the event table, never inside it: an export, a
bundle, the hash chain and the read models never contain medical details, and a database
administrator can give the table its own privileges (PostgreSQL: ``REVOKE ALL ON
spoorwijzer_medisch FROM <reporting role>``) or its own retention.  The classes here implement
the port :class:`domain.poorten.MedischeOpslag`: a note's insert is a meeschrijver that the
recorder runs inside the transaction that inserts the fact's event, so a fact and its note are
stored together or not at all.  The recorders of :mod:`adapters.opslag.overzicht` create the
table with the event table.

See :mod:`domain.medisch` for why.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID
from weakref import WeakKeyDictionary

import orjson
from eventsourcing.popo import POPORecorder
from eventsourcing.postgres import PostgresDatastore, PostgresRecorder
from eventsourcing.sqlite import SQLiteDatastore, SQLiteRecorder
from psycopg.sql import SQL, Composed, Identifier

from adapters.opslag.instellingen import ConfiguratieError
from domain.medisch import MedischeAantekening, MedischeGegevens
from domain.poorten import MedischeOpslag, Meeschrijver

TABEL_MEDISCH = "spoorwijzer_medisch"

SQLITE_TABEL = (
    f"CREATE TABLE IF NOT EXISTS {TABEL_MEDISCH} (dossier_id TEXT NOT NULL, "
    "positie INTEGER NOT NULL, type TEXT NOT NULL, datum TEXT NOT NULL, gegevens TEXT NOT NULL, "
    "vastgelegd_door TEXT NOT NULL, vastgelegd_op TEXT NOT NULL, sha256 TEXT NOT NULL, "
    "PRIMARY KEY (dossier_id, positie))"
)
SQLITE_INVOEGEN = f"INSERT INTO {TABEL_MEDISCH} VALUES (?,?,?,?,?,?,?,?)"  # noqa: S608
SQLITE_SELECTEER = (
    "SELECT dossier_id, positie, type, datum, gegevens, vastgelegd_door, vastgelegd_op, sha256 "  # noqa: S608
    f"FROM {TABEL_MEDISCH} WHERE dossier_id = ? ORDER BY positie"
)


def postgres_tabel(schema: str) -> Composed:
    """The PostgreSQL table in ``schema``."""
    return SQL(
        "CREATE TABLE IF NOT EXISTS {schema}.{tabel} (dossier_id uuid NOT NULL, "
        "positie bigint NOT NULL, type text NOT NULL, datum date NOT NULL, "
        "gegevens text NOT NULL, vastgelegd_door text NOT NULL, "
        "vastgelegd_op timestamptz NOT NULL, sha256 text NOT NULL, "
        "PRIMARY KEY (dossier_id, positie))"
    ).format(schema=Identifier(schema), tabel=Identifier(TABEL_MEDISCH))


def postgres_invoegen(schema: str) -> Composed:
    """Insert one note (eight parameters)."""
    return SQL("INSERT INTO {schema}.{tabel} VALUES (%s, %s, %s, %s, %s, %s, %s, %s)").format(
        schema=Identifier(schema), tabel=Identifier(TABEL_MEDISCH)
    )


def postgres_selecteer(schema: str) -> Composed:
    """A dossier's notes in position order (one parameter: the dossier id)."""
    return SQL(
        "SELECT dossier_id, positie, type, datum, gegevens, vastgelegd_door, vastgelegd_op, "
        "sha256 FROM {schema}.{tabel} WHERE dossier_id = %s ORDER BY positie"
    ).format(schema=Identifier(schema), tabel=Identifier(TABEL_MEDISCH))


def sqlite_rijen(aantekeningen: Iterable[MedischeAantekening]) -> list[tuple[Any, ...]]:
    """Row values for SQLite."""
    return [
        (
            a.dossier_id.hex,
            a.positie,
            a.type_naam,
            a.datum.isoformat(),
            orjson.dumps(a.gegevens.als_json()).decode(),
            a.vastgelegd_door,
            a.vastgelegd_op.isoformat(),
            a.sha256,
        )
        for a in aantekeningen
    ]


def postgres_rijen(aantekeningen: Iterable[MedischeAantekening]) -> list[tuple[Any, ...]]:
    """Row values for PostgreSQL (native uuid, date and timestamptz)."""
    return [
        (
            a.dossier_id,
            a.positie,
            a.type_naam,
            a.datum,
            orjson.dumps(a.gegevens.als_json()).decode(),
            a.vastgelegd_door,
            a.vastgelegd_op,
            a.sha256,
        )
        for a in aantekeningen
    ]


Opgeslagen = tuple[MedischeAantekening, str]
"""A note as read back, with the SHA-256 stored beside it (compare with ``note.sha256``)."""


def aantekening_uit(rij: Sequence[Any]) -> Opgeslagen:
    """A note and its stored hash from a row (SQLite text or PostgreSQL native values)."""
    dossier_id, positie, type_naam, datum, gegevens, door, op, sha = rij[:8]
    aantekening = MedischeAantekening(
        dossier_id=dossier_id if isinstance(dossier_id, UUID) else UUID(str(dossier_id)),
        positie=int(positie),
        type_naam=str(type_naam),
        datum=datum if isinstance(datum, date) else date.fromisoformat(str(datum)),
        gegevens=MedischeGegevens.model_validate(orjson.loads(gegevens)),
        vastgelegd_door=str(door),
        vastgelegd_op=op if isinstance(op, datetime) else datetime.fromisoformat(str(op)),
    )
    return aantekening, str(sha)


# -- the port, per store ------------------------------------------------------------------------

# One list per in-memory recorder: every reader of the same store sees the same notes, and the
# notes disappear with the store.
_GEHEUGEN: WeakKeyDictionary[object, list[Opgeslagen]] = WeakKeyDictionary()
_GEHEUGEN_SLOT = threading.Lock()


class GeheugenMedisch:
    """The medical notes of the in-memory store."""

    def __init__(self, recorder: object) -> None:
        with _GEHEUGEN_SLOT:
            self._notities = _GEHEUGEN.setdefault(recorder, [])

    def meeschrijver(self, aantekening: MedischeAantekening) -> Meeschrijver:
        """Keep the note when the in-memory save runs this."""

        def schrijf(_: object) -> None:
            with _GEHEUGEN_SLOT:
                self._notities.append((aantekening, aantekening.sha256))

        return schrijf

    def aantekeningen(self, dossier_id: UUID) -> list[Opgeslagen]:
        """A dossier's notes in position order, each with its stored hash."""
        with _GEHEUGEN_SLOT:
            gevonden = [n for n in self._notities if n[0].dossier_id == dossier_id]
        return sorted(gevonden, key=lambda n: n[0].positie)


class SQLiteMedisch:
    """The medical notes in the table ``spoorwijzer_medisch`` of the store's SQLite file."""

    def __init__(self, datastore: SQLiteDatastore) -> None:
        self._datastore = datastore

    def meeschrijver(self, aantekening: MedischeAantekening) -> Meeschrijver:
        """An INSERT of the note on the save's cursor."""
        [rij] = sqlite_rijen([aantekening])
        return lambda c: c.execute(SQLITE_INVOEGEN, rij)

    def aantekeningen(self, dossier_id: UUID) -> list[Opgeslagen]:
        """A dossier's notes in position order, each with its stored hash."""
        with self._datastore.transaction(commit=False) as c:
            c.execute(SQLITE_SELECTEER, (dossier_id.hex,))
            return [aantekening_uit(tuple(r)) for r in c.fetchall()]


class PostgresMedisch:
    """The medical notes in the table ``spoorwijzer_medisch`` of the store's PostgreSQL schema."""

    def __init__(self, datastore: PostgresDatastore) -> None:
        self._datastore = datastore
        self._invoegen = postgres_invoegen(datastore.schema)
        self._selecteer = postgres_selecteer(datastore.schema)

    def meeschrijver(self, aantekening: MedischeAantekening) -> Meeschrijver:
        """An INSERT of the note on the save's cursor."""
        [rij] = postgres_rijen([aantekening])
        invoegen = self._invoegen
        return lambda c: c.execute(invoegen, rij)

    def aantekeningen(self, dossier_id: UUID) -> list[Opgeslagen]:
        """A dossier's notes in position order, each with its stored hash."""
        with self._datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(self._selecteer, (dossier_id,))
            return [aantekening_uit(tuple(r.values())) for r in curs.fetchall()]


def medische_opslag_voor(recorder: object) -> MedischeOpslag:
    """The medical notes kept next to the dossiers of the store with this recorder."""
    if isinstance(recorder, SQLiteRecorder):
        return SQLiteMedisch(recorder.datastore)
    if isinstance(recorder, PostgresRecorder):
        return PostgresMedisch(recorder.datastore)
    if isinstance(recorder, POPORecorder):
        return GeheugenMedisch(recorder)
    msg = f"geen opslag voor medische aantekeningen bij recorder {type(recorder).__name__}"
    raise ConfiguratieError(msg)


__all__ = [
    "SQLITE_TABEL",
    "TABEL_MEDISCH",
    "GeheugenMedisch",
    "Opgeslagen",
    "PostgresMedisch",
    "SQLiteMedisch",
    "aantekening_uit",
    "medische_opslag_voor",
    "postgres_tabel",
]
