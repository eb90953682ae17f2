"""`python -m bot.cli`, the same as `tipline`."""

from bot.cli import main

raise SystemExit(main())
