"""Production: everything comes from the environment, nothing is relaxed."""

from config.settings.base import *  # noqa: F403
