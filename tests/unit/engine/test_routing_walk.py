"""Whatever was seen, wherever, and whichever country the person is in, a report ends with somewhere
to go: the platform's own route and, from the directory, a sourced hotline or international route."""

from __future__ import annotations

import functools
import itertools

import pytest

from bot.directory import CATEGORIES as CATEGORIES_OF_THE_DIRECTORY
from bot.directory.testing import real_directory
from bot.engine import World
from bot.engine.replies import Joined, Msg
from bot.flowspec import load_flows
from bot.flowspec.model import ChoiceStep
from bot.i18n import Locales
from bot.paths import flows_dir, locales_dir
from tests.unit.engine.conftest import Chat, skip_hotline_facts

REPORT_FLOW = load_flows(flows_dir())
CATEGORY_STEP = REPORT_FLOW.get("report.category")
assert isinstance(CATEGORY_STEP, ChoiceStep)
CATEGORIES = [option.id for option in CATEGORY_STEP.options if option.goto is None]  # those that go on to the platform
UNLISTED_COUNTRY = "MZ"  # a real country with no entry of its own in the directory


@functools.cache
def sample_account(platform: str) -> str:
    """The first form in the platform's English example, e.g. https://www.instagram.com/username."""
    if platform == "other":
        return "https://forum.example.org/u/someone"
    return Locales(locales_dir()).text("en", f"example-{platform}").split(" or ")[0]


def walk(world: World, category: str, platform: str, country: str) -> Chat:
    chat = Chat(world)
    chat.start()
    chat.press("menu-report")
    chat.press("report-safety-no")
    chat.press(f"category-{category}")
    other = platform == "other"
    chat.press("platform-other" if other else world.directory.platforms[platform].name)
    chat.type(sample_account(platform))
    assert chat.position == "report.related_ask", (platform, chat.keys)
    chat.press("report-related-no")
    platform_routes = chat.replies[0]
    assert platform_routes.key == ("report-platform-routes-other" if other else "report-platform-routes")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    chat.type(country)
    hotline = chat.replies[0]
    assert hotline.key == "report-hotline-routes", (country, chat.keys)
    for reply in (platform_routes, hotline):
        routes = reply.params["routes"]
        assert isinstance(routes, Joined)
        assert any(part.key == "route-item" for part in routes.parts), (category, platform, country, reply.key)
    chat.press("report-consent-no")
    chat.press("review-submit")
    assert chat.keys[0] == "tip-submitted"
    return chat


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_platform_has_a_route_for_every_category(world: World, category: str) -> None:
    for platform in world.directory.platform_ids:
        walk(world, category, platform, "AU")


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_country_has_a_route_for_every_category(world: World, category: str) -> None:
    countries = [*real_directory().countries, UNLISTED_COUNTRY]
    platforms = itertools.cycle(world.directory.platform_ids)
    for country in countries:
        walk(world, category, next(platforms), country)


def test_every_route_the_directory_gives_carries_a_source() -> None:
    directory = real_directory()
    for category, platform, country in itertools.product(
        CATEGORIES_OF_THE_DIRECTORY, directory.platform_ids, [*directory.countries, UNLISTED_COUNTRY, None]
    ):
        routes = directory.routes(category, platform, country)
        assert routes.items
        for item in routes.items:
            assert item.source, (category, platform, country, item)


def test_a_fallback_comes_with_the_kind_of_route_it_stands_in_for(world: World) -> None:
    routes = real_directory().routes("stolen_photos", "instagram", UNLISTED_COUNTRY)
    via = {item.name: item.via for item in routes.items if item.kind == "international"}
    assert via == {"INHOPE - find your national hotline": "hotline", "Child Helpline International": "helpline"}
    assert all(item.fallback for item in routes.items if item.kind == "international")

    chat = walk(world, "collecting_photos", "instagram", UNLISTED_COUNTRY)
    hotline = next(o for o in chat.outcomes if o.replies and o.replies[0].key == "report-hotline-routes")
    shown = repr(hotline.replies[0].params["routes"])
    assert "service-inhope-map" in shown  # the map, named in the reader's language
    assert "Child Helpline International" not in shown  # a helpline is not a hotline


def test_generic_names_in_routes_are_in_the_readers_language(world: World) -> None:
    chat = walk(world, "other", "other", "FR")
    replies = [r for o in chat.outcomes for r in o.replies if r.key.startswith("report-platform-routes")]
    routes = replies[0].params["routes"]
    assert isinstance(routes, Joined)
    names = [part.params["name"] for part in routes.parts if part.key == "route-item"]
    assert names
    assert all(name == Msg(key="platform-other") for name in names)

    danger = real_directory().routes("other", "instagram", "FR", danger=True)
    assert {item.name_key for item in danger.items if item.kind == "emergency"} >= {"service-police-gendarmerie"}
