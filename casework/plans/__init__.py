"""The plan of action (plan van aanpak) of a case: its draft, its submitted versions and their
PDF. Everything of the capability is in this package: models, services, selectors, the
snapshot a version keeps, the pages, the API and their templates."""
