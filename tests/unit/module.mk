# tests/unit/module.mk - small programs that expose common/ to the tests.
UNIT_TOOLS := $(OUT)/tests/reprcheck $(OUT)/tests/mpjson $(OUT)/tests/astcheck

$(OUT)/tests/%: $(OBJ)/tests/unit/%.o $(COMMON_LIB)
	$(call link_tool,$<,)

test-unit: $(UNIT_TOOLS)
all: $(UNIT_TOOLS)
