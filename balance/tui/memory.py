"""Python's cycle collector and a screen that opens.

Opening a screen makes tens of thousands of short-lived objects (widgets, styles,
strips), and every so often one of them sets off a full collection, which walks
every object alive: the app, Textual, the loaded figures. Those full passes took
0.1 to 0.4 s of each opening. Once the dashboard first shows its figures, what is
alive is the app's lasting state: it is collected once and then frozen (`gc.freeze`),
so later passes walk only what was made after it. Nothing frozen is lost: freed
objects still go by their reference count; only a cycle among them would stay.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect what start-up left, then keep the rest out of every later pass."""
    gc.collect()
    gc.freeze()


def release() -> None:
    """The app is done: what was frozen is collected as usual again."""
    gc.unfreeze()
