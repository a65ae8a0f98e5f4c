import sys

from checkin.ui.app import main

sys.exit(main())
