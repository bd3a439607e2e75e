"""What the faces ask for, one module per use case: store and core together, once
for both faces (`api.Service` is the one object they hold)."""
