"""Static files in production: compressed, with hashed names (WhiteNoise), and tolerant of one
flaw of vendor packages only."""

from collections.abc import Callable
from re import Match
from typing import Any

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """A vendor stylesheet may name a file its package does not ship (the Utrecht design
    tokens' `background-image-icon.css` names `pijltje.svg`, which is not in the package); such a
    reference is left as written instead of failing `collectstatic`. Our own files stay strict:
    a missing file they name still stops the build."""

    def url_converter(
        self, name: str, hashed_files: dict[str, Any], template: str | None = None
    ) -> Callable[[Match[str]], str]:
        convert = super().url_converter(name, hashed_files, template)
        if not name.startswith("vendor/"):
            return convert

        def tolerant(match: Match[str]) -> str:
            try:
                return convert(match)
            except ValueError:
                return match.group(0)

        return tolerant
