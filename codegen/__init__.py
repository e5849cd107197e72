"""The aioraas model generator: spec/ JSON schemas -> attrs classes in src/aioraas/models/."""
