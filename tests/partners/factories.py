import factory
from django.contrib.auth.models import Group

from partners.models import Organisation, Role, User

PASSWORD = "een-lang-testwachtwoord"


class OrganisationFactory(factory.django.DjangoModelFactory[Organisation]):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    short_name = factory.Sequence(lambda n: f"Org{n}")


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = "Kim"
    last_name = factory.Sequence(lambda n: f"Jansen {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(obj: User, create: bool, extracted: Role | None, **kwargs: object) -> None:  # noqa: N805
        if create and extracted is not None:
            group, _ = Group.objects.get_or_create(name=extracted.label)
            obj.groups.add(group)
