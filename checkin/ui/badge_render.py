"""Moved to ``checkin.render.badge_render`` (Qt without widgets, shared with the CLI).

This name stays an alias of that module for branches written before the move.
"""

import sys

from checkin.render import badge_render as _moved

sys.modules[__name__] = _moved
