/* structseq.c - struct sequences (see structseq.h). */
#include "runtime.h"
#include "objects/structseq.h"

Object *structseq_new(Type *type, Object *const *items, size_t n)
{
    type_ready(type);
    TupleObject *t = (TupleObject *)obj_alloc(type, n);
    for (size_t i = 0; i < n; i++)
        t->items[i] = NEWREF(items[i]);
    gc_track((Object *)t);
    return (Object *)t;
}

Object *structseq_repr(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    Buf b;
    buf_init(&b);
    buf_puts(&b, o->type->name);
    buf_putc(&b, '(');
    const MemberDef *m = o->type->members;
    for (size_t i = 0; i < t->size && m && m[i].name; i++) {
        if (i)
            buf_puts(&b, ", ");
        Object *r = obj_repr(t->items[i]);
        if (!r) {
            buf_free(&b);
            return NULL;
        }
        buf_printf(&b, "%s=%s", m[i].name, str_data(r));
        DECREF(r);
    }
    buf_putc(&b, ')');
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

Object *structseq_no_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return err_format(&Exc_TypeError, "cannot create '%s' instances", type->name);
}
