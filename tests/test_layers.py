"""The house rules: no import circles (lazy ones included), and the pure layers
load without any face or storage library."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def _cycles_module():
    spec = importlib.util.spec_from_file_location("cycles", ROOT / "tools" / "cycles.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_circles_in_balance() -> None:
    assert _cycles_module().import_cycles("balance") == []


def test_the_cycle_finder_finds_a_circle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "loop"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from loop import b  # lazy, still a circle\n")
    (pkg / "b.py").write_text("from loop import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles_module().import_cycles("loop") == [["loop.a", "loop.b"]]


@pytest.mark.parametrize(
    ("module", "banned"),
    [
        ("balance.core.ledger", ("textual", "tinydb", "argparse")),
        ("balance.core.parse", ("textual", "tinydb", "argparse")),
        ("balance.core.summary", ("textual", "tinydb", "argparse")),
        ("balance.store.db", ("textual", "argparse")),
        ("balance.service.api", ("textual", "argparse")),
        ("balance.cli.commands", ("textual",)),
    ],
)
def test_lower_layers_load_no_face(module: str, banned: tuple[str, ...]) -> None:
    code = f"import sys, {module}; print(','.join(m for m in {banned!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_dataclass_has_a_docstring() -> None:
    """Without one, `dataclass` calls `inspect.signature` at import to make a
    substitute; every command that loads the class pays for it at start."""
    import ast

    bare = []
    for path in sorted((ROOT / "balance").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None:
                if any("dataclass" in ast.unparse(d) for d in node.decorator_list):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert bare == []
