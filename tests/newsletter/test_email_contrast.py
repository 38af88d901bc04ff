"""Colour contrast of the subscriber emails (confirmation, already subscribed), light and dark.

The colours are read from the rendered HTML the way a mail client would apply them: inline
styles, then the <style> rules of the active `prefers-color-scheme`, `!important` winning over
inline; text inherits its colour, and where an element sets no background the one behind it
shows through, down to the client's own page colour. A mail client in dark mode paints that
page dark (#121212 here, as Gmail and Outlook do), which is how the old outlined button ended
at about 2.2:1. Also checked after css-inline, with and without the @media rules kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import css_inline
import pytest

from sitrep.newsletter.notices import ALREADY_SUBSCRIBED, CONFIRMATION, render_notice

AA_NORMAL_TEXT = 4.5
CLIENT_DEFAULTS = {  # (text, page background) a client uses when the email sets none
    "light": ("#000000", "#ffffff"),
    "dark": ("#e8eaed", "#121212"),
}
CONTEXT = {
    "confirm_url": "https://example.org/en/newsletter/confirm/abc/",
    "preferences_url": "https://example.org/en/newsletter/preferences/1.x/",
    "max_age_hours": 72,
}

# Emails read the publication's name from the database (core.PublicationSettings).
pytestmark = pytest.mark.django_db


# --- WCAG 2.x contrast --------------------------------------------------------------------------


def parse_hex(value: str) -> tuple[int, int, int]:
    value = value.strip().lower()
    match = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if not match:
        raise ValueError(f"not a hex colour: {value!r}")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_helper_matches_known_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#fff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    # The old confirmation button: dark blue text on a dark client background.
    assert contrast_ratio("#1f4e79", "#121212") == pytest.approx(2.16, abs=0.01)


# --- a tiny cascade: enough for the simple selectors these emails use ----------------------------


@dataclass
class Element:
    tag: str
    classes: set[str]
    style: dict[str, tuple[str, bool]]  # property -> (value, important)
    href: str = ""
    text: str = ""
    parent: Element | None = None
    children: list[Element] = field(default_factory=list)


def declarations(block: str) -> dict[str, tuple[str, bool]]:
    result: dict[str, tuple[str, bool]] = {}
    for item in block.split(";"):
        name, colon, value = item.partition(":")
        if not colon:
            continue
        important = "!important" in value
        result[name.strip().lower()] = (value.replace("!important", "").strip(), important)
    return result


def media_blocks(css: str) -> tuple[str, dict[str, str]]:
    """(rules outside @media, {scheme: rules inside @media (prefers-color-scheme: scheme)})."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    outside, schemes = [], {}
    position = 0
    for match in re.finditer(r"@media\s*\(\s*prefers-color-scheme\s*:\s*(\w+)\s*\)\s*\{", css):
        if match.start() < position:
            continue
        outside.append(css[position : match.start()])
        depth, index = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(css[index], 0)
            index += 1
        schemes[match.group(1)] = schemes.get(match.group(1), "") + css[match.end() : index - 1]
        position = index
    outside.append(css[position:])
    return "".join(outside), schemes


def rules(css: str) -> list[tuple[str, dict[str, tuple[str, bool]]]]:
    return [
        (selector.strip(), declarations(body))
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    ]


def specificity(selector: str, element: Element) -> tuple[int, int] | None:
    """(classes, tags) when a simple selector (`a`, `.x`, `a.x`, `body`, `:root`) matches."""
    match = re.fullmatch(r"([a-z]+|\*)?((?:\.[\w-]+)*)", selector)
    if not match:
        return None
    tag, classes = match.group(1), set(filter(None, match.group(2).split(".")))
    if tag not in (None, "*", element.tag) or not classes <= element.classes:
        return None
    return len(classes), int(tag not in (None, "*"))


def computed(element: Element, prop: str, sheet: list[tuple[int, str, dict]]) -> str | None:
    best: tuple | None = None
    for order, selector_list, decls in sheet:
        if prop not in decls:
            continue
        for selector in selector_list.split(","):
            spec = specificity(selector.strip(), element)
            if spec is None:
                continue
            value, important = decls[prop]
            key = (important, 0, spec, order)
            if best is None or key > best[0]:
                best = (key, value)
    if prop in element.style:
        value, important = element.style[prop]
        key = (important, 1, (0, 0), 0)  # inline beats any rule of the same importance
        if best is None or key > best[0]:
            best = (key, value)
    return best[1] if best else None


def colour_of(value: str | None) -> str | None:
    if value is None:
        return None
    found = re.search(r"#[0-9a-fA-F]{3,6}\b", value)
    return found.group(0) if found else None


def effective_colours(element: Element, scheme: str, sheet) -> tuple[str, str]:
    """(text colour, background behind the text) of `element` in `scheme`."""
    default_text, default_background = CLIENT_DEFAULTS[scheme]
    text = background = None
    node: Element | None = element
    while node is not None and (text is None or background is None):
        if text is None:
            text = colour_of(computed(node, "color", sheet))
        if background is None:
            background = colour_of(
                computed(node, "background-color", sheet) or computed(node, "background", sheet)
            )
        node = node.parent
    return text or default_text, background or default_background


class _Tree(HTMLParser):
    VOID = {"meta", "br", "img", "link", "hr", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.root = Element("#document", set(), {})
        self.current = self.root
        self.css = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "style":
            self._in_style = True
            return
        element = Element(
            tag,
            set((attributes.get("class") or "").split()),
            declarations(attributes.get("style") or ""),
            href=attributes.get("href") or "",
            parent=self.current,
        )
        self.current.children.append(element)
        if tag not in self.VOID:
            self.current = element

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
            return
        node = self.current
        while node.parent is not None and node.tag != tag:
            node = node.parent
        if node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        if self._in_style:
            self.css += data
        elif data.strip():
            self.current.text += data


def walk(element: Element):
    for child in element.children:
        yield child
        yield from walk(child)


def text_pairs(html: str, scheme: str) -> list[tuple[Element, str, str]]:
    """(element, text colour, background colour) for every element with text of its own."""
    tree = _Tree()
    tree.feed(html)
    outside, schemes = media_blocks(tree.css)
    sheet = [
        (order, selector, decls)
        for order, (selector, decls) in enumerate(rules(outside) + rules(schemes.get(scheme, "")))
    ]
    pairs = []
    for element in walk(tree.root):
        if element.text.strip() and element.tag not in {"title", "head"}:
            pairs.append((element, *effective_colours(element, scheme, sheet)))
    return pairs


def button_colours(html: str, scheme: str) -> tuple[str, str]:
    """The call to action: the one link to the confirmation or preferences page."""
    targets = {CONTEXT["confirm_url"], CONTEXT["preferences_url"]}
    buttons = [(t, b) for element, t, b in text_pairs(html, scheme) if element.href in targets]
    assert len(buttons) == 1, buttons
    return buttons[0]


# --- the emails ----------------------------------------------------------------------------------

VARIANTS = {
    "as sent": lambda html: html,
    # What rendering.py does to the issue email: rules inlined, <style> and @media dropped.
    "css-inline": lambda html: css_inline.inline(html),
    "css-inline keeping @media": lambda html: css_inline.inline(html, keep_at_rules=True),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", [CONFIRMATION, ALREADY_SUBSCRIBED])
def test_email_button_text_meets_aa_contrast_in_light_and_dark_mode(name, scheme, variant):
    html = VARIANTS[variant](render_notice(name, CONTEXT, "en").html)
    text, background = button_colours(html, scheme)
    ratio = contrast_ratio(text, background)
    assert ratio >= AA_NORMAL_TEXT, f"button {text} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", ["en", "be", "ru"])
@pytest.mark.parametrize("name", [CONFIRMATION, ALREADY_SUBSCRIBED])
def test_every_text_of_the_email_meets_aa_contrast(name, language, scheme):
    html = render_notice(name, CONTEXT, language).html
    pairs = text_pairs(html, scheme)
    assert len(pairs) >= 5
    for element, text, background in pairs:
        ratio = contrast_ratio(text, background)
        what = f"<{element.tag}> {element.text.strip()[:30]!r}"
        assert ratio >= AA_NORMAL_TEXT, f"{what}: {text} on {background} = {ratio:.2f}:1"


def test_the_email_chooses_its_colours_for_both_schemes():
    # Without its own dark rules a client keeps the light inline colours on its dark page, or
    # inverts them by guesswork: spell both out.
    html = render_notice(CONFIRMATION, CONTEXT, "en").html
    tree = _Tree()
    tree.feed(html)
    _outside, schemes = media_blocks(tree.css)
    assert set(schemes) == {"light", "dark"}
    assert button_colours(html, "light") != button_colours(html, "dark")
