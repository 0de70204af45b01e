/* misc.h - small types with no header of their own: generic aliases
 * (list[int]), union types (int | None), mappingproxy (a class's __dict__),
 * types.SimpleNamespace. */
#ifndef PYRUN_OBJECTS_MISC_H
#define PYRUN_OBJECTS_MISC_H

#include "object.h"

extern Type GenericAliasType, UnionType, MappingProxyType, NamespaceType;

Object *generic_alias_new(Object *origin, Object *args);
Object *union_new(Object *a, Object *b);            /* a | b for types; NotImplemented otherwise */
Object *mapping_proxy_new(Object *mapping);
Object *namespace_new(Object *dict);                 /* types.SimpleNamespace(**dict); dict may be NULL */

#endif
