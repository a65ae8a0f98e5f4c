"""The SQLite store: every SQL statement of the application lives in this package.

Modules by area: ``db`` (connection, migrations, transactions), ``event``
(event and station identity), ``attendees``; further areas add their own module.
"""

from checkin.store.db import Store, StoreError, open_store, utc_now

__all__ = ["Store", "StoreError", "open_store", "utc_now"]
