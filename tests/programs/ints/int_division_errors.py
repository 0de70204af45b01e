for expr in ['1 // 0', '1 % 0', '1 / 0', 'divmod(1, 0)', '1.0 / 0', '1.0 // 0', '1.0 % 0', '0 ** -1', '0.0 ** -1']:
    try:
        eval_result = None
        if expr == '1 // 0': 1 // 0
        elif expr == '1 % 0': 1 % 0
        elif expr == '1 / 0': 1 / 0
        elif expr == 'divmod(1, 0)': divmod(1, 0)
        elif expr == '1.0 / 0': 1.0 / 0
        elif expr == '1.0 // 0': 1.0 // 0
        elif expr == '1.0 % 0': 1.0 % 0
        elif expr == '0 ** -1': 0 ** -1
        elif expr == '0.0 ** -1': 0.0 ** -1
    except ZeroDivisionError as e:
        print(expr, '->', e)
