"""aioraas: an asyncio client for the Tango Card RaaS API."""
