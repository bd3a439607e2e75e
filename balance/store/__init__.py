"""The only tinydb user: the storage contract of DESIGN.md (see `db`)."""
