/* runtime.h - every header of the runtime, for the files that use most of it. */
#ifndef PYRUN_RUNTIME_H
#define PYRUN_RUNTIME_H

#include "object.h"
#include "identifiers.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/method.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "objects/weakref.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/vm.h"

#include "buf.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#endif
