"""Compile every .po catalogue (project and apps) into its .mo, with Babel instead of GNU msgfmt."""

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    catalogues = sorted(
        path for path in ROOT.glob("**/locale/*/LC_MESSAGES/*.po") if ".venv" not in path.parts
    )
    for po_path in catalogues:
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        with po_path.with_suffix(".mo").open("wb") as mo_file:
            write_mo(mo_file, catalog)
    print(f"compiled {len(catalogues)} message catalogues")
    return 0


if __name__ == "__main__":
    sys.exit(main())
