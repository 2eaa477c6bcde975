from typing import Any

from django.db import models
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from partners.policy import Action, can


class PolicyPermission(BasePermission):
    """DRF's door to the permission policy.

    Lists are already filtered by the view's `get_queryset` through `visible()`; this class
    decides the remaining questions the same way: may the user create an object of the view's
    `policy_model`, and may they perform the view's action on one object.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        if getattr(view, "action", None) == "create" and getattr(view, "policy_create", False):
            model: type[models.Model] = view.policy_model
            return can(request.user, Action.CREATE, model)
        return True

    def has_object_permission(self, request: Request, view: Any, obj: models.Model) -> bool:
        action = Action.VIEW if request.method in ("GET", "HEAD", "OPTIONS") else Action.CHANGE
        return can(request.user, getattr(view, "policy_object_action", None) or action, obj)
