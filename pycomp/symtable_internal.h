/* symtable_internal.h - between the two halves of the symbol table. */
#ifndef PYCOMP_SYMTABLE_INTERNAL_H
#define PYCOMP_SYMTABLE_INTERNAL_H

#include "symtable.h"

/* Resolves every name of every scope (symtable_analyze.c). */
void symtable_analyze(SymTable *st);

#endif
