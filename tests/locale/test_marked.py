"""Every word a person reads is marked for translation: a scan of `balance/` for string
literals handed straight to the calls that show text.

A literal that is not for people (JSON, TOML, a key name) but reaches one of these calls
carries a `# machine` comment on its line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "balance"
#: The calls that put text in front of a person, and which positional arguments are text.
SHOWN: dict[str, tuple[int, ...]] = {
    "print": (0,),
    "notify": (0,),
    "Label": (0,),
    "Static": (0,),
    "Button": (0,),
    "Markdown": (0,),
    "Binding": (2,),
    "Hit": (2,),
    "DiscoveryHit": (0,),
    "ValidationError": (1,),
    "FormErrors": (),
    "StoreError": (0,),
    "exit": (1,),
    "error": (0,),
}
#: Keyword arguments that are text for people, whatever the call.
TEXT_KEYWORDS = {"help", "description", "epilog", "placeholder", "tooltip", "title", "message"}
WORDS = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
MARKERS = {"_", "N_", "ngettext"}


def words_in(node: ast.AST) -> bool:
    """True when `node` is literal text with words in it, not passed through a marker."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(words_in(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return words_in(node.left) or words_in(node.right)
    if isinstance(node, ast.IfExp):
        return words_in(node.body) or words_in(node.orelse)
    return False


def name_of(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def unmarked(path: Path) -> list[str]:
    source = path.read_text("utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = name_of(node)
        if name in MARKERS:
            continue
        args = [a for i, a in enumerate(node.args) if i in SHOWN.get(name, ())]
        if name.endswith("Error") and name not in SHOWN:
            args = node.args[:1]
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            if words_in(arg) and not lines[arg.lineno - 1].rstrip().endswith("# machine"):
                where = f"{path.name}:{arg.lineno}"
                found.append(f"{where}: {ast.unparse(arg)[:70]}")
    return found


def test_every_shown_literal_is_marked_for_translation() -> None:
    found = [hit for path in sorted(ROOT.rglob("*.py")) for hit in unmarked(path)]
    assert not found, f"{len(found)} unmarked:\n" + "\n".join(found[:40])


def test_the_scan_finds_an_unmarked_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'print("Logged it")\nprint(_("Logged it"))\nraise ValueError(f"bad {x} value")\n'
        'p.add_argument("--x", help="the x")\nprint("{}")\nprint("[]")  # machine\n',
        "utf-8",
    )
    hits = unmarked(sample)
    assert [h.split(":")[1] for h in hits] == ["1", "3", "4"]
