"""_frozen_importlib_external (kiln overlay): CPython freezes
importlib._bootstrap_external under this name; kiln runs the source module
(importlib's overlay puts it in sys.modules under this name)."""
import importlib
