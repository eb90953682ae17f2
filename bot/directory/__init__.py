"""The safety directory as data, and recognition of reported accounts.

Pure Python: the only I/O is reading ``flows/directory/*.yaml`` and the English
Fluent file at load time.
"""

from bot.directory.directory import Directory, directory_problems, load_directory
from bot.directory.loader import DirectoryError
from bot.directory.models import CATEGORIES, Country, EmergencyNumber, Platform, ReportLink, Service
from bot.directory.results import REASONS, NotRecognised, Recognised
from bot.directory.routes import RouteItem, Routes

__all__ = [
    "CATEGORIES",
    "REASONS",
    "Country",
    "Directory",
    "DirectoryError",
    "EmergencyNumber",
    "NotRecognised",
    "Platform",
    "Recognised",
    "ReportLink",
    "RouteItem",
    "Routes",
    "Service",
    "directory_problems",
    "load_directory",
]
