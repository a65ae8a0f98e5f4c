"""checkin: offline participant check-in for conferences and seminars.

This package is the core: it imports no Qt. The desktop application lives in
``checkin.ui``.
"""

__version__ = "0.1.0"
