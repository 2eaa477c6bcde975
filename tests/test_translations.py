"""Every Dutch text of the interface has its English translation."""

import re
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "locale/en/LC_MESSAGES/django.po"


def entries() -> list[str]:
    return [block for block in CATALOGUE.read_text().split("\n\n") if "\nmsgid " in f"\n{block}"]


def test_catalogue_has_no_untranslated_or_fuzzy_entries() -> None:
    untranslated = []
    for block in entries()[1:]:  # the first block is the header
        msgstr = re.search(r'^msgstr (".*"(?:\n".*")*)', block, re.MULTILINE)
        text = "".join(re.findall(r'"(.*)"', msgstr.group(1))) if msgstr else ""
        if not text or "#, fuzzy" in block:
            untranslated.append(block.splitlines()[-2] if msgstr else block)
    assert untranslated == []
    assert len(entries()) > 50
