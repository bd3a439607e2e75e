"""Textual CSS for the TUI, shipped as package data (balance.styles)."""
