import sys

from checkin.cli import main

sys.exit(main())
