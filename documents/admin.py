"""Document jobs for the functional manager: how the machinery is doing, read-only and without
the files (a document is read through the page of its subject, under the policy)."""

from django.contrib import admin
from django.http import HttpRequest

from documents.models import DocumentJob
from partners.admin_base import PolicyAdmin
from partners.policy import Action


@admin.register(DocumentJob)
class DocumentJobAdmin(PolicyAdmin[DocumentJob]):
    module_action = Action.VIEW
    list_display = ["kind", "subject_id", "variant", "status", "attempts", "requested_at", "pages"]
    list_filter = ["status", "kind", "variant"]
    fields = readonly_fields = (
        "kind",
        "subject_id",
        "variant",
        "status",
        "attempts",
        "error",
        "requested_at",
        "queued_at",
        "started_at",
        "heartbeat_at",
        "finished_at",
        "worker",
        "sha256",
        "size",
        "pages",
    )

    def has_add_permission(self, request: HttpRequest, *args: object) -> bool:
        return False
