from typing import Any

from django.db import models
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from partners.policy import Action, can


def within_scope(request: Request, view: Any) -> bool:
    """A person: yes (the policy decides the rest). A system account: only reading, and only
    a view whose `api_scope` is among the account's scopes; every other view refuses it."""
    user = request.user
    if not getattr(user, "is_system", False):
        return True
    scope = getattr(view, "api_scope", None)
    scopes: list[str] = getattr(user, "scopes", [])
    return request.method in SAFE_METHODS and scope is not None and scope in scopes


class SignedInWithinScope(BasePermission):
    """The default of every API view: signed in, and a system account within its scopes."""

    def has_permission(self, request: Request, view: Any) -> bool:
        return bool(request.user and request.user.is_authenticated) and within_scope(request, view)


class PolicyPermission(BasePermission):
    """DRF's door to the permission policy.

    Lists are already filtered by the view's `get_queryset` through `visible()`; this class
    decides the remaining questions the same way: may the user create an object of the view's
    `policy_model`, and may they perform the view's action on one object.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        if not within_scope(request, view):
            return False
        if getattr(view, "action", None) == "create" and getattr(view, "policy_create", False):
            model: type[models.Model] = view.policy_model
            return can(request.user, Action.CREATE, model)
        return True

    def has_object_permission(self, request: Request, view: Any, obj: models.Model) -> bool:
        action = Action.VIEW if request.method in ("GET", "HEAD", "OPTIONS") else Action.CHANGE
        return can(request.user, getattr(view, "policy_object_action", None) or action, obj)
