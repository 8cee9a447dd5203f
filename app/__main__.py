"""`python -m app` is the same CLI as the `faceledger` console script."""

from app.cli import main

raise SystemExit(main())
