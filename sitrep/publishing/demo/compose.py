"""Plan the demo content of one week: which topics, trends, texts, authors and images.

Pure and deterministic: the same week always gives the same plan, whichever run creates it and
however many weeks that run covers, so re-running `seed_demo` (or extending it further back)
never contradicts what already exists. No database access here.
"""

from __future__ import annotations

import datetime
import html
import math
import random
import re
import uuid
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.text import slugify

from . import content
from .content import LANGUAGES, Text

# The trend walk starts here and runs forward week by week, so a week's trend does not depend on
# how many weeks a run asked for.
TREND_EPOCH = datetime.date(1990, 1, 1)  # a Monday

# Week-to-week transition probabilities: mostly "unchanged", sometimes a move, rarely "mixed";
# a move is a little more likely to repeat than to reverse at once.
TREND_TRANSITIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "unchanged": (("unchanged", 0.70), ("worsened", 0.13), ("improved", 0.12), ("mixed", 0.05)),
    "worsened": (("unchanged", 0.55), ("worsened", 0.28), ("improved", 0.10), ("mixed", 0.07)),
    "improved": (("unchanged", 0.55), ("improved", 0.25), ("worsened", 0.13), ("mixed", 0.07)),
    "mixed": (("unchanged", 0.60), ("worsened", 0.15), ("improved", 0.15), ("mixed", 0.10)),
}

IMAGES_PER_TOPIC = 2
# In the latest weeks one article is left without a Belarusian and another without a Russian
# translation, so the language fallback is visible on the demo site.
UNTRANSLATED_RECENT_WEEKS = 4
SLUG_MAX_LENGTH = 80


@dataclass(frozen=True)
class BodyBlock:
    block_type: str  # "paragraph" | "heading" | "quote"
    block_id: str
    text: Text
    attribution: Text | None = None

    def stream_value(self, language: str) -> dict:
        """The block as StreamField raw data in one language (ids shared across languages)."""
        if self.block_type == "paragraph":
            value: object = f"<p>{html.escape(self.text[language], quote=False)}</p>"
        elif self.block_type == "quote":
            attribution = self.attribution[language] if self.attribution else ""
            value = {"quote": self.text[language], "attribution": attribution}
        else:
            value = self.text[language]
        return {"type": self.block_type, "value": value, "id": self.block_id}


@dataclass(frozen=True)
class ArticlePlan:
    index: int
    topic_slug: str
    trend: str
    slug: str
    title: Text
    lead: Text
    body: tuple[BodyBlock, ...]
    author_keys: tuple[str, ...]
    image_key: str
    image_alt: Text
    image_caption: Text
    image_credit: Text
    link_previous_week: bool
    languages: tuple[str, ...] = field(default=LANGUAGES)

    def body_data(self, language: str) -> list[dict]:
        return [block.stream_value(language) for block in self.body]


def topic_slugs() -> list[str]:
    return [topic["slug"] for topic in content.TOPICS]


def image_keys() -> list[str]:
    return [f"{slug}-{j + 1}" for slug in topic_slugs() for j in range(IMAGES_PER_TOPIC)]


def image_description(key: str) -> dict[str, Text]:
    """Alt text, caption and credit of a generated illustration, in every language."""
    slug, number = key.rsplit("-", 1)
    j = int(number) - 1
    _colours, palette_phrase = content.TOPIC_PALETTES[slug]
    shape = image_shape(key)
    topic_name = next(topic["name"] for topic in content.TOPICS if topic["slug"] == slug)
    return {
        "alt": {
            lang: content.IMAGE_ALT[lang].format(
                shape=content.SHAPES[shape][lang], palette=palette_phrase[lang]
            )
            for lang in LANGUAGES
        },
        "caption": {
            lang: content.IMAGE_CAPTION[lang].format(topic=topic_name[lang]) for lang in LANGUAGES
        },
        "credit": content.IMAGE_CREDITS[j % len(content.IMAGE_CREDITS)],
    }


def image_shape(key: str) -> str:
    slug, number = key.rsplit("-", 1)
    shapes = list(content.SHAPES)
    position = topic_slugs().index(slug) + int(number) - 1
    return shapes[position % len(shapes)]


@lru_cache(maxsize=4)
def _trend_walk(last_week: datetime.date) -> dict[datetime.date, dict[str, str]]:
    """Every topic's trend for every week from TREND_EPOCH up to `last_week`."""
    walks: dict[datetime.date, dict[str, str]] = {}
    generators = {slug: random.Random(f"sitrep-demo-trend:{slug}") for slug in topic_slugs()}
    state = dict.fromkeys(generators, "unchanged")
    week = TREND_EPOCH
    while week <= last_week:
        for slug, rng in generators.items():
            roll = rng.random()
            cumulative = 0.0
            for trend, probability in TREND_TRANSITIONS[state[slug]]:
                cumulative += probability
                if roll < cumulative:
                    state[slug] = trend
                    break
        walks[week] = dict(state)
        week += datetime.timedelta(days=7)
    return walks


def week_trends(week_start: datetime.date) -> dict[str, str]:
    """Each topic's trend in the week starting `week_start` (a Monday)."""
    if week_start < TREND_EPOCH:
        rng = random.Random(f"sitrep-demo-trend:{week_start.isoformat()}")
        return {slug: rng.choice(list(TREND_TRANSITIONS)) for slug in topic_slugs()}
    # Cache the walk to the end of the year: one walk serves every week of a long run.
    return _trend_walk(datetime.date(week_start.year, 12, 31))[week_start]


def _number_slots(rng: random.Random) -> dict[str, Text]:
    pct = rng.randint(11, 98) / 10
    usd = rng.randrange(120, 960, 10)
    n = rng.randint(5, 20)
    share = rng.randint(52, 88)
    decimal_comma = f"{pct:.1f}".replace(".", ",")
    return {
        "pct": {"en": f"{pct:.1f}", "be": decimal_comma, "ru": decimal_comma},
        "usd": dict.fromkeys(LANGUAGES, str(usd)),
        "n": dict.fromkeys(LANGUAGES, str(n)),
        "share": dict.fromkeys(LANGUAGES, str(share)),
        "region": rng.choice(content.REGIONS),
        "ru_region_with": rng.choice(content.RUSSIAN_REGIONS_WITH),
        "partner_with": rng.choice(content.PARTNERS_WITH),
    }


# Belarusian "у" becomes "ў" after a word ending in a vowel ("адмененыя ў Гомельскай вобласці");
# region phrases are written with "у" and adapted where they land.
_BE_SHORT_U = re.compile(r"(?<=[аеёіоуыэюяАЕЁІОУЫЭЮЯ]) у ")


def _fill(template: Text, slots: dict[str, Text]) -> Text:
    filled = {
        lang: template[lang].format(**{name: value[lang] for name, value in slots.items()})
        for lang in LANGUAGES
    }
    filled["be"] = _BE_SHORT_U.sub(" ў ", filled["be"])
    return filled


def _slug(title: str, used: set[str], index: int) -> str:
    base = slugify(title)[:SLUG_MAX_LENGTH].rstrip("-") or f"article-{index + 1}"
    if len(base) == SLUG_MAX_LENGTH and "-" in base:
        base = base.rsplit("-", 1)[0]
    slug = base if base not in used else f"{base}-{index + 1}"
    used.add(slug)
    return slug


def topic_order(week_start: datetime.date) -> list[str]:
    """The week's topics in the order articles are assigned to them (first six: all topics)."""
    order = topic_slugs()
    random.Random(f"sitrep-demo-order:{week_start.isoformat()}").shuffle(order)
    return order


def _coprime_step(n: int, storylines: int) -> int:
    """A step that visits every storyline × angle pair once per `n` weeks and never repeats the
    previous week's storyline (so it is not a multiple of the storyline count)."""
    step = max(1, round(n * 0.41))
    while math.gcd(step, n) != 1 or step % storylines == 0:
        step += 1
    return step


def article_choice(week_start: datetime.date, topic: str, round_: int) -> tuple[int, int, int]:
    """(storyline, title variant, angle) of a topic's article in a week.

    Weeks walk through the storyline × angle pairs with a step coprime to their number, so the
    pairs, and with them titles and leads, do not repeat within that many weeks (56 with four
    storylines and fourteen angles: more than a year). A second article on the same topic in a
    week (`round_` 1, 2, ...) takes the next storylines with the same angle.
    """
    storylines = len(content.STORYLINES[topic])
    pairs = storylines * len(content.ANGLES)
    week_number = (week_start - TREND_EPOCH).days // 7
    offset = topic_slugs().index(topic) * 5
    c = (week_number * _coprime_step(pairs, storylines) + offset) % pairs
    storyline, angle = c % storylines, c // storylines
    storyline = (storyline + round_) % storylines
    variants = len(content.STORYLINES[topic][storyline]["titles"])
    # A storyline comes back every few weeks: with its other title each time.
    return storyline, (week_number // storylines + round_) % variants, angle


def _join(items: list[Text], conjunction: Text) -> Text:
    return {
        lang: ", ".join(item[lang] for item in items[:-1])
        + (conjunction[lang] if len(items) > 1 else "")
        + items[-1][lang]
        for lang in LANGUAGES
    }


def week_summary(week_start: datetime.date) -> Text:
    """The issue's summary: which topics moved this week and the lead story's title. Depends
    only on the week (trends and the first article), not on how many articles it has."""
    trends = week_trends(week_start)
    order = topic_order(week_start)
    clauses = []
    for trend in ("worsened", "improved", "mixed"):
        topics = [content.TOPIC_IN[slug] for slug in order if trends[slug] == trend]
        if topics:
            verb = content.SUMMARY_TREND_VERBS[trend]
            places = _join(topics, content.SUMMARY_AND)
            clauses.append({lang: f"{verb[lang]} {places[lang]}" for lang in LANGUAGES})
    if clauses:
        joined = _join(clauses, content.SUMMARY_AND)
        rest = "unchanged" in trends.values()
        picture = {
            lang: content.SUMMARY_OPENING[lang]
            + joined[lang]
            + (content.SUMMARY_REST_UNCHANGED[lang] if rest else ".")
            for lang in LANGUAGES
        }
    else:
        picture = dict(content.SUMMARY_QUIET)
    title = plan_week(week_start, 1)[0].title
    summary = {}
    for lang in LANGUAGES:
        lead_title = title[lang]
        if lang != "en":  # quotation marks inside «…» become „…“
            lead_title = lead_title.replace("«", "„").replace("»", "“")
        lead = content.SUMMARY_LEAD_STORY[lang].format(title=lead_title)
        summary[lang] = f"{picture[lang]} {lead}"
    summary["be"] = _BE_SHORT_U.sub(" ў ", summary["be"])
    return summary


def plan_week(week_start: datetime.date, count: int) -> list[ArticlePlan]:
    """The `count` articles of one week. Article `k` is the same whatever `count` is."""
    trends = week_trends(week_start)
    order = topic_order(week_start)
    used_slugs: set[str] = set()
    plans = []
    for k in range(count):
        topic = order[k % len(order)]
        round_ = k // len(order)  # 0 for the first article on a topic this week, then 1, ...
        storyline_index, variant, angle_index = article_choice(week_start, topic, round_)
        storyline = content.STORYLINES[topic][storyline_index]
        angle_title, angle_lead = content.ANGLES[angle_index]
        rng = random.Random(f"sitrep-demo-article:{week_start.isoformat()}:{k}")
        slots = _number_slots(rng)
        headline = _fill(storyline["titles"][variant], slots)
        title = {lang: f"{headline[lang]} — {angle_title[lang]}" for lang in LANGUAGES}
        base_lead = _fill(storyline["lead"], slots)
        lead = {lang: f"{base_lead[lang]} {angle_lead[lang]}" for lang in LANGUAGES}
        first, second = (_fill(p, slots) for p in storyline["paragraphs"])
        trend = trends[topic]

        def block_id(rng: random.Random = rng) -> str:
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))

        body = [
            BodyBlock("paragraph", block_id(), first),
            BodyBlock("heading", block_id(), rng.choice(content.HEADINGS)),
            BodyBlock("paragraph", block_id(), second),
        ]
        if rng.random() < 0.4:
            quote, attribution = rng.choice(content.QUOTES)
            body.append(BodyBlock("quote", block_id(), quote, attribution))
        body.append(BodyBlock("paragraph", block_id(), rng.choice(content.TREND_PARAGRAPHS[trend])))
        if rng.random() < 0.5:
            body.append(BodyBlock("paragraph", block_id(), rng.choice(content.OUTLOOK_PARAGRAPHS)))

        usual_authors = content.TOPIC_AUTHORS[topic]
        authors = [usual_authors[0] if rng.random() < 0.75 else usual_authors[1]]
        if rng.random() < 0.2:
            authors.append(next(a for a in usual_authors if a != authors[0]))
        image_key = f"{topic}-{rng.randrange(IMAGES_PER_TOPIC) + 1}"
        image = image_description(image_key)
        plans.append(
            ArticlePlan(
                index=k,
                topic_slug=topic,
                trend=trend,
                slug=_slug(title["en"], used_slugs, k),
                title=title,
                lead=lead,
                body=tuple(body),
                author_keys=tuple(authors),
                image_key=image_key,
                image_alt=image["alt"],
                image_caption=image["caption"],
                image_credit=image["credit"],
                link_previous_week=rng.random() < 0.3,
            )
        )
    return plans


def untranslated(
    week_start: datetime.date, current_week: datetime.date, count: int
) -> dict[str, set[int]]:
    """Indexes of the week's articles that have no translation yet, per language."""
    missing: dict[str, set[int]] = {"be": set(), "ru": set()}
    weeks_ago = (current_week - week_start).days // 7
    if count == 0 or weeks_ago >= UNTRANSLATED_RECENT_WEEKS or weeks_ago < 0:
        return missing
    first = week_start.toordinal() // 7 % count
    missing["be"].add(first)
    if count > 1:
        missing["ru"].add((first + 1) % count)
    return missing
