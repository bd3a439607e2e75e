"""Screens: the dashboard, the forms, help and the store error."""
