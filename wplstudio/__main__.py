from wplstudio.cli import main

raise SystemExit(main())
