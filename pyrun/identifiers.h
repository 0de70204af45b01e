/* identifiers.h - the interned names the runtime uses (identifiers.def). */
#ifndef PYRUN_IDENTIFIERS_H
#define PYRUN_IDENTIFIERS_H

#include "object.h"

#define IDENTIFIER(c_name, text) extern StrObject *id_##c_name;
#include "identifiers.def"
#undef IDENTIFIER

void identifiers_init(void);

#endif
