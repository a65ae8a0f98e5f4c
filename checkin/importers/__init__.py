"""Reading organisers' files into the event: registrations, sessions, restricted-session lists.

Plain Python (no Qt); every write goes through ``checkin.store``.
"""

from checkin.importers.access import import_session_access
from checkin.importers.attendees import import_attendees
from checkin.importers.report import ImportFileError, ImportReport
from checkin.importers.sessions import import_sessions

__all__ = ["ImportFileError", "ImportReport", "import_attendees", "import_session_access", "import_sessions"]
