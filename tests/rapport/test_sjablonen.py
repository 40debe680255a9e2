"""The Jinja2 environment every generated page shares, its package files and the SVG helper.

The environment escapes on its own, knows no report, and loads its templates and stylesheets
from the package (``importlib.resources``), so they are there wherever the package is
installed; ``pyproject.toml`` lists them as package data so they ship in the wheel.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import jinja2
import pytest
from markupsafe import Markup

from adapters.rapport import css, omgeving, render
from adapters.rapport.sjablonen import BASIS, sjablonen
from adapters.rapport.svg import element, samen

ROOT = Path(__file__).parents[2]
PAKKET = ROOT / "adapters" / "rapport"
VIJANDIG = "<script>alert(\"x\")</script> & 'zo'"
ONTSNAPT = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;zo&#39;"


# --- the environment -----------------------------------------------------------------------


def test_the_environment_is_made_once() -> None:
    assert omgeving() is omgeving()


def test_the_environment_escapes_what_a_template_prints_unless_it_is_markup() -> None:
    sjabloon = omgeving().from_string('<p title="{{ x }}">{{ x }}</p>{{ m }}')

    html = sjabloon.render(x=VIJANDIG, m=Markup("<b>vet</b>"))

    assert html == f'<p title="{ONTSNAPT}">{ONTSNAPT}</p><b>vet</b>'


def test_an_unknown_name_in_a_template_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(jinja2.UndefinedError):
        render(BASIS)  # the layout needs a titel


def test_the_environment_knows_no_report() -> None:
    """Only ``css`` is added to Jinja2's own globals and filters; reports pass their helpers."""
    kaal = jinja2.Environment()

    assert set(omgeving().globals) - set(kaal.globals) == {"css"}
    assert set(omgeving().filters) == set(kaal.filters)
    assert set(omgeving().tests) == set(kaal.tests)


def test_importing_a_report_does_not_import_jinja2() -> None:
    """``spoorwijzer`` imports the dossier report at start; Jinja2 waits for a render."""
    code = (
        "import sys, adapters.rapport.dossierrapport, simulation.rapport, adapters.levend.rapport;"
        "print('jinja2' in sys.modules)"
    )
    uit = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )

    assert uit.stdout.strip() == "False"


# --- package files ---------------------------------------------------------------------------


def _pakketbestanden(map_: str) -> set[str]:
    return {f"{map_}/{b.name}" for b in files("adapters.rapport").joinpath(map_).iterdir()}


def test_templates_and_stylesheets_load_through_the_package() -> None:
    templates = _pakketbestanden("templates")
    stijlen = _pakketbestanden("static")

    assert {"templates/basis.html.j2", "templates/dossierrapport.html.j2"} <= templates
    assert sorted(f"templates/{n}" for n in sjablonen()) == sorted(templates)
    for naam in sjablonen():
        omgeving().get_template(naam)  # parses: a syntax error fails here
    assert {"static/basis.css", "static/dossierrapport.css", "static/levend.css"} <= stijlen
    assert "static/simulatie.css" in stijlen
    for pad in stijlen:
        naam = pad.removeprefix("static/")
        assert css(naam) == (PAKKET / pad).read_text(encoding="utf-8").strip()


def test_package_data_in_pyproject_covers_every_template_and_stylesheet() -> None:
    """What ``[tool.setuptools.package-data]`` matches (setuptools globs) ships in the wheel."""
    instellingen = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patronen = instellingen["tool"]["setuptools"]["package-data"]["adapters.rapport"]
    gedekt = {
        p.relative_to(PAKKET).as_posix() for patroon in patronen for p in PAKKET.glob(patroon)
    }

    assert gedekt == _pakketbestanden("templates") | _pakketbestanden("static")
    # that adapters.rapport is a package at all: tests/unit/test_verpakking.py
    assert "jinja2==3.1.6" in instellingen["project"]["dependencies"]


def test_a_stylesheet_is_named_not_a_path() -> None:
    with pytest.raises(ValueError, match="geen stijlbestand"):
        css("../sjablonen.py")
    with pytest.raises(FileNotFoundError):
        css("bestaat-niet.css")


def test_stylesheets_are_inlined_as_they_are() -> None:
    """CSS is package content, not data: quotes and ``>`` survive the autoescape."""
    pagina = omgeving().from_string('<style>{{ css("levend.css") }}</style>').render()

    assert "ol.stappen>li{" in pagina
    assert '"Segoe UI"' in omgeving().from_string('{{ css("basis.css") }}').render()


# --- markup built in Python ------------------------------------------------------------------


def test_an_element_escapes_its_text_and_attribute_values() -> None:
    svg = element(
        "g",
        element("title", VIJANDIG),
        element("text", VIJANDIG, x=1.5, class_="label"),
        class_="feit",
        data_inlener=f'">{VIJANDIG}',
    )

    assert "<script" not in svg
    g = ET.fromstring(str(svg))
    assert g.get("class") == "feit"
    assert g.get("data-inlener") == f'">{VIJANDIG}'
    titel, tekst = list(g)
    assert titel.text == VIJANDIG
    assert tekst.text == VIJANDIG
    assert tekst.get("x") == "1.5"


def test_an_element_keeps_markup_leaves_out_none_and_closes_when_empty() -> None:
    assert element("line", x1=0, y1=2.5, stroke_width=None) == '<line x1="0" y1="2.5"/>'
    assert element("g", Markup("<circle/>"), None, "") == "<g><circle/></g>"
    assert element("svg", viewBox="0 0 1 1", aria_labelledby="t") == (
        '<svg viewBox="0 0 1 1" aria-labelledby="t"/>'
    )
    assert samen("a<", Markup("<b/>"), 3, None) == "a&lt;<b/>3"


@pytest.mark.parametrize("naam", ["g onload=x", "g>", "", "1g"])
def test_an_element_or_attribute_name_is_a_name(naam: str) -> None:
    with pytest.raises(ValueError, match="geen"):
        element(naam)
    with pytest.raises(ValueError, match="geen attribuutnaam"):
        element("g", **{naam: "x"})
