# pycomp/module.mk - the compiler.  GMP computes the folded constants of
# integer expressions of any size.
PYCOMP_SRCS := $(wildcard pycomp/*.c)
PYCOMP_OBJS := $(PYCOMP_SRCS:%.c=$(OBJ)/%.o)

$(BIN)/pycomp: $(PYCOMP_OBJS) $(COMMON_LIB)
	$(call link_tool,$(PYCOMP_OBJS),-lgmp)

all: $(BIN)/pycomp
