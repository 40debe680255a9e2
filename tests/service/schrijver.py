"""One writer process of the concurrency test (run as a script; not a test module).

    python tests/service/schrijver.py OPDRACHT.json

The assignment file names the service URL, the token, the writer's name, the dossier for each
fact (``dossiers``: one id per fact) and where to write the result.  The writer records each
fact as ``ContactGehad`` with a unique marker in ``toelichting``, sending ``If-Match`` with
the version it last saw of that dossier: the ``versie`` of its own previous answer, or the
ETag of a ``GET`` after a 409 (and at its first write to a dossier).  A 409 is not retried: the
fact is rejected and its marker must never be stored.  Every answer is written down; anything
other than 201 or 409 ends up in ``anders`` for the test to report.

The writer signals it is ready (``klaar`` file) and waits for the ``start`` file, so all
writers begin at the same moment.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

EERSTE_DAG = date(2025, 1, 6)


def _etag_versie(antwoord: httpx.Response) -> int:
    return int(antwoord.headers["ETag"].removeprefix("W/").strip('"'))


def main(opdracht_pad: str) -> int:
    opdracht = json.loads(Path(opdracht_pad).read_text(encoding="utf-8"))
    naam: str = opdracht["naam"]
    koppen = {"Authorization": f"Bearer {opdracht['token']}", "X-Doel": opdracht["doel"]}
    uitslag: dict[str, Any] = {
        "naam": naam,
        "erkend": [],  # [dossier, positie, marker, version sent in If-Match]
        "geweigerd": [],  # [dossier, marker]
        "anders": [],  # [dossier, marker, status or exception, text]
        "statussen": {},
        "herlezingen": 0,
        "conflicten": {},  # kind of 409 -> count
    }
    versies: dict[str, int] = {}

    with httpx.Client(base_url=opdracht["url"], headers=koppen, timeout=60.0) as client:

        def herlees(dossier: str) -> None:
            uitslag["herlezingen"] += 1
            antwoord = client.get(f"/dossiers/{dossier}")
            if antwoord.status_code != 200:
                raise RuntimeError(f"GET {dossier}: {antwoord.status_code} {antwoord.text[:300]}")
            versies[dossier] = _etag_versie(antwoord)

        Path(opdracht["klaar"]).touch()
        start = Path(opdracht["start"])
        wacht_tot = time.monotonic() + 120
        while not start.exists():
            if time.monotonic() > wacht_tot:
                return 3
            time.sleep(0.002)

        begin = time.monotonic()
        for k, dossier in enumerate(opdracht["dossiers"]):
            marker = f"{naam}-{k:04d}"
            if dossier not in versies:
                herlees(dossier)
            feit = {
                "type": "ContactGehad",
                "datum": (EERSTE_DAG + timedelta(days=1 + k % 365)).isoformat(),
                "met": "werknemer",
                "toelichting": marker,
            }
            gezien = versies[dossier]
            try:
                antwoord = client.post(
                    f"/dossiers/{dossier}/feiten", json=feit, headers={"If-Match": f'"{gezien}"'}
                )
            except httpx.TransportError as fout:
                uitslag["anders"].append([dossier, marker, repr(fout), ""])
                herlees(dossier)
                continue
            status = antwoord.status_code
            uitslag["statussen"][str(status)] = uitslag["statussen"].get(str(status), 0) + 1
            if status == 201:
                positie = int(antwoord.json()["positie"])
                uitslag["erkend"].append([dossier, positie, marker, gezien])
                versies[dossier] = positie
                if _etag_versie(antwoord) != positie:
                    uitslag["anders"].append([dossier, marker, status, "ETag != positie"])
            elif status == 409:
                uitslag["geweigerd"].append([dossier, marker])
                # Refused by the version check before saving, or by the database at the
                # insert (another request saved the same version first).
                soort = "opslag" if "tegelijk" in antwoord.text else "versiecontrole"
                uitslag["conflicten"][soort] = uitslag["conflicten"].get(soort, 0) + 1
                herlees(dossier)
            else:
                uitslag["anders"].append([dossier, marker, status, antwoord.text[:500]])
                herlees(dossier)
        uitslag["duur"] = time.monotonic() - begin

    Path(opdracht["uit"]).write_text(json.dumps(uitslag), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
