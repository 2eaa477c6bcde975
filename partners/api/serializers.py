from django.contrib.auth.models import Group
from rest_framework import serializers

from partners.models import Organisation, User


class OrganisationSerializer(serializers.ModelSerializer[Organisation]):
    class Meta:
        model = Organisation
        fields = ["id", "name", "short_name"]


class CurrentUserSerializer(serializers.ModelSerializer[User]):
    organisation = OrganisationSerializer(read_only=True)
    full_name = serializers.CharField(source="get_full_name", read_only=True)
    roles: "serializers.SlugRelatedField[Group]" = serializers.SlugRelatedField(
        source="groups", slug_field="name", many=True, read_only=True
    )

    class Meta:
        model = User
        fields = ["id", "username", "full_name", "email", "organisation", "roles"]
