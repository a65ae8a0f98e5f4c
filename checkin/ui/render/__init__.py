"""Qt without widgets: badges, reports and certificates painted with QPainter (PDF, PNG), sent to a printer.

The only part of ``checkin.ui`` that the command line loads (``checkin badges``): it uses
QtGui but never a widget and imports nothing else of ``checkin.ui``, so printing from the
CLI never starts the application (``tests/core/test_architecture.py``). The core outside
``checkin.ui`` stays free of Qt.
"""
