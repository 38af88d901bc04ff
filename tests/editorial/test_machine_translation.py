"""The machine translator for wagtail-localize is off unless the environment names one
(docs/configuration.md, "Machine translation")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from sitrep.editorial.machine_translation import machine_translator_setting

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def setting_in_a_fresh_process(**env: str) -> str:
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR and what wagtail-localize makes of it, as a process
    started with these variables sees them."""
    code = (
        "import django; django.setup();"
        "from django.conf import settings;"
        "from wagtail_localize.machine_translators import get_machine_translator as g;"
        "t = g(); print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR, type(t).__name__,"
        " t and t.options)"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_MACHINE", "DEEPL"))}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "sitrep.settings",
            "SITREP_ENVIRONMENT": "test",
            **env,
        },  # fmt: skip
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_off_by_default():
    assert setting_in_a_fresh_process() == "None NoneType None"


def test_deepl_when_its_variables_are_set():
    shown = setting_in_a_fresh_process(SITREP_MACHINE_TRANSLATOR="deepl", DEEPL_API_KEY="k-1:fx")
    assert "DeepLTranslator" in shown and "'AUTH_KEY': 'k-1:fx'" in shown


def test_the_other_translators():
    libre = machine_translator_setting(
        {"SITREP_MACHINE_TRANSLATOR": "libretranslate", "SITREP_LIBRETRANSLATE_URL": "http://mt"},
        relaxed=False,
    )
    assert libre["CLASS"].endswith("LibreTranslator")
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt"
    custom = machine_translator_setting(
        {
            "SITREP_MACHINE_TRANSLATOR": "my.translators.Translator",
            "SITREP_MACHINE_TRANSLATOR_OPTIONS": '{"KEY": "v"}',
        },
        relaxed=False,
    )
    assert custom == {"CLASS": "my.translators.Translator", "OPTIONS": {"KEY": "v"}}
    assert machine_translator_setting({"SITREP_MACHINE_TRANSLATOR": "off"}, relaxed=False) is None


@pytest.mark.parametrize(
    "env",
    [
        {"SITREP_MACHINE_TRANSLATOR": "deepl"},  # no key
        {"SITREP_MACHINE_TRANSLATOR": "libretranslate"},  # no URL
        {"SITREP_MACHINE_TRANSLATOR": "dummy"},  # reverses words: not in production
        {"SITREP_MACHINE_TRANSLATOR": "babelfish"},
        {"SITREP_MACHINE_TRANSLATOR": "a.B", "SITREP_MACHINE_TRANSLATOR_OPTIONS": "[1]"},
    ],
)
def test_a_half_configured_translator_stops_the_start(env):
    with pytest.raises(ImproperlyConfigured):
        machine_translator_setting(env, relaxed=False)
