"""Which machine translator wagtail-localize offers translators, from the environment.

Off unless SITREP_MACHINE_TRANSLATOR names one (docs/configuration.md, "Machine translation";
docs/editorial.md, "Machine translation"). Pure: settings.py calls it with os.environ.
Machine translation sends the text of unpublished articles to the translator's server; for
this publication that is a decision to take knowingly, hence off by default, and LibreTranslate
can run on one's own machine.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ImproperlyConfigured

TRANSLATORS = {
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
    # Reverses the words: shows the buttons without a service. Development only.
    "dummy": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}


def _required(env: Mapping[str, str], name: str, chosen: str) -> str:
    value = (env.get(name) or "").strip()
    if not value:
        raise ImproperlyConfigured(f"SITREP_MACHINE_TRANSLATOR={chosen} needs {name}")
    return value


def machine_translator_setting(env: Mapping[str, str], *, relaxed: bool) -> dict[str, Any] | None:
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR for this environment, or None (off)."""
    chosen = (env.get("SITREP_MACHINE_TRANSLATOR") or "").strip().lower()
    if chosen in ("", "off", "none", "0", "false", "no"):
        return None
    if chosen == "deepl":
        options: dict[str, Any] = {"AUTH_KEY": _required(env, "DEEPL_API_KEY", chosen)}
        if formality := (env.get("SITREP_DEEPL_FORMALITY") or "").strip():
            options["FORMALITY"] = formality
        return {"CLASS": TRANSLATORS["deepl"], "OPTIONS": options}
    if chosen == "libretranslate":
        return {
            "CLASS": TRANSLATORS["libretranslate"],
            "OPTIONS": {
                "LIBRETRANSLATE_URL": _required(env, "SITREP_LIBRETRANSLATE_URL", chosen),
                "API_KEY": (env.get("SITREP_LIBRETRANSLATE_API_KEY") or "").strip(),
            },
        }
    if chosen == "dummy":
        if not relaxed:
            raise ImproperlyConfigured(
                "SITREP_MACHINE_TRANSLATOR=dummy only reverses words; it is for development"
            )
        return {"CLASS": TRANSLATORS["dummy"], "OPTIONS": {}}
    if "." in chosen:
        # Any other wagtail-localize machine translator, by its class path, with its options
        # as JSON in SITREP_MACHINE_TRANSLATOR_OPTIONS.
        raw = env.get("SITREP_MACHINE_TRANSLATOR_OPTIONS") or "{}"
        try:
            options = json.loads(raw)
        except ValueError as exc:
            raise ImproperlyConfigured(
                "SITREP_MACHINE_TRANSLATOR_OPTIONS must be a JSON object"
            ) from exc
        if not isinstance(options, dict):
            raise ImproperlyConfigured("SITREP_MACHINE_TRANSLATOR_OPTIONS must be a JSON object")
        return {"CLASS": env["SITREP_MACHINE_TRANSLATOR"].strip(), "OPTIONS": options}
    raise ImproperlyConfigured(
        "SITREP_MACHINE_TRANSLATOR must be deepl, libretranslate, dummy (development) or the "
        f"class path of a wagtail-localize machine translator, not {chosen!r}"
    )
