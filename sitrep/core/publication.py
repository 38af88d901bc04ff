"""The publication's identity in each language: its name, tagline, the newsletter's sender name
and the "Follow us" links. See docs/operations.md, "The publication's name and links".

Pure: the values come from `sitrep.core.models.PublicationSettings` (edited in the admin under
Settings → Publication) and are resolved here, with the fallbacks used when a field is blank:

- name: this language's name, else the English name, else `settings.SITE_NAME`;
- tagline: this language's tagline, else a translated generic one;
- sender name: this language's sender name, else the name resolved above.

Names end up in email headers (Subject, From): they are always one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _

LANGUAGES = ("en", "be", "ru")

# The stock name in settings.SITE_NAME and what the demo publication is called in the other
# languages; a deployment with its own SITREP_SITE_NAME gets no guessed translations.
STOCK_SITE_NAME = "Situation Report"
DEMO_NAMES = {"en": STOCK_SITE_NAME, "be": "Агляд сітуацыі", "ru": "Обзор ситуации"}
DEMO_TAGLINES = {
    "en": "Weekly analysis of the situation in Belarus",
    "be": "Штотыднёвы аналіз сітуацыі ў Беларусі",
    "ru": "Еженедельный анализ ситуации в Беларуси",
}

# Kinds of "Follow us" links: the label shown when the editor leaves it blank. Brand names stay
# as they are; the icon for each kind is in templates/includes/follow_icon.html.
FOLLOW_KINDS: dict[str, object] = {
    "telegram": "Telegram",
    "youtube": "YouTube",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "rss": _("RSS feed"),
    "website": _("Website"),
}

_https_only = URLValidator(schemes=["https"])


def validate_follow_url(value: str) -> None:
    """Only https links to a named host: no javascript:, data:, http: or credentials."""
    _https_only(value)
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        raise ValidationError(_("Enter an https:// address."), code="invalid")


def is_safe_follow_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        validate_follow_url(value)
    except ValidationError:
        return False
    return True


def one_line(value: str) -> str:
    """Collapse any whitespace, line breaks included: the value goes into mail headers."""
    return " ".join(value.split())


@dataclass(frozen=True)
class FollowLink:
    kind: str
    label: str
    url: str


@dataclass(frozen=True)
class Identity:
    language: str
    name: str
    tagline: str
    sender_name: str
    follow_links: tuple[FollowLink, ...]

    def from_email(self, default_from_email: str) -> str:
        """The From header: this language's sender name with the configured address."""
        address = parseaddr(default_from_email)[1] or default_from_email
        if not self.sender_name:
            return address
        # Unencoded (Django encodes the header when it sends); quoted where RFC 5322 needs it.
        return str(Address(display_name=self.sender_name, addr_spec=address))


def follow_links_for(links: Iterable[Mapping[str, object]], language: str) -> list[FollowLink]:
    """The links shown to readers of `language`: those for every language or for this one,
    with a safe URL and a known kind (stored data is checked again, not only the admin form)."""
    shown = []
    for link in links:
        kind, url = link.get("kind"), link.get("url")
        only_for = link.get("language") or ""
        if kind not in FOLLOW_KINDS or not is_safe_follow_url(url):
            continue
        if only_for and only_for != language:
            continue
        with override(language):
            label = one_line(str(link.get("label") or "")) or str(FOLLOW_KINDS[kind])
        shown.append(FollowLink(kind=str(kind), label=label, url=str(url)))
    return shown


def resolve_identity(
    values: Mapping[str, str],
    links: Iterable[Mapping[str, object]],
    language: str,
    *,
    default_name: str,
) -> Identity:
    """The identity in `language` from the stored per-language `values` (keys such as
    "name_be", "tagline_ru", "sender_name_en"; blank means "use the fallback")."""
    if language not in LANGUAGES:
        language = "en"
    name = (
        one_line(values.get(f"name_{language}", ""))
        or one_line(values.get("name_en", ""))
        or one_line(default_name)
    )
    tagline = one_line(values.get(f"tagline_{language}", ""))
    if not tagline:
        with override(language):
            tagline = gettext("Weekly analytical review")
    sender_name = one_line(values.get(f"sender_name_{language}", "")) or name
    return Identity(
        language=language,
        name=name,
        tagline=tagline,
        sender_name=sender_name,
        follow_links=tuple(follow_links_for(links, language)),
    )


def initial_values(site_name: str) -> dict[str, str]:
    """What a new installation starts with: the configured name in English and, for the stock
    name only, its Belarusian and Russian names (a custom name is not guessed at)."""
    values = {"name_en": one_line(site_name)}
    if one_line(site_name) == STOCK_SITE_NAME:
        values.update({f"name_{lang}": DEMO_NAMES[lang] for lang in LANGUAGES})
    return values
