"""``spoorwijzer serve`` on an address it cannot use: one Dutch sentence and exit code 6.

Before this, a busy port made uvicorn print "Application startup complete" and exit 3, the
code the CLI uses for "dossier not found".  Now the port is bound before anything starts (the
store is not even opened), and ``make run POORT=...`` passes another port on.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.api.serve import AdresBezetError, open_adres

WORTEL = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("spoorwijzer")
EIGEN = ("SPOORWIJZER_", "POSTGRES_", "CREATE_TABLE", "PERSISTENCE_MODULE")


def serve(map_: Path, *argumenten: str) -> subprocess.CompletedProcess[str]:
    """``spoorwijzer serve ...`` in ``map_`` as a separate process (what a user sees)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(EIGEN)}
    env["SPOORWIJZER_DB"] = str(map_ / "x.db")
    return subprocess.run(
        [str(SCRIPT), "serve", *argumenten],
        cwd=map_,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def bezet() -> Iterator[tuple[socket.socket, int]]:
    """A port on the loopback interface that another program listens on."""
    sok = socket.socket()
    sok.bind(("127.0.0.1", 0))
    sok.listen()
    yield sok, int(sok.getsockname()[1])
    sok.close()


@pytest.mark.parametrize("demo", [False, True], ids=["serve", "serve-demo"])
def test_bezette_poort_is_een_zin_en_code_6(
    tmp_path: Path, bezet: tuple[socket.socket, int], demo: bool
) -> None:
    _, poort = bezet

    proces = serve(tmp_path, "--poort", str(poort), *(["--demo"] if demo else []))

    assert proces.returncode == 6, proces.stderr
    regels = proces.stderr.strip().splitlines()
    assert regels == [
        f"netwerkpoort {poort} op 127.0.0.1 is al in gebruik; kies een andere met --poort "
        "(of bij make run: make run POORT=8081)"
    ]
    assert "Application startup complete" not in proces.stderr + proces.stdout
    assert "Traceback" not in proces.stderr
    assert proces.stdout == ""
    assert list(tmp_path.iterdir()) == []  # the store was not opened, nor created by --demo


def test_een_adres_van_een_andere_machine_is_een_zin_en_code_6(tmp_path: Path) -> None:
    proces = serve(tmp_path, "--host", "192.0.2.1", "--poort", "8000")  # TEST-NET-1

    assert proces.returncode == 6, proces.stderr
    regel = proces.stderr.strip()
    assert regel.startswith(
        "Spoorwijzer kan niet luisteren op adres 192.0.2.1, netwerkpoort 8000 ("
    )
    assert "kies een adres van deze machine met --host" in regel
    assert "\n" not in regel


def test_open_adres_geeft_een_socket_op_een_vrije_poort() -> None:
    with open_adres("127.0.0.1", 0) as sok:
        assert sok.getsockname()[0] == "127.0.0.1"


def test_open_adres_op_een_bezette_poort(bezet: tuple[socket.socket, int]) -> None:
    _, poort = bezet

    with pytest.raises(
        AdresBezetError, match=f"netwerkpoort {poort} op 127.0.0.1 is al in gebruik"
    ):
        open_adres("127.0.0.1", poort)


def test_serve_zonder_opslag_zegt_hoe_je_er_een_maakt(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]

    proces = serve(tmp_path, "--poort", str(poort))

    assert proces.returncode == 4, proces.stderr
    assert "er is nog geen opslag in" in proces.stderr
    assert "`spoorwijzer db init`" in proces.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        ([], "--host 127.0.0.1 --poort 8000"),
        (["POORT=8081"], "--host 127.0.0.1 --poort 8081"),
        (["POORT=8081", "HOST=0.0.0.0"], "--host 0.0.0.0 --poort 8081"),
    ],
)
def test_make_run_geeft_poort_en_host_door(argumenten: list[str], verwacht: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("POORT", "MAKEFLAGS")}
    env["HOST"] = "naam-van-de-machine"  # zsh sets HOST; make run must not listen on it
    uitvoer = subprocess.run(
        ["make", "-n", "run", *argumenten],
        cwd=WORTEL,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    serve_regel = [r for r in uitvoer.splitlines() if " serve " in r]
    assert serve_regel == [f".venv/bin/spoorwijzer serve --demo {verwacht}"]
