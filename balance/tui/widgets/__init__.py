"""Widgets of the dashboard: each renders one part of a `NetworkReport`."""
