"""Lists count at most 10,001 rows: past that they say "meer dan 10.000"."""

import pytest

from casework.services import case_create
from config.pagination import CappedPaginator
from partners.models import Domain
from tests.conftest import api_client, verified_client
from tests.partners.factories import domain
from tests.world import World


@pytest.mark.django_db
def test_the_count_stops_one_past_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CappedPaginator, "cap", 3)
    domain("zorg")  # the domains, also after a browser test emptied this process's database
    domains = Domain.objects.order_by("pk")
    assert domains.count() > 4
    paginator = CappedPaginator(domains, 2)
    assert paginator.count == 4 and paginator.is_capped
    assert paginator.num_pages == 2
    small = CappedPaginator(domains[:2], 2)
    assert small.count == 2 and not small.is_capped
    assert CappedPaginator(list(range(10)), 2).count == 4


@pytest.mark.django_db
def test_a_long_case_list_says_more_than_instead_of_counting(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(3):
        case_create(
            user=world.users["aov"], title=f"Casus {number}", municipality=world.municipality
        )
    monkeypatch.setattr(CappedPaginator, "cap", 2)
    monkeypatch.setattr("casework.views.cases.PAGE_SIZE", 1)
    page = verified_client(world.users["aov"]).get("/casussen/").content.decode()
    assert "Pagina 1 (meer dan 2 resultaten; verfijn de zoekopdracht" in page
    listed = api_client(world.users["aov"]).get("/api/cases/", {"page_size": 1}).json()
    assert (listed["count"], listed["count_is_capped"]) == (3, True)
    monkeypatch.setattr(CappedPaginator, "cap", 10_000)
    listed = api_client(world.users["aov"]).get("/api/cases/").json()
    assert (listed["count"], listed["count_is_capped"]) == (4, False)
