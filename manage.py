#!/usr/bin/env python
import os
import sys


def main() -> None:
    # Production unless told otherwise: a forgotten variable then fails loudly instead of
    # running with development defaults. The Makefile sets the development settings.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reads the settings now, to report a bad variable
    except ImproperlyConfigured as error:
        sys.exit(f"Vierhoek cannot start: {error}")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
