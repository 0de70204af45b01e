名前 = "太郎"
def 挨拶(x):
    return 名前 + x
挨拶(1)
