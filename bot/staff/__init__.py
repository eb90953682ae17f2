"""The volunteer desk: the charity's volunteers work the case queue from Telegram.

`Desk` (desk.py) takes a volunteer's command or button (`DeskRequest`) and turns it into case
service calls (`bot.cases`) and outbound actions (messages.py); texts.py renders what volunteers
read from `locales/<staff language>/staff.ftl`. No Telegram framework is imported here.
"""
