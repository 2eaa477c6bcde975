"""The admin's door to the permission policy: every admin page asks the policy, like every
other read path. Model permissions of Django are not used."""

from typing import Any, TypeVar

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest

from partners.policy import Action, can, may_some, visible

M = TypeVar("M", bound=models.Model)


class PolicyAdmin(admin.ModelAdmin[M]):
    """Lists filtered by the VIEW rule; add, change and delete as CREATE, CHANGE and DELETE.

    The admin is where things are kept: its pages open to who may change some of the model
    (`module_action`), not to everyone who may read it elsewhere (the social map, say). A
    read-only admin, such as the access log's, opens on VIEW."""

    module_action = Action.CHANGE

    def get_queryset(self, request: HttpRequest) -> QuerySet[M]:
        return visible(request.user, Action.VIEW, super().get_queryset(request))

    def _may(self, request: HttpRequest, action: Action, obj: Any) -> bool:
        if obj is None:
            return may_some(request.user, action, self.model)
        return can(request.user, action, obj)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return may_some(request.user, self.module_action, self.model)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request) and self._may(request, Action.VIEW, obj)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return may_some(request.user, Action.CREATE, self.model)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, Action.CHANGE, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, Action.DELETE, obj)


class PolicyInline(admin.TabularInline[M, Any]):
    """An inline asks the policy about its own model, as its admin page does."""

    def get_queryset(self, request: HttpRequest) -> QuerySet[M]:
        return visible(request.user, Action.VIEW, super().get_queryset(request))

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_some(request.user, Action.VIEW, self.model)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_some(request.user, Action.CREATE, self.model)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_some(request.user, Action.CHANGE, self.model)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_some(request.user, Action.DELETE, self.model)
