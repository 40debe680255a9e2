"""SIGKILL of the service during bulk imports: whole dossiers or nothing, acknowledged ones kept.

Client threads post whole dossier files (``POST /dossiers/import``, JSON Lines) in a loop to a
real ``spoorwijzer serve`` on PostgreSQL.  Every file is the demo dossier
``01-hovenier-knie-taxichauffeur.jsonl`` with its own werknemer id and its own number of extra
``ContactGehad`` lines, so each stored dossier can be matched to the file it came from and a
partly stored one would have the wrong length.  Once enough imports are acknowledged, the test
waits until the service has a write transaction open in PostgreSQL and kills the service with
SIGKILL: no shutdown, requests in flight, connections cut.

What this proves, straight from the database and again through a restarted service:

* every dossier that is stored is complete: as many events as its file has lines, at
  versions 1..n, with a read-model row at version n (same transaction) and vice versa;
* every import that was acknowledged (201) is stored, under the id the 201 named;
* an import that was in flight at the kill is either stored whole or not at all;
* a new service on the same schema starts and exports every stored dossier in full;
* the live signalen projection (which the killed service ran) resumes after the last
  notification it had committed, as the new service reports, and then shows exactly the rows of
  the read model, and follows an import made after the restart.
"""

from __future__ import annotations

import itertools
import json
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.projectie import NAAM
from tests.service.conftest import (
    ALS_BEHEERDER,
    EVENTS_TABEL,
    OVERZICHT_TABEL,
    Dienst,
    Diensten,
    verbind,
)

SJABLOON = Path(__file__).parents[2] / "adapters" / "demo" / "01-hovenier-knie-taxichauffeur.jsonl"
IMPORTEURS = 3  # client threads posting imports
BESTANDEN = 1_000  # at most this many files; the kill comes long before
MIN_ERKEND = 30  # acknowledged imports before the kill
TRANSACTIE_TIMEOUT = 15.0  # how long to look for an open write transaction before killing anyway
TIMEOUT = 60.0

PROJECTIE = NAAM
APPLICATIE = Dossierbestand.name

pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Bestand:
    """One dossier file to import."""

    werknemer: str
    inhoud: bytes
    regels: int


def maak_bestanden(aantal: int) -> list[Bestand]:
    """Files from the template, each with its own werknemer and 0-599 extra contact lines."""
    sjabloon = [json.loads(r) for r in SJABLOON.read_text(encoding="utf-8").splitlines() if r]
    eerste = date.fromisoformat(sjabloon[0]["eerste_ziektedag"])
    bestanden = []
    for n in range(aantal):
        werknemer = f"W-CRASH-{n:04d}"
        regels = [dict(sjabloon[0], werknemer=werknemer), *sjabloon[1:]]
        regels += [
            {
                "type": "ContactGehad",
                "datum": (eerste + timedelta(days=1 + k % 700)).isoformat(),
                "met": "werknemer",
                "toelichting": f"{werknemer} extra {k}",
            }
            for k in range((n * 211) % 600)
        ]
        inhoud = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in regels)
        bestanden.append(Bestand(werknemer, inhoud.encode("utf-8"), len(regels)))
    return bestanden


@dataclass
class Importlus:
    """Client threads that import files until told to stop; what happened to each file."""

    dienst: Dienst
    bestanden: list[Bestand]
    gedood: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)
    slot: threading.Lock = field(default_factory=threading.Lock)
    erkend: dict[str, tuple[str, int]] = field(default_factory=dict)  # werknemer -> (id, versie)
    onderweg: set[str] = field(default_factory=set)
    afgebroken: dict[str, str] = field(default_factory=dict)  # werknemer -> transport error
    anders: list[tuple[str, int, str]] = field(default_factory=list)
    te_vroeg: list[tuple[str, str]] = field(default_factory=list)  # errors before the kill
    draden: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._volgende = itertools.count()

    def start(self, aantal: int) -> None:
        for i in range(aantal):
            draad = threading.Thread(target=self._lus, name=f"importeur-{i}", daemon=True)
            draad.start()
            self.draden.append(draad)

    def _lus(self) -> None:
        with self.dienst.client(timeout=TIMEOUT) as client:
            while not self.stop.is_set():
                with self.slot:
                    n = next(self._volgende)
                if n >= len(self.bestanden):
                    return
                bestand = self.bestanden[n]
                with self.slot:
                    self.onderweg.add(bestand.werknemer)
                try:
                    antwoord = client.post(
                        "/dossiers/import",
                        content=bestand.inhoud,
                        headers={"Content-Type": "application/x-ndjson", **ALS_BEHEERDER},
                    )
                except httpx.TransportError as fout:
                    with self.slot:
                        self.onderweg.discard(bestand.werknemer)
                        self.afgebroken[bestand.werknemer] = repr(fout)
                        if not self.gedood.is_set():
                            self.te_vroeg.append((bestand.werknemer, repr(fout)))
                    return  # the service is gone
                with self.slot:
                    self.onderweg.discard(bestand.werknemer)
                    if antwoord.status_code == 201:
                        gegevens = antwoord.json()
                        self.erkend[bestand.werknemer] = (
                            str(gegevens["dossier_id"]),
                            int(gegevens["versie"]),
                        )
                    else:
                        self.anders.append(
                            (bestand.werknemer, antwoord.status_code, antwoord.text[:500])
                        )

    def aantal_erkend(self) -> int:
        with self.slot:
            return len(self.erkend)

    def wacht(self) -> None:
        for draad in self.draden:
            draad.join(timeout=TIMEOUT)
        levend = [d.name for d in self.draden if d.is_alive()]
        assert not levend, f"importeurs hangen na de kill: {levend}"


def open_schrijftransactie(omgeving: dict[str, str], appnaam: str, timeout: float) -> bool:
    """Wait until the service has a transaction open that has written (an import underway)."""
    einde = time.monotonic() + timeout
    with verbind(omgeving) as verbinding:
        while time.monotonic() < einde:
            rij = verbinding.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE application_name = %s AND backend_xid IS NOT NULL",
                (appnaam,),
            ).fetchone()
            if rij and rij[0]:
                return True
    return False


def wacht_tot_verbindingen_weg(omgeving: dict[str, str], appnaam: str) -> None:
    """After the kill: wait until PostgreSQL has ended the dead service's sessions."""
    einde = time.monotonic() + TIMEOUT
    with verbind(omgeving) as verbinding:
        while True:
            rij = verbinding.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (appnaam,)
            ).fetchone()
            if not rij or not rij[0]:
                return
            assert time.monotonic() < einde, f"{rij[0]} sessies van de gedode dienst blijven"
            time.sleep(0.05)


def projectie_gelijk_aan_leesmodel(omgeving: dict[str, str], timeout: float = 30.0) -> None:
    """Wait until the projection has processed every notification; then it equals the read model."""
    einde = time.monotonic() + timeout
    with verbind(omgeving) as verbinding:
        while True:
            laatste = verbinding.execute(f"SELECT max(notification_id) FROM {EVENTS_TABEL}")
            verwerkt = verbinding.execute(
                f"SELECT notification_id FROM {PROJECTIE}_tracking WHERE application_name = %s",
                (APPLICATIE,),
            )
            doel, stand = laatste.fetchone(), verwerkt.fetchone()
            if stand is not None and doel is not None and stand[0] >= doel[0]:
                break
            assert time.monotonic() < einde, f"projectie op {stand}, opslag op {doel}"
            time.sleep(0.05)
        rijen = [
            {
                str(r[0]): (int(r[1]), str(r[2]))
                for r in verbinding.execute(
                    f"SELECT dossier_id, versie, feiten FROM {tabel}"
                ).fetchall()
            }
            for tabel in (PROJECTIE, OVERZICHT_TABEL)
        ]
    assert rijen[0] == rijen[1], "de projectie wijkt af van het leesmodel"


def test_sigkill_tijdens_imports_laat_alleen_hele_dossiers_achter(diensten: Diensten) -> None:
    begin = time.monotonic()
    bestanden = maak_bestanden(BESTANDEN)
    regels_van = {b.werknemer: b.regels for b in bestanden}
    omgeving = diensten.omgeving
    appnaam = f"crash-{omgeving['POSTGRES_SCHEMA']}"  # marks the service's database sessions
    dienst = diensten.start({"PGAPPNAME": appnaam})

    lus = Importlus(dienst, bestanden)
    try:
        lus.start(IMPORTEURS)
        klaar_tot = time.monotonic() + TIMEOUT
        while lus.aantal_erkend() < MIN_ERKEND:
            assert not lus.anders, f"import geweigerd: {lus.anders[:3]}"
            assert not lus.te_vroeg, f"verbinding verbroken voor de kill: {lus.te_vroeg[:3]}"
            assert time.monotonic() < klaar_tot, f"geen {MIN_ERKEND} imports binnen {TIMEOUT} s"
            assert dienst.leeft(), dienst.logstaart()
            time.sleep(0.01)
        midden_in_transactie = open_schrijftransactie(omgeving, appnaam, TRANSACTIE_TIMEOUT)
        with lus.slot:
            lus.gedood.set()
            dienst.doden()
            onderweg_bij_kill = set(lus.onderweg)
            erkend_bij_kill = len(lus.erkend)
    finally:
        lus.stop.set()
        dienst.doden()
        lus.wacht()

    assert dienst.proces.returncode == -signal.SIGKILL, f"niet gedood: {dienst.proces}"
    assert not lus.anders, f"imports geweigerd (werknemer, status, tekst): {lus.anders[:3]}"
    assert not lus.te_vroeg, f"verbindingen verbroken voor de kill: {lus.te_vroeg[:3]}"
    assert onderweg_bij_kill, "geen import onderweg op het moment van de kill"
    for werknemer, (_, versie) in lus.erkend.items():
        assert versie == regels_van[werknemer], (
            f"{werknemer}: 201 met versie {versie}, bestand van {regels_van[werknemer]} regels"
        )

    # -- straight from the database, once PostgreSQL has ended the dead sessions ----------
    wacht_tot_verbindingen_weg(omgeving, appnaam)
    with verbind(omgeving) as verbinding:
        events = {
            str(r[0]): (int(r[1]), int(r[2]), int(r[3]))
            for r in verbinding.execute(
                "SELECT originator_id::text, count(*), min(originator_version), "
                f"max(originator_version) FROM {EVENTS_TABEL} GROUP BY originator_id"
            ).fetchall()
        }
        overzicht = {
            str(r[0]): (str(r[1]), int(r[2]))
            for r in verbinding.execute(
                f"SELECT dossier_id::text, werknemer, versie FROM {OVERZICHT_TABEL}"
            ).fetchall()
        }
    assert set(events) == set(overzicht), (
        f"events zonder leesmodelrij: {sorted(set(events) - set(overzicht))}; "
        f"leesmodelrijen zonder events: {sorted(set(overzicht) - set(events))}"
    )
    werknemers = [werknemer for werknemer, _ in overzicht.values()]
    dubbel = sorted(w for w in set(werknemers) if werknemers.count(w) > 1)
    assert not dubbel, f"bestanden staan er twee keer in: {dubbel}"
    onvolledig = {}
    for dossier, (aantal, laagste, hoogste) in events.items():
        werknemer, versie = overzicht[dossier]
        verwacht = regels_van.get(werknemer)
        if (aantal, laagste, hoogste, versie) != (verwacht, 1, verwacht, verwacht):
            onvolledig[dossier] = (werknemer, verwacht, aantal, laagste, hoogste, versie)
    assert not onvolledig, (
        "onvolledig opgeslagen, dossier: (werknemer, regels in bestand, events, min versie, "
        f"max versie, versie leesmodel): {onvolledig}"
    )
    id_van = {werknemer: dossier for dossier, (werknemer, _) in overzicht.items()}
    kwijt = {
        werknemer: dossier_id
        for werknemer, (dossier_id, _) in lus.erkend.items()
        if id_van.get(werknemer) != dossier_id
    }
    assert not kwijt, f"erkend (201) maar niet (onder dat id) opgeslagen: {kwijt}"

    with verbind(omgeving) as verbinding:
        rij = verbinding.execute(
            f"SELECT notification_id FROM {PROJECTIE}_tracking WHERE application_name = %s",
            (APPLICATIE,),
        ).fetchone()
    hervat_na = int(rij[0]) if rij else 0

    # -- a new service on the same schema exports every dossier in full ------------------
    opnieuw = diensten.start()
    assert f"hervat na notificatie {hervat_na}," in opnieuw.logstaart(200), opnieuw.logstaart()
    projectie_gelijk_aan_leesmodel(omgeving)
    with opnieuw.client(timeout=TIMEOUT) as client:
        for dossier, (werknemer, _) in overzicht.items():
            antwoord = client.get(f"/dossiers/{dossier}/export")
            assert antwoord.status_code == 200, f"export {dossier}: {antwoord.text}"
            regels: list[dict[str, Any]] = [
                json.loads(r) for r in antwoord.text.splitlines() if r.strip()
            ]
            assert len(regels) == regels_van[werknemer], (
                f"{dossier} ({werknemer}): export {len(regels)} regels, "
                f"bestand {regels_van[werknemer]}"
            )
            assert regels[0]["werknemer"] == werknemer, regels[0]
        nog_een = maak_bestanden(BESTANDEN + 1)[-1]  # never imported: the kill came first
        assert nog_een.werknemer not in id_van
        antwoord = client.post(
            "/dossiers/import",
            content=nog_een.inhoud,
            headers={"Content-Type": "application/x-ndjson", **ALS_BEHEERDER},
        )
        assert antwoord.status_code == 201, antwoord.text
        projectie_gelijk_aan_leesmodel(omgeving)
    assert opnieuw.stoppen(), f"exit {opnieuw.proces.returncode}:\n{opnieuw.logstaart()}"

    opgeslagen_onderweg = sorted(w for w in onderweg_bij_kill if w in id_van)
    print(
        f"\n{len(lus.erkend)} imports erkend ({erkend_bij_kill} bij de kill), "
        f"{len(onderweg_bij_kill)} onderweg bij de kill, waarvan {len(opgeslagen_onderweg)} "
        f"toch heel opgeslagen; {len(overzicht)} dossiers, "
        f"{sum(a for a, _, _ in events.values())} events in de database; "
        f"schrijftransactie open bij de kill: {'ja' if midden_in_transactie else 'nee'}; "
        f"projectie hervat na notificatie {hervat_na}; "
        f"test totaal {time.monotonic() - begin:.1f} s"
    )
