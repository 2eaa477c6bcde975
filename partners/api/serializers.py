from django.contrib.auth.models import Group
from knox.models import AuthToken
from rest_framework import serializers

from partners.models import (
    AccessLog,
    ContactPerson,
    Domain,
    Municipality,
    Organisation,
    Region,
    User,
)


class DomainSerializer(serializers.ModelSerializer[Domain]):
    class Meta:
        model = Domain
        fields = ["id", "code", "name", "description"]


class RegionSerializer(serializers.ModelSerializer[Region]):
    class Meta:
        model = Region
        fields = ["id", "name"]


class MunicipalitySerializer(serializers.ModelSerializer[Municipality]):
    class Meta:
        model = Municipality
        fields = ["id", "name", "cbs_code", "region"]


class OrganisationSummarySerializer(serializers.ModelSerializer[Organisation]):
    class Meta:
        model = Organisation
        fields = ["id", "name", "short_name", "domain"]


class OrganisationSerializer(serializers.ModelSerializer[Organisation]):
    domain = DomainSerializer(read_only=True)

    class Meta:
        model = Organisation
        fields = [
            "id",
            "name",
            "short_name",
            "domain",
            "level",
            "municipalities",
            "regions",
            "email",
            "phone",
            "website",
            "address",
            "description",
        ]


class ContactPersonSerializer(serializers.ModelSerializer[ContactPerson]):
    expertise: "serializers.SlugRelatedField[ContactPerson]" = serializers.SlugRelatedField(
        slug_field="name", many=True, read_only=True
    )

    class Meta:
        model = ContactPerson
        fields = ["id", "organisation", "name", "function", "expertise", "phone", "email"]


class MembershipSerializer(serializers.ModelSerializer[User]):
    organisation = OrganisationSummarySerializer(read_only=True)
    full_name = serializers.CharField(source="get_full_name", read_only=True)
    roles: "serializers.SlugRelatedField[Group]" = serializers.SlugRelatedField(
        source="groups", slug_field="name", many=True, read_only=True
    )

    class Meta:
        model = User
        fields = ["id", "username", "full_name", "email", "organisation", "roles"]


class CurrentUserSerializer(MembershipSerializer):
    pass


class AccessLogSerializer(serializers.ModelSerializer[AccessLog]):
    class Meta:
        model = AccessLog
        fields = [
            "id",
            "at",
            "username",
            "organisation_name",
            "read_path",
            "purpose",
            "object_repr",
            "scope_repr",
            "path",
        ]


class ApiTokenSerializer(serializers.ModelSerializer[AuthToken]):
    """A personal API token as its holder sees it: never the token, which is stored only as a
    hash; `token_key` is its first characters, to recognise it by."""

    class Meta:
        model = AuthToken
        fields = ["token_key", "created", "expiry"]
        read_only_fields = fields
