"""Persistence: SQLAlchemy 2 async models, the database handle and small repository functions.

Repository functions never commit; the unit of work is opened in one place (`bot.turn` for a
conversation, the pipeline's worker for a batch of them).
"""

# The public surface is these modules, each small and of one purpose: callers import the one they use
# (importing them all here would run every one of them for any caller, and tie them in circles).
__all__ = [
    "conversations",
    "db",
    "migrate",
    "models",
]
