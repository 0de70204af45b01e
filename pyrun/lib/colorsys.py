"""Conversions between colour systems, as CPython's colorsys: RGB to and
from YIQ, HLS and HSV.  Every coordinate is a float from 0 to 1 (YIQ's I
and Q may be negative); the functions take and return 3-tuples.

The arithmetic is done in the same order as CPython's, so the floats that
come out are the same to the last bit."""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    """x kept inside [0, 1] (YIQ can describe colours RGB cannot)."""
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


# -- YIQ: the NTSC television signal's luma and two chroma coordinates

def rgb_to_yiq(r, g, b):
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff, blue_diff = r - luma, b - luma
    in_phase = 0.74 * red_diff - 0.27 * blue_diff
    quadrature = 0.48 * red_diff + 0.41 * blue_diff
    return (luma, in_phase, quadrature)


def yiq_to_rgb(y, i, q):
    # the inverse of the matrix above
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(red), _clamp(green), _clamp(blue))


# -- the hue shared by HLS and HSV

def _hue(r, g, b, top, spread):
    """The hue of (r, g, b) whose largest coordinate is top and whose
    largest minus smallest is spread (not 0), as a fraction of the circle."""
    red_gap, green_gap, blue_gap = [(top - c) / spread for c in (r, g, b)]
    # the sextant's offset, plus where the hue lies between the other two
    if r == top:
        return ((blue_gap - green_gap) / 6.0) % 1.0
    if g == top:
        return ((2.0 + red_gap - blue_gap) / 6.0) % 1.0
    return ((4.0 + green_gap - red_gap) / 6.0) % 1.0


# -- HLS: hue, lightness, saturation

def rgb_to_hls(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    total = top + bottom
    spread = top - bottom
    lightness = total / 2.0
    if top == bottom:
        return 0.0, lightness, 0.0
    if lightness <= 0.5:
        saturation = spread / total
    else:
        saturation = spread / (2.0 - top - bottom)
    return _hue(r, g, b, top, spread), lightness, saturation


def _hls_channel(low, high, hue):
    """One RGB coordinate: where hue falls on the piecewise-linear ramp
    between low and high."""
    hue %= 1.0
    if hue < 0.5:
        return high if hue >= ONE_SIXTH else low + (high - low) * hue * 6.0
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low                      # (also for a NaN hue)


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_hls_channel(low, high, h + ONE_THIRD),
            _hls_channel(low, high, h),
            _hls_channel(low, high, h - ONE_THIRD))


# -- HSV: hue, saturation, value

def rgb_to_hsv(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    spread = top - bottom
    if top == bottom:
        return 0.0, 0.0, top
    return _hue(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    scaled = h * 6.0
    sextant = int(scaled)           # int() truncates toward zero
    fraction = scaled - sextant
    flat, falling, rising = (v * (1.0 - s), v * (1.0 - s * fraction),
                             v * (1.0 - s * (1.0 - fraction)))
    # which of the three values is red, green and blue in each sextant
    return ((v, rising, flat), (falling, v, flat), (flat, v, rising),
            (flat, falling, v), (rising, flat, v), (v, flat, falling))[sextant % 6]
