"""The apps stay in their layers: every import of every project module points down, never up or sideways."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Lowest first; an app may import only from apps before it in this list.
LAYERS = ["core", "programmes", "accounts", "jobs", "measures", "reports", "portal", "demo", "cisreports"]
RANK = {app: n for n, app in enumerate(LAYERS)}


def project_imports(path: Path):
    """(line, top-level app) of each absolute import in a module that names a project app."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in RANK:
                yield node.lineno, top


def layer_violations(root: Path = ROOT) -> list[str]:
    """Every import against the layer order, as "file:line: app imports other"."""
    found = []
    for app in LAYERS:
        for path in sorted((root / app).rglob("*.py")):
            for line, target in project_imports(path):
                if RANK[target] > RANK[app]:
                    found.append(f"{path.relative_to(root)}:{line}: {app} imports {target}")
    return found


def test_every_app_is_a_layer():
    """Each top-level package of the project has its place in the layers (a new app must be placed)."""
    packages = {
        p.name
        for p in ROOT.iterdir()
        if (p / "__init__.py").exists() and p.name not in {"tests", "bench", "scripts"}
    }
    assert packages == set(LAYERS)


def test_imports_follow_the_layers():
    """No module imports from an app above its own; the message names the file and line."""
    assert layer_violations() == []


def test_a_violation_is_named_with_file_and_line(tmp_path):
    """The check itself: an upward import in a domain app is reported with its place."""
    for app in LAYERS:
        (tmp_path / app).mkdir()
    (tmp_path / "measures" / "bad.py").write_text('"""x."""\n\nfrom portal.views import programmes\n')
    assert layer_violations(tmp_path) == ["measures/bad.py:3: measures imports portal"]
