/* grammar.y - the Python 3.11 grammar, for bison (LALR(1), no conflicts).
 *
 * It follows the layers of CPython's Grammar/python.gram (expression,
 * disjunction, conjunction, inversion, comparison, bitwise_or, primary),
 * rewritten for an LR parser; the arithmetic and bitwise operators, which
 * CPython spreads over nine more layers, are one rule with bison's operator
 * precedence.  Where CPython's PEG parser tries
 * alternatives in turn, this grammar parses one larger "cover" language and
 * lets the action decide, as CPython itself did up to 3.8:
 *
 *   - assignment, augmented-assignment, annotation, `for` and `del` targets
 *     are parsed as expressions; targets.c checks them and sets ctx=Store/Del;
 *   - call arguments, parameters, class-pattern arguments and dict items are
 *     parsed as flat lists; build.c checks their order;
 *   - `(` ... `)` is a parenthesised expression, a tuple or a generator,
 *     decided after the first element; after `with` (LPAR_WITH, see lexer.h)
 *     it may also be a list of with-items.
 *
 * Locations: bison's @$ spans a rule's first to last token, which is
 * CPython's position for nearly every node.  A parenthesised expression
 * keeps its own position while its grammar symbol's span includes the
 * parentheses; build.h's is_parenthesized() relies on that difference.
 *
 * Every action that finds an error records it (parser_error) and aborts the
 * parse with YYABORT. */

%code requires {
#include "build.h"
#include "parser.h"
#include "targets.h"
#define YYLTYPE Loc
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1
}

%code {
#include "fstring.h"
#include "literals.h"
#include "patterns.h"
#include "syntax_error.h"

/* Bison's own stack lives on the heap and grows; deeper than this is
 * nesting no real program has (CPython gives up at about 3000 levels). */
#define YYMAXDEPTH 200000

static int yylex(YYSTYPE *value, Loc *loc, Parser *P)
{
    return lexer_next(P, value, loc);
}

/* Called by bison for its own failures ("memory exhausted"). */
static void yyerror(Loc *loc, Parser *P, const char *message)
{
    syntax_error_internal(P, loc, message);
}

/* Runs a check that may record an error, and stops the parse if it did. */
#define CHECK(call) do { if (!(call)) YYABORT; } while (0)
}

%define api.pure full
%define api.token.prefix {T_}
%define parse.error custom
%locations
%param {Parser *P}
%expect 0

%union {
    const char *id;
    AstExpr *expr;
    AstStmt *stmt;
    StrToken *str;
    AstExprSeq exprs;
    AstStmtSeq stmts;
    AssignChain *chain;
    StrTokenSeq strs;
    AstKind kind;
    CompareChain *cmp;
    CallArgs *call;
    ArgItem argitem;
    DictItems *dict;
    AstComprehension *comp;
    AstComprehensionSeq comps;
    ParamList *params;
    ParamItem *param;
    AstArg *arg;
    AstAliasSeq aliases;
    AstAlias *alias;
    AstWithitemSeq withitems;
    AstWithitem *withitem;
    WithElems *withelems;
    HandlerList *handlers;
    AstExcepthandler *handler;
    AstMatchCaseSeq cases;
    AstMatchCase *mcase;
    AstPattern *pattern;
    AstPatternSeq patterns;
    PatternList *plist;
    ClassPatternArgs *cpargs;
    MappingItems *mapping;
    AstIdentifierSeq ids;
    int count;
}

/* The start terminals choose what is parsed: a file, or the expression of
 * an f-string's replacement field. */
%token START_FILE START_FSTRING

/* The token types of common/schema/tokens.def, under their own names (the
 * lexer maps the artifact's type numbers onto them through that table).
 * Those that never reach the grammar are declared all the same. */
%token ENDMARKER
%token <id> NAME
%token <expr> NUMBER
%token <str> STRING
%token NEWLINE INDENT DEDENT
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" COLON ":" COMMA "," SEMI ";"
%token PLUS "+" MINUS "-" STAR "*" SLASH "/" VBAR "|" AMPER "&"
%token LESS "<" GREATER ">" EQUAL "=" DOT "." PERCENT "%" LBRACE "{" RBRACE "}"
%token EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<=" GREATEREQUAL ">=" TILDE "~"
%token CIRCUMFLEX "^" LEFTSHIFT "<<" RIGHTSHIFT ">>" DOUBLESTAR "**"
%token PLUSEQUAL "+=" MINEQUAL "-=" STAREQUAL "*=" SLASHEQUAL "/=" PERCENTEQUAL "%="
%token AMPEREQUAL "&=" VBAREQUAL "|=" CIRCUMFLEXEQUAL "^=" LEFTSHIFTEQUAL "<<="
%token RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**=" DOUBLESLASH "//" DOUBLESLASHEQUAL "//="
%token AT "@" ATEQUAL "@=" RARROW "->" ELLIPSIS "..." COLONEQUAL ":="
%token OP AWAIT "await" ASYNC "async" TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN
%token COMMENT NL ENCODING

/* Keywords (NAME tokens the lexer recognises), and the soft keywords and
 * the parenthesis of a parenthesised with statement, which the lexer
 * decides by looking further ahead. */
%token FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert"
%token BREAK "break" CLASS "class" CONTINUE "continue" DEF "def" DEL "del"
%token ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally" FOR "for"
%token FROM "from" GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is"
%token LAMBDA "lambda" NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass"
%token RAISE "raise" RETURN "return" TRY "try" WHILE "while" WITH "with"
%token YIELD "yield"
%token MATCH "match" CASE "case" LPAR_WITH

/* Python's operator precedence, lowest first, for bitwise_or. */
%left "|"
%left "^"
%left "&"
%left "<<" ">>"
%left "+" "-"
%left "*" "/" "//" "%" "@"
%precedence UNARY
%right "**"

%type <stmts> statements simple_stmts simple_stmt_list block else_block elif_tail finally_block
%type <stmt> simple_stmt expr_stmt compound_stmt function_def class_def if_stmt while_stmt
%type <stmt> for_stmt with_stmt try_stmt match_stmt import_stmt
%type <chain> assign_targets
%type <exprs> decorators star_expression_seq star_named_seq target_seq
%type <exprs> slice_seq
%type <expr> annotated_rhs star_expressions star_expression star_named_expression
%type <expr> named_expression expression yield_expr disjunction conjunction inversion
%type <expr> comparison bitwise_or primary slices slice_item slice expression_opt
%type <expr> lambdef returns_opt for_targets target_item subject literal_expr
%type <expr> signed_number name_or_attr guard_opt
%type <exprs> or_chain and_chain
%type <strs> strings
%type <kind> augassign comp_op
%type <cmp> compare_chain
%type <call> call_args arg_list
%type <argitem> arg_item
%type <dict> dict_items
%type <comp> for_if_clause
%type <comps> for_if_clauses
%type <exprs> if_list
%type <params> parameters param_list lambda_params lambda_param_list
%type <param> param_item lambda_param
%type <arg> param star_param
%type <aliases> dotted_as_names import_as_names import_targets
%type <alias> dotted_as_name import_as_name
%type <id> dotted_name
%type <count> dots
%type <withitems> with_items
%type <withitem> with_item
%type <withelems> with_paren with_elems
%type <handlers> except_clauses
%type <handler> except_plain except_star
%type <cases> case_blocks
%type <mcase> case_block
%type <pattern> patterns pattern or_pattern closed_pattern maybe_star_pattern star_pattern
%type <patterns> or_chain_pattern
%type <plist> pattern_seq
%type <cpargs> class_args class_arg_list
%type <mapping> mapping_items
%type <ids> name_list

%%

start
    : START_FILE file_input
    | START_FSTRING star_expressions    { P->expr = $2; }
    ;

file_input
    : statements ENDMARKER      { P->module = build_module(P, $1); }
    | ENDMARKER                 { P->module = build_module(P, (AstStmtSeq){ 0, NULL }); }
    ;

statements
    : compound_stmt             { $$ = (AstStmtSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | simple_stmts
    | statements compound_stmt  { $$ = $1; SEQ_PUSH(P, $$, $2); }
    | statements simple_stmts   { $$ = $1; for (int i = 0; i < $2.count; i++) SEQ_PUSH(P, $$, $2.items[i]); }
    ;

simple_stmts
    : simple_stmt_list NEWLINE
    | simple_stmt_list ";" NEWLINE
    ;

simple_stmt_list
    : simple_stmt                       { $$ = (AstStmtSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | simple_stmt_list ";" simple_stmt  { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

/* ---- simple statements ---------------------------------------------------- */

simple_stmt
    : expr_stmt
    | import_stmt
    | "return"                      { $$ = new_stmt(P, AST_Return, &@$); }
    | "return" star_expressions     { $$ = new_stmt(P, AST_Return, &@$); $$->v.Return.value = $2; }
    | "raise"                       { $$ = new_stmt(P, AST_Raise, &@$); }
    | "raise" expression            { $$ = new_stmt(P, AST_Raise, &@$); $$->v.Raise.exc = $2; }
    | "raise" expression "from" expression {
            $$ = new_stmt(P, AST_Raise, &@$);
            $$->v.Raise.exc = $2;
            $$->v.Raise.cause = $4;
        }
    | "pass"                        { $$ = new_stmt(P, AST_Pass, &@$); }
    | "break"                       { $$ = new_stmt(P, AST_Break, &@$); }
    | "continue"                    { $$ = new_stmt(P, AST_Continue, &@$); }
    | "del" star_expression_seq     { CHECK($$ = build_delete(P, $2, &@$)); }
    | "del" star_expression_seq "," { CHECK($$ = build_delete(P, $2, &@$)); }
    | "assert" expression           { $$ = new_stmt(P, AST_Assert, &@$); $$->v.Assert.test = $2; }
    | "assert" expression "," expression {
            $$ = new_stmt(P, AST_Assert, &@$);
            $$->v.Assert.test = $2;
            $$->v.Assert.msg = $4;
        }
    | "global" name_list            { $$ = new_stmt(P, AST_Global, &@$); $$->v.Global.names = $2; }
    | "nonlocal" name_list          { $$ = new_stmt(P, AST_Nonlocal, &@$); $$->v.Nonlocal.names = $2; }
    ;

name_list
    : NAME                  { $$ = (AstIdentifierSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | name_list "," NAME    { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

/* An expression statement, or an assignment of any kind: the targets are
 * parsed as expressions and checked once the '=', ':' or 'op=' is seen. */
expr_stmt
    : star_expressions              { $$ = new_stmt(P, AST_Expr, &@$); $$->v.Expr.value = $1; }
    | yield_expr                    { $$ = new_stmt(P, AST_Expr, &@$); $$->v.Expr.value = $1; }
    | star_expressions ":" expression {
            CHECK($$ = build_ann_assign(P, $1, &@1, $3, NULL, &@$));
        }
    | star_expressions ":" expression "=" annotated_rhs {
            CHECK($$ = build_ann_assign(P, $1, &@1, $3, $5, &@$));
        }
    | star_expressions augassign annotated_rhs {
            CHECK($$ = build_aug_assign(P, $1, &@1, $2, $3, &@$));
        }
    | assign_targets annotated_rhs {
            CHECK($$ = build_assign(P, $1, $2, &@2, &@$));
        }
    ;

assign_targets
    : annotated_rhs "="                 { $$ = assign_chain_new(P); assign_chain_add(P, $$, $1, &@1); }
    | assign_targets annotated_rhs "="  { $$ = $1; assign_chain_add(P, $$, $2, &@2); }
    ;

annotated_rhs
    : yield_expr
    | star_expressions
    ;

augassign
    : "+="      { $$ = AST_Add; }
    | "-="      { $$ = AST_Sub; }
    | "*="      { $$ = AST_Mult; }
    | "@="      { $$ = AST_MatMult; }
    | "/="      { $$ = AST_Div; }
    | "%="      { $$ = AST_Mod; }
    | "&="      { $$ = AST_BitAnd; }
    | "|="      { $$ = AST_BitOr; }
    | "^="      { $$ = AST_BitXor; }
    | "<<="     { $$ = AST_LShift; }
    | ">>="     { $$ = AST_RShift; }
    | "**="     { $$ = AST_Pow; }
    | "//="     { $$ = AST_FloorDiv; }
    ;

/* ---- import ----------------------------------------------------------------- */

import_stmt
    : "import" dotted_as_names      { $$ = new_stmt(P, AST_Import, &@$); $$->v.Import.names = $2; }
    | "from" dotted_name "import" import_targets {
            $$ = build_import_from(P, $2, 0, $4, &@$);
        }
    | "from" dots dotted_name "import" import_targets {
            $$ = build_import_from(P, $3, $2, $5, &@$);
        }
    | "from" dots "import" import_targets {
            $$ = build_import_from(P, NULL, $2, $4, &@$);
        }
    ;

dots
    : "."           { $$ = 1; }
    | "..."         { $$ = 3; }
    | dots "."      { $$ = $1 + 1; }
    | dots "..."    { $$ = $1 + 3; }
    ;

dotted_name
    : NAME
    | dotted_name "." NAME      { $$ = join_dotted(P, $1, $3); }
    ;

dotted_as_names
    : dotted_as_name                        { $$ = (AstAliasSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | dotted_as_names "," dotted_as_name    { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

dotted_as_name
    : dotted_name               { $$ = new_alias(P, $1, NULL, &@$); }
    | dotted_name "as" NAME     { $$ = new_alias(P, $1, $3, &@$); }
    ;

import_targets
    : "(" import_as_names ")"       { $$ = $2; }
    | "(" import_as_names "," ")"   { $$ = $2; }
    | import_as_names
    | import_as_names "," {
            syntax_error_after(P, &@2, "trailing comma not allowed without surrounding parentheses");
            YYABORT;
        }
    | "*"                           { $$ = (AstAliasSeq){ 0, NULL }; SEQ_PUSH(P, $$, new_alias(P, "*", NULL, &@$)); }
    ;

import_as_names
    : import_as_name                        { $$ = (AstAliasSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | import_as_names "," import_as_name    { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

import_as_name
    : NAME                  { $$ = new_alias(P, $1, NULL, &@$); }
    | NAME "as" NAME        { $$ = new_alias(P, $1, $3, &@$); }
    ;

/* ---- compound statements ------------------------------------------------------ */

compound_stmt
    : function_def
    | class_def
    | decorators function_def   { $$ = $2; set_decorators($$, $1); }
    | decorators class_def      { $$ = $2; set_decorators($$, $1); }
    | if_stmt
    | while_stmt
    | for_stmt
    | with_stmt
    | try_stmt
    | match_stmt
    ;

block
    : NEWLINE INDENT statements DEDENT      { $$ = $3; }
    | simple_stmts
    ;

decorators
    : "@" named_expression NEWLINE              { $$ = (AstExprSeq){ 0, NULL }; SEQ_PUSH(P, $$, $2); }
    | decorators "@" named_expression NEWLINE   { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

function_def
    : "def" NAME "(" ")" returns_opt ":" block {
            $$ = build_function(P, AST_FunctionDef, $2, NULL, $5, $7, &@$);
        }
    | "def" NAME "(" parameters ")" returns_opt ":" block {
            CHECK($$ = build_function(P, AST_FunctionDef, $2, $4, $6, $8, &@$));
        }
    | "async" "def" NAME "(" ")" returns_opt ":" block {
            $$ = build_function(P, AST_AsyncFunctionDef, $3, NULL, $6, $8, &@$);
        }
    | "async" "def" NAME "(" parameters ")" returns_opt ":" block {
            CHECK($$ = build_function(P, AST_AsyncFunctionDef, $3, $5, $7, $9, &@$));
        }
    ;

returns_opt
    : %empty                { $$ = NULL; }
    | "->" expression       { $$ = $2; }
    ;

class_def
    : "class" NAME ":" block                { $$ = build_class(P, $2, NULL, NULL, $4, &@$); }
    | "class" NAME "(" ")" ":" block        { $$ = build_class(P, $2, NULL, NULL, $6, &@$); }
    | "class" NAME "(" call_args ")" ":" block {
            Loc parens = span(&@3, &@5);
            CHECK($$ = build_class(P, $2, $4, &parens, $7, &@$));
        }
    ;

if_stmt
    : "if" named_expression ":" block elif_tail {
            $$ = new_stmt(P, AST_If, &@$);
            $$->v.If.test = $2;
            $$->v.If.body = $4;
            $$->v.If.orelse = $5;
        }
    ;

/* `elif` is an If statement alone in the orelse of the one before. */
elif_tail
    : %empty                        { $$ = (AstStmtSeq){ 0, NULL }; }
    | "else" ":" block              { $$ = $3; }
    | "elif" named_expression ":" block elif_tail {
            AstStmt *s = new_stmt(P, AST_If, &@$);
            s->v.If.test = $2;
            s->v.If.body = $4;
            s->v.If.orelse = $5;
            $$ = (AstStmtSeq){ 0, NULL };
            SEQ_PUSH(P, $$, s);
        }
    ;

else_block
    : %empty                { $$ = (AstStmtSeq){ 0, NULL }; }
    | "else" ":" block      { $$ = $3; }
    ;

while_stmt
    : "while" named_expression ":" block else_block {
            $$ = new_stmt(P, AST_While, &@$);
            $$->v.While.test = $2;
            $$->v.While.body = $4;
            $$->v.While.orelse = $5;
        }
    ;

for_stmt
    : "for" for_targets "in" star_expressions ":" block else_block {
            CHECK($$ = build_for(P, AST_For, $2, $4, $6, $7, &@$));
        }
    | "async" "for" for_targets "in" star_expressions ":" block else_block {
            CHECK($$ = build_for(P, AST_AsyncFor, $3, $5, $7, $8, &@$));
        }
    ;

/* Targets of `for` and comprehensions: parsed at the level of bitwise_or,
 * so that the `in` after them is never read as a comparison. */
for_targets
    : target_seq            { $$ = $1.count == 1 ? $1.items[0] : new_tuple(P, $1, &@$); }
    | target_seq ","        { $$ = new_tuple(P, $1, &@$); }
    ;

target_seq
    : target_item                   { $$ = (AstExprSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | target_seq "," target_item    { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

target_item
    : bitwise_or
    | "*" bitwise_or        { $$ = new_starred(P, $2, &@$); }
    ;

with_stmt
    : "with" with_items ":" block           { $$ = build_with(P, AST_With, $2, $4, &@$); }
    | "with" LPAR_WITH with_paren ")" ":" block {
            AstWithitemSeq items;
            Loc parens = span(&@2, &@4);
            CHECK(with_paren_items(P, $3, &parens, &items));
            $$ = build_with(P, AST_With, items, $6, &@$);
        }
    | "async" "with" with_items ":" block   { $$ = build_with(P, AST_AsyncWith, $3, $5, &@$); }
    | "async" "with" LPAR_WITH with_paren ")" ":" block {
            AstWithitemSeq items;
            Loc parens = span(&@3, &@5);
            CHECK(with_paren_items(P, $4, &parens, &items));
            $$ = build_with(P, AST_AsyncWith, items, $7, &@$);
        }
    ;

with_items
    : with_item                     { $$ = (AstWithitemSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | with_items "," with_item      { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

with_item
    : expression                    { $$ = new_withitem(P, $1, NULL); }
    | expression "as" target_item   { CHECK($$ = build_withitem(P, $1, $3)); }
    ;

/* What follows `with (` when the `)` is right before the ':'. */
with_paren
    : %empty                        { $$ = with_elems_new(P, WITH_PAREN_EMPTY); }
    | yield_expr                    { $$ = with_elems_single(P, WITH_PAREN_GROUP, $1, &@1); }
    | named_expression for_if_clauses {
            $$ = with_elems_single(P, WITH_PAREN_GENEXP, new_genexp(P, $1, $2, &@$), &@$);
        }
    | with_elems
    | with_elems ","                { $$ = $1; $$->trailing_comma = true; }
    ;

with_elems
    : star_named_expression {
            $$ = with_elems_new(P, WITH_PAREN_LIST);
            with_elems_add(P, $$, $1, &@1, NULL);
        }
    | expression "as" target_item {
            $$ = with_elems_new(P, WITH_PAREN_LIST);
            with_elems_add(P, $$, $1, &@1, $3);
        }
    | with_elems "," star_named_expression      { $$ = $1; with_elems_add(P, $$, $3, &@3, NULL); }
    | with_elems "," expression "as" target_item { $$ = $1; with_elems_add(P, $$, $3, &@3, $5); }
    ;

try_stmt
    : "try" ":" block finally_block {
            $$ = new_stmt(P, AST_Try, &@$);
            $$->v.Try.body = $3;
            $$->v.Try.finalbody = $4;
        }
    | "try" ":" block except_clauses else_block {
            CHECK($$ = build_try(P, $3, $4, $5, (AstStmtSeq){ 0, NULL }, &@$));
        }
    | "try" ":" block except_clauses else_block finally_block {
            CHECK($$ = build_try(P, $3, $4, $5, $6, &@$));
        }
    ;

finally_block
    : "finally" ":" block   { $$ = $3; }
    ;

except_clauses
    : except_plain                  { $$ = handlers_new(P); handlers_add(P, $$, $1, false, &@1); }
    | except_star                   { $$ = handlers_new(P); handlers_add(P, $$, $1, true, &@1); }
    | except_clauses except_plain   { $$ = $1; handlers_add(P, $$, $2, false, &@2); }
    | except_clauses except_star    { $$ = $1; handlers_add(P, $$, $2, true, &@2); }
    ;

/* `except*` clauses make a TryStar; build_try refuses a mix of both. */
except_plain
    : "except" ":" block                        { $$ = new_handler(P, NULL, NULL, $3, &@$); }
    | "except" expression ":" block             { $$ = new_handler(P, $2, NULL, $4, &@$); }
    | "except" expression "as" NAME ":" block   { $$ = new_handler(P, $2, $4, $6, &@$); }
    ;

except_star
    : "except" "*" expression ":" block             { $$ = new_handler(P, $3, NULL, $5, &@$); }
    | "except" "*" expression "as" NAME ":" block   { $$ = new_handler(P, $3, $5, $7, &@$); }
    ;

/* ---- match ------------------------------------------------------------------- */

match_stmt
    : "match" subject ":" NEWLINE INDENT case_blocks DEDENT {
            $$ = new_stmt(P, AST_Match, &@$);
            $$->v.Match.subject = $2;
            $$->v.Match.cases = $6;
        }
    ;

subject
    : named_expression
    | star_named_expression "," {
            AstExprSeq elts = { 0, NULL };
            SEQ_PUSH(P, elts, $1);
            $$ = new_tuple(P, elts, &@$);
        }
    | star_named_expression "," star_named_seq {
            AstExprSeq elts = { 0, NULL };
            SEQ_PUSH(P, elts, $1);
            for (int i = 0; i < $3.count; i++)
                SEQ_PUSH(P, elts, $3.items[i]);
            $$ = new_tuple(P, elts, &@$);
        }
    | star_named_expression "," star_named_seq "," {
            AstExprSeq elts = { 0, NULL };
            SEQ_PUSH(P, elts, $1);
            for (int i = 0; i < $3.count; i++)
                SEQ_PUSH(P, elts, $3.items[i]);
            $$ = new_tuple(P, elts, &@$);
        }
    ;

case_blocks
    : case_block                { $$ = (AstMatchCaseSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | case_blocks case_block    { $$ = $1; SEQ_PUSH(P, $$, $2); }
    ;

case_block
    : "case" patterns guard_opt ":" block {
            $$ = arena_alloc(P->arena, sizeof *$$);
            $$->kind = AST_match_case;
            $$->pattern = $2;
            $$->guard = $3;
            $$->body = $5;
        }
    ;

guard_opt
    : %empty                    { $$ = NULL; }
    | "if" named_expression     { $$ = $2; }
    ;

patterns
    : pattern_seq               { CHECK($$ = build_pattern_seq(P, $1, false, &@$)); }
    | pattern_seq ","           { CHECK($$ = build_pattern_seq(P, $1, true, &@$)); }
    ;

pattern_seq
    : maybe_star_pattern                    { $$ = pattern_list_new(P); pattern_list_add(P, $$, $1); }
    | pattern_seq "," maybe_star_pattern    { $$ = $1; pattern_list_add(P, $$, $3); }
    ;

maybe_star_pattern
    : star_pattern
    | pattern
    ;

star_pattern
    : "*" NAME      { $$ = new_pattern(P, AST_MatchStar, &@$); $$->v.MatchStar.name = capture_name($2); }
    ;

pattern
    : or_pattern
    | or_pattern "as" NAME      { CHECK($$ = build_match_as(P, $1, $3, &@3, &@$)); }
    ;

or_pattern
    : closed_pattern
    | or_chain_pattern {
            $$ = new_pattern(P, AST_MatchOr, &@$);
            $$->v.MatchOr.patterns = $1;
        }
    ;

or_chain_pattern
    : closed_pattern "|" closed_pattern {
            $$ = (AstPatternSeq){ 0, NULL };
            SEQ_PUSH(P, $$, $1);
            SEQ_PUSH(P, $$, $3);
        }
    | or_chain_pattern "|" closed_pattern   { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

closed_pattern
    : literal_expr                  { $$ = literal_pattern(P, $1, &@$); }
    | name_or_attr                  { $$ = name_pattern(P, $1, &@$); }
    | name_or_attr "(" class_args ")" { CHECK($$ = build_class_pattern(P, $1, $3, &@$)); }
    | "(" ")"                       { $$ = new_pattern(P, AST_MatchSequence, &@$); }
    | "(" pattern_seq ")"           { CHECK($$ = build_paren_pattern(P, $2, &@$)); }
    | "(" pattern_seq "," ")" {
            $$ = new_pattern(P, AST_MatchSequence, &@$);
            $$->v.MatchSequence.patterns = $2->patterns;
        }
    | "[" "]"                       { $$ = new_pattern(P, AST_MatchSequence, &@$); }
    | "[" pattern_seq "]" {
            $$ = new_pattern(P, AST_MatchSequence, &@$);
            $$->v.MatchSequence.patterns = $2->patterns;
        }
    | "[" pattern_seq "," "]" {
            $$ = new_pattern(P, AST_MatchSequence, &@$);
            $$->v.MatchSequence.patterns = $2->patterns;
        }
    | "{" "}"                       { $$ = new_pattern(P, AST_MatchMapping, &@$); }
    | "{" mapping_items "}"         { CHECK($$ = build_mapping_pattern(P, $2, &@$)); }
    | "{" mapping_items "," "}"     { CHECK($$ = build_mapping_pattern(P, $2, &@$)); }
    ;

/* Literals that patterns match, and that mapping patterns take as keys:
 * numbers (signed, or complex as real +/- imaginary), strings, None, True,
 * False. */
literal_expr
    : signed_number
    | signed_number "+" NUMBER      { CHECK($$ = build_complex_literal(P, $1, AST_Add, $3, &@$)); }
    | signed_number "-" NUMBER      { CHECK($$ = build_complex_literal(P, $1, AST_Sub, $3, &@$)); }
    | strings                       { CHECK($$ = concat_strings(P, &$1, &@$)); }
    | "None"                        { $$ = new_constant(P, CONST_NONE, &@$); }
    | "True"                        { $$ = new_constant(P, CONST_BOOL, &@$); $$->v.Constant.value.v.b = true; }
    | "False"                       { $$ = new_constant(P, CONST_BOOL, &@$); }
    ;

signed_number
    : NUMBER
    | "-" NUMBER                    { $$ = new_unary(P, AST_USub, $2, &@$); }
    ;

name_or_attr
    : NAME                          { $$ = new_name(P, $1, AST_Load, &@$); }
    | name_or_attr "." NAME         { $$ = new_attribute(P, $1, $3, &@$); }
    ;

class_args
    : %empty                        { $$ = class_pattern_args_new(P); }
    | class_arg_list
    | class_arg_list ","
    ;

class_arg_list
    : pattern {
            $$ = class_pattern_args_new(P);
            class_pattern_arg(P, $$, NULL, $1, &@1);
        }
    | NAME "=" pattern {
            $$ = class_pattern_args_new(P);
            class_pattern_arg(P, $$, $1, $3, &@$);
        }
    | class_arg_list "," pattern            { $$ = $1; class_pattern_arg(P, $$, NULL, $3, &@3); }
    | class_arg_list "," NAME "=" pattern {
            Loc at = span(&@3, &@5);
            $$ = $1;
            class_pattern_arg(P, $$, $3, $5, &at);
        }
    ;

mapping_items
    : literal_expr ":" pattern {
            $$ = mapping_items_new(P);
            mapping_item(P, $$, $1, $3);
        }
    | name_or_attr ":" pattern {
            $$ = mapping_items_new(P);
            CHECK(mapping_attr_key(P, $1, &@1));
            mapping_item(P, $$, $1, $3);
        }
    | "**" NAME {
            $$ = mapping_items_new(P);
            CHECK(mapping_rest(P, $$, $2, &@$));
        }
    | mapping_items "," literal_expr ":" pattern  { $$ = $1; CHECK(mapping_item(P, $$, $3, $5)); }
    | mapping_items "," name_or_attr ":" pattern {
            $$ = $1;
            CHECK(mapping_attr_key(P, $3, &@3));
            CHECK(mapping_item(P, $$, $3, $5));
        }
    | mapping_items "," "**" NAME {
            Loc at = span(&@3, &@4);
            $$ = $1;
            CHECK(mapping_rest(P, $$, $4, &at));
        }
    ;

/* ---- expressions ------------------------------------------------------------- */

star_expressions
    : star_expression_seq       { $$ = $1.count == 1 ? $1.items[0] : new_tuple(P, $1, &@$); }
    | star_expression_seq ","   { $$ = new_tuple(P, $1, &@$); }
    ;

star_expression_seq
    : star_expression                           { $$ = (AstExprSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | star_expression_seq "," star_expression   { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

star_expression
    : "*" bitwise_or        { $$ = new_starred(P, $2, &@$); }
    | expression
    ;

star_named_seq
    : star_named_expression                     { $$ = (AstExprSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | star_named_seq "," star_named_expression  { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

star_named_expression
    : "*" bitwise_or        { $$ = new_starred(P, $2, &@$); }
    | named_expression
    ;

named_expression
    : NAME ":=" expression {
            $$ = new_expr(P, AST_NamedExpr, &@$);
            $$->v.NamedExpr.target = new_name(P, $1, AST_Store, &@1);
            $$->v.NamedExpr.value = $3;
        }
    | expression
    ;

expression
    : disjunction
    | disjunction "if" disjunction "else" expression {
            $$ = new_expr(P, AST_IfExp, &@$);
            $$->v.IfExp.test = $3;
            $$->v.IfExp.body = $1;
            $$->v.IfExp.orelse = $5;
        }
    | lambdef
    ;

yield_expr
    : "yield"                           { $$ = new_expr(P, AST_Yield, &@$); }
    | "yield" star_expressions          { $$ = new_expr(P, AST_Yield, &@$); $$->v.Yield.value = $2; }
    | "yield" "from" expression         { $$ = new_expr(P, AST_YieldFrom, &@$); $$->v.YieldFrom.value = $3; }
    ;

/* `a or b or c` is one BoolOp with three values; `(a or b) or c` is two. */
disjunction
    : conjunction
    | or_chain              { $$ = new_boolop(P, AST_Or, $1, &@$); }
    ;

or_chain
    : conjunction "or" conjunction {
            $$ = (AstExprSeq){ 0, NULL };
            SEQ_PUSH(P, $$, $1);
            SEQ_PUSH(P, $$, $3);
        }
    | or_chain "or" conjunction     { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

conjunction
    : inversion
    | and_chain             { $$ = new_boolop(P, AST_And, $1, &@$); }
    ;

and_chain
    : inversion "and" inversion {
            $$ = (AstExprSeq){ 0, NULL };
            SEQ_PUSH(P, $$, $1);
            SEQ_PUSH(P, $$, $3);
        }
    | and_chain "and" inversion     { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

inversion
    : "not" inversion       { $$ = new_unary(P, AST_Not, $2, &@$); }
    | comparison
    ;

comparison
    : bitwise_or
    | bitwise_or compare_chain {
            $$ = new_expr(P, AST_Compare, &@$);
            $$->v.Compare.left = $1;
            $$->v.Compare.ops = $2->ops;
            $$->v.Compare.comparators = $2->comparators;
        }
    ;

compare_chain
    : comp_op bitwise_or                { $$ = compare_chain_new(P); compare_chain_add(P, $$, $1, $2); }
    | compare_chain comp_op bitwise_or  { $$ = $1; compare_chain_add(P, $$, $2, $3); }
    ;

comp_op
    : "=="          { $$ = AST_Eq; }
    | "!="          { $$ = AST_NotEq; }
    | "<"           { $$ = AST_Lt; }
    | "<="          { $$ = AST_LtE; }
    | ">"           { $$ = AST_Gt; }
    | ">="          { $$ = AST_GtE; }
    | "in"          { $$ = AST_In; }
    | "not" "in"    { $$ = AST_NotIn; }
    | "is"          { $$ = AST_Is; }
    | "is" "not"    { $$ = AST_IsNot; }
    ;

/* The binary and unary operators below comparisons, by precedence (the
 * %left/%right declarations above): one nonterminal instead of CPython's
 * nine layers, so that an operand is reduced once, not nine times. */
bitwise_or
    : bitwise_or "|" bitwise_or     { $$ = new_binop(P, $1, AST_BitOr, $3, &@$); }
    | bitwise_or "^" bitwise_or     { $$ = new_binop(P, $1, AST_BitXor, $3, &@$); }
    | bitwise_or "&" bitwise_or     { $$ = new_binop(P, $1, AST_BitAnd, $3, &@$); }
    | bitwise_or "<<" bitwise_or    { $$ = new_binop(P, $1, AST_LShift, $3, &@$); }
    | bitwise_or ">>" bitwise_or    { $$ = new_binop(P, $1, AST_RShift, $3, &@$); }
    | bitwise_or "+" bitwise_or     { $$ = new_binop(P, $1, AST_Add, $3, &@$); }
    | bitwise_or "-" bitwise_or     { $$ = new_binop(P, $1, AST_Sub, $3, &@$); }
    | bitwise_or "*" bitwise_or     { $$ = new_binop(P, $1, AST_Mult, $3, &@$); }
    | bitwise_or "/" bitwise_or     { $$ = new_binop(P, $1, AST_Div, $3, &@$); }
    | bitwise_or "//" bitwise_or    { $$ = new_binop(P, $1, AST_FloorDiv, $3, &@$); }
    | bitwise_or "%" bitwise_or     { $$ = new_binop(P, $1, AST_Mod, $3, &@$); }
    | bitwise_or "@" bitwise_or     { $$ = new_binop(P, $1, AST_MatMult, $3, &@$); }
    | "+" bitwise_or %prec UNARY    { $$ = new_unary(P, AST_UAdd, $2, &@$); }
    | "-" bitwise_or %prec UNARY    { $$ = new_unary(P, AST_USub, $2, &@$); }
    | "~" bitwise_or %prec UNARY    { $$ = new_unary(P, AST_Invert, $2, &@$); }
    /* the left operand of ** is never unary: -x ** y is -(x ** y) */
    | bitwise_or "**" bitwise_or    { $$ = new_binop(P, $1, AST_Pow, $3, &@$); }
    | "await" primary               { $$ = new_expr(P, AST_Await, &@$); $$->v.Await.value = $2; }
    | primary
    ;

primary
    : primary "." NAME              { $$ = new_attribute(P, $1, $3, &@$); }
    | primary "(" ")"               { $$ = new_call(P, $1, NULL, &@$); }
    | primary "(" call_args ")" {
            Loc parens = span(&@2, &@4);
            CHECK($$ = build_call(P, $1, $3, &parens, &@$));
        }
    | primary "[" slices "]" {
            $$ = new_expr(P, AST_Subscript, &@$);
            $$->v.Subscript.value = $1;
            $$->v.Subscript.slice = $3;
            $$->v.Subscript.ctx = AST_Load;
        }
    /* the atoms */
    | NAME                  { $$ = new_name(P, $1, AST_Load, &@$); }
    | "True"                { $$ = new_constant(P, CONST_BOOL, &@$); $$->v.Constant.value.v.b = true; }
    | "False"               { $$ = new_constant(P, CONST_BOOL, &@$); }
    | "None"                { $$ = new_constant(P, CONST_NONE, &@$); }
    | "..."                 { $$ = new_constant(P, CONST_ELLIPSIS, &@$); }
    | NUMBER
    | strings               { CHECK($$ = concat_strings(P, &$1, &@$)); }
    | "(" ")"               { $$ = new_tuple(P, (AstExprSeq){ 0, NULL }, &@$); }
    | "(" yield_expr ")"    { $$ = $2; }
    | "(" star_named_seq ")" { CHECK($$ = build_group(P, $2, &@$)); }
    | "(" star_named_seq "," ")" { $$ = new_tuple(P, $2, &@$); }
    | "(" named_expression for_if_clauses ")" { $$ = new_genexp(P, $2, $3, &@$); }
    | "[" "]"               { $$ = new_list(P, (AstExprSeq){ 0, NULL }, &@$); }
    | "[" star_named_seq "]"        { $$ = new_list(P, $2, &@$); }
    | "[" star_named_seq "," "]"    { $$ = new_list(P, $2, &@$); }
    | "[" named_expression for_if_clauses "]" {
            $$ = new_expr(P, AST_ListComp, &@$);
            $$->v.ListComp.elt = $2;
            $$->v.ListComp.generators = $3;
        }
    | "{" "}"               { $$ = new_expr(P, AST_Dict, &@$); }
    | "{" dict_items "}"    { $$ = new_dict(P, $2, &@$); }
    | "{" dict_items "," "}" { $$ = new_dict(P, $2, &@$); }
    | "{" star_named_seq "}" { $$ = new_expr(P, AST_Set, &@$); $$->v.Set.elts = $2; }
    | "{" star_named_seq "," "}" { $$ = new_expr(P, AST_Set, &@$); $$->v.Set.elts = $2; }
    | "{" named_expression for_if_clauses "}" {
            $$ = new_expr(P, AST_SetComp, &@$);
            $$->v.SetComp.elt = $2;
            $$->v.SetComp.generators = $3;
        }
    | "{" expression ":" expression for_if_clauses "}" {
            $$ = new_expr(P, AST_DictComp, &@$);
            $$->v.DictComp.key = $2;
            $$->v.DictComp.value = $4;
            $$->v.DictComp.generators = $5;
        }
    ;

slices
    : slice_seq {
            $$ = $1.count == 1 && $1.items[0]->kind != AST_Starred ? $1.items[0] : new_tuple(P, $1, &@$);
        }
    | slice_seq ","                 { $$ = new_tuple(P, $1, &@$); }
    ;

slice_seq
    : slice_item                    { $$ = (AstExprSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | slice_seq "," slice_item      { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

slice_item
    : slice
    | "*" expression                { $$ = new_starred(P, $2, &@$); }
    ;

slice
    : named_expression
    | expression_opt ":" expression_opt {
            $$ = new_slice(P, $1, $3, NULL, $1 ? &@1 : &@2, &@$);
        }
    | expression_opt ":" expression_opt ":" expression_opt {
            $$ = new_slice(P, $1, $3, $5, $1 ? &@1 : &@2, &@$);
        }
    ;

expression_opt
    : %empty                { $$ = NULL; }
    | expression
    ;

strings
    : STRING                { $$ = (StrTokenSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | strings STRING        { $$ = $1; SEQ_PUSH(P, $$, $2); }
    ;

dict_items
    : expression ":" expression                     { $$ = dict_items_new(P); dict_items_add(P, $$, $1, $3); }
    | "**" bitwise_or                               { $$ = dict_items_new(P); dict_items_add(P, $$, NULL, $2); }
    | dict_items "," expression ":" expression      { $$ = $1; dict_items_add(P, $$, $3, $5); }
    | dict_items "," "**" bitwise_or                { $$ = $1; dict_items_add(P, $$, NULL, $4); }
    ;

for_if_clauses
    : for_if_clause                     { $$ = (AstComprehensionSeq){ 0, NULL }; SEQ_PUSH(P, $$, $1); }
    | for_if_clauses for_if_clause      { $$ = $1; SEQ_PUSH(P, $$, $2); }
    ;

for_if_clause
    : "for" for_targets "in" disjunction if_list {
            CHECK($$ = build_comprehension(P, $2, $4, $5, 0));
        }
    | "async" "for" for_targets "in" disjunction if_list {
            CHECK($$ = build_comprehension(P, $3, $5, $6, 1));
        }
    ;

if_list
    : %empty                    { $$ = (AstExprSeq){ 0, NULL }; }
    | if_list "if" disjunction  { $$ = $1; SEQ_PUSH(P, $$, $3); }
    ;

/* ---- calls ---------------------------------------------------------------------- */

call_args
    : arg_list
    | arg_list ","              { $$ = $1; $$->trailing_comma = true; }
    ;

arg_list
    : arg_item                  { $$ = call_args_new(P); CHECK(call_args_add(P, $$, $1, &@1)); }
    | arg_list "," arg_item     { $$ = $1; CHECK(call_args_add(P, $$, $3, &@3)); }
    ;

/* A generator without its own parentheses is only allowed as the sole
 * argument (build_call checks). */
arg_item
    : named_expression          { $$ = (ArgItem){ $1, NULL, false }; }
    | named_expression for_if_clauses { $$ = (ArgItem){ new_genexp(P, $1, $2, &@$), NULL, true }; }
    | "*" expression            { $$ = (ArgItem){ new_starred(P, $2, &@$), NULL, false }; }
    | NAME "=" expression       { $$ = (ArgItem){ NULL, new_keyword(P, $1, $3, &@$), false }; }
    | "**" expression           { $$ = (ArgItem){ NULL, new_keyword(P, NULL, $2, &@$), false }; }
    ;

/* ---- lambda and parameters -------------------------------------------------- */

lambdef
    : "lambda" ":" expression {
            $$ = new_expr(P, AST_Lambda, &@$);
            $$->v.Lambda.args = empty_arguments(P);
            $$->v.Lambda.body = $3;
        }
    | "lambda" lambda_params ":" expression {
            $$ = new_expr(P, AST_Lambda, &@$);
            CHECK($$->v.Lambda.args = build_arguments(P, $2, true));
            $$->v.Lambda.body = $4;
        }
    ;

lambda_params
    : lambda_param_list
    | lambda_param_list ","     { $$ = $1; $$->trailing_comma = true; }
    ;

lambda_param_list
    : lambda_param                          { $$ = param_list_new(P); param_list_add(P, $$, $1); }
    | lambda_param_list "," lambda_param    { $$ = $1; param_list_add(P, $$, $3); }
    ;

lambda_param
    : NAME                      { $$ = new_param(P, PARAM_PLAIN, new_arg(P, $1, NULL, &@$), NULL, &@$); }
    | NAME "=" expression       { $$ = new_param(P, PARAM_PLAIN, new_arg(P, $1, NULL, &@1), $3, &@$); }
    | "/"                       { $$ = new_param(P, PARAM_SLASH, NULL, NULL, &@$); }
    | "*"                       { $$ = new_param(P, PARAM_STAR, NULL, NULL, &@$); }
    | "*" NAME                  { $$ = new_param(P, PARAM_STAR, new_arg(P, $2, NULL, &@2), NULL, &@$); }
    | "*" NAME "=" expression   { $$ = new_param(P, PARAM_STAR, new_arg(P, $2, NULL, &@2), $4, &@3); }
    | "**" NAME                 { $$ = new_param(P, PARAM_DOUBLE_STAR, new_arg(P, $2, NULL, &@2), NULL, &@$); }
    | "**" NAME "=" expression  { $$ = new_param(P, PARAM_DOUBLE_STAR, new_arg(P, $2, NULL, &@2), $4, &@3); }
    ;

parameters
    : param_list
    | param_list ","            { $$ = $1; $$->trailing_comma = true; }
    ;

param_list
    : param_item                    { $$ = param_list_new(P); param_list_add(P, $$, $1); }
    | param_list "," param_item     { $$ = $1; param_list_add(P, $$, $3); }
    ;

param_item
    : param                         { $$ = new_param(P, PARAM_PLAIN, $1, NULL, &@$); }
    | param "=" expression          { $$ = new_param(P, PARAM_PLAIN, $1, $3, &@$); }
    | "/"                           { $$ = new_param(P, PARAM_SLASH, NULL, NULL, &@$); }
    | "*"                           { $$ = new_param(P, PARAM_STAR, NULL, NULL, &@$); }
    | "*" star_param                { $$ = new_param(P, PARAM_STAR, $2, NULL, &@$); }
    | "*" star_param "=" expression { $$ = new_param(P, PARAM_STAR, $2, $4, &@3); }
    | "**" param                    { $$ = new_param(P, PARAM_DOUBLE_STAR, $2, NULL, &@$); }
    | "**" param "=" expression     { $$ = new_param(P, PARAM_DOUBLE_STAR, $2, $4, &@3); }
    ;

param
    : NAME                          { $$ = new_arg(P, $1, NULL, &@$); }
    | NAME ":" expression           { $$ = new_arg(P, $1, $3, &@$); }
    ;

/* *args may be annotated with a starred expression (PEP 646: *args: *Ts). */
star_param
    : NAME                          { $$ = new_arg(P, $1, NULL, &@$); }
    | NAME ":" star_expression      { $$ = new_arg(P, $1, $3, &@$); }
    ;

%%

/* Bison's syntax error: syntax_error.c finds CPython's message for it. */
static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *P)
{
    int expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, (yysymbol_kind_t *)expected, YYNTOKENS);
    bool expects[YYNTOKENS] = { false };
    for (int i = 0; i < n; i++)
        expects[expected[i]] = true;
    SyntaxContext sc = {
        .lookahead = yypcontext_token(ctx),
        .expects = expects,
    };
    syntax_error_report(P, &sc);
    return 0;
}

int grammar_parse(Parser *P)
{
    return yyparse(P);
}

const char *grammar_symbol_name(int symbol)
{
    return yysymbol_name((yysymbol_kind_t)symbol);
}

int grammar_symbol_of_terminal(int terminal)
{
    return YYTRANSLATE(terminal);
}
