"""The apps stay in their layers: every import of every project module points down, never up or sideways."""

import ast
import re
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


ROLE_COMPARISONS = [
    re.compile(r"user_role\([^)]*\)\s*(==|!=|\bin\b|\bnot in\b)"),
    re.compile(r"\b(SECRETARIAT|ANALYST|REVIEWER)\b"),
    re.compile(r"""groups\.filter\(\s*name\s*=\s*["'](secretariat|analyst|reviewer)"""),
]


def role_comparisons(root: Path = ROOT) -> list[str]:
    """Lines outside accounts/ that decide by role instead of asking accounts.policy."""
    found = []
    for app in LAYERS:
        if app == "accounts":
            continue
        for path in sorted((root / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.lstrip().startswith(("#", "from ", "import ")):
                    continue
                if any(pattern.search(line) for pattern in ROLE_COMPARISONS):
                    found.append(f"{path.relative_to(root)}:{n}")
    return found


def test_no_role_comparison_outside_accounts():
    """Who may do what is asked of accounts.policy by name; no other module compares roles."""
    assert role_comparisons() == []
