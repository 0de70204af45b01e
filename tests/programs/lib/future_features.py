# __future__: every feature's releases and compiler flag
import __future__

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag))
print(__future__.generators)
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag,
      __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(__future__.__all__)
print(type(__future__.division).__name__)
