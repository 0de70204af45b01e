/* ops.h - the bodies of the instructions too large to sit in the eval loop
 * itself (unpacking, raising, imports, pattern matching, ...).  Each works
 * on the values the loop hands it and follows the loop's conventions:
 * NULL or -1 with an exception set on failure. */
#ifndef PYRUN_VM_OPS_H
#define PYRUN_VM_OPS_H

#include "vm/frame.h"

/* A value of the wrong type where an instruction relies on one.  pycomp
 * never puts one there, but a code file is untrusted input and the code
 * check sees no types (code_check.h lists what pyrun must test): this
 * raises SystemError("bad code: INSTRUCTION needs EXPECTED, not TYPE"), as
 * CPython raises SystemError for bad bytecode, and returns NULL. */
Object *op_bad_operand(const char *instruction, const char *expected, Object *got);
/* The same test for the many instructions that want a tuple of strings
 * (keyword names, attribute names): true if names is one, with at most
 * max_size items; otherwise the SystemError. */
bool op_check_names(const char *instruction, Object *names, size_t max_size);

/* UNPACK_SEQUENCE n / UNPACK_EX: writes the items to out[], the first
 * item at out[n-1] ... (the order the stack wants: first on top).  Steals
 * nothing. */
int op_unpack(Object *seq, size_t before, size_t after, bool starred, Object **out);
/* RAISE_VARARGS 1 and 2 */
void op_raise(Object *exc, Object *cause);
/* JUMP_IF_NOT_EXC_MATCH's check of the class (or tuple) to match */
bool op_check_except_class(Object *cls);
/* FORMAT_VALUE */
Object *op_format_value(Object *value, int conversion, Object *spec);
/* LOAD_NAME: locals mapping, globals, builtins */
Object *op_load_name(Frame *f, Object *name);
/* the NameError of an unknown name (with its name, for suggestions) */
void op_name_error(Object *name);
/* LOAD_FAST / LOAD_DEREF on an unbound variable */
void op_unbound_local(CodeObject *code, int32_t index);
void op_unbound_deref(CodeObject *code, int32_t index);
/* MAKE_FUNCTION */
Object *op_make_function(Frame *f, Object *code, int flags, Object **popped);
/* SETUP_WITH's calls: pushes __exit__ (bound) in *exit and returns __enter__()'s result */
Object *op_enter_context(Object *mgr, Object **exit);
/* WITH_EXCEPT_START */
Object *op_call_exit(Object *exit, Object *exc);
/* CALL_FUNCTION_EX */
Object *op_call_ex(Object *func, Object *args, Object *kwargs);
/* IMPORT_NAME, IMPORT_FROM, IMPORT_STAR */
Object *op_import_name(Frame *f, Object *name, Object *fromlist, Object *level);
Object *op_import_from(Object *module, Object *name);
int op_import_star(Frame *f, Object *module);
/* SETUP_ANNOTATIONS */
int op_setup_annotations(Frame *f);
/* YIELD_FROM's step: sends value to the receiver.  Returns what it yielded
 * (*done false) or its final value (*done true), or NULL. */
Object *op_send(Object *receiver, Object *value, bool *done);
/* GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER, GET_ANEXT */
Object *op_yield_from_iter(Frame *f, Object *o);
Object *op_get_awaitable(Object *o, int where);
Object *op_get_aiter(Object *o);
Object *op_get_anext(Object *aiter);
/* pattern matching */
Object *op_match_keys(Object *map, Object *keys, bool *matched);
Object *op_match_class(Object *subject, Object *cls, Object *names, int npositional);
Object *op_copy_dict_without_keys(Object *map, Object *keys);
bool op_is_mapping(Object *o);
bool op_is_sequence(Object *o);
/* except* */
int op_check_eg_match(Object *exc, Object *type, Object **rest, Object **match);
Object *op_prep_reraise_star(Object *orig, Object *raised);
/* the sequence operations shared by several instructions */
int op_dict_update(Object *dict, Object *other, Object *func, bool merge);
int op_list_extend(Object *list, Object *iterable);

#endif
