"""The front-end packages' files are served by name, one by one (`config/finders.py`)."""

from pathlib import Path

from django.test import override_settings

from config.finders import VendorFinder


def test_only_the_named_files_of_a_package_are_found(tmp_path: Path) -> None:
    (tmp_path / "lib.min.js").write_text("//")
    (tmp_path / "lib.js").write_text("//")
    with override_settings(VENDOR_STATIC={"vendor/lib/lib.min.js": tmp_path / "lib.min.js"}):
        finder = VendorFinder()
        assert finder.find("vendor/lib/lib.min.js") == str(tmp_path / "lib.min.js")
        assert finder.find("vendor/lib/lib.min.js", find_all=True) == [str(tmp_path / "lib.min.js")]
        assert finder.find("vendor/lib/lib.js") is None
        assert finder.find("vendor/lib/lib.js", find_all=True) == []
        listed = [(path, getattr(storage, "prefix", "")) for path, storage in finder.list(None)]
        assert listed == [("lib.min.js", "vendor/lib")]
        assert finder.check() == []


def test_a_named_file_missing_from_its_package_stops_the_checks(tmp_path: Path) -> None:
    with override_settings(VENDOR_STATIC={"vendor/lib/lib.min.js": tmp_path / "gone.js"}):
        finder = VendorFinder()
        assert finder.find("vendor/lib/lib.min.js") is None
        [error] = finder.check()
        assert error.id == "vierhoek.E001"
        assert "vendor/lib/lib.min.js" in error.msg
