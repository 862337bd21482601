"""
Settings shared by every environment.

Everything that differs between machines is read from environment variables;
dev.py, test.py and production.py only adjust what this module sets.
"""

import datetime
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("CONGDOAN_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, lowest layer first (see ARCHITECTURE.md).
    "congdoan.accounts",
    "congdoan.unions",
    "congdoan.members",
    "congdoan.party",
    "congdoan.plans",
    "congdoan.emulation",
    "congdoan.reports",
    "congdoan.portal",
    "congdoan.demo",
    # Operations: backup and restore of the whole installation (reads models only through django.apps).
    "congdoan.backups",
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "congdoan.accounts.apps.UsersAdminConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "axes",
    "csp",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # The security headers and the HTTPS redirect wrap everything, the page cache
    # included: a page served from the cache must carry them as a rendered one does,
    # and a plain-http request is redirected before anything else is done for it.
    "django.middleware.security.SecurityMiddleware",
    "congdoan.portal.middleware.ContentSecurityPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Then the cheap checks: a due scheduled article goes live before the cache answers.
    "congdoan.portal.middleware.ScheduledPublishingMiddleware",
    "congdoan.portal.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "congdoan.portal.middleware.CachedSiteMiddleware",
    # Last, as axes asks: turns a refused sign-in into the lockout page (accounts/lockout.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "congdoan.urls"
WSGI_APPLICATION = "congdoan.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "congdoan.portal.context_processors.site_chrome",
            ],
        },
    },
]

# Database: DATABASE_URL, or the embedded SQLite file.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the writer work at once; a busy writer waits instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if DEBUG else DATABASES["default"]["CONN_MAX_AGE"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTHENTICATION_BACKENDS = [
    # First: refuses every sign-in of a locked-out account or address before a password is checked.
    "axes.backends.AxesStandaloneBackend",
    "congdoan.accounts.backends.UserWithUnionBackend",
    # Union officials reach the admin through their role, not a group.
    "congdoan.accounts.backends.UnionRoleBackend",
]
AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # No "congdoan2026": the organisation's own words, folded (congdoan/accounts/passwords.py).
    {"NAME": "congdoan.accounts.passwords.OrganisationWordsValidator"},
]

# Content-Security-Policy (django-csp; congdoan.portal.middleware.ContentSecurityPolicyMiddleware).
# The portal runs no inline script but the one line of portal/base.html that marks the page
# as scripted (allowed by its hash) and loads nothing from other sites. Inline styles stay
# allowed: Wagtail's user bar, shown to signed-in editors on portal pages, injects <style>
# elements, and the 500 page carries its own; a style cannot run code.
PORTAL_INLINE_SCRIPT_HASHES = [
    "'sha256-qOhFsq0QMV2REqNwk5hGH5bZE9SkX6gt6yeyKdYPv+U='",  # document.documentElement.classList.add("js")
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", *PORTAL_INLINE_SCRIPT_HASHES],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin (everything under /admin/) needs more, and gets it only there: its date
# and time pickers, inline panels and chooser modals run inline <script> (the modals' HTML
# arrives by fetch and jQuery runs the scripts in it), so scripts there need 'unsafe-inline';
# image uploads are previewed from blob: URLs; the page editor's preview shows the page in
# an iframe of the admin itself (frame-ancestors 'self'). Only signed-in staff reach it.
CONTENT_SECURITY_POLICY_ADMIN_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "frame-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "frame-ancestors": ["'self'"],
    },
}

# Sign-in throttling (django-axes, congdoan/accounts/lockout.py): AXES_FAILURE_LIMIT failed
# sign-ins for one username, or from one address, block signing in for that username, or
# from that address, until AXES_COOLOFF_TIME has passed since the last failure. Attempts made
# while blocked are not counted, so the person locked out is not kept out longer by trying.
# Attempts are kept in the database, which every process shares.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one alone is enough to block
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A success must not wipe the failures counted against an address: an attacker with an
# account of their own would sign in with it between guesses at someone else's.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "congdoan.accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "congdoan.accounts.lockout.client_ip_address"
AXES_HTTP_RESPONSE_CODE = 429
# How many reverse proxies (each appending to X-Forwarded-For) stand between readers and
# Django; 0: REMOTE_ADDR is the reader's own address (production.py assumes one proxy).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Caches: local memory by default, Redis when REDIS_URL is set (production).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
        "renditions": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "renditions",
            "TIMEOUT": 3600,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "congdoan",
            # Pages, fragments, routes and the site chrome share it: room for a whole small site.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# The anonymous page cache (congdoan.portal.page_cache): seconds a page is kept;
# publishing anything invalidates every cached page at once.
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "600"))
PORTAL_PAGE_CACHE_ENABLED = env_bool("PORTAL_PAGE_CACHE", True)

# Sensitive personal data (congdoan.accounts.sensitive): in term reports, a unit's count
# of Party members (or of people in the Party pipeline) from 1 to this number minus one is
# written "< 5". A branch of a few dozen people where "2 Party members" or "1 in the
# admission procedure" can be shown, printed and sent on lets colleagues name them; five
# is the usual minimum cell size of official statistics, and still leaves the larger
# units' figures readable.
SENSITIVE_COUNT_THRESHOLD = int(os.environ.get("SENSITIVE_COUNT_THRESHOLD", "5"))

# Background jobs: run in-process unless configured otherwise.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Internationalisation: Vietnamese for users, Vietnam time. There is deliberately no
# LocaleMiddleware: readers get Vietnamese whatever their browser asks for; the admin
# uses each user's preferred language (Vietnamese unless they pick English).
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our own strings (locale/vi) first: Django gives the first entry priority. Then one
# directory per source catalogue whose Vietnamese we complete for the admin:
# locale/admin/<package>/vi/LC_MESSAGES/<domain>.po (tools/translations_check.py checks them).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *sorted(path for path in (BASE_DIR / "locale" / "admin").glob("*") if path.is_dir()),
]
FORMAT_MODULE_PATH = ["congdoan.formats"]
# Numbers use the Vietnamese separators (congdoan/formats/vi): "," for decimals everywhere,
# "." for thousands where Django groups on purpose (intcomma, as in the admin's counts).
# Grouping every number would also group ids and sizes printed into HTML attributes
# (Wagtail's image chooser, our og:image sizes), so it stays off.
USE_THOUSAND_SEPARATOR = False

# Static and media files.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Uploads that hold personal data (member spreadsheets to import): outside MEDIA_ROOT,
# which the web server (or SERVE_MEDIA) publishes; nothing serves this folder.
PRIVATE_UPLOAD_ROOT = Path(os.environ.get("PRIVATE_UPLOAD_ROOT", VAR_DIR / "private"))
# Where `manage.py backup` writes its archives when given no destination (they hold
# personal data: mode 0600, in a 0700 folder; keep a copy off the machine).
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", VAR_DIR / "backups"))
# An uploaded member list waits this long for its confirmation, then is deleted
# (manage.py purge_imports, from cron, and every new upload): a day lets a clerk
# check the preview and confirm the next morning, no more.
MEMBER_IMPORT_FILE_LIFETIME = datetime.timedelta(hours=24)
# A job checking or importing for longer than this has lost its worker: the largest
# file allowed (200,000 rows) is checked and imported in a few minutes, so two hours
# leaves a wide margin on a busy two-core server.
MEMBER_IMPORT_TIME_LIMIT = datetime.timedelta(hours=2)
# Card numbers and citizen IDs are unique nationwide, so "this number is taken" reveals
# that it exists (see members/identity_clashes.py). A user is told of at most this many
# distinct numbers a day that clash with members outside their union: a real import
# meets a handful (members transferred without the transfer being recorded), while
# enumerating identities needs thousands. Past it, a file gets one error naming no row.
MEMBER_OUTSIDE_CLASHES_PER_DAY = 20
# Uploads per user per hour: a clerk uploads, corrects and uploads again a few times,
# and a province splits 100,000 members into a few files of at most 200,000 rows;
# finding a clashing row by uploading halves of a file would take an afternoon per number.
MEMBER_IMPORT_UPLOADS_PER_HOUR = 30
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail.
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Liên đoàn Lao động tỉnh")
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]
# The admin speaks Vietnamese to everyone (LANGUAGE_CODE, no LocaleMiddleware); English
# stays selectable in each account's preferences.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# Everyone works in Vietnam time: with one zone the admin offers no time-zone choice.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "doc", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "xls", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# The admin loads nothing from other sites (see CONTENT_SECURITY_POLICY_ADMIN): no Gravatar
# pictures (which would also tell Gravatar every official's e-mail hash) and no call to
# Wagtail's release feed from the dashboard; upgrades go through requirements.lock.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_USER_LOGIN_FORM = "congdoan.accounts.forms.LoginForm"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
