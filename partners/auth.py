"""Signing in: people only. A system account (a koppeling) has no password and cannot sign in
on a page; it reaches the API with a token a functional manager issued, within its scopes."""

from typing import Any

from django.contrib.auth.backends import ModelBackend


class PeopleOnlyBackend(ModelBackend):
    def user_can_authenticate(self, user: Any) -> bool:
        return super().user_can_authenticate(user) and not getattr(user, "is_system", False)
