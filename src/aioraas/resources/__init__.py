"""Typed methods of the RaaS API, one module per resource group (thin: request, send, decode)."""
