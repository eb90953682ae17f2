"""The conversation engine: `step(world, state, event) -> Outcome`. Pure and deterministic.

It never performs I/O and never imports a Telegram framework or the database layer: drivers turn
updates into events, and a turn (`bot.turn`) persists the outcome and sends the replies.
The step's parts live beside it: keys.py (names shared with the locales), options.py (what a
choice offers), routes.py (routes as messages), world.py (what the engine reads and returns).
"""

from __future__ import annotations

from bot.engine.events import (
    Button,
    Command,
    Event,
    FollowUpQuestion,
    Media,
    MemberJoined,
    RelayQuestion,
    Start,
    StatusNotice,
)
from bot.engine.keys import (
    AGE_LABEL,
    CATEGORY_LABEL,
    COUNTRY_LABEL_PREFIX,
    ENGINE_PAYLOAD_PREFIX,
    EXAMPLE_KEY,
    MENU_PAYLOAD,
    OTHER_PLATFORM,
    OTHER_PLATFORM_KEY,
    REVIEW_REPORTED_LABEL,
    RISK_LABEL,
    SEEN_LABEL,
)
from bot.engine.options import choice_options, match_language, payload_for
from bot.engine.ports import NotRecognisedView
from bot.engine.replies import (
    ButtonSpec,
    CountryName,
    DeleteUserMessage,
    Effect,
    FollowUpAnswer,
    ForgetMe,
    Joined,
    ListMyTips,
    Msg,
    ParamValue,
    PasteReport,
    RelayAnswer,
    Reply,
    Slot,
    SubmitTip,
    WithdrawConsent,
)
from bot.engine.routes import PLATFORM_ROUTE_KINDS, route_parts
from bot.engine.state import LIST_FIELDS, AccountAnswer, Answers, ConversationState, Pending
from bot.engine.world import Outcome, World
from bot.flowspec.model import (
    ActionStep,
    ChoiceStep,
    EndStep,
    InputStep,
    MessageStep,
    Option,
    RoutesStep,
    Step,
)

FOLLOW_UP_KIND = "fu"
"""Engine payloads `!fu<id>:<answer>` answer a follow-up question."""
FOLLOW_UP_ANSWERS = ("gone", "still", "unsure")
MAX_TEXT = 4000
"""No free text is longer than this, whatever a step allows: it bounds what is stored."""
MAX_OPEN_QUESTIONS = 20
"""Questions a person can still answer; the oldest is forgotten first."""
MAX_AUTO_STEPS = 50
"""Message, route and action steps chain on their own; a cycle among them would spin forever."""


def step(world: World, state: ConversationState, event: Event) -> Outcome:
    """Apply one event to a conversation. The input state is never mutated."""
    turn = _Turn(world, state.model_copy(deep=True))
    if isinstance(event, Start):
        turn.start(event.language_code)
    elif isinstance(event, Command):
        turn.command(event.name)
    elif isinstance(event, Media):
        turn.media(event)
    elif isinstance(event, Button):
        turn.button(event.payload)
    elif isinstance(event, RelayQuestion):
        turn.relay_question(event)
    elif isinstance(event, StatusNotice):
        turn.say("tip-status-notice", reference=event.reference, status=Msg(key=event.status_key))
    elif isinstance(event, FollowUpQuestion):
        turn.follow_up_question(event)
    elif isinstance(event, MemberJoined):
        pass  # the volunteer group's, never a conversation's: nothing to say
    else:
        turn.text(event.text)
    return Outcome(turn.state, turn.replies, turn.effects)


class _Turn:
    def __init__(self, world: World, state: ConversationState) -> None:
        self.world = world
        self.flows = world.flows
        self.directory = world.directory
        self.state = state
        self.replies: list[Reply] = []
        self.effects: list[Effect] = []

    # ---- events -------------------------------------------------------------------------------

    def start(self, language_code: str | None) -> None:
        profile = self.state.profile
        if profile.language is None:
            profile.language = self._language_from(language_code)
        if profile.country is None:
            profile.country = self.directory.suggest_country(language_code)
        if self.report_under_way():  # like /cancel: a tap on /start must not throw a report away
            self.state.pending = Pending(kind="cancel")
            self.ask_pending()
            return
        self.state = ConversationState(profile=profile)
        self.say("greeting")
        self.go(self.flows.entry)

    def command(self, name: str) -> None:
        name = name.lower()
        if name == "cancel":
            self.cancel()
        elif name in ("menu", "restart"):
            self.state = ConversationState(profile=self.state.profile)
            self.go(self.flows.entry)
        elif name == "help":
            self.say("help")
            self.reask()
        elif name == "language":
            self.choose_language()
        elif name == "mytips":
            self.effects.append(ListMyTips())
            self.say("mytips", tips=Slot(slot="mytips"))
            self.reask_if_busy()
        elif name == "stopcontact":
            self.effects.append(WithdrawConsent())
            self.say("consent-withdrawn")
            self.reask_if_busy()
        elif name == "forget":
            self.state.pending = Pending(kind="forget")
            self.ask_pending()
        else:
            self.say("error-unknown-command", command=name)
            self.reask()

    def media(self, event: Media) -> None:
        if event.message_id is not None:
            self.effects.append(DeleteUserMessage(message_id=event.message_id))
        self.say("media-refused")
        self.reask()

    def text(self, text: str) -> None:
        text = text.strip()
        current = self.current()
        if self.state.answering is not None and text:
            self.answer_question(text)
        elif self.state.pending is not None:
            self.say("error-use-buttons")
            self.ask_pending()
        elif current is None:
            self.go(self.flows.entry)
            self.hint_at_menu()
        elif len(text) > MAX_TEXT or (isinstance(current, InputStep) and len(text) > current.max_length):
            limit = current.max_length if isinstance(current, InputStep) else MAX_TEXT
            self.say("error-too-long", length=len(text), limit=min(limit, MAX_TEXT))
            self.reask()
        elif isinstance(current, InputStep):
            self.answer_input(current, text)
        elif isinstance(current, ChoiceStep) and current.accepts_text == "country":
            self.answer_country_text(current, text)
        elif isinstance(current, ChoiceStep) and current.on_text is not None:
            self.say(current.on_text.say)
            self.ask(current, first=current.on_text.first)
        else:
            self.say("error-use-buttons")
            self.reask()

    def button(self, payload: str) -> None:
        position, _, option_id = payload.rpartition(":")
        if position.startswith(ENGINE_PAYLOAD_PREFIX):
            self.engine_button(position[1:], option_id)
            return
        current = self.current()
        if current is None or position != self.state.position or self.state.pending is not None:
            self.say("error-stale-button")
            self.reask()
            return
        if isinstance(current, InputStep) and current.skip and current.skip.id == option_id:
            self.choose(current.skip, current.next, field_name=None)
            return
        if isinstance(current, ChoiceStep):
            option = self.options_of(current).get(option_id)
            if option is not None:
                self.choose(option, current.next, field_name=current.field)
                return
        self.say("error-stale-button")
        self.reask()

    # ---- engine's own questions ----------------------------------------------------------------

    def relay_question(self, event: RelayQuestion) -> None:
        answer = ButtonSpec(label="relay-answer-button", payload=f"{ENGINE_PAYLOAD_PREFIX}answer:{event.question_id}")
        params: dict[str, ParamValue] = {"question": event.text, "reference": event.reference}
        self.replies.append(Reply(key="relay-question", params=params, buttons=((answer,),)))
        if event.question_id not in self.state.asked:
            self.state.asked = [*self.state.asked[-(MAX_OPEN_QUESTIONS - 1) :], event.question_id]

    def follow_up_question(self, event: FollowUpQuestion) -> None:
        """Is the account still there? Three buttons; the turn checks the answer is this person's."""
        prefix = f"{ENGINE_PAYLOAD_PREFIX}{FOLLOW_UP_KIND}{event.follow_up_id}:"
        buttons = tuple(
            (ButtonSpec(label=f"followup-{answer}", payload=f"{prefix}{answer}"),) for answer in FOLLOW_UP_ANSWERS
        )
        params: dict[str, ParamValue] = {
            "reference": event.reference,
            "account": event.account,
            "platform": self.platform_param(event.platform),
            "reminder": "yes" if event.reminder else "no",
        }
        key = "followup-question-young" if event.young else "followup-question"
        self.replies.append(Reply(key=key, params=params, buttons=buttons))

    def follow_up_answer(self, follow_up: str, answer: str) -> None:
        if not follow_up.isdigit() or answer not in FOLLOW_UP_ANSWERS:
            self.say("error-stale-button")
            self.reask()
            return
        self.effects.append(FollowUpAnswer(follow_up_id=int(follow_up), answer=answer))
        self.replies.append(Reply(key="followup-answer", params={"body": Slot(slot="followup")}))
        self.reask_if_busy()

    def answer_question(self, text: str) -> None:
        if len(text) > MAX_TEXT:
            self.say("error-too-long", length=len(text), limit=MAX_TEXT)
            return
        question_id, self.state.answering = self.state.answering, None
        assert question_id is not None
        self.state.asked = [q for q in self.state.asked if q != question_id]
        self.effects.append(RelayAnswer(question_id=question_id, text=text))
        self.say("relay-answer-sent")
        self.reask_if_busy()

    def report_under_way(self) -> bool:
        """Something answered in a flow other than the menu: losing it needs the person's yes."""
        in_a_flow = self.state.flow not in (None, self.flows.entry.partition(".")[0])
        return in_a_flow and (self.state.answers != Answers() or self.state.pending is not None)

    def hint_at_menu(self) -> None:
        """Text typed when a path had ended is read as typed at the menu: the hint, its option first.
        `go` has just asked the menu; that question is replaced, not repeated."""
        menu = self.flows.get(self.flows.entry)
        if isinstance(menu, ChoiceStep) and menu.on_text is not None and self.state.position == self.flows.entry:
            self.replies.pop()
            self.say(menu.on_text.say)
            self.ask(menu, first=menu.on_text.first)

    def reask_if_busy(self) -> None:
        """After an aside (a command, an answer), show the question under way again, if any."""
        if self.state.pending is not None or self.current() is not None:
            self.reask()

    def cancel(self) -> None:
        if self.state.answering is not None:
            self.state.answering = None
            self.say("relay-answer-cancelled")
            self.reask_if_busy()
            return
        if self.state.flow is None or self.state.flow == self.flows.entry.partition(".")[0]:
            self.say("error-nothing-to-cancel")
            self.go(self.flows.entry)
            return
        self.state.pending = Pending(kind="cancel")
        self.ask_pending()

    def ask_pending(self) -> None:
        pending = self.state.pending
        assert pending is not None
        yes = ButtonSpec(label="button-yes", payload=f"{ENGINE_PAYLOAD_PREFIX}{pending.kind}:yes")
        no = ButtonSpec(label="button-no", payload=f"{ENGINE_PAYLOAD_PREFIX}{pending.kind}:no")
        if pending.kind == "cancel":
            self.replies.append(Reply(key="cancel-confirm", buttons=((yes, no),)))
        elif pending.kind == "forget":
            self.replies.append(Reply(key="forget-confirm", buttons=((yes, no),)))
        else:
            assert pending.account is not None
            params: dict[str, ParamValue] = {
                **self.context(),
                "other": self.platform_name(pending.account.platform),
                "link": pending.account.shown,
            }
            self.replies.append(Reply(key="account-switch-platform", params=params, buttons=((yes, no),)))

    def engine_button(self, kind: str, answer: str) -> None:
        pending = self.state.pending
        if kind == "menu" and pending is None and self.state.flow in (None, self.flows.entry.partition(".")[0]):
            self.go(self.flows.entry)
            return
        if kind.startswith(FOLLOW_UP_KIND):
            self.follow_up_answer(kind.removeprefix(FOLLOW_UP_KIND), answer)
            return
        if kind == "answer" and answer.isdigit() and int(answer) in self.state.asked:
            self.state.answering = int(answer)
            self.say("relay-answer-ask")
            return
        if pending is None or pending.kind != kind or answer not in ("yes", "no"):
            self.say("error-stale-button")
            self.reask()
            return
        self.state.pending = None
        if kind == "forget":
            if answer == "yes":
                self.effects.append(ForgetMe())
                self.state = ConversationState()  # the turn deletes the conversation itself
                self.say("forget-done")
            else:
                self.say("forget-kept")
                self.reask()
            return
        if kind == "cancel":
            if answer == "yes":
                self.state = ConversationState(profile=self.state.profile)
                self.say("cancel-done")
                self.go(self.flows.entry)
            else:
                self.say("cancel-kept")
                self.reask()
            return
        current = self.current()
        if answer == "yes" and pending.account is not None and isinstance(current, InputStep):
            self.state.answers.platform = pending.account.platform
            self.store_account(current, pending.account)
        else:
            self.reask()

    # ---- answering steps -------------------------------------------------------------------------

    def choose(self, option: Option, default_next: str | None, field_name: str | None) -> None:
        if field_name is not None:
            self.store(field_name, option.id)
        for name, value in option.set.items():
            self.store(name, value)
        # A confirmation may repeat what is noted so far ("Noted: threats, money asked"), so a
        # person tapping several risk signals sees which ones count.
        noted = self.hotline_facts() if option.say else {}
        for key in option.say:
            self.say(key, **noted)
        target = option.goto or default_next
        assert target is not None, "flows check guarantees every option leads somewhere"
        self.advance(target, option.return_to)

    def advance(self, target: str, return_to: str | None = None) -> None:
        flow = self.state.flow or ""
        if return_to is not None:
            self.state.returns.append(self.flows.resolve(return_to, flow))
            self.go(self.flows.resolve(target, flow))
        elif self.state.returns:
            self.go(self.state.returns.pop())
        else:
            self.go(self.flows.resolve(target, flow))

    def answer_input(self, current: InputStep, text: str) -> None:
        if not text:
            self.say("error-empty")
            self.reask()
            return
        if current.input == "text":
            if current.field:
                self.store(current.field, text)
            self.advance(current.next)
        elif current.input == "country":
            self.answer_country_text(current, text)
        else:
            self.answer_account(current, text)

    def answer_country_text(self, current: InputStep | ChoiceStep, text: str) -> None:
        code = self.directory.find_country(text)
        if code is None:
            self.say("error-country-unknown", text=text)
            self.reask()
            return
        self.store("country", code)
        target = current.next
        assert target is not None
        self.advance(target)

    def answer_account(self, current: InputStep, text: str) -> None:
        chosen = self.state.answers.platform
        found = self.directory.recognise(text, chosen)
        if isinstance(found, NotRecognisedView):
            reason = found.reason
            self.say(f"account-error-{reason}")
            self.reask()
            return
        role = "related" if current.input == "related_account" else "reported"
        account = AccountAnswer(
            platform=found.platform,
            id=found.id,
            url=found.url,
            kind=found.kind,
            role=role,
            certainty=found.certainty,
            label=found.label,
        )
        if role == "reported" and chosen not in (None, "other") and found.platform != chosen:
            self.state.pending = Pending(kind="switch_platform", account=account)
            self.ask_pending()
            return
        self.store_account(current, account)

    def store_account(self, current: InputStep, account: AccountAnswer) -> None:
        accounts = self.state.answers.accounts
        key = (account.platform, account.id)
        if account.role == "reported" and account.kind == "post":
            self.keep_evidence(account)
            return
        if account.role == "reported":
            accounts[:] = [a for a in accounts if a.role != "reported" and (a.platform, a.id) != key]
            accounts.insert(0, account)
        elif any((a.platform, a.id) == key for a in accounts):
            self.say("account-duplicate", account=account.shown)
            self.advance(current.next)
            return
        elif sum(a.role == "related" for a in accounts) >= self.world.max_related_accounts:
            self.say("account-related-limit", limit=self.world.max_related_accounts)
            if current.skip is not None:  # on with the report, as if "that's all" was pressed
                self.choose(current.skip, current.next, field_name=None)
            else:
                self.advance(current.next)
            return
        else:
            accounts.append(account)
            self.say("account-added", account=account.shown)
        self.advance(current.next)

    def keep_evidence(self, post: AccountAnswer) -> None:
        """A post or short link names a post, not who posted it (and cases are grouped by account):
        keep it as evidence and ask again, now for the account's @name shown on the post."""
        accounts = self.state.answers.accounts
        if all((a.platform, a.id) != (post.platform, post.id) for a in accounts):
            accounts.append(post.model_copy(update={"role": "evidence"}))
        self.say("account-post-kept", post=post.shown)
        self.reask()

    def store(self, name: str, value: str | bool | None) -> None:
        if name == "country":
            self.state.profile.country = value.upper() if isinstance(value, str) else None
            self.state.profile.country_confirmed = self.state.profile.country is not None
        elif name == "language":
            chosen = match_language(value if isinstance(value, str) else None, self.world.languages)
            self.state.profile.language = chosen or self.state.profile.language
        elif name in LIST_FIELDS:
            values: list[str] = getattr(self.state.answers, name)
            if isinstance(value, str) and value not in values:
                values.append(value)
        else:
            setattr(self.state.answers, name, value)

    # ---- moving and asking -----------------------------------------------------------------------

    def current(self) -> Step | None:
        position = self.state.position
        return self.flows.get(position) if position else None

    def go(self, full_ref: str) -> None:
        """Enter a step and run on through steps that need no answer, until one asks something."""
        for _ in range(MAX_AUTO_STEPS):
            flow_id, _, step_id = full_ref.partition(".")
            target = self.flows.get(full_ref)
            if target is None:  # only a changed flow file can leave a conversation pointing nowhere
                self.state = ConversationState(profile=self.state.profile)
                full_ref = self.flows.entry
                continue
            if full_ref == self.flows.entry:  # the menu: whatever was under way is over
                self.state = ConversationState(profile=self.state.profile)
            self.state.flow, self.state.step = flow_id, step_id
            country_step = self.flows.flows[flow_id].country_step
            if target.needs_country and not self.known("country") and country_step:
                self.state.returns.append(full_ref)
                full_ref = self.flows.resolve(country_step, flow_id)
                continue
            following = self.enter(target)
            if following is None:
                return
            full_ref = self.flows.resolve(following, flow_id)
        raise RuntimeError(f"flow loops without asking anything at {full_ref}")

    def enter(self, target: Step) -> str | None:
        """Say what a step says; return where to go on to, or None to wait for an answer."""
        if isinstance(target, MessageStep):
            self.say(self.text_key(target))
            return target.next
        if isinstance(target, RoutesStep):
            self.say_routes(target)
            return target.next
        if isinstance(target, ActionStep) and target.effect == "paste_report":
            self.effects.append(PasteReport(answers=self.state.answers.model_copy(deep=True)))
            self.say(self.text_key(target), paste=Slot(slot="paste"))
            return target.next
        if isinstance(target, ActionStep):
            self.effects.append(
                SubmitTip(
                    answers=self.state.answers.model_copy(deep=True),
                    country=self.state.profile.country,
                    language=self.language,
                )
            )
            self.say(self.text_key(target), reference=Slot(slot="reference"))
            return target.next
        if isinstance(target, ChoiceStep) and target.skip_if_known and self.known(target.field):
            if self.state.returns:
                return self.state.returns.pop()
            return target.next
        self.ask(target)
        return None

    def reask(self) -> None:
        current = self.current()
        if self.state.pending is not None:
            self.ask_pending()
        elif current is None:
            self.go(self.flows.entry)
        else:
            self.ask(current)

    def ask(self, target: Step, first: str | None = None) -> None:
        """Ask a step's question; `first`: the option to put on top (the menu, after typed text)."""
        position = self.state.position or ""
        key = self.text_key(target)  # before an end forgets the answers its text may depend on
        params = self.summary() if isinstance(target, ChoiceStep) and target.summary else self.context()
        buttons: tuple[tuple[ButtonSpec, ...], ...] = ()
        if isinstance(target, ChoiceStep):
            options = sorted(self.options_of(target).values(), key=lambda option: option.id != first)
            specs = [self.button_spec(position, option) for option in options]
            buttons = tuple(tuple(specs[i : i + target.columns]) for i in range(0, len(specs), target.columns))
        elif isinstance(target, InputStep) and target.skip:
            buttons = ((self.button_spec(position, target.skip),),)
        elif isinstance(target, EndStep):
            buttons = ((ButtonSpec(label="button-menu", payload=MENU_PAYLOAD),),)
            # The path is over: nothing of it stays in the conversation, only the profile.
            self.state = ConversationState(profile=self.state.profile)
        self.replies.append(Reply(key=key, params=params, buttons=buttons))

    def button_spec(self, position: str, option: Option) -> ButtonSpec:
        """A label starting with `=` is shown as it is (a platform's or a language's own name);
        `%CODE` is a country, named in the reader's language when rendered."""
        payload = payload_for(position, option.id)
        if option.label.startswith(COUNTRY_LABEL_PREFIX):
            code = option.label.removeprefix(COUNTRY_LABEL_PREFIX)
            return ButtonSpec(
                label=self.directory.country_name(code) or code, payload=payload, literal=True, country=code
            )
        if option.label.startswith("="):
            return ButtonSpec(label=option.label[1:], payload=payload, literal=True)
        return ButtonSpec(label=option.label, payload=payload)

    def options_of(self, target: ChoiceStep) -> dict[str, Option]:
        return choice_options(
            target,
            self.directory,
            self.world.languages,
            self.world.language_names,
            first_country=self.state.profile.country,
        )

    def text_key(self, target: Step) -> str:
        for alternative in target.text_if:
            value = self.value_of(alternative.field)
            if value is not None if alternative.equals is None else value == alternative.equals:
                return alternative.text
        return target.text

    def known(self, field_name: str | None) -> bool:
        """Answered by the person (a guessed country does not count: it is still asked)."""
        if field_name == "country":
            return self.state.profile.country is not None and self.state.profile.country_confirmed
        return field_name is not None and self.value_of(field_name) is not None

    def value_of(self, field_name: str) -> object:
        if field_name == "country":
            return self.state.profile.country
        return getattr(self.state.answers, field_name, None)

    def say(self, key: str, **params: ParamValue) -> None:
        self.replies.append(Reply(key=key, params={**self.context(), **params}))

    # ---- what the texts show ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.state.profile.language or self.world.default_language

    def _language_from(self, code: str | None) -> str:
        return match_language(code, self.world.languages) or self.world.default_language

    def choose_language(self) -> None:
        """Ask for the language, then come back to the question under way, answers kept."""
        self.state.pending = None
        position = self.state.position
        if position is not None and position.partition(".")[0] != self.flows.entry.partition(".")[0]:
            self.state.returns.append(position)
        self.go(self.world.language_step)

    def platform_name(self, pid: str | None) -> str:
        platform = self.directory.platforms.get(pid or "")
        return platform.name if platform else ""

    def platform_param(self, pid: str | None) -> ParamValue:
        """A platform's own name; "another site or app" in the reader's language."""
        return Msg(key=OTHER_PLATFORM_KEY) if pid == OTHER_PLATFORM else self.platform_name(pid)

    def country_param(self) -> CountryName | str:
        code = self.state.profile.country
        return CountryName(code=code, fallback=self.directory.country_name(code) or code) if code else ""

    def context(self) -> dict[str, ParamValue]:
        """What any text may mention: the platform and country in play, the reported account."""
        answers = self.state.answers
        reported = next((a for a in answers.accounts if a.role == "reported"), None)
        pid = answers.platform
        return {
            "platform": self.platform_param(pid),
            "example": Msg(key=EXAMPLE_KEY.format(pid)) if pid in self.directory.platforms else "",
            "country": self.country_param(),
            "account": reported.shown if reported else "",
        }

    def summary(self) -> dict[str, ParamValue]:
        answers = self.state.answers
        accounts = [a.shown for a in answers.accounts if a.role in ("reported", "evidence")]
        related = [a.shown for a in answers.accounts if a.role == "related"]
        none = Msg(key="review-none")

        def yes_no(value: bool | None) -> Msg:
            return Msg(key="review-yes" if value else "review-no")

        return {
            **self.context(),
            "category": Msg(key=CATEGORY_LABEL.format(answers.category)) if answers.category else none,
            "accounts": "\n".join(accounts) if accounts else none,
            "related": "\n".join(related) if related else none,
            "reported": Msg(key=REVIEW_REPORTED_LABEL.format(answers.reported_to_platform))
            if answers.reported_to_platform
            else none,
            "details": answers.details or none,
            "country": self.country_param() or none,
            "consent": yes_no(answers.contact_consent),
            "danger": yes_no(answers.child_in_danger),
            **self.hotline_facts(),
        }

    def hotline_facts(self) -> dict[str, ParamValue]:
        """When it was seen, the apparent age, whether the reporter knows the child, risk signals."""
        answers = self.state.answers
        none = Msg(key="review-none")
        seen: ParamValue = none
        if answers.seen_when == "date" and answers.seen_date:
            seen = answers.seen_date
        elif answers.seen_when:
            seen = Msg(key=SEEN_LABEL.format(answers.seen_when))
        knows: ParamValue = none
        if answers.knows_child is not None:
            knows = Msg(key="review-yes" if answers.knows_child else "review-no")
        risks = tuple(Msg(key=RISK_LABEL.format(risk)) for risk in answers.risks)
        return {
            "seen": seen,
            "age": Msg(key=AGE_LABEL.format(answers.child_age)) if answers.child_age else none,
            "knows": knows,
            "risks": Joined(parts=risks, separator=", ") if risks else none,
        }

    def say_routes(self, target: RoutesStep) -> None:
        answers = self.state.answers
        category = target.category or answers.category or "other"
        routes = self.directory.routes(
            category,
            answers.platform or "other",
            self.state.profile.country,
            danger=bool(answers.child_in_danger),
            audience=target.audience,
        )
        parts = route_parts(routes, target.kinds, self.platform_param(answers.platform or OTHER_PLATFORM))
        parts += self.related_platform_parts(target, category)
        self.replies.append(Reply(key=self.text_key(target), params={**self.context(), "routes": Joined(parts=parts)}))

    def related_platform_parts(self, target: RoutesStep, category: str) -> tuple[Msg, ...]:
        """Accounts named on other platforms (a Telegram group behind an Instagram account) get their
        own platform's report routes, after the main platform's."""
        kinds = tuple(kind for kind in target.kinds or PLATFORM_ROUTE_KINDS if kind in PLATFORM_ROUTE_KINDS)
        main = self.state.answers.platform
        others = dict.fromkeys(
            account.platform
            for account in self.state.answers.accounts
            if account.platform not in (main, OTHER_PLATFORM) and account.platform in self.directory.platforms
        )
        parts: list[Msg] = []
        for pid in others if kinds else ():
            routes = self.directory.routes(category, pid, self.state.profile.country)
            parts += route_parts(routes, kinds, self.platform_param(pid))
        return tuple(parts)
