# pyrun/module.mk - the virtual machine.
#
# pyrun's sources are spread over folders by concern (objects/, vm/, mem/,
# builtins/, modules/); each includes its headers relative to pyrun/.
PYRUN_SRCS := $(wildcard pyrun/*.c pyrun/objects/*.c pyrun/vm/*.c pyrun/mem/*.c \
                         pyrun/builtins/*.c pyrun/modules/*.c)
PYRUN_OBJS := $(PYRUN_SRCS:%.c=$(OBJ)/%.o)

# The eval loop and the objects are the hot path: -O2 plus the flags that
# let computed-goto dispatch and the inlined fast paths work well.
$(PYRUN_OBJS): CFLAGS_OWN := $(CFLAGS_OWN) -Ipyrun -D_GNU_SOURCE -fno-plt

$(BIN)/pyrun: $(PYRUN_OBJS) $(COMMON_LIB)
	$(call link_tool,$(PYRUN_OBJS),-lgmp -lpthread)

all: $(BIN)/pyrun
