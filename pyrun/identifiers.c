/* identifiers.c - the interned names of identifiers.def. */
#include "runtime.h"

#define IDENTIFIER(c_name, text) StrObject *id_##c_name;
#include "identifiers.def"
#undef IDENTIFIER

void identifiers_init(void)
{
#define IDENTIFIER(c_name, text) id_##c_name = str_intern_cstr(text);
#include "identifiers.def"
#undef IDENTIFIER
}
