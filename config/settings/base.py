"""Settings shared by every environment, read from the environment (twelve-factor).

The defaults here are the safe ones: DEBUG off, secure cookies, no secret in code. Development and
test settings relax what they must; production adds nothing that could be forgotten.
"""

import datetime
from pathlib import Path

import csp.constants as csp
import django_stubs_ext
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from config.env import env_bool, env_db, env_email, env_float, env_int, env_list, env_str

# Lets generic classes such as ModelAdmin[Case] be written as mypy sees them.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "django.forms",
    "django.contrib.postgres",
    "rest_framework",
    "knox",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_htmx",
    "guardian",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "partners",
    "workflow",
    "documents",
    "interventions",
    "casework",
    "casework.meetings",
    "casework.review",
    "casework.insight",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy, Permissions-Policy and "no-store": every answer but static files.
    "csp.middleware.CSPMiddleware",
    "config.middleware.PrivateResponseMiddleware",
    "config.input.RefuseUnusableCookiesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Refuses NUL characters and lone surrogates in the address, the query and form fields
    # (after authentication, so the refusal is shown in the user's page frame).
    "config.input.RefuseUnusableInputMiddleware",
    "partners.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Writes what a request handed out to the access log, in one insert (partners.reading).
    "partners.reading.ReadSideMiddleware",
    # Last, as django-axes asks: it turns a lock-out raised further down into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
FORM_RENDERER = "config.forms.FormRenderer"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The project's templates, then those of the subdomain packages of casework.
        "DIRS": [
            BASE_DIR / "templates",
            BASE_DIR / "casework" / "plans" / "templates",
        ],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "partners.context_processors.navigation",
                "casework.context_processors.navigation",
                "casework.meetings.context_processors.navigation",
                "casework.review.context_processors.navigation",
                "casework.insight.context_processors.navigation",
            ],
        },
    },
]

# One PostgreSQL database; persistent connections with a health check before reuse, so a
# restarted database costs one failed connection attempt instead of a failed request.
DATABASES = {"default": env_db("DATABASE_URL")}
# The application connects as a role that owns no table (DATABASE_URL); migrations run as the
# owner, who then gives this role its rights (`manage.py grant_app_role`).
DATABASE_APP_ROLE = env_str("DATABASE_APP_ROLE", default="vierhoek_app")
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", default=600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# No JIT compilation: for short queries over indexes it costs more (often 100+ ms) than it
# saves, and the page queries of this application are all short. A random read costs little
# more than a sequential one on SSD storage; PostgreSQL's default (4) assumes spinning disks and
# then walks all cases of a large municipality instead of the persons with the name searched
# (docs/performance.md).
# Name search compares typed words with the names in networks at a word similarity of 0.5
# (one letter off in a name of eight), not pg_trgm's default of 0.6.
_RANDOM_PAGE_COST = env_float("DATABASE_RANDOM_PAGE_COST", default=1.1)
DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
    f"-c jit=off -c random_page_cost={_RANDOM_PAGE_COST} -c pg_trgm.word_similarity_threshold=0.5"
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "partners.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out user before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Django's password check, for people only (a system account never signs in on a page).
    "partners.auth.PeopleOnlyBackend",
    "guardian.backends.ObjectPermissionBackend",
]
# No anonymous user for django-guardian: nobody without an account gets any permission.
ANONYMOUS_USER_NAME = None
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "casework:home"
LOGOUT_REDIRECT_URL = "login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2

# Two-factor authentication: every user sets up TOTP on first login, outside development.
OTP_REQUIRED = env_bool("OTP_REQUIRED", default=True)
OTP_TOTP_ISSUER = "Vierhoek"

# The purpose and legal ground written in the access log when a read path names none.
ACCESS_LOG_PURPOSE = env_str(
    "ACCESS_LOG_PURPOSE",
    default=(
        "Integrale casusaanpak Zorg- en Veiligheidshuis "
        "(Wet gegevensverwerking door samenwerkingsverbanden)"
    ),
)

# Lock-out after repeated failed logins, per username and address together, so that one
# attacker cannot lock out a whole office behind one address.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env_float("AXES_COOLOFF_HOURS", default=0.5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", default=0)

LANGUAGE_CODE = "nl"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
# Short dates per language (config/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "config.finders.VendorFinder",
]
# From the front-end packages (installed from the npm lock file by the set-up), the files the
# pages load and nothing else of them (`config/finders.py`).
_PACKAGES = BASE_DIR / "node_modules"
VENDOR_STATIC = {
    "vendor/utrecht/index.css": _PACKAGES / "@utrecht/component-library-css/dist/index.css",
    "vendor/utrecht-tokens/index.css": _PACKAGES / "@utrecht/design-tokens/dist/index.css",
    "vendor/htmx/htmx.min.js": _PACKAGES / "htmx.org/dist/htmx.min.js",
    # PDF.js: the plan's PDF read in the browser, without a plug-in.
    "vendor/pdfjs/pdf.min.mjs": _PACKAGES / "pdfjs-dist/build/pdf.min.mjs",
    "vendor/pdfjs/pdf.worker.min.mjs": _PACKAGES / "pdfjs-dist/build/pdf.worker.min.mjs",
    # Chart.js: the charts of the insight pages (each with its table of the same figures).
    "vendor/chartjs/chart.umd.min.js": _PACKAGES / "chart.js/dist/chart.umd.min.js",
}
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", default=str(BASE_DIR / "media")))

# Files go through Django's storage API: local disk by default, S3-compatible object storage
# when a bucket is configured, so several web and worker machines share the same files.
_S3_BUCKET = env_str("S3_BUCKET", default="")
if _S3_BUCKET:
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _S3_BUCKET,
            "endpoint_url": env_str("S3_ENDPOINT_URL", default="") or None,
            "region_name": env_str("S3_REGION", default="") or None,
            "access_key": env_str("S3_ACCESS_KEY_ID", default="") or None,
            "secret_key": env_str("S3_SECRET_ACCESS_KEY", default="") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _default_storage,
    "staticfiles": {"BACKEND": "config.storage.StaticStorage"},
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

REDIS_URL = env_str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "vierhoek",
    }
}

# Celery, configured from Django settings under the CELERY_ namespace (the documented way).
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND", default=REDIS_URL)
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_TIMEZONE = TIME_ZONE
# A task is acknowledged after it ran, and given back to the queue when its worker dies, so a
# deploy or a crash loses no PDF; tasks must therefore be idempotent.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", default=120)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", default=180)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis redelivers an unacknowledged task after this long; it must exceed the hard time limit.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 60 * 60}
CELERY_BEAT_SCHEDULE = {
    "clear-expired-sessions": {
        "task": "partners.tasks.clear_expired_sessions",
        "schedule": 60 * 60 * 24,
    },
    "clear-old-login-attempts": {
        "task": "partners.tasks.clear_old_login_attempts",
        "schedule": 60 * 60 * 24,
    },
    "meeting-invitations": {
        "task": "casework.meetings.tasks.send_invitations",
        "schedule": 15 * 60,
    },
    "meeting-action-reminders": {
        "task": "casework.meetings.tasks.send_action_reminders",
        "schedule": 60 * 60,
    },
    "review-mails": {
        "task": "casework.review.tasks.send_review_mails",
        "schedule": 15 * 60,
    },
    # The insight figures: the cases changed since the last run, a full rebuild at night, and
    # what the pages show published once a day (`casework/insight/publication.py`).
    "insight-refresh": {
        "task": "casework.insight.tasks.refresh_figures",
        "schedule": env_int("INSIGHT_REFRESH_SECONDS", default=60),
    },
    "insight-rebuild": {
        "task": "casework.insight.tasks.rebuild_figures",
        "schedule": crontab(hour=3, minute=30),
    },
    "insight-publish": {
        "task": "casework.insight.tasks.publish_figures",
        "schedule": crontab(hour=5, minute=0),
    },
    "sweep-document-jobs": {
        "task": "documents.tasks.sweep_document_jobs",
        "schedule": env_int("DOCUMENTS_SWEEP_SECONDS", default=60),
    },
}

# The document jobs (documents/): a rendering worker writes a sign of life this often; a job
# silent for DOCUMENTS_STALE_SECONDS lost its worker, one waiting DOCUMENTS_REQUEUE_SECONDS was
# lost by the broker; both are queued again by the sweep. A failed attempt is tried again after
# DOCUMENTS_RETRY_SECONDS, four times as long each time.
DOCUMENTS_HEARTBEAT_SECONDS = env_int("DOCUMENTS_HEARTBEAT_SECONDS", default=5)
DOCUMENTS_STALE_SECONDS = env_int("DOCUMENTS_STALE_SECONDS", default=30)
DOCUMENTS_REQUEUE_SECONDS = env_int("DOCUMENTS_REQUEUE_SECONDS", default=120)
DOCUMENTS_RETRY_SECONDS = env_int("DOCUMENTS_RETRY_SECONDS", default=5)

REST_FRAMEWORK = {
    # Personal tokens (django-rest-knox: stored as hashes, expiring, revocable), issued only
    # from a session verified with the second factor. The token first: an anonymous call is
    # answered 401 with `WWW-Authenticate: Token`; a browser session still authenticates.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "partners.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Signed in, and a system account only within its scopes (partners.api.permissions).
    "DEFAULT_PERMISSION_CLASSES": ["partners.api.permissions.SignedInWithinScope"],
    "DEFAULT_PARSER_CLASSES": [
        "config.input.BoundedJSONParser",
        "config.input.CheckedFormParser",
        "config.input.CheckedMultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "config.api.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "config.api.exception_handler",
}
REST_KNOX = {
    "TOKEN_TTL": datetime.timedelta(days=env_int("API_TOKEN_DAYS", default=30)),
    "TOKEN_LIMIT_PER_USER": 10,
    "AUTO_REFRESH": False,
    # Recognisable in a leaked log or repository (secret scanners can look for it).
    "TOKEN_PREFIX": "vh_",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Vierhoek API",
    "DESCRIPTION": "Casusregie voor de integrale aanpak van criminaliteit in familienetwerken.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["partners.api.permissions.SignedInWithinScope"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api.add_error_responses",
    ],
    # Swagger UI is served from our own static files: no third-party host sees our users.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "CaseStatusEnum": "casework.models.CaseStatus",
        "RelationKindEnum": "casework.models.RelationKind",
        "SignalKindEnum": "casework.models.SignalKind",
        "InterventionStatusEnum": "casework.models.InterventionStatus",
        "InterventionKindEnum": "interventions.models.Kind",
        "InterventionAuthorityEnum": "interventions.models.Authority",
        "InformedAuthorityEnum": "casework.models.signals.Authority",
        "RemedyRouteEnum": "interventions.models.RemedyRoute",
        "ViewRequirementEnum": "interventions.models.ViewRequirement",
        "LifeAreaEnum": "casework.models.LifeArea",
        "MeetingKindEnum": "casework.meetings.models.MeetingKind",
        "DecisionKindEnum": "casework.meetings.models.DecisionKind",
        "EvaluationOutcomeEnum": "casework.models.Outcome",
        "ScreeningOutcomeEnum": "casework.meetings.models.ScreeningOutcome",
        "MeetingActionStatusEnum": "casework.meetings.models.ActionStatus",
    },
}

_email = env_email("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", default="Vierhoek <noreply@vierhoek.invalid>")
# The address of the site, for the links in e-mails sent by the worker (which has no request).
SITE_URL = env_str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Meetings: invitations are mailed this many days ahead; an action's owner is reminded this many
# days before its deadline (casework/meetings/tasks.py, run by the beat).
MEETINGS_INVITE_DAYS = env_int("MEETINGS_INVITE_DAYS", default=14)
MEETINGS_REMINDER_DAYS = env_int("MEETINGS_REMINDER_DAYS", default=3)
# Days before the deadline of a plan put before the gezagsvierhoek that undecided members
# are reminded.
REVIEW_REMINDER_DAYS = env_int("REVIEW_REMINDER_DAYS", default=2)
# The key of the proeftuin's research pseudonyms (HMAC). A key of its own, so that the secret key
# of the sessions can change, or leak, without the pseudonyms changing or leading back to cases;
# empty: derived from SECRET_KEY (development).
RESEARCH_PSEUDONYM_KEY = env_str("RESEARCH_PSEUDONYM_KEY", default="")
# The domain of the calendar invitations' identifiers.
ICS_DOMAIN = env_str("ICS_DOMAIN", default="vierhoek.invalid")

# Secure by default; development switches off only what plain http on localhost needs.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe health over plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 9
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): only our own scripts, styles, images and fonts; no
# inline script anywhere; an inline style only with the response's nonce (the API docs page).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.NONE],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF, csp.NONCE],
        # Swagger UI draws its icons as data: images.
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
        "base-uri": [csp.NONE],
        "object-src": [csp.NONE],
    }
}
# The browser features Vierhoek never uses, switched off for every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "microphone",
        "payment",
        "usb",
    )
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", default="INFO")},
    # django-axes logs every login at INFO; its warnings (lock-outs) are what matters.
    # WeasyPrint reports each step of every rendering at INFO; its warnings are what matters.
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}
AXES_VERBOSE = False
