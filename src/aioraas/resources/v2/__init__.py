"""The v2 API (money in major units, as Decimal)."""
