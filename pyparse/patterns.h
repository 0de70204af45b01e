/* patterns.h - the patterns of `match` statements (PEP 634).
 *
 * The grammar's pattern rules (reachable only after CASE) call these to
 * build Match* nodes and to make the checks CPython's grammar makes:
 * complex literals are real +/- imaginary, `_` is a wildcard and never a
 * capture target, `**rest` comes last in a mapping, keyword patterns come
 * after positional ones in a class pattern. */
#ifndef PYPARSE_PATTERNS_H
#define PYPARSE_PATTERNS_H

#include "build.h"

AstPattern *new_pattern(Parser *P, AstKind kind, const Loc *loc);
/* The name a capture binds: NULL for the wildcard `_`. */
const char *capture_name(const char *name);

PatternList *pattern_list_new(Parser *P);
void pattern_list_add(Parser *P, PatternList *l, AstPattern *p);
/* `case a, b:` (a sequence) or `case a:` (the pattern itself). */
AstPattern *build_pattern_seq(Parser *P, PatternList *l, bool trailing_comma, const Loc *loc);
/* `( patterns )` without a trailing comma: a group or a sequence. */
AstPattern *build_paren_pattern(Parser *P, PatternList *l, const Loc *loc);

AstPattern *build_match_as(Parser *P, AstPattern *pattern, const char *name,
                           const Loc *name_loc, const Loc *loc);
/* A literal: MatchSingleton for None/True/False, MatchValue otherwise. */
AstPattern *literal_pattern(Parser *P, AstExpr *literal, const Loc *loc);
/* A name is a capture (or the wildcard); a dotted name is a value. */
AstPattern *name_pattern(Parser *P, AstExpr *name_or_attr, const Loc *loc);
AstExpr *build_complex_literal(Parser *P, AstExpr *real, AstKind op, AstExpr *imag,
                               const Loc *loc);

ClassPatternArgs *class_pattern_args_new(Parser *P);
void class_pattern_arg(Parser *P, ClassPatternArgs *a, const char *keyword, AstPattern *p,
                       const Loc *loc);
AstPattern *build_class_pattern(Parser *P, AstExpr *cls, ClassPatternArgs *a, const Loc *loc);

MappingItems *mapping_items_new(Parser *P);
bool mapping_item(Parser *P, MappingItems *m, AstExpr *key, AstPattern *p);
bool mapping_attr_key(Parser *P, AstExpr *key, const Loc *loc);
bool mapping_rest(Parser *P, MappingItems *m, const char *name, const Loc *loc);
AstPattern *build_mapping_pattern(Parser *P, MappingItems *m, const Loc *loc);

#endif
