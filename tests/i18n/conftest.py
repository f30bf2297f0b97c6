from pathlib import Path

import pytest

from tests.i18n.catalogs import compile_catalogs


@pytest.fixture
def compiled_catalogs(tmp_path, settings):
    """The committed catalogs compiled (as `make messages` would) and in use, so a test
    reads the .po files as they are, not whatever .mo was last compiled."""
    committed = [Path(path) for path in settings.LOCALE_PATHS]
    settings.LOCALE_PATHS = compile_catalogs(tmp_path, committed)
