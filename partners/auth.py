"""Signing in: people only. A system account (a koppeling) has no password and cannot sign in
on a page; it reaches the API with a token a functional manager issued, within its scopes."""

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext as _
from drf_spectacular.contrib.knox_auth_token import KnoxTokenScheme
from knox.auth import TokenAuthentication as KnoxTokenAuthentication
from rest_framework.exceptions import AuthenticationFailed


class PeopleOnlyBackend(ModelBackend):
    def user_can_authenticate(self, user: Any) -> bool:
        return super().user_can_authenticate(user) and not getattr(user, "is_system", False)


class TokenAuthentication(KnoxTokenAuthentication):
    """Knox's token check, refusing a token that cannot be one (not printable ASCII, too long)
    before it reaches the database: such a header is a 401, never a server error."""

    def authenticate_credentials(self, token: bytes) -> Any:
        try:
            text = token.decode("ascii")
        except UnicodeDecodeError as error:
            raise AuthenticationFailed(_("Ongeldige sleutel.")) from error
        if not text.isprintable() or len(text) > 200:
            raise AuthenticationFailed(_("Ongeldige sleutel."))
        return super().authenticate_credentials(token)


class TokenScheme(KnoxTokenScheme):
    """The token in the OpenAPI schema, as drf-spectacular describes knox's."""

    target_class = "partners.auth.TokenAuthentication"
