"""The legacy v1 API (money in cents)."""
