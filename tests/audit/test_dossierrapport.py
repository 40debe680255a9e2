"""The dossier report for people (issue 4): one self-contained HTML page with a timeline.

The dossiers are real: the demo files and the contract examples, imported into the in-memory
store, plus one example dossier with two corrections, a withdrawal and a toelichting that
tries to inject a script.  The SVG is checked as XML; the tables by their rows and classes.
The CLI test at the end needs ``adapters.cli`` to import ``adapters.cli_rapport`` and skips
until it does.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from adapters.cli import app as cli_app
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen
from adapters.rapport.dossierrapport import kort, lees_geschiedenis, maak_rapport, waarde_tekst
from adapters.uitwisseling.jsonl import lees_invoer
from domain.invoer import valideer
from domain.verzuimdossier import Verzuimdossier
from tests.conftest import HERKOMST

ROOT = Path(__file__).parents[2]
DEMO = ROOT / "adapters" / "demo"
VOORBEELDEN = ROOT / "tests" / "data" / "voorbeelden"
HOVENIER = DEMO / "01-hovenier-knie-taxichauffeur.jsonl"
EERSTE_SPOOR = VOORBEELDEN / "01-eerste-spoor-op-tijd" / "dossier.jsonl"
TERUGVAL = VOORBEELDEN / "03-terugval-binnen-vier-weken" / "dossier.jsonl"
GESLOTEN = DEMO / "08-accountancy-hersteld-gesloten.jsonl"
LOONSANCTIE = DEMO / "06-school-tweede-spoor-te-laat-loonsanctie.jsonl"
DEMO_PEILDATUM = date(2026, 11, 23)
GEMAAKT_OP = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"
SCRIPT = '<script>alert("x")</script> & "quotes"'


# --- helpers -----------------------------------------------------------------------------


def importeer(dossiers: Dossierbestand, pad: Path) -> Verzuimdossier:
    regels = pad.read_text(encoding="utf-8").splitlines()
    return dossiers.dossier(dossiers.importeer(lees_invoer(regels), HERKOMST))


def registreer(dossiers: Dossierbestand, dossier: Verzuimdossier, **regel: Any) -> int:
    return dossiers.registreer(dossier.id, valideer(regel), HERKOMST)


def rapport(dossier: Verzuimdossier, peildatum: date = DEMO_PEILDATUM) -> str:
    return maak_rapport(dossier, peildatum, gemaakt_op=GEMAAKT_OP)


def svg_van(pagina: str) -> ET.Element:
    """The one ``<svg>`` element of the page, parsed as XML (fails when not well-formed)."""
    gevonden = re.findall(r"<svg\b.*?</svg>", pagina, flags=re.DOTALL)
    assert len(gevonden) == 1
    return ET.fromstring(gevonden[0])


def groepen(svg: ET.Element, *klassen: str) -> list[ET.Element]:
    """SVG ``<g>`` elements whose class list holds all of ``klassen``."""
    return [g for g in svg.iter(f"{SVG}g") if set(klassen) <= set((g.get("class") or "").split())]


def tooltip(element: ET.Element) -> str:
    titel = element.find(f"{SVG}title")
    assert titel is not None
    return titel.text or ""


def teksten(element: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in element.iter(f"{SVG}text")]


def tekst(fragment: str) -> str:
    """Visible text of an HTML fragment: tags removed, entities resolved, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def rij(pagina: str, positie: int) -> tuple[str, str]:
    """The class attribute and the inner HTML of the history row of ``positie``."""
    m = re.search(rf'<tr id="pos-{positie}" class="([^"]*)">(.*?)</tr>', pagina, re.DOTALL)
    assert m is not None, f"geen geschiedenisregel voor positie {positie}"
    return m.group(1), m.group(2)


# --- dossiers ----------------------------------------------------------------------------


@pytest.fixture
def hovenier(dossiers: Dossierbestand) -> Verzuimdossier:
    """Both tracks, a taxi secondment in track 2 (demo 01)."""
    return importeer(dossiers, HOVENIER)


@pytest.fixture
def gecorrigeerd(dossiers: Dossierbestand) -> Verzuimdossier:
    """Contract example 01 with two corrections, a withdrawal and a hostile toelichting.

    Positions: 1 ziekmelding, 2 arbodienst, 3 probleemanalyse (2025-02-10), 4 plan (M. Bakker),
    5 evaluatie 2025-03-31, 6 evaluatie 2025-05-09; then 7 corrects 3's date to 2025-02-18
    (after day 42, so late), 8 corrects 4's casemanager, 9 withdraws 6, 10 a contact.
    """
    dossier = importeer(dossiers, EERSTE_SPOOR)
    registreer(
        dossiers,
        dossier,
        type="RegistratieGecorrigeerd",
        datum="2025-05-12",
        betreft=3,
        reden="analyse was pas op 2025-02-18 af",
        velden={"datum": "2025-02-18"},
    )
    registreer(
        dossiers,
        dossier,
        type="RegistratieGecorrigeerd",
        datum="2025-05-12",
        betreft=4,
        reden="casemanager is gewisseld voor de ondertekening",
        velden={"casemanager": "S. de Wit"},
    )
    registreer(
        dossiers,
        dossier,
        type="RegistratieIngetrokken",
        datum="2025-05-13",
        betreft=6,
        reden="evaluatie is niet doorgegaan",
    )
    registreer(
        dossiers,
        dossier,
        type="ContactGehad",
        datum="2025-05-14",
        met="werknemer",
        toelichting=SCRIPT,
    )
    return dossiers.dossier(dossier.id)


# --- the page ----------------------------------------------------------------------------


def test_the_page_is_self_contained_html_without_scripts(hovenier: Verzuimdossier) -> None:
    pagina = rapport(hovenier)

    assert pagina.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in pagina
    assert "<style>" in pagina
    assert "<script" not in pagina.lower()
    assert not re.search(r"<(link|img|iframe)\b", pagina)
    assert not re.search(r"\bsrc=", pagina)


def test_the_header_names_the_case_the_dates_and_the_rule_set(hovenier: Verzuimdossier) -> None:
    overzicht = hovenier.termijnen(DEMO_PEILDATUM)
    kop = tekst(rapport(hovenier).split("</header>")[0])

    assert "W-1187 (H. Verhoeven)" in kop
    assert "Hoveniersbedrijf Van der Linden B.V." in kop
    assert str(hovenier.id) in kop
    assert "eerste ziektedag 2 jun 2025" in kop
    assert f"einde wachttijd {kort(overzicht.einde_wachttijd)}" in kop
    assert "peildatum 23 nov 2026" in kop
    assert f"regelset {overzicht.regelset_versie}" in kop
    assert "gemaakt op 23 nov 2026, 14:05 UTC" in kop


def test_the_report_is_the_same_for_the_same_dossier_and_times(hovenier: Verzuimdossier) -> None:
    assert rapport(hovenier) == rapport(hovenier)


# --- obligations ---------------------------------------------------------------------------


def test_every_obligation_has_a_table_row_with_its_status_class(
    hovenier: Verzuimdossier,
) -> None:
    pagina = rapport(hovenier)
    rijen = re.findall(
        r'<tr class="verplichting ([a-z_]+)" data-regel="([a-z0-9_]+)">(.*?)</tr>',
        pagina,
        re.DOTALL,
    )
    verplichtingen = hovenier.termijnen(DEMO_PEILDATUM).verplichtingen

    assert [(status, regel) for status, regel, _ in rijen] == [
        (v.status, v.regel) for v in verplichtingen
    ]
    for (_, _, inhoud), v in zip(rijen, verplichtingen, strict=True):
        assert v.uiterste_datum.isoformat() in inhoud
        assert f'<span class="status {v.status}">' in inhoud
        assert f'<a href="{html.escape(v.bron.url)}">' in inhoud
        if v.voldaan_op is not None:
            assert v.voldaan_op.isoformat() in inhoud
            assert f'href="#pos-{v.voldaan_door}"' in inhoud


def test_the_timeline_has_a_row_per_rule_and_a_glyph_per_obligation(
    hovenier: Verzuimdossier,
) -> None:
    svg = svg_van(rapport(hovenier))
    verplichtingen = hovenier.termijnen(DEMO_PEILDATUM).verplichtingen

    regels = [g.get("data-regel") for g in groepen(svg, "termijnrij")]
    assert regels == list(dict.fromkeys(v.regel for v in verplichtingen))
    glyphs = groepen(svg, "termijn")
    assert sorted((g.get("class") or "") for g in glyphs) == sorted(
        f"termijn status-{v.status}" for v in verplichtingen
    )
    for g, v in zip(glyphs, verplichtingen, strict=True):
        assert f"uiterste datum {v.uiterste_datum.isoformat()}" in tooltip(g)


def test_late_and_overdue_obligations_show_how_late(dossiers: Dossierbestand) -> None:
    school = importeer(dossiers, LOONSANCTIE)
    svg = svg_van(rapport(school))

    te_laat = groepen(svg, "termijn", "status-te_laat")
    verlopen = groepen(svg, "termijn", "status-verlopen")
    assert te_laat
    assert verlopen
    assert all(re.fullmatch(r"\+\d+ d", t) for g in te_laat for t in teksten(g))
    assert any("over tijd" in t for g in verlopen for t in teksten(g))
    # 52 weeks of loonsanctie move the end of the waiting period; the bracket says so.
    assert any("loonsanctie 52 weken" in " ".join(teksten(g)) for g in groepen(svg, "wachttijd"))


def test_the_peildatum_is_a_vertical_line(hovenier: Verzuimdossier) -> None:
    svg = svg_van(rapport(hovenier))

    (peil,) = groepen(svg, "peildatum")
    assert "peildatum 23 nov 2026" in teksten(peil)
    lijn = peil.find(f"{SVG}line")
    assert lijn is not None
    assert lijn.get("x1") == lijn.get("x2")


# --- tracks --------------------------------------------------------------------------------


def test_both_tracks_are_lanes_and_the_secondment_is_a_band_in_track_2(
    hovenier: Verzuimdossier,
) -> None:
    svg = svg_van(rapport(hovenier))

    (eerste,) = groepen(svg, "laan", "eerste-spoor")
    (tweede,) = groepen(svg, "laan", "tweede-spoor")
    assert "eerste spoor" in teksten(eerste)
    assert "tweede spoor" in teksten(tweede)
    assert "eerste spoor: van 2025-06-02 tot" in tooltip(eerste)
    assert "tweede spoor: van 2026-04-01 tot" in tooltip(tweede)
    (band,) = groepen(tweede, "detachering")
    assert band.get("data-inlener") == "Taxibedrijf Rivierland"
    assert any("Taxibedrijf Rivierland" in t for t in teksten(band))
    assert "vanaf 2026-08-03" in tooltip(band)
    # Work resumptions are marked in lane 1.
    assert [t for g in groepen(eerste, "hervat") for t in teksten(g)] == ["25%", "40%"]


def test_tracks_end_at_recovery_and_fit_days_are_shaded(dossiers: Dossierbestand) -> None:
    gesloten = svg_van(rapport(importeer(dossiers, GESLOTEN)))
    (eerste,) = groepen(gesloten, "laan", "eerste-spoor")
    assert "tot 2026-05-18 (hersteld)" in tooltip(eerste)
    (tweede,) = groepen(gesloten, "laan", "tweede-spoor")
    assert "niet gestart op de peildatum" in teksten(tweede)
    assert groepen(gesloten, "gesloten")
    assert any(
        "hersteld gemeld per 2026-05-18" in tooltip(g) for g in groepen(gesloten, "hersteld")
    )

    terugval = svg_van(rapport(importeer(dossiers, TERUGVAL), date(2022, 12, 1)))
    (gat,) = groepen(terugval, "hersteld")
    assert "hersteld 2022-07-04 t/m 2022-07-24 (21 dagen, tellen niet mee)" in tooltip(gat)
    (eerste,) = groepen(terugval, "laan", "eerste-spoor")
    assert len([r for r in eerste.iter(f"{SVG}rect") if "spoorbalk" in (r.get("class") or "")]) > 1


# --- facts, corrections and withdrawals ----------------------------------------------------


def test_every_current_fact_is_a_marker_linked_to_its_history_row(
    gecorrigeerd: Verzuimdossier,
) -> None:
    svg = svg_van(rapport(gecorrigeerd))

    markers = {int(g.get("data-positie") or 0): g for g in groepen(svg, "feit")}
    huidig = {f.positie for f in gecorrigeerd.feiten}
    assert set(markers) == huidig | {6}
    for positie in huidig:
        assert f"positie {positie}:" in tooltip(markers[positie])
    links = {a.get("href") for a in svg.iter(f"{SVG}a")}
    assert {f"#pos-{p}" for p in markers} <= links


def test_a_corrected_fact_is_a_hollow_marker_with_the_correction_position(
    gecorrigeerd: Verzuimdossier,
) -> None:
    svg = svg_van(rapport(gecorrigeerd))

    (analyse,) = [g for g in groepen(svg, "feit", "gecorrigeerd") if g.get("data-positie") == "3"]
    assert "↺7" in teksten(analyse)
    assert "gecorrigeerd bij positie 7 (oorspronkelijk 2025-02-10)" in tooltip(analyse)
    cirkel = analyse.find(f"{SVG}circle")
    assert cirkel is not None
    assert cirkel.get("fill") == "#ffffff"
    (verschoven,) = groepen(svg, "verschoven")
    assert "positie 3 stond eerst op 2025-02-10" in tooltip(verschoven)
    (ingetrokken,) = groepen(svg, "feit", "ingetrokken")
    assert ingetrokken.get("data-positie") == "6"
    assert "ingetrokken bij positie 9: evaluatie is niet doorgegaan" in tooltip(ingetrokken)


def test_the_correction_makes_the_analysis_late_in_timeline_and_table(
    gecorrigeerd: Verzuimdossier,
) -> None:
    pagina = rapport(gecorrigeerd, date(2025, 6, 1))

    assert '<tr class="verplichting te_laat" data-regel="probleemanalyse">' in pagina
    (glyph,) = [g for g in groepen(svg_van(pagina), "termijn") if "Probleemanalyse" in tooltip(g)]
    assert glyph.get("class") == "termijn status-te_laat"
    assert "dat feit is gecorrigeerd bij positie 7" in tooltip(glyph)


def test_the_history_shows_every_recording_with_its_provenance(
    gecorrigeerd: Verzuimdossier,
) -> None:
    pagina = rapport(gecorrigeerd)

    assert re.findall(r'<tr id="pos-(\d+)"', pagina) == [
        str(r.positie) for r in gecorrigeerd.registraties
    ]
    for r in gecorrigeerd.registraties:
        _, inhoud = rij(pagina, r.positie)
        zichtbaar = tekst(inhoud)
        assert r.type_naam in zichtbaar
        assert r.datum.isoformat() in zichtbaar
        assert r.geregistreerd_op.isoformat(timespec="seconds") in inhoud
        assert "api · door test" in zichtbaar


def test_a_correction_row_shows_what_it_changed_old_to_new(gecorrigeerd: Verzuimdossier) -> None:
    pagina = rapport(gecorrigeerd)

    klassen, inhoud = rij(pagina, 7)
    assert "correctie" in klassen.split()
    zichtbaar = tekst(inhoud)
    assert "betreft: positie 3 (ProbleemanalyseOpgesteld)" in zichtbaar
    assert "reden: analyse was pas op 2025-02-18 af" in zichtbaar
    assert "datum: 2025-02-10 → 2025-02-18" in zichtbaar
    assert "casemanager: M. Bakker → S. de Wit" in tekst(rij(pagina, 8)[1])

    klassen, inhoud = rij(pagina, 3)
    assert "gecorrigeerd" in klassen.split()
    assert "gecorrigeerd bij positie 7" in tekst(inhoud)
    assert "2025-02-10" in tekst(inhoud)  # the recording as recorded


def test_a_withdrawn_row_is_struck_through_and_the_withdrawal_gives_its_reason(
    gecorrigeerd: Verzuimdossier,
) -> None:
    pagina = rapport(gecorrigeerd)

    klassen, inhoud = rij(pagina, 6)
    assert "ingetrokken" in klassen.split()
    assert "<del>EvaluatieGehouden" in inhoud
    assert "<del>2025-05-09</del>" in inhoud
    assert "ingetrokken bij positie 9" in tekst(inhoud)
    assert "ingetrokken bij positie 9" not in "".join(re.findall(r"<del>.*?</del>", inhoud))
    assert "tr.ingetrokken del{text-decoration:line-through" in pagina

    klassen, inhoud = rij(pagina, 9)
    assert "intrekking" in klassen.split()
    assert "betreft: positie 6" in tekst(inhoud)
    assert "reden: evaluatie is niet doorgegaan" in tekst(inhoud)
    assert "<del>" not in inhoud


def test_the_history_diff_uses_the_value_before_each_correction() -> None:
    """A field corrected twice: the second diff starts from the first correction's value."""
    dossiers = in_geheugen()
    dossier = importeer(dossiers, EERSTE_SPOOR)
    for naam in ("S. de Wit", "T. Yilmaz"):
        registreer(
            dossiers,
            dossier,
            type="RegistratieGecorrigeerd",
            datum="2025-05-12",
            betreft=4,
            reden="casemanager",
            velden={"casemanager": naam},
        )
    geschiedenis = lees_geschiedenis(dossiers.dossier(dossier.id).registraties)

    assert [(w.oud, w.nieuw) for c in geschiedenis.correcties.values() for w in c.wijzigingen] == [
        ("M. Bakker", "S. de Wit"),
        ("S. de Wit", "T. Yilmaz"),
    ]
    assert geschiedenis.gecorrigeerd_bij == {4: [7, 8]}


# --- escaping and well-formedness ----------------------------------------------------------


def test_text_from_the_dossier_is_escaped_in_tables_and_tooltips(
    dossiers: Dossierbestand, gecorrigeerd: Verzuimdossier
) -> None:
    registreer(
        dossiers,
        gecorrigeerd,
        type="RegistratieGecorrigeerd",
        datum="2025-05-15",
        betreft=1,
        reden="naam werkgever <b>voluit</b>",
        velden={"werkgever": "Bakkerij <De Korenaar> & Zn."},
    )
    pagina = rapport(dossiers.dossier(gecorrigeerd.id))

    assert "<script>" not in pagina
    # Escaped once, as Jinja2's autoescape (MarkupSafe) writes it: quotes as &#34;.
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;quotes&#34;" in pagina
    assert "<De Korenaar>" not in pagina
    assert "<b>voluit</b>" not in pagina
    assert "bij Bakkerij &lt;De Korenaar&gt; &amp; Zn." in pagina
    svg = svg_van(pagina)  # still well-formed with the hostile text in tooltips
    (contact,) = [g for g in groepen(svg, "feit") if g.get("data-positie") == "10"]
    assert SCRIPT in tooltip(contact)


def _alle_dossierbestanden() -> Iterator[Path]:
    yield from sorted(DEMO.glob("*.jsonl"))
    for map_ in sorted(VOORBEELDEN.iterdir()):
        if (map_ / "dossier.jsonl").is_file() and "geweigerd" not in map_.name:
            yield map_ / "dossier.jsonl"


@pytest.mark.parametrize(
    "pad",
    list(_alle_dossierbestanden()),
    ids=lambda p: p.parent.name if p.name == "dossier.jsonl" else p.stem,
)
@pytest.mark.parametrize("peildatum", [date(2025, 3, 1), DEMO_PEILDATUM, date(2028, 6, 1)])
def test_the_svg_is_well_formed_for_every_example_and_peildatum(
    dossiers: Dossierbestand, pad: Path, peildatum: date
) -> None:
    dossier = importeer(dossiers, pad)
    svg = svg_van(rapport(dossier, peildatum))

    assert svg.tag == f"{SVG}svg"
    breedte, hoogte = (float(v) for v in (svg.get("viewBox") or "").split()[2:])
    assert breedte > 0
    assert hoogte > 0
    assert len(groepen(svg, "termijn")) == len(dossier.termijnen(peildatum).verplichtingen)
    for element in list(svg.iter())[1:]:
        for naam in ("x", "x1", "x2", "cx", "width"):
            waarde = element.get(naam)
            if waarde is not None:
                assert float(waarde) >= -1, (element.tag, naam, waarde)
                assert float(waarde) <= breedte + 1, (element.tag, naam, waarde)


def test_values_read_as_dutch_words() -> None:
    assert waarde_tekst(True) == "ja"
    assert waarde_tekst(None) == "—"
    assert waarde_tekst(Decimal("24")) == "24"
    assert waarde_tekst(Decimal("21.50")) == "21.50"
    assert waarde_tekst({"rol": "casemanager", "naam": "M. Hendriks"}) == "casemanager M. Hendriks"


# --- the command line ----------------------------------------------------------------------


def test_the_cli_writes_the_report_and_prints_its_path(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "var" / "spoorwijzer.db"
    omgeving = {"COLUMNS": "400", "NO_COLOR": "1", "SPOORWIJZER_GEBRUIKER": "c.manager"}

    def spoorwijzer(*argumenten: str) -> Any:
        return runner.invoke(cli_app, ["--db", str(db), *argumenten], env=omgeving)

    assert spoorwijzer("db", "init").exit_code == 0
    geimporteerd = spoorwijzer("dossier", "importeer", str(HOVENIER))
    assert geimporteerd.exit_code == 0, geimporteerd.stderr
    dossier_id = geimporteerd.stdout.strip()
    naar = tmp_path / "rapport.html"

    resultaat = spoorwijzer(
        "dossier", "rapport", dossier_id[:8], "--naar", str(naar), "--peildatum", "2026-11-23"
    )

    assert resultaat.exit_code == 0, resultaat.stderr
    assert resultaat.stdout.strip() == str(naar)
    pagina = naar.read_text(encoding="utf-8")
    assert dossier_id in pagina
    assert "peildatum 23 nov 2026" in tekst(pagina)
    svg_van(pagina)

    onbekend = spoorwijzer("dossier", "rapport", "ffffffff", "--naar", str(naar))
    assert onbekend.exit_code == 3
    fout_datum = spoorwijzer(
        "dossier", "rapport", dossier_id, "--naar", str(naar), "--peildatum", "23-11-2026"
    )
    assert fout_datum.exit_code == 2
    geen_map = spoorwijzer(
        "dossier", "rapport", dossier_id, "--naar", str(tmp_path / "bestaat-niet" / "r.html")
    )
    assert geen_map.exit_code == 2
    assert "kan" in geen_map.stderr
