/* patterns.c - building and checking match patterns (see patterns.h). */
#include "patterns.h"

#include <string.h>

AstPattern *new_pattern(Parser *P, AstKind kind, const Loc *loc)
{
    AstPattern *p = arena_alloc(P->arena, sizeof *p);
    p->kind = kind;
    p->pos = loc_pos(loc);
    return p;
}

const char *capture_name(const char *name)
{
    return strcmp(name, "_") == 0 ? NULL : name;
}

PatternList *pattern_list_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(PatternList));
}

void pattern_list_add(Parser *P, PatternList *l, AstPattern *p)
{
    l->stars += p->kind == AST_MatchStar;
    SEQ_PUSH(P, l->patterns, p);
}

/* A star pattern only exists inside a sequence: `case *a:` and `(*a)` are
 * errors, which CPython reports at the token after the star pattern. */
static bool refuse_lone_star(Parser *P, const Loc *loc)
{
    Loc after = { loc->last_line, loc->last_column, loc->last_line, loc->last_column };
    parser_syntax_error(P, &after, "invalid syntax");
    return false;
}

static AstPattern *sequence(Parser *P, PatternList *l, const Loc *loc)
{
    AstPattern *p = new_pattern(P, AST_MatchSequence, loc);
    p->v.MatchSequence.patterns = l->patterns;
    return p;
}

AstPattern *build_pattern_seq(Parser *P, PatternList *l, bool trailing_comma, const Loc *loc)
{
    if (l->patterns.count == 1 && !trailing_comma) {
        AstPattern *only = l->patterns.items[0];
        if (only->kind == AST_MatchStar) {
            refuse_lone_star(P, loc);
            return NULL;
        }
        return only;
    }
    return sequence(P, l, loc);
}

AstPattern *build_paren_pattern(Parser *P, PatternList *l, const Loc *loc)
{
    if (l->patterns.count == 1) {
        AstPattern *only = l->patterns.items[0];
        if (only->kind == AST_MatchStar) {
            Loc inner = pos_loc(&only->pos);
            refuse_lone_star(P, &inner);
            return NULL;
        }
        return only;        /* a group: the pattern keeps its own position */
    }
    return sequence(P, l, loc);
}

AstPattern *build_match_as(Parser *P, AstPattern *pattern, const char *name,
                           const Loc *name_loc, const Loc *loc)
{
    if (!capture_name(name)) {
        parser_syntax_error(P, name_loc, "cannot use '_' as a target");
        return NULL;
    }
    AstPattern *p = new_pattern(P, AST_MatchAs, loc);
    p->v.MatchAs.pattern = pattern;
    p->v.MatchAs.name = name;
    return p;
}

AstPattern *literal_pattern(Parser *P, AstExpr *literal, const Loc *loc)
{
    if (literal->kind == AST_Constant) {
        ConstantKind k = literal->v.Constant.value.kind;
        if (k == CONST_NONE || k == CONST_BOOL) {
            AstPattern *p = new_pattern(P, AST_MatchSingleton, loc);
            p->v.MatchSingleton.value = literal->v.Constant.value;
            return p;
        }
    }
    AstPattern *p = new_pattern(P, AST_MatchValue, loc);
    p->v.MatchValue.value = literal;
    return p;
}

AstPattern *name_pattern(Parser *P, AstExpr *name_or_attr, const Loc *loc)
{
    if (name_or_attr->kind == AST_Name) {
        AstPattern *p = new_pattern(P, AST_MatchAs, loc);
        p->v.MatchAs.name = capture_name(name_or_attr->v.Name.id);
        return p;
    }
    AstPattern *p = new_pattern(P, AST_MatchValue, loc);
    p->v.MatchValue.value = name_or_attr;
    return p;
}

static bool is_imaginary(const AstExpr *number)
{
    return number->v.Constant.value.kind == CONST_COMPLEX;
}

AstExpr *build_complex_literal(Parser *P, AstExpr *real, AstKind op, AstExpr *imag,
                               const Loc *loc)
{
    const AstExpr *real_number = real->kind == AST_UnaryOp ? real->v.UnaryOp.operand : real;
    if (is_imaginary(real_number)) {
        Loc at = pos_loc(&real_number->pos);
        parser_syntax_error(P, &at, "real number required in complex literal");
        return NULL;
    }
    if (!is_imaginary(imag)) {
        Loc at = pos_loc(&imag->pos);
        parser_syntax_error(P, &at, "imaginary number required in complex literal");
        return NULL;
    }
    return new_binop(P, real, op, imag, loc);
}

ClassPatternArgs *class_pattern_args_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(ClassPatternArgs));
}

void class_pattern_arg(Parser *P, ClassPatternArgs *a, const char *keyword, AstPattern *p,
                       const Loc *loc)
{
    if (keyword) {
        SEQ_PUSH(P, a->kwd_attrs, keyword);
        SEQ_PUSH(P, a->kwd_patterns, p);
        return;
    }
    if (a->kwd_attrs.count > 0) {
        if (!a->misplaced)
            a->first_misplaced = *loc;
        a->misplaced = true;
        a->last_misplaced = *loc;
    }
    SEQ_PUSH(P, a->patterns, p);
}

AstPattern *build_class_pattern(Parser *P, AstExpr *cls, ClassPatternArgs *a, const Loc *loc)
{
    if (a->misplaced) {
        Loc at = span(&a->first_misplaced, &a->last_misplaced);
        parser_syntax_error(P, &at, "positional patterns follow keyword patterns");
        return NULL;
    }
    AstPattern *p = new_pattern(P, AST_MatchClass, loc);
    p->v.MatchClass.cls = cls;
    p->v.MatchClass.patterns = a->patterns;
    p->v.MatchClass.kwd_attrs = a->kwd_attrs;
    p->v.MatchClass.kwd_patterns = a->kwd_patterns;
    return p;
}

MappingItems *mapping_items_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(MappingItems));
}

bool mapping_item(Parser *P, MappingItems *m, AstExpr *key, AstPattern *p)
{
    if (m->rest) {
        /* nothing may follow **rest */
        Loc at = pos_loc(&key->pos);
        parser_syntax_error(P, &at, "invalid syntax");
        return false;
    }
    SEQ_PUSH(P, m->keys, key);
    SEQ_PUSH(P, m->patterns, p);
    return true;
}

/* A key is a literal or a dotted name; a bare name would be a capture. */
bool mapping_attr_key(Parser *P, AstExpr *key, const Loc *loc)
{
    if (key->kind == AST_Attribute)
        return true;
    Loc after = { loc->last_line, loc->last_column, loc->last_line, loc->last_column };
    parser_syntax_error(P, &after, "invalid syntax");
    return false;
}

/* `**name` (loc spans both tokens): once, last, and not `**_`. */
bool mapping_rest(Parser *P, MappingItems *m, const char *name, const Loc *loc)
{
    if (m->rest) {
        parser_syntax_error(P, loc, "invalid syntax");
        return false;
    }
    if (!capture_name(name)) {
        Loc at = { loc->last_line, loc->last_column - 1, loc->last_line, loc->last_column };
        parser_syntax_error(P, &at, "invalid syntax");
        return false;
    }
    m->rest = name;
    return true;
}

AstPattern *build_mapping_pattern(Parser *P, MappingItems *m, const Loc *loc)
{
    AstPattern *p = new_pattern(P, AST_MatchMapping, loc);
    p->v.MatchMapping.keys = m->keys;
    p->v.MatchMapping.patterns = m->patterns;
    p->v.MatchMapping.rest = m->rest;
    return p;
}
