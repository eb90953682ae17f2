"""Persistence: SQLAlchemy 2 async models, the database handle and small repository functions.

Repository functions never commit; the unit of work is opened in one place (the runtime).
"""
