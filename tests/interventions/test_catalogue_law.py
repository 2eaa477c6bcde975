"""The catalogue's content against the law (issue 16): each fault a legal review found, as a
test on the data file, and what every formal entry must say. These read the seed file itself,
so a later edit that reintroduces a fault fails here before it reaches an installation."""

import re
from typing import Any

import pytest

from interventions.catalogue import catalogue_entries
from interventions.models import Authority, Decider, RemedyRoute, ViewRequirement

ENTRIES = {entry["slug"]: entry for entry in catalogue_entries()}
FORMAL = [entry for entry in ENTRIES.values() if entry["kind"] == "formeel"]


def text_of(entry: dict[str, Any]) -> str:
    """Everything an entry says, in one lower-case string."""
    parts = [
        entry["name"],
        entry["summary"],
        entry["description"],
        entry["typical_duration"],
        entry["remedies"],
        entry["view_note"],
        entry["safety_notes"],
        *entry["conditions"],
    ]
    return " ".join(parts).lower()


def sources_of(entry: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [source for source in entry["sources"] if source["kind"] == kind]


@pytest.mark.parametrize("entry", FORMAL, ids=lambda entry: entry["slug"])
def test_every_formal_entry_names_remedies_sources_and_a_review(entry: dict[str, Any]) -> None:
    assert len(entry["remedies"].strip()) >= 40, "remedies"
    assert entry["remedy_route"] in RemedyRoute.values
    assert entry["view_requirement"] in ViewRequirement.values
    laws = sources_of(entry, "wet")
    assert laws, "a law among the sources"
    for law in laws:
        assert re.fullmatch(r"BWBR\d{7}", law["bwbr"]), law
        assert law["checked_on"] is not None, law
    for ruling in sources_of(entry, "uitspraak"):
        assert re.fullmatch(r"ECLI:NL:[A-Z]+:\d{4}:[A-Z0-9.]+", ruling["ecli"]), ruling
    # The link to the law is the law of the sources, not another regulation (an act whose
    # BWBR id is not yet verified has no link rather than a wrong one).
    if entry["legal_url"]:
        linked = re.search(r"BWBR\d{7}", entry["legal_url"])
        assert linked and linked.group(0) in {law["bwbr"] for law in laws}
    assert entry["review"] and entry["review"]["date"] and entry["review"]["by"]
    assert entry["authority"] in Authority.values
    assert set(entry["deciders"]) <= set(Decider.values)


@pytest.mark.parametrize("entry", FORMAL, ids=lambda entry: entry["slug"])
def test_only_a_decision_of_an_administrative_body_asks_a_zienswijze(
    entry: dict[str, Any],
) -> None:
    if entry["authority"] == Authority.ADMINISTRATIVE:
        assert entry["view_requirement"] != ViewRequirement.NOT_APPLICABLE
    else:
        assert entry["view_requirement"] == ViewRequirement.NOT_APPLICABLE
    if entry["view_requirement"] == ViewRequirement.NOT_REQUIRED:
        assert entry["view_note"].strip(), "why no zienswijze is needed"


def test_court_civil_and_professional_instruments_are_not_administrative() -> None:
    expected = {
        "melding-veilig-thuis": Authority.PROFESSIONAL,
        "ondertoezichtstelling": Authority.COURT,
        "uithuisplaatsing": Authority.COURT,
        "vrijheidsbeperkende-maatregel": Authority.COURT,
        "ontbinding-huurovereenkomst": Authority.CIVIL,
        "strafvorderlijke-informatie-burgemeester": Authority.PROSECUTION,
    }
    for slug, authority in expected.items():
        assert ENTRIES[slug]["authority"] == authority, slug


def test_the_huisverbod_links_the_act_and_says_who_and_how() -> None:
    entry = ENTRIES["tijdelijk-huisverbod"]
    assert "BWBR0024649" in entry["legal_url"]
    assert "BWBR0020367" not in str(entry)
    text = text_of(entry)
    assert "meerderjarig" in text  # art. 2 lid 2: only an adult
    assert "veilig thuis" in text  # art. 2 lid 3: consulted first where a child is abused
    assert "hulpofficier" in text and "verleng" in text  # mandate to impose, not to extend
    assert entry["remedy_route"] == RemedyRoute.DIRECT_APPEAL  # no bezwaar: straight to court


def test_the_area_ban_is_the_article_as_it_reads_since_2015() -> None:
    entry = ENTRIES["gebiedsverbod-groepsverbod-meldplicht"]
    text = text_of(entry)
    assert "24 maanden" in text
    assert "ECLI:NL:RVS:2025:772" in {source["ecli"] for source in entry["sources"]}
    assert "33 882" in str(entry["sources"]) or "33882" in str(entry["sources"])
    assert "afzonderlijke dagen" in text or "losse dagen" in text


def test_a_weapon_alone_does_not_close_a_home_under_174a() -> None:
    entry = ENTRIES["sluiting-woning-openbare-orde"]
    weapon = [line for line in entry["conditions"] if "wapen" in line.lower()]
    assert weapon, "the 2024 grounds are in the checklist"
    for line in weapon:
        assert "verstoring van de openbare orde" in line.lower() or "vrees" in line.lower(), line
    text = text_of(entry)
    assert "niet voor het publiek" in text or "niet openbaar" in text
    assert "uiterste" in text or "ultimum remedium" in text


def test_a_damocles_policy_is_not_a_legal_condition_of_13b() -> None:
    entry = ENTRIES["sluiting-woning-drugs"]
    for line in entry["conditions"]:
        if "beleid" in line.lower():
            assert re.match(r"^(als|indien|heeft de burgemeester)", line.lower()), line
    rulings = {source["ecli"] for source in sources_of(entry, "uitspraak")}
    assert {"ECLI:NL:RVS:2019:2912", "ECLI:NL:RVS:2025:2922"} <= rulings
    text = text_of(entry)
    assert "noodzak" in text and "evenwicht" in text or "evenredig" in text
    assert "5:24" in text


def test_a_landlord_may_dissolve_the_lease_out_of_court_after_a_closure() -> None:
    entry = ENTRIES["ontbinding-huurovereenkomst"]
    text = text_of(entry)
    assert "buitengerechtelijk" in text
    assert "verhuurder" in entry["deciders"]
    assert "alleen de rechter" not in text


def test_the_wet_victor_follows_a_closure_and_adds_no_conditions_of_its_own() -> None:
    entry = ENTRIES["beheerovername-wet-victor"]
    assert any("174a" in line for line in entry["conditions"])
    for line in entry["conditions"]:
        assert "beheerder beschikbaar" not in line.lower(), line
        assert "reëel risico" not in line.lower(), line


def test_a_horeca_closure_for_drugs_rests_on_13b() -> None:
    assert "13b opiumwet" in text_of(ENTRIES["sluiting-horeca"])


def test_the_minister_designates_areas_for_selective_housing() -> None:
    assert Decider.MINISTER in ENTRIES["selectieve-woningtoewijzing"]["deciders"]


def test_preventive_searches_and_cameras_say_what_the_law_adds() -> None:
    search = text_of(ENTRIES["preventief-fouilleren"])
    assert "174b" in search and "12 uur" in search
    cameras = text_of(ENTRIES["cameratoezicht"])
    assert "officier van justitie" in cameras and "bewaar" in cameras


def test_sharing_information_rests_on_the_wgs() -> None:
    for slug in ("signaal-riec", "melding-belastingdienst"):
        titles = " ".join(source["title"] for source in ENTRIES[slug]["sources"]).lower()
        assert "gegevensverwerking door samenwerkingsverbanden" in titles, slug


def test_the_instruments_an_aover_misses_are_in_the_catalogue() -> None:
    for slug in (
        "gegevensdeling-wgs",
        "politiegegevens-verstrekking",
        "crisismaatregel-wvggz",
        "preventieve-last-onder-dwangsom",
        "herziening-terugvordering-bijstand",
        "verblijfsontzegging-apv",
        "verzoek-onderzoek-raad-kinderbescherming",
    ):
        assert slug in ENTRIES, slug
    police = text_of(ENTRIES["politiegegevens-verstrekking"])
    for article in ("16", "18", "19"):
        assert f"art. {article}" in police or f"artikel {article}" in police, article
    assert "7:1" in ENTRIES["crisismaatregel-wvggz"]["legal_article"]
    assert "5:7" in ENTRIES["preventieve-last-onder-dwangsom"]["legal_article"]


def test_a_noodverordening_cannot_be_appealed() -> None:
    entry = ENTRIES["noodverordening"]
    assert entry["remedy_route"] == RemedyRoute.NONE
    assert "8:3" in entry["remedies"]
