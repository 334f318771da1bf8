"""_frozen_importlib (kiln overlay): CPython freezes importlib._bootstrap under
this name; kiln runs the source module (importlib's overlay puts it in
sys.modules under this name)."""
import importlib
