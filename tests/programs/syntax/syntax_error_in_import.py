# a syntax error in an imported module: the traceback through the import, then the error
import syntax_error_module_helper
