"""v1 rewards catalog."""

from __future__ import annotations

from aioraas.models import v1
from aioraas.resources._base import Resource


class Rewards(Resource):
    api = "v1"

    async def list(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v1.RewardsCatalog:
        """The catalog: brands and their rewards (prices in cents)."""
        response = await self._send("GET", "/rewards", timeout=timeout, max_retries=max_retries)
        return self._decode(response, v1.RewardsCatalog)
