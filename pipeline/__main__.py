"""``python -m pipeline``: the zhextract command line."""

from .cli import main

if __name__ == "__main__":
    main()
