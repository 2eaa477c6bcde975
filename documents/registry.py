"""What the apps above teach the job machinery: how to render a kind of document.

The machinery knows nothing of plans or meetings. An app registers a renderer for each kind it
makes (in its `AppConfig.ready`), the way it registers its permission rules; the task asks the
registry for the job's kind.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from documents.models import DocumentJob


@dataclass(frozen=True)
class Rendered:
    """The HTML of a document, and what the PDF's metadata says of it (no personal data)."""

    html: str
    title: str


class Refused(Exception):
    """The subject cannot be rendered for this job (gone, or no longer the requester's to
    read); the job fails with this message and is not tried again."""


Renderer = Callable[["DocumentJob"], Rendered]

_renderers: dict[str, Renderer] = {}


def register(kind: str, renderer: Renderer) -> None:
    if _renderers.get(kind, renderer) is not renderer:
        raise ValueError(f"A renderer for documents of kind {kind!r} is already registered.")
    _renderers[kind] = renderer


def renderer_for(kind: str) -> Renderer:
    try:
        return _renderers[kind]
    except KeyError:
        raise Refused(f"Geen renderer voor documenten van soort {kind!r}.") from None
