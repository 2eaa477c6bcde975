"""Static files from the front-end packages: only the files the pages load.

The packages (installed from the npm lock file by the set-up) ship source maps, module builds,
type declarations and design-token exports by the megabyte; collected and compressed, they made
the image's build step take a minute for nothing. `VENDOR_STATIC` names each file served, under
the path the templates ask for.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, overload

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import CheckMessage, Error
from django.core.files.storage import FileSystemStorage


class VendorFinder(BaseFinder):
    def check(self, **kwargs: Any) -> list[CheckMessage]:
        return [
            Error(
                f"The static file {path} comes from {source}, which does not exist.",
                hint="Run the set-up (make setup): it installs the front-end packages.",
                id="vierhoek.E001",
            )
            for path, source in settings.VENDOR_STATIC.items()
            if not Path(source).is_file()
        ]

    @overload
    def find(self, path: str, find_all: Literal[False] = False) -> str | None: ...
    @overload
    def find(self, path: str, find_all: Literal[True]) -> list[str]: ...
    def find(self, path: str, find_all: bool = False) -> str | list[str] | None:
        source = settings.VENDOR_STATIC.get(path)
        found = [str(source)] if source is not None and Path(source).is_file() else []
        if find_all:
            return found
        return found[0] if found else None

    def list(
        self, ignore_patterns: Iterable[str] | None
    ) -> Iterator[tuple[str, FileSystemStorage]]:
        for path, source in settings.VENDOR_STATIC.items():
            storage = FileSystemStorage(location=Path(source).parent)
            # collectstatic puts the file at the storage's prefix joined with its name.
            storage.prefix = str(Path(path).parent)  # type: ignore[attr-defined]
            yield Path(source).name, storage
