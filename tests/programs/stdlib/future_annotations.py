# from __future__ import annotations: annotations kept as strings; the __future__ module
from __future__ import annotations
import __future__
def f(x: int, y: "list[Foo]" = None) -> Foo:
    return x
class C:
    a: int
    b: dict[str, Undefined] = {}
print(f(1), f.__annotations__, C.__annotations__)
print(__future__.annotations, __future__.all_feature_names[-1])
print(__future__.annotations.getMandatoryRelease(), __future__.division.getMandatoryRelease())
