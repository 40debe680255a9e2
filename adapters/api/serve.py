"""Run the API with uvicorn over a system from :func:`adapters.bootstrap.bootstrap`.

The listening socket is bound here, before anything is started: a port that is in use (or an
address this machine does not have) is a :class:`AdresBezetError` with a Dutch sentence, which
``spoorwijzer serve`` turns into exit code 6, instead of uvicorn reporting "Application startup
complete" and then exiting with its own startup-failure code.
"""

from __future__ import annotations

import contextlib
import errno
import socket

import uvicorn

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.bootstrap import Systeem


class AdresBezetError(OSError):
    """The address to serve on cannot be used; the message says which and what to do."""


def open_adres(host: str, poort: int) -> socket.socket:
    """A socket bound to ``host:poort`` (as uvicorn binds it), or :class:`AdresBezetError`."""
    familie = socket.AF_INET6 if ":" in host else socket.AF_INET
    sok = socket.socket(family=familie)
    sok.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sok.bind((host, poort))
    except OSError as fout:
        sok.close()
        anders = "kies een andere met --poort (of bij make run: make run POORT=8081)"
        if fout.errno == errno.EADDRINUSE:
            msg = f"netwerkpoort {poort} op {host} is al in gebruik; {anders}"
        elif fout.errno == errno.EACCES:
            msg = f"netwerkpoort {poort} op {host} mag deze gebruiker niet openen; {anders}"
        else:
            reden = fout.strerror or type(fout).__name__
            msg = (
                f"Spoorwijzer kan niet luisteren op adres {host}, netwerkpoort {poort} ({reden}); "
                "kies een adres van deze machine met --host (of bij make run: make run "
                "HOST=127.0.0.1)"
            )
        raise AdresBezetError(msg) from None
    sok.set_inheritable(True)
    return sok


def serve(
    systeem: Systeem,
    toegang: Toegangsconfig,
    *,
    host: str = "127.0.0.1",
    poort: int = 8000,
    sok: socket.socket | None = None,
) -> None:
    """Serve the API on ``host:poort`` until interrupted (docs at ``/docs``, ``/openapi.json``).

    ``sok``: a socket already bound by :func:`open_adres` (the CLI binds before it opens the
    store); without it, the address is bound here.  The system decides where ``/signalen``
    comes from (on PostgreSQL the live projection it runs or reads, see
    :func:`adapters.bootstrap.bootstrap`); the caller closes it.
    """
    if sok is None:
        sok = open_adres(host, poort)
    config = uvicorn.Config(
        maak_app(systeem.dienst, toegang), host=host, port=poort, log_level="info"
    )
    # Ctrl-C (SIGINT): uvicorn shuts down gracefully, then re-raises the signal it captured.
    with sok, contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sok])


__all__ = ["AdresBezetError", "open_adres", "serve"]
