# pyparse/module.mk - the parser stage.
#
# bison turns grammar.y into grammar.c and grammar.h under the build
# directory; they are compiled with CFLAGS_GENERATED.  Our files that use
# the grammar's terminals (lexer.c, syntax_error.c) include grammar.h, so
# they are compiled after it exists.
PYPARSE_GEN := $(OUT)/gen/pyparse
PYPARSE_SRCS := $(wildcard pyparse/*.c)
PYPARSE_OWN_OBJS := $(PYPARSE_SRCS:%.c=$(OBJ)/%.o)
PYPARSE_OBJS := $(PYPARSE_OWN_OBJS) $(OBJ)/pyparse/grammar.o

$(PYPARSE_GEN)/grammar.c $(PYPARSE_GEN)/grammar.h &: pyparse/grammar.y
	@mkdir -p $(@D)
	bison -Wall -Wno-counterexamples --header=$(PYPARSE_GEN)/grammar.h \
	      -o $(PYPARSE_GEN)/grammar.c $<

$(OBJ)/pyparse/grammar.o: $(PYPARSE_GEN)/grammar.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_GENERATED) -Ipyparse -I$(PYPARSE_GEN) -c $< -o $@

$(PYPARSE_OWN_OBJS): CFLAGS_OWN := $(CFLAGS_OWN) -Ipyparse -I$(PYPARSE_GEN)
$(PYPARSE_OWN_OBJS): | $(PYPARSE_GEN)/grammar.h

$(BIN)/pyparse: $(PYPARSE_OBJS) $(COMMON_LIB)
	$(call link_tool,$(PYPARSE_OBJS),-lgmp)

all: $(BIN)/pyparse
