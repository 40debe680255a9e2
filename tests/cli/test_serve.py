"""`spoorwijzer serve --demo` (what `make run` ends with): demo data, demo tokens, docs URL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from adapters.api.tokens import ROLLEN, Toegangsconfig


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_demo_start_met_demodossiers_en_tokens(tmp_path: Path) -> None:
    poort = _vrije_poort()
    omgeving = {
        k: v for k, v in os.environ.items() if not k.startswith(("SPOORWIJZER_", "POSTGRES_"))
    }
    omgeving["SPOORWIJZER_DB"] = str(tmp_path / "demo.db")
    proces = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("spoorwijzer")),
            "serve",
            "--demo",
            "--poort",
            str(poort),
        ],
        cwd=tmp_path,
        env=omgeving,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        einde = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{basis}/docs", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proces.poll() is None, proces.stderr.read() if proces.stderr else ""
            assert time.monotonic() < einde, "serve --demo answered no /docs within 60 s"
            time.sleep(0.2)
        tokens = dict(
            regel.split("\t")
            for regel in (tmp_path / "var" / "demo-tokens.txt").read_text().splitlines()
        )
        assert set(tokens) == set(ROLLEN)
        assert oct((tmp_path / "var" / "demo-tokens.txt").stat().st_mode)[-3:] == "600"
        bestand = (tmp_path / "var" / "tokens.toml").read_text()
        assert all(token not in bestand for token in tokens.values())
        assert len(Toegangsconfig.lees(tmp_path / "var" / "tokens.toml").tokens) == len(ROLLEN)
        antwoord = httpx.get(
            f"{basis}/signalen",
            params={"binnen": 3660},
            headers={"Authorization": f"Bearer {tokens['casemanager']}", "X-Doel": "demo"},
        )
        assert antwoord.status_code == 200
        assert antwoord.json()["totaal"] > 0
        werknemer = httpx.get(
            f"{basis}/signalen",
            params={"binnen": 3660},
            headers={"Authorization": f"Bearer {tokens['werknemer']}", "X-Doel": "inzage"},
        ).json()
        assert {s["werknemer"] for s in werknemer["signalen"]} <= {"W-0419 (A. Smit)"}
    finally:
        proces.send_signal(signal.SIGINT)
        try:
            _, fouten = proces.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proces.kill()
            _, fouten = proces.communicate()
    assert "9 demodossiers geladen" in fouten
    assert f"API-documentatie: http://127.0.0.1:{poort}/docs" in fouten
    assert proces.returncode == 0, fouten
