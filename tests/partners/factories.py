import factory
from django.contrib.auth.models import Group

from partners.domains import domains_ensure
from partners.models import (
    ContactPerson,
    Domain,
    Expertise,
    Municipality,
    Organisation,
    Region,
    Role,
    User,
)
from partners.services import organisation_save

PASSWORD = "een-lang-testwachtwoord"


def domain(code: str) -> Domain:
    """A standard domain (veiligheid, zorg, politie, justitie, wonen, ...).

    Ensured here too: a browser test's flush empties what the migrations seeded."""
    found = Domain.objects.filter(code=code).first()
    if found is None:
        domains_ensure(Domain)
        found = Domain.objects.get(code=code)
    return found


class RegionFactory(factory.django.DjangoModelFactory[Region]):
    class Meta:
        model = Region
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Regio {n}")


class MunicipalityFactory(factory.django.DjangoModelFactory[Municipality]):
    class Meta:
        model = Municipality
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Gemeente {n}")
    cbs_code = factory.Sequence(lambda n: f"GM{n:04d}")
    region = factory.SubFactory(RegionFactory)


def served_municipality(*organisations: Organisation, **fields: object) -> Municipality:
    """A new municipality in the werkgebied of these organisations (so their AOV'ers and
    procesregisseurs may create cases there)."""
    municipality = MunicipalityFactory.create(**fields)
    for organisation in organisations:
        organisation.municipalities.add(municipality)
    return municipality


class OrganisationFactory(factory.django.DjangoModelFactory[Organisation]):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    short_name = factory.Sequence(lambda n: f"Org{n}")
    domain = factory.LazyFunction(lambda: domain("veiligheid"))

    @classmethod
    def _create(
        cls, model_class: type[Organisation], *args: object, **kwargs: object
    ) -> Organisation:
        # Through the service, so that the organisation gets its group as in production.
        return organisation_save(organisation=model_class(*args, **kwargs))


class ExpertiseFactory(factory.django.DjangoModelFactory[Expertise]):
    class Meta:
        model = Expertise
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"expertise {n}")


class ContactPersonFactory(factory.django.DjangoModelFactory[ContactPerson]):
    class Meta:
        model = ContactPerson
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    function = "Casusregisseur"
    phone = "0488 000 000"

    @factory.post_generation
    def expertise(
        obj: ContactPerson, create: bool, extracted: list[Expertise] | None, **kwargs: object
    ) -> None:  # noqa: N805
        if create and extracted:
            obj.expertise.set(extracted)


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
            group, _ = Group.objects.get_or_create(name=extracted.group_name)
            obj.groups.add(group)
