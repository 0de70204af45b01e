/* traceback.c - printing an uncaught exception as CPython 3.11 does:
 *
 *     Traceback (most recent call last):
 *       File "prog.py", line 5, in <module>
 *         print(f(x, 5))
 *               ^^^^^^^
 *       File "prog.py", line 2, in f
 *         return a[b] + 1
 *                ~^^^
 *     IndexError: list index out of range
 *
 * Each entry shows the source line (without its indentation) and, under
 * it, carets marking the expression that failed, from the positions in the
 * line table.  The carets are left out when they would mark the whole line.
 * For a binary operation or a subscript the operator (or the brackets) is
 * marked with ^ and the operands with ~, which CPython finds by parsing the
 * expression's text; here a small scanner finds the same places.
 *
 * Chained exceptions print their cause or context first; the members of an
 * exception group are printed in boxes below it.  A NameError or an
 * AttributeError gets "Did you mean: 'print'?" when a close enough name
 * exists (suggest.c). */
#include "runtime.h"
#include "vm/suggest.h"
#include "vm/traceback.h"
#include "modules/io.h"
#include "modules/modules.h"

#include <stdio.h>
#include <uniwidth.h>

enum { TRACEBACK_LIMIT = 1000, RECURSIVE_CUTOFF = 3 };

/* How entries are laid out.  The interpreter, reporting an uncaught
 * exception, prints a source line as it is, trailing blanks included, and
 * the last TRACEBACK_LIMIT entries.  CPython's traceback module strips the
 * trailing blanks, measures the carets against the stripped line, and keeps
 * the entries its `limit` argument says. */
typedef struct EntryStyle {
    bool as_module;         /* as traceback.py formats */
    bool limited;           /* (as_module only) keep `limit` entries: */
    int64_t limit;          /* the first `limit`, or the last -limit when negative */
} EntryStyle;

static const EntryStyle INTERPRETER_STYLE = { false, false, 0 };

/* Line `line` (1-based) of a source text, without its line end. */
static bool find_line(Object *source, int line, const char **start, size_t *len)
{
    if (!source || !str_check(source) || line < 1)
        return false;
    const char *p = str_data(source), *end = p + str_size(source);
    for (int n = 1; n < line; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    if (p >= end)
        return false;
    const char *stop = memchr(p, '\n', (size_t)(end - p));
    if (!stop)
        stop = end;
    if (stop > p && stop[-1] == '\r')
        stop--;
    *start = p;
    *len = (size_t)(stop - p);
    return true;
}

/* The number of characters in the first `bytes` bytes of a line. */
/* The column at which the byte offset `bytes` of line shows on a terminal,
 * which is where CPython puts carets: a wide (East Asian) character takes
 * two columns, any other one. */
static int64_t char_offset(const char *line, size_t len, int64_t bytes)
{
    if (bytes > (int64_t)len)
        bytes = (int64_t)len;
    const char *p = line, *end = line + bytes;
    int64_t columns = 0;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            p++;
            columns++;
            continue;
        }
        uint32_t c = utf8_decode(&p, end);
        columns += uc_width(c, "UTF-8") == 2 ? 2 : 1;
    }
    return columns;
}

static bool is_space_char(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* ---- finding the operator of a binary operation, or the brackets of a subscript ---------- */

typedef struct Anchors {
    int64_t left_end, right_start;      /* in bytes of the segment; -1: none */
} Anchors;

static bool is_name_char(unsigned char c)
{
    return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* Precedence of a binary operator at s (0: not one); *len gets its length. */
static int binary_operator(const char *s, size_t remaining, size_t *len)
{
    char c = s[0], d = remaining > 1 ? s[1] : 0;
    *len = 1;
    switch (c) {
    case '|': return d == '=' ? 0 : 1;
    case '^': return d == '=' ? 0 : 2;
    case '&': return d == '=' ? 0 : 3;
    case '<':
        if (d == '<' && !(remaining > 2 && s[2] == '=')) {
            *len = 2;
            return 4;
        }
        return 0;
    case '>':
        if (d == '>' && !(remaining > 2 && s[2] == '=')) {
            *len = 2;
            return 4;
        }
        return 0;
    case '+': case '-': return d == '=' ? 0 : 5;
    case '*':
        if (d == '*') {
            *len = 2;
            return remaining > 2 && s[2] == '=' ? 0 : 7;
        }
        return d == '=' ? 0 : 6;
    case '/':
        if (d == '/') {
            *len = 2;
            return remaining > 2 && s[2] == '=' ? 0 : 6;
        }
        return d == '=' ? 0 : 6;
    case '%': case '@': return d == '=' ? 0 : 6;
    default: return 0;
    }
}

static bool is_word(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    return n == k && memcmp(s, word, k) == 0;
}

/* Scans the segment (the text of the failing expression) at bracket depth
 * 0: if its root is a binary operation, the operator; if a subscript, the
 * brackets.  Anything else at the top (a comparison, a keyword, a comma)
 * means neither. */
static Anchors find_anchors(const char *seg, size_t n)
{
    Anchors none = { -1, -1 };
    int depth = 0;
    bool after_operand = false;
    int best_prec = 100;
    size_t best_pos = 0, best_len = 0;
    int64_t last_open = -1, last_close = -1;
    bool last_is_subscript = false;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)seg[i];
        if (c == ' ' || c == '\t' || c == '\\' || c == '\n') {
            i++;
            continue;
        }
        if (c == '#')
            return none;
        if (c == '\'' || c == '"') {
            /* a string: skip it, triple quotes too */
            char q = (char)c;
            bool triple = i + 2 < n && seg[i + 1] == q && seg[i + 2] == q;
            i += triple ? 3 : 1;
            while (i < n) {
                if (seg[i] == '\\') {
                    i += 2;
                    continue;
                }
                if (seg[i] == q && (!triple || (i + 2 < n && seg[i + 1] == q && seg[i + 2] == q))) {
                    i += triple ? 3 : 1;
                    break;
                }
                i++;
            }
            if (depth == 0) {
                after_operand = true;
                last_is_subscript = false;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0) {
                last_is_subscript = c == '[' && after_operand;
                if (last_is_subscript)
                    last_open = (int64_t)i;
            }
            depth++;
            i++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth < 0)
                return none;
            if (depth == 0) {
                after_operand = true;
                if (c == ']' && last_is_subscript)
                    last_close = (int64_t)i;
            }
            i++;
            continue;
        }
        if (depth > 0) {
            i++;
            continue;
        }
        if (is_name_char(c)) {
            size_t start = i;
            while (i < n && (is_name_char((unsigned char)seg[i]) ||
                             (seg[i] == '.' && i > start && seg[start] >= '0' && seg[start] <= '9')))
                i++;
            const char *w = seg + start;
            size_t wl = i - start;
            if (is_word(w, wl, "and") || is_word(w, wl, "or") || is_word(w, wl, "not") ||
                is_word(w, wl, "in") || is_word(w, wl, "is") || is_word(w, wl, "if") ||
                is_word(w, wl, "else") || is_word(w, wl, "lambda") || is_word(w, wl, "for") ||
                is_word(w, wl, "await") || is_word(w, wl, "yield"))
                return none;
            after_operand = true;
            last_is_subscript = false;
            continue;
        }
        if (c == '.') {
            /* an attribute (or a float like .5): part of the operand */
            i++;
            last_is_subscript = false;
            continue;
        }
        size_t len;
        int prec = binary_operator(seg + i, n - i, &len);
        if (prec && after_operand) {
            /* left-associative: the rightmost of the lowest precedence is the
             * root; ** is right-associative: the leftmost */
            if (prec < best_prec || (prec == best_prec && prec != 7)) {
                best_prec = prec;
                best_pos = i;
                best_len = len;
            }
            after_operand = false;
            last_is_subscript = false;
            i += len;
            continue;
        }
        if (prec && (c == '+' || c == '-' || c == '~')) {
            i++;                        /* a unary operator */
            continue;
        }
        if (c == '~') {
            i++;
            continue;
        }
        return none;                    /* a comparison, a comma, ':=' ... */
    }
    if (depth != 0)
        return none;
    if (best_prec < 100) {
        /* the operator is marked; a second character counts too when it is
         * not a space and comes before the right operand (CPython's rule,
         * which marks "//", "**", and also "*(" in "2*(x)") */
        size_t right = best_pos + best_len;
        while (right < n && (seg[right] == ' ' || seg[right] == '\t' || seg[right] == '('))
            right++;
        Anchors a = { (int64_t)best_pos, (int64_t)(best_pos + 1) };
        if (best_pos + 1 < right && !is_space_char(seg[best_pos + 1]))
            a.right_start++;
        return a;
    }
    if (last_is_subscript && last_open >= 0 && last_close == (int64_t)n - 1) {
        Anchors a = { last_open, last_close + 1 };
        return a;
    }
    return none;
}

/* ---- one traceback entry ---------------------------------------------------------------------- */

/* `spaces` blanks, then a caret (or ~) for each column of start..end. */
static void print_carets(Buf *f, int64_t spaces, int64_t start, int64_t end,
                         int64_t left_end, int64_t right_start)
{
    bool special = left_end != -1 || right_start != -1;
    buf_puts(f, "    ");
    for (int64_t i = 0; i < spaces; i++)
        buf_putc(f, ' ');
    for (int64_t offset = start + 1; offset <= end; offset++) {
        if (special && left_end < offset && offset <= right_start)
            buf_putc(f, '^');
        else
            buf_putc(f, special ? '~' : '^');
    }
    buf_putc(f, '\n');
}

static void print_source_line(Buf *f, CodeObject *code, int line, const PositionRun *pos,
                              bool as_module)
{
    const char *text;
    size_t len;
    if (!find_line(code->source, line, &text, &len))
        return;
    size_t indent = 0;
    while (indent < len && is_space_char(text[indent]))
        indent++;
    /* the interpreter prints trailing blanks and counts them as part of the
       line; the traceback module strips them */
    size_t shown = len, trailing = 0;
    if (as_module)
        while (shown > indent && is_space_char(text[shown - 1]))
            shown--, trailing++;
    buf_printf(f, "    %.*s\n", (int)(shown - indent), text + indent);
    if (!pos || pos->line != line || pos->end_line < 0 || pos->col < 0 || pos->end_col < 0)
        return;
    int64_t truncation = char_offset(text, len, (int64_t)indent);
    int64_t start = char_offset(text, len, pos->col);
    int64_t end;
    int64_t left_end = -1, right_start = -1;
    if (pos->end_line == pos->line) {
        end = char_offset(text, len, pos->end_col);
        if (pos->end_col > pos->col && pos->end_col <= (int32_t)len) {
            Anchors a = find_anchors(text + pos->col, (size_t)(pos->end_col - pos->col));
            if (a.left_end >= 0) {
                left_end = start + char_offset(text + pos->col, (size_t)(pos->end_col - pos->col),
                                               a.left_end);
                right_start = start + char_offset(text + pos->col,
                                                  (size_t)(pos->end_col - pos->col), a.right_start);
            }
        }
    } else {
        /* an expression over several lines: up to the last non-blank of this one */
        size_t last = len;
        while (last > 0 && (is_space_char(text[last - 1]) || text[last - 1] == '\n'))
            last--;
        end = char_offset(text, len, (int64_t)last);
    }
    int64_t line_chars = char_offset(text, len, (int64_t)shown) - truncation;
    bool has_anchors = left_end != -1 || right_start != -1;
    if (!as_module) {
        if (end - start == line_chars && !has_anchors)
            return;
        if (start < truncation)
            start = truncation;
        print_carets(f, start - truncation, start, end, left_end, right_start);
        return;
    }
    /* traceback.py moves the carets left by the number of trailing blanks
       (it subtracts them from the column as if they were indentation) */
    if (end - start >= line_chars && !has_anchors)
        return;
    int64_t spaces = start - truncation - (int64_t)trailing;
    print_carets(f, spaces > 0 ? spaces : 0, start, end, left_end, right_start);
}

static void print_entry(Buf *f, TracebackObject *tb, const EntryStyle *style)
{
    CodeObject *code = (CodeObject *)tb->code;
    const PositionRun *pos = code_position(code, tb->instr);
    int line = pos ? pos->line : -1;
    buf_printf(f, "  File \"%s\", line %d, in %s\n", str_data(code->filename), line,
            str_data(code->name));
    if (line >= 1)
        print_source_line(f, code, line, pos, style->as_module);
}

static bool same_place(TracebackObject *a, TracebackObject *b)
{
    CodeObject *x = (CodeObject *)a->code, *y = (CodeObject *)b->code;
    return str_equal(x->filename, y->filename) && str_equal(x->name, y->name) &&
           code_line(x, a->instr) == code_line(y, b->instr);
}

static void print_repeated(Buf *f, int64_t count)
{
    count -= RECURSIVE_CUTOFF;
    buf_printf(f, "  [Previous line repeated %lld more time%s]\n", (long long)count,
            count > 1 ? "s" : "");
}

/* A frame of a module of pyrun/lib.  CPython writes many of these modules
 * (itertools, operator, heapq, parts of functools and collections) in C, and
 * a C function has no line in a traceback: reduce(f, xs) failing in f shows
 * the caller's line and then f's.  Where CPython's module is Python its
 * frames name files of CPython's own library, which ours cannot match
 * either.  So the library's frames are left out of printed tracebacks,
 * unless PYEDU_LIB_FRAMES is set (for whoever works on the library) or the
 * traceback has no other frame. */
static bool is_library_frame(Object *t)
{
    if (!vm.lib_dir)
        return false;
    Object *file = ((CodeObject *)((TracebackObject *)t)->code)->filename;
    size_t n = str_size(vm.lib_dir);
    return str_size(file) > n && memcmp(str_data(file), str_data(vm.lib_dir), n) == 0 &&
           str_data(file)[n] == '/';
}

static bool hides_library_frames(Object *tb)
{
    if (!vm.lib_dir || getenv("PYEDU_LIB_FRAMES"))
        return false;
    for (Object *t = tb; t; t = ((TracebackObject *)t)->next)
        if (!is_library_frame(t))
            return true;
    return false;
}

/* The entries kept, first..stop-1, of the depth shown. */
static void kept_entries(int64_t depth, const EntryStyle *style, int64_t *first, int64_t *stop)
{
    *first = 0;
    *stop = depth;
    if (!style->as_module)
        *first = depth > TRACEBACK_LIMIT ? depth - TRACEBACK_LIMIT : 0;
    else if (style->limited && style->limit >= 0)
        *stop = style->limit < depth ? style->limit : depth;
    else if (style->limited)
        *first = depth + style->limit > 0 ? depth + style->limit : 0;
}

static void print_traceback(Buf *f, Object *tb, const EntryStyle *style)
{
    bool hide = hides_library_frames(tb);
    int64_t depth = 0;
    for (Object *t = tb; t; t = ((TracebackObject *)t)->next)
        depth += !(hide && is_library_frame(t));
    int64_t first, stop, index = -1;
    kept_entries(depth, style, &first, &stop);
    TracebackObject *last = NULL;
    int64_t count = 0;
    for (Object *t = tb; t; t = ((TracebackObject *)t)->next) {
        if (hide && is_library_frame(t))
            continue;
        index++;
        if (index < first || index >= stop)
            continue;
        TracebackObject *entry = (TracebackObject *)t;
        if (!last || !same_place(last, entry)) {
            if (count > RECURSIVE_CUTOFF)
                print_repeated(f, count);
            last = entry;
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF)
            print_entry(f, entry, style);
    }
    if (count > RECURSIVE_CUTOFF)
        print_repeated(f, count);
}

/* ---- the exception line ---------------------------------------------------------------------------- */

/* "ValueError", or "mymodule.MyError" for classes outside __main__ and builtins. */
static void print_type_name(Buf *f, Type *t)
{
    Object *module = (t->flags & TYPE_HEAP) ? dict_get_str((Object *)t->dict,
                                                           (Object *)id_dunder_module)
                                            : NULL;
    const char *qual = t->qualname ? str_data((Object *)t->qualname) : t->name;
    if (module && str_check(module) && !str_equal_cstr(module, "__main__") &&
        !str_equal_cstr(module, "builtins"))
        buf_printf(f, "%s.%s", str_data(module), qual);
    else
        buf_puts(f, qual);
}

static void print_syntax_error_location(Buf *f, ExceptionObject *e)
{
    Object *file = e->extra[EXC_SYNTAX_FILENAME], *line = e->extra[EXC_SYNTAX_LINENO];
    Object *text = e->extra[EXC_SYNTAX_TEXT], *offset = e->extra[EXC_SYNTAX_OFFSET];
    if (!file || !str_check(file) || !line || !int_check(line))
        return;
    buf_printf(f, "  File \"%s\", line %lld\n", str_data(file), (long long)int_small_value(line));
    if (text && str_check(text)) {
        const char *s = str_data(text);
        size_t n = str_size(text), indent = 0;
        while (indent < n && is_space_char(s[indent]))
            indent++;
        while (n > indent && s[n - 1] == '\n')
            n--;
        buf_printf(f, "    %.*s\n", (int)(n - indent), s + indent);
        /* the caret under the offset, unless it falls in the indentation
           (as for "unexpected indent") */
        int64_t col = offset && int_check(offset) ? int_small_value(offset) - 1 - (int64_t)indent
                                                  : -1;
        if (col >= 0) {
            buf_puts(f, "    ");
            for (int64_t i = 0; i < col; i++)
                buf_putc(f, (size_t)i + indent < n && (s[i + (int64_t)indent] == '\t' ||
                                                       s[i + (int64_t)indent] == '\f')
                                ? s[i + (int64_t)indent] : ' ');
            buf_puts(f, "^");
            /* a span on the one line: a caret under each of its characters */
            Object *end_line = e->extra[EXC_SYNTAX_END_LINENO], *end = e->extra[EXC_SYNTAX_END_OFFSET];
            if (end_line && int_check(end_line) && int_small_value(end_line) == int_small_value(line) &&
                end && int_check(end) && offset && int_check(offset))
                for (int64_t i = int_small_value(offset) + 1; i < int_small_value(end); i++)
                    buf_putc(f, '^');
            buf_putc(f, '\n');
        }
    }
}

static void print_exception_line(Buf *f, Object *exc)
{
    ExceptionObject *e = (ExceptionObject *)exc;
    bool syntax = obj_is_instance_of(exc, &Exc_SyntaxError) && e->extra[EXC_SYNTAX_MSG];
    if (syntax)
        print_syntax_error_location(f, e);
    print_type_name(f, exc->type);
    Object *s = syntax ? obj_str(e->extra[EXC_SYNTAX_MSG]) : obj_str(exc);
    if (!s) {
        err_clear();
        buf_puts(f, ": <exception str() failed>");
    } else if (str_size(s) > 0) {
        buf_puts(f, ": ");
        buf_append(f, str_data(s), str_size(s));
    }
    XDECREF(s);
    Object *suggestion = suggest_for_exception(exc);
    if (suggestion) {
        buf_printf(f, ". Did you mean: '%s'?", str_data(suggestion));
        DECREF(suggestion);
    }
    buf_putc(f, '\n');
    /* notes added with add_note() */
    Object *notes = e->dict ? dict_get_str(e->dict, (Object *)id_dunder_notes) : NULL;
    if (notes && list_check(notes)) {
        for (size_t i = 0; i < list_size(notes); i++) {
            Object *note = obj_str(list_get(notes, i));
            if (note) {
                buf_append(f, str_data(note), str_size(note));
                buf_putc(f, '\n');
                DECREF(note);
            } else {
                err_clear();
            }
        }
    }
}

/* ---- chains and groups ------------------------------------------------------------------------ */

/* Where the printing is: inside exception groups, each line is indented by
 * two blanks per level and has a margin ("| "), as CPython 3.11 draws them:
 *
 *       + Exception Group Traceback (most recent call last):
 *       |   File "prog.py", line 3, in <module>
 *       | ExceptionGroup: two (2 sub-exceptions)
 *       +-+---------------- 1 ----------------
 *         | ValueError: a
 *         +---------------- 2 ----------------
 *         | TypeError: b
 *         +------------------------------------
 */
typedef struct PrintContext {
    Buf *out;
    int depth;              /* exception group nesting */
    bool need_close;        /* the closing "+----" line is still owed */
    Object *seen;           /* the exceptions printed (a list), so that a cycle of contexts ends */
    const EntryStyle *style;
} PrintContext;

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

static void write_indent(PrintContext *ctx, int extra)
{
    for (int i = 0; i < 2 * ctx->depth + extra; i++)
        buf_putc(ctx->out, ' ');
}

/* Each line of text with the indentation and the margin. */
static void emit(PrintContext *ctx, const char *text, size_t len, const char *margin)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        write_indent(ctx, 0);
        if (ctx->depth)
            buf_puts(ctx->out, margin);
        buf_append(ctx->out, p, (size_t)(stop - p));
        p = stop;
    }
}

static void emit_str(PrintContext *ctx, const char *text, const char *margin)
{
    emit(ctx, text, strlen(text), margin);
}

static bool already_seen(Object *seen, Object *exc)
{
    for (size_t i = 0; i < list_size(seen); i++)
        if (list_get(seen, i) == exc)
            return true;
    return false;
}

static void print_recursive(PrintContext *ctx, Object *exc);

static void print_chained(PrintContext *ctx, Object *exc, const char *message)
{
    bool need_close = ctx->need_close;
    print_recursive(ctx, exc);
    ctx->need_close = need_close;
    emit_str(ctx, "\n", "| ");
    emit_str(ctx, message, "| ");
    emit_str(ctx, "\n", "| ");
}

/* The traceback (if any) under its header, then the exception's line(s). */
static void print_one(PrintContext *ctx, Object *exc)
{
    ExceptionObject *e = (ExceptionObject *)exc;
    bool group = obj_is_instance_of(exc, &Exc_BaseExceptionGroup);
    Buf entries;
    buf_init(&entries);
    if (e->traceback)
        print_traceback(&entries, e->traceback, ctx->style);
    /* (no header when a limit keeps no entry) */
    if (entries.len > 0) {
        const char *margin = ctx->depth == 1 && group ? "+ " : "| ";
        emit_str(ctx, group ? "Exception Group Traceback (most recent call last):\n"
                            : "Traceback (most recent call last):\n", margin);
        emit(ctx, entries.data, entries.len, "| ");
    }
    buf_free(&entries);
    Buf b;
    buf_init(&b);
    print_exception_line(&b, exc);
    emit(ctx, b.data, b.len, "| ");
    buf_free(&b);
}

static void print_group(PrintContext *ctx, Object *exc)
{
    if (ctx->depth > MAX_GROUP_DEPTH) {
        char text[64];
        snprintf(text, sizeof text, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_str(ctx, text, "| ");
        return;
    }
    bool top = ctx->depth == 0;
    if (top)
        ctx->depth++;
    print_one(ctx, exc);
    Object *excs = ((ExceptionObject *)exc)->extra[EXC_GROUP_EXCEPTIONS];
    size_t count = excs ? tuple_size(excs) : 0;
    size_t n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            ctx->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        write_indent(ctx, 0);
        if (truncated)
            buf_printf(ctx->out, "%s+---------------- ... ----------------\n",
                       i == 0 ? "+-" : "  ");
        else
            buf_printf(ctx->out, "%s+---------------- %zu ----------------\n",
                       i == 0 ? "+-" : "  ", i + 1);
        ctx->depth++;
        if (!truncated) {
            print_recursive(ctx, tuple_get(excs, i));
        } else {
            size_t remaining = count - MAX_GROUP_WIDTH;
            char text[64];
            snprintf(text, sizeof text, "and %zu more exception%s\n", remaining,
                     remaining > 1 ? "s" : "");
            emit_str(ctx, text, "| ");
        }
        if (last && ctx->need_close) {
            write_indent(ctx, 0);
            buf_puts(ctx->out, "+------------------------------------\n");
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (top)
        ctx->depth--;
}

static void print_recursive(PrintContext *ctx, Object *exc)
{
    list_append(ctx->seen, exc);
    ExceptionObject *e = (ExceptionObject *)exc;
    if (e->cause && exception_check(e->cause) && !already_seen(ctx->seen, e->cause)) {
        print_chained(ctx, e->cause,
                      "The above exception was the direct cause of the following exception:\n");
    } else if (e->context && !e->suppress_context && exception_check(e->context) &&
               !already_seen(ctx->seen, e->context)) {
        print_chained(ctx, e->context,
                      "During handling of the above exception, another exception occurred:\n");
    }
    if (obj_is_instance_of(exc, &Exc_BaseExceptionGroup))
        print_group(ctx, exc);
    else
        print_one(ctx, exc);
}

/* The text of an exception as err_print prints it (with the exceptions
   chained to it, if chain). */
static void format_exception(Buf *out, Object *exception, bool chain, const EntryStyle *style)
{
    Object *saved = err_fetch();
    PrintContext ctx = { out, 0, false, list_new(0), style };
    if (chain)
        print_recursive(&ctx, exception);
    else if (obj_is_instance_of(exception, &Exc_BaseExceptionGroup))
        print_group(&ctx, exception);
    else
        print_one(&ctx, exception);
    DECREF(ctx.seen);
    err_clear();
    err_restore(saved);
}

/* The text in b as a str; frees b. */
static Object *text_of(Buf *b)
{
    Object *s = str_from_utf8(b->data ? b->data : "", b->len);
    buf_free(b);
    return s;
}

Object *traceback_format_exception(Object *exception, bool chain, const int64_t *limit)
{
    EntryStyle style = { true, limit != NULL, limit ? *limit : 0 };
    Buf b;
    buf_init(&b);
    format_exception(&b, exception, chain, &style);
    return text_of(&b);
}

Object *traceback_format_exception_only(Object *exception)
{
    Buf b;
    buf_init(&b);
    Object *saved = err_fetch();
    print_exception_line(&b, exception);
    err_clear();
    err_restore(saved);
    return text_of(&b);
}

Object *traceback_format_entries(Object *tb)
{
    Buf b;
    buf_init(&b);
    EntryStyle style = { true, false, 0 };
    print_traceback(&b, tb, &style);
    return text_of(&b);
}

Object *traceback_source_line(Object *code, int line)
{
    const char *text;
    size_t len;
    if (!code_object_check(code) || !find_line(((CodeObject *)code)->source, line, &text, &len))
        return NULL;
    return str_from_utf8(text, len);
}

/* Text for stderr goes to sys.stderr, which the program may have replaced. */
void write_stderr(const char *text, size_t len)
{
    Object *saved = err_fetch();
    Object *err = vm.sys_module ? dict_get_cstr(module_dict(vm.sys_module), "stderr") : NULL;
    if (err && err->type == &FileType) {
        if (file_write_text((FileObject *)err, text, len) < 0) {
            err_clear();
            fwrite(text, 1, len, stderr);
        }
        file_flush((FileObject *)err);
    } else if (err && err != OBJ_NONE) {
        Object *s = str_from_utf8(text, len);
        StrObject *write = str_intern_cstr("write");
        Object *r = obj_call_method(err, write, &s, 1);
        DECREF(write);
        DECREF(s);
        if (!r) {
            err_clear();
            fwrite(text, 1, len, stderr);
        }
        XDECREF(r);
    } else {
        fwrite(text, 1, len, stderr);
    }
    err_restore(saved);
}

void err_print(Object *exception)
{
    Buf b;
    buf_init(&b);
    format_exception(&b, exception, true, &INTERPRETER_STYLE);
    write_stderr(b.data ? b.data : "", b.len);
    buf_free(&b);
}

void traceback_print_unraisable(Object *exception, Object *err_msg, Object *where)
{
    Object *saved = err_fetch();
    Object *r = where && where != OBJ_NONE ? obj_repr(where) : NULL;
    if (!r)
        err_clear();
    Buf b;
    buf_init(&b);
    const char *message = err_msg && str_check(err_msg) ? str_data(err_msg)
                                                       : "Exception ignored in";
    if (where && where != OBJ_NONE)
        buf_printf(&b, "%s: %s\n", message, r ? str_data(r) : "<object repr() failed>");
    else
        buf_printf(&b, "%s\n", message);
    write_stderr(b.data, b.len);
    buf_free(&b);
    XDECREF(r);
    if (exception && exception != OBJ_NONE) {
        /* the exception and its traceback only: CPython leaves out the
           exceptions it was raised while handling */
        Buf e;
        buf_init(&e);
        format_exception(&e, exception, false, &INTERPRETER_STYLE);
        write_stderr(e.data ? e.data : "", e.len);
        buf_free(&e);
    }
    err_restore(saved);
}

void err_write_unraisable(Object *exception, Object *where)
{
    /* a program's own sys.unraisablehook gets the details; the default prints them */
    Object *d = vm.sys_module ? module_dict(vm.sys_module) : NULL;
    Object *hook = d ? dict_get_cstr(d, "unraisablehook") : NULL;
    Object *standard = d ? dict_get_cstr(d, "__unraisablehook__") : NULL;
    if (exception && hook && hook != standard && hook != OBJ_NONE) {
        Object *saved = err_fetch();
        Object *info = sys_unraisable_args(exception, where);
        Object *r = info ? obj_call1(hook, info) : NULL;
        XDECREF(info);
        if (r) {
            DECREF(r);
        } else {
            Object *failure = err_fetch();
            Object *msg = str_from_cstr("Exception ignored in sys.unraisablehook");
            traceback_print_unraisable(failure, msg, hook);
            DECREF(msg);
            XDECREF(failure);
        }
        err_restore(saved);
        DECREF(exception);
        return;
    }
    traceback_print_unraisable(exception, NULL, where);
    XDECREF(exception);
}
