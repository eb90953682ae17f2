"""Assembly: Tipline put together from its settings, for the command line and the tests.

The only package that knows every other: it loads and checks the content, opens the database,
builds the turns, attaches the volunteer desk to the pipeline, and picks the Telegram driver.
"""

from bot.app.checks import Content, content_problems, load_checked
from bot.app.content import build_world, load_content
from bot.app.database import open_database
from bot.app.desk import attach_desk, staff_chats
from bot.app.errors import StartupError
from bot.app.runner import open_tipline
from bot.app.telegram import build_pipeline, check_run_settings, serve, setting_warnings

__all__ = [
    "Content",
    "StartupError",
    "attach_desk",
    "build_pipeline",
    "build_world",
    "check_run_settings",
    "content_problems",
    "load_checked",
    "load_content",
    "open_database",
    "open_tipline",
    "serve",
    "setting_warnings",
    "staff_chats",
]
