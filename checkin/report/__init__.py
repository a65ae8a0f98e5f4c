"""After the event: the attendance report's figures, certificates of attendance, the mail-merge pack.

Plain Python (no Qt): the figures and texts here are painted by ``checkin.ui.report_render``
and ``checkin.ui.certificate_render``; the numbers come from the same functions as
``checkin stats --json`` and the CSV exports.
"""
