"""Concurrent writers through the real service: nothing lost, doubled or misplaced.

Eight writer *processes* (``schrijver.py``, httpx) each record 1,000 facts (``ContactGehad``
with a unique marker in ``toelichting``) over HTTP into dossiers they share with another
writer.  Every request carries ``If-Match`` with the version that writer last saw: the
``versie`` of its own previous 201, or the ETag of a GET after a 409.  A fact that gets a
409 is not retried (its marker must never be stored).  The service runs as two real
``spoorwijzer serve`` processes on one PostgreSQL schema (created by ``spoorwijzer db init``,
served with ``CREATE_TABLE=n``), and the two writers of a dossier use different services, so
both kinds of 409 happen: the version check before saving, and the database refusing the
second insert of the same version when two requests passed that check at once.

What this proves, read back through the export and straight from the database:

* every answer is 201 or 409, never a 5xx, another status or a dropped connection;
* a 201 for ``If-Match: v`` stored the fact at position v + 1, the position it names;
* every acknowledged fact is stored exactly once, at that position;
* no fact that got a 409 is stored;
* each dossier holds 1 + its acknowledged facts at gap-free positions 1..n, its ETag is n,
  and its read-model row (written in the same transaction as the events) is at version n.

A request replays the whole dossier, so it costs more the longer the dossier is: one client
manages about 45 requests/s at 250 facts and 6 at 2,000.  Eight thousand facts in four
dossiers would take many minutes, so the writers move on to a fresh group of dossiers every
``RONDE`` facts: at any moment four dossiers are written, each by two writers at once, and
40 dossiers are written in all.  The run prints its numbers (201s, 409s of each kind,
facts/s; see ``pytest -s``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.service.conftest import (
    DOEL,
    EVENTS_TABEL,
    OVERZICHT_TABEL,
    TOKEN,
    Diensten,
    verbind,
)

SCHRIJVERS = 8
FEITEN = 1_000
TEGELIJK = 4  # dossiers written at the same time, each by SCHRIJVERS // TEGELIJK writers
RONDE = 100  # facts per writer before the writers move on to the next group of dossiers
DIENSTEN = 2  # service processes on the same schema; the writers of a dossier use different ones
SCHRIJVER = Path(__file__).with_name("schrijver.py")
GEREED_TIMEOUT = 60.0
SCHRIJF_TIMEOUT = 600.0

pytestmark = pytest.mark.postgres


def open_dossier(client: httpx.Client, nummer: int) -> str:
    antwoord = client.post(
        "/dossiers",
        json={
            "type": "ZiekmeldingOntvangen",
            "datum": "2025-01-06",
            "eerste_ziektedag": "2025-01-06",
            "werknemer": f"W-GELIJK-{nummer:03d}",
            "werkgever": "Servicetest B.V.",
        },
    )
    assert antwoord.status_code == 201, antwoord.text
    return str(antwoord.json()["dossier_id"])


def start_schrijvers(opdrachten: list[dict[str, Any]], map_: Path) -> list[subprocess.Popen[bytes]]:
    processen = []
    for opdracht in opdrachten:
        pad = map_ / f"{opdracht['naam']}.json"
        pad.write_text(json.dumps(opdracht), encoding="utf-8")
        with (map_ / f"{opdracht['naam']}.log").open("wb") as log:
            processen.append(
                subprocess.Popen(
                    [sys.executable, str(SCHRIJVER), str(pad)],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
    return processen


def laat_schrijven(
    opdrachten: list[dict[str, Any]], map_: Path
) -> tuple[list[dict[str, Any]], float]:
    """Start the writers, let them begin together, wait for them; always reap them."""
    processen = start_schrijvers(opdrachten, map_)

    def log(i: int) -> str:
        return (map_ / f"w{i}.log").read_text(encoding="utf-8", errors="replace")

    try:
        gereed_tot = time.monotonic() + GEREED_TIMEOUT
        while not all(Path(o["klaar"]).exists() for o in opdrachten):
            for i, proces in enumerate(processen):
                if proces.poll() is not None:
                    pytest.fail(f"schrijver w{i} stopte voor de start:\n{log(i)}", pytrace=False)
            if time.monotonic() > gereed_tot:
                pytest.fail(f"schrijvers niet binnen {GEREED_TIMEOUT:.0f} s gereed", pytrace=False)
            time.sleep(0.01)
        begin = time.monotonic()
        (map_ / "start").touch()
        einde = begin + SCHRIJF_TIMEOUT
        for i, proces in enumerate(processen):
            try:
                proces.wait(timeout=max(0.1, einde - time.monotonic()))
            except subprocess.TimeoutExpired:
                pytest.fail(f"schrijver w{i} na {SCHRIJF_TIMEOUT:.0f} s niet klaar", pytrace=False)
            if proces.returncode != 0:
                pytest.fail(
                    f"schrijver w{i} stopte met {proces.returncode}:\n{log(i)}", pytrace=False
                )
        duur = time.monotonic() - begin
    finally:
        for proces in processen:
            if proces.poll() is None:
                proces.kill()
                proces.wait(timeout=10)
    return [json.loads(Path(o["uit"]).read_text(encoding="utf-8")) for o in opdrachten], duur


def exporteer(client: httpx.Client, dossier: str) -> tuple[list[dict[str, Any]], str]:
    antwoord = client.get(f"/dossiers/{dossier}/export")
    assert antwoord.status_code == 200, f"export {dossier}: {antwoord.status_code} {antwoord.text}"
    regels = [json.loads(r) for r in antwoord.text.splitlines() if r.strip()]
    return regels, antwoord.headers["ETag"]


def test_acht_schrijvers_verliezen_of_verdubbelen_niets(diensten: Diensten, tmp_path: Path) -> None:
    begin = time.monotonic()
    draaiend = [diensten.start(wacht=False) for _ in range(DIENSTEN)]
    for dienst in draaiend:
        dienst.wacht_tot_klaar()
    with draaiend[0].client() as client:
        groepen = [
            [open_dossier(client, ronde * TEGELIJK + plek) for plek in range(TEGELIJK)]
            for ronde in range(FEITEN // RONDE)
        ]
    alle_dossiers = [d for groep in groepen for d in groep]
    schrijver_van: dict[str, set[str]] = defaultdict(set)
    opdrachten = []
    for i in range(SCHRIJVERS):
        plan = [groepen[k // RONDE][i % TEGELIJK] for k in range(FEITEN)]
        for dossier in plan:
            schrijver_van[dossier].add(f"w{i}")
        opdrachten.append(
            {
                "naam": f"w{i}",
                "url": draaiend[(i // TEGELIJK) % DIENSTEN].url,
                "token": TOKEN,
                "doel": DOEL,
                "dossiers": plan,
                "klaar": str(tmp_path / f"w{i}.klaar"),
                "start": str(tmp_path / "start"),
                "uit": str(tmp_path / f"w{i}.uit.json"),
            }
        )

    uitslagen, schrijfduur = laat_schrijven(opdrachten, tmp_path)

    for dienst in draaiend:
        assert dienst.leeft(), f"{dienst.naam} is gestopt:\n{dienst.logstaart()}"

    # -- every answer was 201 or 409 ------------------------------------------------------
    anders = [(u["naam"], *a) for u in uitslagen for a in u["anders"]]
    assert not anders, (
        f"{len(anders)} antwoorden anders dan 201/409 (schrijver, dossier, marker, status, "
        f"tekst), de eerste: {anders[:5]}"
    )
    for u in uitslagen:
        assert set(u["statussen"]) <= {"201", "409"}, (u["naam"], u["statussen"])
        assert len(u["erkend"]) + len(u["geweigerd"]) == FEITEN, (u["naam"], u["statussen"])

    erkend: dict[str, dict[int, str]] = defaultdict(dict)
    for u in uitslagen:
        for dossier, positie, marker, gezien in u["erkend"]:
            assert positie == gezien + 1, (
                f"{marker}: If-Match {gezien} maar vastgelegd op positie {positie} in {dossier}"
            )
            eerder = erkend[dossier].get(positie)
            assert eerder is None, f"{dossier}: positie {positie} erkend aan {eerder} en {marker}"
            erkend[dossier][positie] = marker
    geweigerd = {marker for u in uitslagen for _, marker in u["geweigerd"]}
    assert geweigerd, "geen enkele 409: de schrijvers zaten elkaar niet in de weg"

    # -- what the service exports ---------------------------------------------------------
    with draaiend[-1].client() as client:
        exports = {dossier: exporteer(client, dossier) for dossier in alle_dossiers}
    for dossier, (regels, etag) in exports.items():
        posities = [r.get("positie") for r in regels]
        assert posities == list(range(1, len(regels) + 1)), (
            f"{dossier}: posities niet 1..{len(regels)} zonder gat: {posities}"
        )
        assert etag == f'"{len(regels)}"', f"{dossier}: ETag {etag} bij {len(regels)} regels"
        assert regels[0]["type"] == "ZiekmeldingOntvangen", regels[0]
        markers = [r.get("toelichting") for r in regels[1:]]
        dubbel = sorted(m for m, n in Counter(markers).items() if n > 1)
        assert not dubbel, f"{dossier}: dubbel opgeslagen: {dubbel[:10]}"
        misplaatst = {
            positie: (
                marker,
                regels[positie - 1]["toelichting"] if positie <= len(regels) else None,
            )
            for positie, marker in erkend[dossier].items()
            if positie > len(regels) or regels[positie - 1].get("toelichting") != marker
        }
        assert not misplaatst, (
            f"{dossier}: erkend maar niet (op die positie) opgeslagen, "
            f"positie: (erkend, opgeslagen): {dict(sorted(misplaatst.items())[:10])}"
        )
        zonder_201 = set(markers) - set(erkend[dossier].values())
        assert not zonder_201, f"{dossier}: opgeslagen zonder 201: {sorted(zonder_201)[:10]}"
        na_409 = geweigerd & set(markers)
        assert not na_409, f"{dossier}: met 409 geweigerd en toch opgeslagen: {sorted(na_409)[:10]}"
        assert len(regels) == 1 + len(erkend[dossier]), (
            f"{dossier}: {len(regels)} regels, verwacht 1 + {len(erkend[dossier])} erkende"
        )
        schrijvers_hier = {m.split("-")[0] for m in markers}
        assert schrijvers_hier == schrijver_van[dossier], (
            f"{dossier}: feiten van {sorted(schrijvers_hier)}, "
            f"verwacht van {sorted(schrijver_van[dossier])} (geen overlap?)"
        )

    # -- and straight from the database: events and read model agree ----------------------
    with verbind(diensten.omgeving) as verbinding:
        rijen = verbinding.execute(
            "SELECT e.originator_id::text, count(*), min(e.originator_version), "
            f"max(e.originator_version), o.versie FROM {EVENTS_TABEL} e "
            f"LEFT JOIN {OVERZICHT_TABEL} o ON o.dossier_id = e.originator_id "
            "GROUP BY e.originator_id, o.versie"
        ).fetchall()
    in_db = {str(r[0]): tuple(r[1:]) for r in rijen}
    assert set(in_db) == set(alle_dossiers), "andere dossiers in de database dan geopend"
    for dossier, cijfers in in_db.items():
        n = len(exports[dossier][0])
        assert cijfers == (n, 1, n, n), (
            f"{dossier}: database (aantal, min, max, versie leesmodel) = {cijfers}, "
            f"de export heeft {n} regels"
        )

    totaal_erkend = sum(len(u["erkend"]) for u in uitslagen)
    conflicten: Counter[str] = Counter()
    for u in uitslagen:
        conflicten.update(u["conflicten"])
    print(
        f"\n{SCHRIJVERS} schrijvers x {FEITEN} feiten via {DIENSTEN} dienst(en), "
        f"{len(alle_dossiers)} dossiers ({TEGELIJK} tegelijk): {totaal_erkend} erkend (201), "
        f"{len(geweigerd)} geweigerd (409: {dict(conflicten)}), "
        f"{sum(u['herlezingen'] for u in uitslagen)} "
        f"herlezingen (GET); schrijven {schrijfduur:.1f} s = "
        f"{SCHRIJVERS * FEITEN / schrijfduur:.0f} POST/s, {totaal_erkend / schrijfduur:.0f} "
        f"erkende feiten/s; test totaal {time.monotonic() - begin:.1f} s"
    )
