"""__future__: the record of Python's future statements, as documented for
CPython's __future__ module.

`from __future__ import annotations` is handled by the compiler; this
module only describes each feature: the release in which it could first
be imported (getOptionalRelease), the release in which it became the
rule or None if it never will (getMandatoryRelease), and the flag it sets
in the compiler (compiler_flag).  Releases are sys.version_info-like
tuples."""

# One row per feature, in the order they were added to the language:
# name, optional release, mandatory release, compiler flag name, its value.
_TIMELINE = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0),
     "CO_NESTED", 0x0010),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0),
     "CO_GENERATOR_ALLOWED", 0),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     "CO_FUTURE_DIVISION", 0x20000),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0),
     "CO_FUTURE_ABSOLUTE_IMPORT", 0x40000),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0),
     "CO_FUTURE_WITH_STATEMENT", 0x80000),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     "CO_FUTURE_PRINT_FUNCTION", 0x100000),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     "CO_FUTURE_UNICODE_LITERALS", 0x200000),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0),
     "CO_FUTURE_BARRY_AS_BDFL", 0x400000),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0),
     "CO_FUTURE_GENERATOR_STOP", 0x800000),
    ("annotations", (3, 7, 0, "beta", 1), None,
     "CO_FUTURE_ANNOTATIONS", 0x1000000),
)


class _Feature:
    def __init__(self, optional, mandatory, flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = flag

    def getOptionalRelease(self):
        """The first release in which the feature could be imported."""
        return self.optional

    def getMandatoryRelease(self):
        """The release in which it became (or will become) the rule; None if never."""
        return self.mandatory

    def __repr__(self):
        return "_Feature%r" % ((self.optional, self.mandatory,
                                self.compiler_flag),)


all_feature_names = [row[0] for row in _TIMELINE]
__all__ = ["all_feature_names"] + all_feature_names

for _name, _optional, _mandatory, _flag_name, _flag in _TIMELINE:
    globals()[_flag_name] = _flag
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
del _name, _optional, _mandatory, _flag_name, _flag
