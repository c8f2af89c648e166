"""Images opened within bounds: the header says how many pixels there are before any is
decoded, and an image past the limit is refused there (Pillow opens lazily)."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from ..domain import limits
from ..domain.errors import DelegateAppError
from ..domain.wording import QT_TRANSLATE_NOOP


class ImageRefusedError(DelegateAppError):
    """Not an image that can be read, or one too large to decode safely."""


def too_many_pixels(width: int, height: int) -> ImageRefusedError:
    return ImageRefusedError(QT_TRANSLATE_NOOP(
        "delegate_app", "The image is {width:,} × {height:,} pixels; images over {limit} million "
        "pixels are refused."), width=width, height=height,
        limit=limits.IMAGE_MAX_PIXELS // 1_000_000)


def open_image(raw: bytes) -> Image.Image:
    """The image with only its header read; decode it with ``load()`` once accepted."""
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own ceiling; ours is lower and checked just below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw))
    except Image.DecompressionBombError as exc:
        raise ImageRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The image has more pixels than it could ever need; images over "
            "{limit} million pixels are refused."),
            limit=limits.IMAGE_MAX_PIXELS // 1_000_000) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app",
            "This file is not an image that can be read (use JPEG or PNG).")) from exc
    if image.width * image.height > limits.IMAGE_MAX_PIXELS:
        image.close()
        raise too_many_pixels(image.width, image.height)
    return image


def decoded_image(raw: bytes) -> Image.Image:
    """The image checked (header, then structure) and decoded in full."""
    probe = open_image(raw)
    try:
        probe.verify()  # catches truncated and corrupt files without keeping the pixels
        image = open_image(raw)
        image.load()
    except ImageRefusedError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app",
            "This file is not an image that can be read (use JPEG or PNG).")) from exc
    return image
