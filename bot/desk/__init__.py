"""The volunteer desk: the charity's volunteers work the case queue from Telegram.

`Desk` (desk.py) takes a volunteer's command or button (`DeskRequest`), hands it to commands.py or
buttons.py as a `DeskTurn` (handling.py), which call the case services (`bot.cases`) and describe
outbound actions (messages.py). What volunteers read is rendered by words.py (the staff language's
words), cards.py (a case's card) and views.py (longer answers); keys.py lists every key they use.
On Telegram the desk rides the pipeline: routing.py takes its updates and queues its actions,
calls.py makes its Bot API calls. No Telegram framework is imported here.
"""

# The public surface is these modules, each small and of one purpose: callers import the one they use
# (importing them all here would run every one of them for any caller, and tie them in circles).
__all__ = [
    "buttons",
    "calls",
    "commands",
    "desk",
    "handling",
    "messages",
    "observers",
    "parse",
    "payloads",
    "routing",
    "texts",
]
