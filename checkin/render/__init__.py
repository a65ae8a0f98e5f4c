"""Qt without widgets: badges painted with QPainter (PDF, PNG) and sent to a printer.

Shared by the app (``checkin.ui``) and the command line (``checkin badges``), which
loads it only when it draws badges. It uses QtGui / QtPrintSupport but never a
widget, so it does not belong in ``checkin.ui``, and the rest of the core stays
free of Qt (``tests/core/test_architecture.py``).
"""
