# pytok/module.mk - the tokenizer: a flex scanner (pytok/scanner.l) and the
# C that decides what its matches mean.
#
#   make bin/pytok      the tool
#   make corpus-pytok   pytok --text (and -e) against python3 -m tokenize on
#                       the whole standard-library corpus (a few minutes)
PYTOK_SCANNER := $(OUT)/gen/pytok/scanner.c
PYTOK_SRCS := $(wildcard pytok/*.c)
PYTOK_OBJS := $(PYTOK_SRCS:%.c=$(OBJ)/%.o) $(OBJ)/pytok/scanner.o

$(PYTOK_SCANNER): pytok/scanner.l
	@mkdir -p $(@D)
	flex -o $@ $<

# Generated code: compiled without our warning flags (we do not control it).
$(OBJ)/pytok/scanner.o: $(PYTOK_SCANNER)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_GENERATED) -Ipytok -c $< -o $@

# pytok's hot path crosses files (scanner -> lexer -> token writer): let the
# compiler inline across them.
$(PYTOK_OBJS): CFLAGS_OWN += -flto
$(OBJ)/pytok/scanner.o: CFLAGS_GENERATED += -flto
$(BIN)/pytok: LDOPT += -flto $(OPT)
$(BIN)/pytok: $(PYTOK_OBJS) $(COMMON_LIB)
	$(call link_tool,$(PYTOK_OBJS),)

all: $(BIN)/pytok

.PHONY: corpus-pytok
corpus-pytok: $(BIN)/pytok
	@PYEDU_BIN=$(BIN) tests/corpus.sh tok tok-e
