"""The storage contract of DESIGN.md (see `db`): TinyDB-layout files, the one lock,
the journal, the undo log; the only layer that touches the files (and filelock)."""
