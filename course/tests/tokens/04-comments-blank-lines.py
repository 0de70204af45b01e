# a comment on a line of its own: COMMENT, then NL

x = 1  # a comment after code: COMMENT, then NEWLINE

    # an indented comment does not start a block
y = 2
