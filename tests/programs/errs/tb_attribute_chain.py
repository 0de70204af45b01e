class Node:
    def __init__(self, nxt=None):
        self.next = nxt

def walk(n):
    return n.next.next.value

walk(Node(Node()))
