"""sitrep settings: one module, driven by environment variables.

Every variable is listed in docs/configuration.md. Security-related values have no default
outside development and test, so a production process without them refuses to start.
"""

from __future__ import annotations

import os
import secrets
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from sitrep.accounts.relying_party import allowed_origins, relying_party_id
from sitrep.editorial.machine_translation import machine_translator_setting

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0/true/false/yes/no, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from exc


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file (blank lines and # comments skipped, quotes stripped)."""
    values = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not key.strip():
            raise ImproperlyConfigured(f"{path}, line {number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


# The checkout's own settings: `make run` writes .env for the demo, so every manage.py command
# there finds them. The environment wins; a deployment without the file (or with its variables
# in the environment, as documented) is unaffected. Tests never read it: they are hermetic.
ENV_FILE = BASE_DIR / env_str("SITREP_ENV_FILE", ".env")
if "PYTEST_VERSION" not in os.environ and ENV_FILE.is_file():
    for _key, _value in read_env_file(ENV_FILE).items():
        os.environ.setdefault(_key, _value)

# pytest sets PYTEST_VERSION while it runs, so `pytest` alone works without extra variables.
ENVIRONMENT = env_str(
    "SITREP_ENVIRONMENT", "test" if "PYTEST_VERSION" in os.environ else "production"
)
if ENVIRONMENT not in {"production", "development", "test"}:
    raise ImproperlyConfigured(
        f"SITREP_ENVIRONMENT must be production, development or test, not {ENVIRONMENT!r}"
    )
RELAXED = ENVIRONMENT in {"development", "test"}


def env_secret(name: str, dev_default: str) -> str:
    value = os.environ.get(name)
    if value:
        return value
    if RELAXED:
        return dev_default
    raise ImproperlyConfigured(f"{name} must be set when SITREP_ENVIRONMENT=production")


# Off everywhere unless asked for: the demo too shows the site's own error pages, and Django's
# technical pages (which list every URL pattern and setting) need SITREP_DEBUG=1 in development.
DEBUG = env_bool("SITREP_DEBUG", False)
if DEBUG and not RELAXED:
    raise ImproperlyConfigured(
        "SITREP_DEBUG must not be on when SITREP_ENVIRONMENT=production: debug pages show "
        "settings and source code to anyone. Unset SITREP_DEBUG."
    )
SECRET_KEY = env_secret("SECRET_KEY", "dev-only-insecure-secret-key-do-not-use-in-production")
VAR_DIR = Path(env_str("SITREP_VAR_DIR", str(BASE_DIR / "var")))

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"] if RELAXED else []
)
if not ALLOWED_HOSTS and not RELAXED:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set when SITREP_ENVIRONMENT=production: a comma-separated list "
        "of the host names the site answers to, e.g. ALLOWED_HOSTS=monitor.example.org"
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# The public address of the site, used in emails, feeds and the static mirror.
SITE_URL = (
    env_str("SITREP_SITE_URL", "http://127.0.0.1:8000")
    if RELAXED
    else env_secret("SITREP_SITE_URL", "")  # every emailed link is built on it: no guessing
).rstrip("/")
SITE_HOSTNAME = urlsplit(SITE_URL).hostname or "localhost"
if SITE_HOSTNAME in {"127.0.0.1", "::1"}:
    SITE_HOSTNAME = "localhost"
WAGTAILADMIN_BASE_URL = SITE_URL
SITE_NAME = env_str("SITREP_SITE_NAME", "Situation Report")
WAGTAIL_SITE_NAME = SITE_NAME

INSTALLED_APPS = [
    "sitrep.core",
    "sitrep.accounts",
    "sitrep.publishing",
    "sitrep.newsletter",
    "sitrep.trends",
    "sitrep.discovery",
    "sitrep.search",
    "sitrep.api",
    "sitrep.pagecache",
    "sitrep.mirror",
    # Roles, the review workflow and access control (docs/editorial.md); before
    # wagtail_localize, whose translation editor template it extends.
    "sitrep.editorial",
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail's own apps, without Wagtail's v3 API, which sitrep does not install
    # (sitrep/core/wagtail_apps.py).
    "sitrep.core.wagtail_apps.RedirectsConfig",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "sitrep.core.wagtail_apps.SnippetsConfig",
    "sitrep.core.wagtail_apps.DocumentsConfig",
    "sitrep.core.wagtail_apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "anymail",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Accounts (sitrep/accounts, docs/editorial.md "Accounts"): login throttling and the
    # second factor every admin account must pass.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
]

MIDDLEWARE = [
    # First: answers from the page cache and stores what every middleware below produced
    # (sitrep/pagecache). sitrep/wsgi.py answers hits even before Django's handler.
    "sitrep.pagecache.middleware.PageCacheMiddleware",
    # Readers' requests resolve in the public URLconf: no admin or API loaded for them.
    "sitrep.core.urlconf.ReaderUrlconfMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "sitrep.core.csp.ContentSecurityPolicyMiddleware",
    # Static files come precompressed from whitenoise (collectstatic writes .gz files).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are gzipped when the client accepts it; Django adds random bytes to each response
    # against BREACH-style length attacks on the CSRF token.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session passed a second factor.
    "django_otp.middleware.OTPMiddleware",
    # Admin accounts reach nothing in the admin before the second factor (sitrep/accounts).
    "sitrep.accounts.middleware.AdminAccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Finds the page for Wagtail's view from rows read once per content change (only a view
    # hook: it changes no response).
    "sitrep.publishing.middleware.PageRouteMiddleware",
]

# Accounts. django-axes' backend first: it refuses a locked-out username or address before
# any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Each failure counts against the username and, separately, against the client address: many
# passwords for one account from many addresses, and many accounts from one address, both lock.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = env_int("SITREP_LOGIN_FAILURE_LIMIT", 5)
# A lockout lifts by itself; never more than 15 minutes, so an attacker cannot keep a real
# editor out for long.
AXES_COOLOFF_TIME = timedelta(minutes=min(env_int("SITREP_LOGIN_COOLOFF_MINUTES", 15), 15))
AXES_RESET_ON_SUCCESS = True
# Attempts during a lockout do not prolong it: it ends AXES_COOLOFF_TIME after it began.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Behind a proxy the client is the address the proxy saw (X-Forwarded-For), else REMOTE_ADDR.
AXES_CLIENT_IP_CALLABLE = "sitrep.accounts.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "sitrep.accounts.views.locked_out"
AXES_VERBOSE = False
SITREP_BEHIND_PROXY = env_bool("SITREP_BEHIND_PROXY", False)
# How many proxies of ours append to X-Forwarded-For (nginx in front of granian: 1).
SITREP_PROXY_COUNT = env_int("SITREP_PROXY_COUNT", 1)
# The name authenticator apps show next to the code.
OTP_TOTP_ISSUER = SITE_NAME
# Passkeys (django-otp-webauthn, sitrep/accounts/relying_party.py): a passkey is bound to the
# relying party ID, by default the host of SITREP_SITE_URL (127.0.0.1 becomes localhost, the
# only plain-http host browsers allow); changing it later makes every passkey useless.
OTP_WEBAUTHN_RP_ID = env_str("SITREP_PASSKEY_RP_ID", relying_party_id(SITE_URL)) or "localhost"
OTP_WEBAUTHN_RP_NAME = SITE_NAME
OTP_WEBAUTHN_ALLOWED_ORIGINS = env_list(
    "SITREP_PASSKEY_ORIGINS", allowed_origins(SITE_URL, ALLOWED_HOSTS, OTP_WEBAUTHN_RP_ID)
)
# A passkey is the second step after the password, never a way around the password (and
# around django-axes' throttling of it).
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False

# Content-Security-Policy (sitrep/core/csp.py). Public pages run no script, load nothing from
# another origin and use no inline style; the Wagtail admin needs inline script and style
# (its inline panels and date widgets write <script> blocks; it cannot take nonces).
SITREP_CSP_PUBLIC = {
    "default-src": ["'none'"],
    "script-src": ["'none'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    # No script runs (script-src 'none'), so this allows nothing a page does; crawlers' audit
    # tools (Lighthouse's robots.txt check) fetch from the page's context and need it.
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
SITREP_CSP_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "form-action": ["'self'"],
    # The page editor shows its preview in a same-origin iframe.
    "frame-ancestors": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}
SITREP_CSP_ADMIN_PREFIXES = ["/admin/"]
ROOT_URLCONF = "sitrep.urls"
WSGI_APPLICATION = "sitrep.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sitrep.core.context_processors.site",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise. A server database keeps each
# process's connection for a minute (checked before reuse): a new PostgreSQL session per request
# costs a server process and loses the statements prepared in it (sitrep/core/prepared.py).
_DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        _DATABASE_URL,
        conn_max_age=env_int(
            "SITREP_DB_CONN_MAX_AGE", 0 if _DATABASE_URL.startswith("sqlite") else 60
        ),
        conn_health_checks=True,
    )
}
# Off behind a pooler that hands each transaction another server session (PgBouncer's
# transaction mode), where a prepared statement would not exist.
SITREP_DB_PREPARED_STATEMENTS = env_bool("SITREP_DB_PREPARED_STATEMENTS", True)
if not env_str("DATABASE_URL"):
    # The embedded default keeps its SQLite file under var/: make sure the folder exists.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the worker write while the web process reads; IMMEDIATE avoids lock upgrades.
    # A 512 kB page cache per connection (SQLite's default is 2 MB): the file's pages stay in the
    # operating system's cache, and a web worker rendering topic pages peaked ~4 MiB lower
    # (docs/performance.md, "Memory of a web worker").
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-512;"
        ),
    }
    DATABASES["default"]["TEST"] = {"NAME": env_str("SITREP_TEST_SQLITE_NAME")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set. Abuse limits (newsletter/ratelimit.py) have their
# own alias, which must survive load and be shared by every web process: Redis when REDIS_URL is
# set, otherwise a table in the database (`manage.py createcachetable`; test databases get it
# automatically). Local memory would cull the counters after 300 keys and is per process.
REDIS_URL = env_str("REDIS_URL")
RATE_LIMIT_CACHE_TABLE = "sitrep_ratelimit_cache"
if REDIS_URL:
    # Each test run gets its own prefix so counters never leak between runs.
    _cache_prefix = env_str(
        "SITREP_CACHE_PREFIX",
        f"sitrep-test-{os.getpid()}" if ENVIRONMENT == "test" else "sitrep",
    )
    if ENVIRONMENT == "test" and os.environ.get("PYTEST_XDIST_WORKER"):
        # Parallel test processes (make test) never share keys, even with a prefix given.
        _cache_prefix += f"-{os.environ['PYTEST_XDIST_WORKER']}"
    CACHES = {
        alias: {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
        for alias, prefix in (("default", _cache_prefix), ("ratelimit", f"{_cache_prefix}-rl"))
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {
            "BACKEND": "sitrep.newsletter.ratelimit.RateLimitCache",
            "LOCATION": RATE_LIMIT_CACHE_TABLE,
            # Only how often expired counters are swept: live ones are never culled.
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
    }

# Image renditions (Wagtail's `renditions` alias): the default cache's store, through a backend
# that does not write back on every page the renditions it has just read (core/rendition_cache.py).
CACHES["renditions"] = {
    **CACHES["default"],
    "BACKEND": "sitrep.core.rendition_cache."
    + ("RedisRenditionCache" if REDIS_URL else "LocMemRenditionCache"),
}

# The header and footer every public page shares, rendered once per language, section and
# content generation (`{% cache %}` in base.html, the generation in its key) and kept in each
# process's memory: no network round trip on Redis installations.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "sitrep-fragments",
    "TIMEOUT": None,
    "OPTIONS": {"MAX_ENTRIES": 300},
}

# Page cache for anonymous readers (sitrep/pagecache, docs/performance.md). Its alias must be
# shared by every web process: Redis with REDIS_URL, else files under var/pagecache/ (faster
# for hits than the database cache here). The site-wide content generation that keys it lives
# beside it: a Redis key, or a file read on every request.
PAGE_CACHE_ENABLED = env_bool("SITREP_PAGE_CACHE", True)
SITREP_PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_DIR = Path(
    env_str(
        "SITREP_PAGE_CACHE_DIR",
        # Each test run its own folder; a second process of the same run is given it explicitly.
        f"/tmp/sitrep-test-pagecache-{os.getpid()}"
        if ENVIRONMENT == "test"
        else str(VAR_DIR / "pagecache"),
    )
)
# How long a stored page lives at most (a change retires it at once anyway): pages that show
# the date ("this week") re-render at least this often.
PAGE_CACHE_SECONDS = env_int("SITREP_PAGE_CACHE_SECONDS", 3600)
# Cache-Control on cached pages: browsers keep a page briefly, shared caches (a CDN, nginx)
# longer, since publishing purges them (WAGTAILFRONTENDCACHE below).
PAGE_BROWSER_MAX_AGE = env_int("SITREP_BROWSER_MAX_AGE", 60)
PAGE_SHARED_MAX_AGE = env_int("SITREP_SHARED_MAX_AGE", 300)
if REDIS_URL:
    CACHES[SITREP_PAGE_CACHE_ALIAS] = {
        **CACHES["default"],
        "KEY_PREFIX": f"{CACHES['default']['KEY_PREFIX']}-pages",
        "TIMEOUT": PAGE_CACHE_SECONDS,
    }
    SITREP_CONTENT_GENERATION_FILE = None
else:
    CACHES[SITREP_PAGE_CACHE_ALIAS] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(PAGE_CACHE_DIR / "entries"),
        "TIMEOUT": PAGE_CACHE_SECONDS,
        "OPTIONS": {"MAX_ENTRIES": env_int("SITREP_PAGE_CACHE_MAX_ENTRIES", 20_000)},
    }
    SITREP_CONTENT_GENERATION_FILE = PAGE_CACHE_DIR / "generation"

# Front-end (shared) caches in front of the site — nginx, Varnish, a CDN — are purged when a page
# is published or unpublished: the page and the pages that list it (sitrep/pagecache/purge.py,
# through wagtail.contrib.frontend_cache's backends and task). Each backend switches on when its
# variables are set.
WAGTAILFRONTENDCACHE: dict[str, dict[str, str]] = {}
if env_str("SITREP_PURGE_URL"):
    # An HTTP endpoint that accepts `PURGE /path` with the site's Host header (nginx with
    # ngx_cache_purge, Varnish, a fake server in the tests).
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("SITREP_PURGE_URL"),
    }
if env_str("SITREP_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("SITREP_CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_secret("SITREP_CLOUDFLARE_BEARER_TOKEN", ""),
    }

# Background tasks: the database backend by default, RQ on Redis when asked, immediate in tests.
TASK_BACKEND = env_str("SITREP_TASK_BACKEND", "immediate" if ENVIRONMENT == "test" else "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"SITREP_TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {TASK_BACKEND!r}"
    )
TASK_QUEUES = ["default", "newsletter"]
TASKS = {
    "default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND], "QUEUES": TASK_QUEUES},
}
if TASK_BACKEND == "rq":
    if not REDIS_URL:
        raise ImproperlyConfigured("SITREP_TASK_BACKEND=rq needs REDIS_URL")
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {name: {"URL": REDIS_URL} for name in TASK_QUEUES}
    # The worker class sweeps for dead workers' batches itself (docs/operations.md, "Workers").
    RQ = {
        "JOB_CLASS": "django_tasks_rq.Job",
        "WORKER_CLASS": "sitrep.newsletter.worker.SweepingRQWorker",
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English, Belarusian, Russian; every public URL carries the prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("be", "Беларуская"), ("ru", "Русский")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# Calendars start on Monday, like an issue's week, in every language (sitrep/core/formats).
FORMAT_MODULE_PATH = ["sitrep.core.formats"]
TIME_ZONE = env_str("SITREP_TIME_ZONE", "Europe/Minsk")
USE_I18N = True
USE_TZ = True

# Translating a live page must not publish an untranslated copy (STACK-NOTES trap 7).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in wagtail-localize's editor: off unless SITREP_MACHINE_TRANSLATOR is set
# (sitrep/editorial/machine_translation.py, docs/configuration.md).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(os.environ, relaxed=RELAXED)

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("SITREP_MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Both write a .gz next to each file for whitenoise. The demo's collectstatic at each
        # start compresses only what changed; production adds hashed names (long caching).
        "BACKEND": "sitrep.core.storage.ChangedFilesCompressedStaticFilesStorage"
        if RELAXED
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# The demo serves the collected (compressed) files; tests, which collect nothing, and a
# developer editing CSS (SITREP_STATIC_FROM_SOURCE=1) serve them from the source folders.
WHITENOISE_USE_FINDERS = env_bool("SITREP_STATIC_FROM_SOURCE", ENVIRONMENT == "test")
WHITENOISE_AUTOREFRESH = WHITENOISE_USE_FINDERS and ENVIRONMENT == "development"
# In production a web server or CDN serves media; the embedded default serves it itself.
SERVE_MEDIA = env_bool("SITREP_SERVE_MEDIA", RELAXED)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("SITREP_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)

# Wagtail's database backend (SQLite FTS5, PostgreSQL full text) that also matches spelling
# keys as prefixes (sitrep/search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "sitrep.search.backend"}}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Pillow reads and writes AVIF itself. pillow-heif, which Wagtail installs as Willow's plugin,
# would add only HEIC (not accepted above) and costs every web process ~6 MiB of memory
# (docs/performance.md, "Memory of a web worker"). Willow skips a plugin it cannot import.
sys.modules.setdefault("pillow_heif", None)  # type: ignore[arg-type]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
# No third-party requests, not even in the admin (Gravatar would learn editors' addresses).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor the dashboard's update check (a request to releases.wagtail.org from editors' browsers).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Email: SMTP by default, files under var/outbox/ in development, an ESP via django-anymail.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "sitrep.core.mail.OutboxBackend"
    if ENVIRONMENT == "development"
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_OUTBOX_DIR = VAR_DIR / "outbox"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", f"{SITE_NAME} <newsletter@{SITE_HOSTNAME}>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The domain in Message-ID headers; Django would otherwise use this machine's FQDN.
SITREP_MAIL_DOMAIN = env_str("SITREP_MAIL_DOMAIN", SITE_HOSTNAME)
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}
# ESP webhooks change subscribers' status, so they must be authenticated: without a configured
# ANYMAIL_WEBHOOK_SECRET ("user:password") a random one is used, which rejects every call.
ANYMAIL.setdefault("WEBHOOK_SECRET", f"disabled:{secrets.token_urlsafe(32)}")

# Production hardening; `check --deploy --fail-level WARNING` is clean with HTTPS on.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("SITREP_BEHIND_PROXY", False) else None
)
SITREP_HTTPS = env_bool("SITREP_HTTPS", not RELAXED)
SECURE_SSL_REDIRECT = SITREP_HTTPS and env_bool("SITREP_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = SITREP_HTTPS
CSRF_COOKIE_SECURE = SITREP_HTTPS
SECURE_HSTS_SECONDS = env_int("SITREP_HSTS_SECONDS", 31536000 if SITREP_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SITREP_HTTPS
SECURE_HSTS_PRELOAD = env_bool("SITREP_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if SITREP_HTTPS and not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Newsletter link tokens never reach a log line (sitrep/core/logging.py).
    "filters": {"redact_link_tokens": {"()": "sitrep.core.logging.RedactLinkTokens"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_link_tokens"]}},
    "root": {"handlers": ["console"], "level": env_str("SITREP_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"filters": ["redact_link_tokens"]},
        "django.server": {
            "handlers": ["console"],
            "propagate": False,
            "filters": ["redact_link_tokens"],
        },
        "django.db.backends": {"level": "INFO"},
        "wagtail": {"level": env_str("SITREP_WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

# Newsletter (docs/newsletter.md). Subscriber addresses are encrypted with keys that are not
# SECRET_KEY: SITREP_SUBSCRIBER_KEYS is a comma-separated list of Fernet keys, the first one
# encrypts and all of them decrypt (rotation); SITREP_SUBSCRIBER_INDEX_KEY keys the blind index.
SUBSCRIBER_KEYS = env_list("SITREP_SUBSCRIBER_KEYS", [])
if not SUBSCRIBER_KEYS:
    if not RELAXED:
        raise ImproperlyConfigured("SITREP_SUBSCRIBER_KEYS must be set in production")
    SUBSCRIBER_KEYS = ["ZGV2LW9ubHktc3Vic2NyaWJlci1rZXktMDAwMDAwMDA="]
SUBSCRIBER_INDEX_KEY = env_secret("SITREP_SUBSCRIBER_INDEX_KEY", "dev-only-subscriber-index-key")
NEWSLETTER = {
    "CONFIRM_MAX_AGE_HOURS": env_int("SITREP_NEWSLETTER_CONFIRM_HOURS", 72),
    "PURGE_PENDING_AFTER_DAYS": env_int("SITREP_NEWSLETTER_PURGE_PENDING_DAYS", 7),
    "LIMIT_PER_IP_PER_HOUR": env_int("SITREP_NEWSLETTER_LIMIT_PER_IP_PER_HOUR", 20),
    "LIMIT_PER_ADDRESS_PER_HOUR": env_int("SITREP_NEWSLETTER_LIMIT_PER_ADDRESS_PER_HOUR", 5),
    "CONFIRMATIONS_PER_ADDRESS_PER_DAY": env_int("SITREP_NEWSLETTER_CONFIRMATIONS_PER_DAY", 3),
    "CONFIRMATIONS_PER_DOMAIN_PER_HOUR": env_int(
        "SITREP_NEWSLETTER_CONFIRMATIONS_PER_DOMAIN_PER_HOUR", 100
    ),
    "BATCH_SIZE": env_int("SITREP_NEWSLETTER_BATCH_SIZE", 500),
    "FLUSH_EVERY": env_int("SITREP_NEWSLETTER_FLUSH_EVERY", 20),
    "FLUSH_SECONDS": env_float("SITREP_NEWSLETTER_FLUSH_SECONDS", 0.25),
    # How long a worker that lost the database keeps its results in memory and retries (at
    # most 0.9 × LEASE_SECONDS).
    "FLUSH_RETRY_SECONDS": env_float("SITREP_NEWSLETTER_FLUSH_RETRY_SECONDS", 90.0),
    "LEASE_SECONDS": env_int("SITREP_NEWSLETTER_LEASE_SECONDS", 120),
    "MAX_ATTEMPTS": env_int("SITREP_NEWSLETTER_MAX_ATTEMPTS", 5),
    "RETRY_BACKOFF_SECONDS": env_float("SITREP_NEWSLETTER_RETRY_BACKOFF_SECONDS", 30.0),
    "RATE_PER_SECOND": env_float("SITREP_NEWSLETTER_RATE_PER_SECOND", 0.0),
    "BOUNCES_BEFORE_SUPPRESSION": env_int("SITREP_NEWSLETTER_BOUNCES_BEFORE_SUPPRESSION", 1),
    "PAUSE_AFTER_CONNECTION_ERRORS": env_int("SITREP_NEWSLETTER_PAUSE_AFTER_ERRORS", 5),
    "SEND_ON_PUBLISH": env_bool("SITREP_NEWSLETTER_SEND_ON_PUBLISH", False),
    "LIST_ID": env_str("SITREP_NEWSLETTER_LIST_ID", f"weekly.{SITE_HOSTNAME}"),
    "UNSUBSCRIBE_MAILTO": env_str("SITREP_NEWSLETTER_UNSUBSCRIBE_MAILTO", ""),
}
