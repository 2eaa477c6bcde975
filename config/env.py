"""Reading settings from the environment, failing with one clear sentence.

django-environ parses the values; these wrappers turn its errors (a missing variable, a value
that is not a number, a database URL it cannot read) into an ImproperlyConfigured that names the
variable and says what is expected, so an operator knows at once what to fix.
"""

from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

env = environ.Env()

_NOT_SET: Any = environ.Env.NOTSET


def _read(name: str, cast: str, expected: str, default: Any) -> Any:
    if default is _NOT_SET and name not in env.ENVIRON:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required but not set: give it {expected}."
        )
    try:
        return getattr(env, cast)(name, default=default)
    except (ValueError, TypeError, KeyError, ImproperlyConfigured) as error:
        raise ImproperlyConfigured(
            f"The environment variable {name} is malformed ({error}): give it {expected}."
        ) from error


def env_str(name: str, default: Any = _NOT_SET) -> str:
    value = _read(name, "str", "a text value", default)
    if default is _NOT_SET and not value.strip():
        raise ImproperlyConfigured(
            f"The environment variable {name} is required but empty: give it a text value."
        )
    return str(value)


_BOOLEAN_WORDS = {"true", "false", "on", "off", "yes", "no", "1", "0", ""}


def env_bool(name: str, default: Any = _NOT_SET) -> bool:
    raw = env.ENVIRON.get(name)
    if raw is not None and raw.strip().lower() not in _BOOLEAN_WORDS:
        raise ImproperlyConfigured(
            f"The environment variable {name} is malformed ({raw!r}): give it true or false."
        )
    return bool(_read(name, "bool", "true or false", default))


def env_int(name: str, default: Any = _NOT_SET) -> int:
    return int(_read(name, "int", "a whole number", default))


def env_float(name: str, default: Any = _NOT_SET) -> float:
    return float(_read(name, "float", "a number", default))


def env_list(name: str, default: Any = _NOT_SET) -> list[str]:
    values = _read(name, "list", "a comma-separated list", default)
    return [value.strip() for value in values if value.strip()]


def env_db(name: str) -> dict[str, Any]:
    expected = "a URL such as postgres://user:password@host:5432/name"
    url = env_str(name)
    if not url.startswith(("postgres://", "postgresql://")):
        raise ImproperlyConfigured(
            f"The environment variable {name} is malformed (not a PostgreSQL URL): "
            f"give it {expected}."
        )
    config: dict[str, Any] = _read(name, "db_url", expected, _NOT_SET)
    if not config.get("NAME"):
        raise ImproperlyConfigured(
            f"The environment variable {name} is malformed (no database name): give it {expected}."
        )
    return config


def env_email(name: str, default: str) -> dict[str, Any]:
    return dict(
        _read(name, "email_url", "a URL such as smtp+tls://user:password@host:587", default)
    )
