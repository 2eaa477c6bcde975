import pytest

from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain


@pytest.fixture(autouse=True)
def catalogue(db: None) -> None:
    """The catalogue as the set-up loads it, also after a transactional test emptied the
    database of this test process."""
    domains_ensure(Domain)
    catalogue_load()
