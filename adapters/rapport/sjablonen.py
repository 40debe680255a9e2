"""The Jinja2 environment for every generated page: templates and stylesheets as package files.

Templates live in ``adapters/rapport/templates/`` (``*.html.j2``), stylesheets in
``adapters/rapport/static/`` (``*.css``); both ship in the wheel as package data and are read
through the package, never from the working directory.  Every page extends ``basis.html.j2``:
Dutch, UTF-8, a viewport, a skip link, ``header``/``main``/``footer`` landmarks and the shared
stylesheet ``basis.css``.  A page adds its own stylesheet in the block ``stijl``; the global
``css(naam)`` inlines a package stylesheet, so a page is one self-contained file with no link
to anything outside it.

Autoescaping is on for every template: whatever a template prints is escaped unless it is
:class:`markupsafe.Markup`.  Code that builds markup in Python (the SVG timeline, text with
links) returns ``Markup`` and escapes each value it puts in (:mod:`adapters.rapport.svg`).
Undefined names are errors, not empty strings.

Nothing here knows a particular report; report helpers travel in the context of
:func:`render`.  Jinja2 is imported on first use, so importing a report module (as every
``spoorwijzer`` command does) does not pay for it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    import jinja2

PAKKET = "adapters.rapport"
SJABLONEN = "templates"
STIJLEN = "static"
BASIS = "basis.html.j2"
"""The layout every page extends."""

_STIJLNAAM = re.compile(r"[a-z0-9_-]+\.css")


@cache
def css(naam: str) -> Markup:
    """The package stylesheet ``static/<naam>``, to inline in a ``<style>`` element.

    Raises:
        ValueError: the name is not a plain ``*.css`` file name.
        FileNotFoundError: there is no such stylesheet in the package.
    """
    if not _STIJLNAAM.fullmatch(naam):
        raise ValueError(f"geen stijlbestand: {naam!r}")
    tekst = files(PAKKET).joinpath(STIJLEN, naam).read_text(encoding="utf-8")
    # The file is part of the package, not data: it is inlined as is.
    return Markup(tekst.strip())  # noqa: S704


@cache
def omgeving() -> jinja2.Environment:
    """The one Jinja2 environment (made once): package templates, autoescape, strict names."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader(PAKKET, SJABLONEN),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.globals["css"] = css
    return env


def render(sjabloon: str, /, **context: Any) -> str:
    """Render the package template ``sjabloon`` with ``context``."""
    return omgeving().get_template(sjabloon).render(**context)


def sjablonen() -> list[str]:
    """The names of every template in the package (for checks and tests)."""
    return sorted(omgeving().list_templates(extensions=["j2"]))
