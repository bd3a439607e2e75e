import sys

from balance.launch import main

sys.exit(main())
