"""The safety rules as data: `tipline flows check` fails on a text that tells people to keep or pass
on a copy, on a young person's path that asks about contact, and on one that ends with nobody to talk to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app.wording import unsafe_sentences
from tests.unit.flows.test_flows_check import content, edit_flow, run_check

__all__ = ["content"]  # the fixture, shared


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Click Report and describe what happened (add a clip or the time)."),
        ("en", "Take a screenshot of the post, then report it."),
        ("en", "1. Save the video. 2. Report it."),
        ("es", "Haz una captura de la publicación y denúnciala."),
        ("pt-BR", "Tire um print da conversa e denuncie."),
        ("fr", "Ajoutez un clip ou le moment dans la vidéo."),
        ("de", "Fügen Sie einen Clip oder die Zeitangabe hinzu."),
        ("de", "Speichern Sie das Video und melden Sie es."),
        ("ar", "ووصف ما حدث (مع إضافة مقطع أو التوقيت)."),
        ("ru", "Опишите, что произошло (добавьте клип или время)."),
        ("ru", "Сохраните видео и пожалуйтесь."),
    ],
)
def test_instructions_to_copy_are_found_in_every_language(language: str, text: str) -> None:
    assert unsafe_sentences(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Do not screenshot, download, save or share the images, not even as evidence."),
        ("en", "They save and repost them, and pass them on to others."),
        ("en", "You never need to save, send or show anyone the pictures."),
        ("es", "No hagas capturas ni descargues nada."),
        ("pt-BR", "Não baixe nem encaminhe as imagens."),
        ("fr", "Ne téléchargez rien et ne faites pas de capture."),
        ("de", "Sie speichern sie, posten sie erneut und geben sie weiter."),
        ("de", "Laden Sie nichts herunter."),
        ("ar", "لا تحفظ الصور ولا ترسلها."),
        ("ru", "Не сохраняйте и не пересылайте снимки."),
    ],
)
def test_warnings_and_descriptions_pass(language: str, text: str) -> None:
    assert unsafe_sentences(text, language) == []


def test_a_route_text_asking_for_a_clip_fails_the_check(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content / "locales" / "fr" / "directory.ftl"
    text = path.read_text()
    path.write_text(text.replace("(indiquez à quel moment du live c'est arrivé)", "(ajoutez un clip)"))
    code, out = run_check(capsys)
    assert code == 1
    assert "fr/directory.ftl: steps-twitch: tells people to save, clip, screenshot, download or forward" in out


def test_a_young_persons_path_may_never_ask_about_contact(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_flow(content, "young", lambda d: d["steps"]["risks"].update(next="report.consent"))
    code, out = run_check(capsys)
    assert code == 1
    assert "report.yaml:consent: asks about contact on a young person's own report (self_report)" in out


def test_a_young_persons_path_needs_someone_to_talk_to_everywhere(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = content / "flows" / "directory" / "routing.yaml"
    routing = yaml.safe_load(path.read_text())

    def no_fallback(rule: dict[str, Any]) -> None:
        for step in rule["steps"]:
            if step["kind"] == "helpline":
                step["fallback"] = []

    no_fallback(routing["categories"]["grooming"])
    path.write_text(yaml.safe_dump(routing, allow_unicode=True))
    code, out = run_check(capsys)
    assert code == 1
    assert "young.yaml:talk: a young person in an unknown country (grooming) is shown no helpline" in out


def test_an_unknown_risk_signal_is_refused(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_flow(content, "report", lambda d: d["steps"]["risks"]["options"][0].update(set={"risks": "meetin"}))
    code, out = run_check(capsys)
    assert code == 1
    assert "report.yaml:risks: option 'meeting' sets risks to 'meetin'" in out


def test_a_young_persons_helplines_must_be_the_ones_for_young_people(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_flow(content, "young", lambda d: d["steps"]["takedown"].pop("audience"))
    code, out = run_check(capsys)
    assert code == 1
    assert "young.yaml:takedown: a young person's flow shows helplines or removal tools: say `audience: young`" in out


def test_parents_lines_on_a_young_persons_path_fail_the_check(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_flow(content, "young", lambda d: d["steps"]["talk"].update(audience="parents"))
    code, out = run_check(capsys)
    assert code == 1
    assert "young.yaml:talk: a young person's flow shows helplines or removal tools: say `audience: young`" in out


def test_a_young_persons_follow_up_question_must_be_their_own_text(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_flow(content, "young", lambda d: d["steps"]["follow_up"].update(text="report-followup-ask"))
    code, out = run_check(capsys)
    assert code == 1
    assert "young.yaml:follow_up: asks a young person about a follow-up with a reporter's text" in out
