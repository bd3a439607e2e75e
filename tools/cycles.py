"""List the import circles in a package, lazy imports inside functions included.

Run: python tools/cycles.py [package]  (default: balance). Exits 1 when there is a circle.
The same check runs in the test suite (tests/test_layers.py).
"""

from __future__ import annotations

import sys

import grimp


def import_cycles(package: str) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), each a circle of imports.

    Imports under `if TYPE_CHECKING:` are left out: they never run.
    """
    graph = grimp.build_graph(package, exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(m: str) -> None:
        index[m] = low[m] = len(index)
        stack.append(m)
        on_stack.add(m)
        for n in edges.get(m, []):
            if n not in index:
                visit(n)
                low[m] = min(low[m], low[n])
            elif n in on_stack:
                low[m] = min(low[m], index[n])
        if low[m] == index[m]:
            group = []
            while True:
                n = stack.pop()
                on_stack.discard(n)
                group.append(n)
                if n == m:
                    break
            if len(group) > 1 or m in edges.get(m, []):
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for m in modules:
        if m not in index:
            visit(m)
    return groups


def main() -> int:
    package = sys.argv[1] if len(sys.argv) > 1 else "balance"
    cycles = import_cycles(package)
    for group in cycles:
        print("circle:", " <-> ".join(group))
    print(f"{len(cycles)} import circles in {package}")
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
