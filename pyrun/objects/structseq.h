/* structseq.h - struct sequences: tuples whose items also have names, as
 * sys.version_info and sys.float_info (CPython's structseq).
 *
 * A struct sequence type is a static Type with TupleType as its base, the
 * items as read-only members (STRUCTSEQ_FIELD) and structseq_repr:
 *
 *     static const MemberDef fields[] = { STRUCTSEQ_FIELD("major", 0), ..., { NULL, 0, false, false } };
 *     Type VersionInfoType = STRUCTSEQ_TYPE("sys.version_info", fields, "doc");
 *
 * and structseq_new() makes an instance from the items. */
#ifndef PYRUN_OBJECTS_STRUCTSEQ_H
#define PYRUN_OBJECTS_STRUCTSEQ_H

#include <stddef.h>
#include "object.h"
#include "objects/tuple.h"

#define STRUCTSEQ_FIELD(name, index) \
    { name, offsetof(TupleObject, items) + (index) * sizeof(Object *), true, false }

#define STRUCTSEQ_TYPE(tname, fields, docstring)                                   \
    {                                                                              \
        .head = STATIC_HEADER(&TypeType), .name = tname,                           \
        .basicsize = offsetof(TupleObject, items), .itemsize = sizeof(Object *),   \
        .flags = TYPE_GC | TYPE_TUPLE_SUBCLASS, .doc = docstring,                  \
        .base = &TupleType, .members = fields, .repr = structseq_repr,             \
        .new_ = structseq_no_new,                                                  \
    }

/* A new instance of `type` holding new references to the n items. */
Object *structseq_new(Type *type, Object *const *items, size_t n);
/* "sys.version_info(major=3, minor=11, ...)" */
Object *structseq_repr(Object *o);
/* the types cannot be instantiated from Python */
Object *structseq_no_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames);

#endif
