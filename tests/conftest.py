"""Fixtures every test directory may use."""

pytest_plugins = ["tests.helpers.postgres"]
