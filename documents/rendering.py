"""HTML to PDF with WeasyPrint, and the file into Django's storage.

The variant is PDF/A-2a: PDF/A because plans and minutes are government records that must stay
readable for as long as the Archiefwet keeps them (fonts embedded, no external references); level
"a" because it is also tagged (structure, reading order, alternative texts), which a screen
reader needs. PDF/A-2 rather than 3: these documents embed no other files.
"""

import hashlib
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from weasyprint import HTML
from weasyprint.urls import URLFetcher

PDF_VARIANT = "pdf/a-2a"


@dataclass(frozen=True)
class Pdf:
    content: bytes
    pages: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def local_only() -> URLFetcher:
    """Fetches inline data only (the drawing is one): a document never reaches out to the
    network or the disk, so nothing in its text can make the worker read or call anything."""
    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def html_to_pdf(html: str, *, title: str) -> Pdf:
    """The PDF of `html`, its styles inline and its images inline data."""
    document = HTML(string=html, url_fetcher=local_only()).render()
    document.metadata.title = title
    content = document.write_pdf(pdf_variant=PDF_VARIANT)
    return Pdf(content=content, pages=len(document.pages))


def store(kind: str, pdf: Pdf) -> str:
    """Saves the PDF under its hash and returns its name in the storage; the same content is
    stored once."""
    name = f"documents/{kind}/{pdf.sha256}.pdf"
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(pdf.content))
    return name
