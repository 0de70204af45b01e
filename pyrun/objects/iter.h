/* iter.h - the iterator types behind the built-ins: iter(seq) over
 * __getitem__, iter(callable, sentinel), enumerate, zip, map, filter and
 * reversed. */
#ifndef PYRUN_OBJECTS_ITER_H
#define PYRUN_OBJECTS_ITER_H

#include "object.h"

extern Type SeqIterType, CallableIterType, EnumerateType, ZipType, MapType, FilterType;
extern Type ReversedType;

Object *seq_iter_new(Object *sequence);
Object *callable_iter_new(Object *callable, Object *sentinel);

#endif
