"""The demo data set and an example CSV, shipped as package data (balance.sample_data)."""
