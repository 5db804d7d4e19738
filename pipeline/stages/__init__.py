"""The built-in stages; importing this package registers each under its name."""

from . import normalise, segment, sentences  # noqa: F401

try:  # stages that later work adds register themselves when present
    from . import recognise  # noqa: F401
except ImportError:  # pragma: no cover
    pass
try:
    from . import roles  # noqa: F401
except ImportError:  # pragma: no cover
    pass
