/* bytes_methods.h - the methods of bytes and bytearray in bytes_methods.c
 * (the method tables are in bytes.c). */
#ifndef PYRUN_OBJECTS_BYTES_METHODS_H
#define PYRUN_OBJECTS_BYTES_METHODS_H

#include "object.h"

#define BYTES_METHOD(name) \
    Object *name(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)

/* "bytes.NAME" or "bytearray.NAME" as self is: how CPython names the
 * methods both share in its argument-count messages. */
const char *bytes_method_name(Object *self, const char *name);

/* startswith (ends false) and endswith */
Object *bytes_tailmatch(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                        bool ends);

BYTES_METHOD(bytes_find_method);
BYTES_METHOD(bytes_rfind_method);
BYTES_METHOD(bytes_index_method);
BYTES_METHOD(bytes_rindex_method);
BYTES_METHOD(bytes_count_method);
BYTES_METHOD(bytes_partition_method);
BYTES_METHOD(bytes_rpartition_method);
BYTES_METHOD(bytes_rsplit_method);
BYTES_METHOD(bytes_splitlines_method);
BYTES_METHOD(bytes_center_method);
BYTES_METHOD(bytes_ljust_method);
BYTES_METHOD(bytes_rjust_method);
BYTES_METHOD(bytes_zfill_method);
BYTES_METHOD(bytes_expandtabs_method);
BYTES_METHOD(bytes_swapcase_method);
BYTES_METHOD(bytes_capitalize_method);
BYTES_METHOD(bytes_title_method);
BYTES_METHOD(bytes_islower_method);
BYTES_METHOD(bytes_isupper_method);
BYTES_METHOD(bytes_istitle_method);
BYTES_METHOD(bytes_isascii_method);
BYTES_METHOD(bytes_maketrans_method);      /* a static method */
BYTES_METHOD(bytes_translate_method);
BYTES_METHOD(bytes_removeprefix_method);
BYTES_METHOD(bytes_removesuffix_method);
BYTES_METHOD(bytearray_insert_method);
BYTES_METHOD(bytearray_remove_method);

/* the table entries both types share */
#define BYTES_SHARED_METHODS                                            \
    { "find", bytes_find_method, 0 },                                   \
    { "rfind", bytes_rfind_method, 0 },                                 \
    { "index", bytes_index_method, 0 },                                 \
    { "rindex", bytes_rindex_method, 0 },                               \
    { "count", bytes_count_method, 0 },                                 \
    { "partition", bytes_partition_method, 0 },                         \
    { "rpartition", bytes_rpartition_method, 0 },                       \
    { "rsplit", bytes_rsplit_method, 0 },                               \
    { "splitlines", bytes_splitlines_method, 0 },                       \
    { "center", bytes_center_method, 0 },                               \
    { "ljust", bytes_ljust_method, 0 },                                 \
    { "rjust", bytes_rjust_method, 0 },                                 \
    { "zfill", bytes_zfill_method, 0 },                                 \
    { "expandtabs", bytes_expandtabs_method, 0 },                       \
    { "swapcase", bytes_swapcase_method, 0 },                           \
    { "capitalize", bytes_capitalize_method, 0 },                       \
    { "title", bytes_title_method, 0 },                                 \
    { "islower", bytes_islower_method, 0 },                             \
    { "isupper", bytes_isupper_method, 0 },                             \
    { "istitle", bytes_istitle_method, 0 },                             \
    { "isascii", bytes_isascii_method, 0 },                             \
    { "maketrans", bytes_maketrans_method, METH_STATIC },               \
    { "translate", bytes_translate_method, 0 },                         \
    { "removeprefix", bytes_removeprefix_method, 0 },                   \
    { "removesuffix", bytes_removesuffix_method, 0 },

#endif
