"""Package layout only (everything else is in pyproject.toml).

``db/`` and ``resources/`` stay at the repository root (the layout everyone works in) and are
shipped inside the wheel as ``checkin/db`` and ``checkin/resources``, so a plain
``pip install .`` has its migrations, translations, sounds and demo data;
``checkin.paths.base_dir`` finds them there. pyproject.toml cannot add packages that
``packages.find`` does not see, hence this file.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["checkin", "checkin.*"]) + ["checkin.db", "checkin.resources"],
    package_dir={"checkin.db": "db", "checkin.resources": "resources"},
    package_data={
        "checkin.db": ["*.sql"],
        "checkin.resources": ["**/*.ts", "**/*.qm", "**/*.wav", "**/*.csv", "**/*.png", "**/*.svg", "**/*.ico",
                              "**/*.icns"],
    },
)
