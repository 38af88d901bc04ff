"""What a web worker that serves only public pages keeps in memory (issue 10: ≤ 150 MB a worker).

A subprocess imports the WSGI application as the production server does, serves every public
page type with Django's test client and lists the modules it imported: what only the admin's
two-factor set-up, email sending, Wagtail's v3 API, the admin's URLs or our API need must not
be among them. And the Wagtail apps sitrep replaces (sitrep/core/wagtail_apps.py) must still do
everything else Wagtail's own `ready()` does.
"""

from __future__ import annotations

import ast
import inspect
import json
import subprocess
import sys
import textwrap

import pytest
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig

from sitrep.core import wagtail_apps
from tests.factories import BASE_WEEK, make_article, make_image, make_issue, make_topic
from tests.pagecache.servers import child_env, shared_database

# Imported only where used: the QR code of the authenticator set-up, CSS inlining of emails,
# Wagtail's v3 API (its routers build pydantic schemas of every model), the admin's and the
# API's URLconfs (readers resolve in sitrep/public_urls.py), and Pillow's HEIF plugin.
NEVER_ON_A_PUBLIC_PAGE = (
    "sitrep.urls",
    "wagtail.admin.urls",
    "sitrep.api.urls",
    "ninja",
    "pillow_heif",
    "segno",
    "css_inline",
    "wagtail.api.v3.api",
    "wagtail.images.api.v3.router",
    "wagtail.documents.api.v3.router",
    "wagtail.snippets.api.v3.router",
    "wagtail.contrib.redirects.api.v3",
)

SERVE_PUBLIC_PAGES = """
import json, sys
from django.test import Client
import sitrep.wsgi  # the application as the production server loads it
client = Client()
statuses = {path: client.get(path).status_code for path in sys.argv[1:]}
loaded = sorted(name for name, module in sys.modules.items() if module is not None)
print(json.dumps({"statuses": statuses, "modules": loaded}))
"""


@pytest.mark.django_db(transaction=True)
def test_public_pages_leave_admin_mail_and_v3_api_modules_unimported(site_structure, tmp_path):
    topic = make_topic("economy", {"en": "Economy"})["en"]
    issue = make_issue(BASE_WEEK, summary="Prices rose.")
    article = make_article(
        issue, title="Bread prices", topic=topic, image=make_image(), image_alt="A field"
    )
    paths = [
        "/en/",
        issue.url,
        article.url,
        "/en/topics/",
        f"/en/topics/{topic.slug}/",
        "/en/trends/",
        "/en/issues/",
        "/en/search/",
    ]
    with shared_database(tmp_path) as database_url:
        result = subprocess.run(
            [sys.executable, "-c", SERVE_PUBLIC_PAGES, *paths],
            env=child_env(database_url, SITREP_PAGE_CACHE="0"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    served = json.loads(result.stdout.splitlines()[-1])
    assert served["statuses"] == dict.fromkeys(paths, 200)
    modules = set(served["modules"])
    # The pages really went through Wagtail (its page serving loads every app's hooks).
    assert {"sitrep.public_urls", "sitrep.publishing.wagtail_hooks"} <= modules
    assert [name for name in NEVER_ON_A_PUBLIC_PAGE if name in modules] == []


def _calls(function) -> list[str]:
    """The names `function` calls, statement by statement, up to its first use of Wagtail's v3
    API."""
    (definition,) = ast.parse(textwrap.dedent(inspect.getsource(function))).body
    names = []
    for statement in definition.body:
        nodes = list(ast.walk(statement))
        if any(
            (isinstance(node, ast.ImportFrom) and "api.v3" in (node.module or ""))
            or (isinstance(node, ast.Name) and node.id == "register_v3_api")
            for node in nodes
        ):
            break
        for node in nodes:
            if isinstance(node, ast.Call):
                func = node.func
                names.append(func.attr if isinstance(func, ast.Attribute) else func.id)
    return names


@pytest.mark.parametrize(
    "ours, wagtails",
    [
        (wagtail_apps.ImagesConfig, WagtailImagesAppConfig),
        (wagtail_apps.DocumentsConfig, WagtailDocsAppConfig),
        (wagtail_apps.SnippetsConfig, WagtailSnippetsAppConfig),
        (wagtail_apps.RedirectsConfig, WagtailRedirectsAppConfig),
    ],
)
def test_replaced_wagtail_apps_do_what_wagtails_ready_does_before_its_v3_api(ours, wagtails):
    # After a Wagtail upgrade that changes one of these, sitrep/core/wagtail_apps.py must follow.
    assert _calls(ours.ready) == _calls(wagtails.ready)
    assert len(_calls(ours.ready)) >= 2
