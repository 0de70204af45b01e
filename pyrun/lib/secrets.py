"""Random numbers for secrets (from os.urandom), as CPython's secrets."""

import base64
import os
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes; DEFAULT_ENTROPY of them when nbytes is None."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as a string of 2 * nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64, without its '=' padding."""
    text = base64.urlsafe_b64encode(token_bytes(nbytes)).decode('ascii')
    return text.rstrip('=')
