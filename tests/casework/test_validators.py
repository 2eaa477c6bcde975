import pytest
from django.core.exceptions import ValidationError

from casework.validators import bsn_is_valid, validate_bsn


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999999990"])
def test_valid_bsns_pass_the_elfproef(bsn: str) -> None:
    assert bsn_is_valid(bsn)
    validate_bsn(bsn)


@pytest.mark.parametrize("bsn", ["111222334", "123456789", "000000000", "12345678", "12345678a"])
def test_invalid_bsns_fail(bsn: str) -> None:
    assert not bsn_is_valid(bsn)
    with pytest.raises(ValidationError):
        validate_bsn(bsn)


def test_wrong_length_and_wrong_checksum_get_different_messages() -> None:
    with pytest.raises(ValidationError, match="negen cijfers"):
        validate_bsn("1234")
    with pytest.raises(ValidationError, match="elfproef"):
        validate_bsn("123456789")


def test_an_empty_bsn_is_allowed() -> None:
    validate_bsn("")
