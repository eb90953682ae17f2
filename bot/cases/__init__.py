"""The charity's queue: tips, the accounts they name, and the cases those accounts gather into."""

# The public surface is these modules, each small and of one purpose: callers import the one they use
# (importing them all here would run every one of them for any caller, and tie them in circles).
__all__ = [
    "audit",
    "detail",
    "export",
    "facts",
    "network",
    "priority",
    "queries",
    "queue",
    "reference",
    "relay",
    "reporter",
    "stats",
    "status",
    "tips",
    "volunteers",
    "workflow",
]
