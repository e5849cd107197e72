"""aioraas: an asyncio client for the Tango Card Rewards-as-a-Service (RaaS) API.

from aioraas import RaasClient, errors
from aioraas.models import v1, v2
"""

from aioraas import errors
from aioraas._modelkit import UNSET, Unset
from aioraas._pagination import Page, Paginator
from aioraas._version import __version__
from aioraas.client import RaasClient
from aioraas.resources.v2.orders import OrderResult

__all__ = [
    "UNSET",
    "OrderResult",
    "Page",
    "Paginator",
    "RaasClient",
    "Unset",
    "__version__",
    "errors",
]
