"""Static files in production: compressed, with hashed names (WhiteNoise), and tolerant of one
flaw of other people's files only."""

from collections.abc import Callable
from re import Match
from typing import Any

from whitenoise.storage import CompressedManifestStaticFilesStorage

# The folders of `static/`.
OWN = ("css/", "js/")


class StaticStorage(CompressedManifestStaticFilesStorage):
    """A file from a package may name a file that is not collected: a source map (left out of
    the image: nobody debugs production with them), or one its package does not ship. Such a
    reference is left as written instead of failing `collectstatic`. Our own files (`static/`)
    stay strict: a missing file they name still stops the build."""

    def url_converter(
        self, name: str, hashed_files: dict[str, Any], template: str | None = None
    ) -> Callable[[Match[str]], str]:
        convert = super().url_converter(name, hashed_files, template)
        if name.startswith(OWN):
            return convert

        def tolerant(match: Match[str]) -> str:
            try:
                return convert(match)
            except ValueError:
                return match.group(0)

        return tolerant
