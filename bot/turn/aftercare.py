"""What the turn says after the report: the ready-to-paste report text, and the follow-up's replies.

Both are built here, not in the engine, because they read the platform policies and escalation
routes (`bot.directory.aftercare`) and what the database knows about a follow-up. The report text
holds only what the person answered (category, accounts) and the platform's own policy, never
anything else; it is plain text (it goes inside <pre>, where Telegram allows no formatting).
"""

from __future__ import annotations

from bot.cases.followups import Answered
from bot.directory.aftercare import Aftercare, NextStep
from bot.engine.replies import Joined, Msg, ParamValue
from bot.engine.state import Answers


def paste_text(answers: Answers, aftercare: Aftercare | None) -> Joined:
    """The report text, one line each: the account, what it does, related accounts, the policy."""
    reported = [a.shown for a in answers.accounts if a.role == "reported"]
    related = [a.shown for a in answers.accounts if a.role == "related"]
    category = answers.category or "other"
    parts: list[Msg] = [Msg(key="paste-account", params={"account": ", ".join(reported)})]
    parts.append(Msg(key=f"paste-category-{category}"))
    if related:
        parts.append(Msg(key="paste-related", params={"related": ", ".join(related)}))
    policy = aftercare.policy(answers.platform or "", category) if aftercare is not None else None
    if policy is None:
        parts.append(Msg(key="paste-no-policy"))
    else:
        parts.append(Msg(key="paste-policy", params={"policy": policy.name, "url": policy.url}))
    parts.append(Msg(key="paste-closing"))
    return Joined(parts=tuple(parts), separator="\n")


def follow_up_reply(answered: Answered | None, aftercare: Aftercare | None) -> Msg | Joined:
    """Thanks for "gone" or "can't tell"; the next routes for "still there"; "closed" for an answer
    that did not count (not this person's question, already answered, or contact stopped)."""
    if answered is None:
        return Msg(key="followup-closed")
    if answered.answer != "still":
        parts = [Msg(key=f"followup-thanks-{answered.answer}")]
    else:
        steps = aftercare.next_steps(answered.country, answered.category) if aftercare is not None else []
        parts = [Msg(key="followup-still-intro"), *(_route(step) for step in steps)]
    if answered.young and answered.answer != "gone":
        parts.append(Msg(key="followup-young-still"))
    return Joined(parts=tuple(parts), separator="\n\n")


def _route(step: NextStep) -> Msg:
    asks: ParamValue = Joined(parts=tuple(Msg(key=key) for key in step.asks), separator="; ") if step.asks else ""
    params: dict[str, ParamValue] = {
        "name": step.name,
        "link": step.url or "",
        "phone": step.phone or "",
        "rule": Msg(key=step.rule_key),
        "asks": Msg(key="followup-asks", params={"facts": asks}) if step.asks else "",
        "unconfirmed": Msg(key="route-unconfirmed") if step.confidence != "seen" else "",
    }
    return Msg(key="followup-route", params=params)
