/* frameobject.h - frame objects as Python sees them (sys._getframe(),
 * a traceback's tb_frame).
 *
 * The machine's frames (vm/frame.h) live on the frame stack and vanish when
 * their call returns, so Python never holds one: a frame object is a
 * snapshot of one, taken when asked for - its code, globals, line, a copy
 * of a function's variables, and the frames below it (f_back).  It does
 * not follow the frame as it runs on. */
#ifndef PYRUN_OBJECTS_FRAMEOBJECT_H
#define PYRUN_OBJECTS_FRAMEOBJECT_H

#include "object.h"

typedef struct FrameObject {
    Object head;
    Object *code;               /* CodeObject */
    Object *globals, *builtins; /* dicts */
    Object *locals;             /* a dict (or a class body's mapping) */
    Object *back;               /* the caller's FrameObject, or NULL */
    int line;
    uint32_t instr;             /* the instruction running */
} FrameObject;

extern Type FrameObjectType;

struct Frame;
/* A snapshot of a running frame and those below it. */
Object *frame_object_new(struct Frame *f);
/* A snapshot of one frame alone (a generator's: f_back is None). */
Object *frame_object_single(struct Frame *f);
/* The frame of a traceback entry: its code, globals and line (its variables
 * are gone: f_locals is empty, f_back None). */
Object *frame_object_for_traceback(Object *tb);

#endif
