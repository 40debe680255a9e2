"""The HTML page shell shared by the generated pages (dossier report, living documentation)."""

from __future__ import annotations

from html import escape


def pagina(titel: str, css: str, inhoud: str) -> str:
    """A self-contained HTML page: Dutch, UTF-8, responsive, with inline CSS."""
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(titel)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f"{inhoud}\n</body>\n</html>\n"
    )
