"""The live signalen projection on PostgreSQL: eventsourcing's projection machinery, exactly once.

What it keeps
-------------
Table ``spoorwijzer_signalen`` holds one row per dossier in the shape of the read model
(:class:`adapters.opslag.overzicht.Overzichtsrij`: version, werknemer, werkgever and the
deadline facts with their obligations as of the last fact), so the ``signalen`` query filters by
employer in SQL and recomputes only what the peildatum changes, with the real deadline engine.

How it stays current
--------------------
A :class:`Signalenprojectie` follows the application's event sequence through an
``ApplicationSubscription`` (PostgreSQL ``LISTEN/NOTIFY``), run by :class:`Signalenrunner`
in a thread (``spoorwijzer serve`` starts one) or in its own worker (``spoorwijzer projecties
draai``).  For each event it reads the dossier as it now stands and writes its row *and* the
tracking record (``spoorwijzer_signalen_tracking``: the last notification id processed) in one
transaction.  So after a crash the projection resumes after the last notification whose row was
committed, and never applies one twice: the library's single-row tracking refuses a notification
id that is not beyond the recorded one, which rolls the row back with it.  The row update is
idempotent too (a row is replaced only by a higher dossier version), so a second runner on the
same view, racing for the same notification, loses harmlessly.

SQLite has no subscriptions (tech notes d): there the same query is computed on demand from the
read model that is written in each save's transaction.

``spoorwijzer projecties herbouw`` empties the table and the tracking record and replays the whole
sequence in pages (stop running runners first); ``projecties bij`` catches up from the tracking
record; ``projecties status`` shows how far behind the projection is.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.persistence import InfrastructureFactory, IntegrityError, Tracking
from eventsourcing.postgres import PostgresTrackingRecorder
from eventsourcing.projection import BaseProjectionRunner, Projection
from eventsourcing.utils import Environment
from psycopg.sql import SQL, Identifier

from adapters.klok import SysteemKlok
from adapters.opslag.dossierbestand import Dossierbestand, signalen_uit
from adapters.opslag.instellingen import Instellingen
from adapters.opslag.overzicht import (
    Overzichtsrij,
    PostgresRijtabel,
    rij_voor,
    rijen_uit_postgres,
)
from domain.fouten import DossierNietGevondenError
from domain.signalen import Signaal
from domain.verzuimdossier import Verzuimdossier, projecteer

NAAM = "spoorwijzer_signalen"
"""The projection's name: its view table, and the prefix of its tracking table."""

PAGINA = 500
"""Notifications per transaction when rebuilding or catching up."""

BEKENDE_DOSSIERS = 5_000
"""Dossiers a runner keeps in memory to apply the next event to (least recently used out)."""


class GeenProjectiesError(RuntimeError):
    """The store cannot feed projections (SQLite, memory): the query is computed on demand."""


class SignalenView(PostgresTrackingRecorder):
    """The projection's table plus the library's tracking table, written in one transaction."""

    def __init__(self, datastore: Any, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        tabel = PostgresRijtabel(self.datastore.schema, NAAM)
        namen = tabel.namen
        self.sql_create_statements.extend(
            [
                tabel.maak,
                SQL("CREATE INDEX IF NOT EXISTS {index} ON {schema}.{tabel} (werkgever)").format(
                    index=Identifier(f"{NAAM}_werkgever"), **namen
                ),
            ]
        )
        self._upsert = tabel.upsert
        self._kolommen = tabel.selecteer
        self._versie = SQL("SELECT versie FROM {schema}.{tabel} WHERE dossier_id = %s").format(
            **namen
        )
        self._leeg = [
            SQL("TRUNCATE {schema}.{tabel}").format(**namen),
            SQL("DELETE FROM {schema}.{tracking}").format(
                schema=namen["schema"], tracking=Identifier(self.tracking_table_name)
            ),
        ]

    def werk_bij(self, rijen: Sequence[Overzichtsrij], tracking: Tracking) -> None:
        """Write the rows and the tracking record in one transaction (or neither)."""
        with self.datastore.transaction(commit=True) as curs:
            if rijen:
                curs.executemany(self._upsert, [rij.als_tuple() for rij in rijen])
            self._insert_tracking(curs, tracking)

    def versie(self, dossier_id: UUID) -> int | None:
        """The dossier version the projection shows (None: not yet projected)."""
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(self._versie, (dossier_id,))
            rij = curs.fetchone()
        return None if rij is None else int(rij["versie"])

    def leeg(self) -> None:
        """Remove every row and the tracking records, in one transaction."""
        with self.datastore.transaction(commit=True) as curs:
            for statement in self._leeg:
                curs.execute(statement)

    def rijen(self, werkgevers: Collection[str] | None = None) -> Iterator[Overzichtsrij]:
        """The projected rows, of ``werkgevers`` only when given."""
        query = self._kolommen
        parameters: tuple[Any, ...] = ()
        if werkgevers is not None:
            query = query + SQL(" WHERE werkgever = ANY(%s)")
            parameters = (list(werkgevers),)
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(query, parameters)
            gevonden = curs.fetchall()
        yield from rijen_uit_postgres(gevonden)

    def signalen(
        self, peildatum: date, binnen_dagen: int, werkgevers: Collection[str] | None = None
    ) -> list[Signaal]:
        """What is overdue or due within ``binnen_dagen`` on ``peildatum``, most urgent first."""
        return signalen_uit(self.rijen(werkgevers), peildatum, binnen_dagen)


class Gevolgd(Dossierbestand):
    """The application the projection reads (the system clock: it records nothing)."""

    name = Dossierbestand.name  # the same event table and the same tracking name

    def __init__(self, env: dict[str, str] | None = None) -> None:
        super().__init__(env, klok=SysteemKlok())


class Signalenprojectie(Projection[SignalenView]):
    """Keeps a dossier's row current whenever one of its events is recorded."""

    name = NAAM
    topics = ()

    def __init__(self, view: SignalenView, bron: Dossierbestand) -> None:
        super().__init__(view)
        self.bron = bron
        self._bekend: OrderedDict[UUID, Verzuimdossier] = OrderedDict()

    def _dossier(self, gebeurtenis: Any) -> Verzuimdossier:
        """The event's dossier at least as new as the event.

        The dossiers seen last are kept (:data:`BEKENDE_DOSSIERS`); the next event of such a
        dossier is applied to it, as a replay would, instead of reading the whole stream again.
        Anything else (a gap, an unknown dossier) is read from the store.
        """
        dossier = self._bekend.pop(gebeurtenis.originator_id, None)
        if dossier is not None and dossier.version == gebeurtenis.originator_version - 1:
            dossier = projecteer(dossier, [gebeurtenis])
        elif dossier is None or dossier.version < gebeurtenis.originator_version:
            dossier = self.bron.dossier(gebeurtenis.originator_id)
        assert dossier is not None
        self._bekend[dossier.id] = dossier
        if len(self._bekend) > BEKENDE_DOSSIERS:
            self._bekend.popitem(last=False)
        return dossier

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        """Project the dossier as it stands now; skip a notification another runner took.

        A row that already shows this event's version (its dossier was read after later events
        were stored, as during an import) is kept; only the tracking record moves.  So an import
        of n events costs one replay, not n.
        """
        rijen: list[Overzichtsrij] = []
        getoond = self.view.versie(domain_event.originator_id)
        if getoond is None or getoond < domain_event.originator_version:
            # A missing dossier cannot happen (only dossiers are stored); project nothing then.
            with contextlib.suppress(DossierNietGevondenError):
                rijen = [rij_voor(self._dossier(domain_event))]
        # IntegrityError: the tracking record is already at or beyond this notification;
        # another runner (or a catch-up) committed it, with a row at least this new.
        with contextlib.suppress(IntegrityError):
            self.view.werk_bij(rijen, tracking)


def _env(instellingen: Instellingen) -> dict[str, str]:
    if not instellingen.ondersteunt_projecties:
        raise GeenProjectiesError(
            f"projecties draaien alleen op PostgreSQL; deze opslag is {instellingen.beschrijving()}"
            " en berekent de signalen bij elke vraag uit het overzicht"
        )
    return instellingen.eventsourcing_env()


def open_view(instellingen: Instellingen) -> SignalenView:
    """The projection's view on the PostgreSQL store of ``instellingen``."""
    omgeving = Environment(NAAM, {**os.environ, **_env(instellingen)})
    factory: Any = InfrastructureFactory.construct(env=omgeving)
    view: SignalenView = factory.tracking_recorder(SignalenView)
    return view


class Signalenrunner(BaseProjectionRunner[Gevolgd]):
    """Runs :class:`Signalenprojectie` in a thread, following new events as they are recorded.

    It first catches up from the tracking record in pages (:func:`bij`), then subscribes.  Use as
    a context manager (stops and joins on exit); :meth:`run_forever` blocks and re-raises an
    error of the processing thread.
    """

    def __init__(self, instellingen: Instellingen) -> None:
        env = _env(instellingen)
        self.view = open_view(instellingen)
        self.bron = Gevolgd(env)
        self.projection = Signalenprojectie(self.view, self.bron)
        # Catch up in pages first (fast after a long stop or on an empty view), then follow.
        self.hervat_na: int = self.view.max_tracking_id(self.bron.name) or 0
        """The last notification the projection had processed when this runner started."""
        self.ingehaald = 0
        """Notifications processed by the catch-up before subscribing."""
        with contextlib.suppress(IntegrityError):
            self.ingehaald = bij(self.view, self.bron)
        super().__init__(
            projection=self.projection,
            application_class=Gevolgd,
            tracking_recorder=self.view,
            topics=(),
            env=env,
        )

    def __exit__(self, *args: Any) -> None:
        try:
            super().__exit__(*args)
        finally:
            self.bron.close()


@dataclass(frozen=True, slots=True)
class Stand:
    """How far the projection is: the last notification processed, and the last recorded."""

    verwerkt: int
    laatste: int
    dossiers: int

    @property
    def achterstand(self) -> int:
        """Notifications recorded but not yet projected (0: current)."""
        return max(0, self.laatste - self.verwerkt)


def stand(view: SignalenView, bron: Dossierbestand) -> Stand:
    """The projection's position against the event sequence."""
    laatste = bron.recorder.max_notification_id() or 0
    verwerkt = view.max_tracking_id(bron.name) or 0
    return Stand(verwerkt=verwerkt, laatste=laatste, dossiers=sum(1 for _ in view.rijen()))


def bij(
    view: SignalenView,
    bron: Dossierbestand,
    voortgang: Callable[[int], None] | None = None,
) -> int:
    """Project every notification after the tracking record, a page per transaction.

    Each page writes the rows of the dossiers it touches (as they now stand) and the page's last
    notification id together.  Returns the number of notifications processed.  Raises
    ``IntegrityError`` when another runner moved the tracking record meanwhile.
    """
    verwerkt = 0
    start = (view.max_tracking_id(bron.name) or 0) + 1
    while True:
        pagina = bron.recorder.select_notifications(start, PAGINA)
        if not pagina:
            return verwerkt
        ids = list(dict.fromkeys(UUID(str(n.originator_id)) for n in pagina))
        rijen = [rij_voor(bron.dossier(dossier_id)) for dossier_id in ids]
        view.werk_bij(rijen, Tracking(bron.name, pagina[-1].id))
        verwerkt += len(pagina)
        if voortgang is not None:
            voortgang(len(pagina))
        start = pagina[-1].id + 1


def herbouw(
    view: SignalenView,
    bron: Dossierbestand,
    voortgang: Callable[[int], None] | None = None,
) -> int:
    """Empty the projection and project the whole sequence again; returns notifications done."""
    view.leeg()
    return bij(view, bron, voortgang)


def actuele_signalen(
    instellingen: Instellingen,
    bron: Dossierbestand,
    peildatum: date,
    binnen_dagen: int,
    werkgevers: Collection[str] | None = None,
) -> list[Signaal]:
    """The signals from the projection after catching it up (for one-off commands).

    When a running runner is catching up at the same time, wait for it (5 s at most) instead.
    """
    view = open_view(instellingen)
    try:
        try:
            bij(view, bron)
        except IntegrityError:
            wacht_op(view, bron, bron.recorder.max_notification_id() or 0, 5.0)
        return view.signalen(peildatum, binnen_dagen, werkgevers)
    finally:
        view.datastore.close()


def wacht_op(view: SignalenView, bron: Dossierbestand, notificatie: int, tijd: float) -> bool:
    """Poll (1 ms) until the projection has processed ``notificatie``; False after ``tijd`` s.

    The library's ``wait()`` starts with a 100 ms sleep (tech notes k), too coarse for
    read-your-writes.
    """
    einde = time.monotonic() + tijd
    while not view.has_tracking_id(bron.name, notificatie):
        if time.monotonic() > einde:
            return False
        time.sleep(0.001)
    return True


__all__ = [
    "NAAM",
    "GeenProjectiesError",
    "Gevolgd",
    "SignalenView",
    "Signalenprojectie",
    "Signalenrunner",
    "Stand",
    "actuele_signalen",
    "bij",
    "herbouw",
    "open_view",
    "stand",
    "wacht_op",
]
