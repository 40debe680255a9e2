"""``python -m adapters.levend {stappen,rapport,herleiding,uitwisselformaat}``.

Exit codes: 0 success; 1 a scenario failed, is undefined or was not run (``rapport``), or a
generated file is out of date (``--controleer``); 2 wrong usage; 4 a feature file, step
module or cucumber JSON cannot be read.  Messages are Dutch; problems go to standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from adapters.levend.features import OnleesbareFeatureError, lees_features
from adapters.levend.formaat import GeenMarkeringenError, vervang_referentie
from adapters.levend.herleiding import gebeurtenistypen, herleiding
from adapters.levend.rapport import (
    OnleesbareCucumberError,
    lees_rapport,
    samenvatting,
    schrijf_rapport,
)
from adapters.levend.stappen import (
    OnleesbareStapmoduleError,
    aantal,
    catalogus,
    lees_stappen,
    waarschuwingen,
)

FOUT_INVOER = 4


def _schrijf_of_controleer(pad: Path, tekst: str, controleer: bool, opdracht: str) -> int:
    """Write ``tekst`` to ``pad``, or with ``controleer`` only compare (exit code 1 if stale)."""
    if controleer:
        huidig = pad.read_text(encoding="utf-8") if pad.is_file() else None
        if huidig == tekst:
            print(f"{pad} is bij.")
            return 0
        reden = "ontbreekt" if huidig is None else "is verouderd"
        print(
            f"{pad} {reden}; voer `python -m adapters.levend {opdracht}` uit "
            "en commit het resultaat.",
            file=sys.stderr,
        )
        return 1
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(tekst, encoding="utf-8")
    return 0


def _stappen(args: argparse.Namespace) -> int:
    modules = lees_stappen(args.stappen)
    for melding in waarschuwingen(modules):
        print(f"waarschuwing: {melding}", file=sys.stderr)
    tekst = catalogus(modules, args.stappen.as_posix())
    code = _schrijf_of_controleer(args.uit, tekst, args.controleer, "stappen")
    if not args.controleer and code == 0:
        stappen = sum(len(m.stappen) for m in modules)
        print(
            f"{args.uit} geschreven: {aantal(stappen, 'stap', 'stappen')} in "
            f"{aantal(len(modules), 'module', 'modules')}."
        )
    if args.streng and waarschuwingen(modules):
        return 1
    return code


def _rapport(args: argparse.Namespace) -> int:
    rapport, meldingen = lees_rapport(args.features, args.cucumber, args.stappen)
    for melding in meldingen:
        print(melding, file=sys.stderr)
    schrijf_rapport(rapport, args.uit)
    status = "geslaagd" if rapport.geslaagd else "NIET geslaagd"
    print(f"Specificaties {status}: {samenvatting(rapport)}; rapport: {args.uit / 'index.html'}")
    return 0 if rapport.geslaagd else 1


def _herleiding(args: argparse.Namespace) -> int:
    features = lees_features(args.features)
    tekst = herleiding(features, gebeurtenistypen(), args.features.as_posix())
    code = _schrijf_of_controleer(args.uit, tekst, args.controleer, "herleiding")
    if not args.controleer and code == 0:
        regels = sum(len(f.regels) for f in features)
        print(
            f"{args.uit} geschreven: {aantal(regels, 'regel', 'regels')} in "
            f"{aantal(len(features), 'functionaliteit', 'functionaliteiten')}."
        )
    return code


def _uitwisselformaat(args: argparse.Namespace) -> int:
    try:
        huidig = args.document.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as fout:
        print(f"fout: {args.document}: {fout}", file=sys.stderr)
        return FOUT_INVOER
    tekst = vervang_referentie(huidig)
    code = _schrijf_of_controleer(args.document, tekst, args.controleer, "uitwisselformaat")
    if not args.controleer and code == 0:
        print(f"{args.document}: veldreferentie bijgewerkt.")
    return code


def parser() -> argparse.ArgumentParser:
    """The command line definition."""
    hoofd = argparse.ArgumentParser(
        prog="python -m adapters.levend",
        description="Levende documentatie bij de Gherkin-specificaties in features/.",
    )
    sub = hoofd.add_subparsers(dest="opdracht", required=True)

    stappen = sub.add_parser("stappen", help="catalogus van alle stapzinnen (docs/stappen.md)")
    stappen.add_argument(
        "--stappen",
        type=Path,
        default=Path("tests/bdd/stappen"),
        help="map met stapmodules (standaard: tests/bdd/stappen)",
    )
    stappen.add_argument("--uit", type=Path, default=Path("docs/stappen.md"))
    stappen.add_argument(
        "--controleer",
        action="store_true",
        help="niets schrijven; exitcode 1 als het bestand verouderd is",
    )
    stappen.add_argument(
        "--streng",
        action="store_true",
        help="exitcode 1 als een stap geen passend 'Voorbeeld:' heeft",
    )
    stappen.set_defaults(uitvoeren=_stappen)

    rapport = sub.add_parser("rapport", help="HTML-rapport uit features en cucumber-JSON")
    rapport.add_argument(
        "--cucumber",
        type=Path,
        default=Path("reports/cucumber.json"),
        help="uitvoer van pytest --cucumberjson (zonder -n gedraaid)",
    )
    rapport.add_argument("--features", type=Path, default=Path("features"))
    rapport.add_argument(
        "--stappen",
        type=Path,
        default=Path("tests/bdd/stappen"),
        help="map met stapmodules, voor 'bedoelde u ...?' bij een stap zonder definitie",
    )
    rapport.add_argument(
        "--uit", type=Path, default=Path("reports/spec"), help="map voor index.html en de pagina's"
    )
    rapport.set_defaults(uitvoeren=_rapport)

    herl = sub.add_parser("herleiding", help="wetsbron -> regel -> scenario -> gebeurtenis")
    herl.add_argument("--features", type=Path, default=Path("features"))
    herl.add_argument("--uit", type=Path, default=Path("docs/traceability.md"))
    herl.add_argument(
        "--controleer",
        action="store_true",
        help="niets schrijven; exitcode 1 als het bestand verouderd is",
    )
    herl.set_defaults(uitvoeren=_herleiding)

    formaat = sub.add_parser(
        "uitwisselformaat",
        help="de veldreferentie per type in docs/uitwisselformaat.md, uit de code",
    )
    formaat.add_argument("--document", type=Path, default=Path("docs/uitwisselformaat.md"))
    formaat.add_argument(
        "--controleer",
        action="store_true",
        help="niets schrijven; exitcode 1 als de veldreferentie verouderd is",
    )
    formaat.set_defaults(uitvoeren=_uitwisselformaat)
    return hoofd


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    args = parser().parse_args(argv)
    try:
        return int(args.uitvoeren(args))
    except (
        OnleesbareFeatureError,
        OnleesbareCucumberError,
        OnleesbareStapmoduleError,
        GeenMarkeringenError,
    ) as fout:
        print(f"fout: {fout}", file=sys.stderr)
        return FOUT_INVOER


if __name__ == "__main__":
    sys.exit(main())
